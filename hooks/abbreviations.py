"""Append the page language's glossary abbreviations to every page.

pymdownx.snippets' ``auto_append`` takes one list for the whole site, but the
tooltips must speak the page's language, so this hook picks
``includes/<lang>/abbreviations.md`` for the language being built.
"""

from pathlib import Path

INCLUDES = Path(__file__).resolve().parent.parent / "includes"


def on_page_markdown(markdown, page, config, files):
    language = config.theme["language"]
    abbreviations = INCLUDES / language / "abbreviations.md"
    if not abbreviations.is_file():
        raise FileNotFoundError(
            f"{abbreviations}: missing tooltip definitions for language '{language}'"
        )
    return markdown + "\n\n" + abbreviations.read_text(encoding="utf-8")
