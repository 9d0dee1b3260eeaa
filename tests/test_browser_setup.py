"""Without Chromium the test run stops at once with one clear message."""

import os
import subprocess
import sys

import pytest

from tooling.project import ROOT

A_BROWSER_TEST = "tests/test_browser_setup.py::test_chromium_starts"


@pytest.mark.browser
def test_chromium_starts(chromium):
    assert chromium.version


def test_without_chromium_the_run_stops_once_saying_how_to_get_it():
    env = {**os.environ, "CHROMIUM_PATH": "/nonexistent/chromium"}
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", A_BROWSER_TEST],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    output = run.stdout + run.stderr
    assert run.returncode == pytest.ExitCode.USAGE_ERROR, output
    assert output.count("CHROMIUM_PATH=/nonexistent/chromium is not an executable file") == 1, output
    for way in ("apt-get install chromium", "CHROMIUM_PATH=", "playwright install chromium", "make check"):
        assert way in output, f"the message does not mention {way!r}:\n{output}"
    assert "passed" not in output and "failed" not in output, output
