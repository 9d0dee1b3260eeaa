"""Every page opens with valid YAML front matter that gives its description.

MkDocs drops front matter it cannot read without a word: the page then shows
the YAML as a heading and loses its description (search results, link
previews). Read from the Markdown sources once per build, every language.
"""

from pathlib import Path

import yaml
from mkdocs.config.defaults import MkDocsConfig

from languages import all_languages_built, languages
from markdown_source import read
from problems import report, shown

EXAMPLE = "'---', 'description: One or two sentences about this page.', '---'"


def check_page(page: Path, where: str) -> None:
    source = read(page)
    first = page.read_text(encoding="utf-8-sig").split("\n", 1)[0].rstrip()
    if source.front_matter is None:
        if first == "---":
            report(where, 1, "the front matter opened here is never closed; end it with a line '---'")
        else:
            report(where, 1, f"the page has no front matter; start it with the lines {EXAMPLE}")
        return
    try:
        data = yaml.safe_load("\n".join(source.front_matter))
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 2 if mark else 1  # +1 for the opening '---', +1 as lines count from 1
        report(
            where,
            line,
            f"the front matter is not valid YAML ({getattr(error, 'problem', None) or error}); "
            'put the value in quotes (description: "...") or fix this line',
        )
        return
    if not isinstance(data, dict):
        report(where, 2, f"the front matter must be 'key: value' lines, like {EXAMPLE}")
    elif not isinstance(data.get("description"), str) or not data["description"].strip():
        report(where, 2, "the front matter has no description; add 'description: One or two sentences.'")


def on_pre_build(config: MkDocsConfig) -> None:
    if not all_languages_built(config):  # once, in the outer build: it reads every language
        return
    docs = Path(config.docs_dir)
    for language in languages(config):
        for page in sorted((docs / language).rglob("*.md")):
            check_page(page, shown(page, config))
