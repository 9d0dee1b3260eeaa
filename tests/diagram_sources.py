"""Find the Mermaid diagrams written in the Markdown pages, and what they say."""

import re

from tooling.build import source_pages

FENCE = re.compile(r"^```mermaid[^\n]*\n(.*?)^```", re.S | re.M)
FENCE_LINE = re.compile(r"^```mermaid", re.M)


def diagrams_in(markdown: str):
    return FENCE.findall(markdown)


def fence_lines(markdown: str):
    """The line number of each diagram's opening fence."""
    return [markdown.count("\n", 0, match.start()) + 1 for match in FENCE_LINE.finditer(markdown)]


def accessible(source: str, key: str) -> str:
    """A fence's accTitle or accDescr (single-line form)."""
    match = re.search(rf"^\s*{key}\s*:\s*(.+)$", source, re.M)
    return match[1].strip() if match else ""


def pages_with_diagrams():
    """Site paths ('/docker/basics/', '/en/docker/basics/') of pages that have a diagram."""
    return [path for path, md in source_pages() if diagrams_in(md.read_text(encoding="utf-8"))]


def diagrams_by_page():
    """{site path: [fence source, ...]} for every page that has a diagram."""
    return {
        path: diagrams_in(md.read_text(encoding="utf-8"))
        for path, md in source_pages()
        if diagrams_in(md.read_text(encoding="utf-8"))
    }
