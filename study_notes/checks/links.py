"""Links between pages are relative links to Markdown files in the page's own language.

MkDocs' own validation (mkdocs.yml `validation:`) already fails the build on a
link to a missing page or section. This check adds, with the line:

- an absolute address of the site's own pages ('/glossary/', or the published
  URL spelled out): MkDocs cannot check it, and it breaks in the offline copy;
- a link from one language's pages into another's ('/en/...' or '../en/x.md'
  from a Korean page): readers change language with the language menu, and
  MkDocs would only say the English file "is not found".

MkDocs' own, vaguer line about such a link is left out (Problems.explain_link).
"""

import posixpath
import re
from urllib.parse import urlsplit

from ..problems import Problems
from ..structure import Page, Site
from ..structure.markdown import read

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


def tree_of(path: str, site: Site) -> tuple[str, str]:
    """(language, rest) for an absolute site path: '/en/glossary/' -> ('en', 'glossary/')."""
    language = site.languages.of_url(path + "/")
    return language, path[
        len(site.languages.prefix(language)) :
    ] if language != site.languages.default else path.lstrip("/")


def advice(page_uri: str, site: Site, language: str, rest: str, fragment: str) -> str:
    """What to write instead: the page in this language, as a relative link."""
    md = site.page_at(language, rest)
    if md is None:
        return "link the page's Markdown file in this language by its relative path"
    link = posixpath.relpath(md.relative_to(site.docs).as_posix(), posixpath.dirname(page_uri))
    link += f"#{fragment}" if fragment else ""
    return f"link {site.shown(md)} instead, as '{link}'"


def absolute(href: str, site_url: str) -> tuple[str, str] | None:
    """(site path, what is wrong) for a link that names one of the site's pages absolutely."""
    url, site = urlsplit(href), urlsplit(site_url)
    if not url.scheme and not url.netloc and url.path.startswith("/"):
        return url.path, "is an absolute address"
    root = site.path or "/"
    if url.scheme in ("http", "https") and site.netloc == url.netloc and url.path.startswith(root):
        return "/" + url.path[len(root) :], "spells out this site's own address"
    return None


def problem(href: str, page_uri: str, language: str, site: Site) -> str | None:
    url = urlsplit(href)
    if found := absolute(href, site.published_base):
        path, what = found
        tree, rest = tree_of(path, site)
    elif url.scheme or url.netloc or not url.path:
        return None  # another site, mailto:, or a #section of this page
    else:
        resolved = posixpath.normpath(posixpath.join(posixpath.dirname(page_uri), url.path))
        tree, _, rest = resolved.partition("/")
        if tree not in site.languages.all:
            return None  # a shared file such as ../assets/images/x.svg
        rest, what = rest.removesuffix(".md").removesuffix("index"), ""
    instead = advice(page_uri, site, language, rest, url.fragment)
    if tree != language:
        return (
            f"link '{href}' leads into {site.shown(site.docs / tree)}/ from a page in "
            f"{site.shown(site.docs / language)}/; {instead} (readers change language with the language menu)"
        )
    if what:
        return (
            f"link '{href}' {what}, which MkDocs cannot check and the offline copy cannot follow; {instead}"
        )
    return None


def check(site: Site, page: Page, problems: Problems) -> None:
    if page.source is None:
        return
    page_uri = f"{page.language}/{page.path}"  # as MkDocs names the file: relative to docs/
    for number, text in read(page.source).prose:
        for href in targets(text):
            if found := problem(href, page_uri, page.language, site):
                problems.report(page.where, number, found)
                problems.explain_link(page_uri, href)
