"""Mark a page's twins as brought in line with each other (i18n/translations.yml).

Usage:  .venv/bin/python -m scripts.mark_in_line docs/en/docker/basics.md [more pages ...]
        .venv/bin/python -m scripts.mark_in_line --all

Run it after bringing a page in line with its changed twin (or when a change
needs no translation): it records the current version of the page in every
language, and the "may be out of date" notice disappears at the next build.
Either twin's path works. --all marks every page (for a new site or a clean
start); records of pages that no longer exist are dropped either way.
"""

import sys
from pathlib import Path

from study_notes.problems import WriterMistake
from study_notes.structure.twin_versions import current_hashes, read_records, records_file, write_records
from tooling.project import DOCS, ROOT, languages, site


def page_of(argument: str) -> str:
    """'docs/en/docker/basics.md' -> 'docker/basics.md', with a clear error otherwise."""
    path = (Path.cwd() / argument).resolve()
    for lang in languages():
        folder = (DOCS / lang).resolve()
        if path.is_relative_to(folder) and path.suffix == ".md":
            if not path.is_file():
                sys.exit(f"{argument}: no such page")
            return path.relative_to(folder).as_posix()
    sys.exit(f"{argument}: not a page under docs/<language>/ (e.g. docs/en/docker/basics.md)")


def mark(selected: list[str]) -> dict[str, dict[str, str]]:
    langs = list(languages())
    existing = set(site().all_paths())
    try:
        recorded = read_records(site())
    except WriterMistake as mistake:
        sys.exit(str(mistake))
    records = {page: hashes for page, hashes in recorded.items() if page in existing}
    for page in selected:
        hashes = current_hashes(DOCS, langs, page)
        missing = [lang for lang in langs if lang not in hashes]
        if missing:
            sys.exit(f"{page}: no twin in {', '.join(f'docs/{lang}/' for lang in missing)}; write it first")
        records[page] = hashes
        print(f"in line: {page} ({', '.join(f'{lang} {h}' for lang, h in hashes.items())})")
    write_records(site(), records)
    return records


def main(arguments: list[str]) -> None:
    if not arguments or arguments[0] in ("-h", "--help"):
        sys.exit(__doc__)
    if arguments == ["--all"]:
        mark(site().all_paths())
    else:
        mark([page_of(argument) for argument in arguments])
    print(f"updated {records_file(site()).relative_to(ROOT)}")


if __name__ == "__main__":
    main(sys.argv[1:])
