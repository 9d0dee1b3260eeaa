"""The course prints as one document, and every page prints well: checked in
the built HTML, then by printing to PDF in Chromium and reading the PDF's text
with pdftotext (poppler-utils)."""

import re
import subprocess
from urllib.parse import urlsplit

import pytest

from tooling.project import languages, study_notes, twin_url
from tooling.tools import require_tool

COURSE = "/course/"
COURSES = [twin_url(COURSE, lang) for lang in languages()]
NOTES = list(study_notes())
# What Mermaid source looks like in text: a diagram printed before it was drawn.
MERMAID_SOURCE = re.compile(
    r"\b(?:flowchart [TBLR]{2}|sequenceDiagram|accTitle:|accDescr:|subgraph \w)|-->\|"
)
# Interface text that has no place on paper.
SCREEN_ONLY = ("Copy link", "Got it", "Review later", "링크 복사", "이해했어요", "다시 볼래요")


def squeeze(text):
    return re.sub(r"\s+", "", text)


# --- The course page, in the built HTML ---------------------------------------


@pytest.mark.parametrize("course", COURSES)
def test_the_course_holds_every_note_in_learning_order(built_site, course):
    prefix = course.removesuffix(COURSE)
    article = built_site.soup(course).select_one("article")
    notes = article.select("section.course-note")
    published = [note["data-share-url"] for note in notes]
    assert len(notes) == len(NOTES) >= 5
    assert [urlsplit(url).path for url in published] == [prefix + path for path in NOTES], published
    for note, path in zip(notes, NOTES, strict=True):
        original = built_site.soup(prefix + path).select_one("article")
        assert note.h2.get_text() == original.h1.get_text(), f"{course}: {path} under another title"
        assert len(note.select("details.question")) == len(original.select("details.question"))
        assert len(note.select(".mermaid-diagram, svg[role=img]")) == len(
            original.select(".mermaid-diagram, svg[role=img]")
        ), f"{course}: {path} lost a diagram"
        assert not note.select("h1"), "a note's headings move one level down"


@pytest.mark.parametrize("course", COURSES)
def test_the_course_has_a_table_of_contents_and_open_answers(built_site, course):
    article = built_site.soup(course).select_one("article")
    toc = article.select_one(".course-toc")
    assert toc and len(toc.select(":scope > ol > li")) == len(NOTES)
    ids = {el["id"] for el in article.select("[id]")}
    targets = [a["href"][1:] for a in article.select("a[href^='#']")]
    assert targets and not [t for t in targets if t not in ids], "links inside the course lead nowhere"
    assert not [
        a["href"] for a in article.select("a[href]") if re.match(r"(\.\./)*(docker|kubernetes)/", a["href"])
    ], "links between notes must stay inside the course"
    questions = article.select("details.question")
    assert len(questions) >= 3 * len(NOTES) and all(q.has_attr("open") for q in questions)


def test_both_home_pages_link_the_course(built_site):
    for lang in languages():
        home = twin_url("/", lang)
        links = [a["href"] for a in built_site.soup(home).select("article a[href]")]
        assert any(link.rstrip("/").endswith("course") for link in links), f"{home} does not link the course"


def test_links_to_other_pages_carry_their_published_address_for_print(built_site):
    link = built_site.soup("/en/kubernetes/orchestration/").select_one("article a[href^='../../glossary/']")
    assert link is not None
    assert link["data-print-href"].startswith("https://") and "/en/glossary/" in link["data-print-href"]


# --- Printed to PDF in the browser --------------------------------------------


