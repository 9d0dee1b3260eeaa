"""Keep renamed pages' old addresses working, in every language.

For each of the plugin's `redirects` (old path -> new path, relative to a
language root) a small page is written at the old path of each language. It
redirects at once, keeps the #section (the anchors are the same), and links
to the new page for readers without JavaScript.
"""

import posixpath
from html import escape
from pathlib import Path

from .problems import WriterMistake
from .structure import Site

PAGE = """<!doctype html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{target}</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="{canonical}">
<meta http-equiv="refresh" content="0; url={target}">
<script>location.replace("{target}" + location.hash)</script>
</head><body><a href="{target}">{target}</a></body></html>
"""


def write_redirects(site: Site, site_dir: Path, site_url: str) -> None:
    """site_url: the address the build runs with, for the canonical link."""
    for lang in site.languages.all:
        root = site.languages.root(lang)
        for old, new in site.redirects.items():
            old_dir = site_dir / root / old.strip("/")
            new_page = site_dir / root / new.strip("/") / "index.html"
            if not new_page.is_file():
                raise WriterMistake(
                    f"mkdocs.yml study-notes redirects: '{old}' points to '{new}', "
                    f"which was not built at /{root}{new}; point it at an existing page"
                )
            target = posixpath.relpath(f"/{root}{new.strip('/')}", f"/{root}{old.strip('/')}") + "/"
            canonical = escape(site_url.rstrip("/") + f"/{root}{new.strip('/')}/")
            old_dir.mkdir(parents=True, exist_ok=True)
            (old_dir / "index.html").write_text(
                PAGE.format(target=escape(target), canonical=canonical, lang=lang), encoding="utf-8"
            )
