"""Draw the link-preview images (Open Graph / Twitter cards), one per language.

Usage:  .venv/bin/python -m scripts.make_social_cards
Writes docs/assets/images/social-card-ko.png and social-card-en.png (1200x630)
by screenshotting a small HTML card in Chromium. Run it again after changing the
site's name or tagline; commit the PNGs (the build does not draw them, so it
needs no fonts or browser). Needs a Hangul font installed (e.g. fonts-noto-cjk).
"""

from playwright.sync_api import sync_playwright

from tooling.browser import launch_chromium
from tooling.project import ROOT

CARDS = {
    "ko": (
        "도커 & 쿠버네티스 스터디 노트",
        "컨테이너부터 컨트롤 플레인까지, 한국어와 영어로 함께 읽는 학습 노트",
        "도커 · 오케스트레이션 · 클러스터 구조 · 용어집",
    ),
    "en": (
        "Docker & Kubernetes Study Notes",
        "From containers to the control plane, in Korean and English",
        "Docker · Orchestration · Cluster architecture · Glossary",
    ),
}

TEMPLATE = """<!doctype html><html lang="{lang}"><meta charset="utf-8"><style>
body {{ margin: 0; width: 1200px; height: 630px; display: flex; flex-direction: column;
  justify-content: center; padding: 0 90px; box-sizing: border-box; word-break: keep-all;
  font-family: "Noto Sans CJK KR", "Noto Sans KR", sans-serif; color: #fff;
  background: linear-gradient(135deg, #303f9f 0%, #3f51b5 55%, #5c6bc0 100%); }}
h1 {{ font-size: 68px; line-height: 1.2; margin: 0 0 28px; font-weight: 700; }}
p {{ font-size: 34px; line-height: 1.45; margin: 0 0 44px; opacity: .95; }}
small {{ font-size: 26px; opacity: .8; }}
svg {{ position: absolute; right: 80px; top: 60px; width: 150px; opacity: .9; }}
</style><body>{logo}<h1>{title}</h1><p>{tagline}</p><small>{topics}</small></body></html>"""


def main():
    logo = (ROOT / "docs" / "assets" / "images" / "logo.svg").read_text(encoding="utf-8")
    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        page = browser.new_page(viewport={"width": 1200, "height": 630})
        for lang, (title, tagline, topics) in CARDS.items():
            page.set_content(
                TEMPLATE.format(lang=lang, logo=logo, title=title, tagline=tagline, topics=topics)
            )
            out = ROOT / "docs" / "assets" / "images" / f"social-card-{lang}.png"
            page.screenshot(path=str(out))
            print(f"wrote {out.relative_to(ROOT)}")
        browser.close()


if __name__ == "__main__":
    main()
