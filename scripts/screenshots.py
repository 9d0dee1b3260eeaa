"""Screenshot pages as readers see them, to look at before calling work done.

Usage:  .venv/bin/python -m scripts.screenshots OUT_DIR [PATH ...]
Builds the site, serves it on loopback and writes OUT_DIR/<page>-<palette>-<device>.png
for each path (default: both home pages) in light and dark, desktop and phone.
"""

import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from tooling.browser import launch_chromium
from tooling.build import build
from tooling.project import ROOT
from tooling.servers import serve

DEVICES = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 390, "height": 844}}


def main(out: Path, paths):
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        site = build(ROOT, Path(tmp) / "site")
        server, url = serve(site.site)
        with sync_playwright() as playwright:
            browser = launch_chromium(playwright)
            for palette in ("light", "dark"):
                for device, viewport in DEVICES.items():
                    context = browser.new_context(
                        color_scheme=palette,
                        viewport=viewport,
                        device_scale_factor=1,
                        is_mobile=device == "phone",
                    )
                    page = context.new_page()
                    for path in paths:
                        page.goto(url + path, wait_until="networkidle")
                        page.wait_for_timeout(800)  # diagrams draw after load
                        name = path.strip("/").replace("/", "_").replace("#", "-") or "home"
                        page.screenshot(
                            path=str(out / f"{name}-{palette}-{device}.png"), full_page="#" not in path
                        )
                    context.close()
            browser.close()
        server.shutdown()
    print(f"screenshots in {out}")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(Path(sys.argv[1]), sys.argv[2:] or ["/", "/en/"])
