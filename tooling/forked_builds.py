"""Many small builds, each in a process forked from one that has started Python and
imported the generator once (tooling.build.start_builds runs this module).

Starting Python and importing MkDocs, Material and the plugins is about half
of what a build of the tiny site costs (tests/bad_inputs.py builds it once per
bad-input case). This process does it once: each build is a fork of it that
runs the generator's own command line, `build --strict` with the job's
options, in the job's folder and environment, printing into the job's log
file, exactly as `python -m mkdocs build ...` would. The first build records
the modules it imported, and this process imports them too before the next
fork, so later builds find them loaded.

Usage: python -m tooling.forked_builds GENERATOR WORKERS, then one JSON line per
job on its input ({name, project, site_dir, log, environment, options}), as
they come; it prints one JSON line {name, returncode} as each build ends, and
stops once its input is closed and every build has ended.
"""

import contextlib
import importlib
import json
import os
import select
import sys
from pathlib import Path
from typing import Any, NoReturn


def run(cli: Any, job: dict[str, Any], record: Path | None) -> NoReturn:
    """In the forked child: the build, then exit with its return code."""
    code: int = 1
    try:
        os.chdir(job["project"])
        os.environ.clear()
        os.environ.update(job["environment"])
        log = os.open(job["log"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        os.dup2(log, 1)
        os.dup2(log, 2)
        args = ["build", "--strict", "--clean", *job["options"], "-d", job["site_dir"], "-f", "mkdocs.yml"]
        try:
            cli.main(args=args, prog_name=sys.argv[1], standalone_mode=True)
            code = 0
        except SystemExit as end:
            code = end.code if isinstance(end.code, int) else 1
        if record:
            record.write_text("\n".join(sorted(sys.modules)), encoding="utf-8")
    except BaseException as error:  # noqa: B036 -- nothing may escape a forked child
        print(f"forked build {job['name']}: {error!r}", file=sys.stderr)
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)


def warm_up(record: Path) -> None:
    """Import what the first build imported, so the next forks find it loaded."""
    for name in record.read_text(encoding="utf-8").split() if record.is_file() else ():
        with contextlib.suppress(Exception):  # such as a hook loaded from the project's own folder
            importlib.import_module(name)


class Jobs:
    """The jobs arriving on standard input, one JSON line each, read without blocking."""

    def __init__(self) -> None:
        self.waiting: list[dict[str, Any]] = []
        self.rest = b""
        self.open = True

    def read(self, timeout: float | None) -> None:
        """Take what has arrived, waiting up to timeout seconds (None: until something does)."""
        if self.open and select.select([0], [], [], timeout)[0]:
            chunk = os.read(0, 1 << 16)
            self.open = bool(chunk)
            *lines, self.rest = (self.rest + chunk).split(b"\n")
            self.waiting += [json.loads(line) for line in lines if line.strip()]


def main() -> None:
    generator, workers = sys.argv[1], int(sys.argv[2])
    cli = importlib.import_module(f"{generator}.__main__").cli
    jobs = Jobs()
    running: dict[int, str] = {}
    record: Path | None = None  # where the first build lists its modules, until it ends
    started = False
    while jobs.open or jobs.waiting or running:
        # The first build runs alone; the others, `workers` at a time, after warm_up().
        free = len(running) < (workers if started and record is None else 1)
        if free and jobs.waiting:
            job = jobs.waiting.pop(0)
            if not started:
                started, record = True, Path(job["log"]).with_suffix(".modules")
            sys.stdout.flush()
            pid = os.fork()
            if pid == 0:
                run(cli, job, record)
            running[pid] = job["name"]
            continue
        if free and jobs.open:
            jobs.read(timeout=0.05 if running else None)
            if not running:
                continue
        pid, status = os.waitpid(-1, os.WNOHANG if free and jobs.open else 0)
        if pid:
            print(json.dumps({"name": running.pop(pid), "returncode": os.waitstatus_to_exitcode(status)}))
            sys.stdout.flush()
            if record:
                warm_up(record)
                record = None


if __name__ == "__main__":
    main()
