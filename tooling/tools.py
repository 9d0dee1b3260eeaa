"""The programs outside Python that the tests run, and the one policy when one is missing.

A test that runs one says so with a marker, `@pytest.mark.needs("pdftotext")`
(browser tests need Chromium through the `browser` marker). When a test that
is about to run needs a program this machine lacks, pytest stops before the
first test, with one line per missing program naming the command that installs
it (tests/conftest.py): "pdftotext is missing: apt-get install poppler-utils".
Never a skip: a check that did not run must not look like one that passed.
.ci/run installs every package below (tests/test_workflows.py checks it).
"""

import shutil

# Each program the tests run, and the Debian package that installs it.
PACKAGES = {
    "chromium": "chromium",
    "fc-list": "fontconfig",
    "java": "default-jre-headless",
    "node": "nodejs",
    "pdfinfo": "poppler-utils",
    "pdftotext": "poppler-utils",
}


def missing(program: str) -> str:
    """The one line that says a program is missing and how to install it."""
    return f"{program} is missing: apt-get install {PACKAGES[program]}"


def missing_programs(programs: set[str]) -> list[str]:
    """The line of each program this machine lacks, in order."""
    return [missing(program) for program in sorted(programs) if shutil.which(program) is None]


def require_tool(program: str) -> str:
    """The program's path, for a test marked needs(program); fails the test with the
    same one line if it is missing after all (as when the marker was forgotten)."""
    path = shutil.which(program)
    if path is None:
        import pytest  # only the tests call this

        pytest.fail(missing(program), pytrace=False)
    return path
