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
from dataclasses import dataclass, field
from html import escape
from urllib.parse import urljoin, urlsplit

from .structure import Page, Site, relative_url

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


def add_print_addresses(html: str, page: Page, site: Site) -> str:
    base = site.published_base

    def edit(key: str, value: str) -> str | tuple[str, str] | None:
        if key == "data-print-href":
            return None  # recomputed below, for this page
        if key == "href" and not OUTSIDE.match(value):
            path, fragment = resolve(value, page.url)
            address = base + page_path(path) + ("#" + fragment if fragment else "")
            return value, f' data-print-href="{escape(address)}"'
        return value

    return edit_attributes(html, edit)


# --- 1. The course page -----------------------------------------------------


@dataclass
class Entry:
    """An entry of a table of contents: the sidebar's (plugin.py makes MkDocs' own of it)."""

    title: str
    id: str
    level: int
    children: list["Entry"] = field(default_factory=list)


@dataclass
class Note:
    page: Page
    sections: list[Entry]  # the note's own table of contents below its title


def note_prefix(note: Page) -> str:
    """'docker/basics.md' -> 'docker-basics': the note's anchor, and its ids' prefix."""
    return note.path.removesuffix(".md").replace("/", "-")


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
        return relative_url(path or ".", course.url) + ("#" + fragment if fragment else "")

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


def contents(notes: list[Note], title: str) -> tuple[str, Entry]:
    """The course's table of contents: in the document (for print) and for the sidebar."""
    link = Entry(title, "contents", 2)
    items = []
    for note in notes:
        prefix = note_prefix(note.page)
        entry = Entry(note.page.title or prefix, prefix, 2)
        entry.children = [Entry(s.title, f"{prefix}-{s.id}", 3) for s in note.sections]
        link.children.append(entry)
        inner = "".join(f'<li><a href="#{c.id}">{escape(c.title)}</a></li>' for c in entry.children)
        items.append(f'<li><a href="#{prefix}">{escape(entry.title)}</a><ol>{inner}</ol></li>')
    # A plain list, not a <nav>: the sidebar's table of contents is the landmark.
    html = f'<div class="course-toc"><h2 id="contents">{escape(title)}</h2><ol>{"".join(items)}</ol></div>'
    return html, link


def course_content(site: Site, course: Page, notes: list[Note], title: str) -> str:
    """The course page's HTML: its own introduction, the contents (titled `title`),
    then every note in learning order."""
    anchors = {page_path(note.page.url): note_prefix(note.page) for note in notes}
    toc_html, _ = contents(notes, title)
    parts = [course.content, toc_html]
    for note in notes:
        url = site.published_url(course.language, note.page.path)
        parts.append(
            f'<section class="course-note" data-share-url="{escape(url)}" '
            f'data-share-title="{escape(note.page.title)}" data-id-prefix="{note_prefix(note.page)}-">'
            f"{isolate(note.page, course, anchors)}</section>"
        )
    html = add_print_addresses("".join(parts), course, site)
    # Material makes scrolling code blocks focusable only at the top level of
    # the article; the notes sit inside <section>s here (axe scrollable-region-focusable).
    # (Pygments writes <pre><span></span><code>.)
    return re.sub(r"(<pre[^>]*>(?:<span></span>)?)<code(?![^>]*tabindex)", r'\1<code tabindex="0"', html)
