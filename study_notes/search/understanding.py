"""Give each language's search index what query understanding needs.

After search/per_language.py has split the index, this adds one table to
each language's index (``config.understanding``; Material hands the index's
``config`` to its worker untouched): the index's own vocabulary, the writer's
variants from i18n/<lang>/search.yml, and the glossary's names with the
sections they open (search/data.py compiles it). The browser side,
docs/assets/javascripts/workers/search-understanding.js, reads it in the
search worker, so pages that aren't searching download nothing more.
"""

import json
from pathlib import Path

from ..structure import Site
from .data import SearchSettings, compile_understanding, glossary_entries

GLOSSARY = "glossary.md"


def settings(site: Site, language: str) -> SearchSettings:
    """i18n/<lang>/search.yml, checked (a WriterMistake names the file and line)."""
    path = site.language_file(language, "search.yml")
    return SearchSettings(
        site.read_yaml(language, "search.yml"), site.shown(path), path.read_text(encoding="utf-8")
    )


def add_understanding(site: Site, site_dir: Path, language: str) -> None:
    folder = site_dir / site.languages.root(language) / "search"
    index_path = folder / "search_index.json"
    index = json.loads(index_path.read_text(encoding="utf-8"))
    glossary = site.source(language, GLOSSARY)
    entries = glossary_entries(glossary.read_text(encoding="utf-8")) if glossary.is_file() else []
    tooltips = site.language_file(language, "abbreviations.md")
    index["config"]["understanding"] = compile_understanding(
        index["docs"],
        settings(site, language),
        entries,
        site.directory_urls,
        tooltips.read_text(encoding="utf-8") if tooltips.is_file() else "",
    )
    data = json.dumps(index, ensure_ascii=False, separators=(",", ":"))
    index_path.write_text(data, encoding="utf-8")
    if site.offline:
        # Material's offline plugin reads the index from a script on file:// pages.
        (folder / "search_index.js").write_text(f"var __index = {data}", encoding="utf-8")
