"""What the site's scripts need to know about each page, written into it as JSON.

- ``key``: the page's path inside its language folder ('docker/basics.md'),
  the same in both languages, so reading a twin counts for both (progress.js);
- ``url``: its published address, for links readers paste into wikis
  (section-links.js), also under `mkdocs serve` and in the offline copy;
- ``note``: whether it is a study note; ``notes``: every study note in learning
  order (Site.notes), with its address relative to this page and its number of
  self-check questions, for the learning path on the home page and marks in
  the navigation.

The template writes it as ``<script type="application/json" id="page-facts">``.
"""

import re

from .structure import Page, Site

SELF_CHECK = re.compile(r'<h2 id="self-check".*?(?=<h2 |\Z)', re.S)


def questions(note_html: str) -> int:
    """How many `??? question` blocks the note's self-check section holds."""
    found = SELF_CHECK.search(note_html)
    return found.group(0).count('<details class="question"') if found else 0


def page_facts(site: Site, page: Page, notes: list[Page], href: dict[str, str]) -> dict:
    """notes: this language's study notes, rendered; href: each note's address relative to the page."""
    return {
        "key": page.path,
        "url": site.published_url(page.language, page.path),
        "note": page.path in site.notes,
        "notes": [
            {"key": note.path, "href": href[note.path], "questions": questions(note.content)}
            for note in notes
        ],
    }
