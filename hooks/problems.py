"""What the check_* hooks found wrong in a writer's input: not a hook itself.

Each check reports one line per problem, "docs/ko/x.md:12: what is wrong; what
to do", and carries on, so one build lists every problem it can see.
hooks/report_problems.py clears the list when a build starts and turns it into
one PluginError (no traceback) once every language is built.
"""

import logging
import re
from pathlib import Path

import mkdocs.structure.nav
import mkdocs.structure.pages
from mkdocs.config.defaults import MkDocsConfig

_found: list[str] = []
# (Markdown file relative to docs/, link) pairs a check has explained better than
# MkDocs' own link validation would; the filter below drops MkDocs' line for them.
_explained_links: set[tuple[str, str]] = set()


def report(where: str, line: int | None, problem: str) -> None:
    """where: a path from the project root ('docs/ko/x.md', 'mkdocs.yml'); line: 1-based, if known."""
    message = f"{where}:{line}: {problem}" if line else f"{where}: {problem}"
    if message not in _found:
        _found.append(message)


def shown(path: Path | str, config: MkDocsConfig) -> str:
    """A path as a writer sees it: relative to the project root ('docs/ko/x.md')."""
    root = Path(config.config_file_path).resolve().parent
    try:
        return Path(path).resolve().relative_to(root).as_posix()
    except ValueError:
        return Path(path).as_posix()


def explained_link(src_uri: str, href: str) -> None:
    _explained_links.add((src_uri, href))


def take() -> list[str]:
    """Everything reported so far, emptying the list."""
    found = list(_found)
    _found.clear()
    return found


def clear() -> None:
    _found.clear()
    _explained_links.clear()


# MkDocs' own link validation logs through this page module's logger, and its
# navigation (a nav entry for a page that does not exist) through the nav
# module's: the objects themselves, not their names ("mkdocs.structure.pages"),
# so a fork that renames its loggers (ProperDocs) is caught the same way.
LINK_WARNINGS = mkdocs.structure.pages.log
NAV_WARNINGS = mkdocs.structure.nav.log
LINK = re.compile(r"^Doc file '(?P<src>[^']+)' contains .*?link '(?P<href>[^']*)'")
NAV_ENTRY = re.compile(r"^A reference to '(?P<name>[^']+)' is included in the 'nav'")


class _LinkWarnings(logging.Filter):
    """MkDocs' link (and navigation) warnings, in the one problem list.

    A link a check has explained better is dropped. In a strict build every
    other warning becomes a problem ("docs/ko/x.md:12: Doc file ...; fix the
    link"), whatever the log level: MkDocs counts a warning only when it is
    logged, so `mkdocs build --strict -q` used to pass with a broken anchor.
    Outside strict mode (`mkdocs serve`) the warnings are logged as MkDocs logs them.
    """

    def __init__(self) -> None:
        super().__init__()
        self.config: MkDocsConfig | None = None

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        link = LINK.match(message)
        if link and (link["src"], link["href"]) in _explained_links:
            return False
        if record.levelno < logging.WARNING or self.config is None or not self.config.strict:
            return True
        if link:
            source = Path(self.config.docs_dir) / link["src"]
            report(
                shown(source, self.config),
                line_of_link(source, link["href"]),
                f"{message.rstrip('.')}; fix the link",
            )
        elif record.name == NAV_WARNINGS.name:
            config_file = Path(self.config.config_file_path)
            entry = NAV_ENTRY.match(message)
            line = line_of(config_file, [f" {entry['name']}"]) if entry else None
            advice = "write the page, or remove the entry" if entry else "fix the entry"
            report(shown(config_file, self.config), line, f"{message.rstrip('.')}; {advice}")
        else:
            report(shown(self.config.docs_dir, self.config), None, message)
        return False

    def watch(self, config: MkDocsConfig) -> None:
        """Called when a build starts: catch the warnings even under -q (which
        raises the level of MkDocs' loggers to ERROR, so none would be made)."""
        self.config = config
        for logger in (LINK_WARNINGS, NAV_WARNINGS):
            if self not in logger.filters:
                logger.addFilter(self)
            if logger.getEffectiveLevel() > logging.WARNING:
                logger.setLevel(logging.WARNING)


def line_of_link(source: Path, href: str) -> int | None:
    return line_of(source, [f"]({href}", href])


def line_of(source: Path, needles: list[str]) -> int | None:
    try:
        lines = source.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError):
        return None
    for needle in needles:
        found = next((number for number, text in enumerate(lines, 1) if needle in text), None)
        if found:
            return found
    return None


LINK_FILTER = _LinkWarnings()
