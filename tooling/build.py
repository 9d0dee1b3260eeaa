"""Build the site (or a modified copy of it) and read the built HTML.

The one way this project starts `mkdocs build` and `mkdocs serve` from Python
(tests, benchmark, scripts), with the one environment they need.
"""

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import threading
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from tooling.project import OFFLINE_SWITCH, ROOT, language_of, site

if TYPE_CHECKING:
    from bs4 import BeautifulSoup


def mkdocs_environment(
    site_url: str | None = None, offline: bool = False, environment: dict[str, str] | None = None
) -> dict[str, str]:
    """The environment every mkdocs command here runs with (plus `environment`)."""
    # NO_MKDOCS_2_WARNING: Material's notice about MkDocs 2.
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **(environment or {})}
    if site_url:
        env["SITE_URL"] = site_url
    if offline:
        env[OFFLINE_SWITCH] = "true"
    return env


# The generators that build this site unchanged: MkDocs 1.6, and ProperDocs,
# its continuation by MkDocs' former maintainers (CONTRIBUTING.md, "Generator").
GENERATORS = ("mkdocs", "properdocs")
GENERATOR_SWITCH = "DOCS_GENERATOR"


def generator() -> str:
    """The generator tests and scripts run: $DOCS_GENERATOR, else MkDocs."""
    name = os.environ.get(GENERATOR_SWITCH, GENERATORS[0])
    if name not in GENERATORS:
        raise SystemExit(f"{GENERATOR_SWITCH}={name}: choose one of {', '.join(GENERATORS)}")
    return name


def mkdocs_command(*args: str, generator_name: str | None = None) -> list[str]:
    """`mkdocs ARGS -f mkdocs.yml` with the chosen generator (ProperDocs would
    otherwise look for properdocs.yml first)."""
    return [sys.executable, "-m", generator_name or generator(), *args, "-f", "mkdocs.yml"]


@dataclass
class BuiltSite:
    root: Path  # the project that was built
    site: Path  # its output
    log: str  # what `mkdocs build --strict` printed
    returncode: int = 0
    _soups: dict[str, "BeautifulSoup"] = field(default_factory=dict, init=False, repr=False, compare=False)

    def pages(self):
        """Every built content page as (language, url path, file)."""
        for html in sorted(self.site.rglob("index.html")):
            rel = html.parent.relative_to(self.site).as_posix()
            rel = "" if rel == "." else rel + "/"
            if rel.startswith(("assets/", "search/")) or is_redirect(html):
                continue
            yield language_of("/" + rel), "/" + rel, html

    def soup(self, url_path: str) -> "BeautifulSoup":
        """The parsed page at url_path, parsed once per build: every caller gets the same
        tree, so read it and leave it as it is (change a copy: copy.copy(site.soup(path)))."""
        folder = url_path.strip("/")
        if folder not in self._soups:
            from bs4 import BeautifulSoup  # a test dependency: scripts that only build don't need it

            path = self.site / folder / "index.html"
            self._soups[folder] = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        return self._soups[folder]


def source_pages():
    """(site path, Markdown file) for every page, e.g. ('/en/docker/basics/', docs/en/docker/basics.md)."""
    model = site()
    for language in model.languages.all:
        for path in model.paths(language):
            yield model.url_path(language, path), model.source(language, path)


def is_redirect(html: Path) -> bool:
    """Pages written by study_notes/redirects.py for renamed addresses."""
    return 'http-equiv="refresh"' in html.read_text(encoding="utf-8")[:2000]


def build(
    project: Path,
    site_dir: Path,
    site_url: str | None = None,
    offline: bool = False,
    check: bool = True,
    environment: dict[str, str] | None = None,
    generator_name: str | None = None,
    options: tuple[str, ...] = (),
) -> BuiltSite:
    """`mkdocs build --strict` of project into site_dir; raises if it fails (unless check=False).
    `environment` adds variables (study_notes/diagrams/inline.py reads DIAGRAMS and DIAGRAMS_MANIFEST);
    `options` adds command-line options (e.g. "-q")."""
    result = subprocess.run(
        mkdocs_command(
            "build", "--strict", "--clean", *options, "-d", str(site_dir), generator_name=generator_name
        ),
        cwd=project,
        env=mkdocs_environment(site_url, offline, environment),
        capture_output=True,
        text=True,
    )
    log = result.stdout + result.stderr
    if check and result.returncode != 0:
        raise AssertionError(f"mkdocs build --strict failed in {project}:\n{log}")
    return BuiltSite(project, site_dir, log, result.returncode)


