"""Run Lighthouse (mobile, default throttling) on pages of the built site and print a table.

Usage:  make build && .venv/bin/python -m scripts.lighthouse [PATH ...]      (default: a sample of pages)

Each page is measured RUNS times (environment variable, default 3) and the
run with the median Performance score is reported, as Lighthouse's own docs
advise: single runs vary by several points.

Needs Node.js's `npx` (Lighthouse is an npm package; the site itself never
needs Node). It drives the same Chromium as the tests (tooling/browser.py).
The site is served with gzip on loopback, as GitHub Pages serves it.
Set LIGHTHOUSE=/path/to/lighthouse to use an installed copy instead of npx.
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tooling.browser import chromium_args, chromium_executable
from tooling.project import ROOT
from tooling.servers import serve

VERSION = "12.8.2"
RUNS = int(os.environ.get("RUNS", "3"))
PAGES = [
    "/",
    "/en/",
    "/glossary/",
    "/en/glossary/",
    "/docker/basics/",
    "/en/kubernetes/cluster-architecture/",
    "/kubernetes/control-plane-and-nodes/",
    "/en/kubernetes/control-plane-and-nodes/",
]
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]


def lighthouse_command():
    if os.environ.get("LIGHTHOUSE"):
        return [os.environ["LIGHTHOUSE"]]
    if not shutil.which("npx"):
        sys.exit("Lighthouse needs Node.js (npx); install it or set LIGHTHOUSE=/path/to/lighthouse")
    return ["npx", "--yes", f"lighthouse@{VERSION}"]


def run(url, out):
    env = {**os.environ, "CHROME_PATH": chromium_executable() or ""}
    flags = " ".join(["--headless=new", *chromium_args()])
    subprocess.run(
        lighthouse_command()
        + [
            url,
            "--quiet",
            "--output=json",
            f"--output-path={out}",
            f"--chrome-flags={flags}",
            f"--only-categories={','.join(CATEGORIES)}",
        ],
        env=env,
        check=True,
    )
    return json.loads(Path(out).read_text())


def main():
    pages = sys.argv[1:] or PAGES
    site = ROOT / "site"
    if not (site / "index.html").exists():
        sys.exit("No built site in site/: run `make build` first")
    server, base = serve(site)
    rows = []
    try:
        with tempfile.TemporaryDirectory() as tmp:
            for i, path in enumerate(pages):
                reports = [run(base + path, f"{tmp}/{i}-{n}.json") for n in range(RUNS)]
                reports.sort(key=lambda r: r["categories"]["performance"]["score"])
                report = reports[len(reports) // 2]
                scores = [round(report["categories"][c]["score"] * 100) for c in CATEGORIES]

                def audit(key, report=report):
                    return report["audits"][key]["displayValue"].replace("\xa0", " ")

                rows.append(
                    [
                        path,
                        *scores,
                        audit("first-contentful-paint"),
                        audit("largest-contentful-paint"),
                        audit("total-blocking-time"),
                        audit("cumulative-layout-shift"),
                    ]
                )
                print(" ".join(map(str, rows[-1])), file=sys.stderr)
    finally:
        server.shutdown()
    headers = ["page", "Perf", "A11y", "BP", "SEO", "FCP", "LCP", "TBT", "CLS"]
    print("| " + " | ".join(headers) + " |")
    print("|" + " --- |" * len(headers))
    for row in rows:
        print("| " + " | ".join(map(str, row)) + " |")


if __name__ == "__main__":
    main()
