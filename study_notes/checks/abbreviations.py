"""The glossary tooltips (i18n/<lang>/abbreviations.md) are well formed and in step.

Every line of the file is appended to every page of its language
(abbreviations.py), so each non-blank line must be an entry,
`*[term]: definition`: anything else would swallow the next entry or show up
in the page. The languages' files pair up line by line: the n-th entry of each
explains the same term. Terms are usually spelled the same in every language
(etcd, kubelet); a term spelled differently in one language is allowed at the
same position, as long as neither spelling appears elsewhere in the other file.
"""

import re

from ..problems import Problems
from ..structure import Site

ENTRY = re.compile(r"^\*\[([^\]\\]+)\]:[ \t]*(.*)$")
NAME = "abbreviations.md"


def entries(site: Site, language: str, problems: Problems) -> list[tuple[str, int]] | None:
    """(term, line) for every entry, or None once a problem is reported for a line."""
    path = site.language_file(language, NAME)
    where = site.shown(path)
    found: list[tuple[str, int]] = []
    well_formed = True
    lines: dict[str, int] = {}
    for number, text in enumerate(path.read_text(encoding="utf-8-sig").splitlines(), 1):
        if not text.strip():
            continue
        entry = ENTRY.match(text)
        if not entry:
            why = "its term is not closed by ']:'" if text.startswith("*[") else "it does not start with '*['"
            problems.report(
                where, number, f"'{text[:30]}...' is not an entry ({why}); write '*[term]: definition'"
            )
            well_formed = False
        elif not entry.group(2).strip():
            problems.report(where, number, f"'{entry.group(1)}' has no definition; write it after the colon")
            well_formed = False
        elif entry.group(1) in lines:
            problems.report(
                where,
                number,
                f"'{entry.group(1)}' is defined again (first on line {lines[entry.group(1)]}); "
                "keep one entry",
            )
            well_formed = False
        else:
            lines[entry.group(1)] = number
            found.append((entry.group(1), number))
    return found if well_formed else None


def compare(
    a_where: str, a: list[tuple[str, int]], b_where: str, b: list[tuple[str, int]], problems: Problems
) -> None:
    a_terms, b_terms = {term for term, _ in a}, {term for term, _ in b}
    if len(a) != len(b):
        for here, mine, theirs_where, theirs in (
            (a_where, a, b_where, b_terms),
            (b_where, b, a_where, a_terms),
        ):
            for index, (term, line) in enumerate(mine):
                if term not in theirs:
                    before = next((t for t, _ in reversed(mine[:index]) if t in theirs), None)
                    where = f"after the entry for '{before}'" if before else "as the first entry"
                    problems.report(
                        theirs_where,
                        None,
                        f"has no entry for '{term}' ({here}:{line}); add '*[{term}]: ...' {where}, "
                        f"or remove it from {here}",
                    )
        return
    for (x, x_line), (y, y_line) in zip(a, b, strict=True):
        if x != y and (x in b_terms or y in a_terms):
            problems.report(
                b_where,
                y_line,
                f"entry '{y}' stands where {a_where}:{x_line} has '{x}'; keep the entries in the same "
                "order in every language (the n-th entry of each explains the same term)",
            )
            return


def check(site: Site, problems: Problems) -> None:
    default, others = site.languages.default, site.languages.others
    first = entries(site, default, problems)
    for other in others:
        second = entries(site, other, problems)
        if first is not None and second is not None:  # compared once each file is well formed
            where = site.shown(site.language_file(default, NAME)), site.shown(site.language_file(other, NAME))
            compare(where[0], first, where[1], second, problems)
