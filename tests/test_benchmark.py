"""The benchmark's vanilla baseline is Material with its defaults: no hook,
template or style sheet of this project runs in it, so the README's
tuned-versus-vanilla tables compare against a clean baseline."""

import yaml

from scripts.benchmark import vanilla_project
from tooling.build import build

PROJECT_MARKS = [
    'http-equiv="Content-Security-Policy"',  # hooks/content_security.py
    'id="page-facts"',  # hooks/page_facts.py
    "assets/stylesheets/site.css",
    "assets/javascripts/progress.js",  # overrides/main.html
    'data-rendered="build"',  # hooks/diagrams.py
]


def test_the_vanilla_baseline_runs_none_of_the_projects_code(tmp_path):
    project = vanilla_project(tmp_path)
    text = (project / "mkdocs.yml").read_text(encoding="utf-8")
    config = yaml.safe_load(text.replace(" !", " #"))  # its tags (!ENV, !!python/...) read as comments
    assert "hooks" not in config and "custom_dir" not in config["theme"]
    assert config.get("extra_css", []) == []
    site = build(project, tmp_path / "site").site
    pages = [page.read_text(encoding="utf-8") for page in site.rglob("index.html")]
    assert len(pages) > 10
    found = {mark for page in pages for mark in PROJECT_MARKS if mark in page}
    assert not found, f"the vanilla baseline still runs project code: {sorted(found)}"
