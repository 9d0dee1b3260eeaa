"""Glossary tooltips on every page, in the page's language.

Three small jobs:

1. Append ``includes/<lang>/abbreviations.md`` to each page of that language.
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
from functools import lru_cache
from pathlib import Path

from markdown.extensions import Extension
from markdown.extensions.abbr import AbbrTreeprocessor

INCLUDES = Path(__file__).resolve().parent.parent / "includes"


class HangulFriendlyAbbrTreeprocessor(AbbrTreeprocessor):
    def run(self, root):
        if not self.abbrs:
            return None
        terms = sorted(self.abbrs, key=len, reverse=True)
        alternatives = "|".join(re.escape(term) for term in terms)
        self.RE = re.compile(rf"(?<![A-Za-z0-9_-])(?:{alternatives})(?![A-Za-z0-9_-])")
        self.iter_element(root)
        keep_first_use_per_section(root)
        return None


def keep_first_use_per_section(root):
    parents = {child: parent for parent in root.iter() for child in parent}
    seen = set()
    for el in list(root.iter()):
        if el.tag in ("h1", "h2"):
            seen.clear()
        elif el.tag == "abbr":
            if el.text in seen:
                unwrap(el, parents[el])
            seen.add(el.text)


def unwrap(el, parent):
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
    def extendMarkdown(self, md):
        # Same name and priority as the abbr extension's processor: replaces it.
        abbrs = md.treeprocessors["abbr"].abbrs
        md.treeprocessors.register(HangulFriendlyAbbrTreeprocessor(md, abbrs), "abbr", 7)


def on_config(config):
    if not any(isinstance(ext, HangulFriendlyAbbr) for ext in config.markdown_extensions):
        config.markdown_extensions.append(HangulFriendlyAbbr())
    return config


@lru_cache(maxsize=None)
def read_abbreviations(path: Path, mtime: float) -> str:
    # Keyed on mtime: read once per build, yet `mkdocs serve` sees edits.
    return path.read_text(encoding="utf-8")


def on_page_markdown(markdown, page, config, files):
    language = config.theme["language"]
    abbreviations = INCLUDES / language / "abbreviations.md"
    if not abbreviations.is_file():
        raise FileNotFoundError(
            f"{abbreviations}: missing tooltip definitions for language '{language}'"
        )
    text = read_abbreviations(abbreviations, abbreviations.stat().st_mtime)
    return markdown + "\n\n" + text
