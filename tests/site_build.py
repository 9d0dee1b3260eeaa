"""Build the site (or a modified copy of it) and read the built HTML."""

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("ko", "en")
DEFAULT_LANGUAGE = "ko"


@dataclass
class BuiltSite:
    root: Path  # the project that was built
    site: Path  # its output
    log: str  # what `mkdocs build --strict` printed

    def pages(self):
        """Every built content page as (language, url path, file)."""
        for html in sorted(self.site.rglob("index.html")):
            rel = html.parent.relative_to(self.site).as_posix()
            rel = "" if rel == "." else rel + "/"
            if rel.startswith(("assets/", "search/")) or is_redirect(html):
                continue
            language = "en" if rel.startswith("en/") else DEFAULT_LANGUAGE
            yield language, "/" + rel, html

    def soup(self, url_path):
        path = self.site / url_path.lstrip("/") / "index.html"
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def source_pages():
    """(site path, Markdown file) for every page, e.g. ('/en/docker/basics/', docs/en/docker/basics.md)."""
    for language in LANGUAGES:
        docs = ROOT / "docs" / language
        for md in sorted(docs.rglob("*.md")):
            rel = md.relative_to(docs).with_suffix("").as_posix()
            rel = "" if rel == "index" else rel + "/"
            yield ("/" if language == DEFAULT_LANGUAGE else f"/{language}/") + rel, md


def is_redirect(html: Path) -> bool:
    """Pages written by hooks/redirects.py for renamed addresses."""
    return 'http-equiv="refresh"' in html.read_text(encoding="utf-8")[:600]


def build(project: Path, site_dir: Path, site_url=None) -> BuiltSite:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    if site_url:
        env["SITE_URL"] = site_url
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--clean", "-d", str(site_dir)],
        cwd=project, env=env, capture_output=True, text=True,
    )
    log = result.stdout + result.stderr
    if result.returncode != 0:
        raise AssertionError(f"mkdocs build --strict failed in {project}:\n{log}")
    return BuiltSite(project, site_dir, log)


def copy_project(target: Path) -> Path:
    """A throwaway copy of the project, for tests that feed it bad input."""
    ignore = shutil.ignore_patterns(".venv", ".git", "site", "site-offline", "__pycache__")
    shutil.copytree(ROOT, target, ignore=ignore)
    return target
