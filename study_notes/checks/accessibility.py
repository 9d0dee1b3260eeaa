"""What a screen-reader user (or axe, later, in the tests) would meet, caught
where the build can already see it: in the page's final HTML and its Markdown.

- an image without a text alternative: <img> (<area>, <input type=image>) without alt, or Markdown
  ![](path) (which renders alt=""). A decorative image is written on purpose:
  <img alt=""> in raw HTML, or ![](path){ .decorative } in Markdown;
- a link without text (no words, no image with alt, no aria-label or title);
- a heading that skips a level (## then ####), or a heading without text
  (`## { #id }` shows the braces as its text);
- an <iframe> without a title;
- a table without a header row (no <th> with text; code tables aside).
"""

import re
from html.parser import HTMLParser

from ..problems import Problems
from ..structure import Page, Site
from ..structure.markdown import Source, read

CODE_SPAN = re.compile(r"(`+).*?\1")
EMPTY_IMAGE = re.compile(r"!\[\s*\](?:\([^)]*\)|\[[^\]]*\])(\{[^}]*\})?")
HEADING = re.compile(r"h([1-6])")
DECORATIVE = "decorative"
# `## { #id }` renders the braces as the heading's text: attr_list needs words before them.
ONLY_ATTRIBUTES = re.compile(r"^\s*\{:?[^{}]*\}\s*$")


class Finder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[list[str], str]] = []  # (texts to look for in the Markdown, problem)
        self.link: dict | None = None  # the <a href> being read
        self.heading: dict | None = None
        self.level = 0  # the last heading's level
        self.tables: list[dict] = []
        self.skip = 0  # inside an element whose text is no one's label (headerlink ¶)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        classes = values.get("class", "").split()
        label = (values.get("aria-label") or values.get("title") or "").strip()
        if tag in ("img", "area") or (tag == "input" and values.get("type", "").lower() == "image"):
            if "alt" not in values:
                self.found.append(
                    (
                        [values.get("src", f"<{tag}"), values.get("href", f"<{tag}"), f"<{tag}"],
                        f"<{tag}> without a text alternative (alt); describe what it shows: "
                        'alt="...", or write alt="" for a decorative image',
                    )
                )
            elif values["alt"].strip():
                self.text(values["alt"])
        elif tag == "a" and "href" in values and self.link is None:
            self.link = {"href": values["href"], "text": label, "headerlink": "headerlink" in classes}
        elif HEADING.fullmatch(tag):
            self.heading = {"level": int(tag[1]), "id": values.get("id", ""), "text": label}
        elif tag == "iframe" and not values.get("title", "").strip():
            self.found.append(
                (
                    ["<iframe"],
                    '<iframe> without a title; add title="what it shows" (screen readers name a frame by it)',
                )
            )
        elif tag == "table":
            self.tables.append({"header": False, "code": "highlighttable" in classes})
        elif tag == "th" and self.tables:
            self.tables[-1]["th"] = True
        if "headerlink" in classes:
            self.skip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and self.link is not None:
            link, self.link = self.link, None
            if link["headerlink"]:
                self.skip = max(0, self.skip - 1)
            elif not link["text"].strip():
                self.found.append(
                    (
                        [f"]({link['href']}", link["href"], "[]("],
                        f"a link to {link['href']} without text (a screen reader says only 'link'); "
                        "write what it leads to: [text](address)",
                    )
                )
        elif HEADING.fullmatch(tag) and self.heading is not None:
            heading, self.heading = self.heading, None
            marks = "#" * heading["level"]
            needles = [f"#{heading['id']}", f"{marks} {heading['text'].strip()}", f"{marks} "]
            if not ONLY_ATTRIBUTES.sub("", heading["text"]).strip():
                self.found.append(
                    (
                        needles,
                        f"an empty {marks} heading; write its text (screen readers list a page's headings "
                        "to move through it)",
                    )
                )
            if self.level and heading["level"] > self.level + 1:
                self.found.append(
                    (
                        needles,
                        f"a {marks} heading right after a {'#' * self.level} heading skips a level; make it "
                        f"{'#' * (self.level + 1)} (screen readers present headings as an outline)",
                    )
                )
            self.level = heading["level"]
        elif tag == "th" and self.tables:
            self.tables[-1]["th"] = False
        elif tag == "table" and self.tables:
            table = self.tables.pop()
            if not table["header"] and not table["code"]:
                self.found.append(
                    (
                        ["<table", "|"],
                        "a table without a header row (no <th> with text); give it one: the first row of a "
                        "Markdown table, or <th> cells (screen readers read each cell with its header)",
                    )
                )

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        self.text(data)
        if self.tables and self.tables[-1].get("th") and data.strip():
            self.tables[-1]["header"] = True

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def text(self, text: str) -> None:
        if self.link is not None:
            self.link["text"] += text
        if self.heading is not None:
            self.heading["text"] += text


def markdown_problems(source: Source) -> list[tuple[int, str]]:
    """Images Markdown gives an empty alt (![](path)) unless marked { .decorative }."""
    found = []
    for number, text in source.prose:
        for image in EMPTY_IMAGE.finditer(CODE_SPAN.sub("", text)):
            if DECORATIVE not in (image.group(1) or ""):
                found.append(
                    (
                        number,
                        f"an image without a text alternative: {image.group(0)}; describe what it shows, "
                        "![what it shows](path), or mark a decorative image ![](path){ .decorative }",
                    )
                )
    return found


def line_of(lines: list[str], needles: list[str]) -> int | None:
    for needle in needles:
        if not needle:
            continue
        found = next((number for number, text in enumerate(lines, 1) if needle in text), None)
        if found:
            return found
    return None


def check(site: Site, page: Page, html: str, problems: Problems) -> None:
    """html: the page's final HTML, after every feature has changed it."""
    if page.source is None:
        return
    finder = Finder()
    finder.feed(html)
    finder.close()
    for number, problem in markdown_problems(read(page.source)):
        problems.report(page.where, number, problem)
    if finder.found:
        lines = page.source.read_text(encoding="utf-8-sig").splitlines()
        for needles, problem in finder.found:
            problems.report(page.where, line_of(lines, needles), problem)
