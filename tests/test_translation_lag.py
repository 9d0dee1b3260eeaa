"""A page whose twin changed since they were last brought in line says so, in
its own language, until a writer marks it in line; the build lists it without
failing, so Korean can be published first."""

import os
import shutil
import subprocess
import sys

import pytest

from scripts.mark_in_line import page_of
from study_notes.structure.twin_versions import lagging, read_records
from tests.bad_inputs import TINY_DIAGRAMS, tiny_project
from tooling.build import add_to_nav, build, copy_project
from tooling.project import DOCS, ROOT, languages, site
from tooling.servers import serve

KO_CHANGED = "index.md"  # the English twin lags
EN_CHANGED = "kubernetes/control-plane-and-nodes.md"  # the Korean twin lags


def test_every_page_is_recorded_and_starts_in_line():
    records = read_records(site())
    assert records, "i18n/translations.yml records no page"
    assert sorted(records) == site().all_paths(), (
        "run `python -m scripts.mark_in_line --all` to record every page"
    )
    lags = lagging(DOCS, list(languages()), records)
    assert not lags, f"pages lag behind their twins: {lags}"


def test_mark_in_line_names_what_it_cannot_mark():
    with pytest.raises(SystemExit, match="not a page under docs/<language>/"):
        page_of("README.md")
    with pytest.raises(SystemExit, match="no such page"):
        page_of("docs/en/nowhere.md")
    assert page_of("docs/en/docker/basics.md") == "docker/basics.md"


