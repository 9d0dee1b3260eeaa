"""Bad input for the build: each case of tests/bad_input/ applied to the tiny site.

A case is a folder holding `case.yml` (what the writer did, the edits, and what
the build must print) and, optionally, `files/`: files added to the project or
replacing its own, at the same paths (copied byte for byte: a page saved in
CP949 or with a byte-order mark goes there, or is written by an edit's
`encoding:`).

case.yml:
  why:     what the writer did
  edits:   [{file, replace + with | append (and times: n, to append it n times),
           encoding (default utf-8; e.g. cp949, utf-8-sig, utf-16),
           newline (e.g. "\r\n": every line ending becomes it)}]
  expect:  the strings one line of the log must contain (a refusal)
  also:    more such lists, each for another line the same build must print
           (one build lists every problem it can see)
  absent:  strings no line of the log may contain
  builds:  true for input that is valid but unusual: the build must pass,
           with no warning (then `expect` is optional)
  options: extra command-line options for `mkdocs build --strict` (e.g. [-q])
"""

import re
import shutil
import tempfile
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import yaml

from tooling.build import BuildRequest, BuiltSite, ForkedBuilds, copy_project
from tooling.project import ROOT, languages

CASES = ROOT / "tests" / "bad_input"
TINY_SITE = ROOT / "tests" / "tiny_site"
# The site URL every case is built with, so cases can write links to it.
SITE_URL = "https://study-notes.example/"
# What a build of the tiny site does not need from the project.
LEFT_OUT = (
    *(f"docs/{language}" for language in languages()),
    "tests",
    "scripts",
    ".github",
    ".ci",
    "benchmark-results",
    "docs/assets/vendor",  # templates only link it; the build never reads it
)


def case_names(builds: bool | None = None) -> list[str]:
    """Every case; with builds=True only those that must build, with False only refusals."""
    names = sorted(p.parent.name for p in CASES.glob("*/case.yml"))
    return [name for name in names if builds is None or bool(case(name).get("builds")) == builds]


def case(name: str) -> dict:
    return yaml.safe_load((CASES / name / "case.yml").read_text(encoding="utf-8"))


def tiny_project(target: Path) -> Path:
    """The real configuration, plugin, templates and i18n/ with the tiny site's pages and nav.

    Cases are built from copies of it placed side by side (root/cases/<case>/),
    which share compiled templates (tests/tiny_site/hooks/template_cache.py).
    """
    copy_project(target, leave_out=LEFT_OUT)
    shutil.copytree(TINY_SITE / "docs", target / "docs", dirs_exist_ok=True)
    (target / "hooks").mkdir()
    shutil.copy(TINY_SITE / "hooks" / "template_cache.py", target / "hooks")
    config = target / "mkdocs.yml"
    # The tiny site's nav, after its one test hook (the nav stays last: tooling.build.add_to_nav).
    nav = "hooks:\n  - hooks/template_cache.py\n\n" + (TINY_SITE / "nav.yml").read_text(encoding="utf-8")
    text, count = re.subn(r"^nav:\n(?:[ #].*\n|\n)*", nav, config.read_text(encoding="utf-8"), flags=re.M)
    assert count == 1, "mkdocs.yml has no top-level nav: to replace"
    config.write_text(text, encoding="utf-8")
    return target


def apply_case(name: str, project: Path) -> None:
    """Add the case's files to project, then make its edits (each must match exactly once)."""
    files = CASES / name / "files"
    if files.is_dir():
        shutil.copytree(files, project, dirs_exist_ok=True)
    for edit in case(name).get("edits", []):
        path = project / edit["file"]
        text = path.read_text(encoding="utf-8")
        if "replace" in edit:
            found = text.count(edit["replace"])
            assert found == 1, f"{name}: {edit['file']} has {found} copies of {edit['replace']!r}"
            text = text.replace(edit["replace"], edit["with"].replace("{site_url}", SITE_URL))
        if "append" in edit:
            text += edit["append"].replace("{site_url}", SITE_URL) * edit.get("times", 1)
        if "newline" in edit:
            text = text.replace("\r\n", "\n").replace("\n", edit["newline"])
        path.write_bytes(text.encode(edit.get("encoding", "utf-8")))


# study_notes/diagrams/inline.py: draw every diagram in the browser (tests/test_diagrams.py
# checks that a diagram without its stored drawing stops the real site's build).
TINY_DIAGRAMS = {"DIAGRAMS": "browser"}
# The name under which the unchanged tiny site is built, next to the cases.
CLEAN = "(tiny site as it is)"


class Builds:
    """The cases' builds, one per core, started in the background (tests/conftest.py
    starts them once pytest knows which cases it runs, so they overlap other tests).
    Each case's copy is made in a thread of its own, then built by tooling.build.ForkedBuilds."""

    def __init__(self) -> None:
        self.root: Path | None = None
        self.copies: ThreadPoolExecutor | None = None
        self.builds: ForkedBuilds | None = None
        self.futures: dict[str, Future[Future[BuiltSite]]] = {}

    def start(self, names: set[str]) -> None:
        if self.root is None:
            self.root = Path(tempfile.mkdtemp(prefix="bad-input-"))
            self.tiny = tiny_project(self.root / "tiny")
            self.copies = ThreadPoolExecutor(max_workers=1)
            self.builds = ForkedBuilds()
        assert self.copies
        for name in sorted(names - set(self.futures)):
            self.futures[name] = self.copies.submit(self.submit, name)

    def submit(self, name: str) -> Future[BuiltSite]:
        """Copy the tiny site for the case, make its edits, and start its build."""
        assert self.root and self.builds
        project = self.root / "cases" / (name if name != CLEAN else "clean")
        shutil.copytree(self.tiny, project)
        options: tuple[str, ...] = ()
        if name != CLEAN:
            apply_case(name, project)
            options = tuple(case(name).get("options", ()))
        # The tiny site's diagrams have no stored drawings (diagrams/ holds the real
        # site's): they are drawn in the browser, so no case fails for want of one.
        request = BuildRequest(project, project / "site", SITE_URL, TINY_DIAGRAMS, options)
        return self.builds.submit(name, request)

    def result(self, name: str) -> BuiltSite:
        self.start({name})
        return self.futures[name].result().result()

    def stop(self) -> None:
        if self.copies:
            self.copies.shutdown(cancel_futures=True)
        if self.builds:
            self.builds.stop()
        if self.root:
            shutil.rmtree(self.root, ignore_errors=True)


BUILDS = Builds()
