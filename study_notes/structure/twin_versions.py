"""Which version of each page its twins were last brought in line with.

i18n/translations.yml records, for every page (its path inside a language
folder), a short hash of each language's file as it was when the twins were
last marked in line (`python -m scripts.mark_in_line`). A language whose file
no longer matches its hash has changed since; its twins lag behind it.

study_notes/translation_lag.py reads it at build time, and
scripts/mark_in_line.py writes it.
"""

import hashlib
from dataclasses import dataclass
from pathlib import Path

import yaml

from ..problems import WriterMistake
from . import Site

NAME = "translations.yml"  # in the i18n folder
HEADER = """\
# Which version of each page its twins were last brought in line with: a short
# hash of each language's file at that moment. Written by
#   .venv/bin/python -m scripts.mark_in_line docs/<lang>/<page>.md
# never by hand (see CONTRIBUTING.md, "Keeping translations in line").
"""


def content_hash(path: Path) -> str:
    """A short hash of a page's whole file (front matter too: descriptions get translated)."""
    text = path.read_text(encoding="utf-8-sig").replace("\r\n", "\n")
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def records_file(site: Site) -> Path:
    return site.i18n / NAME


def read_records(site: Site) -> dict[str, dict[str, str]]:
    path = records_file(site)
    name = site.shown(path)
    if not path.is_file():
        return {}
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8-sig")) or {}
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = f":{mark.line + 1}" if mark else ""
        raise WriterMistake(
            f"{name}{line}: not valid YAML; rewrite it with `python -m scripts.mark_in_line --all`"
        ) from None
    if not isinstance(data, dict) or not all(
        isinstance(page, str)
        and isinstance(hashes, dict)
        and all(isinstance(k, str) and isinstance(v, str) for k, v in hashes.items())
        for page, hashes in data.items()
    ):
        raise WriterMistake(
            f"{name}: expected 'page.md: {{language: hash}}' entries; "
            f"rewrite it with `python -m scripts.mark_in_line --all`"
        )
    return data


def write_records(site: Site, records: dict[str, dict[str, str]]) -> None:
    path = records_file(site)
    body = yaml.safe_dump(dict(sorted(records.items())), allow_unicode=True, sort_keys=False)
    path.write_text(HEADER + body, encoding="utf-8")


def current_hashes(docs: Path, languages: list[str], page: str) -> dict[str, str]:
    """Each language's hash of the page, for the languages that have it."""
    return {lang: content_hash(docs / lang / page) for lang in languages if (docs / lang / page).is_file()}


@dataclass(frozen=True)
class Lag:
    page: str  # 'docker/basics.md'
    language: str  # the language that lags behind
    newer: str  # the language that changed since the twins were in line


def lagging(docs: Path, languages: list[str], records: dict[str, dict[str, str]]) -> list[Lag]:
    """Every page that lags behind a twin which changed after they were last in line."""
    found = []
    for page, recorded in sorted(records.items()):
        now = current_hashes(docs, languages, page)
        changed = [lang for lang in languages if lang in now and now[lang] != recorded.get(lang)]
        for lang in languages:
            newer = [other for other in changed if other != lang]
            if lang in now and newer:
                found.append(Lag(page, lang, newer[0]))
    return found
