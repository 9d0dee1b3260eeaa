"""One search index per language, so readers only get pages in their language.

mkdocs-static-i18n merges both languages into /search/search_index.json, and
Material loads the index from "<config.base>/search/search_index.json". So:

- pages of a non-default language get config.base = their language root
  (e.g. /en/), which Material uses for nothing but the search index and the
  result links (Material's versioning and instant navigation are unused here);
- after the build, the merged index is split: /search/ keeps the default
  language, /<lang>/search/ gets the rest with locations relative to /<lang>/.

Chosen over filtering one merged index in the browser: each reader downloads
only their own language's index, and result counts are right without extra JS.
"""

import json
from pathlib import Path

from mkdocs.plugins import event_priority
from mkdocs.utils import get_relative_url

DEFAULT_LANGUAGE = "ko"
OTHER_LANGUAGES = ("en",)


def on_page_context(context, page, config, nav):
    language = config.theme["language"]
    if language != DEFAULT_LANGUAGE:
        context["base_url"] = get_relative_url(f"{language}/", page.url)
    return context


def split_index(site_dir: Path):
    merged_path = site_dir / "search" / "search_index.json"
    if not merged_path.is_file():
        return
    merged = json.loads(merged_path.read_text(encoding="utf-8"))
    docs_by_language = {DEFAULT_LANGUAGE: []}
    for doc in merged["docs"]:
        language = next((lang for lang in OTHER_LANGUAGES
                         if doc["location"].startswith(f"{lang}/")), DEFAULT_LANGUAGE)
        if language != DEFAULT_LANGUAGE:
            doc = {**doc, "location": doc["location"][len(language) + 1:]}
        docs_by_language.setdefault(language, []).append(doc)
    offline_copy = (site_dir / "search" / "search_index.js").is_file()
    if len(docs_by_language) == 1:
        return  # already split (this hook runs once per language build)
    for language, docs in docs_by_language.items():
        config = dict(merged["config"])
        if language != DEFAULT_LANGUAGE:
            config["lang"] = [language]
        folder = site_dir / ("" if language == DEFAULT_LANGUAGE else language) / "search"
        folder.mkdir(parents=True, exist_ok=True)
        data = json.dumps({"config": config, "docs": docs}, ensure_ascii=False, separators=(",", ":"))
        (folder / "search_index.json").write_text(data, encoding="utf-8")
        if offline_copy:
            # Material's offline plugin reads the index from a script on file:// pages.
            (folder / "search_index.js").write_text(f"var __index = {data}", encoding="utf-8")


@event_priority(-200)  # after static-i18n (-100) has written the merged index
def on_post_build(config):
    # static-i18n builds other languages into <site>/<lang>; the merged index
    # lives at the root of the default language's site_dir.
    site_dir = Path(config.site_dir)
    if site_dir.name in OTHER_LANGUAGES:
        site_dir = site_dir.parent
    split_index(site_dir)
