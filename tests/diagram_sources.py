"""Find the Mermaid diagrams written in the Markdown pages."""

import re

from tooling.build import source_pages

FENCE = re.compile(r"^```mermaid[^\n]*\n(.*?)^```", re.S | re.M)


def diagrams_in(markdown: str):
    return FENCE.findall(markdown)


def pages_with_diagrams():
    """Site paths ('/docker/basics/', '/en/docker/basics/') of pages that have a diagram."""
    return [path for path, md in source_pages() if diagrams_in(md.read_text(encoding="utf-8"))]
