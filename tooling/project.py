"""Facts about the project, from the site model (study_notes/structure/).

mkdocs.yml is read the way the build reads it (`load_config()`, through
study_notes/mkdocs_site.py), never parsed as text here.
"""

from pathlib import Path

from study_notes.mkdocs_site import load
from study_notes.structure import Site

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
# The environment variable that turns mkdocs.yml's offline plugin on.
OFFLINE_SWITCH = "OFFLINE"


def site() -> Site:
    """The site as mkdocs.yml describes it (read once per process)."""
    return load(ROOT / "mkdocs.yml")


def languages() -> tuple[str, ...]:
    """Every language of the site, the default first."""
    return site().languages.all


def default_language() -> str:
    return site().languages.default


def site_name(language: str) -> str:
    """The site's name in a language: its i18n override, else mkdocs.yml's site_name."""
    return site().names[language]


def language_prefix(language: str) -> str:
    """The start of a language's addresses: '/' for the default, '/en/' for English."""
    return site().languages.prefix(language)


def language_of(url_path: str) -> str:
    """The language of a site address such as '/en/glossary/'."""
    return site().languages.of_url(url_path)


def twin_url(url_path: str, language: str) -> str:
    """The same page in another language: twin_url('/glossary/', 'en') == '/en/glossary/'."""
    return site().languages.twin_url(url_path, language)


def study_notes() -> tuple[str, ...]:
    """The study notes' addresses in the default language, in learning order ('/docker/basics/')."""
    return tuple(site().url_path(default_language(), note) for note in site().notes)


def redirects() -> dict[str, str]:
    """The plugin's redirects: old path -> new path, relative to each language's root."""
    return dict(site().redirects)
