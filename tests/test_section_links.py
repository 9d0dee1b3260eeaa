"""A reader copies a link to a section for a wiki or a chat: the published
address in the reader's language, or a Markdown link, from each heading's ¶."""

from urllib.parse import urlsplit

import pytest

pytestmark = pytest.mark.browser

PAGE = "/kubernetes/control-plane-and-nodes/"
LABELS = {
    "ko": ("링크 복사", "Markdown 링크 복사", "링크를 복사했습니다", "Markdown 링크를 복사했습니다"),
    "en": ("Copy link", "Copy as Markdown", "Link copied", "Markdown link copied"),
}


def reader(offline, origin, **options):
    page, log = offline(**options)
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=origin)
    return page, log


def clipboard(page):
    return page.evaluate("navigator.clipboard.readText()")


def open_menu(page, heading):
    """The heading's menu, opened with a click on its ¶ unless it is open already."""
    link = heading.locator("a.headerlink")
    if link.get_attribute("aria-expanded") != "true":
        heading.hover()
        link.click()
    return page.locator(".share-menu")


def copy(page, heading, which, lang):
    """Open the heading's menu and press one of its buttons; returns the clipboard's text."""
    copy_link, copy_markdown, *_ = LABELS[lang]
    menu = open_menu(page, heading)
    menu.get_by_role("button", name=copy_link if which == "url" else copy_markdown, exact=True).click()
    done = menu.locator(".share-menu__done")
    done.wait_for(state="visible")
    copied = clipboard(page)
    done.wait_for(state="hidden")  # the confirmation is short
    return copied


def title(page, selector="article h1"):
    return page.eval_on_selector(selector, "h => h.childNodes[0].textContent.trim()")


@pytest.mark.parametrize("lang,path", [("ko", PAGE), ("en", "/en" + PAGE)])
def test_copy_link_gives_the_published_address_of_the_section_in_the_readers_language(
    site_url, offline, lang, path
):
    page, log = reader(offline, site_url)
    page.goto(site_url + path)
    published = page.get_attribute("link[rel=canonical]", "href")
    assert published.startswith("https://") and published.endswith(path), published
    heading = page.locator("article h3#etcd")
    assert copy(page, heading, "url", lang) == published + "#etcd"
    assert copy(page, heading, "markdown", lang) == f"[etcd - {title(page)}]({published}#etcd)"
    assert not log.problems(), "\n".join(log.problems())


def test_the_menu_works_from_the_keyboard_and_is_announced(site_url, offline):
    page, _ = reader(offline, site_url)
    page.goto(site_url + "/en" + PAGE)
    link = page.locator("article h2#control-plane a.headerlink")
    link.focus()
    page.keyboard.press("Enter")
    focused = "document.activeElement.textContent"
    assert page.evaluate(focused) == "Copy link"
    page.keyboard.press("Tab")
    assert page.evaluate(focused) == "Copy as Markdown"
    page.keyboard.press("Enter")
    status = page.locator("[role=status]", has_text="Markdown link copied")
    status.wait_for(state="attached")
    assert clipboard(page).startswith("[The control plane - Kubernetes architecture 2/2")
    page.keyboard.press("Escape")
    assert page.locator(".share-menu").count() == 0
    assert page.evaluate("document.activeElement.matches('h2#control-plane a.headerlink')")
    assert link.get_attribute("aria-expanded") == "false"


def test_side_by_side_links_open_the_side_by_side_view_in_each_columns_language(site_url, offline):
    page, log = reader(offline, site_url)
    page.goto(site_url + PAGE + "?view=both")
    page.wait_for_selector(".sbs-row")
    published = page.get_attribute("link[rel=canonical]", "href")
    english = published.replace(PAGE, "/en" + PAGE)
    mine = page.locator(".sbs-col:not(.sbs-col--twin) h3#etcd")
    assert copy(page, mine, "url", "ko") == published + "?view=both#etcd"
    twin = page.locator(".sbs-col--twin h3#twin-etcd")
    english_title = title(page, ".sbs-col--twin h1")
    assert copy(page, twin, "markdown", "ko") == f"[etcd - {english_title}]({english}?view=both#etcd)"
    assert urlsplit(page.url).path == PAGE, "the twin's ¶ opens the menu and stays on the page"
    assert not log.problems(), "\n".join(log.problems())


def test_under_mkdocs_serve_the_copied_link_is_still_the_published_address(served_site, offline):
    page, log = reader(offline, served_site)
    page.goto(served_site + "/en/docker/basics/")
    copied = copy(page, page.locator("article h2#build-cache"), "url", "en")
    assert copied.startswith("https://") and copied.endswith("/en/docker/basics/#build-cache"), copied
    assert not log.problems(), "\n".join(log.problems())


def test_axe_finds_no_violation_with_the_menu_open(site_url, offline, palette):
    from tests.test_accessibility import violations

    page, _ = reader(offline, site_url, color_scheme=palette)
    page.goto(site_url + "/")
    copy(page, page.locator("article h2#learning-path"), "url", "ko")
    page.locator(".share-menu button").first.focus()
    problems = violations(page)
    assert not problems, f"({palette}):\n" + "\n".join(problems)
