"""Every study note says when its facts were checked, and against which versions.

A study note (a page inside a section of mkdocs.yml's nav) has `checked:` in
its front matter (see checked_line.py); the home page and the glossary may have
it too. Twins carry the same data, and every product named there is listed
under `page_history.products` in every language's i18n/<lang>/ui.yml, which
says how that language writes it. Read from the Markdown sources once per
build, every language.
"""

from pathlib import Path

import yaml
from mkdocs.config.defaults import MkDocsConfig

from checked_line import EXAMPLE, problem, product
from languages import all_languages_built, languages, read_yaml
from markdown_source import read
from problems import report, shown

MISSING = f"no 'checked:' in the front matter; say when the facts were checked, and against what: {EXAMPLE}"


def study_notes(nav: list) -> set[str]:
    """The nav's pages inside a section ('docker/basics.md'), relative to a language's folder."""
    found = set()
    for item in nav or []:
        section = next(iter(item.values())) if isinstance(item, dict) else None
        if isinstance(section, list):
            for entry in section:
                value = next(iter(entry.values())) if isinstance(entry, dict) else entry
                found |= {value} if isinstance(value, str) else study_notes([entry])
    return found


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


def on_pre_build(config: MkDocsConfig) -> None:
    if not all_languages_built(config):  # once, in the outer build: it reads every language
        return
    docs, every = Path(config.docs_dir), languages(config)
    products = {lang: read_yaml(lang, "ui.yml").get("page_history", {}).get("products", {}) for lang in every}
    notes = study_notes(config.nav)
    pages = {p.relative_to(docs / lang).as_posix() for lang in every for p in (docs / lang).rglob("*.md")}
    for rel in sorted(pages):
        found = {}  # language -> (checked, where, line)
        for language in every:
            path = docs / language / rel
            if not path.is_file():
                continue  # a missing twin is check_twins.py's to report
            checked, line = front_matter_checked(path)
            where = shown(path, config)
            if checked is None:
                if rel in notes:
                    report(where, 1, MISSING)
                continue
            if trouble := problem(checked):
                report(where, line, trouble)
                continue
            for item in checked["versions"]:
                if product(item, products[language]) is None:
                    report(
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
                    report(shown(path, config), 1, f"{MISSING}; {first_where} has one")
        for checked, where, line in found.values():
            if checked != first:
                report(
                    where,
                    line,
                    f"'checked:' says {said(checked)} but {first_where} says {said(first)}; "
                    "both languages carry the same data",
                )


def said(checked: dict) -> str:
    return f"{checked['date']} {', '.join(checked['versions'])}"
