"""Links between pages are relative links to Markdown files in the page's own language.

MkDocs' own validation (mkdocs.yml `validation:`) already fails the build on a
link to a missing page or section. This hook adds, with the line:

- an absolute address of the site's own pages ('/glossary/', or the published
  URL spelled out): MkDocs cannot check it, and it breaks in the offline copy;
- a link from one language's pages into another's ('/en/...' or '../en/x.md'
  from a Korean page): readers change language with the language menu, and
  MkDocs would only say the English file "is not found".

MkDocs' own, vaguer line about such a link is left out (hooks/problems.py).
"""

import posixpath
import re
from pathlib import Path
from urllib.parse import urlsplit

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from languages import current_language, default_language, languages
from markdown_source import read
from problems import explained_link, report, shown

INLINE_CODE = re.compile(r"(`+).+?\1")
TARGETS = [
    re.compile(r"\]\(\s*<?([^\s)>]+)"),  # [text](target), ![alt](target)
    re.compile(r"^\s{0,3}\[(?!\^)[^\]]+\]:\s*<?([^\s>]+)"),  # [label]: target
    re.compile(r"<(https?://[^>\s]+)>"),  # <https://...>
    re.compile(r"\b(?:href|src)\s*=\s*[\"']([^\"']+)"),  # raw HTML
]


def targets(text: str) -> list[str]:
    text = INLINE_CODE.sub("", text)
    return [match.group(1) for pattern in TARGETS for match in pattern.finditer(text)]


def tree_of(path: str, config: MkDocsConfig) -> tuple[str, str]:
    """(language, rest) for an absolute site path: '/en/glossary/' -> ('en', 'glossary/')."""
    for language in languages(config):
        if language != default_language(config) and (path + "/").startswith(f"/{language}/"):
            return language, path[len(language) + 2 :]
    return default_language(config), path.lstrip("/")


def markdown_file(docs: Path, language: str, rest: str) -> str | None:
    """The Markdown file (relative to the language folder) a site path is built from."""
    rest = rest.strip("/")
    for candidate in [f"{rest}.md", f"{rest}/index.md"] if rest else ["index.md"]:
        if (docs / language / candidate).is_file():
            return candidate
    return None


def advice(page_uri: str, docs: Path, language: str, rest: str, fragment: str, config: MkDocsConfig) -> str:
    """What to write instead: the page in this language, as a relative link."""
    md = markdown_file(docs, language, rest)
    if md is None:
        return "link the page's Markdown file in this language by its relative path"
    link = posixpath.relpath(f"{language}/{md}", posixpath.dirname(page_uri))
    link += f"#{fragment}" if fragment else ""
    return f"link {shown(docs / language / md, config)} instead, as '{link}'"


def absolute(href: str, config: MkDocsConfig) -> tuple[str, str] | None:
    """(site path, what is wrong) for a link that names one of the site's pages absolutely."""
    url, site = urlsplit(href), urlsplit(config.site_url or "")
    if not url.scheme and not url.netloc and url.path.startswith("/"):
        return url.path, "is an absolute address"
    root = site.path or "/"
    if url.scheme in ("http", "https") and site.netloc == url.netloc and url.path.startswith(root):
        return "/" + url.path[len(root) :], "spells out this site's own address"
    return None


def problem(href: str, page_uri: str, language: str, docs: Path, config: MkDocsConfig) -> str | None:
    url = urlsplit(href)
    if found := absolute(href, config):
        path, what = found
        tree, rest = tree_of(path, config)
    elif url.scheme or url.netloc or not url.path:
        return None  # another site, mailto:, or a #section of this page
    else:
        resolved = posixpath.normpath(posixpath.join(posixpath.dirname(page_uri), url.path))
        tree, _, rest = resolved.partition("/")
        if tree not in languages(config):
            return None  # a shared file such as ../assets/images/x.svg
        rest, what = rest.removesuffix(".md").removesuffix("index"), ""
    instead = advice(page_uri, docs, language, rest, url.fragment, config)
    if tree != language:
        return (
            f"link '{href}' leads into {shown(docs / tree, config)}/ from a page in "
            f"{shown(docs / language, config)}/; {instead} (readers change language with the language menu)"
        )
    if what:
        return (
            f"link '{href}' {what}, which MkDocs cannot check and the offline copy cannot follow; {instead}"
        )
    return None


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    source = Path(page.file.abs_src_path)
    docs, language, where = Path(config.docs_dir), current_language(config), shown(source, config)
    for number, text in read(source).prose:
        for href in targets(text):
            if found := problem(href, page.file.src_uri, language, docs, config):
                report(where, number, found)
                explained_link(page.file.src_uri, href)
    return markdown
