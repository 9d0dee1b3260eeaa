"""Pages open in a real Chromium with the network cut off and log no error."""

import pytest

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("path", ["/", "/en/"])
def test_home_pages_open_offline_without_console_errors(site_url, offline, palette, path):
    page, log = offline(color_scheme=palette)
    page.goto(site_url + path, wait_until="load")
    page.wait_for_load_state("networkidle")
    assert page.locator("h1").first.is_visible()
    assert not log.problems(), "\n".join(log.problems())


def test_palette_starts_from_the_readers_system_preference(site_url, offline):
    for scheme, expected in (("light", "default"), ("dark", "slate")):
        page, _ = offline(color_scheme=scheme)
        page.goto(site_url + "/")
        assert page.locator("body").get_attribute("data-md-color-scheme") == expected
