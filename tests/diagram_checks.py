"""What the diagram tests measure in the browser, and the palettes they check."""

import re
import subprocess

from tooling.project import ROOT
from tooling.tools import require_tool

SITE_CSS = ROOT / "docs" / "assets" / "stylesheets" / "site.css"
# Material 9.8's page backgrounds: #fff, and hsl(225deg 15% 14%) for slate.
PAGE_BACKGROUND = {"default": "#ffffff", "slate": "#1e2129"}

# Every label's text box against the shape it sits in (a node, an edge
# label's background, a subgraph's frame, a participant, a note), in the
# drawing's own units. Message texts of sequence diagrams sit on no shape.
LABEL_ROOM = """svg => {
  const SHAPES = "rect, polygon, path, circle, ellipse";
  const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
  const out = [];
  for (const text of svg.querySelectorAll("text")) {
    const label = text.textContent.trim();
    if (!label || text.matches(".messageText, .loopText, .sequenceNumber")) continue;
    const sized = el => el.matches(SHAPES) && el.getBBox().width > 0 && el.getBBox().height > 0;
    let shape = null;
    for (let g = text.parentElement, up = 0; g && g !== svg && up < 4 && !shape; g = g.parentElement, up++) {
      shape = [...g.children].find(sized);
    }
    if (!shape) { out.push({label, shape: null}); continue; }
    const t = text.getBoundingClientRect(), s = shape.getBoundingClientRect();
    out.push({label, shape: shape.getAttribute("class") || shape.tagName, width: t.width / scale,
      left: (t.left - s.left) / scale, right: (s.right - t.right) / scale,
      top: (t.top - s.top) / scale, bottom: (s.bottom - t.bottom) / scale});
  }
  return out;
}"""


def palettes() -> dict[str, dict[str, str]]:
    """{'default': {'text': '#1f2130', ...}, 'slate': {...}} from site.css."""
    css = SITE_CSS.read_text(encoding="utf-8")
    out = {}
    for scheme in PAGE_BACKGROUND:
        for block in re.findall(rf'\[data-md-color-scheme="{scheme}"\] \{{([^}}]*)\}}', css):
            out.setdefault(scheme, {}).update(re.findall(r"--diagram-([\w-]+):\s*(#[0-9a-fA-F]{6})", block))
    return out


def luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    r, g, b = (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def blend(top: str, bottom: str, opacity: float) -> str:
    mixed = (
        round(int(top[i : i + 2], 16) * opacity + int(bottom[i : i + 2], 16) * (1 - opacity))
        for i in (1, 3, 5)
    )
    return "#" + "".join(f"{c:02x}" for c in mixed)


def rgb(colour: str) -> str:
    """'#1f2130' -> 'rgb(31, 33, 48)', as getComputedStyle writes it."""
    return "rgb({}, {}, {})".format(*(int(colour[i : i + 2], 16) for i in (1, 3, 5)))


def installed_font_families() -> set[str]:
    listing = subprocess.run([require_tool("fc-list"), ":", "family"], capture_output=True, text=True).stdout
    return {name.strip() for line in listing.splitlines() for name in line.split(",")}


def pdf_text(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "page.pdf"
    path.write_bytes(pdf)
    return subprocess.run(
        [require_tool("pdftotext"), "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


# Each drawing's smallest label as the reader sees it (font size x the scale
# the drawing is shown at), whether its frame scrolls, and the page's own width.
LABEL_SIZES = """() => ({
  page: document.documentElement.scrollWidth,
  window: innerWidth,
  diagrams: [...document.querySelectorAll('.md-typeset .mermaid-diagram')].map((frame, i) => {
    const svg = frame.querySelector('svg');
    if (!svg) return {number: i + 1, drawn: false};
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    let smallest = Infinity, label = '';
    for (const text of svg.querySelectorAll('text')) {
      if (!text.textContent.trim()) continue;
      const size = parseFloat(getComputedStyle(text).fontSize) * scale;
      if (size < smallest) { smallest = size; label = text.textContent.trim().slice(0, 40); }
    }
    const hint = frame.nextElementSibling && frame.nextElementSibling.querySelector('.diagram-tools__hint');
    return {number: i + 1, drawn: true, smallest, label,
      scrolls: frame.scrollWidth > frame.clientWidth + 1,
      hint: !!hint && getComputedStyle(hint).display !== 'none'};
  }),
})"""
