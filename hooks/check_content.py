"""Pages carry no scripts and load nothing from another host.

Raw HTML and attr_list pass into the page as written, so this reads each
page's rendered HTML: a <script>, an inline event handler (onerror=,
{ onclick="..." }), a javascript: address, or an image, frame, script, style
sheet or media file from another host fails the build. The site's own scripts
live in docs/assets/javascripts/ and are added by the templates. Links to
other sites (<a href>) are fine: following one is the reader's choice.
"""

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from problems import report, shown

# Attributes that make the browser fetch something as the page loads.
FETCHED = {"src", "srcset", "poster", "data", "background", "xlink:href"}
FETCHED_HREF = {"link", "image", "use", "feimage"}  # elements whose href is fetched, unlike <a>
URL_ATTRIBUTES = FETCHED | {"href", "action", "formaction", "cite"}
CSS_URL = re.compile(r"(?:url\(\s*['\"]?|@import\s+['\"])([^'\")\s]+)", re.I)
INVISIBLE = re.compile(r"[\x00-\x20]+")  # browsers ignore them inside a scheme: "java\tscript:"


def from_another_host(url: str) -> bool:
    parts = urlsplit(url.strip())
    return bool(parts.netloc) or parts.scheme in ("http", "https", "ftp")


def candidates(attribute: str, value: str) -> list[str]:
    """The addresses in an attribute: srcset lists several ("a.png 1x, b.png 2x")."""
    if attribute != "srcset":
        return [value]
    return [part.split()[0] for part in value.split(",") if part.strip()]


class Finder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, str]] = []  # (text to look for in the Markdown, problem)
        self.in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.in_style = tag == "style"
        if tag == "script":
            self.found.append(
                (
                    "<script",
                    "raw <script> in the page; pages carry no scripts (the site's own live in "
                    "docs/assets/javascripts/ and the templates add them)",
                )
            )
        for name, value in attrs:
            value = value or ""
            if name.startswith("on"):
                self.found.append(
                    (name, f"inline event handler {name}= on <{tag}>; remove it (pages carry no scripts)")
                )
            elif name in URL_ATTRIBUTES and INVISIBLE.sub("", value).lower().startswith("javascript:"):
                self.found.append(
                    ("javascript:", f"a javascript: address in <{tag} {name}>; link a page or a file instead")
                )
            elif (name in FETCHED or (name == "href" and tag in FETCHED_HREF)) and any(
                from_another_host(url) for url in candidates(name, value)
            ):
                self.outside(tag, value)
            elif name == "style":
                self.css(tag, value)

    def handle_endtag(self, tag: str) -> None:
        self.in_style = False

    def handle_data(self, data: str) -> None:
        if self.in_style:
            self.css("style", data)

    def css(self, tag: str, text: str) -> None:
        for url in CSS_URL.findall(text):
            if from_another_host(url):
                self.outside(tag, url)

    def outside(self, tag: str, url: str) -> None:
        host = urlsplit(url.strip()).netloc or url
        self.found.append(
            (
                host,
                f"<{tag}> loads {url.strip()} from another host; save the file under docs/assets/ and "
                "link it by a relative path (pages load nothing from other hosts)",
            )
        )


def line_of(lines: list[str], needle: str) -> int | None:
    needle = needle.lower()
    return next((number for number, text in enumerate(lines, 1) if needle in text.lower()), None)


@event_priority(-100)  # the page's final HTML, after other hooks have changed it
def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    finder = Finder()
    finder.feed(html)
    finder.close()
    if finder.found:
        source = Path(page.file.abs_src_path)
        lines = source.read_text(encoding="utf-8-sig").splitlines()
        for needle, problem in finder.found:
            report(shown(source, config), line_of(lines, needle), problem)
    return html
