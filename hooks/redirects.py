"""Keep renamed pages' old addresses working, in every language.

For each ``extra.redirects`` entry (old path -> new path, relative to a
language root) a small page is written at the old path of each language. It
redirects at once, keeps the #section (the anchors are the same), and links
to the new page for readers without JavaScript.
"""

import posixpath
from html import escape
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from languages import all_languages_built, language_root, languages, offline

PAGE = """<!doctype html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{target}</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="{canonical}">
<meta http-equiv="refresh" content="0; url={target}">
<script>location.replace("{target}" + location.hash)</script>
</head><body><a href="{target}">{target}</a></body></html>
"""


def write_redirects(site_dir: Path, redirects: dict[str, str], roots: dict[str, str], site_url: str) -> None:
    """roots: each language's folder ('' or 'en/') -> its language."""
    for root, lang in roots.items():
        for old, new in redirects.items():
            old_dir = site_dir / root / old.strip("/")
            new_page = site_dir / root / new.strip("/") / "index.html"
            if not new_page.is_file():
                raise PluginError(
                    f"mkdocs.yml extra.redirects: '{old}' points to '{new}', "
                    f"which was not built at /{root}{new}; point it at an existing page"
                )
            target = posixpath.relpath(f"/{root}{new.strip('/')}", f"/{root}{old.strip('/')}") + "/"
            canonical = escape(site_url.rstrip("/") + f"/{root}{new.strip('/')}/")
            old_dir.mkdir(parents=True, exist_ok=True)
            (old_dir / "index.html").write_text(
                PAGE.format(target=escape(target), canonical=canonical, lang=lang), encoding="utf-8"
            )


@event_priority(-300)  # after static-i18n has built every language
def on_post_build(config: MkDocsConfig) -> None:
    if not all_languages_built(config) or offline(config):
        return  # file:// copies have no directory URLs to redirect from
    roots = {language_root(language, config): language for language in languages(config)}
    write_redirects(Path(config.site_dir), config.extra.get("redirects", {}), roots, config.site_url or "/")
