"""Checks of the writer's input: plain functions over the site model, in one registry.

Each reports every problem it finds to the one list (problems.py) as a line
"docs/ko/x.md:12: what is wrong; what to do", and carries on. A check belongs
to the moment it can see what it checks; plugin.py runs each list there:

- FILES: before anything reads a writer's file (its bytes);
- SOURCES: once per build, over every language's Markdown and writer data;
- NAVIGATION: in each language's build, over the pages no navigation reaches;
- PAGE_MARKDOWN: each page's Markdown source;
- PAGE_HTML: each page's final HTML, after every feature has changed it.

Adding a check (CONTRIBUTING.md, "Add a check"): write the function in a
module here, add it to its moment's list below, and add a case under
tests/bad_input/ that fails without it.
"""

from collections.abc import Callable

from ..problems import Problems
from ..structure import Page, Site
from . import (
    abbreviations,
    accessibility,
    checked_line,
    content,
    diagram_twins,
    encoding,
    front_matter,
    links,
    navigation,
    redirects,
    twins,
)

FILES: list[Callable[[Site, Problems], None]] = [encoding.check]

SOURCES: list[Callable[[Site, Problems], None]] = [
    twins.check,
    diagram_twins.check,
    abbreviations.check,
    front_matter.check,
    checked_line.check,
    redirects.check,
]

NAVIGATION: list[Callable[[Site, str, list[str], Problems], None]] = [navigation.check]

PAGE_MARKDOWN: list[Callable[[Site, Page, Problems], None]] = [links.check]

PAGE_HTML: list[Callable[[Site, Page, str, Problems], None]] = [content.check, accessibility.check]
