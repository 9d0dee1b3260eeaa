"""One search index per language, so readers only get pages in their language.

mkdocs-static-i18n merges both languages into /search/search_index.json, and
Material loads the index from "<config.base>/search/search_index.json". So:

- pages of a non-default language get config.base = their language root
  (e.g. /en/). Material derives three things from it: the search index's
  address, the search result links, and the localStorage scope of the
  reader's saved settings (palette and so on). The last is why mkdocs.yml sets
  ``extra.scope: /``: one scope for both languages, so a choice made on a
  Korean page holds on English pages too. (Versioning and instant navigation,
  which also read it, are unused here.)
- after the build, the merged index is split: /search/ keeps the default
  language, /<lang>/search/ gets the rest with locations relative to /<lang>/.

Chosen over filtering one merged index in the browser: each reader downloads
only their own language's index, and result counts are right without extra JS.
"""

import json
from pathlib import Path

from ..structure import Page, Site, relative_url


def base_url(site: Site, page: Page) -> str | None:
    """The base_url a page of a non-default language gets: its language root, relative to the page."""
    root = site.languages.root(page.language)
    return relative_url(root, page.url) if root else None


def split_index(site_dir: Path, roots: dict[str, str], script_too: bool) -> None:
    """roots: language -> its root below the site ('' for the default language)."""
    merged_path = site_dir / "search" / "search_index.json"
    merged = json.loads(merged_path.read_text(encoding="utf-8"))
    others = {language: root for language, root in roots.items() if root}
    docs_by_language: dict[str, list] = {language: [] for language in roots}
    default = next(language for language, root in roots.items() if not root)
    for doc in merged["docs"]:
        language = next((lang for lang, root in others.items() if doc["location"].startswith(root)), default)
        if language != default:
            doc = {**doc, "location": doc["location"][len(roots[language]) :]}
        docs_by_language[language].append(doc)
    for language, docs in docs_by_language.items():
        config = dict(merged["config"])
        if language != default:
            config["lang"] = [language]
        folder = site_dir / roots[language] / "search"
        folder.mkdir(parents=True, exist_ok=True)
        data = json.dumps({"config": config, "docs": docs}, ensure_ascii=False, separators=(",", ":"))
        (folder / "search_index.json").write_text(data, encoding="utf-8")
        if script_too:
            # Material's offline plugin reads the index from a script on file:// pages.
            (folder / "search_index.js").write_text(f"var __index = {data}", encoding="utf-8")


def split(site: Site, site_dir: Path) -> None:
    """After static-i18n has built every language and merged their indexes."""
    roots = {language: site.languages.root(language) for language in site.languages.all}
    split_index(site_dir, roots, script_too=site.offline)
