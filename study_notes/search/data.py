"""What the search needs to understand learners' queries, compiled at build time.

Pure functions (no MkDocs state), so tests/test_search_understanding.py checks
them without a browser; search/understanding.py calls them and puts the
result into each language's search index. The browser side that uses it is
docs/assets/javascripts/workers/search-understanding.js.

From i18n/<lang>/search.yml (the writer's file), the language's glossary and
its search index, one small table per language:

- ``letters``: the characters words are made of (a regex character class);
- ``words``: the index's vocabulary (headings, and words of two sections or
  more), with particles (조사) taken off (스케줄러가, 스케줄러는 -> 스케줄러),
  for segmenting a query typed without spaces and for correcting a typo;
- ``particles`` and ``plurals``: word endings a query may carry;
- ``variants``: what a learner may type (spaces and case removed) -> the
  phrases the site writes;
- ``sections``: a glossary name -> the section its "more about" link opens,
  the section that should answer that name first;
- ``later``: sections that rank after explanations (exercises, reviews).
"""

import re
from collections import Counter
from html import unescape
from pathlib import PurePosixPath
from typing import NoReturn

from ..problems import WriterMistake

TAG = re.compile(r"<[^>]+>")
# A glossary entry: "컨테이너 런타임 (Container runtime) { #container-runtime }"
# followed by ":   definition ... [더 알아보기](kubernetes/page.md#section)".
GLOSSARY_TERM = re.compile(r"^(?P<names>[^\s:#!|<>*-][^{]*?)\s*\{\s*#[\w-]+\s*\}\s*$")
GLOSSARY_LINK = re.compile(r"\]\((?P<path>[^)#\s]+\.md)(?P<anchor>#[\w-]+)?\)")


# Hangul syllables decompose into initial, medial and final jamo (U+AC00 +
# 588 * initial + 28 * medial + final); the worker compares words by them.
MEDIALS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
FINALS = "ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ"  # 1..27; 0 is no final


def jamo_code(jamo: str, kind: str) -> int | None:
    """The worker's code for a medial (2000 + index) or final (3000 + index,
    3000 for none, written "") jamo, as compatibility jamo (ㅐ, ㄹ)."""
    if kind == "vowels":
        return 2000 + MEDIALS.index(jamo) if len(jamo) == 1 and jamo in MEDIALS else None
    if jamo == "":
        return 3000
    return 3001 + FINALS.index(jamo) if len(jamo) == 1 and jamo in FINALS else None


class SearchSettings:
    """i18n/<lang>/search.yml, checked: a writer's mistake names the file and line."""

    def __init__(self, data: dict, source: str, text: str = ""):
        self.source, self.text = source, text
        self.letters = data.get("letters")
        if not isinstance(self.letters, str) or not self.letters:
            self.fail("letters", "set 'letters' to the characters words are made of, e.g. \"A-Za-z0-9\"")
        try:
            self.split = re.compile(f"[^{self.letters}]+")
        except re.error as error:
            self.fail("letters", f"'letters' is not a regex character class ({error})")
        self.particles = self.strings(data.get("particles", []), "particles")
        self.plurals = data.get("plurals", [])
        if not all(
            isinstance(p, list) and len(p) == 2 and all(isinstance(x, str) for x in p) for p in self.plurals
        ):
            self.fail("plurals", "each plural is a pair [plural ending, singular ending], e.g. [ies, y]")
        self.variants = self.term_lists(data, "variants")
        self.abbreviations = self.term_lists(data, "abbreviations")
        questions = data.get("questions", {})
        if not isinstance(questions, dict):
            self.fail("questions", "'questions' has 'words' and 'endings', each a list")
        self.question_words = self.strings(questions.get("words", []), "words")
        self.question_endings = self.strings(questions.get("endings", []), "endings")
        self.confusable = self.jamo_pairs(data.get("confusable", {}))

    def term_lists(self, data: dict, key: str) -> dict[str, list[str]]:
        table = data.get(key, {})
        if not isinstance(table, dict):
            self.fail(key, f"'{key}' maps the site's term to a list of what learners type")
        return {
            str(term): self.strings(typed if isinstance(typed, list) else [typed], str(term))
            for term, typed in table.items()
        }

    def jamo_pairs(self, confusable: object) -> list[list[int]]:
        """Confusable vowels and final consonants as jamo codes (jamo_code())."""
        if not isinstance(confusable, dict):
            self.fail("confusable", "'confusable' has 'vowels' and 'finals', each a list of pairs")
        pairs = []
        for kind in ("vowels", "finals"):
            for pair in confusable.get(kind, []):
                if not (isinstance(pair, list) and len(pair) == 2):
                    self.fail(kind, f"each of '{kind}' is a pair of jamo, e.g. [ㅐ, ㅔ]")
                codes = [code for j in pair if (code := jamo_code(str(j), kind)) is not None]
                if len(codes) != 2:
                    self.fail(kind, f"{pair} in '{kind}' is not a pair of Hangul {kind[:-1]} jamo")
                pairs.append(codes)
        return pairs

    def strings(self, value: object, key: str) -> list[str]:
        if not isinstance(value, list) or not all(isinstance(v, (str, int)) for v in value):
            self.fail(key, f"'{key}' takes a list of words, e.g. [a, b]")
        return [str(v) for v in value]

    def line(self, needle: str) -> str:
        for number, line in enumerate(self.text.splitlines(), 1):
            if needle in line:
                return f"{self.source}:{number}"
        return self.source

    def fail(self, needle: str, message: str) -> NoReturn:
        raise WriterMistake(f"{self.line(needle)}: {message}")

    def key(self, phrase: str) -> str:
        """A phrase as the search compares it: lower case, letters only (no spaces)."""
        return self.split.sub("", phrase.lower())

    def words(self, text: str) -> list[str]:
        return [w for w in self.split.split(unescape(TAG.sub(" ", text)).lower()) if w and not w.isdigit()]


