"""Every study note says when its facts were checked, and against which versions.

A study note (a page inside a section of mkdocs.yml's nav) has `checked:` in
its front matter (see checked_line.py); the home page and the glossary may have
it too. Twins carry the same data, and every product named there is listed
under `page_history.products` in every language's i18n/<lang>/ui.yml, which
says how that language writes it. Read from the Markdown sources once per
build, every language.
"""

from pathlib import Path
from typing import cast

import yaml

from ..problems import Problems, WriterMistake
from ..structure import Site
from ..structure.checked import EXAMPLE, problem, product
from ..structure.markdown import read

MISSING = f"no 'checked:' in the front matter; say when the facts were checked, and against what: {EXAMPLE}"


def front_matter_checked(page: Path) -> tuple[object, int]:
    """(the `checked:` value or None, its line in the file); None too when the YAML is broken
    (check_front_matter.py reports that)."""
    lines = read(page).front_matter or []
    try:
        data = yaml.safe_load("\n".join(lines)) or {}
    except yaml.YAMLError:
        return None, 1
    line = next((n + 2 for n, text in enumerate(lines) if text.startswith("checked:")), 1)
    return (data.get("checked") if isinstance(data, dict) else None), line


def products_of(site: Site, language: str) -> dict[str, str]:
    """i18n/<lang>/ui.yml's page_history.products ({} if unreadable: ui_strings.py reports that)."""
    try:
        return site.read_yaml(language, "ui.yml").get("page_history", {}).get("products", {})
    except WriterMistake:
        return {}


def check(site: Site, problems: Problems) -> None:
    docs, every, shown = site.docs, site.languages.all, site.shown
    products = {lang: products_of(site, lang) for lang in every}
    notes = set(site.notes)
    for rel in site.all_paths():
        found: dict[str, tuple[dict, str, int]] = {}  # language -> (checked, where, line)
        for language in every:
            path = docs / language / rel
            if not path.is_file():
                continue  # a missing twin is check_twins.py's to report
            checked, line = front_matter_checked(path)
            where = shown(path)
            if checked is None:
                if rel in notes:
                    problems.report(where, 1, MISSING)
                continue
            if trouble := problem(checked):
                problems.report(where, line, trouble)
                continue
            checked = cast(dict, checked)  # problem() found none
            for item in checked["versions"]:
                if product(item, products[language]) is None:
                    problems.report(
                        where,
                        line,
                        f"checked.versions names '{item}', a product that i18n/{language}/ui.yml does not "
                        f"list under page_history.products; add it there for every language",
                    )
            found[language] = (checked, where, line)
        if not found:
            continue
        first, first_file, first_line = next(iter(found.values()))
        first_where = f"{first_file}:{first_line}"
        for language in every:
            path = docs / language / rel
            if path.is_file() and language not in found and rel not in notes:
                checked, _ = front_matter_checked(path)
                if checked is None:  # an optional line that only one twin has
                    problems.report(shown(path), 1, f"{MISSING}; {first_where} has one")
        for checked, where, line in found.values():
            if checked != first:
                problems.report(
                    where,
                    line,
                    f"'checked:' says {said(checked)} but {first_where} says {said(first)}; "
                    "both languages carry the same data",
                )


def said(checked: dict) -> str:
    return f"{checked['date']} {', '.join(checked['versions'])}"
