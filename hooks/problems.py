"""What the check_* hooks found wrong in a writer's input: not a hook itself.

Each check reports one line per problem, "docs/ko/x.md:12: what is wrong; what
to do", and carries on, so one build lists every problem it can see.
hooks/report_problems.py clears the list when a build starts and turns it into
one PluginError (no traceback) once every language is built.
"""

import logging
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import log as pages_log

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


class _DropExplainedLinks(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        return not any(
            message.startswith(f"Doc file '{src}' contains ") and f" link '{href}'" in message
            for src, href in _explained_links
        )


# MkDocs' link warnings come from the page module's own logger: take the
# object, not its name, which ProperDocs spells "properdocs.structure.pages".
LINK_WARNINGS = pages_log
DROP_EXPLAINED_LINKS = _DropExplainedLinks()