def vocabulary(docs: list[dict], settings: SearchSettings) -> list[str]:
    """The words a query may be cut into or corrected towards, sorted.

    Every word of the index's headings, and every other word found in at least
    two sections, with a trailing particle taken off where the rest stands as a
    word of its own: it occurs bare, or with at least two different particles
    (so 스케줄러가 and 스케줄러는 give 스케줄러, while 차이 keeps its 이 unless
    차 is a word). Particles alone are no words. Rarer words stay out to keep
    the table small; the worker still finds them as typed.
    """
    found = [set(settings.words(doc["title"] + " " + doc["text"])) for doc in docs]
    counts = Counter(word for words in found for word in words)
    headings = {word for doc in docs for word in settings.words(doc["title"])}
    particles = sorted(settings.particles, key=len, reverse=True)
    endings: dict[str, set[str]] = {}
    for word in counts:
        for particle in particles:
            if word.endswith(particle) and len(word) > len(particle):
                endings.setdefault(word[: -len(particle)], set()).add(particle)
    stems = {stem for stem, seen in endings.items() if stem in counts or len(seen) >= 2}
    merged: Counter = Counter()
    kept = set()
    for word, count in counts.items():
        stem = next(
            (word[: -len(p)] for p in particles if word.endswith(p) and word[: -len(p)] in stems), word
        )
        merged[stem] += count
        if word in headings:
            kept.add(stem)
    kept |= {word for word, count in merged.items() if count >= 2}
    return sorted(kept - set(settings.particles))


def glossary_entries(markdown: str) -> list[tuple[list[str], str]]:
    """(names, link target) per glossary entry: "가상 머신 (Virtual machine, VM)"
    gives ["가상 머신", "Virtual machine", "VM"] and the "more about" link's
    Markdown path with its #anchor."""
    entries = []
    lines = markdown.splitlines()
    for i, line in enumerate(lines):
        term = GLOSSARY_TERM.match(line)
        if not term or i + 1 >= len(lines) or not lines[i + 1].startswith(":"):
            continue
        definition = lines[i + 1]
        for more in lines[i + 2 :]:
            if not more.startswith("    "):
                break
            definition += more
        links = GLOSSARY_LINK.findall(definition)
        outside, _, inside = term["names"].partition("(")
        names = [n.strip() for part in (outside, inside.rstrip(")")) for n in part.split(",") if n.strip()]
        entries.append((names, links[-1][0] + links[-1][1] if links else ""))
    return entries


def location(markdown_link: str, directory_urls: bool) -> str:
    """A glossary link ("kubernetes/page.md#id") as the search index locates it."""
    path, _, anchor = markdown_link.partition("#")
    page = PurePosixPath(path).with_suffix("")
    if page.name == "index":
        url = f"{page.parent}/" if directory_urls else f"{page.parent}/index.html"
        url = url.removeprefix("./")
    else:
        url = f"{page}/" if directory_urls else f"{page}.html"
    return url + (f"#{anchor}" if anchor else "")


# Page anatomy (CONTRIBUTING.md): learning goals first; hands-on, self-check
# and further reading close every note. A learner searching a term wants the
# explanation before the exercise that uses it.
OPENING = ("learning-goals",)
CLOSING = ("hands-on", "self-check", "further-reading")


def later_sections(docs: list[dict]) -> list[str]:
    """Sections that rank after a page's explanations: its learning goals,
    and everything from its hands-on, self-check or further reading on."""
    later, closing_page = [], None
    for doc in docs:
        page, _, anchor = doc["location"].partition("#")
        if anchor in CLOSING:
            closing_page = page
        if anchor and (anchor in OPENING or page == closing_page):
            later.append(doc["location"])
    return later


TOOLTIP = re.compile(r"^\*\[(?P<short>[^\]]+)\]:\s*(?P<text>.+)$")


