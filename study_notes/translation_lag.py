"""Tell readers when a page lags behind its twin in the other language.

When one language's page changed after the twins were last marked in line
(i18n/translations.yml, structure/twin_versions.py), the other language's
page opens with a notice, in its own language, naming the newer twin, when it
changed (its last commit date, or "recently" while the change is not
committed), and linking to it. Side-by-side reading shows it too: the notice
stands before the first section.

The build lists lagging pages as INFO lines starting "lagging translation",
not warnings: `mkdocs build --strict` fails on warnings, and writers may
publish the Korean page first. A page with no record yet gets an INFO line too.
"""

import datetime
import subprocess
from collections.abc import Callable
from html import escape
from pathlib import Path

from babel.dates import format_date

from .structure import Page, Site, relative_url
from .structure.twin_versions import lagging, read_records


class TranslationLag:
    """Which pages lag behind a twin, read once per build from the records."""

    def __init__(self, site: Site) -> None:
        self.site = site
        records = read_records(site)  # a WriterMistake if unreadable
        languages = list(site.languages.all)
        self.lags = {(lag.page, lag.language): lag.newer for lag in lagging(site.docs, languages, records)}
        self.unrecorded = set(site.all_paths()) - set(records)

    def add_notice(self, html: str, page: Page, ui: dict, info: Callable[[str], None]) -> str:
        here, path = page.language, page.path
        if path in self.unrecorded:
            info(
                f"no translation record for {path}: once every language's page is written, "
                f"run `python -m scripts.mark_in_line docs/{here}/{path}`"
            )
        newer = self.lags.get((path, here))
        if newer is None:
            return html
        date = changed_on(self.site.source(newer, path), self.site.root)
        shown = f"changed {date.isoformat()}" if date else "changed, not committed yet"
        info(
            f"lagging translation: docs/{here}/{path} has not caught up with docs/{newer}/{path} "
            f"({shown}); once it has, run `python -m scripts.mark_in_line docs/{here}/{path}`"
        )
        languages = self.site.languages
        twin_url = languages.root(newer) + page.url[len(languages.root(here)) :]
        box = notice(ui, here, newer, date, relative_url(twin_url or ".", page.url) or ".")
        head, found, rest = html.partition("</h1>")
        return head + found + box + rest if found else box + html


def changed_on(file: Path, root: Path) -> datetime.date | None:
    """The date of the file's last commit, or None while it has uncommitted changes (or no git)."""

    def git(*args: str) -> str:
        result = subprocess.run(["git", *args, "--", str(file)], cwd=root, capture_output=True, text=True)
        if result.returncode != 0:
            raise OSError(result.stderr)
        return result.stdout.strip()

    try:
        if git("status", "--porcelain"):
            return None
        date = git("log", "-1", "--format=%cs")
    except OSError:
        return None
    return datetime.date.fromisoformat(date) if date else None


def notice(ui: dict, language: str, newer: str, date: datetime.date | None, href: str) -> str:
    text = ui["translation_lag"]
    twin = text["language_names"][newer]
    if date:
        # Written as the page-history line writes its dates (structure/checked.py).
        when = format_date(date, "long", locale=language)
        sentence = text["changed_on"].format(twin=twin, date=when)
    else:
        sentence = text["changed_recently"].format(twin=twin)
    link = text["link"].format(twin=twin)
    return (
        '<div class="admonition warning translation-lag" data-search-exclude>'
        f'<p class="admonition-title">{escape(text["title"])}</p>'
        f'<p>{escape(sentence)} <a href="{escape(href)}" hreflang="{newer}">{escape(link)}</a></p>'
        "</div>"
    )
