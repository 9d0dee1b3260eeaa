"""The site model: what the build, tooling/, scripts/ and the tests know of the site.

One `Site` holds the languages, the folders, the study notes in learning order
and the published address; it maps a page's Markdown path to its addresses
and back, and is the one walk over docs/. study_notes/mkdocs_site.py makes it
from MkDocs' own objects during a build, and from `load_config()` outside one;
nothing here imports MkDocs.
"""

import posixpath
from collections.abc import MutableMapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..problems import WriterMistake
from .languages import Languages

__all__ = ["Languages", "Page", "Site", "relative_url"]


def relative_url(url: str, base: str) -> str:
    """url as a link from the page at base, both from the site root ('en/glossary/');
    a last part of base with a dot in it is a file name ('404.html')."""
    folder, _, last = base.rpartition("/")
    found = posixpath.relpath("/" + url, "/" + (folder if "." in last else base))
    return found + "/" if url.endswith("/") else found


@dataclass
class Page:
    """One page of one language's build, as the features and checks see it."""

    language: str
    path: str  # inside the language folder, the same in every language: 'docker/basics.md'
    url: str  # as built, from the site root: 'en/docker/basics/'
    source: Path | None  # the Markdown file, when it is one on disk
    where: str  # the file as a writer sees it ('docs/en/docker/basics.md'), else its src_uri
    meta: MutableMapping[str, Any] = field(default_factory=dict)  # MkDocs' own: features add to it
    title: str = ""
    content: str = ""  # the page's HTML, once rendered


@dataclass
class Site:
    root: Path  # the project: the folder of mkdocs.yml
    docs: Path  # docs/, one folder per language
    languages: Languages
    notes: tuple[str, ...]  # the study notes ('docker/basics.md'), in learning order
    published_base: str  # 'https://example.github.io/', also under `mkdocs serve`
    i18n: Path  # per-language writer data: ui.yml, abbreviations.md, search.yml
    directory_urls: bool = True
    redirects: dict[str, str] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)  # the site's name in each language
    offline: bool = False  # the downloadable copy, read from file:// (OFFLINE=true)
    serving: bool = False  # a writer's preview (`mkdocs serve`)

    # --- the Markdown sources ------------------------------------------------

    def paths(self, language: str) -> list[str]:
        """Every page of a language, as paths inside its folder ('docker/basics.md')."""
        folder = self.docs / language
        return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*.md"))

    def all_paths(self) -> list[str]:
        """Every page path that exists in at least one language."""
        return sorted({path for language in self.languages.all for path in self.paths(language)})

    def source(self, language: str, path: str) -> Path:
        return self.docs / language / path

    def shown(self, path: Path | str) -> str:
        """A path as a writer sees it: relative to the project root ('docs/ko/x.md')."""
        try:
            return Path(path).resolve().relative_to(self.root.resolve()).as_posix()
        except ValueError:
            return Path(path).as_posix()

    # --- addresses -------------------------------------------------------------

    @staticmethod
    def url(path: str) -> str:
        """A page's address inside its language, in directory form: 'docker/basics.md' -> 'docker/basics/'."""
        rel = path.removesuffix(".md")
        return "" if rel == "index" else rel.removesuffix("/index") + "/"

    def url_path(self, language: str, path: str) -> str:
        """From the site root: ('en', 'docker/basics.md') -> '/en/docker/basics/'."""
        return self.languages.prefix(language) + self.url(path)

    def published_url(self, language: str, path: str) -> str:
        return self.published_base.rstrip("/") + self.url_path(language, path)

    def page_at(self, language: str, address: str) -> Path | None:
        """The Markdown file an address inside a language ('kubernetes/etcd/', '' for home) is built from."""
        rest = address.strip("/")
        candidates = [f"{rest}.md", f"{rest}/index.md"] if rest else ["index.md"]
        return next(
            (self.docs / language / c for c in candidates if (self.docs / language / c).is_file()), None
        )

    # --- writer data in i18n/ --------------------------------------------------

    def language_file(self, language: str, name: str) -> Path:
        path = self.i18n / language / name
        if not path.is_file():
            raise WriterMistake(
                f"i18n/{language}/{name} is missing: every language folder under i18n/ needs its own {name}"
            )
        return path

    def read_yaml(self, language: str, name: str) -> dict:
        path = self.language_file(language, name)
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8-sig")) or {}
        except yaml.YAMLError as error:
            mark = getattr(error, "problem_mark", None)
            line = f":{mark.line + 1}" if mark else ""
            raise WriterMistake(
                f"i18n/{language}/{name}{line}: not valid YAML "
                f"({getattr(error, 'problem', error)}); fix the entry there"
            ) from None
        if not isinstance(data, dict):
            raise WriterMistake(f"i18n/{language}/{name}: expected 'key: value' entries")
        return data
