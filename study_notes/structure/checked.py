"""A page's `checked:` front matter, and how each language writes it: not a hook itself.

    checked:
      date: 2026-12-01
      versions: [Kubernetes v1.37, kind, containerd 2.x]

The day the page's facts were last checked and what they were checked against,
the same in every language. checks/checked_line.py reports what is wrong
with it; page_history.py writes it in the page's language for
overrides/partials/source-file.html: Babel's long date ("2026년 12월 1일",
"December 1, 2026"), each product as i18n/<lang>/ui.yml `page_history.products`
names it ("쿠버네티스 v1.37"), the list joined as the language joins lists
("A, B 및 C", "A, B, and C").
"""

import datetime
from html import escape

from babel.dates import format_date
from babel.lists import format_list

EXAMPLE = "checked: {date: 2026-12-01, versions: [Kubernetes v1.37, Docker Engine 29]}"


def problem(checked: object) -> str | None:
    """What is wrong with a `checked:` value, or None."""
    if not isinstance(checked, dict) or set(checked) != {"date", "versions"}:
        return f"'checked:' needs a date and versions, e.g. {EXAMPLE}"
    if type(checked["date"]) is not datetime.date:
        return f"checked.date must be a day written like 2026-12-01, not {checked['date']!r}"
    versions = checked["versions"]
    if not isinstance(versions, list) or not versions or not all(isinstance(v, str) and v for v in versions):
        return f"checked.versions must be a list of products with their versions, e.g. {EXAMPLE}"
    return None


def product(item: str, products: dict[str, str]) -> str | None:
    """The product 'Kubernetes v1.37' names: the longest listed name it starts with."""
    names = [name for name in products if item == name or item.startswith(name + " ")]
    return max(names, key=len) if names else None


def written(checked: dict, language: str, products: dict[str, str]) -> dict[str, str]:
    """What the template shows: the date (ISO and in words) and the version list, as HTML text."""
    names = []
    for item in checked["versions"]:
        name = product(item, products) or ""  # an unknown product stays as written (the check reports it)
        names.append(products.get(name, name) + item[len(name) :])
    return {
        "iso": checked["date"].isoformat(),
        "date": format_date(checked["date"], "long", locale=language),
        "versions": escape(format_list(names, locale=language)),
    }
