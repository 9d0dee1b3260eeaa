"""Every page has a twin in every language, with the same sections.

Twins share their section ids (so /x/#etcd and /en/x/#etcd are the same
section and the language menu keeps the reader's place), in the same order, at
the same heading levels; definition-list terms with an { #id } (the glossary's)
count as sections too. Every heading below the title has an explicit, readable
English id. Read from the Markdown sources once per build, every language at
once, so each message can name the file and line of both twins.
"""

import re
from difflib import SequenceMatcher

from ..problems import Problems
from ..structure import Site
from ..structure.markdown import Anchor, read

READABLE_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def kind_name(kind: str) -> str:
    return "a definition-list term" if kind == "term" else f"a {kind} heading"


def slug(text: str) -> str | None:
    words = re.findall(r"[a-z0-9]+", text.lower())
    return "-".join(words) if words and text.isascii() else None


def check_page(page: str, anchors: list[Anchor], twin: list[Anchor] | None, problems: Problems) -> None:
    """Ids on one page: present on every heading, readable, and used once."""
    headings, twin_headings = [a for a in anchors if a.kind != "#"], [a for a in twin or [] if a.kind != "#"]
    seen: dict[str, int] = {}
    for index, anchor in enumerate(headings):
        if anchor.id is None:
            other = twin_headings[index] if len(twin_headings) == len(headings) else None
            suggestion = (other and (other.id or slug(other.text))) or slug(anchor.text) or "english-words"
            problems.report(
                page,
                anchor.line,
                f"heading '{anchor.kind} {anchor.text}' has no id; end it with the English id its twin "
                f"shares, e.g. '{anchor.kind} {anchor.text} {{ #{suggestion} }}'",
            )
        elif not READABLE_ID.match(anchor.id):
            problems.report(
                page,
                anchor.line,
                f"id '#{anchor.id}' is not a readable English id; use lowercase English words "
                "joined by '-', e.g. { #api-server }",
            )
        elif anchor.id in seen:
            problems.report(
                page,
                anchor.line,
                f"id '#{anchor.id}' is already used on line {seen[anchor.id]}; give each section its own id",
            )
        else:
            seen[anchor.id] = anchor.line


def compare(a_page: str, a: list[Anchor], b_page: str, b: list[Anchor], problems: Problems) -> None:
    """Say which twin lacks which section, or where order or level differ."""
    a = [x for x in a if x.id and x.kind != "#"]
    b = [x for x in b if x.id and x.kind != "#"]
    a_ids, b_ids = [x.id or "" for x in a], [x.id or "" for x in b]
    only_a, only_b = set(a_ids) - set(b_ids), set(b_ids) - set(a_ids)
    renamed_ids: set[str] = set()
    for tag, i1, i2, j1, j2 in SequenceMatcher(a=a_ids, b=b_ids, autojunk=False).get_opcodes():
        renamed = tag == "replace" and i2 - i1 == j2 - j1
        if renamed and set(a_ids[i1:i2]) <= only_a and set(b_ids[j1:j2]) <= only_b:
            for x, y in zip(a[i1:i2], b[j1:j2], strict=True):
                problems.report(
                    b_page,
                    y.line,
                    f"section id '#{y.id}' differs from '#{x.id}' of its twin {a_page}:{x.line}; "
                    "give both the same { #id }",
                )
                renamed_ids |= {x.id or "", y.id or ""}
    only_a, only_b = only_a - renamed_ids, only_b - renamed_ids
    for lacking, here, theirs, mine, only in ((b_page, a, a_page, b, only_a), (a_page, b, b_page, a, only_b)):
        mine_lines = {x.id: x.line for x in mine}
        for index, x in enumerate(here):
            if x.id not in only:
                continue
            before = next((y.id for y in reversed(here[:index]) if y.id in mine_lines), None)
            where = f"after '#{before}' (line {mine_lines[before]})" if before else "before its first section"
            problems.report(
                lacking,
                None,
                f"lacks the section '#{x.id}' ({kind_name(x.kind)} at {theirs}:{x.line}); "
                f"add it to {lacking}, {where}",
            )
    common_a = [x for x in a if x.id not in only_a | renamed_ids]
    common_b = [y for y in b if y.id not in only_b | renamed_ids]
    for x, y in zip(common_a, common_b, strict=False):
        if x.id != y.id:
            problems.report(
                b_page,
                y.line,
                f"section '#{y.id}' comes where its twin {a_page}:{x.line} has '#{x.id}'; "
                f"put the sections in the same order as {a_page}",
            )
            break
    levels = {x.id: x for x in a}
    for y in b:
        twin = levels.get(y.id)
        if twin and twin.kind != y.kind:
            problems.report(
                b_page,
                y.line,
                f"'#{y.id}' is {kind_name(y.kind)} here but {kind_name(twin.kind)} in {a_page}:{twin.line}; "
                "give both the same level",
            )


def check(site: Site, problems: Problems) -> None:
    langs, docs, shown = site.languages.all, site.docs, site.shown
    pages = {lang: set(site.paths(lang)) for lang in langs}
    for lang in langs:
        for other in langs:
            for rel in sorted(pages[lang] - pages[other]) if other != lang else ():
                problems.report(
                    shown(docs / lang / rel),
                    None,
                    f"has no twin in {shown(docs / other)}/; write "
                    f"{shown(docs / other / rel)} (same path, same section ids in the same order)",
                )
    default, *others = langs
    for rel in sorted(set.intersection(*pages.values())):
        anchors = {lang: read(docs / lang / rel).anchors for lang in langs}
        for lang in langs:
            twin = anchors[others[0] if lang == default else default] if others else None
            check_page(shown(docs / lang / rel), anchors[lang], twin, problems)
        for other in others:
            compare(
                shown(docs / default / rel),
                anchors[default],
                shown(docs / other / rel),
                anchors[other],
                problems,
            )
