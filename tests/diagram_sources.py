"""Find the Mermaid diagrams written in the Markdown pages, and what they say:
read as the build reads them (study_notes/structure/markdown.py)."""

import re

from study_notes.structure.markdown import parse
from tooling.build import source_pages


def diagrams_in(markdown: str) -> list[str]:
    return [fence.source for fence in parse(markdown).diagrams()]


def fence_lines(markdown: str) -> list[int]:
    """The line number of each diagram's opening fence."""
    return [fence.line for fence in parse(markdown).diagrams()]


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
