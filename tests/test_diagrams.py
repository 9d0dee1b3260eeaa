"""Diagrams are drawn ahead of time (`make diagrams`) and inlined as SVG text:
readers see them everywhere (print, no JavaScript, both palettes, other fonts,
phones) and download no Mermaid; a changed fence cannot reach the site
without its new drawing."""

import json
import re
import shutil
import subprocess
import sys

import pytest
import yaml

from study_notes.diagrams.size import too_small
from tests.diagram_checks import (
    LABEL_ROOM,
    LABEL_SIZES,
    PAGE_BACKGROUND,
    blend,
    contrast,
    installed_font_families,
    palettes,
    pdf_text,
    rgb,
)
from tests.diagram_sources import accessible, diagrams_by_page, diagrams_in, fence_lines, pages_with_diagrams
from tooling.browser import add_style, draw_all_diagrams
from tooling.build import add_to_nav, build, copy_project, source_pages
from tooling.project import ROOT, default_language, language_of, language_prefix, languages
from tooling.servers import mkdocs_serve

MERMAID_SOURCE = ("flowchart", "sequenceDiagram", "-->", "accTitle", "accDescr", "subgraph")
EDITED_PAGE = "docs/en/kubernetes/orchestration.md"


def edit_first_label(project):
    """Change one label of the first diagram of one English page; returns its new text."""
    page = project / EDITED_PAGE
    text = page.read_text(encoding="utf-8")
    source = diagrams_in(text)[0]
    label = re.search(r'\["([^"<]+)', source)[1]
    changed = source.replace(f'["{label}', '["Edited label', 1)
    page.write_text(text.replace(source, changed, 1), encoding="utf-8")
    return "Edited label"


def test_every_diagram_has_an_accessible_title_and_description():
    missing = []
    for _, md in source_pages():
        for number, source in enumerate(diagrams_in(md.read_text(encoding="utf-8")), 1):
            for key in ("accTitle", "accDescr"):
                if not accessible(source, key):
                    missing.append(f"{md.relative_to(ROOT)}: diagram {number} has no {key}: line")
    assert not missing, "\n".join(missing)


def test_every_fence_is_an_inline_svg_named_by_its_title_and_description(built_site):
    problems = []
    pages = diagrams_by_page()
    assert pages, "no page has a diagram"
    for path, fences in pages.items():
        soup = built_site.soup(path)
        frames = soup.select(".mermaid-diagram")
        if len(frames) != len(fences):
            problems.append(f"{path}: {len(fences)} fences but {len(frames)} diagrams")
        ids = [el["id"] for el in soup.select("[id]")]
        if len(ids) != len(set(ids)):
            problems.append(f"{path}: ids used twice: {sorted({i for i in ids if ids.count(i) > 1})[:5]}")
        if soup.select('script[src*="mermaid"], script[src*="diagrams.js"]'):
            problems.append(f"{path}: loads Mermaid although every drawing is current")
        for number, (frame, source) in enumerate(zip(frames, fences, strict=False), 1):
            where = f"{path} diagram {number}"
            svg = frame.find("svg", recursive=False)
            if svg is None or frame.get("data-rendered") != "build":
                problems.append(f"{where}: not an inline drawing")
                continue
            title = soup.find(id=svg.get("aria-labelledby"))
            desc = soup.find(id=svg.get("aria-describedby"))
            if (
                # A drawing whose nodes link to sections keeps the svg's own role
                # (graphics-document), so the links reach screen readers.
                svg.get("role") != (None if svg.find("a") else "img")
                or not title
                or title.name != "title"
                or not desc
                or desc.name != "desc"
            ):
                problems.append(f"{where}: not role=img (no role, with links) named by <title> and <desc>")
            elif (title.text, desc.text) != (accessible(source, "accTitle"), accessible(source, "accDescr")):
                problems.append(f"{where}: <title>/<desc> are not the fence's accTitle/accDescr")
            prefix = f"{language_of(path)}-diagram-{number}"
            if any(not el["id"].startswith(prefix) for el in svg.select("[id]")) or svg["id"] != prefix:
                problems.append(f"{where}: an id without the prefix {prefix}")
            if svg.find("style") or svg.select("[style]") or svg.find("foreignObject"):
                problems.append(f"{where}: has <style>, a style attribute or HTML labels")
            if not svg.find_all("text") or "data-search-exclude" not in frame.attrs:
                problems.append(f"{where}: labels are not SVG text, or not kept out of search")
            if not (
                frame.get("tabindex") == "0" and frame.get("role") == "group" and frame.get("aria-label")
            ):
                problems.append(f"{where}: its frame is not focusable with a name (it may scroll sideways)")
    assert not problems, "\n".join(problems)


