"""Every study note keeps the promises of the page anatomy, in both languages."""

import copy
import re

import pytest

from tooling.project import ROOT, languages, study_notes, twin_url

# Derived from mkdocs.yml's nav, so a new note gets every check below.
TOPIC_PAGES = list(study_notes())
BOTH_LANGUAGES = [twin_url(path, lang) for path in TOPIC_PAGES for lang in languages()]


def test_the_site_has_study_notes():
    assert len(TOPIC_PAGES) >= 5, f"expected the five study notes in mkdocs.yml's nav, got {TOPIC_PAGES}"


HANGUL = re.compile(r"[가-힣]")


def article(built_site, path):
    return built_site.soup(path).select_one("article")


def section(art, anchor):
    """The elements between the h2 with this id and the next h2."""
    heading = art.find("h2", id=anchor)
    assert heading is not None, f"no section #{anchor}"
    parts = []
    for el in heading.find_next_siblings():
        if el.name == "h2":
            break
        parts.append(el)
    return parts


@pytest.mark.parametrize("path", BOTH_LANGUAGES)
def test_topic_page_opens_with_learning_goals(built_site, path):
    art = article(built_site, path)
    first = art.find("h2")
    assert first is not None and first.get("id") == "learning-goals", (
        f"{path}: the first section must be #learning-goals"
    )
    goals = [li for el in section(art, "learning-goals") for li in el.select("li")]
    assert len(goals) >= 3, f"{path}: learning goals should list at least three goals"


@pytest.mark.parametrize("path", BOTH_LANGUAGES)
def test_topic_page_marks_what_changed_since_2020(built_site, path):
    notes = article(built_site, path).select(".admonition.since-2020")
    assert notes, f"{path}: no 'since-2020' note about what changed since the original post"
    for note in notes:
        title = note.select_one(".admonition-title").get_text()
        expected = "2020" in title
        assert expected, f"{path}: a since-2020 note's title should say so: {title!r}"


@pytest.mark.parametrize("path", BOTH_LANGUAGES)
def test_self_check_answers_stay_hidden_until_opened(built_site, path):
    questions = [
        d
        for el in section(article(built_site, path), "self-check")
        for d in ([el] if el.name == "details" else el.select("details"))
    ]
    assert len(questions) >= 3, f"{path}: at least three self-check questions expected"
    for q in questions:
        assert "open" not in q.attrs, f"{path}: a self-check answer is open by default"
        assert q.select_one("summary") and q.get_text(strip=True) != q.summary.get_text(strip=True)


@pytest.mark.parametrize("path", BOTH_LANGUAGES)
def test_topic_page_ends_with_links_to_official_documentation(built_site, path):
    art = article(built_site, path)
    links = [a["href"] for el in section(art, "further-reading") for a in el.select("a[href^='https://']")]
    assert links, f"{path}: further reading has no links to official documentation"
    korean = not path.startswith("/en/")
    if korean and "/kubernetes/" in path:
        assert any("kubernetes.io/ko/" in href for href in links), (
            f"{path}: link the Korean version of the Kubernetes docs (kubernetes.io/ko/...)"
        )
    if not korean:
        assert not any("kubernetes.io/ko/" in href for href in links), (
            f"{path}: the English page links the Korean Kubernetes docs"
        )


@pytest.mark.parametrize("path", TOPIC_PAGES)
def test_topic_page_is_a_real_study_note_not_a_summary(built_site, path):
    art = copy.copy(article(built_site, "/en" + path))  # the build's parsed page stays whole
    for el in art.select("pre, code, .mermaid-diagram, .headerlink"):
        el.decompose()
    words = len(art.get_text(" ").split())
    assert words >= 1200, f"/en{path}: {words} words of English prose, expected at least 1,200"


