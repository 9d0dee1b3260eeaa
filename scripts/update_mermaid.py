"""Vendor a pinned Mermaid release into docs/assets/vendor/mermaid/.

Usage:  python scripts/update_mermaid.py 12.3.0

Fetches the package with `npm pack` (the npm registry is the only source; the
site itself never needs Node.js), keeps only the ESM build that the browser
loads (entry module plus its chunks, no source maps) and the licence, and
records a SHA-256 checksum of every file in checksums.sha256. The test suite
verifies those checksums, so a hand-edited or partial copy fails loudly.
"""

import hashlib
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

VENDOR = Path(__file__).resolve().parent.parent / "docs" / "assets" / "vendor" / "mermaid"
KEEP_FILES = ["dist/mermaid.esm.min.mjs", "LICENSE"]
KEEP_DIRS = ["dist/chunks/mermaid.esm.min"]


def write_checksums(folder: Path) -> None:
    lines = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        if path.name in ("checksums.sha256",):
            continue
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        lines.append(f"{digest}  {path.relative_to(folder).as_posix()}")
    (folder / "checksums.sha256").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(version: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["npm", "pack", f"mermaid@{version}", "--silent"], cwd=tmp, check=True)
        with tarfile.open(Path(tmp) / f"mermaid-{version}.tgz") as archive:
            archive.extractall(tmp, filter="data")
        package = Path(tmp) / "package"
        if VENDOR.exists():
            shutil.rmtree(VENDOR)
        VENDOR.mkdir(parents=True)
        for name in KEEP_FILES:
            shutil.copy2(package / name, VENDOR / Path(name).name)
        for name in KEEP_DIRS:
            target = VENDOR / "chunks" / Path(name).name
            target.mkdir(parents=True)
            for chunk in (package / name).glob("*.mjs"):
                shutil.copy2(chunk, target / chunk.name)
    (VENDOR / "VERSION").write_text(version + "\n", encoding="utf-8")
    write_checksums(VENDOR)
    print(f"Vendored Mermaid {version} into {VENDOR}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python scripts/update_mermaid.py VERSION   (e.g. 12.3.0)")
    main(sys.argv[1])
