"""Side-by-side reading: each section next to its twin in the other language."""

import pytest

from tests.test_study_notes import BOTH_LANGUAGES
from tooling.browser import draw_all_diagrams
from tooling.build import add_to_nav, build, copy_project
from tooling.servers import serve

pytestmark = pytest.mark.browser

ROWS = """() => [...document.querySelectorAll('.sbs-row')].map(row => {
  const [mine, twin] = row.querySelectorAll(':scope > .sbs-col');
  const heading = twin.querySelector('h2[id], h3[id]');
  return {section: row.dataset.section || '', mine: mine.lang, twin: twin.lang,
          twinId: heading ? heading.id : null, missing: !!twin.querySelector('.sbs-missing')};
})"""


def open_both(offline, url, **options):
    page, log = offline(**options)
    page.goto(url)
    page.wait_for_selector(".sbs-row")
    return page, log


@pytest.mark.parametrize("path", BOTH_LANGUAGES)
def test_view_both_pairs_every_section_with_its_twin(site_url, offline, path):
    page, log = open_both(offline, site_url + path + "?view=both")
    here, there = ("en", "ko") if path.startswith("/en/") else ("ko", "en")
    rows = page.evaluate(ROWS)
    assert len(rows) > 5
    for row in rows:
        assert (row["mine"], row["twin"]) == (here, there), row
        assert not row["missing"], f"{path}: section #{row['section']} has no twin"
        if row["section"]:
            assert row["twinId"] == "twin-" + row["section"], row
    draw_all_diagrams(page)
    mine = page.locator(".sbs-col:not(.sbs-col--twin) .mermaid-diagram > svg").count()
    twin = page.locator(".sbs-col--twin .mermaid-diagram > svg").count()
    assert mine == twin == page.locator(".mermaid-diagram").count() // 2
    # Each column's drawings keep their own names and arrowheads: no id twice.
    ids = page.eval_on_selector_all(".sbs [id]", "els => els.map(e => e.id)")
    assert len(ids) == len(set(ids))
    assert page.evaluate(
        "[...document.querySelectorAll('.sbs .mermaid-diagram > svg')].every(s =>"
        " document.getElementById(s.getAttribute('aria-labelledby'))?.closest('svg') === s)"
    )
    assert page.locator(".sbs-col--twin details.question").count() >= 3
    assert not log.problems(), "\n".join(log.problems())


def test_turning_it_off_restores_the_page_and_the_address(site_url, offline):
    path = "/kubernetes/control-plane-and-nodes/"
    page, log = offline()
    page.goto(site_url + path)
    before = page.eval_on_selector_all("article h2[id], article h3[id]", "els => els.map(e => e.id)")
    toggle = page.get_by_role("button", name="한/영 나란히 보기")
    assert toggle.get_attribute("aria-pressed") == "false"
    toggle.click()
    page.wait_for_selector(".sbs-row")
    assert "view=both" in page.url and toggle.get_attribute("aria-pressed") == "true"
    toggle.click()
    assert page.locator(".sbs").count() == 0 and "view=both" not in page.url
    after = page.eval_on_selector_all("article h2[id], article h3[id]", "els => els.map(e => e.id)")
    assert after == before
    assert not log.problems(), "\n".join(log.problems())


def test_the_choice_is_remembered_across_pages(site_url, offline):
    page, _ = open_both(offline, site_url + "/en/docker/basics/?view=both")
    page.goto(site_url + "/en/kubernetes/orchestration/")
    page.wait_for_selector(".sbs-row")
    assert "view=both" in page.url
    page.get_by_role("button", name="Side by side with Korean").click()
    page.goto(site_url + "/en/")
    page.wait_for_load_state("networkidle")
    assert page.locator(".sbs").count() == 0


def test_phones_show_the_other_language_under_each_section(site_url, offline):
    page, _ = open_both(
        offline,
        site_url + "/docker/basics/?view=both",
        viewport={"width": 390, "height": 844},
        is_mobile=True,
    )
    boxes = page.evaluate("""() => [...document.querySelectorAll('.sbs-row')].slice(1, 4).map(r => {
      const [a, b] = r.querySelectorAll(':scope > .sbs-col');
      return [a.getBoundingClientRect().bottom, b.getBoundingClientRect().top];
    })""")
    assert all(twin_top >= mine_bottom - 1 for mine_bottom, twin_top in boxes), boxes