@pytest.mark.parametrize("path", BOTH_LANGUAGES)
def test_glossary_tooltips_appear_in_the_pages_language(built_site, path):
    tooltips = article(built_site, path).select("abbr[title]")
    assert len(tooltips) >= 5, f"{path}: expected glossary tooltips on terms such as etcd"
    korean = not path.startswith("/en/")
    wrong = [t["title"] for t in tooltips if bool(HANGUL.search(t["title"])) != korean]
    assert not wrong, f"{path}: tooltips in the wrong language: {wrong[:3]}"


def h2_sections(art):
    """Lists of elements, one per h2 section (the intro first)."""
    sections = [[]]
    for el in art.children:
        if getattr(el, "name", None) == "h2":
            sections.append([])
        sections[-1].append(el)
    return sections


def test_a_term_followed_by_a_korean_particle_still_gets_its_tooltip(built_site):
    # "etcd는", "kubelet이": Hangul is a word character, so a plain word-boundary
    # match (Python-Markdown's abbr) would skip these; study_notes/abbreviations.py must not.
    definitions = (ROOT / "i18n" / "ko" / "abbreviations.md").read_text(encoding="utf-8")
    terms = [t for t in re.findall(r"^\*\[([^\]]+)\]:", definitions, re.M) if re.match(r"[A-Za-z]", t)]
    assert terms, "no English-named terms in i18n/ko/abbreviations.md"
    checked, missing = 0, []
    for path in [twin_url(p, "ko") for p in TOPIC_PAGES]:
        for section in h2_sections(article(built_site, path)):
            tooltips = {
                a.get_text() for el in section if getattr(el, "select", None) for a in el.select("abbr")
            }
            for el in section:
                if getattr(el, "name", None) in (None, "pre", "div") or el.find("code"):
                    continue
                for term in terms:
                    if re.search(rf"(?<![A-Za-z0-9_-]){re.escape(term)}[가-힣]", el.get_text()):
                        checked += 1
                        if term not in tooltips:
                            missing.append(f"{path}: '{term}' + particle without a tooltip in its section")
    assert checked >= 10, f"expected terms followed by particles in the Korean notes, found {checked}"
    assert not missing, "\n".join(missing[:10])


@pytest.mark.parametrize("path", BOTH_LANGUAGES)
def test_a_terms_tooltip_marks_its_first_use_in_each_section_only(built_site, path):
    seen, repeated = set(), []
    for el in article(built_site, path).find_all(["h1", "h2", "abbr"]):
        if el.name != "abbr":
            seen.clear()
        elif el.get_text() in seen:
            repeated.append(el.get_text())
        seen.add(el.get_text())
    assert not repeated, (
        f"{path}: tooltip repeated within one section (study_notes/abbreviations.py): {repeated[:5]}"
    )


def test_every_glossary_term_is_defined_in_both_languages(built_site):
    ko = {dt["id"] for dt in built_site.soup("/glossary/").select("article dt[id]")}
    en = {dt["id"] for dt in built_site.soup("/en/glossary/").select("article dt[id]")}
    assert len(ko) >= 45, f"the glossary should define at least 45 terms, has {len(ko)}"
    assert ko == en, f"only in Korean: {sorted(ko - en)}; only in English: {sorted(en - ko)}"


def test_glossary_shows_each_term_in_both_languages(built_site):
    missing = []
    for dt in built_site.soup("/glossary/").select("article dt[id]"):
        text = dt.get_text()
        if HANGUL.search(text) and not re.search(r"[A-Za-z]", text):
            missing.append(dt["id"])
    assert not missing, f"Korean glossary terms without their English name: {missing}"


def test_navigation_follows_the_order_the_posts_were_written(built_site):
    for prefix in ("", "/en"):
        nav = built_site.soup(prefix + "/").select("nav.md-nav--primary a.md-nav__link[href]")
        hrefs = [a["href"].strip("./") for a in nav]
        order = [next(i for i, h in enumerate(hrefs) if h.endswith(p.strip("/"))) for p in TOPIC_PAGES]
        assert order == sorted(order), f"{prefix or '/'}: navigation is not in series order"
