"""Find the Mermaid diagrams written in the Markdown pages."""

import re

from site_build import ROOT

FENCE = re.compile(r"^```mermaid[^\n]*\n(.*?)^```", re.S | re.M)


def diagrams_in(markdown: str):
    return FENCE.findall(markdown)


def pages_with_diagrams():
    """Site paths ('/docker/basics/', '/en/docker/basics/') of pages that have a diagram."""
    paths = []
    for language in ("ko", "en"):
        docs = ROOT / "docs" / language
        for md in sorted(docs.rglob("*.md")):
            if diagrams_in(md.read_text(encoding="utf-8")):
                rel = md.relative_to(docs).with_suffix("").as_posix()
                rel = "" if rel == "index" else rel + "/"
                paths.append(("/en/" if language == "en" else "/") + rel)
    return paths
