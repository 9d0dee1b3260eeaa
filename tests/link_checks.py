"""Resolve links and addresses against the built site, as a browser would."""

import re
from functools import cache
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

from bs4 import BeautifulSoup

from tooling.build import BuiltSite

REFRESH = re.compile(r'http-equiv="refresh" content="0; url=([^"]+)"')


def page_file(site: Path, path: str):
    """The file a site path serves, or None."""
    target = site / unquote(path).lstrip("/")
    if target.is_dir():
        target = target / "index.html"
    return target if target.is_file() else None


# The ids of each page, read once (from the build's own parsed page where it has one).
_ids: dict[Path, frozenset[str]] = {}


def ids_in(site: BuiltSite, file: Path) -> frozenset[str]:
    if file not in _ids:
        if file.name == "index.html":
            folder = file.parent.relative_to(site.site).as_posix()
            soup = site.soup("" if folder == "." else folder)
        else:
            soup = BeautifulSoup(file.read_text(encoding="utf-8"), "html.parser")
        _ids[file] = frozenset(el["id"] for el in soup.select("[id]"))
    return _ids[file]


@cache
def follow(site: Path, path: str, hops=3):
    """(final path, file) after following redirect pages, or (path, None)."""
    for _ in range(hops):
        file = page_file(site, path)
        if file is None or file.suffix != ".html":
            return path, file
        match = REFRESH.search(file.read_text(encoding="utf-8")[:2000])
        if not match:
            return path, file
        path = urlsplit(urljoin("http://site" + path, match.group(1))).path
    return path, None


def broken(site: BuiltSite, from_path: str, href: str):
    """Why an internal link is broken, or None."""
    url = urlsplit(urljoin("http://site" + from_path, href))
    final, file = follow(site.site, url.path)
    if file is None:
        return f"{from_path}: link '{href}' points to a missing page {url.path}"
    if url.fragment and file.suffix == ".html" and unquote(url.fragment) not in ids_in(site, file):
        return f"{from_path}: link '{href}' points to a missing section #{url.fragment} on {final}"
    return None
