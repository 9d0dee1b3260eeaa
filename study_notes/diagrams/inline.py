"""```mermaid fences become the SVG drawings stored in diagrams/, inline.

Drawing is a contributor step (`make diagrams`, scripts/draw_diagrams.py):
the build itself needs neither Node nor a browser. Each drawing is stored as
``diagrams/<key>.svg``, the key a hash of the fence's source, the vendored
Mermaid's version, diagrams/settings.yml and the drawing code
(docs/assets/javascripts/diagrams.js). Here each fence becomes::

    <div class="mermaid-diagram" data-search-exclude role="group" ...><svg ...></div>

with the drawing's ids prefixed per page and diagram (``en-diagram-2-...``)
and its <style> left out: its rules are in assets/stylesheets/diagrams.css,
served once. ``data-search-exclude`` keeps diagram text out of the search
index. A fence without a current drawing:

- under `mkdocs serve` stays as source text, drawn in the writer's browser
  by docs/assets/javascripts/diagrams.js (the template loads it, with
  Mermaid, only on such pages);
- fails any other build with one line naming the page, the line and the
  command to run (reported to the one problem list, with the checks').

A drawing so wide that its labels would shrink under the readable floor in
the content column (diagrams/settings.yml, ``readable``) fails the build the
same way (size.py).

Two settings of the plugin's `diagrams:` (config.py), for scripts: `manifest`
(DIAGRAMS_MANIFEST=<file> in mkdocs.yml) writes every fence (key, source, page,
line) there as JSON and never fails (scripts.draw_diagrams draws from it);
`mode: browser` (DIAGRAMS=browser) draws every fence in the browser, as the
site did before drawings were stored (scripts.benchmark compares the two).
"""

import hashlib
import html
import json
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import yaml

from ..problems import Problems, WriterMistake
from ..structure import Page, Site
from ..structure.markdown import read
from .size import too_small

DIAGRAM_CLASS = "mermaid-diagram"
# Stored drawings carry this in place of their ids' prefix (scripts.draw_diagrams).
ID_TOKEN = "zz-diagram-zz"
STYLESHEET = "docs/assets/stylesheets/diagrams.css"
FIX = "run `make diagrams` and commit diagrams/ and " + STYLESHEET

PLACEHOLDER = re.compile(rf'<div class="{DIAGRAM_CLASS}" data-diagram-key="(\w+)">(.*?)</div>', re.S)
STYLE = re.compile(r"<style>.*?</style>", re.S)
# Mermaid leaves markup behind that HTML does not allow and no reader needs
# (tests/test_html_validity.py runs the Nu Html Checker): <rect/>s without a
# width or a height (label backgrounds it never sized, which draw nothing), and
# name="" on a sequence diagram's actors (bookkeeping for its own script).
UNSIZED_RECT = re.compile(r"<rect\b(?![^>]*\swidth=)[^>]*/>|<rect\b(?![^>]*\sheight=)[^>]*/>")
TAG = re.compile(r"<[^<>]+>")
NAME_ATTRIBUTE = re.compile(r'\sname="[^"]*"')


def drawing_mode(configured: str, manifest: str | None, serving: bool) -> str:
    """strict: a fence without a drawing fails the build; serve: it is drawn in the
    browser; manifest: every fence is listed for scripts.draw_diagrams; browser:
    every fence is drawn in the browser."""
    if configured == "browser":
        return "browser"
    if manifest:
        return "manifest"
    return "serve" if serving else "strict"


def drawings_digest(names: Iterable[str]) -> str:
    """Names a set of stored drawings (their file names without .svg); diagrams.css
    records the set it was made for (scripts.draw_diagrams writes it)."""
    return hashlib.sha256(" ".join(sorted(names)).encode()).hexdigest()[:20]


