"""Draw every ```mermaid fence of every page and store the drawings in diagrams/.

Usage:  .venv/bin/python -m scripts.draw_diagrams          (or: make diagrams)
        .venv/bin/python -m scripts.draw_diagrams --all    (redraw even current ones)

A contributor step, like vendoring: the build inlines the stored drawings
(study_notes/diagrams/) and needs neither Node nor a browser. This script:

1. builds the site once with DIAGRAMS_MANIFEST set, so the plugin lists every
   fence exactly as it sees it (source, key, page, line);
2. draws each fence that has no drawing yet with the vendored Mermaid in
   headless Chromium, through the same code as the in-browser fallback
   (docs/assets/javascripts/diagrams.js), and checks that the stored copy
   looks like Mermaid's own and paints only the site's colour roles
   (scripts/draw_diagrams.js);
3. removes drawings no fence uses any more;
4. writes docs/assets/stylesheets/diagrams.css: the rules the drawings use,
   once for all of them, instead of a <style> inside each inlined SVG.

Commit diagrams/ and the stylesheet with the page you edited.
"""

import html
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from study_notes.diagrams.inline import drawings_digest
from tooling.browser import launch_chromium
from tooling.build import build
from tooling.project import ROOT
from tooling.servers import serve

DRAWINGS = ROOT / "diagrams"
STYLESHEET = ROOT / "docs" / "assets" / "stylesheets" / "diagrams.css"
ASSETS = ROOT / "docs" / "assets"
CHECKS = Path(__file__).with_name("draw_diagrams.js")
STYLE = re.compile(r"<style>(.*?)</style>", re.S)


def fence_manifest() -> dict:
    """Every fence of every page, as the build sees it (study_notes/diagrams/inline.py)."""
    with tempfile.TemporaryDirectory() as tmp:
        manifest = Path(tmp) / "manifest.json"
        site = build(ROOT, Path(tmp) / "site", check=False, environment={"DIAGRAMS_MANIFEST": str(manifest)})
        if site.returncode != 0 or not manifest.is_file():
            sys.exit(f"The site does not build, so its diagrams cannot be listed:\n{site.log}")
        return json.loads(manifest.read_text(encoding="utf-8"))


def missing_fonts(fonts: list[str]) -> list[str]:
    if not shutil.which("fc-list"):
        return []  # no fontconfig to ask; Chromium will fall back and the checks still run
    installed = subprocess.run(["fc-list", ":", "family"], capture_output=True, text=True).stdout.lower()
    families = {name.strip() for line in installed.splitlines() for name in line.split(",")}
    return [font for font in fonts if font.lower() not in families]


def stored(svg: str, css: list[str]) -> str:
    """A drawing as stored: its rules inside, so the file also shows on its own."""
    style = "<style>\n" + html.escape("\n".join(css), quote=False) + "\n</style>"
    return svg.replace("</desc>", "</desc>" + style, 1) + "\n"


def read_stored(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    match = STYLE.search(text)
    css = html.unescape(match[1]).strip().splitlines() if match else []
    return {"svg": STYLE.sub("", text, count=1), "css": css}


def open_drawing_page(browser, base: str, settings: dict):
    page = browser.new_page()
    data = json.dumps(settings).replace("</", "<\\/")  # raw text inside <script>
    page.on("pageerror", lambda error: print(f"drawing page error: {error}", file=sys.stderr))
    page.goto(base + "/")
    page.set_content(
        '<!doctype html><html><head><meta charset="utf-8"></head><body>'
        f'<script type="application/json" id="diagram-settings">{data}</script>'
        "</body></html>"
    )
    page.add_script_tag(url=base + "/vendor/mermaid/mermaid.min.js")
    page.add_script_tag(url=base + "/javascripts/diagrams.js")
    page.add_script_tag(path=str(CHECKS))
    page.evaluate("document.fonts.ready.then(() => true)")
    return page


def main(redraw_all: bool = False) -> int:
    manifest = fence_manifest()
    settings, token, fences = manifest["settings"], manifest["id_token"], manifest["fences"]
    missing = missing_fonts(settings["measure_fonts"])
    if missing:
        sys.exit(
            f"Install the fonts diagrams are measured with first: {', '.join(missing)} "
            "(Debian: apt-get install fonts-dejavu-core fonts-noto-cjk)"
        )
    by_key: dict[str, list[dict]] = {}
    for fence in fences:
        by_key.setdefault(fence["key"], []).append(fence)
    DRAWINGS.mkdir(exist_ok=True)
    to_draw = [key for key in by_key if redraw_all or not (DRAWINGS / f"{key}.svg").is_file()]
    failures, drawn = [], 0
    server, base = serve(ASSETS)
    try:
        with sync_playwright() as playwright:
            browser = launch_chromium(playwright)
            page = open_drawing_page(browser, base, settings)
            for key in to_draw:
                fence = by_key[key][0]
                result = page.evaluate("([s, t]) => drawingChecks.draw(s, t)", [fence["source"], token])
                problems = [result["error"]] if "error" in result else result["problems"]
                if problems:
                    for where in by_key[key]:
                        place = f"{where['page']}:{where['line']}" if where["line"] else where["page"]
                        failures.append(f"{place}: diagram {where['number']}: {problems[0]}")
                        failures.extend(f"    {problem}" for problem in problems[1:6])
                    continue
                (DRAWINGS / f"{key}.svg").write_text(stored(result["svg"], result["css"]), encoding="utf-8")
                drawn += 1
                print(f"drew {fence['page']} diagram {fence['number']} -> diagrams/{key}.svg")
            removed = [path for path in DRAWINGS.glob("*.svg") if path.stem not in by_key]
            for path in removed:
                path.unlink()
                print(f"removed diagrams/{path.name} (no fence uses it)")
            kept = sorted(path for path in DRAWINGS.glob("*.svg"))
            sheet = page.evaluate("d => drawingChecks.stylesheet(d)", [read_stored(path) for path in kept])
            failures.extend(f"{STYLESHEET.relative_to(ROOT)}: {problem}" for problem in sheet["problems"])
            browser.close()
    finally:
        server.shutdown()
    STYLESHEET.write_text(
        f"/* The drawings' shared rules, made by `make diagrams` (scripts/draw_diagrams.py) for the drawings "
        f"{drawings_digest(path.stem for path in kept)}: do not edit. Colours: site.css. */\n"
        + "\n".join(sheet["css"])
        + "\n",
        encoding="utf-8",
    )
    print(f"{drawn} drawn, {len(kept)} stored, {len(removed)} removed; wrote {STYLESHEET.relative_to(ROOT)}")
    if failures:
        print("\n".join(failures), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(redraw_all="--all" in sys.argv[1:]))
