"""The browser code the site serves itself is exactly the pinned release."""

import hashlib
import json

import pytest

from tooling.project import ROOT

VENDOR = ROOT / "docs" / "assets" / "vendor"
PACKAGES = sorted(p.name for p in VENDOR.iterdir() if p.is_dir())


def test_mermaid_and_the_offline_search_shim_are_vendored():
    assert PACKAGES == ["iframe-worker", "mermaid"]


@pytest.mark.parametrize("package", PACKAGES)
def test_vendored_files_match_their_recorded_checksums(package):
    folder = VENDOR / package
    recorded = dict(
        reversed(line.split("  ", 1)) for line in (folder / "checksums.sha256").read_text().splitlines()
    )
    present = {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}
    assert present - {"checksums.sha256"} == set(recorded), (
        f"{folder}: files differ from checksums.sha256; "
        f"run scripts/update_vendored.py {package} $(cat {folder}/VERSION)"
    )
    changed = [
        name
        for name, digest in recorded.items()
        if hashlib.sha256((folder / name).read_bytes()).hexdigest() != digest
    ]
    assert not changed, f"{folder}: modified by hand: {changed}"


@pytest.mark.parametrize("package", PACKAGES)
def test_vendored_packages_keep_their_licence_and_pinned_version(package):
    folder = VENDOR / package
    assert "Permission is hereby granted" in (folder / "LICENSE").read_text()  # MIT
    assert (folder / "VERSION").read_text().strip().count(".") == 2


def test_the_mermaid_bundle_matches_its_recipe_and_lists_every_bundled_licence():
    recipe = json.loads((ROOT / "scripts" / "mermaid_bundle" / "package.json").read_text())
    version = (VENDOR / "mermaid" / "VERSION").read_text().strip()
    assert recipe["dependencies"]["mermaid"] == version, (
        "scripts/mermaid_bundle/package.json pins another Mermaid than docs/assets/vendor/mermaid; "
        f"run scripts/update_vendored.py mermaid {recipe['dependencies']['mermaid']}"
    )
    licences = (VENDOR / "mermaid" / "THIRD_PARTY_LICENSES.txt").read_text()
    for package in (f"mermaid {version}", "dompurify", "d3-selection", "dagre-d3-es", "marked"):
        assert package in licences, f"THIRD_PARTY_LICENSES.txt misses {package}"