def tooltip_abbreviations(markdown: str, settings: SearchSettings, docs: list[dict]) -> dict[str, str]:
    """Abbreviations the tooltips (i18n/<lang>/abbreviations.md) spell out,
    short name -> full term, so one entry serves tooltips and search.

    A tooltip spells its abbreviation (two capitals or more) out when its first clause (up to the
    first comma or colon) is a short name for it: English words whose
    initials, or a CamelCase word whose capitals, are the abbreviation
    (Open Container Initiative, HorizontalPodAutoscaler), or Korean of at
    most four words (컨테이너 런타임 인터페이스, 고가용성); either written on
    the language's pages, or it would lead nowhere.
    Descriptions (etcd: "The distributed key-value store ...") are no terms,
    and a short name that one section in ten writes (API, and "was" in
    English) is a word of the site already: spelling it out would only add noise.
    """
    found = {}
    sections = [set(settings.words(doc["title"] + " " + doc["text"])) for doc in docs]
    written = set().union(*sections) if sections else set()
    for line in markdown.splitlines():
        entry = TOOLTIP.match(line.strip())
        if not entry:
            continue
        short, clause = entry["short"].strip(), re.split(r"[,:;]", entry["text"], maxsplit=1)[0].strip()
        words = clause.split()
        if sum(ch.isupper() for ch in short) < 2:
            continue  # no abbreviation (kubeconfig: "kubectl이 접속할 클러스터, ...")
        if not words or "(" in clause or len(words) > 4 or settings.key(clause) == settings.key(short):
            continue
        letters = settings.key(short)
        initials = "".join(w[0] for w in words).lower()
        capitals = "".join(ch for ch in clause if ch.isupper()).lower()
        latin = all(re.fullmatch(r"[A-Za-z-]+", w) for w in words)
        common = sum(letters in words for words in sections) * 10 >= len(sections)
        spelled_out = not latin or letters in (initials, capitals)
        if spelled_out and not common and all(w in written for w in settings.words(clause)):
            found[short] = clause
    return found


def compile_understanding(
    docs: list[dict],
    settings: SearchSettings,
    glossary: list[tuple[list[str], str]],
    directory_urls: bool,
    tooltips: str = "",
) -> dict:
    """The table search/understanding.py adds to a language's search index."""
    words = vocabulary(docs, settings)
    variants: dict[str, list[str]] = {}
    sections: dict[str, str] = {}
    locations = {doc["location"] for doc in docs}

    def own_script(name: str) -> bool:
        # "컨테이너" is no English name: its letters are not the language's own.
        leftover = "".join(settings.split.findall(name.lower()))
        return bool(settings.key(name)) and not any(ch.isalpha() for ch in leftover)

    for names, link in glossary:
        names = [n for n in names if own_script(n)]
        if not names:
            continue
        target = location(link, directory_urls) if link else ""
        for name in names:
            if target in locations:
                sections.setdefault(settings.key(name), target)
            if settings.key(name) != settings.key(names[0]):
                # Both the glossary's own term and the name as typed.
                variants.setdefault(settings.key(name), [names[0].lower(), name.lower()])
    seen: dict[str, str] = {}
    for term, typed_forms in settings.variants.items():
        for typed in typed_forms:
            key = settings.key(typed)
            if not key:
                settings.fail(typed, f"'{typed}' has no letters; list words learners type for '{term}'")
            if key == settings.key(term):
                settings.fail(typed, f"'{typed}' is the term itself; list only other ways to type '{term}'")
            if key in seen and seen[key] != term:
                settings.fail(typed, f"'{typed}' is listed under both '{seen[key]}' and '{term}'; keep one")
            seen[key] = term
            variants[key] = [term.lower()]  # the writer's variants replace what was typed
    # Abbreviations and short names lead to the full term and keep what was
    # typed (the pages may write it too): the tooltips' first, then the writer's.
    short_names = {short: [term] for short, term in tooltip_abbreviations(tooltips, settings, docs).items()}
    for term, typed_forms in settings.abbreviations.items():
        for typed in typed_forms:
            key = settings.key(typed)
            if not key or key == settings.key(term):
                settings.fail(typed, f"'{typed}' is no short name for '{term}'")
            if key in seen and seen[key] != term:
                settings.fail(typed, f"'{typed}' is listed under both '{seen[key]}' and '{term}'; keep one")
            seen[key] = term
            short_names[typed] = [term]
    for typed, terms in short_names.items():
        variants[settings.key(typed)] = [t.lower() for t in terms] + [typed.lower()]
    return {
        "later": later_sections(docs),
        "letters": settings.letters,
        "words": " ".join(words),
        "particles": settings.particles,
        "plurals": settings.plurals,
        "variants": variants,
        "sections": sections,
        "questions": settings.question_words,
        "endings": settings.question_endings,
        "confusable": settings.confusable,
    }


def unwritten_terms(docs: list[dict], settings: SearchSettings) -> list[str]:
    """Variants' terms that no page writes, one line each with file and line.

    Checked by tests/test_search_understanding.py against the real site, not by
    the build: a build of a few pages (tests/tiny_site) must not fail on it.
    """
    written = sorted({w for doc in docs for w in settings.words(doc["title"] + " " + doc["text"])})

    def is_written(phrase: str) -> bool:
        # As Material's search matches: each word begins some word of the index.
        return all(any(k.startswith(w) for k in written) for w in settings.words(phrase))

    return [
        f"{settings.line(term)}: '{term}' is not written on the site's pages; "
        "a variant must lead to a term they use"
        for term in [*settings.variants, *settings.abbreviations]
        if not is_written(term)
    ]
