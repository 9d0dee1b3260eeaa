"""Build the downloadable offline copy: the site for file:// reading, zipped.

Usage:  .venv/bin/python -m scripts.build_offline_copy [--pdf] ZIP
        e.g. ZIP = site/downloads/docker-k8s-study-notes-offline.zip
        (or `make offline`: site-offline.zip, without --pdf)

Builds with Material's offline plugin (OFFLINE=true: no directory URLs, search
index inlined as a script, vendored Mermaid and search shim), then zips it
under one top folder. The deploy workflow publishes it next to the site; both
home pages link to it. Readers unzip it and open index.html.

With --pdf (the deploy workflow's choice; it needs Playwright and Chromium,
like the tests) the zip also holds the printable course of each language as a
PDF, printed by Chromium from the offline copy itself: study-notes-<lang>.pdf,
with bookmarks for the notes and their sections, and page numbers.
"""

import sys
import tempfile
import zipfile
from pathlib import Path

from tooling.build import build
from tooling.project import ROOT, language_prefix, languages

FOLDER = "docker-k8s-study-notes"
PUBLISHED_AS = "downloads/docker-k8s-study-notes-offline.zip"  # linked from docs/*/index.md


PDF = "study-notes-{language}.pdf"
FOOTER = '<div style="width:100%;font-size:8px;text-align:center"><span class="pageNumber"></span></div>'


def print_courses(site: Path, browser) -> None:
    """Print each language's course page (course.html) of the built offline copy to PDF."""
    page = browser.new_page()
    for language in languages():
        page.goto((site / language_prefix(language).lstrip("/") / "course.html").as_uri())
        # While diagrams are drawn in the browser, the course draws them all at once.
        page.wait_for_function(
            "() => [...document.querySelectorAll('.mermaid-diagram')].every(e => e.dataset.rendered)",
            timeout=180_000,
        )
        page.pdf(
            path=str(site / PDF.format(language=language)),
            format="A4",
            margin={"top": "14mm", "bottom": "16mm", "left": "12mm", "right": "12mm"},
            display_header_footer=True,
            header_template="<span></span>",
            footer_template=FOOTER,
            outline=True,
            tagged=True,
        )
    page.close()


def with_chromium(job) -> None:
    from playwright.sync_api import sync_playwright

    from tooling.browser import launch_chromium

    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        job(browser)
        browser.close()


def build_offline_copy(zip_path: Path, pdf: bool = False, browser=None) -> Path:
    """Build and zip the offline copy; with pdf, print the courses (with browser, if one is running)."""
    with tempfile.TemporaryDirectory() as tmp:
        site = build(ROOT, Path(tmp) / "site", offline=True).site
        if pdf and browser:
            print_courses(site, browser)
        elif pdf:
            with_chromium(lambda started: print_courses(site, started))
        zip_path.parent.mkdir(parents=True, exist_ok=True)
        with zipfile.ZipFile(zip_path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
            for file in sorted(site.rglob("*")):
                if file.is_file() and not file.name.endswith(".gz"):
                    archive.write(file, f"{FOLDER}/{file.relative_to(site).as_posix()}")
    return zip_path


if __name__ == "__main__":
    arguments = sys.argv[1:]
    with_pdf = "--pdf" in arguments
    arguments = [a for a in arguments if a != "--pdf"]
    if len(arguments) != 1:
        sys.exit(__doc__)
    out = build_offline_copy(Path(arguments[0]), pdf=with_pdf)
    print(f"wrote {out} ({out.stat().st_size / 1e6:.1f} MB)")
