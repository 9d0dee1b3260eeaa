"""The downloadable offline copy (OFFLINE=true): make it need no other host.

Material's offline plugin adds the iframe-worker shim from a CDN (it lets the
search worker run on file:// pages) unless a polyfill named iframe-worker is
already configured. The plugin configures our vendored copy first (SHIM).

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

from .problems import WriterMistake

SHIM = "assets/vendor/iframe-worker/shim.js"
ARTICLE = re.compile(r'<article class="md-content__inner md-typeset">.*</article>', re.S)
# The script calls the function side-by-side.js has set up to receive it.
ARTICLE_SCRIPT = "window.studyNotesArticle({});\n"


def add_shim(polyfills: list[str]) -> None:
    if SHIM not in polyfills:
        polyfills.append(SHIM)


def article_script(page_file: Path) -> Path:
    """Where a page's article script lives: docker/basics.html -> docker/basics.article.js."""
    return page_file.with_suffix(".article.js")


def write_article_script(output: str, where: str, page_file: Path) -> None:
    """where: the page's source as a writer sees it; page_file: the built page."""
    article = ARTICLE.search(output)
    if not article:
        raise WriterMistake(f"{where}: no <article> in the built page for side-by-side reading")
    target = article_script(page_file)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(ARTICLE_SCRIPT.format(json.dumps(article[0], ensure_ascii=False)), encoding="utf-8")
