"""Reading progress stays on the reader's device: notes read, self-check
questions marked, shown on the home page and in the navigation, shared by both
languages, surviving reloads, and reset by the reader."""

import json

import pytest

from tests.test_accessibility import violations
from tooling.browser import draw_all_diagrams

pytestmark = pytest.mark.browser

NOTE = "/docker/basics/"
KEY = "study-notes.progress"


def stored(page):
    return json.loads(page.evaluate(f"localStorage.getItem('{KEY}')") or "{}")


def read_toggle(page):
    return page.locator(".progress-toggle")


def reach_self_check(page):
    page.locator("#self-check").scroll_into_view_if_needed()
    page.wait_for_function("() => document.querySelector('.progress-toggle').ariaPressed === 'true'")


def mark(page, index, label):
    """Open the index-th self-check question and press one of its marks."""
    question = page.locator("details.question").nth(index)
    if question.get_attribute("open") is None:
        question.locator("summary").click()
    question.get_by_role("button", name=label, exact=True).click()
    return question


def read_in_nav(page):
    return page.eval_on_selector_all(
        ".md-nav--primary a.md-nav__link.progress-read", "links => [...new Set(links.map(a => a.href))]"
    )


def test_reaching_the_self_check_marks_the_note_read_and_it_survives_a_reload(site_url, offline):
    page, log = offline()
    page.goto(site_url + NOTE)
    assert read_toggle(page).get_attribute("aria-pressed") == "false"
    assert not read_in_nav(page)
    reach_self_check(page)
    page.reload()
    assert read_toggle(page).get_attribute("aria-pressed") == "true"
    assert read_in_nav(page) == [site_url + NOTE]
    assert list(stored(page)["read"]) == ["docker/basics.md"]
    assert not log.problems(), "\n".join(log.problems())


def test_a_note_is_marked_and_unmarked_by_hand(site_url, offline):
    page, _ = offline()
    page.goto(site_url + "/en/kubernetes/orchestration/")
    toggle = page.get_by_role("button", name="Mark as read")
    toggle.click()
    assert toggle.get_attribute("aria-pressed") == "true"
    assert list(stored(page)["read"]) == ["kubernetes/orchestration.md"]
    toggle.click()
    assert toggle.get_attribute("aria-pressed") == "false"
    # Unmarked by hand: reaching the self-check afterwards leaves it unread.
    page.locator("#self-check").scroll_into_view_if_needed()
    page.wait_for_timeout(300)
    assert stored(page)["read"] == {}


def test_marks_count_for_both_languages_and_show_on_the_learning_path(site_url, offline):
    page, log = offline()
    page.goto(site_url + "/en" + NOTE)
    reach_self_check(page)
    mark(page, 0, "Got it")
    second = mark(page, 1, "Review later")
    assert second.locator(".progress-badge").inner_text() == "to review"
    mark(page, 2, "Got it")
    mark(page, 2, "Got it")  # pressed again: unmarked

    page.goto(site_url + NOTE)  # the Korean twin
    assert read_toggle(page).get_attribute("aria-pressed") == "true"
    first = page.locator("details.question").first
    got_it = first.get_by_role("button", name="이해했어요", include_hidden=True)
    assert got_it.get_attribute("aria-pressed") == "true"
    assert first.locator(".progress-badge").inner_text() == "이해함"

    for home, read, marks, summary in [
        ("/", "읽음", "질문 6개 중 2개 표시(이해 1, 다시 볼 것 1)", "노트 5편 중 1편을 읽었습니다."),
        ("/en/", "Read", "2 of 6 questions marked (1 got it, 1 to review)", "1 of 5 notes read."),
    ]:
        page.goto(site_url + home)
        notes = page.locator("#learning-path ~ ol > li")
        assert notes.count() == 5
        shown = [notes.nth(i).locator(".progress-note > span").all_inner_texts() for i in range(5)]
        assert shown == [[], [read, marks], [], [], []], shown
        assert page.locator(".progress-summary p").first.inner_text().startswith(summary)
        assert read_in_nav(page) == [site_url + home.rstrip("/") + NOTE]
    assert not log.problems(), "\n".join(log.problems())


def test_the_reader_resets_progress_from_the_home_page(site_url, offline):
    page, _ = offline()
    page.goto(site_url + NOTE)
    reach_self_check(page)
    mark(page, 0, "이해했어요")
    page.goto(site_url + "/en/")
    assert page.locator(".progress-note").count() == 1
    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Reset progress").click()
    page.locator("[role=status]", has_text="Progress cleared.").wait_for(state="attached")
    assert page.locator(".progress-note").count() == 0
    assert page.locator(".progress-summary p").first.inner_text().startswith("0 of 5 notes read.")
    assert page.evaluate(f"localStorage.getItem('{KEY}')") is None
    page.goto(site_url + NOTE)
    assert read_toggle(page).get_attribute("aria-pressed") == "false"
    assert not read_in_nav(page)