@dataclass(frozen=True)
class BuildRequest:
    """One build for start_builds: the arguments of build() with check=False."""

    project: Path
    site_dir: Path
    site_url: str | None = None
    environment: dict[str, str] | None = None
    options: tuple[str, ...] = ()


class ForkedBuilds:
    """Builds of small sites, build(check=False) for each request submitted, `workers` at a
    time (default: one per core), in processes forked from one that started Python and
    imported the generator once (tooling/forked_builds.py): a small site builds in about
    half the time. stop() ends the builds still running."""

    def __init__(self, workers: int | None = None, generator_name: str | None = None) -> None:
        self.futures: dict[str, Future[BuiltSite]] = {}
        self.requests: dict[str, BuildRequest] = {}
        self.lock = threading.Lock()
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tooling.forked_builds",
                generator_name or generator(),
                str(workers or os.cpu_count() or 2),
            ],
            cwd=ROOT,
            env=mkdocs_environment(),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,  # anything but a result line is an error of the process itself
            text=True,
            start_new_session=True,  # so that stop() ends its forks with it
        )
        threading.Thread(target=self._collect, daemon=True).start()

    @staticmethod
    def log_file(request: BuildRequest) -> Path:
        return request.site_dir.with_name(request.site_dir.name + ".log")

    def submit(self, name: str, request: BuildRequest) -> "Future[BuiltSite]":
        job = {
            "name": name,
            "project": str(request.project),
            "site_dir": str(request.site_dir),
            "log": str(self.log_file(request)),
            "environment": mkdocs_environment(request.site_url, environment=request.environment),
            "options": list(request.options),
        }
        with self.lock:
            assert name not in self.futures, f"{name} is built already"
            self.futures[name], self.requests[name] = Future(), request
            assert self.process.stdin
            self.process.stdin.write(json.dumps(job) + "\n")
            self.process.stdin.flush()
            return self.futures[name]

    def _collect(self) -> None:
        assert self.process.stdout
        errors = []
        for line in self.process.stdout:
            if not line.startswith('{"name"'):
                errors.append(line)
                continue
            ended = json.loads(line)
            with self.lock:
                future, request = self.futures[ended["name"]], self.requests[ended["name"]]
            log = self.log_file(request).read_text(encoding="utf-8", errors="replace")
            future.set_result(BuiltSite(request.project, request.site_dir, log, ended["returncode"]))
        self.process.wait()
        problem = RuntimeError(f"the forked builds ended ({self.process.returncode}):\n{''.join(errors)}")
        with self.lock:
            for future in self.futures.values():
                if not future.done():
                    future.set_exception(problem)

    def stop(self) -> None:
        if self.process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGTERM)
        if self.process.stdin:
            with contextlib.suppress(BrokenPipeError):
                self.process.stdin.close()
        self.process.wait()


def add_to_nav(project: Path, page: str) -> None:
    """List a page a test added to a copy at the end of its navigation: the build
    refuses a page no navigation leads to (study_notes/checks/navigation.py)."""
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    after_nav = text.partition("\nnav:\n")[2]
    assert after_nav and all(line[:1] in (" ", "") for line in after_nav.splitlines()), "nav is not last"
    config.write_text(text.rstrip("\n") + f"\n  - {page}\n", encoding="utf-8")


def copy_project(target: Path, leave_out: tuple[str, ...] = ()) -> Path:
    """A throwaway copy of the project, for tests that feed it bad input.

    leave_out: paths relative to the root not to copy (e.g. "docs/ko", "tests").
    """
    skipped = shutil.ignore_patterns(
        ".venv", ".git", "site", "site-offline", "__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache"
    )

    def ignore(folder: str, names: list[str]) -> set[str]:
        here = Path(folder).relative_to(ROOT)
        return set(skipped(folder, names)) | {n for n in names if (here / n).as_posix() in leave_out}

    shutil.copytree(ROOT, target, ignore=ignore)
    return target
