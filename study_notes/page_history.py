"""The checked-against line of each page, in the page's language.

Hands overrides/partials/source-file.html the page's `checked:` front matter
as the page's language writes it (structure/checked.py), as the page's
``checked_line`` meta. The last-updated date next to it comes from the
git-revision-date-localized plugin (mkdocs.yml); mistakes in `checked:` are
checks/checked_line.py's to report.
"""

from .structure import Page
from .structure.checked import problem, written


def add_checked_line(page: Page, ui: dict) -> None:
    checked = page.meta.get("checked")
    if checked is not None and problem(checked) is None:
        products = ui["page_history"]["products"]
        page.meta["checked_line"] = written(checked, page.language, products)