def test_a_reader_who_cancels_the_reset_keeps_the_progress(site_url, offline):
    page, _ = offline()
    page.goto(site_url + NOTE)
    reach_self_check(page)
    page.goto(site_url + "/")
    page.once("dialog", lambda dialog: dialog.dismiss())
    page.get_by_role("button", name="진행 상황 지우기").click()
    assert page.locator(".progress-note").count() == 1


STORAGE_REFUSED = """Object.defineProperty(window, 'localStorage', {
  get() { throw new DOMException('The operation is insecure.', 'SecurityError'); }
});"""


def without_storage(offline, url, progress_script=True):
    """Open url where localStorage throws; optionally with progress.js left out."""
    page, log = offline()
    page.add_init_script(STORAGE_REFUSED)
    if not progress_script:
        page.route("**/progress.js", lambda route: route.fulfill(body="", content_type="text/javascript"))
    page.goto(url, wait_until="networkidle")
    if "view=both" in url:
        page.wait_for_selector(".sbs-row")
    return page, log


@pytest.mark.parametrize("path", ["/", NOTE, "/en" + NOTE + "?view=both"])
def test_where_storage_is_refused_pages_work_as_before(site_url, offline, path):
    # Material's own inline scripts already throw there (its palette reads
    # localStorage outside a try); "as before" is the page without progress.js.
    before, before_log = without_storage(offline, site_url + path, progress_script=False)
    page, log = without_storage(offline, site_url + path)
    assert page.locator(".progress-toggle:visible, .progress-marks, .progress-summary").count() == 0
    assert page.locator("article").inner_text() == before.locator("article").inner_text()
    assert log.page_errors == before_log.page_errors
    assert not log.console_errors + log.failed_requests + log.outside_requests


def test_side_by_side_reading_offers_the_marks_in_both_columns(site_url, offline):
    page, log = offline()
    page.goto(site_url + NOTE + "?view=both")
    page.wait_for_selector(".sbs-row")
    twin = page.locator(".sbs-col--twin details.question").first
    twin.locator("summary").click()
    twin.get_by_role("button", name="Got it").click()
    mine = page.locator(".sbs-col:not(.sbs-col--twin) details.question").first
    assert mine.locator(".progress-badge").inner_text() == "이해함"
    assert stored(page)["marks"] == {"docker/basics.md#1": "got"}
    assert not log.problems(), "\n".join(log.problems())


@pytest.mark.parametrize("path", ["/en/", NOTE])
def test_axe_finds_no_violation_in_the_progress_controls(site_url, offline, palette, path):
    page, _ = offline(color_scheme=palette)
    page.goto(site_url + NOTE)
    reach_self_check(page)
    mark(page, 0, "이해했어요")
    mark(page, 1, "다시 볼래요")
    page.goto(site_url + path)
    if path == NOTE:
        draw_all_diagrams(page)
        page.locator("details.question").first.locator("summary").click()
        page.locator(".progress-mark").first.focus()
    problems = violations(page)
    assert not problems, f"{path} ({palette}):\n" + "\n".join(problems)


@pytest.mark.parametrize(
    "malformed",
    [
        '{"read": "docker/basics.md", "marks": 7}',  # used to throw on every change
        '{"read": {"docker/basics.md": 17648',  # half-written
        '{"version": 3, "read": {"kubernetes/orchestration.md": 1}, "streak": 4}',  # a newer site
    ],
)
def test_progress_of_an_unexpected_shape_keeps_recording(site_url, offline, malformed):
    """progress-store.js, in the page: tests/test_progress_store.py tries every shape in Node."""
    page, log = offline()
    page.add_init_script(f"localStorage.getItem({KEY!r}) ?? localStorage.setItem({KEY!r}, {malformed!r})")
    page.goto(site_url + NOTE)
    reach_self_check(page)
    mark(page, 0, "이해했어요")
    data = stored(page)
    assert data["version"] == 2
    assert "docker/basics.md" in data["read"]
    assert data["marks"] == {"docker/basics.md#1": "got"}
    if "streak" in malformed:
        assert data["streak"] == 4 and "kubernetes/orchestration.md" in data["read"]
    assert not log.problems(), "\n".join(log.problems())


def test_marks_made_in_two_tabs_all_survive(site_url, chromium):
    """Same browser, same localStorage: each tab re-reads before it writes and
    shows the other's marks (the storage event)."""
    context = chromium.new_context()
    try:
        first, second = context.new_page(), context.new_page()
        for page in (first, second):
            page.goto(site_url + "/en" + NOTE)
        mark(first, 0, "Got it")
        mark(second, 1, "Review later")
        mark(second, 2, "Got it")
        mark(first, 2, "Got it")  # pressed where it shows as pressed: unmarked in both
        expected = {"docker/basics.md#1": "got", "docker/basics.md#2": "review"}
        for page in (first, second):
            assert stored(page)["marks"] == expected
            page.wait_for_function(
                "() => document.querySelectorAll('.progress-mark[aria-pressed=true]').length === 2"
            )
        second.reload()
        assert second.locator(".progress-mark[aria-pressed=true]").count() == 2
    finally:
        context.close()
