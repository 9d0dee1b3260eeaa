"""A test that needs a program this machine lacks stops the run before the first
test, with one line naming the package to install (tooling/tools.py): never a
skip, which would let a check that did not run pass for one that did."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tooling.project import ROOT
from tooling.tools import PACKAGES

A_NODE_TEST = (
    "tests/test_search_understanding.py::test_jamo_split_each_syllable_into_initial_medial_and_final"
)


def path_without(program: str, folder: Path) -> str:
    """A PATH that finds every program this one does, but `program`."""
    for directory in os.environ["PATH"].split(os.pathsep):
        for entry in Path(directory).glob("*") if Path(directory).is_dir() else ():
            link = folder / entry.name
            if entry.name != program and not link.exists() and os.access(entry, os.X_OK):
                link.symlink_to(entry)
    return str(folder)


def test_a_missing_program_stops_the_run_naming_the_package_that_installs_it(tmp_path):
    env = {**os.environ, "PATH": path_without("node", tmp_path)}
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", A_NODE_TEST],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    output = run.stdout + run.stderr
    assert run.returncode == pytest.ExitCode.USAGE_ERROR, output
    assert output.count("node is missing: apt-get install nodejs") == 1, output
    assert not any(word in output for word in ("passed", "failed", "skipped")), output


def test_every_program_has_the_package_that_installs_it():
    assert PACKAGES["pdftotext"] == "poppler-utils" and PACKAGES["node"] == "nodejs"
    assert all(program and package for program, package in PACKAGES.items())
