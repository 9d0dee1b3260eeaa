"""Turn ```mermaid fences into diagram placeholders for our own loader.

Each fence becomes ``<div class="mermaid-diagram" data-search-exclude>`` with
the Mermaid source as its text. The class is not Material's ``mermaid``, so
Material never fetches Mermaid from its CDN; docs/assets/javascripts/
diagrams.js draws the diagram with the vendored copy instead. The
``data-search-exclude`` attribute keeps diagram source out of the search index.
"""

from typing import Any

from markdown import Markdown
from mkdocs.config.defaults import MkDocsConfig
from pymdownx.superfences import fence_div_format

DIAGRAM_CLASS = "mermaid-diagram"


def fence_diagram(
    source: str, language: str, class_name: str, options: dict, md: Markdown, **kwargs: Any
) -> str:
    kwargs["attrs"] = {**kwargs.get("attrs", {}), "data-search-exclude": ""}
    return fence_div_format(source, language, class_name, options, md, **kwargs)


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    superfences = config.mdx_configs.setdefault("pymdownx.superfences", {})
    superfences["custom_fences"] = [{"name": "mermaid", "class": DIAGRAM_CLASS, "format": fence_diagram}]
    return config
