"""How large a stored drawing's labels are where readers see it.

Plain functions over the drawing's text, shared by the build (diagrams/inline.py
refuses a drawing under the floor), `make diagrams` and the tests. A drawing
is shown at its natural width, shrunk to the content column when wider; its
labels shrink with it.
"""

import re

WIDTH = re.compile(r'<svg\b[^>]*?\swidth="([\d.]+)"')
# The rule for the whole drawing (".diagram-flowchart-v2 { ... font-size: 16px; }"),
# which every label inherits; tooltips and titles have rules of their own.
FONT_SIZE = re.compile(r"^\.diagram-[\w-]+ \{[^}]*?font-size:\s*([\d.]+)px", re.M)
MERMAID_FONT_SIZE = 16.0


def natural_width(svg: str) -> float | None:
    match = WIDTH.search(svg)
    return float(match[1]) if match else None


def label_size(svg: str) -> float:
    """The font size the drawing's own rules give its labels, in px."""
    match = FONT_SIZE.search(svg)
    return float(match[1]) if match else MERMAID_FONT_SIZE


def size_in_column(svg: str, column: float) -> float:
    """The smallest label's size, in px, once the drawing is fitted to the column."""
    width = natural_width(svg)
    scale = min(1.0, column / width) if width else 1.0
    return label_size(svg) * scale


def too_small(svg: str, readable: dict) -> str | None:
    """What is wrong and what to do, if the labels fall under the laptop floor."""
    size = size_in_column(svg, readable["column"])
    if size >= readable["laptop"]:
        return None
    widest = label_size(svg) * readable["column"] / readable["laptop"]
    return (
        f"is {natural_width(svg):.0f} px wide, so its labels would be {size:.1f} px in the "
        f"{readable['column']} px content column (at least {readable['laptop']} px); keep it under "
        f"{widest:.0f} px: lay it out top to bottom (TB), shorten its labels or split it in two"
    )