def pdf_text(page, path):
    """Print the page as it is now to PDF; (its text, its page count)."""
    page.pdf(path=str(path), format="A4")
    text = subprocess.run(
        [require_tool("pdftotext"), str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    info = subprocess.run(
        [require_tool("pdfinfo"), str(path)], capture_output=True, text=True, check=True
    ).stdout
    return text, int(re.search(r"^Pages:\s+(\d+)", info, re.M)[1])


def answers(page):
    """The first words of every self-check answer on the page."""
    return page.eval_on_selector_all(
        "details.question",
        """els => els.map(d => [...d.children].find(c => c.tagName !== 'SUMMARY')
                                 .textContent.trim().slice(0, 25))""",
    )


def diagram_labels(page):
    """One label from each drawn diagram (its longest line), to find in the PDF.
    A line, not a whole label: the lines of boxes side by side interleave in
    the PDF's text."""
    return page.eval_on_selector_all(
        ".mermaid-diagram svg",
        """svgs => svgs.map(svg => [...svg.querySelectorAll('text, foreignObject')]
              .flatMap(t => t.querySelector(':scope > tspan')
                ? [...t.querySelectorAll(':scope > tspan')].map(s => s.textContent.trim())
                : [t.textContent.trim()])
              .sort((a, b) => b.length - a.length)[0] || '')""",
    )


def drawn_at_load(page):
    """Every diagram arrived drawn with the page (drawn before the build, study_notes/diagrams/)."""
    return page.locator(".mermaid-diagram:not([data-rendered='build'])").count() == 0


@pytest.mark.browser
@pytest.mark.needs("pdftotext", "pdfinfo")
@pytest.mark.parametrize("course", COURSES)
def test_printing_the_course_gives_every_note_diagram_and_answer(
    site_url, offline, course, tmp_path, record_property
):
    page, log = offline()
    page.goto(site_url + course, wait_until="load")
    assert drawn_at_load(page)
    text, pages = pdf_text(page, tmp_path / "course.pdf")
    record_property("pdf_pages", pages)
    print(f"\n{course}: {pages} pages of A4")
    flat = squeeze(text)
    titles = page.eval_on_selector_all(
        ".course-note > h2:first-child", "hs => hs.map(h => h.firstChild.textContent)"
    )
    positions = [flat.find(squeeze(title)) for title in titles]
    assert len(titles) == len(NOTES) and -1 not in positions, titles
    assert positions == sorted(positions), "the notes print in learning order"
    missing = [a for a in answers(page) if squeeze(a) not in flat]
    assert not missing, f"answers missing from the PDF: {missing[:3]}"
    labels = diagram_labels(page)
    assert len(labels) >= len(NOTES) and all(labels), labels
    assert not [label for label in labels if squeeze(label) not in flat], "a diagram is missing from the PDF"
    assert not MERMAID_SOURCE.search(text), MERMAID_SOURCE.search(text)
    assert not [s for s in SCREEN_ONLY if s in text]
    assert "(https://kubernetes.io/" in text, "links to other sites print their address"
    assert "(#" not in text, "links inside the document print no address"
    assert pages > len(NOTES)
    assert not log.problems(), "\n".join(log.problems())


@pytest.mark.browser
@pytest.mark.needs("pdftotext", "pdfinfo")
@pytest.mark.parametrize("path", [twin_url(note, lang) for note in NOTES for lang in languages()])
def test_every_note_prints_with_its_answers_right_after_opening(site_url, offline, path, tmp_path):
    page, _ = offline()
    page.goto(site_url + path, wait_until="load")
    text, pages = pdf_text(page, tmp_path / "note.pdf")
    print(f"\n{path}: {pages} pages of A4")
    flat = squeeze(text)
    assert squeeze(page.eval_on_selector("article h1", "h => h.firstChild.textContent")) in flat
    missing = [a for a in answers(page) if squeeze(a) not in flat]
    assert len(answers(page)) >= 3 and not missing, f"answers missing from the PDF: {missing[:3]}"
    assert not [s for s in SCREEN_ONLY if s in text]
    assert drawn_at_load(page)
    labels = diagram_labels(page)
    assert not [label for label in labels if squeeze(label) not in flat], f"{path}: a diagram is missing"
    assert not MERMAID_SOURCE.search(text), (
        f"{path}: Mermaid source in print: {MERMAID_SOURCE.search(text)[0]}"
    )


@pytest.mark.browser
def test_mkdocs_serve_serves_the_course_too(served_site, offline):
    page, log = offline()
    page.goto(served_site + "/en/course/")
    assert page.locator("section.course-note").count() == len(NOTES)
    assert page.locator("details.question[open]").count() >= 3 * len(NOTES)
    assert not log.problems(), "\n".join(log.problems())