class Diagrams:
    """The fences of one build and their drawings."""

    def __init__(
        self, site: Site, mode: str, drawings: Path, settings_file: Path, manifest: str | None = None
    ) -> None:
        self.site, self.mode, self.drawings, self.manifest = site, mode, drawings, manifest
        self.settings = yaml.safe_load(settings_file.read_text(encoding="utf-8"))
        self.fences: list[dict[str, Any]] = []
        version = site.root / "docs" / "assets" / "vendor" / "mermaid" / "VERSION"
        if mode != "browser" and not version.is_file():
            raise WriterMistake(
                f"{site.shown(version)} is missing: vendor Mermaid first "
                "(`.venv/bin/python -m scripts.update_vendored mermaid VERSION`, see CONTRIBUTING.md)"
            )
        code = (site.root / "docs" / "assets" / "javascripts" / "diagrams.js").read_bytes()
        mermaid = version.read_text().strip() if version.is_file() else "(not vendored)"
        self.seed = json.dumps([mermaid, self.settings, hashlib.sha256(code).hexdigest()], sort_keys=True)
        if mode == "strict":
            self.check_stylesheet()

    def check_stylesheet(self) -> None:
        stylesheet = self.site.root / STYLESHEET
        first = stylesheet.read_text(encoding="utf-8").split("\n", 1)[0] if stylesheet.is_file() else ""
        if drawings_digest(path.stem for path in self.drawings.glob("*.svg")) not in first:
            raise WriterMistake(f"{STYLESHEET} was not made for the drawings in diagrams/; {FIX}")

    def custom_fence(self) -> dict[str, Any]:
        """pymdownx.superfences' entry for ```mermaid fences."""
        return {"name": "mermaid", "class": DIAGRAM_CLASS, "format": self.fence}

    def drawing_key(self, source: str) -> str:
        return hashlib.sha256((self.seed + "\n" + source).encode()).hexdigest()[:20]

    def fence(
        self, source: str, language: str, class_name: str, options: dict, md: Any, **kwargs: Any
    ) -> str:
        """A placeholder that inline() turns into the drawing (it knows the page)."""
        key = self.drawing_key(source)
        return f'<div class="{DIAGRAM_CLASS}" data-diagram-key="{key}">{html.escape(source)}</div>'

    def inline(
        self, html_text: str, page: Page, label: str, problems: Problems, info: Callable[[str], None]
    ) -> str:
        """label: the frame's accessible name, with {number} (ui.yml `diagram`)."""
        where = page.where
        lines = [fence.line for fence in read(page.source).diagrams()] if page.source else []
        language = page.language
        count = 0

        def replace(match: re.Match) -> str:
            nonlocal count
            count += 1
            key, source = match[1], html.unescape(match[2])
            line = lines[count - 1] if count <= len(lines) else None
            prefix = f"{language}-diagram-{count}"
            if self.mode == "manifest":
                self.fences.append(dict(key=key, source=source, page=where, line=line, number=count))
            frame = (
                f'class="{DIAGRAM_CLASS}" data-search-exclude role="group" tabindex="0" '
                f'aria-label="{html.escape(label.format(number=count))}" data-diagram-key="{key}"'
            )
            drawing = self.drawings / f"{key}.svg"
            if drawing.is_file() and self.mode != "browser":
                stored = drawing.read_text(encoding="utf-8")
                if self.mode == "strict" and (problem := too_small(stored, self.settings["readable"])):
                    problems.report(where, line, f"diagram {count} {problem}; then {FIX}")
                svg = STYLE.sub("", stored, count=1).replace(ID_TOKEN, prefix)
                svg = TAG.sub(lambda tag: NAME_ATTRIBUTE.sub("", tag[0]), UNSIZED_RECT.sub("", svg))
                return f'<div {frame} data-rendered="build">{svg.strip()}</div>'
            if self.mode == "strict":  # the plugin stops the build with every such line
                problems.report(
                    where, line, f"diagram {count} has no current drawing (its source changed); {FIX}"
                )
            elif self.mode == "serve":
                info(f"{where}:{line or 1}: diagram {count} is drawn in the browser until you {FIX}")
            # Drawn in the browser; the file and line let diagrams.js name them in its errors.
            return (
                f'<div {frame} data-diagram-prefix="{prefix}" data-diagram-number="{count}" '
                f'data-source-file="{html.escape(where)}" data-source-line="{line or 1}">'
                f"{html.escape(source)}</div>"
            )

        return PLACEHOLDER.sub(replace, html_text)

    def write_manifest(self) -> None:
        if self.mode == "manifest" and self.manifest:
            Path(self.manifest).write_text(
                json.dumps({"settings": self.settings, "id_token": ID_TOKEN, "fences": self.fences}),
                encoding="utf-8",
            )