def test_diagram_text_stays_out_of_the_search_index(built_site):
    index = ""
    for file in built_site.site.rglob("search_index.json"):
        index += " ".join(doc["text"] for doc in json.loads(file.read_text(encoding="utf-8"))["docs"])
    descriptions = [accessible(s, "accDescr") for fences in diagrams_by_page().values() for s in fences]
    assert descriptions and index
    leaked = [d for d in descriptions if d[:60] in index]
    assert not leaked, f"diagram text in the search index: {leaked[:3]}"


def test_diagrams_folder_holds_exactly_the_drawings_the_pages_use(built_site):
    used = set()
    for _, path, _ in built_site.pages():
        used |= {frame["data-diagram-key"] for frame in built_site.soup(path).select(".mermaid-diagram")}
    stored = {svg.stem for svg in (ROOT / "diagrams").glob("*.svg")}
    assert used, "no page uses a drawing"
    assert not used - stored, f"pages use drawings that are missing: {sorted(used - stored)}"
    assert not stored - used, (
        f"diagrams/ keeps drawings no page uses (run make diagrams): {sorted(stored - used)}"
    )


def test_diagram_colours_keep_their_contrast_in_both_palettes():
    used = set(
        re.findall(r"var\(--diagram-([\w-]+)\)", (ROOT / "docs/assets/stylesheets/diagrams.css").read_text())
    )
    problems = []
    for scheme, colours in palettes().items():
        page = PAGE_BACKGROUND[scheme]
        problems += [f"{scheme}: --diagram-{role} is used but not set" for role in used - set(colours)]
        text = colours["text"]
        label = blend(colours["label-background"], colours["cluster-fill"], 0.5)  # edge labels are 50% opaque
        for name, background in [
            *(
                (role, colours[role])
                for role in ("node-fill", "cluster-fill", "note-fill", "label-background")
            ),
            ("page", page),
            ("edge label on a subgraph", label),
        ]:
            if contrast(text, background) < 4.5:
                problems.append(f"{scheme}: text on {name} is {contrast(text, background):.2f}:1 (< 4.5)")
        for role in ("line", "node-border", "cluster-border", "note-border"):
            for name, background in (("page", page), ("cluster-fill", colours["cluster-fill"])):
                if contrast(colours[role], background) < 3:
                    problems.append(
                        f"{scheme}: {role} on {name} is {contrast(colours[role], background):.2f}:1 (< 3)"
                    )
    assert set(palettes()) == set(PAGE_BACKGROUND), "site.css must set diagram colours for both palettes"
    assert not problems, "\n".join(problems)


@pytest.mark.slow  # a build of a whole copy of the site
def test_a_changed_label_fails_the_strict_build_naming_the_page_line_and_command(tmp_path):
    project = copy_project(tmp_path / "project")
    edit_first_label(project)
    site = build(project, tmp_path / "site", check=False)
    assert site.returncode != 0, "the build passed with a diagram whose drawing is out of date"
    line = fence_lines((project / EDITED_PAGE).read_text(encoding="utf-8"))[0]
    errors = [row for row in site.log.splitlines() if f"{EDITED_PAGE}:{line}: diagram 1 " in row]
    assert errors and "`make diagrams`" in errors[0], site.log
    assert "Traceback" not in site.log


@pytest.mark.browser
@pytest.mark.parametrize("path", pages_with_diagrams())
def test_every_diagram_shows_with_javascript_disabled(chromium, site_url, path):
    context = chromium.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(site_url + path)
        count = len(diagrams_by_page()[path])
        drawings = page.locator(".mermaid-diagram > svg")
        assert drawings.count() == count
        fill = rgb(palettes()["default"]["node-fill"])
        for i in range(count):
            drawing = drawings.nth(i)
            drawing.scroll_into_view_if_needed()
            box = drawing.bounding_box()
            assert box and box["width"] > 100 and box["height"] > 50, f"{path} diagram {i + 1}: {box}"
            assert drawing.locator("text", has_text=re.compile(r"\S")).first.is_visible()
            shapes = drawing.evaluate(
                "s => [...s.querySelectorAll('.node rect, rect.actor')].map(r => getComputedStyle(r).fill)"
            )
            assert shapes and set(shapes) == {fill}, f"{path} diagram {i + 1}: shapes painted {set(shapes)}"
    finally:
        context.close()


