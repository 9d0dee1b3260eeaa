"""Readers can read everything offline: built site, `mkdocs serve`, and the
downloadable offline copy opened from file://."""

import subprocess

import pytest

from tests.diagram_sources import pages_with_diagrams
from tooling.browser import draw_all_diagrams
from tooling.build import source_pages
from tooling.project import languages, study_notes, twin_url
from tooling.search_box import search
from tooling.tools import require_tool

pytestmark = pytest.mark.browser


def all_pages():
    return [path for path, _ in source_pages()]


@pytest.mark.parametrize("path", all_pages() + ["/404.html"])
def test_every_page_loads_offline_with_no_outside_request_or_error(site_url, offline, path):
    # Home pages in both palettes; the rest in light (axe covers both palettes everywhere).
    page, log = offline(color_scheme="dark" if path in ("/", "/en/") else "light")
    response = page.goto(site_url + path, wait_until="networkidle")
    assert response.ok or path == "/404.html"
    assert page.locator("h1").first.is_visible()
    assert not log.problems(), "\n".join(log.problems())


def test_palette_starts_from_the_readers_system_preference(site_url, offline):
    for scheme, expected in (("light", "default"), ("dark", "slate")):
        page, _ = offline(color_scheme=scheme)
        page.goto(site_url + "/")
        assert page.locator("body").get_attribute("data-md-color-scheme") == expected


@pytest.mark.parametrize("path", [p for p in pages_with_diagrams() if "control-plane" in p])
def test_search_works_offline_on_a_page_with_diagrams(site_url, offline, path):
    page, log = offline()
    page.goto(site_url + path)
    query = "quorum" if path.startswith("/en/") else "쿼럼"
    assert search(page, query), f"search found nothing for {query} on {path}"
    assert not log.problems(), "\n".join(log.problems())


@pytest.mark.parametrize(
    "start,twin,label",
    [
        (
            "/kubernetes/control-plane-and-nodes/#etcd",
            "/en/kubernetes/control-plane-and-nodes/#etcd",
            "English",
        ),
        (
            "/en/kubernetes/control-plane-and-nodes/#kubelet",
            "/kubernetes/control-plane-and-nodes/#kubelet",
            "한국어",
        ),
    ],
)
def test_switching_language_keeps_the_page_and_the_section(site_url, offline, start, twin, label):
    page, log = offline(color_scheme="dark")
    page.goto(site_url + start)
    page.locator(".md-header__option .md-select").hover()
    page.get_by_role("link", name=label).click()
    page.wait_for_url(site_url + twin)
    assert page.locator("body").get_attribute("data-md-color-scheme") == "slate"
    assert not log.problems(), "\n".join(log.problems())


def test_dark_mode_chosen_by_the_reader_survives_a_language_switch(site_url, offline):
    page, _ = offline(color_scheme="light")
    page.goto(site_url + "/")
    page.locator("label[for='__palette_1']").click()
    page.goto(site_url + "/en/")
    assert page.locator("body").get_attribute("data-md-color-scheme") == "slate"


@pytest.mark.parametrize(
    "start,query,diagrams",
    [
        ("index.html", "쿼럼", False),
        ("en/index.html", "quorum", False),
        ("kubernetes/control-plane-and-nodes.html", "쿼럼", True),
        ("en/docker/basics.html", "layer", True),
    ],
)
def test_offline_copy_opens_from_file_with_search_and_diagrams(offline_copy, offline, start, query, diagrams):
    page, log = offline()
    page.goto((offline_copy / start).as_uri())
    results = search(page, query)
    assert results, f"search for {query} found nothing in the offline copy ({start})"
    english = start.startswith("en/")
    assert all(("/en/" in r) == english for r in results), results
    if diagrams:
        draw_all_diagrams(page)
        states = page.eval_on_selector_all(".mermaid-diagram", "els => els.map(e => e.dataset.rendered)")
        assert states and set(states) == {"build"}, states  # the stored drawings, inline
        assert page.locator(".mermaid-diagram > svg").count() == len(states)
    assert not log.problems(), "\n".join(log.problems())


@pytest.mark.parametrize(
    "start,query,section",
    [
        ("index.html", "컨테이너런타임", "kubernetes/control-plane-and-nodes.html#container-runtime"),
        ("en/index.html", "kubelt", "en/kubernetes/control-plane-and-nodes.html#kubelet"),
        ("index.html", "컨트롤러 메니저", "kubernetes/control-plane-and-nodes.html#kube-controller-manager"),
        ("en/index.html", "what is etcd", "en/kubernetes/control-plane-and-nodes.html#etcd"),
        ("en/index.html", "etdc", "en/kubernetes/control-plane-and-nodes.html#etcd"),  # suggested
    ],
)
def test_offline_copy_search_understands_spacing_and_typos(offline_copy, offline, start, query, section):
    """The query understanding runs in the iframe-worker shim on file:// too."""
    page, log = offline()
    page.goto((offline_copy / start).as_uri())
    results = search(page, query)
    assert [r for r in results[:4] if r.endswith("/" + section)], f"'{query}' from file://: {results[:4]}"
    assert not log.problems(), "\n".join(log.problems())


