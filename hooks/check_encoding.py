"""Every file a writer edits is UTF-8, so no hook (and no MkDocs reader) meets
bytes it cannot decode halfway through the build.

Editors on Windows still save Korean text as CP949 (EUC-KR) now and then;
reading such a file as UTF-8 used to end the build in a UnicodeDecodeError
traceback. This runs before any other hook reads a file (on_config, first)
and stops the build with one line per file: where the first undecodable byte
is and what to do. A byte-order mark is fine: MkDocs reads pages as
utf-8-sig, and so do the hooks (markdown_source.read() and the others).
"""

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from problems import shown

# What writers edit: the pages, and the writer data in i18n/.
TEXT = ("*.md", "*.yml", "*.yaml")


def writer_files(config: MkDocsConfig) -> list[Path]:
    root = Path(config.config_file_path).resolve().parent
    found = []
    for folder in (Path(config.docs_dir), root / "i18n"):
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


@event_priority(200)  # before every hook that reads a writer's file
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    found = []
    for path in writer_files(config):
        if problem := encoding_problem(path.read_bytes()):
            found.append(f"{shown(path, config)}:{problem[0]}: {problem[1]}")
    if found:
        raise PluginError("\n".join(found))
    return config
