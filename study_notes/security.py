"""A Content-Security-Policy on every page, so a slip that escapes every
other check (a raw <script>, an onclick attribute, a beacon to another host)
is still refused by the reader's browser.

GitHub Pages sends no custom headers, so the policy is a <meta http-equiv>
written right after <meta charset> (a meta policy covers only what comes
after it). It is computed from each page's final HTML: the few inline
scripts (Material's, ours) are allowed by their sha256 hash, nothing else
inline runs. A meta policy cannot carry frame-ancestors, report-uri or
sandbox (browsers ignore them there), so it has none.

Three builds, three small differences, all decided in policy() below:
- the published site: the strict policy;
- the offline copy (file:// pages): Chromium treats 'self' on a file:// page
  as the file: scheme, so the same directives keep every request on the
  reader's disk; search workers there run in the iframe-worker shim, which
  writes one inline script per worker into a blank frame (which inherits
  this policy), so those scripts' hashes are added (worker_frame_scripts());
- `mkdocs serve`: livereload appends an inline script whose text changes on
  every build, so script-src allows inline scripts there instead of hashes.
  Only the writer's preview on loopback runs with it; other hosts stay
  refused.
"""

import base64
import hashlib
import re
from pathlib import Path
from urllib.parse import urlsplit

from .problems import WriterMistake

# The vendored shim, under the project's docs/ (the package sits next to it).
SHIM = Path(__file__).resolve().parent.parent / "docs" / "assets" / "vendor" / "iframe-worker" / "shim.js"
META = '<meta http-equiv="Content-Security-Policy" content="{}">'
ELEMENT = re.compile(r"<(script|style)\b([^>]*)>(.*?)</\1\s*>", re.S | re.I)
STYLE_ATTRIBUTE = re.compile(r"<[a-z][a-z0-9-]*\s[^<>]*?\sstyle\s*=", re.I)
JAVASCRIPT_TYPES = {"", "module", "text/javascript", "application/javascript"}
CHARSET = re.compile(r"<meta charset=[^>]*>", re.I)


def sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def inline(html: str, tag: str) -> list[str]:
    """The text of every inline <script> that runs (not data blocks such as
    type="application/json", not src=) or of every <style> element."""
    found = []
    for name, attributes, text in ELEMENT.findall(html):
        if name.lower() != tag:
            continue
        if tag == "script":
            kind = re.search(r"""\btype\s*=\s*["']?([^"'\s>]*)""", attributes, re.I)
            data_block = kind and kind[1].lower() not in JAVASCRIPT_TYPES
            if data_block or re.search(r"\bsrc\s*=", attributes, re.I):
                continue
        found.append(text)
    return found


# Every worker lives here (Material's search worker, the site's query
# understanding); pages name them by relative addresses, fixed per page.
WORKER_ADDRESS = re.compile(r'"((?:\.\./|\./)*assets/javascripts/workers/[^"]+\.js)"')


def worker_frame_scripts(html: str) -> list[str]:
    """The inline scripts iframe-worker's shim writes into its frame for each
    worker this page names: the shim's two helper functions and the worker's
    address, exactly as the page passes it to `new Worker()`."""
    return [worker_frame_script(address) for address in sorted(set(WORKER_ADDRESS.findall(html)))]


def worker_frame_script(address: str) -> str:
    shim = SHIM.read_text(encoding="utf-8")
    template = re.search(r"<html><body><script>(.*?)<\\/script>", shim)
    url = re.search(r"constructor\((\w)\)", shim)  # its parameter is the worker's address
    if not template or not url or "\\" in template[1]:
        raise WriterMistake(f"{SHIM.name} changed: update worker_frame_script() in study_notes/security.py")
    values = {url[1]: address}
    for name in set(re.findall(r"\$\{(\w)\}", template[1])) - set(values):
        values[name] = function_source(shim, name)  # what a function becomes in a template literal
    return re.sub(r"\$\{(\w)\}", lambda m: values[m[1]], template[1])


def function_source(js: str, name: str) -> str:
    """The text of `function name(...){...}` in js, up to its balancing brace."""
    start = js.index(f"function {name}(")
    depth = 0
    for end in range(js.index("{", start), len(js)):
        depth += {"{": 1, "}": -1}.get(js[end], 0)
        if depth == 0:
            return js[start : end + 1]
    raise WriterMistake(f"{SHIM.name}: function {name} never ends")


def style_sources(html: str) -> list[str]:
    """The one place that decides how strict styles are (read this before
    changing how diagrams are drawn).

    Material itself needs no inline style: its script sets styles through
    element.style (the CSSOM), which a policy does not govern. Nor do the
    drawings stored in diagrams/ (inlined SVG, styled by site.css). Mermaid
    drawing in the browser does: every SVG it draws has a <style> element and
    style="" attributes whose text is known only at run time, so no hash can
    name it. That happens where a page loads diagrams.js (under `mkdocs
    serve` for a changed diagram, or a DIAGRAMS=browser build), and such
    pages allow inline styles. Otherwise a page's own <style> elements get
    hashes, and style="" attributes in its markup allow inline styles.
    Inline styles cannot run script or reach another host (img-src and
    font-src still apply to url() in them). A writer's own style="" or
    <style> in a page never gets here: checks/content.py refuses them,
    checking pages against directives("") (the policy without them)."""
    if "assets/javascripts/diagrams.js" in html or STYLE_ATTRIBUTE.search(html):
        return ["'self'", "'unsafe-inline'"]
    return ["'self'", *sorted({sha256(style) for style in inline(html, "style")})]


