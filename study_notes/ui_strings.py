"""Interface strings from i18n/<lang>/ui.yml, one file per language.

Templates read the running language's table as ``study_notes.ui``; scripts get
every language's ``script`` table as JSON (``study_notes.ui_scripts``),
because side-by-side reading shows the other language's column on the same
page. Every language must have the same keys: a missing one is a problem.
"""

from .problems import Problems, WriterMistake
from .structure import Site


def keys(table: dict, prefix: str = "") -> set[str]:
    found: set[str] = set()
    for key, value in table.items():
        found |= keys(value, f"{prefix}{key}.") if isinstance(value, dict) else {prefix + key}
    return found


def read_tables(site: Site, problems: Problems) -> dict[str, dict] | None:
    """Every language's table, or None once a problem is reported."""
    tables: dict[str, dict] = {}
    for language in site.languages.all:
        try:
            tables[language] = site.read_yaml(language, "ui.yml")
        except WriterMistake as mistake:
            problems.add(mistake)
    if len(tables) < len(site.languages.all):
        return None
    default, *others = site.languages.all
    complete = True
    for language in others:
        for missing, where in (
            (keys(tables[default]) - keys(tables[language]), language),
            (keys(tables[language]) - keys(tables[default]), default),
        ):
            if missing:
                problems.report(
                    f"i18n/{where}/ui.yml",
                    None,
                    f"missing {', '.join(sorted(missing))}; every language's ui.yml has the same keys",
                )
                complete = False
    return tables if complete else None


def template_facts(site: Site, tables: dict[str, dict], language: str, diagram_settings: dict) -> dict:
    """What the templates (overrides/) read as ``study_notes``."""
    return {
        "ui": tables[language],
        "ui_all": tables,  # the 404 page speaks every language
        "language_homes": {lang: site.languages.prefix(lang) for lang in tables},
        "ui_scripts": {lang: table.get("script", {}) for lang, table in tables.items()},
        "diagram_settings": diagram_settings,
        "offline": site.offline,
    }
