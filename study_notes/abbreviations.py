"""Glossary tooltips on every page, in the page's language.

Three small jobs:

1. Append ``i18n/<lang>/abbreviations.md`` to each page of that language.
   (pymdownx.snippets' ``auto_append`` takes one list for the whole site.)
2. Let an abbreviation match when a Korean particle follows it ("etcd는",
   "kubelet이"). Python-Markdown's abbr extension requires a regex word
   boundary after the term, and Hangul counts as a word character, so most
   terms in Korean prose would get no tooltip. The replacement only treats
   ASCII letters, digits, "_" and "-" as part of a term.
3. Keep the tooltip on a term's first use in each section (h2) only. Readers
   arriving from a link to a section still get it, the prose is not dotted
   with the same underline thirty times, and long notes keep far fewer
   tooltip elements for the browser to set up (README, Lighthouse).
"""

import re
import xml.etree.ElementTree as etree
from functools import cache
from pathlib import Path

from markdown import Markdown
from markdown.extensions import Extension
from markdown.extensions.abbr import AbbrTreeprocessor


class HangulFriendlyAbbrTreeprocessor(AbbrTreeprocessor):
    def run(self, root: etree.Element) -> None:
        if not self.abbrs:
            return None
        terms = sorted(self.abbrs, key=len, reverse=True)
        alternatives = "|".join(re.escape(term) for term in terms)
        self.RE = re.compile(rf"(?<![A-Za-z0-9_-])(?:{alternatives})(?![A-Za-z0-9_-])")
        self.iter_element(root)
        keep_first_use_per_section(root)
        return None


def keep_first_use_per_section(root: etree.Element) -> None:
    parents = {child: parent for parent in root.iter() for child in parent}
    seen: set[str | None] = set()
    for el in list(root.iter()):
        if el.tag in ("h1", "h2"):
            seen.clear()
        elif el.tag == "abbr":
            if el.text in seen:
                unwrap(el, parents[el])
            seen.add(el.text)


def unwrap(el: etree.Element, parent: etree.Element) -> None:
    """Replace <abbr>term</abbr> by the plain term, joined to the text around it."""
    text = (el.text or "") + (el.tail or "")
    index = list(parent).index(el)
    if index:
        before = parent[index - 1]
        before.tail = (before.tail or "") + text
    else:
        parent.text = (parent.text or "") + text
    parent.remove(el)


class HangulFriendlyAbbr(Extension):
    def extendMarkdown(self, md: Markdown) -> None:
        # Same name and priority as the abbr extension's processor: replaces it.
        processor = md.treeprocessors["abbr"]
        assert isinstance(processor, AbbrTreeprocessor), "the abbr extension is missing from mkdocs.yml"
        abbrs = processor.abbrs
        md.treeprocessors.register(HangulFriendlyAbbrTreeprocessor(md, abbrs), "abbr", 7)


def add_extension(extensions: list) -> None:
    """Add the extension to the Markdown extensions (once: static-i18n reuses the config)."""
    if not any(isinstance(ext, HangulFriendlyAbbr) for ext in extensions):
        extensions.append(HangulFriendlyAbbr())


@cache
def read_abbreviations(path: Path, mtime: float) -> str:
    # Keyed on mtime: read once per build, yet `mkdocs serve` sees edits.
    return path.read_text(encoding="utf-8-sig")


def with_tooltips(markdown: str, abbreviations: Path) -> str:
    """The page's Markdown with its language's i18n/<lang>/abbreviations.md appended."""
    return markdown + "\n\n" + read_abbreviations(abbreviations, abbreviations.stat().st_mtime)
