"""The configurations the benchmark compares, each one mkdocs.yml with a few
settings replaced.

mkdocs.yml is read by MkDocs' own YAML loader (its !ENV tags resolved) and the
replacements go to `load_config()` as overrides, the way `mkdocs build -d DIR`
overrides site_dir: nothing edits the file's text, so a new setting in
mkdocs.yml reaches every configuration.

- "site": mkdocs.yml as it is.
- "client-side": every diagram drawn in the reader's browser, as before the
  drawings were stored (the plugin's `diagrams: mode: browser`).
- "vanilla": the same pages with Material's defaults: none of this project's
  code (no study-notes plugin, no overrides/ templates, no site.css), and
  Mermaid's UMD bundle on every page. tests/test_benchmark.py proves it.

`python -m tooling.configurations NAME SITE_DIR` builds one in a process of its
own, as `mkdocs build --strict` would.
"""

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pymdownx.superfences
from mkdocs.commands.build import build as mkdocs_build
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.utils.yaml import yaml_load

from study_notes.mkdocs_site import PLUGIN
from tooling.build import BuiltSite, mkdocs_environment
from tooling.project import ROOT

MERMAID_BUNDLE = "assets/vendor/mermaid/mermaid.min.js"

Settings = dict[str, Any]


def name_of(entry: str | dict) -> str:
    """A plugin's or an extension's name in a YAML list: `- search` or `- i18n: {...}`."""
    return entry if isinstance(entry, str) else next(iter(entry))


def client_side(written: Settings) -> Settings:
    def browser(entry: str | dict) -> str | dict:
        if name_of(entry) != PLUGIN:
            return entry
        settings = dict(entry[PLUGIN] or {}) if isinstance(entry, dict) else {}
        settings["diagrams"] = {**settings.get("diagrams", {}), "mode": "browser"}
        return {PLUGIN: settings}

    return {"plugins": [browser(entry) for entry in written["plugins"]]}


def vanilla(written: Settings) -> Settings:
    mermaid_fence = {
        "pymdownx.superfences": {
            "custom_fences": [
                {"name": "mermaid", "class": "mermaid", "format": pymdownx.superfences.fence_code_format}
            ]
        }
    }
    return {
        "theme": {key: value for key, value in written["theme"].items() if key not in ("custom_dir", "font")},
        "hooks": [],
        "extra_css": [],
        "extra_javascript": [MERMAID_BUNDLE],
        "plugins": [entry for entry in written["plugins"] if name_of(entry) != PLUGIN],
        "markdown_extensions": [
            mermaid_fence if name_of(entry) == "pymdownx.superfences" else entry
            for entry in written["markdown_extensions"]
        ],
    }


CONFIGURATIONS: dict[str, Callable[[Settings], Settings]] = {
    "site": lambda written: {},
    "client-side": client_side,
    "vanilla": vanilla,
}


def load(name: str, project: Path = ROOT, **options: Any) -> MkDocsConfig:
    """Configuration `name` of the project, as MkDocs loads it (plus `options`, e.g. site_dir)."""
    config_file = project / "mkdocs.yml"
    with config_file.open("rb") as file:
        written = yaml_load(file)
    return load_config(str(config_file), **CONFIGURATIONS[name](written), **options)


def build(name: str, site_dir: Path, project: Path = ROOT) -> BuiltSite:
    """Build configuration `name` into site_dir in a process of its own; raises if it fails."""
    result = subprocess.run(
        [sys.executable, "-m", "tooling.configurations", name, str(site_dir)],
        cwd=project,
        env=mkdocs_environment(),
        capture_output=True,
        text=True,
    )
    log = result.stdout + result.stderr
    if result.returncode != 0:
        raise AssertionError(f"the {name!r} configuration did not build:\n{log}")
    return BuiltSite(project, site_dir, log, result.returncode)


def main(name: str, site_dir: str) -> None:
    config = load(name, Path.cwd(), site_dir=site_dir, strict=True)
    config.plugins.on_startup(command="build", dirty=False)
    try:
        mkdocs_build(config)
    finally:
        config.plugins.on_shutdown()


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] not in CONFIGURATIONS:
        raise SystemExit(f"usage: python -m tooling.configurations {{{','.join(CONFIGURATIONS)}}} SITE_DIR")
    main(*sys.argv[1:])