@pytest.mark.browser
@pytest.mark.needs("pdftotext")
@pytest.mark.parametrize("path", pages_with_diagrams())
def test_printing_a_page_right_after_load_shows_every_diagram(offline, site_url, path, tmp_path):
    page, _ = offline()
    page.goto(site_url + path, wait_until="load")
    text = pdf_text(page.pdf(), tmp_path)
    source = [marker for marker in MERMAID_SOURCE if marker in text]
    assert not source, f"{path} prints Mermaid source: {source}"
    labels = page.eval_on_selector_all(
        ".mermaid-diagram > svg",
        # Line by line: the lines of boxes side by side interleave in the PDF's text.
        "svgs => svgs.map(s => [...s.querySelectorAll('.node text, text.actor, .cluster-label text')]"
        ".flatMap(t => t.querySelector(':scope > tspan') ? [...t.querySelectorAll(':scope > tspan')] : [t])"
        ".map(t => t.textContent).filter(t => t.trim()).slice(0, 4))",
    )
    assert len(labels) == len(diagrams_by_page()[path]) and all(labels), labels
    printed = re.sub(r"\s+", "", text)
    missing = [label for diagram in labels for label in diagram if re.sub(r"\s+", "", label) not in printed]
    assert not missing, f"{path}: the printout lacks the labels {missing}"


@pytest.mark.browser
def test_the_palette_toggle_recolours_drawings_without_a_reload_or_a_redraw(offline, site_url):
    path = pages_with_diagrams()[0]
    page, log = offline(color_scheme="light")
    page.goto(site_url + path, wait_until="networkidle")
    fills = (
        "() => [...document.querySelectorAll('.mermaid-diagram .node rect, .mermaid-diagram text')]"
        ".map(e => getComputedStyle(e).fill)"
    )
    page.evaluate("document.querySelectorAll('.mermaid-diagram svg').forEach(s => { s.keep = true; })")
    before, requests = page.evaluate(fills), len(log.requests)
    page.locator("label[for='__palette_1']").click()
    page.wait_for_function("() => document.body.dataset.mdColorScheme === 'slate'")
    after = page.evaluate(fills)
    dark = palettes()["slate"]
    assert set(after) == {rgb(dark["node-fill"]), rgb(dark["text"])}, set(after)
    assert set(after).isdisjoint(before)
    assert page.evaluate("[...document.querySelectorAll('.mermaid-diagram svg')].every(s => s.keep)")
    fetched = [url for url in log.requests[requests:] if "diagram" in url or "mermaid" in url]
    assert not fetched, f"the toggle fetched {fetched}"
    assert not log.problems(), "\n".join(log.problems())


# Each font family a reader may have instead, and the Debian package that installs it.
FONT_FAMILIES = {
    "DejaVu Sans": "fonts-dejavu-core",
    "Liberation Sans": "fonts-liberation",
    "Noto Sans CJK KR": "fonts-noto-cjk",
}


@pytest.mark.browser
@pytest.mark.needs("fc-list")
@pytest.mark.parametrize("family", FONT_FAMILIES)
def test_no_label_overflows_its_box_in_another_font_family(offline, site_url, family):
    """Boxes are sized for the measuring fonts (diagrams/settings.yml); a reader's
    font may differ: each label must fit with room for one 5% wider still."""
    assert family in installed_font_families(), (
        f"{family} is missing: apt-get install {FONT_FAMILIES[family]}"
    )
    page, _ = offline(viewport={"width": 1280, "height": 900})
    problems, checked = [], 0
    for path in pages_with_diagrams():
        page.goto(site_url + path)
        add_style(page, f'.mermaid-diagram svg :is(text, tspan) {{ font-family: "{family}" !important; }}')
        for number, svg in enumerate(page.query_selector_all(".mermaid-diagram > svg"), 1):
            for label in svg.evaluate(LABEL_ROOM):
                checked += 1
                where = f'{path} diagram {number} "{label["label"][:40]}"'
                if label["shape"] is None:
                    problems.append(f"{where}: sits in no shape")
                    continue
                room = max(0.5, 0.025 * label["width"])  # per side: 5% wider in all
                if min(label["left"], label["right"]) < room or min(label["top"], label["bottom"]) < -4:
                    sides = {k: round(label[k], 1) for k in ("left", "right", "top", "bottom")}
                    problems.append(
                        f"{where}: too little room in its {label['shape']} under {family}: {sides}"
                    )
    assert checked > 100, f"only {checked} labels measured"
    assert not problems, "\n".join(problems)


