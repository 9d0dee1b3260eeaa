"""Every redirect (the plugin's `redirects` in mkdocs.yml) leaves a dead address for a live page.

redirects.py writes a small page at each old address, in every language. If a
page still lives there, the redirect would silently replace it; if the new
address has no page, readers would land on a 404. (The option's type, old
path -> new path, is checked by MkDocs with the plugin's config.)
"""

from pathlib import Path

from ..problems import Problems
from ..structure import Site

KEY = "study-notes redirects"


def line_of(config_file: Path, key: str) -> int | None:
    for number, text in enumerate(config_file.read_text(encoding="utf-8").splitlines(), 1):
        if text.strip().strip("'\"").startswith(key.strip("/")) and ":" in text:
            return number
    return None


def check(site: Site, problems: Problems) -> None:
    config_file = site.root / "mkdocs.yml"
    where = site.shown(config_file)
    for old, new in site.redirects.items():
        line = line_of(config_file, old) if config_file.is_file() else None
        for language in site.languages.all:
            if live := site.page_at(language, old):
                problems.report(
                    where,
                    line,
                    f"{KEY}: '{old}' is still a page ({site.shown(live)}); the redirect "
                    "would replace it: remove the page, or the redirect",
                )
            if not site.page_at(language, new):
                problems.report(
                    where,
                    line,
                    f"{KEY}: '{old}' points to '{new}', where {site.shown(site.docs / language)}/ "
                    "has no page; point it at an existing page's path",
                )
