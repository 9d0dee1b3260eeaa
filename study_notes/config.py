"""The plugin's settings in mkdocs.yml (`plugins: - study-notes: ...`), typed.

Defaults fit this repository's layout; mkdocs.yml sets the published address,
the redirects and the diagrams' switches. MkDocs validates the values before
any event runs, so a wrong type names the option.
"""

from mkdocs.config import config_options as c
from mkdocs.config.base import Config


class DiagramsConfig(Config):
    # "stored": each ```mermaid fence becomes its drawing from `drawings` (a fence
    # without a current drawing fails the build; under `mkdocs serve` it is drawn
    # in the writer's browser). "browser": every fence is drawn in the reader's
    # browser, as before drawings were stored (scripts.benchmark compares the two).
    mode = c.Choice(("stored", "browser"), default="stored")
    # A file to write every fence to (key, source, page, line) as JSON, for
    # `make diagrams` (scripts.draw_diagrams); the build then never fails on a fence.
    manifest = c.Optional(c.Type(str))
    drawings = c.Dir(exists=True, default="diagrams")
    settings = c.File(exists=True, default="diagrams/settings.yml")


class StudyNotesConfig(Config):
    # The published address, kept for the links readers copy even where
    # `mkdocs serve` replaces site_url with its own; defaults to site_url.
    published_url = c.Optional(c.Type(str))
    # Renamed pages: old address -> new address, both relative to each
    # language's root, so /old/ and /en/old/ both redirect (redirects.py).
    redirects = c.DictOfItems(c.Type(str), default={})
    # Per-language writer data: ui.yml, abbreviations.md, search.yml, and the
    # translation records (translations.yml).
    i18n_dir = c.Dir(exists=True, default="i18n")
    diagrams = c.SubConfig(DiagramsConfig)
