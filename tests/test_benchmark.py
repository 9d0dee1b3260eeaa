"""The benchmark's vanilla baseline is Material with its defaults: no plugin,
template or style sheet of this project runs in it, so the README's
tuned-versus-vanilla tables compare against a clean baseline. Its
configurations are mkdocs.yml with settings overridden (tooling/configurations.py)."""

import inspect
import sys
from pathlib import Path

import pytest

from tooling.configurations import build, load
from tooling.project import ROOT

# What this project's code leaves in a page, and where it comes from.
PROJECT_MARKS = [
    'http-equiv="Content-Security-Policy"',  # study_notes/security.py
    'id="page-facts"',  # study_notes/page_facts.py
    "assets/stylesheets/site.css",  # extra_css
    "assets/javascripts/progress.js",  # overrides/main.html
    'data-rendered="build"',  # study_notes/diagrams/inline.py
]


def ours(file: str) -> bool:
    """Is this file this project's own code (in the repository, outside its virtual environment)?"""
    path = Path(file).resolve()
    return path.is_relative_to(ROOT) and not path.is_relative_to(Path(sys.prefix).resolve())


def project_code(config) -> list[str]:
    """The plugins, hooks and theme folders of a loaded configuration that are this project's code."""
    found = [name for name, plugin in config.plugins.items() if ours(inspect.getfile(type(plugin)))]
    found += [f"hook {hook}" for hook in config.hooks]
    found += [f"theme folder {folder}" for folder in config.theme.dirs if ours(folder)]
    return found + [f"style sheet {css}" for css in config.extra_css]


def test_the_site_configuration_runs_the_projects_code():
    """The measure below can see project code: the site's own configuration has it."""
    assert project_code(load("site")), "no project code found in the site's own configuration"


def test_the_vanilla_configuration_loads_none_of_the_projects_code():
    assert project_code(load("vanilla")) == []


@pytest.mark.slow  # a whole build of its own
def test_the_vanilla_baseline_builds_pages_without_the_projects_code(tmp_path):
    site = build("vanilla", tmp_path / "site").site
    pages = [page.read_text(encoding="utf-8") for page in site.rglob("index.html")]
    assert len(pages) > 10
    found = {mark for page in pages for mark in PROJECT_MARKS if mark in page}
    assert not found, f"the vanilla baseline still runs project code: {sorted(found)}"
    mermaid = [page for page in pages if 'class="mermaid"' in page]
    assert mermaid and all("mermaid.min.js" in page for page in mermaid)


@pytest.mark.slow  # a whole build of its own
def test_the_client_side_configuration_draws_every_diagram_in_the_browser(tmp_path):
    site = build("client-side", tmp_path / "site").site
    pages = [page.read_text(encoding="utf-8") for page in site.rglob("index.html")]
    assert any("mermaid" in page for page in pages)
    assert not any('data-rendered="build"' in page for page in pages)
