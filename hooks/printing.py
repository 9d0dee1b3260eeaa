"""Pages that print well, and one page that prints the whole course.

1. The course page (front matter ``course: true``, docs/<lang>/course.md):
   after its own introduction it holds a table of contents and every study
   note in learning order (the nav's order), as one document. Each note's
   headings move one level down, its ids (and everything that points at
   them: links, labels, tab names, SVG references and styles) get the note's
   prefix, so they stay unique; links between notes become links inside the
   document; self-check answers are open. Notes keep their own published
   address for "copy link" (data-share-url, section-links.js).
2. Every page: links to other pages of the site carry their published
   address (data-print-href), which the print stylesheet writes after the
   link text, as it does for links to other sites.
"""

import re
from html import escape
from typing import Any
from urllib.parse import urljoin, urlsplit

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import AnchorLink, TableOfContents
from mkdocs.utils import get_relative_url

from languages import current_language, published_url, source_path, study_notes

TAG = re.compile(r"<([a-zA-Z][\w:-]*)(\s[^>]*?)?(/?)>")
ATTRIBUTE = re.compile(r'(\s)([\w:-]+)="([^"]*)"')
ID = re.compile(r'\sid="([^"]+)"')
STYLE = re.compile(r"(<style[^>]*>)(.*?)(</style>)", re.S)
ID_SELECTOR = re.compile(r"#([\w-]+)")
URL_REFERENCE = re.compile(r"url\(#([^)]+)\)")
HEADING = re.compile(r"<(/?)h([1-5])(?=[\s>])")
FIRST_H1_ID = re.compile(r'<h1 id="([^"]+)"')
REFERENCES = ("aria-labelledby", "aria-describedby", "aria-controls", "aria-owns")
OUTSIDE = re.compile(r"^(?:[a-zA-Z][a-zA-Z0-9+.-]*:|//|#)")
LOCAL = "http://site.invalid/"  # a base for resolving relative links between pages


def edit_attributes(html: str, edit) -> str:
    """Rewrite every start tag's attributes: edit(name, value) returns the new
    value, None to drop the attribute, or a (value, extra attributes) pair."""

    def tag(match: re.Match) -> str:
        name, attributes, closing = match.groups()
        if not attributes:
            return match[0]

        def attribute(found: re.Match) -> str:
            space, key, value = found.groups()
            value = edit(key, value)
            if value is None:
                return ""
            value, extra = value if isinstance(value, tuple) else (value, "")
            return f'{space}{key}="{value}"{extra}'

        return f"<{name}{ATTRIBUTE.sub(attribute, attributes)}{closing}>"

    return TAG.sub(tag, html)


def page_path(url: str) -> str:
    """A page's address in directory form, also for the offline copy's file names."""
    path = url.removesuffix("index.html")
    return path.removesuffix(".html") + "/" if path.endswith(".html") else path


def resolve(href: str, page_url: str) -> tuple[str, str]:
    """(target path from the site root, fragment) of a relative link on the page at page_url."""
    parts = urlsplit(urljoin(LOCAL + page_url, href.replace("&amp;", "&")))
    return parts.path.lstrip("/"), parts.fragment


# --- 2. Published addresses for links between pages -------------------------


def add_print_addresses(html: str, page: Page, config: MkDocsConfig) -> str:
    base = (config.extra.get("published_url") or config.site_url or "/").rstrip("/") + "/"

    def edit(key: str, value: str) -> str | tuple[str, str] | None:
        if key == "data-print-href":
            return None  # recomputed below, for this page
        if key == "href" and not OUTSIDE.match(value):
            path, fragment = resolve(value, page.url)
            address = base + page_path(path) + ("#" + fragment if fragment else "")
            return value, f' data-print-href="{escape(address)}"'
        return value

    return edit_attributes(html, edit)


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    return add_print_addresses(html, page, config)


# --- 1. The course page -----------------------------------------------------


def note_prefix(note: Page) -> str:
    """'docker/basics.md' -> 'docker-basics': the note's anchor, and its ids' prefix."""
    return source_path(note).removesuffix(".md").replace("/", "-")


