"""Stored progress of any shape is read without throwing, keeping what is
valid: docs/assets/javascripts/progress-store.js, run in Node (no browser).

Each value below is what a reader's localStorage could hold: an older or a
newer version of the site's shape, a half-written value, something another
script wrote. tests/test_progress.py checks the pages in Chromium, two tabs
included."""

import json
import subprocess

import pytest

from tooling.project import ROOT
from tooling.tools import require_tool

pytestmark = pytest.mark.needs("node")

STORE = ROOT / "docs" / "assets" / "javascripts" / "progress-store.js"
NOTE, OTHER = "docker/basics.md", "kubernetes/orchestration.md"

# Runs each call [function, *arguments] and prints the results (or the error) as JSON.
RUNNER = """
const store = require(process.argv[1]);
const calls = JSON.parse(require("fs").readFileSync(0, "utf8"));
const results = calls.map(([name, ...args]) => {
  try {
    if (name === "roundtrip") return store.parse(store.serialize(store.parse(args[0])));
    if (name === "tabs") {
      // Two tabs loaded the same stored text; each marks a question, re-reading before it writes.
      let text = args[0];
      text = store.update(text, (s) => store.setMark(s, "docker/basics.md#1", "got"));
      text = store.update(text, (s) => store.setMark(s, "docker/basics.md#2", "review"));
      text = store.update(text, (s) => store.setRead(s, "kubernetes/orchestration.md", 1700000000000));
      return store.parse(text);
    }
    if (name === "edit") {
      const [text, kind, key, value] = args;
      return JSON.parse(store.update(text, (s) => store[kind](s, key, value)));
    }
    return store[name](...args);
  } catch (error) {
    return { threw: String(error && error.stack || error) };
  }
});
results.push({ polluted: ({}).polluted === true || Object.prototype.hasOwnProperty("read") });
process.stdout.write(JSON.stringify(results));
"""


def node(*calls):
    command = [require_tool("node"), "-e", RUNNER, str(STORE)]
    result = subprocess.run(command, input=json.dumps(calls), capture_output=True, text=True, check=True)
    *results, pollution = json.loads(result.stdout)
    assert not pollution["polluted"], "a stored value changed Object.prototype"
    return results


def state(read=None, marks=None, extra=None):
    return {"version": 2, "read": read or {}, "marks": marks or {}, "extra": extra or {}}


EMPTY = state()
V1 = json.dumps({"read": {NOTE: 1764806400000}, "marks": {f"{NOTE}#1": "got", f"{NOTE}#2": "review"}})

