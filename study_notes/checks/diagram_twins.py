"""Twins draw the same diagrams: as many, in the same order, of the same shape.

The labels are translated; the drawing is not. Each ```mermaid fence is
compared with the one at the same place in the twin by kind, number of nodes
and number of edges (structure/mermaid.py reads them roughly). Read from the
Markdown sources once per build, every language at once.
"""

from ..problems import Problems
from ..structure import Site
from ..structure.markdown import Fence, read
from ..structure.mermaid import shape

# Name the nodes found in one twin only when there are few: more means the ids
# were renamed, and the counts say enough.
FEW = 4


def diagrams(count: int) -> str:
    return f"{count} diagram" + ("" if count == 1 else "s")


def compare(a_page: str, a: list[Fence], b_page: str, b: list[Fence], problems: Problems) -> None:
    if len(a) != len(b):
        (short_page, short), (long_page, long) = sorted(((a_page, a), (b_page, b)), key=lambda p: len(p[1]))
        first = long[len(short)]
        problems.report(
            short_page,
            None,
            f"has {diagrams(len(short))} where {long_page} has {diagrams(len(long))}: diagram "
            f"{len(short) + 1} ({long_page}:{first.line}) has no twin here; keep the same diagrams, "
            "in the same order, in both languages",
        )
        return
    for number, (x, y) in enumerate(zip(a, b, strict=True), 1):
        one, other = shape(x.source), shape(y.source)
        if one.kind != other.kind:
            problems.report(
                b_page,
                y.line,
                f"diagram {number} is a {other.kind} diagram, its twin {a_page}:{x.line} a {one.kind} "
                "diagram; draw the same diagram in both languages (only the labels are translated)",
            )
        elif (len(one.nodes), one.edges) != (len(other.nodes), other.edges):
            differ = sorted(one.nodes ^ other.nodes)
            named = f" (nodes in one twin only: {', '.join(differ)})" if 0 < len(differ) <= FEW else ""
            problems.report(
                b_page,
                y.line,
                f"diagram {number} has {other.describe()}, its twin {a_page}:{x.line} has "
                f"{one.describe()}{named}; draw the same diagram in both languages "
                "(only the labels are translated)",
            )


def check(site: Site, problems: Problems) -> None:
    default = site.languages.default
    for rel in site.paths(default):
        md = site.source(default, rel)
        for other in site.languages.others:
            twin = site.source(other, rel)
            if twin.is_file():  # a missing twin is checks/twins.py's to report
                a, b = read(md).diagrams(), read(twin).diagrams()
                compare(site.shown(md), a, site.shown(twin), b, problems)
