"""The checked-against line of each page, in the page's language.

Hands overrides/partials/source-file.html the page's `checked:` front matter
as the page's language writes it (see checked_line.py). The last-updated date
next to it comes from the git-revision-date-localized plugin (mkdocs.yml);
mistakes in `checked:` are check_checked_line.py's to report.
"""

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from checked_line import problem, written
from languages import current_language


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str | None:
    checked = page.meta.get("checked")
    if checked is not None and problem(checked) is None:
        products = config.extra["ui"]["page_history"]["products"]
        page.meta["checked_line"] = written(checked, current_language(config), products)
    return None