def isolate(note: Page, course: Page, anchors: dict[str, str]) -> str:
    """The note's content, ready to stand inside the course page."""
    prefix = note_prefix(note)
    html = note.content or ""
    ids = set(ID.findall(html))
    rename = {found: f"{prefix}-{found}" for found in ids}
    first = FIRST_H1_ID.search(html)
    if first:
        rename[first[1]] = prefix  # the note's title: its anchor in the course

    def link(value: str) -> str:
        if value.startswith("#"):
            return "#" + rename.get(value[1:], value[1:])
        if OUTSIDE.match(value):
            return value
        path, fragment = resolve(value, note.url)
        if page_path(path) in anchors:  # another note: a link inside the course
            target = anchors[page_path(path)]
            return f"#{target}-{fragment}" if fragment else f"#{target}"
        return get_relative_url(path or ".", course.url) + ("#" + fragment if fragment else "")

    def edit(key: str, value: str) -> str | None:
        if key in ("id", "for"):
            return rename.get(value, value)
        if key == "name" and value.startswith("__tabbed_"):
            return f"{prefix}-{value}"
        if key in REFERENCES:
            return " ".join(rename.get(part, part) for part in value.split())
        if key in ("href", "xlink:href", "src"):
            return link(value)
        if key == "data-print-href":
            return None
        return URL_REFERENCE.sub(lambda m: f"url(#{rename.get(m[1], m[1])})", value)

    html = edit_attributes(html, edit)
    html = STYLE.sub(
        lambda m: m[1] + ID_SELECTOR.sub(lambda s: "#" + rename.get(s[1], s[1]), m[2]) + m[3], html
    )
    html = HEADING.sub(lambda m: f"<{m[1]}h{int(m[2]) + 1}", html)
    return html.replace('<details class="question">', '<details class="question" open>')


def contents(notes: list[Page], title: str) -> tuple[str, AnchorLink]:
    """The course's table of contents: in the document (for print) and for the sidebar."""
    link = AnchorLink(title, "contents", 2)
    items = []
    for note in notes:
        prefix = note_prefix(note)
        entry = AnchorLink(note.title or prefix, prefix, 2)
        sections = note.toc.items[0].children if note.toc.items else []
        entry.children = [AnchorLink(s.title, f"{prefix}-{s.id}", 3) for s in sections]
        link.children.append(entry)
        inner = "".join(f'<li><a href="#{c.id}">{escape(c.title)}</a></li>' for c in entry.children)
        items.append(f'<li><a href="#{prefix}">{escape(entry.title)}</a><ol>{inner}</ol></li>')
    # A plain list, not a <nav>: the sidebar's table of contents is the landmark.
    html = f'<div class="course-toc"><h2 id="contents">{escape(title)}</h2><ol>{"".join(items)}</ol></div>'
    return html, link


def on_page_context(context: dict[str, Any], page: Page, config: MkDocsConfig, nav: Navigation) -> dict:
    if not page.meta.get("course"):
        return context
    notes = study_notes(nav)
    anchors = {page_path(note.url): note_prefix(note) for note in notes}
    toc_html, toc_link = contents(notes, config.extra["ui"]["course_contents"])
    language = current_language(config)
    parts = [page.content or "", toc_html]
    for note in notes:
        url = published_url(config, language, source_path(note))
        parts.append(
            f'<section class="course-note" data-share-url="{escape(url)}" '
            f'data-share-title="{escape(note.title or "")}" data-id-prefix="{note_prefix(note)}-">'
            f"{isolate(note, page, anchors)}</section>"
        )
    page.content = add_print_addresses("".join(parts), page, config)
    # Material makes scrolling code blocks focusable only at the top level of
    # the article; the notes sit inside <section>s here (axe scrollable-region-focusable).
    # (Pygments writes <pre><span></span><code>.)
    page.content = re.sub(
        r"(<pre[^>]*>(?:<span></span>)?)<code(?![^>]*tabindex)", r'\1<code tabindex="0"', page.content
    )
    top = page.toc.items[0] if page.toc.items else AnchorLink(page.title or "", "", 1)
    top.children = [*top.children, toc_link]
    page.toc = TableOfContents([top])
    return context
