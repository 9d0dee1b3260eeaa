"""Checks that keep the two languages in step, with errors that say what to fix."""

import re
from itertools import permutations
from pathlib import Path

from bs4 import BeautifulSoup

from tooling.project import languages

READABLE_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def missing_twins(docs: Path):
    """Messages for every Markdown page that exists in one language only."""
    pages = {
        lang: {p.relative_to(docs / lang).as_posix() for p in (docs / lang).rglob("*.md")}
        for lang in languages()
    }
    problems = []
    for lang, other in permutations(languages(), 2):
        for rel in sorted(pages[lang] - pages[other]):
            problems.append(
                f"docs/{lang}/{rel} has no twin: write docs/{other}/{rel} (same path, same heading ids)"
            )
    return problems


def anchors(html: str):
    """The ids a link can target on a page: section headings and glossary terms."""
    article = BeautifulSoup(html, "html.parser").select_one("article")
    if article is None:
        return set()
    return {el["id"] for el in article.select("h2[id], h3[id], h4[id], h5[id], h6[id], dt[id]")}


def anchor_mismatch(page: str, korean_html: str, english_html: str):
    """A message naming the page and the ids found in one language only, or None."""
    ko, en = anchors(korean_html), anchors(english_html)
    if ko == en:
        return None
    return (
        f"{page}: the Korean and English pages have different anchors; "
        f"only in ko: {sorted(ko - en)}; only in en: {sorted(en - ko)}. "
        f"Give both headings the same {{ #id }}."
    )


def unreadable_anchors(page: str, html: str):
    """Section ids that are not short English slugs (e.g. '_1' from a Korean heading)."""
    bad = sorted(a for a in anchors(html) if not READABLE_ID.match(a))
    if not bad:
        return None
    return (
        f"{page}: headings without an explicit English id: {bad}. "
        f"Add one, e.g. '## API 서버 {{ #api-server }}'."
    )
