"""The downloadable offline copy (OFFLINE=true): make it need no other host.

Material's offline plugin adds the iframe-worker shim from a CDN (it lets the
search worker run on file:// pages) unless a polyfill named iframe-worker is
already configured. We configure our vendored copy first.

Side-by-side reading fetches the twin page, which browsers refuse between
file:// pages. A classic <script src> from the same folder tree still loads
there (it is how the offline search index arrives), so each page of the
offline copy also gets its article as a small script, `<page>.article.js`,
which docs/assets/javascripts/side-by-side.js loads only when the reader asks
for the twin.
"""

import json
import re
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.pages import Page

from languages import offline

SHIM = "assets/vendor/iframe-worker/shim.js"
ARTICLE = re.compile(r'<article class="md-content__inner md-typeset">.*</article>', re.S)
# The script calls the function side-by-side.js has set up to receive it.
ARTICLE_SCRIPT = "window.studyNotesArticle({});\n"


@event_priority(100)  # before the offline plugin's on_config
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    # Templates ask config.extra.offline (main.html: Mermaid's one-file build).
    config.extra["offline"] = offline(config)
    if offline(config):
        polyfills = config.extra.setdefault("polyfills", [])
        if SHIM not in polyfills:
            polyfills.append(SHIM)
    return config


def article_script(page_file: Path) -> Path:
    """Where a page's article script lives: docker/basics.html -> docker/basics.article.js."""
    return page_file.with_suffix(".article.js")


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    if offline(config) and page.file.src_uri.endswith(".md"):
        article = ARTICLE.search(output)
        if not article:
            raise PluginError(f"{page.file.src_uri}: no <article> in the built page for side-by-side reading")
        target = article_script(Path(page.file.abs_dest_path))
        target.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps(article[0], ensure_ascii=False)
        target.write_text(ARTICLE_SCRIPT.format(text), encoding="utf-8")
    return output