def git(project, *args, date="2026-11-30T12:00:00+00:00"):
    env = {**os.environ, "GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date}
    identity = ["-c", "user.name=Writer", "-c", "user.email=writer@example.invalid"]
    subprocess.run(["git", *identity, *args], cwd=project, env=env, check=True, capture_output=True)


def mark_in_line(project, *paths):
    result = subprocess.run(
        [sys.executable, "-m", "scripts.mark_in_line", *paths], cwd=project, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def notices(site, path):
    return [box.get_text(" ", strip=True) for box in site.soup(path).select(".translation-lag")]


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    """The tiny site (tests/tiny_site/) with the printable course, in git, every page
    marked in line; then one page changed in each language, not committed yet.
    Tests that commit or mark in line change a copy of it (own_copy)."""
    project = tiny_project(tmp_path_factory.mktemp("lag") / "project")
    # Readers' browsers draw its diagrams (TINY_DIAGRAMS) with the vendored Mermaid.
    shutil.copytree(DOCS / "assets" / "vendor", project / "docs" / "assets" / "vendor")
    for language in languages():
        shutil.copy(DOCS / language / "course.md", project / "docs" / language)
    add_to_nav(project, "course.md")
    (project / "scripts").mkdir()
    for script in ("__init__.py", "mark_in_line.py"):
        shutil.copy(ROOT / "scripts" / script, project / "scripts")
    mark_in_line(project, "--all")
    git(project, "init", "-q")
    git(project, "add", "-A")
    git(project, "commit", "-q", "-m", "start")
    for lang, page, line in (
        ("ko", KO_CHANGED, "이 사이트는 도커와 쿠버네티스를 함께 다룹니다."),
        ("en", EN_CHANGED, "A sentence added in English first."),
    ):
        with (project / "docs" / lang / page).open("a", encoding="utf-8") as f:
            f.write(f"\n{line}\n")
    return project


def own_copy(project, tmp_path):
    """A copy of the project, git history included, for a test that changes it."""
    return shutil.copytree(project, tmp_path / "project", symlinks=True)


def build_tiny(project, site_dir):
    return build(project, site_dir, environment=TINY_DIAGRAMS)


@pytest.fixture(scope="module")
def lagging_site(project, tmp_path_factory):
    return build_tiny(project, tmp_path_factory.mktemp("lag-site") / "site")


def test_the_twin_of_a_changed_page_says_it_lags_recently_while_uncommitted(lagging_site):
    assert lagging_site.returncode == 0, "a lagging translation must not fail the strict build"
    assert notices(lagging_site, "/en/") == [
        "This page may be out of date The Korean version changed recently, "
        "and this page has not caught up yet. Read the Korean version"
    ]
    note = "/kubernetes/control-plane-and-nodes/"
    assert notices(lagging_site, note) == [
        "이 페이지는 최신 내용이 아닐 수 있습니다 영어판이 최근에 바뀌었지만, "
        "이 페이지에는 아직 반영되지 않았습니다. 영어판 보기"
    ]
    link = lagging_site.soup(note).select_one(".translation-lag a")
    assert link["href"] == "../../en/kubernetes/control-plane-and-nodes/" and link["hreflang"] == "en"
    # The printable course holds the lagging note, notice included.
    assert notices(lagging_site, "/course/") == notices(lagging_site, note)
    # The changed pages themselves, and every other page, carry no notice.
    lagging_pages = ("/en/", note, "/course/")
    quiet = [path for _, path, _ in lagging_site.pages() if path not in lagging_pages]
    assert quiet and not [path for path in quiet if notices(lagging_site, path)]


def test_the_build_lists_lagging_pages_as_information_not_warnings(lagging_site):
    lines = [line for line in lagging_site.log.splitlines() if "lagging translation" in line]
    assert len(lines) == 2, lagging_site.log
    assert all(line.startswith("INFO") for line in lines), lines
    assert any(
        "docs/en/index.md has not caught up with docs/ko/index.md" in line
        and "python -m scripts.mark_in_line docs/en/index.md" in line
        for line in lines
    ), lines


def test_lag_notices_keep_out_of_search(lagging_site):
    index = (lagging_site.site / "en" / "search" / "search_index.json").read_text(encoding="utf-8")
    assert "has not caught up" not in index


@pytest.mark.browser
def test_readers_see_the_notice_in_each_language_and_in_side_by_side_reading(lagging_site, offline):
    server, url = serve(lagging_site.site)
    try:
        page, log = offline()
        page.goto(url + "/en/")
        notice = page.locator("article .translation-lag")
        assert notice.is_visible() and notice.locator("a").inner_text() == "Read the Korean version"
        notice.locator("a").click()
        page.wait_for_url(url + "/")
        page.goto(url + "/en/kubernetes/control-plane-and-nodes/?view=both")  # the Korean column lags
        twin_notice = page.locator(".sbs-col--twin .translation-lag")
        twin_notice.wait_for()
        assert twin_notice.evaluate("e => e.closest('[lang]').lang") == "ko"
        href = twin_notice.locator("a").evaluate("a => a.href")
        assert href == url + "/en/kubernetes/control-plane-and-nodes/", (
            "the twin's links are resolved from the twin's address"
        )
        assert page.locator(".sbs-col:not(.sbs-col--twin) .translation-lag").count() == 0
        assert not log.problems(), "\n".join(log.problems())
    finally:
        server.shutdown()


def test_the_date_of_the_newer_twin_is_its_last_commit(project, tmp_path):
    project = own_copy(project, tmp_path)
    git(project, "add", "-A")
    git(project, "commit", "-q", "-m", "Korean and English first", date="2026-11-30T09:00:00+00:00")
    site = build_tiny(project, tmp_path / "site")
    assert "The Korean version changed on November 30, 2026," in notices(site, "/en/")[0]
    assert (
        "영어판이 2026년 11월 30일에 바뀌었지만" in notices(site, "/kubernetes/control-plane-and-nodes/")[0]
    )


def test_marking_the_twin_in_line_removes_the_notice(project, tmp_path):
    project = own_copy(project, tmp_path)
    out = mark_in_line(project, "docs/en/index.md", "docs/ko/kubernetes/control-plane-and-nodes.md")
    assert "in line: index.md" in out and "in line: kubernetes/control-plane-and-nodes.md" in out
    site = build_tiny(project, tmp_path / "site")
    assert not notices(site, "/en/") and not notices(site, "/kubernetes/control-plane-and-nodes/")
    assert "lagging translation" not in site.log


def test_a_broken_record_file_stops_the_build_with_one_line_naming_it(tmp_path):
    project = copy_project(tmp_path / "project")
    (project / "i18n" / "translations.yml").write_text("docker/basics.md:\n  ko: [unclosed\n")
    site = build(project, tmp_path / "site", check=False)
    assert site.returncode != 0
    assert "i18n/translations.yml:3: not valid YAML" in site.log, site.log
    assert "Traceback" not in site.log


@pytest.mark.browser
def test_axe_finds_no_violation_in_the_notice(lagging_site, offline, palette):
    from tests.test_accessibility import violations

    server, url = serve(lagging_site.site)
    try:
        page, _ = offline(color_scheme=palette)
        page.goto(url + "/kubernetes/control-plane-and-nodes/", wait_until="networkidle")
        assert page.locator(".translation-lag").is_visible()
        problems = violations(page)
        assert not problems, f"({palette}):\n" + "\n".join(problems)
    finally:
        server.shutdown()
