"""What a page was checked against, from its front matter, in the reader's language.

Every study note says when its facts were last checked, and against which
versions, in its front matter (its twin says the same):

    checked:
      date: 2026-12-01
      versions: [Kubernetes v1.37, kind, containerd 2.x]

This hook checks that data (a study note without it, a product the language
files do not know, twins that disagree: the build stops, naming the file) and
hands the template (overrides/partials/source-file.html) the date and the list
as the page's language writes them: Babel's long date ("2026년 12월 1일",
"December 1, 2026"), product names from i18n/<lang>/ui.yml
(``page_history.products``: "쿠버네티스 v1.37"), and the list joined the way
the language joins lists ("A, B 및 C", "A, B, and C"). A study note is a page
inside a section of mkdocs.yml's nav; the home page and the glossary may carry
the line too.
"""

import datetime
from html import escape
from pathlib import Path, PurePosixPath

from babel.dates import format_date
from babel.lists import format_list
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from mkdocs.utils.meta import get_data

from languages import ROOT, current_language, languages

EXAMPLE = "checked: {date: 2026-12-01, versions: [Kubernetes v1.37, Docker Engine 29]}"
MISSING = f"no 'checked:' in the front matter; say when the facts were checked, and against what: {EXAMPLE}"


def where(path: Path) -> str:
    """'docs/ko/docker/basics.md:3', at the line of 'checked:' (line 1 when there is none)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    line = next((n for n, text in enumerate(lines, 1) if text.startswith("checked:")), 1)
    return f"{path.relative_to(ROOT).as_posix()}:{line}"


def problem(checked: object) -> str | None:
    """What is wrong with a 'checked:' value, or None."""
    if not isinstance(checked, dict) or set(checked) != {"date", "versions"}:
        return f"'checked:' needs a date and versions, e.g. {EXAMPLE}"
    if type(checked["date"]) is not datetime.date:
        return f"checked.date must be a day written like 2026-12-01, not {checked['date']!r}"
    versions = checked["versions"]
    if not isinstance(versions, list) or not versions or not all(isinstance(v, str) and v for v in versions):
        return f"checked.versions must be a list of products with their versions, e.g. {EXAMPLE}"
    return None


def shown(checked: dict) -> str:
    return f"{checked['date']} {', '.join(checked['versions'])}"


def check_twins(src: Path, checked: dict, page: Page, config: MkDocsConfig) -> None:
    """Both languages carry the same data; a missing twin is tests/test_twins.py's business."""
    rest = PurePosixPath(page.file.src_uri).parts[1:]  # src_uri is 'ko/docker/basics.md'
    for language in languages(config):
        twin = Path(config.docs_dir, language, *rest)
        if language == current_language(config) or not twin.is_file():
            continue
        theirs = get_data(twin.read_text(encoding="utf-8"))[1].get("checked")
        if theirs is None:
            raise PluginError(f"{where(twin)}: {MISSING}; {src.relative_to(ROOT).as_posix()} has one")
        if problem(theirs) is None and theirs != checked:
            raise PluginError(
                f"{where(src)}: 'checked:' says {shown(checked)} but {twin.relative_to(ROOT).as_posix()} "
                f"says {shown(theirs)}; both languages carry the same data"
            )


def localized(item: str, products: dict[str, str], src: Path, language: str) -> str:
    """'Kubernetes v1.37' -> '쿠버네티스 v1.37': the longest product name the item starts with."""
    for name in sorted(products, key=len, reverse=True):
        if item == name or item.startswith(name + " "):
            return products[name] + item[len(name) :]
    raise PluginError(
        f"{where(src)}: checked.versions names '{item}', a product that i18n/{language}/ui.yml "
        f"does not list under page_history.products; add it there for every language"
    )


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str | None:
    src = Path(page.file.abs_src_path)
    checked = page.meta.get("checked")
    if checked is None:
        if page.parent is not None:  # inside a nav section: a study note
            raise PluginError(f"{where(src)}: {MISSING}")
        return None
    if trouble := problem(checked):
        raise PluginError(f"{where(src)}: {trouble}")
    check_twins(src, checked, page, config)

    language = current_language(config)
    products = config.extra["ui"]["page_history"]["products"]
    names = [localized(item, products, src, language) for item in checked["versions"]]
    page.meta["checked_line"] = {
        "iso": checked["date"].isoformat(),
        "date": format_date(checked["date"], "long", locale=language),
        "versions": escape(format_list(names, locale=language)),  # the template puts it into HTML
    }
    return None
