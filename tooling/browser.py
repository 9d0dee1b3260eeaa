"""Chromium, started the way this project needs it: the one browser
configuration for tests, the benchmark, screenshots and Lighthouse.

The executable comes from $CHROMIUM_PATH, else Debian's /usr/bin/chromium when
present, else Playwright's own download (run `playwright install chromium`
yourself on a machine that can fetch it).
"""

import os
import shutil
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from tooling.tools import missing

LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "[::1]", "::1"}
CHROMIUM_ARGS = [
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-gpu",
    "--disable-sync",
    "--no-first-run",
]


def chromium_executable():
    configured = os.environ.get("CHROMIUM_PATH")
    if configured:
        return configured
    return shutil.which("chromium") or ("/usr/bin/chromium" if os.path.exists("/usr/bin/chromium") else None)


def missing_chromium() -> str | None:
    """Why the browser tests cannot start, with every way to fix it; None if they can."""
    configured = os.environ.get("CHROMIUM_PATH")
    if configured:
        if os.path.isfile(configured) and os.access(configured, os.X_OK):
            return None
        problem = f"CHROMIUM_PATH={configured} is not an executable file."
    elif chromium_executable():
        return None
    else:
        from playwright.sync_api import sync_playwright

        with sync_playwright() as playwright:
            if os.path.isfile(playwright.chromium.executable_path):
                return None
        problem = f"{missing('chromium')} (no $CHROMIUM_PATH, no /usr/bin/chromium, no Playwright download)"
    return (
        f"{problem}\n"
        "The browser tests (marked 'browser') need Chromium. Any one of these gives it:\n"
        "  - Debian or Ubuntu:  sudo apt-get install chromium   (used from /usr/bin/chromium)\n"
        "  - a Chromium you already have:  CHROMIUM_PATH=/path/to/chromium make test\n"
        "  - where this machine can download it:  .venv/bin/playwright install chromium\n"
        "Meanwhile `make check` runs every test that needs no browser."
    )


def chromium_args() -> list[str]:
    args = list(CHROMIUM_ARGS)
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        args.append("--no-sandbox")  # Chromium refuses to sandbox as root.
    return args


def launch_chromium(playwright):
    return playwright.chromium.launch(executable_path=chromium_executable(), args=chromium_args())


def is_outside(url):
    """True for a request that would leave this machine."""
    parts = urlsplit(url)
    if parts.scheme in ("data", "blob", "about", "file", "chrome-extension"):
        return False
    return parts.hostname not in LOOPBACK_HOSTS


@dataclass
class PageLog:
    """What a page did that a reader would not want: errors, outside requests."""

    console_errors: list = field(default_factory=list)
    page_errors: list = field(default_factory=list)
    outside_requests: list = field(default_factory=list)
    failed_requests: list = field(default_factory=list)
    requests: list = field(default_factory=list)
    # What the page's Content-Security-Policy refused (securitypolicyviolation events).
    policy_violations: list = field(default_factory=list)

    def problems(self):
        return (
            self.console_errors
            + self.page_errors
            + [f"refused by the Content-Security-Policy: {v}" for v in self.policy_violations]
            + [f"outside request: {url}" for url in self.outside_requests]
            + [f"failed request: {url}" for url in self.failed_requests]
        )


# Runs in every document (and frame) before its own scripts.
REPORT_VIOLATIONS = """document.addEventListener("securitypolicyviolation", e => {
  window.studyNotesPolicyViolation(`${e.effectiveDirective} refused ${e.blockedURI || "inline"}`
    + ` on ${location.href}${e.sample ? ": " + e.sample : ""}`);
});"""


def offline_page(context):
    """A new page whose every non-loopback request is refused and recorded."""
    log = PageLog()

    def route(route):
        if is_outside(route.request.url):
            log.outside_requests.append(route.request.url)
            route.abort("internetdisconnected")
        else:
            route.continue_()

    page = context.new_page()
    page.route("**/*", route)
    page.expose_function("studyNotesPolicyViolation", lambda text: log.policy_violations.append(text))
    page.add_init_script(REPORT_VIOLATIONS)

    def console(message):
        if message.type == "error":
            log.console_errors.append(f"console error on {page.url}: {message.text}")

    def request_failed(request):
        # ERR_ABORTED is the browser dropping requests when the reader navigates away.
        if not is_outside(request.url) and "ERR_ABORTED" not in (request.failure or ""):
            log.failed_requests.append(f"{request.url} ({request.failure})")

    page.on("console", console)
    page.on("pageerror", lambda e: log.page_errors.append(f"page error on {page.url}: {e}"))
    page.on("request", lambda r: log.requests.append(r.url))
    page.on("requestfailed", request_failed)
    return page, log


# page.wait_for_function() takes functions here ("() => ..."), never bare
# expressions: Playwright evaluates those with eval() inside the page, which
# the site's Content-Security-Policy refuses.


# Quiet means: no change to the document for `quiet` ms and then for two
# rendering updates (ResizeObserver callbacks run in those), so a renderer
# that was paused on a busy machine cannot pass for a finished page.
SETTLED = """quiet => new Promise(done => {
  let changed = false, timer;
  const observer = new MutationObserver(() => {
    changed = true;
    clearTimeout(timer);
    timer = setTimeout(check, quiet);
  });
  function check() {
    changed = false;
    requestAnimationFrame(() => requestAnimationFrame(() => {
      if (changed) return;  // a change restarted the timer
      // A transition still running (Material fades its header title as the
      // reader scrolls) is a page half-drawn: wait for it to end.
      const running = document.getAnimations().filter(a => a.playState === "running"
        && isFinite(a.effect ? a.effect.getComputedTiming().endTime : Infinity));
      if (running.length) {
        Promise.all(running.map(a => a.finished.catch(() => null))).then(check);
        return;
      }
      observer.disconnect();
      done();
    }));
  }
  observer.observe(document, { subtree: true, childList: true, attributes: true });
  timer = setTimeout(check, quiet);
})"""


def settle(page, quiet_ms=300):
    """Wait until the page has loaded and its scripts have stopped changing it
    (Material, for one, finishes markup in ResizeObserver callbacks after
    load): the page as a reader first sees it, before they scroll."""
    page.wait_for_load_state("networkidle")
    page.wait_for_function("() => document.readyState === 'complete'")
    page.evaluate(SETTLED, quiet_ms)


def add_style(page, css):
    """Style the page from a test. Not page.add_style_tag(): the site's
    Content-Security-Policy refuses inline <style>; a constructed stylesheet
    (the CSSOM) is not an inline style."""
    page.evaluate(
        """css => { const sheet = new CSSStyleSheet(); sheet.replaceSync(css);
                    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet]; }""",
        css,
    )


def draw_all_diagrams(page, timeout=30_000):
    """Scroll to each diagram as a reader would (they are drawn when near the
    screen) and wait until it is drawn or has reported its error."""
    diagrams = page.locator(".mermaid-diagram")
    for i in range(diagrams.count()):
        diagram = diagrams.nth(i)
        diagram.scroll_into_view_if_needed()
        page.wait_for_function("el => el.dataset.rendered", arg=diagram.element_handle(), timeout=timeout)
