"""Every bad input stops `mkdocs build --strict`, naming the file (and line) in one line.

One case per kind of bad input (tests/bad_input/<case>/case.yml says what the
writer did and what the build must print), each built from the tiny site
(tests/tiny_site/). The builds take about a second each; they start in the
background as soon as pytest has collected the tests (tests/conftest.py).
"""

import pytest

from tests.bad_inputs import CLEAN, case, case_names

CASES = case_names()
REFUSED = case_names(builds=False)
BUILT = case_names(builds=True)  # valid but unusual input: it must build


def test_there_is_a_case_for_every_kind_of_bad_input():
    assert len(CASES) >= 60, f"tests/bad_input/ holds {len(CASES)} cases: {CASES}"


def test_the_tiny_site_builds_clean_so_each_case_fails_for_its_own_reason(bad_input_builds):
    site = bad_input_builds.result(CLEAN)
    assert site.returncode == 0, f"the unchanged tiny site fails to build:\n{site.log}"
    warnings = [line for line in site.log.splitlines() if "WARNING" in line]
    assert not warnings, "\n".join(warnings)


@pytest.mark.parametrize("bad_input", REFUSED)
def test_bad_input_stops_the_build_naming_the_file_and_the_fix(bad_input_builds, bad_input):
    spec, site = case(bad_input), bad_input_builds.result(bad_input)
    assert site.returncode != 0, f"{bad_input} ({spec['why']}): the build passed:\n{site.log}"
    assert "Traceback" not in site.log, f"{bad_input}: a traceback instead of a message:\n{site.log}"
    for expected in [spec["expect"], *spec.get("also", [])]:  # one build lists every problem
        lines = [line for line in site.log.splitlines() if all(part in line for part in expected)]
        assert lines, f"{bad_input}: no line of the log has all of {expected}:\n{site.log}"
    misleading = [line for line in site.log.splitlines() if any(p in line for p in spec.get("absent", []))]
    assert not misleading, f"{bad_input}: the log also says {misleading}"


@pytest.mark.parametrize("bad_input", BUILT)
def test_unusual_but_valid_input_builds_without_a_word(bad_input_builds, bad_input):
    spec, site = case(bad_input), bad_input_builds.result(bad_input)
    assert site.returncode == 0, f"{bad_input} ({spec['why']}): the build failed:\n{site.log}"
    assert "Traceback" not in site.log, f"{bad_input}: a traceback:\n{site.log}"
    warnings = [line for line in site.log.splitlines() if "WARNING" in line or "ERROR" in line]
    assert not warnings, f"{bad_input}: " + "\n".join(warnings)
    for expected in spec.get("expect", []):
        assert expected in site.log, f"{bad_input}: the log lacks {expected!r}:\n{site.log}"
