"""The site builds unchanged with MkDocs 1.6 and with ProperDocs, its
continuation (CONTRIBUTING.md, "Generator"): the day MkDocs can no longer be
installed, moving costs a pin and a command, not a rewrite."""

import filecmp
from pathlib import Path

import pytest

from tooling.build import GENERATORS, build
from tooling.project import ROOT


def first_difference(left: Path, right: Path) -> str | None:
    """The first file (in sorted order) that is missing from one tree or differs."""
    files = {path.relative_to(left) for path in left.rglob("*") if path.is_file()}
    files |= {path.relative_to(right) for path in right.rglob("*") if path.is_file()}
    for name in sorted(files):
        a, b = left / name, right / name
        if not (a.is_file() and b.is_file()):
            return f"{name}: only in {'the first' if a.is_file() else 'the second'} build"
        if not filecmp.cmp(a, b, shallow=False):
            return f"{name}: differs"
    return None


@pytest.fixture(scope="module")
def sites(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("generators")
    return {name: build(ROOT, tmp / name, generator_name=name).site for name in GENERATORS}


@pytest.mark.slow  # two whole builds, one per generator
def test_mkdocs_and_properdocs_build_the_same_site_file_for_file(sites):
    trees = list(sites.values())
    assert len(trees) == 2 and all(any(tree.rglob("index.html")) for tree in trees)
    assert first_difference(*trees) is None, first_difference(*trees)


def test_a_difference_between_two_builds_is_named_by_its_file(tmp_path):
    for side in ("a", "b"):
        (tmp_path / side / "en").mkdir(parents=True)
        (tmp_path / side / "index.html").write_text("same", encoding="utf-8")
    (tmp_path / "a" / "en" / "index.html").write_text("one", encoding="utf-8")
    (tmp_path / "b" / "en" / "index.html").write_text("two", encoding="utf-8")
    assert first_difference(tmp_path / "a", tmp_path / "b") == "en/index.html: differs"
    (tmp_path / "b" / "en" / "index.html").unlink()
    assert first_difference(tmp_path / "a", tmp_path / "b") == "en/index.html: only in the first build"