def directives(html: str, offline: bool = False, serving: bool = False) -> dict[str, list[str]]:
    """The policy of a page with this final HTML, directive by directive, in the
    offline copy or under `mkdocs serve` (serving). directives("") is the policy
    the templates alone give a published page: checks/content.py refuses what a
    writer adds that it refuses."""
    scripts = inline(html, "script")
    if offline:
        scripts += worker_frame_scripts(html)
    if serving:
        script_sources = ["'self'", "'unsafe-inline'"]  # livereload (see the module's docstring)
    else:
        script_sources = ["'self'", *sorted({sha256(script) for script in scripts})]
    return {
        "default-src": ["'none'"],
        "script-src": script_sources,
        "style-src": style_sources(html),
        # data: images are Material's icons, inlined in its stylesheet as
        # data:image/svg+xml URLs (admonitions, checkboxes, the search icon).
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "worker-src": ["'self'"],
        "frame-src": ["'self'"],
        "manifest-src": ["'self'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
    }


def policy(html: str, offline: bool = False, serving: bool = False) -> str:
    found = directives(html, offline, serving)
    return "; ".join(f"{name} {' '.join(sources)}" for name, sources in found.items())


# Which directive governs what an element fetches (CSP Level 3); a directive
# the policy leaves out falls back to default-src. Used by governing().
FETCH_DIRECTIVES = {
    "img": "img-src",
    "image": "img-src",  # SVG
    "feimage": "img-src",
    "input": "img-src",  # type=image
    "video": "media-src",
    "audio": "media-src",
    "track": "media-src",
    "iframe": "frame-src",
    "frame": "frame-src",
    "object": "object-src",
    "embed": "object-src",
    "applet": "object-src",
    "script": "script-src",
    "base": "base-uri",
    "form": "form-action",
}
LINK_DIRECTIVES = {"stylesheet": "style-src", "icon": "img-src", "manifest": "manifest-src"}
NAVIGATION = {"base-uri", "form-action"}  # directives with no fallback to default-src


def governing(tag: str, attribute: str, rel: str = "", parent: str = "") -> str | None:
    """The directive that governs the URL in tag's attribute, if any."""
    if attribute == "poster":
        return "img-src"
    if attribute in ("formaction",):
        return "form-action"
    if attribute == "ping":
        return "connect-src"
    if tag == "source":  # in <picture> an image, in <video>/<audio> media
        return "img-src" if parent == "picture" or attribute == "srcset" else "media-src"
    if tag == "link":
        kinds = [LINK_DIRECTIVES[kind] for kind in rel.lower().split() if kind in LINK_DIRECTIVES]
        return kinds[0] if kinds else ("default-src" if "preload" in rel.lower() else None)
    return FETCH_DIRECTIVES.get(tag)


def sources_of(directive: str, policy: dict[str, list[str]]) -> tuple[str, list[str]]:
    """(the directive that applies, its sources), following the fallback to default-src."""
    if directive in policy or directive in NAVIGATION:
        return directive, policy.get(directive, ["*"])
    return "default-src", policy["default-src"]


def allows(sources: list[str], url: str, own_host: str) -> bool:
    """Does a source list allow url (as written in a page: relative or absolute)?"""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    if "*" in sources:
        return scheme not in ("data", "blob", "filesystem")
    if scheme and f"{scheme}:" in sources:
        return True
    same = (not scheme and not parts.netloc) or (scheme in ("http", "https") and parts.netloc == own_host)
    return same and "'self'" in sources


def allows_inline(sources: list[str]) -> bool:
    return "'unsafe-inline'" in sources and not any(s.startswith(("'sha", "'nonce-")) for s in sources)


def with_policy(html: str, where: str, offline: bool = False, serving: bool = False) -> str:
    charset = CHARSET.search(html)
    if not charset:
        raise WriterMistake(
            f"{where}: no <meta charset> in the head to put the Content-Security-Policy after"
        )
    meta = META.format(policy(html, offline, serving))
    return html[: charset.end()] + meta + html[charset.end() :]


def add_to_written_pages(site_dir: Path, offline: bool = False, serving: bool = False) -> None:
    """Pages written after the build's own (redirect stubs) get their policy too."""
    for path in site_dir.rglob("*.html"):
        html = path.read_text(encoding="utf-8")
        if "Content-Security-Policy" not in html[:2000]:
            path.write_text(with_policy(html, path.name, offline, serving), encoding="utf-8")
