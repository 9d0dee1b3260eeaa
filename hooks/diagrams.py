"""```mermaid fences become the SVG drawings stored in diagrams/, inline.

Drawing is a contributor step (`make diagrams`, scripts/draw_diagrams.py):
the build itself needs neither Node nor a browser. Each drawing is stored as
``diagrams/<key>.svg``, the key a hash of the fence's source, the vendored
Mermaid's version, diagrams/settings.yml and the drawing code
(docs/assets/javascripts/diagrams.js). Here each fence becomes::

    <div class="mermaid-diagram" data-search-exclude role="group" ...><svg ...></div>

with the drawing's ids prefixed per page and diagram (``en-diagram-2-...``)
and its <style> left out: its rules are in assets/stylesheets/diagrams.css,
served once. ``data-search-exclude`` keeps diagram text out of the search
index. A fence without a current drawing:

- under `mkdocs serve` stays as source text, drawn in the writer's browser
  by docs/assets/javascripts/diagrams.js (the template loads it, with
  Mermaid, only on such pages);
- fails any other build with one line naming the page, the line and the
  command to run (reported through hooks/problems.py, with the other checks).

A drawing so wide that its labels would shrink under the readable floor in
the content column (diagrams/settings.yml, ``readable``) fails the build the
same way (hooks/diagram_size.py).

Two switches, for scripts: DIAGRAMS_MANIFEST=<file> writes every fence
(key, source, page, line) there as JSON and never fails (scripts.draw_diagrams
draws from it); DIAGRAMS=browser draws every fence in the browser, as the
site did before drawings were stored (scripts.benchmark compares the two).
"""

import hashlib
import html
import json
import logging
import os
import re
from pathlib import Path
from typing import Any, Literal

import mkdocs
import yaml
from markdown import Markdown
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from diagram_size import too_small
from languages import all_languages_built, current_language
from markdown_source import read
from problems import report, shown

DIAGRAM_CLASS = "mermaid-diagram"
# Stored drawings carry this in place of their ids' prefix (scripts.draw_diagrams).
ID_TOKEN = "zz-diagram-zz"
STYLESHEET = "docs/assets/stylesheets/diagrams.css"
FIX = "run `make diagrams` and commit diagrams/ and " + STYLESHEET

PLACEHOLDER = re.compile(rf'<div class="{DIAGRAM_CLASS}" data-diagram-key="(\w+)">(.*?)</div>', re.S)
STYLE = re.compile(r"<style>.*?</style>", re.S)
# Mermaid leaves markup behind that HTML does not allow and no reader needs
# (tests/test_html_validity.py runs the Nu Html Checker): <rect/>s without a
# width or a height (label backgrounds it never sized, which draw nothing), and
# name="" on a sequence diagram's actors (bookkeeping for its own script).
UNSIZED_RECT = re.compile(r"<rect\b(?![^>]*\swidth=)[^>]*/>|<rect\b(?![^>]*\sheight=)[^>]*/>")
TAG = re.compile(r"<[^<>]+>")
NAME_ATTRIBUTE = re.compile(r'\sname="[^"]*"')

# Under the generator's own logger ("mkdocs", or "properdocs" under ProperDocs).
log = logging.getLogger(f"{mkdocs.__name__}.hooks.diagrams")
state: dict[str, Any] = {"command": "build", "fences": []}


def on_startup(*, command: Literal["build", "gh-deploy", "serve"], dirty: bool) -> None:
    state["command"] = command


def drawing_mode() -> str:
    """strict: a fence without a drawing fails the build; serve: it is drawn in the
    browser; manifest: every fence is listed for scripts.draw_diagrams; browser:
    every fence is drawn in the browser."""
    if os.environ.get("DIAGRAMS") == "browser":
        return "browser"
    if os.environ.get("DIAGRAMS_MANIFEST"):
        return "manifest"
    return "serve" if state["command"] == "serve" else "strict"


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    root = Path(config.config_file_path).parent
    settings = yaml.safe_load((root / "diagrams" / "settings.yml").read_text(encoding="utf-8"))
    mode = drawing_mode()
    version = root / "docs" / "assets" / "vendor" / "mermaid" / "VERSION"
    if mode != "browser" and not version.is_file():
        raise PluginError(
            f"{version.relative_to(root)} is missing: vendor Mermaid first "
            "(`.venv/bin/python -m scripts.update_vendored mermaid VERSION`, see CONTRIBUTING.md)"
        )
    code = (root / "docs" / "assets" / "javascripts" / "diagrams.js").read_bytes()
    mermaid = version.read_text().strip() if version.is_file() else "(not vendored)"
    state.update(
        root=root,
        mode=mode,
        settings=settings,
        seed=json.dumps([mermaid, settings, hashlib.sha256(code).hexdigest()], sort_keys=True),
    )
    if mode == "strict":
        check_stylesheet(root)
    # The fallback loader reads the same settings from the page (main.html).
    config.extra["diagram_settings"] = settings
    superfences = config.mdx_configs.setdefault("pymdownx.superfences", {})
    superfences["custom_fences"] = [{"name": "mermaid", "class": DIAGRAM_CLASS, "format": fence_diagram}]
    return config


