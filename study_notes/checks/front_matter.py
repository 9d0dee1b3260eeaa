"""Every page opens with valid YAML front matter that gives its description.

MkDocs drops front matter it cannot read without a word: the page then shows
the YAML as a heading and loses its description (search results, link
previews). Read from the Markdown sources once per build, every language.
"""

from pathlib import Path

import yaml

from ..problems import Problems
from ..structure import Site
from ..structure.markdown import read

EXAMPLE = "'---', 'description: One or two sentences about this page.', '---'"


def check_page(page: Path, where: str, problems: Problems) -> None:
    source = read(page)
    first = page.read_text(encoding="utf-8-sig").split("\n", 1)[0].rstrip()
    if source.front_matter is None:
        if first == "---":
            problems.report(
                where, 1, "the front matter opened here is never closed; end it with a line '---'"
            )
        else:
            problems.report(where, 1, f"the page has no front matter; start it with the lines {EXAMPLE}")
        return
    try:
        data = yaml.safe_load("\n".join(source.front_matter))
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 2 if mark else 1  # +1 for the opening '---', +1 as lines count from 1
        problems.report(
            where,
            line,
            f"the front matter is not valid YAML ({getattr(error, 'problem', None) or error}); "
            'put the value in quotes (description: "...") or fix this line',
        )
        return
    if not isinstance(data, dict):
        problems.report(where, 2, f"the front matter must be 'key: value' lines, like {EXAMPLE}")
    elif not isinstance(data.get("description"), str) or not data["description"].strip():
        problems.report(
            where, 2, "the front matter has no description; add 'description: One or two sentences.'"
        )


def check(site: Site, problems: Problems) -> None:
    for language in site.languages.all:
        for rel in site.paths(language):
            page = site.source(language, rel)
            check_page(page, site.shown(page), problems)
