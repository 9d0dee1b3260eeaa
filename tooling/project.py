"""Facts about the project, read from mkdocs.yml (never written out again here)."""

from functools import cache
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
# The environment variable that turns mkdocs.yml's offline plugin on.
OFFLINE_SWITCH = "OFFLINE"


class _ConfigLoader(yaml.SafeLoader):
    """Reads mkdocs.yml's data while ignoring its !ENV and !!python tags."""


_ConfigLoader.add_multi_constructor("", lambda loader, suffix, node: None)


def _i18n() -> dict:
    for plugin in _config()["plugins"]:
        if isinstance(plugin, dict) and "i18n" in plugin:
            return plugin["i18n"]
    raise LookupError("mkdocs.yml has no i18n plugin")


def languages() -> tuple[str, ...]:
    """Every language of the site, the default first."""
    configured = [lang["locale"] for lang in _i18n()["languages"]]
    return (default_language(), *[lang for lang in configured if lang != default_language()])


def default_language() -> str:
    return next(lang["locale"] for lang in _i18n()["languages"] if lang.get("default"))


def site_name(language: str) -> str:
    """The site's name in a language: its i18n override, else mkdocs.yml's site_name."""
    entry = next(lang for lang in _i18n()["languages"] if lang["locale"] == language)
    return entry.get("site_name") or _config()["site_name"]


def language_prefix(language: str) -> str:
    """The start of a language's addresses: '/' for the default, '/en/' for English."""
    return "/" if language == default_language() else f"/{language}/"


def language_of(url_path: str) -> str:
    """The language of a site address such as '/en/glossary/'."""
    return next((lang for lang in languages()[1:] if url_path.startswith(f"/{lang}/")), default_language())


def twin_url(url_path: str, language: str) -> str:
    """The same page in another language: twin_url('/glossary/', 'en') == '/en/glossary/'."""
    here = language_of(url_path)
    rest = url_path[len(language_prefix(here)) :]
    return language_prefix(language) + rest


@cache
def _config(config_file: Path = ROOT / "mkdocs.yml") -> dict:
    return yaml.load(config_file.read_text(encoding="utf-8"), Loader=_ConfigLoader)


def study_notes() -> tuple[str, ...]:
    """The study notes, in learning order: every page inside a section of mkdocs.yml's nav
    (the home page and the glossary stand at the top level). Paths in the default language."""
    notes = []

    def walk(items, nested):
        for item in items:
            value = next(iter(item.values())) if isinstance(item, dict) else item
            if isinstance(value, list):
                walk(value, True)
            elif nested:
                notes.append("/" + value.removesuffix(".md").removesuffix("index") + "/")

    walk(_config()["nav"], False)
    return tuple(note.replace("//", "/") for note in notes)


def redirects() -> dict[str, str]:
    """mkdocs.yml's extra.redirects: old path -> new path, relative to each language's root."""
    return dict(_config()["extra"].get("redirects") or {})
