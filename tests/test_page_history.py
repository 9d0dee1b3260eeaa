"""Every page says, in its own language, when it last changed (from git) and
which versions its facts were checked against (its front matter)."""

import datetime
import os
import re
import subprocess
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml
from babel.dates import format_date
from babel.lists import format_list
from mkdocs.utils.meta import get_data

from tests.bad_inputs import CLEAN, TINY_DIAGRAMS, tiny_project
from tooling.build import build, source_pages
from tooling.project import ROOT, language_of

# mkdocs.yml counts days as the writers do (git-revision-date-localized timezone).
WRITERS_DAY = ZoneInfo("Asia/Seoul")
# How each language writes a long date, independent of Babel: a guard on the locale.
LONG_DATE = {
    "ko": r"\d{4}년 \d{1,2}월 \d{1,2}일",
    "en": r"(January|February|March|April|May|June|July|August|September|October|November|December)"
    r" \d{1,2}, \d{4}",
}
HANGUL = re.compile(r"[가-힣]")


def words(language: str) -> dict:
    return yaml.safe_load((ROOT / "i18n" / language / "ui.yml").read_text(encoding="utf-8"))["page_history"]


def last_change(md: Path) -> datetime.date:
    """The day of the file's last commit; a file git has never seen shows the build's day."""
    stamp = subprocess.run(
        ["git", "log", "-1", "--format=%at", "--", str(md)], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()
    when = datetime.datetime.fromtimestamp(int(stamp), WRITERS_DAY) if stamp else now()
    return when.date()


def now() -> datetime.datetime:
    return datetime.datetime.now(WRITERS_DAY)


def facts(aside, part: str) -> tuple[str, str]:
    """(text, <time datetime>) of one line of the page history."""
    line = aside.select_one(f".page-history__{part}")
    assert line is not None, f"no {part} line"
    return " ".join(line.get_text(" ", strip=True).split()).replace("( ", "("), line.time["datetime"]


def expected_checked(language: str, checked: dict) -> str:
    products = words(language)["products"]
    names = []
    for item in checked["versions"]:
        name = max((n for n in products if item == n or item.startswith(n + " ")), key=len)
        names.append(products[name] + item[len(name) :])
    date = format_date(checked["date"], "long", locale=language)
    return words(language)["checked"].format(versions=format_list(names, locale=language), date=date)


def test_every_page_shows_when_it_last_changed_and_what_it_was_checked_against_in_its_language(built_site):
    pages = list(source_pages())
    assert len({language_of(path) for path, _ in pages}) >= 2, "expected pages in at least two languages"
    problems = []
    for path, md in pages:
        language = language_of(path)
        soup = built_site.soup(path)
        aside = soup.select_one("article aside.page-history")
        if aside is None:
            problems.append(f"{path}: no page history below the content")
            continue
        checked = get_data(md.read_text(encoding="utf-8"))[1].get("checked")
        if not checked:
            problems.append(f"{md.relative_to(ROOT)}: no 'checked:' in the front matter")
            continue
        day = last_change(md)
        seen = [facts(aside, "updated"), facts(aside, "checked")]
        updated = words(language)["updated"].format(date=format_date(day, "long", locale=language))
        wanted = [
            (updated, day.isoformat()),
            (expected_checked(language, checked), checked["date"].isoformat()),
        ]
        if seen != wanted:
            problems.append(f"{path}: shows {seen}, want {wanted}")
        for text, _ in seen:
            if not re.search(LONG_DATE[language], text):
                problems.append(f"{path}: '{text}' has no date written the {language} way")
            if bool(HANGUL.search(text)) != (language == "ko"):
                problems.append(f"{path}: '{text}' is not in the page's language ({language})")
    assert not problems, "\n".join(problems)


# The tiny site (tests/tiny_site/: the real configuration, plugin and templates,
# two small pages per language) builds in about a second, without .git.
TINY_PAIR = ("/kubernetes/control-plane-and-nodes/", "/en/kubernetes/control-plane-and-nodes/")


def test_a_copy_without_git_history_builds_strictly_and_dates_its_pages_by_the_build(bad_input_builds):
    site = bad_input_builds.result(CLEAN)  # the tiny site as it is, built during this run
    assert not (site.root / ".git").exists()
    warnings = [line for line in site.log.splitlines() if "WARNING" in line or "ERROR" in line]
    assert site.returncode == 0 and not warnings, "\n".join(warnings) or site.log[-2000:]
    today = now().date()
    for path in TINY_PAIR:
        _, day = facts(site.soup(path).select_one("aside.page-history"), "updated")
        assert day in {(today - datetime.timedelta(days=1)).isoformat(), today.isoformat()}, (path, day)


def test_the_last_change_is_the_day_of_the_page_s_last_commit_as_the_writers_count_days(tmp_path):
    """Dated by git, not by the build: a copy whose one commit was made on the evening
    of 2020-04-12 UTC, which was already the morning of April 13 in Seoul."""
    project = tiny_project(tmp_path / "project")
    stamp = "2020-04-12T20:00:00+00:00"
    env = {"GIT_AUTHOR_DATE": stamp, "GIT_COMMITTER_DATE": stamp, "HOME": str(tmp_path)}
    identity = ["-c", "user.name=Test", "-c", "user.email=test@example.invalid", "-c", "commit.gpgsign=false"]
    for command in (["init", "-q"], ["add", "-A"], [*identity, "commit", "-q", "-m", "one commit"]):
        subprocess.run(["git", *command], cwd=project, env={**os.environ, **env}, check=True)
    site = build(project, tmp_path / "site", environment=TINY_DIAGRAMS)
    shown = {path: facts(site.soup(path).select_one("aside.page-history"), "updated") for path in TINY_PAIR}
    assert shown == {
        TINY_PAIR[0]: ("마지막 수정: 2020년 4월 13일", "2020-04-13"),
        TINY_PAIR[1]: ("Last updated: April 13, 2020", "2020-04-13"),
    }
