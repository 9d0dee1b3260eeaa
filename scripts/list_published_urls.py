"""Add every page and section address of the current site to tests/published_urls.txt.

Usage:  .venv/bin/python -m scripts.list_published_urls
Run it after adding pages or sections, and commit the file. Addresses are only
ever added: once published, an address must keep working (rename a page with
a redirect in the study-notes plugin's redirects in mkdocs.yml, never by dropping its line).
"""

import tempfile
from pathlib import Path

from tooling.build import build
from tooling.project import ROOT

LIST = ROOT / "tests" / "published_urls.txt"


def current_addresses(site):
    for _, path, _ in site.pages():
        yield path
        article = site.soup(path).select_one("article")
        if article.select_one(".course-note"):
            continue  # the printable course: its sections are the notes' own, linked there
        for el in article.select("h2[id], h3[id], dt[id]"):
            yield f"{path}#{el['id']}"


def main():
    lines = LIST.read_text(encoding="utf-8").splitlines() if LIST.exists() else []
    header = [line for line in lines if line.startswith("#")] or [
        "# Published addresses: each must keep resolving (tests/test_links.py).",
        "# Add with `.venv/bin/python -m scripts.list_published_urls`; never delete a line.",
    ]
    known = {line for line in lines if line and not line.startswith("#")}
    with tempfile.TemporaryDirectory() as tmp:
        site = build(ROOT, Path(tmp) / "site")
        added = set(current_addresses(site)) - known
    LIST.write_text("\n".join(header + sorted(known | added)) + "\n", encoding="utf-8")
    print(f"{len(added)} new addresses; {len(known | added)} in {LIST.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
