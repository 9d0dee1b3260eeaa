"""Finds, in what readers read, the variants that i18n/vocabulary.yml says to avoid.

Prose is what is left of a Markdown line once everything a reader does not read
as text is blanked out: front matter, fenced and inline code, link targets, URLs,
HTML tags and comments, { #id } attribute lists, and text inside 「」 (titles and
wording quoted from the 2020 posts). A line carrying IGNORE_LINE is skipped
whole. Mermaid fences are code, but their labels are text on the page, so their
quoted labels and accTitle/accDescr lines count as prose.
"""

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

IGNORE_LINE = "<!-- vocabulary: ignore -->"

FENCE = re.compile(r"^\s*(`{3,}|~{3,})\s*(\S*)")
HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)
INLINE_CODE = re.compile(r"(`+)(?!`).+?(?<!`)\1")
LINK_TARGET = re.compile(r"\]\([^)]*\)")
REFERENCE_DEFINITION = re.compile(r"^\s*\[[^\]]+\]:\s*\S+.*$")
URL = re.compile(r"<?\bhttps?://[^\s>)]+>?")
HTML_TAG = re.compile(r"</?[A-Za-z][^>]*>")
ATTRIBUTE_LIST = re.compile(r"\{:?\s*[#.][^}]*\}")
QUOTED_TITLE = re.compile(r"「[^」]*」")
MERMAID_ACCESSIBLE = re.compile(r"^\s*acc(?:Title|Descr)\s*:\s*(.*)$")
MERMAID_LABEL = re.compile(r'"([^"]*)"')


@dataclass(frozen=True)
class Entry:
    use: str
    avoid: tuple[re.Pattern, ...]
    why: str


def load_vocabulary(path: Path) -> dict[str, list[Entry]]:
    """The entries per language; ValueError, naming the entry, if the file is malformed."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    if not isinstance(data, dict) or not data:
        raise ValueError(f"{path.name}: expected one list of entries per language (ko:, en:)")
    vocabulary = {}
    for language, entries in data.items():
        if not entries:
            raise ValueError(f"{path.name}: '{language}:' has no entries")
        vocabulary[language] = [_entry(path.name, language, n, raw) for n, raw in enumerate(entries, 1)]
    return vocabulary


def _entry(file: str, language: str, number: int, raw) -> Entry:
    where = f"{file}: {language} entry {number}"
    if not isinstance(raw, dict) or not raw.get("use") or not raw.get("why") or not raw.get("avoid"):
        raise ValueError(f"{where}: needs 'use', 'avoid' (a non-empty list) and 'why'")
    avoid = raw["avoid"] if isinstance(raw["avoid"], list) else [raw["avoid"]]
    try:
        patterns = tuple(re.compile(p) for p in avoid)
    except re.error as error:
        raise ValueError(f"{where} ({raw['use']}): bad pattern: {error}") from None
    return Entry(str(raw["use"]), patterns, str(raw["why"]))


def _blank(match: re.Match) -> str:
    """Spaces for the match, keeping newlines so line numbers stay right."""
    return re.sub(r"[^\n]", " ", match.group(0))


def prose_lines(text: str) -> list[tuple[int, str]]:
    """(line number, prose) for each line of a Markdown page."""
    lines = text.split("\n")
    ignored = {n for n, line in enumerate(lines, 1) if IGNORE_LINE in line}
    lines = HTML_COMMENT.sub(_blank, text).split("\n")
    result, fence, mermaid, start = [], None, False, 1
    if lines and lines[0].strip() == "---":  # front matter
        end = next((i for i in range(1, len(lines)) if lines[i].strip() == "---"), 0)
        start = end + 2
    for number, line in enumerate(lines[start - 1 :], start):
        opening = FENCE.match(line)
        if fence is None and opening:
            fence, mermaid = opening.group(1), opening.group(2).startswith("mermaid")
            continue
        if fence is not None:
            if line.strip().startswith(fence[0] * len(fence)) and not line.strip().strip(fence[0]):
                fence = None
            elif mermaid and number not in ignored:
                result.append((number, _mermaid_text(line)))
            continue
        if number not in ignored:
            result.append((number, _prose(line)))
    return result


def _mermaid_text(line: str) -> str:
    if line.strip().startswith("click "):
        return ""  # a node's link to a section: an address, not a label
    accessible = MERMAID_ACCESSIBLE.match(line)
    if accessible:
        return _prose(accessible.group(1))
    return _prose("  ".join(MERMAID_LABEL.findall(line)))


def _prose(line: str) -> str:
    if REFERENCE_DEFINITION.match(line):
        return ""
    for pattern in (INLINE_CODE, LINK_TARGET, URL, HTML_TAG, ATTRIBUTE_LIST, QUOTED_TITLE):
        line = pattern.sub(" ", line)
    return line


def hits_in(text: str, page: str, entries: list[Entry]) -> list[str]:
    """One line per variant found: "docs/ko/x.md:12: '구성 요소' -> use '컴포넌트' (why)"."""
    hits = []
    for number, prose in prose_lines(text):
        for entry in entries:
            for pattern in entry.avoid:
                for match in pattern.finditer(prose):
                    hits.append(f"{page}:{number}: '{match.group(0)}' -> use '{entry.use}' ({entry.why})")
    return hits