def test_diagrams_and_tabs_keep_working_in_both_columns(site_url, offline):
    page, log = open_both(offline, site_url + "/kubernetes/orchestration/?view=both", color_scheme="light")
    twin_tabs = page.locator(".sbs-col--twin .tabbed-set").first
    twin_tabs.scroll_into_view_if_needed()
    twin_tabs.locator(".tabbed-labels label").nth(1).click()
    assert twin_tabs.locator(".tabbed-block").nth(1).is_visible()
    draw_all_diagrams(page)
    fills = "() => [...document.querySelectorAll('.sbs .node rect')].map(e => getComputedStyle(e).fill)"
    twin_diagrams = page.locator(".sbs-col--twin .mermaid-diagram > svg")
    assert twin_diagrams.count() > 0 and twin_diagrams.first.bounding_box()["width"] > 100
    light = set(page.evaluate(fills))
    page.locator("label[for='__palette_1']").click()
    page.wait_for_function("() => document.body.dataset.mdColorScheme === 'slate'")
    dark = set(page.evaluate(fills))
    assert len(light) == len(dark) == 1 and light != dark, (light, dark)
    assert not log.problems(), "\n".join(log.problems())


def test_a_twin_that_cannot_be_loaded_gets_a_clear_message(site_url, offline):
    page, _ = offline()
    page.route("**/en/docker/basics/", lambda route: route.abort("connectionrefused"))
    page.goto(site_url + "/docker/basics/?view=both")
    message = page.locator(".sbs-error")
    message.wait_for()
    assert "영어판을 불러오지 못했습니다" in message.inner_text()
    assert page.locator(".sbs").count() == 0 and page.locator("article h2#learning-goals").is_visible()


def test_a_section_without_a_twin_says_so(tmp_path, chromium, offline):
    project = copy_project(tmp_path / "project")
    (project / "docs" / "ko" / "extra.md").write_text(
        "---\ndescription: 추가 페이지입니다.\n---\n\n# 추가\n\n## 첫째 { #first }\n\n하나.\n\n"
        "## 둘째 { #second }\n\n둘.\n",
        encoding="utf-8",
    )
    (project / "docs" / "en" / "extra.md").write_text(
        "---\ndescription: An extra page.\n---\n\n# Extra\n\n## First { #first }\n\nOne.\n\n"
        "## Second { #second }\n\nTwo.\n",
        encoding="utf-8",
    )
    add_to_nav(project, "extra.md")
    site = build(project, tmp_path / "site")
    # The build refuses twins with different sections (study_notes/checks/twins.py), so
    # the English page loses its second section afterwards, as if it had slipped through.
    english = site.site / "en" / "extra" / "index.html"
    html = english.read_text(encoding="utf-8")
    start = html.index('<h2 id="second"')
    english.write_text(html[:start] + html[html.index("</p>", start) + len("</p>") :], encoding="utf-8")
    server, url = serve(site.site)
    try:
        page, log = open_both(offline, url + "/extra/?view=both")
        rows = {r["section"]: r for r in page.evaluate(ROWS)}
        assert not rows["first"]["missing"] and rows["second"]["missing"]
        assert "영어판에 아직 없습니다" in page.locator(".sbs-missing").inner_text()
        assert not log.problems(), "\n".join(log.problems())
    finally:
        server.shutdown()


def test_the_page_history_sits_next_to_the_twins_in_a_row_of_its_own(site_url, offline):
    page, log = open_both(offline, site_url + "/docker/basics/?view=both")
    rows = page.locator(".sbs-row:has(.page-history)")
    assert rows.count() == 1, "both histories belong in one row"
    row = rows.first
    assert row.get_attribute("data-section") is None, "the history is not part of the last section"
    langs = row.locator(":scope > .sbs-col").evaluate_all(
        "cols => cols.map(c => [c.lang, !!c.querySelector('.page-history')])"
    )
    assert langs == [["ko", True], ["en", True]], langs
    assert not log.problems(), "\n".join(log.problems())


def test_links_in_the_twin_column_lead_to_pages_in_its_language(site_url, offline):
    page, log = open_both(offline, site_url + "/docker/basics/?view=both")
    links = page.eval_on_selector_all(
        ".sbs-col--twin a[href]:not(.headerlink):not([href^='#'])",
        "links => links.map(a => new URL(a.href)).filter(u => u.host === location.host).map(u => u.pathname)",
    )
    assert links, "no link to another page of the site in the twin column"
    assert all(path.startswith("/en/") for path in links), links
    assert not log.problems(), "\n".join(log.problems())


@pytest.mark.parametrize(
    "start,label",
    [("docker/basics.html", "한/영 나란히 보기"), ("en/glossary.html", "Side by side with Korean")],
)
def test_side_by_side_works_in_the_offline_copy(offline_copy, offline, start, label):
    page, log = offline()
    page.goto((offline_copy / start).as_uri())
    page.get_by_role("button", name=label).click()
    page.wait_for_selector(".sbs-row")
    rows = page.evaluate(ROWS)
    assert len(rows) > 3 and not any(row["missing"] for row in rows), rows
    twin = "ko" if start.startswith("en/") else "en"
    links = page.eval_on_selector_all(
        ".sbs-col--twin a[href$='.html']:not(.headerlink)", "links => links.map(a => a.href)"
    )
    prefix = (offline_copy / "en").as_uri() + "/"
    assert links and all(link.startswith(prefix) == (twin == "en") for link in links), links
    assert not log.problems(), "\n".join(log.problems())
