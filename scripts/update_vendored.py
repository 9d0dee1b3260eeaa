"""Vendor pinned browser packages from the npm registry into docs/assets/vendor/.

Usage:  python scripts/update_vendored.py mermaid 12.3.0
        python scripts/update_vendored.py iframe-worker 1.0.4

Fetches the package with `npm pack` (only this maintenance step needs Node.js;
building, serving and testing the site never do), keeps the files the site
loads plus the licence, and records a SHA-256 checksum of every kept file in
checksums.sha256. tests/test_vendored_files.py verifies those checksums.
"""

import hashlib
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

VENDOR = Path(__file__).resolve().parent.parent / "docs" / "assets" / "vendor"

# What the site loads from each package: (path in the package, path in vendor/<name>/).
KEEP = {
    "mermaid": [
        # ESM build: the entry module fetches only the chunks a diagram needs.
        ("dist/mermaid.esm.min.mjs", "mermaid.esm.min.mjs"),
        ("dist/chunks/mermaid.esm.min/*.mjs", "chunks/mermaid.esm.min/"),
        # One-file build, used only by the offline copy: browsers refuse ES
        # modules on file:// pages.
        ("dist/mermaid.min.js", "mermaid.min.js"),
    ],
    # Lets Material's search worker run on file:// pages (offline copy).
    "iframe-worker": [("shim/index.js", "shim.js")],
}


def write_checksums(folder: Path) -> None:
    lines = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        if path.name != "checksums.sha256":
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
            lines.append(f"{digest}  {path.relative_to(folder).as_posix()}")
    (folder / "checksums.sha256").write_text("\n".join(lines) + "\n", encoding="utf-8")


def vendor(name: str, version: str) -> None:
    target = VENDOR / name
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["npm", "pack", f"{name}@{version}", "--silent"], cwd=tmp, check=True)
        with tarfile.open(next(Path(tmp).glob("*.tgz"))) as archive:
            archive.extractall(tmp, filter="data")
        package = Path(tmp) / "package"
        if target.exists():
            shutil.rmtree(target)
        target.mkdir(parents=True)
        for source, dest in KEEP[name] + [("LICENSE", "LICENSE")]:
            matches = sorted(package.glob(source))
            if not matches:
                sys.exit(f"{name}@{version} has no {source}; update KEEP in {__file__}")
            for match in matches:
                out = target / dest / match.name if dest.endswith("/") else target / dest
                out.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(match, out)
    (target / "VERSION").write_text(version + "\n", encoding="utf-8")
    write_checksums(target)
    print(f"Vendored {name} {version} into {target}")


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] not in KEEP:
        sys.exit(f"usage: python scripts/update_vendored.py {{{','.join(KEEP)}}} VERSION")
    vendor(sys.argv[1], sys.argv[2])
