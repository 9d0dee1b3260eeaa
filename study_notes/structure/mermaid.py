"""The rough shape of a Mermaid diagram (its kind, node ids, edge count): not a hook.

Enough to tell that two twins draw the same diagram with translated labels:
flowcharts and sequence diagrams are read node by node and edge by edge; any
other kind of diagram is compared by its number of statements. Labels
("...", [...], |...|) are removed first, so only the drawing's bones are left.
"""

import re
from dataclasses import dataclass

SKIP = re.compile(r"^(?:accTitle|accDescr|title|classDef|class|style|linkStyle|click|direction)\b")
QUOTED = re.compile(r'"[^"]*"')
EDGE_LABEL = re.compile(r"\|[^|]*\|")
# Text written inside a link: A -- text --> B, A -. text .-> B, A == text ==> B.
LINK_TEXT = re.compile(r"(?<=\s)(?:--|==|-\.)\s[^\n]*?\s(--+[>ox-]|==+[>=]|\.-+>?)(?=\s)")
SHAPE = re.compile(r"\[[^\[\]]*\]|\([^()]*\)|\{[^{}]*\}")
ASYMMETRIC = re.compile(r"(?<=[\w])>[^\]]*\]")
CLASS_SUFFIX = re.compile(r":::[\w-]+")
LINK = re.compile(r"\s*(?:(?<=\s)[<ox]|<)?(?:-{2,}>?|={2,}>?|-\.+->?|~{3,})(?:[ox](?=\s))?\s*")
PARTICIPANT = re.compile(r"^(?:create\s+)?(?:participant|actor)\s+([^\s:]+)")
MESSAGE = re.compile(r"^([^\s<>:+-]+)\s*(?:<<)?-{1,2}(?:>>|>|x|\))\s*[+-]?\s*([^\s:+-]+)\s*:")


@dataclass(frozen=True)
class Shape:
    kind: str
    nodes: frozenset[str]
    edges: int  # for kinds read only roughly: the number of statements

    def describe(self) -> str:
        if self.kind in ("flowchart", "sequence"):
            return f"{len(self.nodes)} nodes and {self.edges} edges"
        return f"{self.edges} statements"


def statements(source: str) -> list[str]:
    found, in_block = [], False
    for raw in source.split("\n"):
        line = raw.split("%%", 1)[0].strip()
        if in_block:  # accDescr { ... } spans lines
            in_block = "}" not in line
            continue
        if line.startswith("accDescr") and "{" in line and "}" not in line:
            in_block = True
            continue
        if line and not SKIP.match(line):
            found += [part.strip() for part in QUOTED.sub('""', line).split(";") if part.strip()]
    return found


def shape(source: str) -> Shape:
    lines = statements(source)
    if not lines:
        return Shape("empty", frozenset(), 0)
    header, body = lines[0].split()[0], lines[1:]
    if header in ("flowchart", "graph"):
        return flowchart(body)
    if header == "sequenceDiagram":
        return sequence(body)
    return Shape(header, frozenset(), len(body))


def flowchart(lines: list[str]) -> Shape:
    nodes, edges = set(), 0
    for line in lines:
        if line == "end":
            continue
        if line.startswith("subgraph"):
            name = SHAPE.sub("", line[len("subgraph") :]).split()
            nodes.update(name[:1])
            continue
        text = EDGE_LABEL.sub("", line)
        text = LINK_TEXT.sub(lambda m: " " + m.group(1) + " ", text)
        text = ASYMMETRIC.sub("", CLASS_SUFFIX.sub("", text))
        while SHAPE.search(text):
            text = SHAPE.sub("", text)
        groups = [
            [node.strip() for node in part.split("&") if node.strip()] for part in LINK.split(" " + text)
        ]
        groups = [group for group in groups if group]
        for group in groups:
            nodes.update(group)
        edges += sum(len(a) * len(b) for a, b in zip(groups, groups[1:], strict=False))
    return Shape("flowchart", frozenset(nodes), edges)


def sequence(lines: list[str]) -> Shape:
    nodes, edges = set(), 0
    for line in lines:
        if participant := PARTICIPANT.match(line):
            nodes.add(participant.group(1))
        elif message := MESSAGE.match(line):
            nodes.update(message.groups())
            edges += 1
    return Shape("sequence", frozenset(nodes), edges)
