"""axe-core finds no accessibility violation on any page, in either palette."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from tooling.browser import draw_all_diagrams, settle
from tooling.build import source_pages
from tooling.search_box import search

pytestmark = pytest.mark.browser
AXE = Axe()


def violations(page):
    """axe-core's findings on the page as it is now, one readable line each."""
    return [
        f"{v['id']} ({v['impact']}): {len(v['nodes'])}x, e.g. {v['nodes'][0]['target']} "
        f"{v['nodes'][0].get('failureSummary', '').splitlines()[1:2]}"
        for v in AXE.run(page).response["violations"]
    ]


@pytest.mark.parametrize("path", [path for path, _ in source_pages()])
def test_axe_finds_no_violation_as_the_page_first_loads_and_once_read(site_url, offline, palette, path):
    """First as the page loads (diagrams further down not drawn yet), then
    after the reader has scrolled past every diagram."""
    page, log = offline(color_scheme=palette)
    page.goto(site_url + path, wait_until="networkidle")
    settle(page)
    problems = [f"as it first loads: {problem}" for problem in violations(page)]
    draw_all_diagrams(page)  # diagrams are part of the page a reader sees
    page.evaluate("window.scrollTo(0, 0)")
    settle(page)  # Material fades the header title back in after the scroll
    problems += [f"once read: {problem}" for problem in violations(page)]
    assert not problems, f"{path} ({palette}):\n" + "\n".join(problems)


@pytest.mark.parametrize("path", ["/", "/en/"])
def test_search_and_language_menu_work_from_the_keyboard(site_url, offline, path):
    page, _ = offline()
    page.goto(site_url + path)
    page.keyboard.press("/")  # Material's shortcut focuses the search box
    assert page.evaluate("document.activeElement.matches('input.md-search__input')")
    page.keyboard.insert_text("etcd")
    page.keyboard.press("End")
    page.wait_for_selector(".md-search-result__item", timeout=15_000)
    page.keyboard.press("Escape")
    # The language menu's links are reachable with Tab.
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.matches('.md-select__link')"):
            break
    else:
        pytest.fail("Tab never reached the language menu")


@pytest.mark.parametrize("path,query", [("/", "쿼롬"), ("/en/", "etdc")])
def test_axe_finds_no_violation_when_search_offers_the_closest_terms(site_url, offline, palette, path, query):
    """Nothing matched: the suggestions (search-suggestions.js) in the open search dialog."""
    page, _ = offline(color_scheme=palette)
    page.goto(site_url + path)
    assert search(page, query), "nothing was offered"
    assert page.locator(".search-suggestions a").count() >= 2  # a term and the glossary
    problems = violations(page)
    assert not problems, f"{path} '{query}' ({palette}):\n" + "\n".join(problems)


@pytest.mark.parametrize(
    "path", ["/kubernetes/control-plane-and-nodes/?view=both", "/en/docker/service-models/?view=both"]
)
def test_axe_finds_no_violation_in_side_by_side_reading(site_url, offline, palette, path):
    page, _ = offline(color_scheme=palette)
    page.goto(site_url + path)
    page.wait_for_selector(".sbs-row")
    draw_all_diagrams(page)
    page.evaluate("window.scrollTo(0, 0)")
    problems = violations(page)
    assert not problems, f"{path} ({palette}):\n" + "\n".join(problems)


def test_axe_finds_no_violation_in_a_diagram_opened_full_window(site_url, offline, palette):
    page, _ = offline(color_scheme=palette)
    page.goto(site_url + "/kubernetes/control-plane-and-nodes/")
    settle(page)
    page.locator(".diagram-tools__open").first.click()
    page.locator("dialog.diagram-viewer[open]").wait_for()
    settle(page)
    problems = violations(page)
    assert not problems, f"the full-window diagram ({palette}):\n" + "\n".join(problems)
