"""Interface strings from i18n/<lang>/ui.yml, one file per language.

Templates read the running language's table as ``config.extra.ui``; scripts
get every language's ``script`` table as JSON (``config.extra.ui_scripts``),
because side-by-side reading shows the other language's column on the same
page. Every language must have the same keys: a missing one fails the build.
"""

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from languages import current_language, language_root, languages, read_yaml


def keys(table: dict, prefix: str = "") -> set[str]:
    found = set()
    for key, value in table.items():
        found |= keys(value, f"{prefix}{key}.") if isinstance(value, dict) else {prefix + key}
    return found


@event_priority(-150)  # after static-i18n (-100) has chosen the build's language
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    tables = {language: read_yaml(language, "ui.yml") for language in languages(config)}
    default, *others = tables
    for language in others:
        for missing, where in (
            (keys(tables[default]) - keys(tables[language]), language),
            (keys(tables[language]) - keys(tables[default]), default),
        ):
            if missing:
                raise PluginError(
                    f"i18n/{where}/ui.yml: missing {', '.join(sorted(missing))}; "
                    f"every language's ui.yml has the same keys"
                )
    config.extra["ui"] = tables[current_language(config)]
    config.extra["ui_all"] = tables  # the 404 page speaks every language
    config.extra["language_homes"] = {language: "/" + language_root(language, config) for language in tables}
    config.extra["ui_scripts"] = {language: table.get("script", {}) for language, table in tables.items()}
    return config
