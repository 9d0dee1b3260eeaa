"""Every file a writer edits is UTF-8, so no step of the build (and no MkDocs reader) meets
bytes it cannot decode halfway through the build.

Editors on Windows still save Korean text as CP949 (EUC-KR) now and then;
reading such a file as UTF-8 used to end the build in a UnicodeDecodeError
traceback. This runs before anything else reads a file (the plugin's first
step) and stops the build with one line per file: where the first
undecodable byte is and what to do. A byte-order mark is fine: MkDocs reads
pages as utf-8-sig, and so does this package (structure/markdown.py's read()).
"""

from pathlib import Path

from ..problems import Problems
from ..structure import Site

# What writers edit: the pages, and the writer data in i18n/.
TEXT = ("*.md", "*.yml", "*.yaml")


def writer_files(site: Site) -> list[Path]:
    found: list[Path] = []
    for folder in (site.docs, site.i18n):
        for pattern in TEXT:
            found += folder.rglob(pattern)
    return sorted(set(found))


def encoding_problem(data: bytes) -> tuple[int, str] | None:
    """(line, problem) if data is not UTF-8 (with or without a byte-order mark)."""
    try:
        data.decode("utf-8-sig")
        return None
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        byte = data[error.start : error.start + 1].hex()
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        guess = "it is UTF-16 (a byte-order mark FF FE or FE FF)"
    else:
        try:
            data.decode("cp949")
            guess = "it looks like CP949 (EUC-KR), the old Korean Windows encoding"
        except UnicodeDecodeError:
            guess = "its encoding is unknown"
    return line, (
        f"not UTF-8 (byte 0x{byte} cannot be read); {guess}: save the file as UTF-8 "
        "(in your editor: Save with Encoding, UTF-8) and build again"
    )


def check(site: Site, problems: Problems) -> None:
    for path in writer_files(site):
        if problem := encoding_problem(path.read_bytes()):
            problems.report(site.shown(path), problem[0], problem[1])
