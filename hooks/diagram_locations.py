"""Tell each diagram placeholder where its Mermaid source was written.

A diagram Mermaid cannot draw is found in the browser only; with these data
attributes docs/assets/javascripts/diagrams.js names the Markdown file and
line in its error ("docs/ko/x.md:31"), not just the page address.
"""

import re
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from markdown_source import read
from problems import shown

PLACEHOLDER = re.compile(r'<div class="mermaid-diagram"')


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    source = Path(page.file.abs_src_path)
    fences = read(source).diagrams()
    if len(PLACEHOLDER.findall(html)) != len(fences):
        return html  # not the placeholders of hooks/diagrams.py: nothing to label
    where = iter(fences)
    file = shown(source, config)
    return PLACEHOLDER.sub(
        lambda m: f'{m.group(0)} data-source-file="{file}" data-source-line="{next(where).line}"', html
    )
