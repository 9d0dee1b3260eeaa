"""The one list of a writer's mistakes that a build found.

Every check and every reader of writer data reports here, one line per
problem: "docs/ko/x.md:12: what is wrong; what to do". Nothing stops at the
first problem: the plugin lists them all once every language is built (or
earlier, all found so far, when the build cannot go on; see plugin.py).
"""

from pathlib import Path


class WriterMistake(Exception):
    """A writer's mistake that ends the step which found it (its message is the
    problem's line); the plugin adds it to the list and carries on where it can."""


class Problems:
    def __init__(self, root: Path) -> None:
        self.root = root.resolve()
        self.found: list[str] = []
        # (Markdown file relative to docs/, link) pairs a check has explained
        # better than MkDocs' own link validation; its line for them is dropped.
        self.explained_links: set[tuple[str, str]] = set()

    def report(self, where: str, line: int | None, problem: str) -> None:
        """where: a path from the project root ('docs/ko/x.md', 'mkdocs.yml'); line: 1-based, if known."""
        message = f"{where}:{line}: {problem}" if line else f"{where}: {problem}"
        if message not in self.found:
            self.found.append(message)

    def add(self, mistake: WriterMistake) -> None:
        if str(mistake) not in self.found:
            self.found.append(str(mistake))

    def shown(self, path: Path | str) -> str:
        """A path as a writer sees it: relative to the project root ('docs/ko/x.md')."""
        try:
            return Path(path).resolve().relative_to(self.root).as_posix()
        except ValueError:
            return Path(path).as_posix()

    def explain_link(self, src_uri: str, href: str) -> None:
        self.explained_links.add((src_uri, href))

    def take(self) -> list[str]:
        """Everything reported so far, emptying the list."""
        found = list(self.found)
        self.found.clear()
        return found


def line_of(source: Path, needles: list[str]) -> int | None:
    """The first line of a file holding one of the needles (tried in order)."""
    try:
        lines = source.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError):
        return None
    for needle in needles:
        found = next((number for number, text in enumerate(lines, 1) if needle in text), None)
        if found:
            return found
    return None
