"""Shared fixtures: one strict build of the site, a loopback server, Chromium; and the
bad-input builds, started in the background once the tests are collected."""

import zipfile

import pytest

from tests.bad_inputs import BUILDS, CLEAN
from tooling.browser import launch_chromium, missing_chromium, offline_page
from tooling.build import build
from tooling.project import ROOT
from tooling.servers import mkdocs_serve, serve
from tooling.tools import missing_programs


@pytest.hookimpl(trylast=True)  # after -m and -k have left out what will not run
def pytest_collection_modifyitems(config, items):
    """When a test about to run needs a program this machine lacks, stop once, before
    any test runs, with one line per missing program naming the command that installs it
    (tooling/tools.py), rather than a failure, a skip or Playwright's "playwright install"
    box in every test that needs it."""
    needed = {program for item in items for marker in item.iter_markers("needs") for program in marker.args}
    problems = missing_programs(needed)
    if any(item.get_closest_marker("browser") for item in items) and (problem := missing_chromium()):
        problems.append(problem)
    if problems:
        config.pluginmanager.get_plugin("terminalreporter").write_line(
            "\n" + "\n".join(problems), red=True, bold=True
        )
        pytest.exit("a program the tests need is missing (see above)", returncode=pytest.ExitCode.USAGE_ERROR)


@pytest.fixture
def bad_input_builds():
    """The tiny site's builds, each bad-input case's and its own (CLEAN), started once the
    tests are collected (pytest_collection_finish, below)."""
    return BUILDS


@pytest.fixture(scope="session")
def built_site(tmp_path_factory):
    return build(ROOT, tmp_path_factory.mktemp("site") / "site")


@pytest.fixture(scope="session")
def offline_copy(tmp_path_factory, chromium):
    """The zip the deploy workflow publishes for file:// reading, PDFs included, unpacked."""
    from scripts.build_offline_copy import FOLDER, build_offline_copy

    tmp = tmp_path_factory.mktemp("offline")
    with zipfile.ZipFile(build_offline_copy(tmp / "copy.zip", pdf=True, browser=chromium)) as archive:
        archive.extractall(tmp)
    return tmp / FOLDER


@pytest.fixture(scope="session")
def site_url(built_site):
    server, url = serve(built_site.site)  # gzipped, like GitHub Pages
    yield url
    server.shutdown()


@pytest.fixture(scope="session")
def served_site():
    """`mkdocs serve` of the project, the way a writer (or a learner offline) runs it."""
    with mkdocs_serve(ROOT, livereload=False) as url:
        yield url


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


def pytest_collection_finish(session):
    """Start the bad-input builds now, so they use the second core while the tests
    before them run (tests/test_the_build_refuses_bad_input.py)."""
    if session.config.option.collectonly:
        return
    names = set()
    for item in session.items:
        if "bad_input_builds" in getattr(item, "fixturenames", ()):
            callspec = getattr(item, "callspec", None)
            names.add(callspec.params.get("bad_input", CLEAN) if callspec else CLEAN)
    if names:
        BUILDS.start(names)


def pytest_sessionfinish(session):
    BUILDS.stop()
