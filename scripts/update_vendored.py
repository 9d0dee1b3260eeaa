"""Vendor pinned browser packages from the npm registry into docs/assets/vendor/.

Usage:  .venv/bin/python -m scripts.update_vendored mermaid 11.17.2
        .venv/bin/python -m scripts.update_vendored iframe-worker 1.0.4

Only this maintenance step needs Node.js and the registry; building, serving
and testing the site never do. Every kept file gets a SHA-256 checksum in
checksums.sha256, which tests/test_vendored_files.py verifies.

- mermaid: bundled from the npm package's own entry for bundlers
  (dist/mermaid.core.mjs) with esbuild, as any app that uses Mermaid does.
  The recipe lives in scripts/mermaid_bundle/ (package.json and
  package-lock.json pin Mermaid, esbuild and every dependency exactly).
  Why not Mermaid's prebuilt dist/mermaid.esm.min.mjs: that build keeps the
  name of every function of every dependency (esbuild keepNames), which
  costs about 28 kB gzipped on a page with a flowchart and a sequence
  diagram, enough to break the diagram-page budget (README, Benchmark).
- iframe-worker: copied as published.
"""

import hashlib
import json
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

from tooling.project import ROOT

VENDOR = ROOT / "docs" / "assets" / "vendor"
MERMAID_RECIPE = ROOT / "scripts" / "mermaid_bundle"

# Copied as published: (path in the package, path in vendor/<name>/).
COPY = {
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


def fresh(target: Path) -> Path:
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    return target


def copy_package(name: str, version: str) -> None:
    target = VENDOR / name
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["npm", "pack", f"{name}@{version}", "--silent"], cwd=tmp, check=True)
        with tarfile.open(next(Path(tmp).glob("*.tgz"))) as archive:
            archive.extractall(tmp, filter="data")
        package = Path(tmp) / "package"
        fresh(target)
        for source, dest in COPY[name] + [("LICENSE", "LICENSE")]:
            if not (package / source).is_file():
                sys.exit(f"{name}@{version} has no {source}; update COPY in {__file__}")
            shutil.copy2(package / source, target / dest)
    finish(target, version)


def npm(*args: str) -> None:
    subprocess.run(
        ["npm", *args, "--ignore-scripts", "--no-audit", "--no-fund"], cwd=MERMAID_RECIPE, check=True
    )


def esbuild(*args: str) -> None:
    binary = MERMAID_RECIPE / "node_modules" / ".bin" / "esbuild"
    subprocess.run(
        [str(binary), "--bundle", "--minify", "--target=es2022", "--log-level=warning", *args],
        cwd=MERMAID_RECIPE,
        check=True,
    )


def bundle_mermaid(version: str) -> None:
    pinned = json.loads((MERMAID_RECIPE / "package.json").read_text())["dependencies"]["mermaid"]
    if pinned != version:
        npm("install", "--save-exact", f"mermaid@{version}")
    npm("ci")
    target = fresh(VENDOR / "mermaid")
    with tempfile.TemporaryDirectory() as tmp:
        meta = Path(tmp) / "meta.json"
        # Online: the entry module plus chunks, each fetched when a diagram needs it.
        esbuild(
            "online.mjs",
            "--format=esm",
            "--splitting",
            f"--outdir={target}",
            "--entry-names=mermaid.esm.min",
            "--chunk-names=chunks/[name]-[hash]",
            "--out-extension:.js=.mjs",
            f"--metafile={meta}",
        )
        # Offline copy: one classic script (no ES modules on file:// pages).
        esbuild("offline.mjs", "--format=iife", f"--outfile={target / 'mermaid.min.js'}")
        bundled = json.loads(meta.read_text())["inputs"]
    shutil.copy2(MERMAID_RECIPE / "node_modules" / "mermaid" / "LICENSE", target / "LICENSE")
    write_third_party_licences(bundled, target / "THIRD_PARTY_LICENSES.txt")
    finish(target, version)


def write_third_party_licences(inputs, out: Path) -> None:
    """The licence of every npm package whose code ended up in the bundle."""
    packages = set()
    for path in inputs:
        parts = Path(path).parts
        if "node_modules" in parts:
            i = len(parts) - 1 - parts[::-1].index("node_modules")
            name = parts[i + 1 : i + 3] if parts[i + 1].startswith("@") else parts[i + 1 : i + 2]
            packages.add(Path(*parts[: i + 1], *name))
    sections = []
    for folder in sorted(packages, key=lambda p: p.as_posix()):
        folder = MERMAID_RECIPE / folder
        meta = json.loads((folder / "package.json").read_text())
        texts = sorted(folder.glob("LICEN[CS]E*")) or sorted(folder.glob("licen[cs]e*"))
        body = texts[0].read_text(encoding="utf-8", errors="replace").strip() if texts else ""
        sections.append(
            f"{meta['name']} {meta['version']} ({meta.get('license', 'see package')})\n"
            f"{'=' * 72}\n{body or 'No licence file in the package; see its package.json.'}\n"
        )
    out.write_text(
        "Packages bundled into this folder's files, with their licences.\n\n" + "\n\n".join(sections),
        encoding="utf-8",
    )


def finish(target: Path, version: str) -> None:
    (target / "VERSION").write_text(version + "\n", encoding="utf-8")
    write_checksums(target)
    print(f"Vendored {target.name} {version} into {target}")


if __name__ == "__main__":
    names = ["mermaid", *COPY]
    if len(sys.argv) != 3 or sys.argv[1] not in names:
        sys.exit(f"usage: python scripts/update_vendored.py {{{','.join(names)}}} VERSION")
    name, version = sys.argv[1:]
    bundle_mermaid(version) if name == "mermaid" else copy_package(name, version)
