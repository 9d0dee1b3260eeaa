"""Only what passed is published: GitHub runs the same path as `.ci/run`, and
deploys a commit only after its whole test suite passed."""

import re

import yaml

from tooling.project import ROOT
from tooling.tools import PACKAGES

WORKFLOWS = ROOT / ".github" / "workflows"
PINNED = re.compile(r"^\s*(?:-\s+)?uses:\s*([\w.-]+/[\w.-]+)@([0-9a-f]{40}) # v\d+\.\d+\.\d+\s*$")


def workflow(name):
    # PyYAML reads the key `on` as True.
    data = yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))
    data["on"] = data.pop(True)
    return data


def steps(data):
    return [step for job in data["jobs"].values() for step in job.get("steps", [])]


def test_every_action_is_pinned_by_commit_with_its_version_in_a_comment():
    lines = [
        (path.name, line)
        for path in sorted(WORKFLOWS.glob("*.yml"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if re.match(r"^\s*(-\s+)?uses:", line)
    ]
    assert len(lines) >= 6, lines
    unpinned = [f"{name}: {line.strip()}" for name, line in lines if not PINNED.match(line)]
    assert not unpinned, "pin these by full commit SHA with '# vX.Y.Z' after them:\n" + "\n".join(unpinned)


def test_every_checkout_keeps_no_credentials_and_the_whole_history():
    checkouts = [
        (path.name, step)
        for path in sorted(WORKFLOWS.glob("*.yml"))
        for step in steps(workflow(path.name))
        if step.get("uses", "").startswith("actions/checkout@")
    ]
    assert len(checkouts) == 2, checkouts
    for name, step in checkouts:
        assert step["with"]["persist-credentials"] is False, name
        assert step["with"]["fetch-depth"] == 0, f"{name}: page dates need the git history"


def test_github_runs_the_tests_through_ci_run_which_runs_make_test():
    tests = workflow("tests.yml")
    commands = [step.get("run", "") for step in steps(tests)]
    assert "bash .ci/run" in commands, commands
    assert not any("playwright install" in command for command in commands)
    ci_run = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    apt = next(line for line in ci_run.splitlines() if "apt-get install" in line)
    # Every program a test runs (tooling/tools.py), so no test stops for want of one.
    for package in sorted(set(PACKAGES.values())):
        assert package in apt.split(), f".ci/run does not install {package}"
    assert ci_run.rstrip().endswith("make test")


def test_deploy_runs_only_after_the_tests_passed_on_the_same_commit():
    deploy = workflow("deploy.yml")
    assert list(deploy["on"]) == ["workflow_run"], "deploy must start from the tests workflow only"
    trigger = deploy["on"]["workflow_run"]
    assert trigger["workflows"] == [workflow("tests.yml")["name"]] and trigger["types"] == ["completed"]
    assert trigger["branches"] == ["main"]
    build = deploy["jobs"]["build"]
    assert "github.event.workflow_run.conclusion == 'success'" in build["if"]
    assert "github.event.workflow_run.event == 'push'" in build["if"]
    checkout = next(step for step in build["steps"] if step.get("uses", "").startswith("actions/checkout@"))
    assert checkout["with"]["ref"] == "${{ github.event.workflow_run.head_sha }}"
    assert deploy["jobs"]["deploy"]["needs"] == "build"
