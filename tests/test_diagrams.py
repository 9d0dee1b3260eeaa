"""Diagrams render from the site's own Mermaid, in both palettes, offline."""

import re

import pytest

from tests.diagram_sources import diagrams_in, pages_with_diagrams
from tooling.browser import draw_all_diagrams
from tooling.build import build, copy_project
from tooling.project import ROOT, default_language, languages
from tooling.servers import serve

DIAGRAM_STATE = """els => els.map(e => ({
  state: e.dataset.rendered,
  error: e.querySelector('.diagram-error pre')?.textContent || null,
  svg: !!e.querySelector('svg'),
  title: e.querySelector('svg > title')?.textContent || null,
  desc: e.querySelector('svg > desc')?.textContent || null,
}))"""


def open_and_wait(offline, url, palette="light"):
    page, log = offline(color_scheme=palette)
    page.goto(url)
    draw_all_diagrams(page)
    return page, log


def test_every_diagram_has_an_accessible_title_and_description():
    missing = []
    for md in sorted((ROOT / "docs").rglob("*.md")):
        for number, source in enumerate(diagrams_in(md.read_text(encoding="utf-8")), 1):
            for key in ("accTitle:", "accDescr"):
                if key not in source:
                    missing.append(f"{md.relative_to(ROOT)}: diagram {number} has no {key}")
    assert not missing, "\n".join(missing)


@pytest.mark.browser
@pytest.mark.parametrize("path", pages_with_diagrams())
def test_every_diagram_renders_as_svg_in_both_palettes(site_url, offline, palette, path):
    page, log = open_and_wait(offline, site_url + path, palette)
    diagrams = page.eval_on_selector_all(".mermaid-diagram", DIAGRAM_STATE)
    assert diagrams, f"{path}: no diagram found"
    failures = []
    for number, d in enumerate(diagrams, 1):
        if d["error"]:
            failures.append(f"{path} diagram {number}: {d['error']}")
        elif not d["svg"] or d["state"] != palette:
            failures.append(f"{path} diagram {number}: not drawn for the {palette} palette ({d})")
        elif not d["title"] or not d["desc"]:
            failures.append(f"{path} diagram {number}: SVG lacks an accessible title/description")
    assert not failures, "\n".join(failures)
    assert not log.problems(), "\n".join(log.problems())


@pytest.mark.browser
def test_toggling_the_palette_redraws_diagrams_in_the_new_theme(site_url, offline):
    path = pages_with_diagrams()[0]
    page, log = open_and_wait(offline, site_url + path, "light")
    page.locator("label[for='__palette_1']").click()
    page.wait_for_function(
        "() => [...document.querySelectorAll('.mermaid-diagram')].every(e => e.dataset.rendered === 'dark')",
        timeout=30_000,
    )
    assert not log.problems(), "\n".join(log.problems())


@pytest.mark.browser
@pytest.mark.parametrize("path", ["/", "/en/", "/glossary/", "/en/glossary/"])
def test_pages_without_diagrams_load_no_mermaid_code(site_url, offline, path):
    assert path not in pages_with_diagrams()
    page, log = offline()
    page.goto(site_url + path, wait_until="networkidle")
    mermaid = [url for url in log.requests if "mermaid" in url]
    assert not mermaid, f"{path} has no diagram but loaded {mermaid}"


BROKEN = """---
description: 일부러 틀리게 쓴 다이어그램이 있는 시험용 페이지입니다.
---

# 고장 난 그림

## 그림 { #diagram }

```mermaid
flowchart TB
  accTitle: 고장
  accDescr: 일부러 틀린 문법
  A["열린 괄호" --> B
```
"""


# The lines of the broken diagram in the Markdown file (its fences included).
BROKEN_OPENS = BROKEN.splitlines().index("```mermaid") + 1
BROKEN_LINES = range(BROKEN_OPENS, BROKEN_OPENS + BROKEN.count("\n", BROKEN.index("```mermaid")))


@pytest.mark.browser
def test_a_broken_diagram_is_reported_with_its_file_and_line_and_shown_to_the_reader(
    tmp_path, chromium, offline
):
    project = copy_project(tmp_path / "project")
    for language in languages():
        (project / "docs" / language / "broken.md").write_text(BROKEN, encoding="utf-8")
    site = build(project, tmp_path / "site")
    server, url = serve(site.site)
    try:
        page, log = open_and_wait(offline, url + "/broken/")
        box = page.locator(".mermaid-diagram .diagram-error")
        assert box.is_visible(), "the reader should see why the diagram is missing"
        assert "다이어그램 1" in box.inner_text()
        # Names the Markdown file and a line of the diagram in it, not only the page address.
        where = re.compile(rf"diagram 1 \(docs/{default_language()}/broken\.md:(\d+)\) on /broken/")
        lines = [int(m.group(1)) for e in log.console_errors if (m := where.search(e))]
        assert lines and lines[0] in BROKEN_LINES, (log.console_errors, list(BROKEN_LINES))
    finally:
        server.shutdown()