def drawings_digest(root: Path) -> str:
    """Names the set of stored drawings; diagrams.css records the set it was made for."""
    names = sorted(path.stem for path in (root / "diagrams").glob("*.svg"))
    return hashlib.sha256(" ".join(names).encode()).hexdigest()[:20]


def check_stylesheet(root: Path) -> None:
    stylesheet = root / STYLESHEET
    first = stylesheet.read_text(encoding="utf-8").split("\n", 1)[0] if stylesheet.is_file() else ""
    if drawings_digest(root) not in first:
        raise PluginError(f"{STYLESHEET} was not made for the drawings in diagrams/; {FIX}")


def drawing_key(source: str) -> str:
    return hashlib.sha256((state["seed"] + "\n" + source).encode()).hexdigest()[:20]


def fence_diagram(
    source: str, language: str, class_name: str, options: dict, md: Markdown, **kwargs: Any
) -> str:
    """A placeholder that on_page_content turns into the drawing (it knows the page)."""
    key = drawing_key(source)
    return f'<div class="{DIAGRAM_CLASS}" data-diagram-key="{key}">{html.escape(source)}</div>'


def on_page_content(html_text: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    source_file = Path(page.file.abs_src_path or "")
    where = shown(source_file, config) if source_file.is_file() else page.file.src_uri
    lines = [fence.line for fence in read(source_file).diagrams()] if source_file.is_file() else []
    language = current_language(config)
    label = config.extra["ui"]["diagram"]
    count = 0

    def replace(match: re.Match) -> str:
        nonlocal count
        count += 1
        key, source = match[1], html.unescape(match[2])
        line = lines[count - 1] if count <= len(lines) else None
        prefix = f"{language}-diagram-{count}"
        if state["mode"] == "manifest":
            state["fences"].append(dict(key=key, source=source, page=where, line=line, number=count))
        frame = (
            f'class="{DIAGRAM_CLASS}" data-search-exclude role="group" tabindex="0" '
            f'aria-label="{html.escape(label.format(number=count))}" data-diagram-key="{key}"'
        )
        drawing = state["root"] / "diagrams" / f"{key}.svg"
        if drawing.is_file() and state["mode"] != "browser":
            stored = drawing.read_text(encoding="utf-8")
            if state["mode"] == "strict" and (problem := too_small(stored, state["settings"]["readable"])):
                report(where, line, f"diagram {count} {problem}; then {FIX}")
            svg = STYLE.sub("", stored, count=1).replace(ID_TOKEN, prefix)
            svg = TAG.sub(lambda tag: NAME_ATTRIBUTE.sub("", tag[0]), UNSIZED_RECT.sub("", svg))
            return f'<div {frame} data-rendered="build">{svg.strip()}</div>'
        if state["mode"] == "strict":  # hooks/report_problems.py stops the build with every such line
            report(where, line, f"diagram {count} has no current drawing (its source changed); {FIX}")
        elif state["mode"] == "serve":
            log.info(f"{where}:{line or 1}: diagram {count} is drawn in the browser until you {FIX}")
        # Drawn in the browser; the file and line let diagrams.js name them in its errors.
        return (
            f'<div {frame} data-diagram-prefix="{prefix}" data-diagram-number="{count}" '
            f'data-source-file="{html.escape(where)}" data-source-line="{line or 1}">'
            f"{html.escape(source)}</div>"
        )

    return PLACEHOLDER.sub(replace, html_text)


@event_priority(-200)  # after static-i18n (-100) has built every language
def on_post_build(config: MkDocsConfig) -> None:
    if state["mode"] == "manifest" and all_languages_built(config):
        Path(os.environ["DIAGRAMS_MANIFEST"]).write_text(
            json.dumps({"settings": state["settings"], "id_token": ID_TOKEN, "fences": state["fences"]}),
            encoding="utf-8",
        )
