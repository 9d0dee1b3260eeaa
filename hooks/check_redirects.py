"""Every redirect in mkdocs.yml (extra.redirects) leaves a dead address for a live page.

hooks/redirects.py writes a small page at each old address, in every
language. If a page still lives there, the redirect would silently replace
it; if the new address has no page, readers would land on a 404.
"""

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig

from languages import all_languages_built, languages
from problems import report, shown


def page_at(docs: Path, language: str, path: str) -> Path | None:
    """The Markdown file a site path ('kubernetes/etcd/', '' for home) is built from, if any."""
    rest = path.strip("/")
    candidates = [f"{rest}/index.md", f"{rest}.md"] if rest else ["index.md"]
    return next((docs / language / c for c in candidates if (docs / language / c).is_file()), None)


def line_of(config_file: Path, key: str) -> int | None:
    for number, text in enumerate(config_file.read_text(encoding="utf-8").splitlines(), 1):
        if text.strip().strip("'\"").startswith(key.strip("/")) and ":" in text:
            return number
    return None


def on_pre_build(config: MkDocsConfig) -> None:
    if not all_languages_built(config):  # once, in the outer build: it reads every language
        return
    config_file = Path(config.config_file_path)
    where, docs = shown(config_file, config), Path(config.docs_dir)
    redirects = config.extra.get("redirects") or {}
    if not isinstance(redirects, dict):
        report(
            where, line_of(config_file, "redirects"), "extra.redirects must be 'old/path/: new/path/' lines"
        )
        return
    for old, new in redirects.items():
        line = line_of(config_file, str(old))
        if not isinstance(old, str) or not isinstance(new, str):
            report(where, line, f"extra.redirects: '{old}: {new}' must map an old path to a new path")
            continue
        for language in languages(config):
            if live := page_at(docs, language, old):
                report(
                    where,
                    line,
                    f"extra.redirects: '{old}' is still a page ({shown(live, config)}); the redirect "
                    "would replace it: remove the page, or the redirect",
                )
            if not page_at(docs, language, new):
                report(
                    where,
                    line,
                    f"extra.redirects: '{old}' points to '{new}', where {shown(docs / language, config)}/ "
                    "has no page; point it at an existing page's path",
                )
