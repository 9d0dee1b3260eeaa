"""What the site's scripts need to know about each page, written into it as JSON.

- ``key``: the page's path inside its language folder ('docker/basics.md'),
  the same in both languages, so reading a twin counts for both (progress.js);
- ``url``: its published address, for links readers paste into wikis
  (section-links.js), also under `mkdocs serve` and in the offline copy;
- ``note``: whether it is a study note; ``notes``: every study note in learning
  order (the pages inside a nav section, as tooling.project.study_notes() reads
  them), with its address relative to this page and its number of self-check
  questions, for the learning path on the home page and marks in the navigation.

The template writes it as ``<script type="application/json" id="page-facts">``.
"""

import re

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils import normalize_url

from languages import current_language, published_url, source_path, study_notes

SELF_CHECK = re.compile(r'<h2 id="self-check".*?(?=<h2 |\Z)', re.S)


def questions(note: Page) -> int:
    """How many `??? question` blocks the note's self-check section holds."""
    found = SELF_CHECK.search(note.content or "")
    return found.group(0).count('<details class="question"') if found else 0


def on_page_context(context: dict, page: Page, config: MkDocsConfig, nav: Navigation) -> dict:
    notes = study_notes(nav)
    context["page_facts"] = {
        "key": source_path(page),
        "url": published_url(config, current_language(config), source_path(page)),
        "note": page in notes,
        "notes": [
            {"key": source_path(note), "href": normalize_url(note.url, page), "questions": questions(note)}
            for note in notes
        ],
    }
    return context