@pytest.mark.parametrize(
    "path,query,section",
    [
        ("/kubernetes/control-plane-and-nodes/", "컨테이너런타임", "#container-runtime"),
        ("/en/kubernetes/control-plane-and-nodes/", "kubelt", "#kubelet"),
        ("/kubernetes/control-plane-and-nodes/", "kcm이", "#kube-controller-manager"),
        ("/en/kubernetes/control-plane-and-nodes/", "rbca", "#authorization-rbac"),  # suggested
    ],
)
def test_mkdocs_serve_works_offline_with_diagrams_and_search(served_site, offline, path, query, section):
    page, log = offline()
    page.goto(served_site + path)
    draw_all_diagrams(page)
    states = page.eval_on_selector_all(".mermaid-diagram", "els => els.map(e => e.dataset.rendered)")
    assert states and set(states) == {"build"}, states
    results = search(page, query)
    assert results and all(r.startswith("/en/") == path.startswith("/en/") for r in results)
    assert path + section in results[:4], f"'{query}' under mkdocs serve: {results[:4]}"
    assert not log.problems(), "\n".join(log.problems())


# What a reader sees at the bottom of a page in the offline copy: how each line starts.
HISTORY = {
    "docker/basics.html": ("마지막 수정: 20", "확인한 버전: 도커 엔진 29"),
    "en/docker/basics.html": ("Last updated: ", "Checked against Docker Engine 29"),
}


def test_offline_copy_says_on_every_page_when_it_changed_and_what_it_was_checked_against(
    offline_copy, offline
):
    pages = [p for p in offline_copy.rglob("*.html") if not p.is_relative_to(offline_copy / "assets")]
    without = [
        p.relative_to(offline_copy).as_posix()
        for p in pages
        if p.name != "404.html" and 'class="md-source-file page-history"' not in p.read_text(encoding="utf-8")
    ]
    assert len(pages) > 2 and not without, f"pages without their history: {without}"
    page, log = offline()
    for start, starts in HISTORY.items():
        page.goto((offline_copy / start).as_uri())
        history = page.locator("aside.page-history")
        history.scroll_into_view_if_needed()
        shown = [line.strip() for line in history.inner_text().splitlines() if line.strip()]
        ok = len(shown) == len(starts) and all(map(str.startswith, shown, starts))
        assert history.is_visible() and ok, (start, shown)
    assert not log.problems(), "\n".join(log.problems())


def test_offline_copy_keeps_progress_and_copies_published_links(offline_copy, offline):
    page, log = offline()
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.goto((offline_copy / "en/docker/basics.html").as_uri())
    heading = page.locator("article h2#build-cache")
    heading.hover()
    heading.locator("a.headerlink").click()
    page.get_by_role("button", name="Copy link", exact=True).click()
    page.locator(".share-menu__done", has_text="Link copied").wait_for()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.startswith("https://") and copied.endswith("/en/docker/basics/#build-cache"), copied
    page.locator("#self-check").scroll_into_view_if_needed()
    page.wait_for_function("() => document.querySelector('.progress-toggle').ariaPressed === 'true'")
    page.goto((offline_copy / "index.html").as_uri())
    assert page.locator("#learning-path ~ ol > li .progress-note__read").count() == 1
    assert not log.problems(), "\n".join(log.problems())


@pytest.mark.needs("pdftotext", "pdfinfo")
@pytest.mark.parametrize("language", languages())
def test_offline_copy_holds_the_course_as_a_pdf_with_every_note(offline_copy, built_site, language):
    from scripts.build_offline_copy import PDF

    pdf = offline_copy / PDF.format(language=language)
    text = subprocess.run(
        [require_tool("pdftotext"), str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    flat = "".join(text.split())
    for note in study_notes():
        title = built_site.soup(twin_url(note, language)).select_one("article h1").contents[0]
        assert "".join(title.split()) in flat, f"{pdf.name}: no {title!r}"
    info = subprocess.run(
        [require_tool("pdfinfo"), str(pdf)], capture_output=True, text=True, check=True
    ).stdout
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    print(f"\n{pdf.name}: {pages} pages, {pdf.stat().st_size / 1e6:.1f} MB")
    assert pages > len(study_notes())
