"""The one adapter from MkDocs' objects to the site model (study_notes/structure/).

`site_of(config)` reads the Site during a build, `load()` outside one (through
`load_config()`, so tooling/, scripts/ and the tests read mkdocs.yml exactly
as the build does), `page_of()` turns MkDocs' page into the model's. The
warning filter puts MkDocs' own link and navigation warnings into the one
problem list. With plugin.py and config.py, these are the only modules that
import MkDocs.
"""

import logging
import re
from functools import cache
from pathlib import Path
from typing import Any

import mkdocs.structure.nav
import mkdocs.structure.pages
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.pages import Page as MkDocsPage

from .problems import Problems, line_of
from .structure import Languages, Page, Site

PLUGIN = "study-notes"


def i18n_plugin(config: MkDocsConfig) -> Any:
    plugin = config.plugins.get("i18n")
    if plugin is None:
        raise PluginError("mkdocs.yml: the i18n plugin is missing from 'plugins'")
    return plugin


def languages_of(config: MkDocsConfig) -> Languages:
    plugin = i18n_plugin(config)
    default = plugin.default_language
    return Languages((default, *[lang for lang in plugin.all_languages if lang != default]))


def current_language(config: MkDocsConfig) -> str:
    """The language of the build that is running (static-i18n runs one per language)."""
    plugin = i18n_plugin(config)
    return plugin.current_language or plugin.default_language


def all_languages_built(config: MkDocsConfig) -> bool:
    """False inside static-i18n's builds of the other languages: it builds them from
    within the default language's on_post_build, with its `building` flag set."""
    return not i18n_plugin(config).building


def offline(config: MkDocsConfig) -> bool:
    """Is this the downloadable file:// copy (the offline plugin, OFFLINE=true)?"""
    plugin = config.plugins.get("material/offline")
    return bool(plugin and plugin.config.enabled)


def study_notes(nav: list | None) -> tuple[str, ...]:
    """The study notes in learning order: mkdocs.yml's nav entries inside a section
    (the home page and the glossary stand at the top level)."""
    notes: list[str] = []

    def walk(items: list, nested: bool) -> None:
        for item in items:
            value = next(iter(item.values())) if isinstance(item, dict) else item
            if isinstance(value, list):
                walk(value, True)
            elif nested and isinstance(value, str):
                notes.append(value)

    walk(nav or [], False)
    return tuple(notes)


def site_names(config: MkDocsConfig) -> dict[str, str]:
    """Each language's site_name override, else mkdocs.yml's site_name (as loaded, before a build)."""
    return {
        entry.locale: entry.site_name or config.site_name for entry in i18n_plugin(config).config.languages
    }


def site_of(config: MkDocsConfig) -> Site:
    plugin = config.plugins[PLUGIN]
    own = plugin.config
    root = Path(config.config_file_path).resolve().parent
    return Site(
        root=root,
        docs=Path(config.docs_dir),
        languages=languages_of(config),
        notes=study_notes(config.nav),
        published_base=(own.published_url or config.site_url or "/").rstrip("/") + "/",
        i18n=Path(own.i18n_dir),
        directory_urls=config.use_directory_urls,
        redirects=dict(own.redirects),
        names=site_names(config),
        offline=offline(config),
    )


@cache
def load(config_file: Path) -> Site:
    """The site as mkdocs.yml describes it, outside a build."""
    return site_of(load_config(str(config_file)))


def page_of(page: MkDocsPage, language: str, site: Site) -> Page:
    source = Path(page.file.abs_src_path) if page.file.abs_src_path else None
    on_disk = source is not None and source.is_file()
    return Page(
        language=language,
        path=page.file.src_uri.split("/", 1)[1] if "/" in page.file.src_uri else page.file.src_uri,
        url=page.url,
        source=source if on_disk else None,
        where=site.shown(source) if source is not None and on_disk else page.file.src_uri,
        meta=page.meta,
        title=page.title or "",
        content=page.content or "",
    )


# --- MkDocs' own warnings, in the one problem list ----------------------------

# MkDocs' link validation logs through this page module's logger, and its
# navigation (a nav entry for a page that does not exist) through the nav
# module's: the objects themselves, not their names ("mkdocs.structure.pages"),
# so a fork that renames its loggers (ProperDocs) is caught the same way.
LINK_WARNINGS = mkdocs.structure.pages.log
NAV_WARNINGS = mkdocs.structure.nav.log
LINK = re.compile(r"^Doc file '(?P<src>[^']+)' contains .*?link '(?P<href>[^']*)'")
NAV_ENTRY = re.compile(r"^A reference to '(?P<name>[^']+)' is included in the 'nav'")


class WarningsToProblems(logging.Filter):
    """A link a check has explained better is dropped. In a strict build every
    other warning becomes a problem ("docs/ko/x.md:12: Doc file ...; fix the
    link"), whatever the log level: MkDocs counts a warning only when it is
    logged, so `mkdocs build --strict -q` used to pass with a broken anchor.
    Outside strict mode (`mkdocs serve`) the warnings are logged as MkDocs logs them.
    """

    def __init__(self) -> None:
        super().__init__()
        self.config: MkDocsConfig | None = None
        self.problems: Problems | None = None

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        link = LINK.match(message)
        problems, config = self.problems, self.config
        if problems is None or config is None:
            return True
        if link and (link["src"], link["href"]) in problems.explained_links:
            return False
        if record.levelno < logging.WARNING or not config.strict:
            return True
        if link:
            source = Path(config.docs_dir) / link["src"]
            problems.report(
                problems.shown(source),
                line_of(source, [f"]({link['href']}", link["href"]]),
                f"{message.rstrip('.')}; fix the link",
            )
        elif record.name == NAV_WARNINGS.name:
            config_file = Path(config.config_file_path)
            entry = NAV_ENTRY.match(message)
            line = line_of(config_file, [f" {entry['name']}"]) if entry else None
            advice = "write the page, or remove the entry" if entry else "fix the entry"
            problems.report(problems.shown(config_file), line, f"{message.rstrip('.')}; {advice}")
        else:
            problems.report(problems.shown(config.docs_dir), None, message)
        return False

    def watch(self, config: MkDocsConfig, problems: Problems) -> None:
        """When a build starts: catch the warnings even under -q (which raises
        the level of MkDocs' loggers to ERROR, so none would be made)."""
        self.config, self.problems = config, problems
        for logger in (LINK_WARNINGS, NAV_WARNINGS):
            if self not in logger.filters:
                logger.addFilter(self)
            if logger.getEffectiveLevel() > logging.WARNING:
                logger.setLevel(logging.WARNING)
