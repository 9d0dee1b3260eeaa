"""Shared fixtures: one strict build of the site, a loopback server, Chromium."""

import functools
import http.server
import sys
import threading

import pytest

from browser import launch_chromium, offline_page
from site_build import ROOT, build


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


class QuietServer(http.server.ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        # A browser that navigates away mid-download closes the socket: not an error.
        if not isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            super().handle_error(request, client_address)


def serve_directory(directory):
    handler = functools.partial(QuietHandler, directory=str(directory))
    server = QuietServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


@pytest.fixture(scope="session")
def built_site(tmp_path_factory):
    return build(ROOT, tmp_path_factory.mktemp("site") / "site")


@pytest.fixture(scope="session")
def site_url(built_site):
    server, url = serve_directory(built_site.site)
    yield url
    server.shutdown()


@pytest.fixture(scope="session")
def chromium():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        yield browser
        browser.close()


@pytest.fixture(params=["light", "dark"])
def palette(request):
    return request.param


@pytest.fixture
def offline(chromium):
    """Open pages with every non-loopback request refused: offline(color_scheme=...)."""
    contexts = []

    def open_page(color_scheme="light", **options):
        context = chromium.new_context(color_scheme=color_scheme, **options)
        contexts.append(context)
        return offline_page(context)

    yield open_page
    for context in contexts:
        context.close()
