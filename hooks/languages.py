"""What every hook needs to know about the build: not a hook itself.

The languages come from the i18n plugin's configuration in mkdocs.yml and
nowhere else; the offline switch from the offline plugin. Hooks import this
module by name (MkDocs puts a hook's folder on sys.path while loading it).
"""

from pathlib import Path
from typing import Any

import yaml
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

ROOT = Path(__file__).resolve().parent.parent
# Per-language writer data: abbreviations.md, ui.yml, ... (see CONTRIBUTING.md).
I18N = ROOT / "i18n"


def _i18n(config: MkDocsConfig) -> Any:
    plugin = config.plugins.get("i18n")
    if plugin is None:
        raise PluginError("mkdocs.yml: the i18n plugin is missing from 'plugins'")
    return plugin


def languages(config: MkDocsConfig) -> list[str]:
    """Every language of the site, the default first."""
    plugin = _i18n(config)
    default = plugin.default_language
    return [default] + [lang for lang in plugin.all_languages if lang != default]


def default_language(config: MkDocsConfig) -> str:
    return _i18n(config).default_language


def current_language(config: MkDocsConfig) -> str:
    """The language of the build that is running."""
    plugin = _i18n(config)
    return plugin.current_language or plugin.default_language


def language_root(language: str, config: MkDocsConfig) -> str:
    """Where a language lives below the site root: '' for the default, 'en/' for English."""
    return "" if language == default_language(config) else f"{language}/"


def all_languages_built(config: MkDocsConfig) -> bool:
    """True in on_post_build once, after static-i18n has built every language.

    static-i18n builds the other languages from inside the default language's
    on_post_build (priority -100); those nested builds run their own post-build
    events while the plugin's ``building`` flag is set.
    """
    return not _i18n(config).building


def offline(config: MkDocsConfig) -> bool:
    """Is this the downloadable file:// copy (OFFLINE=true)?"""
    plugin = config.plugins.get("material/offline")
    return bool(plugin and plugin.config.enabled)


def language_file(language: str, name: str) -> Path:
    path = I18N / language / name
    if not path.is_file():
        raise PluginError(
            f"i18n/{language}/{name} is missing: every language folder under i18n/ needs its own {name}"
        )
    return path


def read_yaml(language: str, name: str) -> dict:
    path = language_file(language, name)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8-sig")) or {}
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = f":{mark.line + 1}" if mark else ""
        raise PluginError(
            f"i18n/{language}/{name}{line}: not valid YAML "
            f"({getattr(error, 'problem', error)}); fix the entry there"
        ) from None
    if not isinstance(data, dict):
        raise PluginError(f"i18n/{language}/{name}: expected 'key: value' entries")
    return data


def source_path(page: Page) -> str:
    """A page's path inside its language folder, the same in every language: 'docker/basics.md'."""
    return page.file.src_uri.split("/", 1)[1]


def published_url(config: MkDocsConfig, language: str, path: str) -> str:
    """The published address of the page at `path` (a source_path), in directory form.

    From extra.published_url, which `mkdocs serve` leaves alone (it replaces
    site_url with its own address), and the same in the offline copy.
    """
    base = (config.extra.get("published_url") or config.site_url or "/").rstrip("/") + "/"
    rel = path.removesuffix(".md")
    rel = "" if rel == "index" else rel.removesuffix("/index") + "/"
    return base + language_root(language, config) + rel


def study_notes(nav: Navigation) -> list[Page]:
    """The study notes in learning order: the pages inside a nav section (the
    home page and the glossary stand at the top level), as tooling.project reads them."""
    return [page for page in nav.pages if page.parent is not None]
