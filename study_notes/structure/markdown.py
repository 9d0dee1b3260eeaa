"""A page's Markdown source, read roughly the way the checks need it: not a hook.

Line numbers are the file's own (front matter included), so a message can say
"docs/ko/x.md:12". Fenced code is kept apart from the prose: a `# comment` in a
shell block is no heading and a URL in a code sample is no link.
"""

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

FENCE = re.compile(r"^\s*(`{3,}|~{3,})\s*([\w-]*)")
HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
# An attr_list at the end of a line ({ #id .class key="value" }) and the id in it.
ATTRS = re.compile(r"\{:?\s*([^{}]*)\}\s*$")
ID = re.compile(r"(?:^|\s)#([^\s}]+)")


@dataclass(frozen=True)
class Fence:
    line: int  # the opening ``` line
    language: str
    source: str


@dataclass(frozen=True)
class Anchor:
    """Something a link can point at: a heading, or a term of a definition list."""

    line: int
    kind: str  # "##", "###", ... for headings, "term" for a definition list term
    id: str | None  # None: a heading written without { #id }
    text: str


@dataclass
class Source:
    front_matter: list[str] | None = None  # the lines between the --- lines, if any
    prose: list[tuple[int, str]] = field(default_factory=list)  # (line number, text) outside code
    fences: list[Fence] = field(default_factory=list)

    @property
    def anchors(self) -> list[Anchor]:
        found = []
        for number, text in self.prose:
            attrs = ATTRS.search(text)
            anchor_id = (ID.search(attrs.group(1)) or [None, None])[1] if attrs else None
            label = text[: attrs.start()].strip() if attrs else text.strip()
            if heading := HEADING.match(text[: attrs.start()] if attrs else text):
                found.append(Anchor(number, heading.group(1), anchor_id, heading.group(2)))
            elif anchor_id:
                found.append(Anchor(number, "term", anchor_id, label))
        return found

    def diagrams(self) -> list[Fence]:
        return [fence for fence in self.fences if fence.language == "mermaid"]


def closes(match: re.Match, fence: str) -> bool:
    """A closing fence: the same character, at least as long, and no info string."""
    return match.group(1)[0] == fence[0] and len(match.group(1)) >= len(fence) and not match.group(2)


def parse(text: str) -> Source:
    lines = text.split("\n")
    source, start = Source(), 0
    if lines and lines[0].rstrip() == "---":
        end = next((i for i in range(1, len(lines)) if lines[i].rstrip() in ("---", "...")), None)
        if end is not None:
            source.front_matter, start = lines[1:end], end + 1
    fence, opened = None, 0
    body: list[str] = []
    for index in range(start, len(lines)):
        number, text = index + 1, lines[index]
        match = FENCE.match(text)
        if fence is None and match:
            fence, language, body, opened = match.group(1), match.group(2), [], number
        elif fence is not None and match and closes(match, fence):
            source.fences.append(Fence(opened, language, "\n".join(body)))
            fence = None
        elif fence is not None:
            body.append(text)
        else:
            source.prose.append((number, text))
    return source


@cache
def _read(path: Path, mtime: float) -> Source:
    # Keyed on mtime: parsed once per build, yet `mkdocs serve` sees edits.
    return parse(path.read_text(encoding="utf-8-sig"))


def read(path: Path) -> Source:
    return _read(path, path.stat().st_mtime)
