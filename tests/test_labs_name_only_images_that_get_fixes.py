"""Every image a page names is on a line that still gets fixes (i18n/unsupported_images.yml).

The labs are copied command by command, so a tag on a line without fixes teaches
readers to run software with known holes. The data file lists those lines; a
writer updates it when a line stops getting fixes, and this test names every
page line to change.
"""

import re

import pytest
import yaml

from tooling.project import ROOT, languages, site

DATA_FILE = ROOT / "i18n" / "unsupported_images.yml"
PAGES = sorted(f"docs/{language}/{path}" for language in languages() for path in site().paths(language))


def unsupported_lines(path=DATA_FILE):
    """[(pattern, 'image:line', use)] for every listed line; ValueError if the file is malformed."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    images = data.get("images")
    if not data.get("checked") or not images:
        raise ValueError(f"{path.name}: needs 'checked:' and a non-empty 'images:' list")
    found = []
    for entry in images:
        image, lines, use = entry.get("image"), entry.get("lines"), entry.get("use")
        if not image or not lines or not use or not all(isinstance(line, str) for line in lines):
            raise ValueError(f"{path.name}: entry {entry!r} needs 'image', quoted 'lines' and 'use'")
        for line in lines:
            # image:1.29, image:1.29.8, image:1.29-alpine, and the Server header image/1.29.8
            pattern = re.compile(rf"(?<![\w.-]){re.escape(image)}[:/]{re.escape(line)}(?![\d])")
            found.append((pattern, f"{image}:{line}", use))
    return found


MERMAID_OPEN = re.compile(r"^\s*(`{3,}|~{3,})\s*mermaid\b")


def split_diagrams(text):
    """(everything but Mermaid fences, only Mermaid fences), each with the other's lines blanked."""
    outside, inside, fence = [], [], None
    for line in text.split("\n"):
        opening = fence is None and MERMAID_OPEN.match(line)
        if opening:
            fence = opening.group(1)
        (inside if fence else outside).append(line)
        (outside if fence else inside).append("")
        if fence and not opening and line.strip() == fence:
            fence = None
    return "\n".join(outside), "\n".join(inside)


def hits_in(text, page, lines):
    hits = []
    for number, content in enumerate(text.split("\n"), 1):
        for pattern, name, use in lines:
            if pattern.search(content):
                hits.append(f"{page}:{number}: {name} gets no fixes any more -> use {use}")
    return hits


def test_the_data_file_lists_unsupported_lines():
    assert unsupported_lines(), "i18n/unsupported_images.yml lists no image lines"


@pytest.mark.parametrize("page", PAGES)
def test_page_names_no_image_line_without_fixes(page):
    text, _ = split_diagrams((ROOT / page).read_text(encoding="utf-8"))
    hits = hits_in(text, page, unsupported_lines())
    if hits:
        pytest.fail("image lines listed in i18n/unsupported_images.yml:\n" + "\n".join(hits), pytrace=False)


@pytest.mark.parametrize("page", PAGES)
def test_page_diagrams_name_no_image_line_without_fixes(page):
    _, diagrams = split_diagrams((ROOT / page).read_text(encoding="utf-8"))
    hits = hits_in(diagrams, page, unsupported_lines())
    if hits:
        pytest.fail(
            "diagram labels naming lines in i18n/unsupported_images.yml:\n" + "\n".join(hits), pytrace=False
        )


def test_the_check_sees_tags_and_server_headers_but_not_longer_numbers(tmp_path):
    data = tmp_path / "images.yml"
    data.write_text(
        'checked: 2026-12-04\nimages:\n  - image: nginx\n    lines: ["1.29"]\n    use: nginx:1.30\n',
        encoding="utf-8",
    )
    lines = unsupported_lines(data)
    text = "\n".join(
        [
            "kubectl set image deployment/web nginx=nginx:1.29",  # 1
            "Server: nginx/1.29.8",  # 2
            "image: docker.io/library/nginx:1.29-alpine",  # 3
            "image: nginx:1.290",  # 4: another line
            "image: nginx:1.30",  # 5
            "image: my-nginx:1.29",  # 6: another image
        ]
    )
    assert [hit.split(":")[1] for hit in hits_in(text, "x.md", lines)] == ["1", "2", "3"]


def test_diagrams_are_told_apart_from_the_rest():
    text = 'nginx:1.29 before\n```mermaid\nflowchart LR\n    a["nginx:1.29"]\n```\nafter'
    outside, inside = split_diagrams(text)
    assert outside.split("\n") == ["nginx:1.29 before", "", "", "", "", "after"]
    assert inside.split("\n")[3] == '    a["nginx:1.29"]'


def test_unquoted_lines_are_refused(tmp_path):
    data = tmp_path / "images.yml"
    data.write_text("checked: 2026-12-04\nimages:\n  - image: nginx\n    lines: [1.29]\n    use: x\n")
    with pytest.raises(ValueError, match="quoted 'lines'"):
        unsupported_lines(data)
