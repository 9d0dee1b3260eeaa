"""Tell readers when a page lags behind its twin in the other language.

When one language's page changed after the twins were last marked in line
(i18n/translations.yml, hooks/twin_versions.py), the other language's page
opens with a notice, in its own language, naming the newer twin, when it
changed (its last commit date, or "recently" while the change is not
committed), and linking to it. Side-by-side reading shows it too: the notice
stands before the first section.

The build lists lagging pages as INFO lines starting "lagging translation",
not warnings: `mkdocs build --strict` fails on warnings, and writers may
publish the Korean page first. A page with no record yet gets an INFO line too.
"""

import datetime
import logging
import subprocess
from html import escape
from pathlib import Path

import mkdocs
from babel.dates import format_date
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

from languages import current_language, language_root, languages, source_path
from twin_versions import ROOT, lagging, pages, read_records

# Under the generator's own logger ("mkdocs", or "properdocs" under ProperDocs).
log = logging.getLogger(f"{mkdocs.__name__}.hooks.translation_lag")
_lags: dict[tuple[str, str], str] = {}  # (page, lagging language) -> newer language
_unrecorded: set[str] = set()


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    # Read once per language build (static-i18n runs one build per language).
    docs, langs = Path(config.docs_dir), languages(config)
    records = read_records()
    _lags.clear()
    _lags.update({(lag.page, lag.language): lag.newer for lag in lagging(docs, langs, records)})
    _unrecorded.clear()
    _unrecorded.update(set(pages(docs, langs)) - set(records))
    return config


def changed_on(file: Path) -> datetime.date | None:
    """The date of the file's last commit, or None while it has uncommitted changes (or no git)."""

    def git(*args: str) -> str:
        result = subprocess.run(["git", *args, "--", str(file)], cwd=ROOT, capture_output=True, text=True)
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
        # Written as the page-history line writes its dates (hooks/checked_line.py).
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


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    here, path = current_language(config), source_path(page)
    if path in _unrecorded:
        log.info(
            f"no translation record for {path}: once every language's page is written, "
            f"run `python -m scripts.mark_in_line docs/{here}/{path}`"
        )
    newer = _lags.get((path, here))
    if newer is None:
        return html
    twin_file = Path(config.docs_dir) / newer / path
    date = changed_on(twin_file)
    shown = f"changed {date.isoformat()}" if date else "changed, not committed yet"
    log.info(
        f"lagging translation: docs/{here}/{path} has not caught up with docs/{newer}/{path} "
        f"({shown}); once it has, run `python -m scripts.mark_in_line docs/{here}/{path}`"
    )
    twin_url = language_root(newer, config) + page.url[len(language_root(here, config)) :]
    box = notice(config.extra["ui"], here, newer, date, get_relative_url(twin_url or ".", page.url) or ".")
    head, found, rest = html.partition("</h1>")
    return head + found + box + rest if found else box + html
