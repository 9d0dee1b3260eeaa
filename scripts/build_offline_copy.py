"""Build the downloadable offline copy: the site for file:// reading, zipped.

Usage:  .venv/bin/python -m scripts.build_offline_copy site/downloads/docker-k8s-study-notes-offline.zip
        (or `make offline`)

Builds with Material's offline plugin (OFFLINE=true: no directory URLs, search
index inlined as a script, vendored Mermaid and search shim), then zips it
under one top folder. The deploy workflow publishes it next to the site; both
home pages link to it. Readers unzip it and open index.html.
"""

import sys
import tempfile
import zipfile
from pathlib import Path

from tooling.build import build
from tooling.project import ROOT

FOLDER = "docker-k8s-study-notes"
PUBLISHED_AS = "downloads/docker-k8s-study-notes-offline.zip"  # linked from docs/*/index.md


def build_offline_copy(zip_path: Path) -> Path:
    with tempfile.TemporaryDirectory() as tmp:
        site = build(ROOT, Path(tmp) / "site", offline=True).site
        zip_path.parent.mkdir(parents=True, exist_ok=True)
        with zipfile.ZipFile(zip_path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
            for file in sorted(site.rglob("*")):
                if file.is_file() and not file.name.endswith(".gz"):
                    archive.write(file, f"{FOLDER}/{file.relative_to(site).as_posix()}")
    return zip_path


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    out = build_offline_copy(Path(sys.argv[1]))
    print(f"wrote {out} ({out.stat().st_size / 1e6:.1f} MB)")