@pytest.mark.browser
def test_a_wide_diagram_on_a_phone_keeps_readable_text_and_scrolls_sideways_by_keyboard(offline, site_url):
    page, _ = offline(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    page.goto(site_url + "/en/kubernetes/cluster-architecture/")
    frame = page.locator(".mermaid-diagram").first
    frame.scroll_into_view_if_needed()
    size = frame.evaluate(
        "f => { const s = f.querySelector('svg');"
        " const scale = s.getBoundingClientRect().width / s.viewBox.baseVal.width;"
        " return {text: 16 * scale, scroll: f.scrollWidth, width: f.clientWidth}; }"
    )
    assert size["scroll"] > size["width"], f"the wide diagram does not scroll sideways: {size}"
    assert size["text"] >= 9.9, f"its text shrinks to {size['text']:.1f} px"
    assert frame.get_attribute("tabindex") == "0" and frame.get_attribute("aria-label") == "Diagram 1"
    frame.focus()
    page.keyboard.press("ArrowRight")
    page.wait_for_function("f => f.scrollLeft > 0", arg=frame.element_handle())


@pytest.mark.browser
@pytest.mark.parametrize("path", [path for path, _ in source_pages()])
def test_no_page_loads_mermaid_code_when_its_drawings_are_current(site_url, offline, path):
    page, log = offline()
    page.goto(site_url + path, wait_until="networkidle")
    page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
    page.wait_for_load_state("networkidle")
    code = [url for url in log.requests if "/vendor/mermaid/" in url or "diagrams.js" in url]
    assert not code, f"{path} loaded {code}"


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


@pytest.fixture(scope="module")
def served_with_changed_diagrams(tmp_path_factory):
    """`mkdocs serve` of a copy with one edited label and one broken diagram."""
    project = copy_project(tmp_path_factory.mktemp("serve") / "project")
    label = edit_first_label(project)
    for language in languages():
        (project / "docs" / language / "broken.md").write_text(BROKEN, encoding="utf-8")
    add_to_nav(project, "broken.md")
    with mkdocs_serve(project, livereload=False) as url:
        yield url, label


@pytest.mark.browser
def test_under_mkdocs_serve_a_changed_diagram_is_drawn_in_the_browser(served_with_changed_diagrams, offline):
    url, label = served_with_changed_diagrams
    page, log = offline()
    page.goto(url + "/en/kubernetes/orchestration/")
    draw_all_diagrams(page)
    states = page.eval_on_selector_all(".mermaid-diagram", "els => els.map(e => e.dataset.rendered)")
    assert states == ["browser"] + ["build"] * (len(states) - 1), states
    drawn = page.locator(".mermaid-diagram").first
    assert label in drawn.locator("svg").text_content()
    linked = drawn.locator("svg a").count() > 0  # a drawing with links keeps the svg's own role
    assert drawn.locator("svg").get_attribute("role") == (None if linked else "img")
    assert drawn.locator("svg > title").text_content()
    assert any("/vendor/mermaid/" in request for request in log.requests)
    # The fallback paints with the same colour roles: it follows the palette too.
    page.locator("label[for='__palette_1']").click()
    fill = drawn.evaluate("d => getComputedStyle(d.querySelector('.node rect')).fill")
    assert fill == rgb(palettes()["slate"]["node-fill"])
    assert not log.problems(), "\n".join(log.problems())


@pytest.mark.browser
def test_under_mkdocs_serve_a_broken_diagram_is_reported_with_its_file_and_line_and_shown(
    served_with_changed_diagrams, offline
):
    url, _ = served_with_changed_diagrams
    page, log = offline()
    page.goto(url + "/broken/")
    draw_all_diagrams(page)
    box = page.locator(".mermaid-diagram .diagram-error")
    assert box.is_visible(), "the writer should see why the diagram is missing"
    assert "다이어그램 1" in box.inner_text()
    # Names the Markdown file and a line of the diagram in it, not only the page address.
    where = re.compile(rf"diagram 1 \(docs/{default_language()}/broken\.md:(\d+)\) on /broken/")
    lines = [int(m.group(1)) for e in log.console_errors if (m := where.search(e))]
    assert lines and lines[0] in BROKEN_LINES, (log.console_errors, list(BROKEN_LINES))


@pytest.mark.browser
def test_make_diagrams_draws_a_changed_fence_and_removes_the_drawing_it_replaces(tmp_path):
    project = copy_project(tmp_path / "project")
    shutil.rmtree(project / "scripts" / "mermaid_bundle", ignore_errors=True)
    label = edit_first_label(project)
    before = {svg.name for svg in (project / "diagrams").glob("*.svg")}
    result = subprocess.run(
        [sys.executable, "-m", "scripts.draw_diagrams"],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    after = {svg.name for svg in (project / "diagrams").glob("*.svg")}
    assert len(after - before) == 1 and len(before - after) == 1, (before - after, after - before)
    assert "1 drawn" in result.stdout and "1 removed" in result.stdout, result.stdout
    site = build(project, tmp_path / "site")
    assert label in site.soup("/en/kubernetes/orchestration/").select_one(".mermaid-diagram svg").get_text()


# Where readers see the drawings: every page with a diagram, and the course.
DIAGRAM_PAGES = pages_with_diagrams() + [language_prefix(lang) + "course/" for lang in languages()]
READABLE = yaml.safe_load((ROOT / "diagrams" / "settings.yml").read_text(encoding="utf-8"))["readable"]
ROUNDING = 0.05  # px: a label drawn at 11.98 px is a 12 px label


def label_sizes(page, url):
    page.goto(url)
    return page.evaluate(LABEL_SIZES)


@pytest.mark.browser
@pytest.mark.parametrize("path", DIAGRAM_PAGES)
def test_every_label_is_readable_without_zooming_in_a_laptop_window(offline, site_url, path):
    page, _ = offline(viewport={"width": 1280, "height": 900})
    sizes = label_sizes(page, site_url + path)
    assert sizes["diagrams"], f"{path} shows no diagram"
    small = [
        f'diagram {d["number"]}: "{d["label"]}" at {d["smallest"]:.1f} px'
        for d in sizes["diagrams"]
        if not d["drawn"] or d["smallest"] < READABLE["laptop"] - ROUNDING
    ]
    assert not small, f"{path} at 1280 x 900, labels under {READABLE['laptop']} px:\n" + "\n".join(small)


@pytest.mark.browser
@pytest.mark.parametrize("path", DIAGRAM_PAGES)
def test_on_a_phone_labels_stay_readable_and_a_wide_drawing_scrolls_in_its_own_frame(offline, site_url, path):
    page, _ = offline(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    sizes = label_sizes(page, site_url + path)
    assert sizes["page"] <= sizes["window"], f"{path}: the page itself scrolls sideways ({sizes['page']} px)"
    for d in sizes["diagrams"]:
        assert d["smallest"] >= READABLE["phone"] - ROUNDING, f"{path} diagram {d['number']}: {d}"
        assert d["hint"] == d["scrolls"], f"{path} diagram {d['number']}: scrolls without its hint: {d}"


@pytest.mark.browser
@pytest.mark.parametrize("path", [path for path in DIAGRAM_PAGES if "/course/" in path])
def test_every_label_prints_at_8_pt_or_more_on_a4_portrait(offline, site_url, path):
    # A4 is 210 mm wide; Chromium's default margins (about 1 cm) leave 190 mm
    # of paper, 718 CSS px at 96 px per inch.
    page, _ = offline(viewport={"width": 718, "height": 1000})
    page.emulate_media(media="print")
    sizes = label_sizes(page, site_url + path)
    floor = READABLE["print_pt"] * 96 / 72
    small = [d for d in sizes["diagrams"] if d["smallest"] < floor - ROUNDING]
    assert len(sizes["diagrams"]) >= 10, f"the course shows only {len(sizes['diagrams'])} diagrams"
    assert not small, f"{path}: labels under {READABLE['print_pt']} pt on A4: {small}"


@pytest.mark.browser
@pytest.mark.parametrize("path", DIAGRAM_PAGES)
def test_diagram_nodes_link_to_sections_of_their_own_page(offline, site_url, path):
    page, _ = offline(viewport={"width": 1280, "height": 900})
    page.goto(site_url + path)
    links = page.evaluate(
        """() => [...document.querySelectorAll('.mermaid-diagram svg a')].map(a => ({
          href: a.getAttribute('href') || a.getAttribute('xlink:href') || '',
          name: a.textContent.trim(), focusable: a.tabIndex >= 0,
        })).map(l => ({...l, target: !!document.getElementById(l.href.slice(1))}))
"""
    )
    assert links, f"no node of {path}'s diagrams links to a section"
    broken = [a for a in links if not (a["href"].startswith("#") and a["target"] and a["name"])]
    assert not broken, f"{path}: node links to nothing on the page: {broken}"
    assert all(link["focusable"] for link in links)


@pytest.mark.browser
def test_every_component_with_a_section_is_a_link_in_the_control_plane_diagrams(offline, site_url):
    page, _ = offline(viewport={"width": 1280, "height": 900})
    for prefix in (language_prefix(lang) for lang in languages()):
        page.goto(site_url + prefix + "kubernetes/control-plane-and-nodes/")
        targets = set(
            page.evaluate(
                "() => [...document.querySelectorAll('.mermaid-diagram svg a')]"
                ".map(a => (a.getAttribute('href') || a.getAttribute('xlink:href')).slice(1))"
            )
        )
        wanted = {"kube-apiserver", "etcd", "kube-scheduler", "kube-controller-manager"}
        wanted |= {"cloud-controller-manager", "kubelet", "kube-proxy"}
        wanted |= {"container-runtime", "cni-network-plugins"}
        assert wanted <= targets, f"{prefix}: no node links to {sorted(wanted - targets)}"


@pytest.mark.browser
@pytest.mark.parametrize("lang", languages())
def test_a_diagram_opens_full_window_zooms_and_closes_with_escape_back_to_its_button(offline, site_url, lang):
    page, _ = offline(viewport={"width": 1280, "height": 900})
    page.goto(site_url + language_prefix(lang) + "kubernetes/control-plane-and-nodes/")
    opener = page.locator(".diagram-tools__open").first
    opener.focus()
    page.keyboard.press("Enter")
    dialog = page.locator("dialog.diagram-viewer[open]")
    dialog.wait_for()
    drawing = dialog.locator("svg")
    assert drawing.count() == 1 and page.locator(".md-typeset .mermaid-diagram svg").count() >= 5
    width = drawing.bounding_box()["width"]
    assert width > 1000, f"the full-window drawing is only {width} px wide"
    for _ in range(2):
        page.keyboard.press("+")
    zoomed = page.evaluate("() => document.querySelector('.diagram-viewer__stage > div').style.transform")
    assert "scale(1.5625)" in zoomed
    page.mouse.move(640, 450)
    page.keyboard.down("Control")
    page.mouse.wheel(0, -100)
    page.keyboard.up("Control")
    assert "scale(1.95" in page.evaluate(
        "() => document.querySelector('.diagram-viewer__stage > div').style.transform"
    )
    page.keyboard.press("Escape")
    assert page.locator("dialog.diagram-viewer[open]").count() == 0
    assert page.evaluate("() => document.activeElement.classList.contains('diagram-tools__open')")
    first = page.locator(".md-typeset .mermaid-diagram").first
    assert first.locator(":scope > svg").count() == 1, "the drawing did not come back to the page"


WIDTH = re.compile(r'(<svg\b[^>]*?\swidth=")[\d.]+')


@pytest.mark.slow  # a build of a whole copy of the site
def test_a_drawing_too_wide_to_read_fails_the_build_naming_its_fence_and_size(tmp_path):
    project = copy_project(tmp_path / "project")
    line = fence_lines((project / EDITED_PAGE).read_text(encoding="utf-8"))[0]
    for drawing in (project / "diagrams").glob("*.svg"):  # every drawing, so this page's too
        svg = drawing.read_text(encoding="utf-8")
        drawing.write_text(WIDTH.sub(r"\g<1>1600", svg, count=1), encoding="utf-8")
    site = build(project, tmp_path / "site", check=False)
    assert site.returncode != 0, "the build passed with a drawing whose labels would be 6.9 px"
    where = f"{EDITED_PAGE}:{line}: diagram 1 is 1600 px wide"
    errors = [row for row in site.log.splitlines() if where in row]
    assert errors and "6.9 px" in errors[0] and "(TB)" in errors[0], site.log
    assert "Traceback" not in site.log


def test_the_readable_floor_is_measured_on_the_drawings_own_label_size():
    svg = '<svg width="{}"><style>\n.diagram-flowchart-v2 {{ font-size: 16px; }}</style></svg>'
    assert too_small(svg.format(900), READABLE) is None
    assert "11.0 px" in too_small(svg.format(1000), READABLE)
