"""Pages carry no scripts, load nothing from another host, and hold nothing
the page's Content-Security-Policy would refuse.

Raw HTML and attr_list pass into the page as written, so this reads each
page's rendered HTML: a <script>, an inline event handler (onerror=,
{ onclick="..." }), a javascript: address, or an image, frame, script, style
sheet or media file from another host fails the build. The site's own scripts
live in docs/assets/javascripts/ and are added by the templates. Links to
other sites (<a href>) are fine: following one is the reader's choice.

Beyond those, what a writer adds is checked against the policy the templates
alone give a published page (security.directives("")), so the rules
come from the policy itself, not from a list kept here: an element whose
directive is 'none' (<object>, <embed>, <video>, <audio>: object-src and
media-src fall back to default-src 'none'), an address its directive refuses
(a data: frame, a blob: image, a form posting to another host), and inline
styles (style="" and <style>, where style-src has no 'unsafe-inline'). Two
elements the policy cannot govern are refused too: <base> (it changes where
every relative link leads) and <meta http-equiv> (a refresh, a cookie or a
second policy from the page body).
"""

import re
from html.parser import HTMLParser
from urllib.parse import urlsplit

from .. import security as content_security
from ..problems import Problems
from ..structure import Page, Site

ADVICE = {
    "default-src": "link the file instead ([what it is](../assets/file.pdf)), or show a picture with <img>",
    "img-src": "save the image under docs/assets/ and link it by a relative path",
    "frame-src": "put the content in the page, or in a page of its own and link it",
    "form-action": "pages carry no forms that send data elsewhere; link the form's own page instead",
    "style-src": "give the element a class ({ .name } with attr_list) styled in docs/assets/stylesheets/",
}

# Attributes that make the browser fetch something as the page loads.
FETCHED = {"src", "srcset", "poster", "data", "background", "xlink:href"}
FETCHED_HREF = {"link", "image", "use", "feimage"}  # elements whose href is fetched, unlike <a>
URL_ATTRIBUTES = FETCHED | {"href", "action", "formaction", "cite"}
CSS_URL = re.compile(r"(?:url\(\s*['\"]?|@import\s+['\"])([^'\")\s]+)", re.I)
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
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
    def __init__(self, policy: dict[str, list[str]] | None = None, own_host: str = "") -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, str]] = []  # (text to look for in the Markdown, problem)
        self.in_style = False
        self.policy = policy or {}
        self.own_host = own_host
        self.open: list[str] = []  # the elements around the current one

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.in_style = tag == "style"
        if self.policy:
            self.refused_by_policy(tag, attrs)
        if tag not in VOID:
            self.open.append(tag)
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
        if tag in self.open:
            del self.open[len(self.open) - 1 - self.open[::-1].index(tag) :]

    def refused_by_policy(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """What the page's policy would refuse (the directives, not a list of elements)."""
        values = {name: value or "" for name, value in attrs}
        parent = self.open[-1] if self.open else ""
        style_directive, style = content_security.sources_of("style-src", self.policy)
        if tag == "style" and not content_security.allows_inline(style):
            self.found.append(
                (
                    "<style",
                    f"<style> element: the page's Content-Security-Policy ({style_directive} "
                    f"{' '.join(style)}) refuses inline styles, so its rules never apply; "
                    + ADVICE["style-src"],
                )
            )
        if "style" in values and not content_security.allows_inline(style):
            self.found.append(
                (
                    "style=",
                    f'style="" on <{tag}>: the page\'s Content-Security-Policy ({style_directive} '
                    f"{' '.join(style)}) refuses inline styles, so readers never see it; "
                    + ADVICE["style-src"],
                )
            )
        if tag == "base":
            self.found.append(
                (
                    "<base",
                    "<base> changes where every relative link of the page leads (and base-uri "
                    "refuses other hosts); remove it: links are relative to the page's own address",
                )
            )
            return
        if tag == "meta" and "http-equiv" in values:
            self.found.append(
                (
                    "http-equiv",
                    f'<meta http-equiv="{values["http-equiv"]}"> in a page sets a refresh, a cookie '
                    "or a second policy from the body; remove it (the templates write the head)",
                )
            )
            return
        directive = content_security.governing(tag, "", values.get("rel", ""), parent)
        if directive:
            applied, sources = content_security.sources_of(directive, self.policy)
            if sources == ["'none'"]:
                rule = f"{applied} 'none'"
                if applied != directive:
                    rule = f"{directive} falls back to {rule}"
                self.found.append(
                    (
                        f"<{tag}",
                        f"<{tag}> is refused by the page's Content-Security-Policy ({rule}), so readers see "
                        f"nothing; {ADVICE['default-src']}",
                    )
                )
                return
        for name, value in values.items():
            if name not in URL_ATTRIBUTES and name != "ping":
                continue
            if name == "href" and tag not in FETCHED_HREF and tag != "base":
                continue
            directive = content_security.governing(tag, name, values.get("rel", ""), parent)
            if not directive or not value.strip():
                continue
            applied, sources = content_security.sources_of(directive, self.policy)
            for url in candidates(name, value):
                if name in FETCHED and from_another_host(url):
                    continue  # reported above as loaded from another host
                if INVISIBLE.sub("", url).lower().startswith("javascript:"):
                    continue  # reported above
                if not content_security.allows(sources, url, self.own_host):
                    shown_url = url.strip() if len(url.strip()) <= 60 else url.strip()[:57] + "..."
                    self.found.append(
                        (
                            url.strip()[:40],
                            f"<{tag} {name}> {shown_url} is refused by the page's "
                            f"Content-Security-Policy ({applied} {' '.join(sources)}); "
                            f"{ADVICE.get(applied, 'link it instead')}",
                        )
                    )

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


def check(site: Site, page: Page, html: str, problems: Problems) -> None:
    """html: the page's final HTML, after every feature has changed it."""
    own_host = urlsplit(site.published_base).netloc
    finder = Finder(content_security.directives("", site.offline, site.serving), own_host)
    finder.feed(html)
    finder.close()
    if finder.found and page.source is not None:
        lines = page.source.read_text(encoding="utf-8-sig").splitlines()
        for needle, problem in finder.found:
            problems.report(page.where, line_of(lines, needle), problem)