MALFORMED = {
    "nothing stored": (None, EMPTY),
    "an empty string": ("", EMPTY),
    "half-written JSON": ('{"read": {"docker/basics.md": 17648', EMPTY),
    "not JSON": ("read=docker/basics.md", EMPTY),
    "JSON null": ("null", EMPTY),
    "a number": ("42", EMPTY),
    "a string": ('"docker/basics.md"', EMPTY),
    "true": ("true", EMPTY),
    "an empty list": ("[]", EMPTY),
    "a list of read notes (an older idea)": (json.dumps([NOTE, 5, None, "../x"]), state({NOTE: 1})),
    "read as a string": ('{"read": "docker/basics.md"}', EMPTY),
    "read and marks as null and a number": ('{"read": null, "marks": 7}', EMPTY),
    "read as a list": (json.dumps({"read": [NOTE]}), state({NOTE: 1})),
    "marks as a list": (json.dumps({"marks": ["got"]}), EMPTY),
    "version 1 (no version)": (
        V1,
        state({NOTE: 1764806400000}, {f"{NOTE}#1": "got", f"{NOTE}#2": "review"}),
    ),
    "version 1 read values of true": (json.dumps({"read": {NOTE: True}}), state({NOTE: 1})),
    "a date string": (json.dumps({"read": {NOTE: "2026-12-01T00:00:00Z"}}), state({NOTE: 1796083200000})),
    "unusable read values": (
        json.dumps({"read": {NOTE: "yes", OTHER: -5, "a.md": 0, "b.md": None, "c.md": {}, "d.md": False}}),
        EMPTY,
    ),
    "a read time too large for a number": ('{"read": {"docker/basics.md": 1e400}}', EMPTY),
    "a fractional time": (json.dumps({"read": {NOTE: 1.5}}), state({NOTE: 1})),
    "unknown marks and bad question keys": (
        json.dumps(
            {
                "marks": {
                    f"{NOTE}#1": "GOT ",
                    f"{NOTE}#2": "maybe",
                    f"{NOTE}#3": True,
                    f"{NOTE}#0": "got",
                    f"{NOTE}#x": "got",
                    NOTE: "got",
                    "/docker/basics.md#1": "got",
                    "": "review",
                }
            }
        ),
        state(marks={f"{NOTE}#1": "got"}),
    ),
    "keys that are not notes": (
        json.dumps({"read": {"": 1, "index.html": 1, "a b.md": 1, "x.md?y": 1}}),
        EMPTY,
    ),
    "__proto__ keys": (
        '{"__proto__": {"polluted": true}, "read": {"__proto__": 1, "docker/basics.md": 2}, '
        '"marks": {"__proto__": "got"}}',
        state({NOTE: 2}),
    ),
    "a newer version with a field of its own": (
        json.dumps(
            {"version": 3, "read": {NOTE: 5}, "marks": {f"{NOTE}#1": "review"}, "streak": {"days": 4}},
        ),
        state({NOTE: 5}, {f"{NOTE}#1": "review"}, {"streak": {"days": 4}}),
    ),
    "a version that is not a number": (json.dumps({"version": "two", "read": {NOTE: 5}}), state({NOTE: 5})),
    "deeply nested junk": ("[" * 5000 + "]" * 5000, EMPTY),
}


@pytest.mark.parametrize("name", MALFORMED)
def test_any_stored_value_is_read_without_throwing_keeping_what_is_valid(name):
    stored, expected = MALFORMED[name]
    parsed, again = node(["parse", stored], ["roundtrip", stored])
    assert parsed == expected, name
    assert again == expected, f"{name}: what is written back reads the same"


def test_what_is_written_is_the_current_version_with_newer_fields_kept():
    (written,) = node(["edit", json.dumps({"version": 3, "streak": 4}), "setRead", NOTE, 1700000000000])
    assert written == {"streak": 4, "version": 2, "read": {NOTE: 1700000000000}, "marks": {}}


def test_edits_say_what_the_reader_wants_and_ignore_keys_that_are_not_questions():
    set_, unset, again, wrong, bad_mark, unread = node(
        ["edit", V1, "setMark", f"{NOTE}#3", "got"],
        ["edit", V1, "setMark", f"{NOTE}#1", None],
        ["edit", V1, "setMark", f"{NOTE}#1", "got"],  # set twice: still set (no toggle)
        ["edit", V1, "setMark", "not a question", "got"],
        ["edit", V1, "setMark", f"{NOTE}#4", "maybe"],
        ["edit", V1, "setRead", NOTE, None],
    )
    assert set_["marks"][f"{NOTE}#3"] == "got"
    assert f"{NOTE}#1" not in unset["marks"] and unset["marks"][f"{NOTE}#2"] == "review"
    assert again["marks"][f"{NOTE}#1"] == "got"
    assert wrong["marks"] == json.loads(V1)["marks"]
    assert f"{NOTE}#4" not in bad_mark["marks"]
    assert unread["read"] == {}


@pytest.mark.parametrize("start", [None, V1, "{broken"])
def test_changes_from_two_tabs_all_survive(start):
    (merged,) = node(["tabs", start])
    assert merged["marks"][f"{NOTE}#1"] == "got"
    assert merged["marks"][f"{NOTE}#2"] == "review"
    assert merged["read"][OTHER] == 1700000000000
