"""Every bad input stops `mkdocs build --strict`, naming the file (and line) in one line.

One case per kind of bad input (tests/bad_input/<case>/case.yml says what the
writer did and what the build must print), each built from the tiny site
(tests/tiny_site/). The builds run in parallel, one per core, before the first
case is checked: each takes about a second.
"""

import os
import shutil
from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.bad_inputs import SITE_URL, apply_case, case, case_names, tiny_project
from tooling.build import BuiltSite, build

CASES = case_names()
CLEAN = "(tiny site as it is)"


@pytest.fixture(scope="module")
def outcomes(request, tmp_path_factory) -> dict[str, BuiltSite]:
    """Build every case this session runs (and the unchanged tiny site), in parallel."""
    wanted = {
        item.callspec.params.get("name", CLEAN)
        for item in request.session.items
        if item.module is request.module and hasattr(item, "callspec")
    } | {CLEAN}
    root = tmp_path_factory.mktemp("bad-input")
    tiny = tiny_project(root / "tiny")

    def run(name: str) -> BuiltSite:
        project = root / "cases" / name.strip("()").replace(" ", "-")
        shutil.copytree(tiny, project)
        if name != CLEAN:
            apply_case(name, project)
        return build(project, project / "site", site_url=SITE_URL, check=False)

    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        return dict(zip(sorted(wanted), pool.map(run, sorted(wanted)), strict=True))


def test_there_is_a_case_for_every_kind_of_bad_input():
    assert len(CASES) >= 25, f"tests/bad_input/ holds {len(CASES)} cases: {CASES}"


def test_the_tiny_site_builds_clean_so_each_case_fails_for_its_own_reason(outcomes):
    site = outcomes[CLEAN]
    assert site.returncode == 0, f"the unchanged tiny site fails to build:\n{site.log}"
    warnings = [line for line in site.log.splitlines() if "WARNING" in line]
    assert not warnings, "\n".join(warnings)


@pytest.mark.parametrize("name", CASES)
def test_bad_input_stops_the_build_naming_the_file_and_the_fix(outcomes, name):
    spec, site = case(name), outcomes[name]
    assert site.returncode != 0, f"{name} ({spec['why']}): the build passed:\n{site.log}"
    assert "Traceback" not in site.log, f"{name}: a traceback instead of a message:\n{site.log}"
    lines = [line for line in site.log.splitlines() if all(part in line for part in spec["expect"])]
    assert lines, f"{name}: no line of the log has all of {spec['expect']}:\n{site.log}"
    misleading = [line for line in site.log.splitlines() if any(p in line for p in spec.get("absent", []))]
    assert not misleading, f"{name}: the log also says {misleading}"
