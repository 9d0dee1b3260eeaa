"""Give each language's search index what query understanding needs.

After hooks/search_per_language.py has split the index, this adds one table to
each language's index (``config.understanding``; Material hands the index's
``config`` to its worker untouched): the index's own vocabulary, the writer's
variants from i18n/<lang>/search.yml, and the glossary's names with the
sections they open (hooks/search_data.py compiles it). The browser side,
docs/assets/javascripts/workers/search-understanding.js, reads it in the
search worker, so pages that aren't searching download nothing more.
"""

import json
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority

from languages import ROOT, all_languages_built, language_file, language_root, languages, offline, read_yaml
from search_data import SearchSettings, compile_understanding, glossary_entries

GLOSSARY = "glossary.md"


def settings(language: str) -> SearchSettings:
    path = language_file(language, "search.yml")
    return SearchSettings(
        read_yaml(language, "search.yml"), path.relative_to(ROOT).as_posix(), path.read_text(encoding="utf-8")
    )


def add_understanding(
    folder: Path, language: str, docs_dir: Path, directory_urls: bool, script_too: bool
) -> None:
    index_path = folder / "search_index.json"
    index = json.loads(index_path.read_text(encoding="utf-8"))
    glossary = docs_dir / language / GLOSSARY
    entries = glossary_entries(glossary.read_text(encoding="utf-8")) if glossary.is_file() else []
    tooltips = language_file(language, "abbreviations.md")
    index["config"]["understanding"] = compile_understanding(
        index["docs"],
        settings(language),
        entries,
        directory_urls,
        tooltips.read_text(encoding="utf-8") if tooltips.is_file() else "",
    )
    data = json.dumps(index, ensure_ascii=False, separators=(",", ":"))
    index_path.write_text(data, encoding="utf-8")
    if script_too:
        # Material's offline plugin reads the index from a script on file:// pages.
        (folder / "search_index.js").write_text(f"var __index = {data}", encoding="utf-8")


@event_priority(-250)  # after hooks/search_per_language.py (-200) has split the index
def on_post_build(config: MkDocsConfig) -> None:
    if not all_languages_built(config):
        return
    docs_dir = Path(config.docs_dir)  # docs/, holding one folder per language
    for language in languages(config):
        folder = Path(config.site_dir) / language_root(language, config) / "search"
        add_understanding(folder, language, docs_dir, config.use_directory_urls, offline(config))
