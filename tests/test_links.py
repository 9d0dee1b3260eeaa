"""Links a team pastes into its wiki keep working; every page unfurls well."""

import json
from urllib.parse import urljoin, urlsplit

import pytest

from scripts.build_offline_copy import PUBLISHED_AS
from tests.link_checks import REFRESH, broken
from tooling.build import BuiltSite, build
from tooling.project import ROOT, language_prefix, languages, redirects, site_name

# Written by the deploy workflow next to the site (scripts/build_offline_copy.py).
DEPLOY_ONLY = (PUBLISHED_AS,)

PUBLISHED = [
    line
    for line in (ROOT / "tests" / "published_urls.txt").read_text().splitlines()
    if line and not line.startswith("#")
]


def test_every_published_address_still_resolves(built_site):
    problems = [p for url in PUBLISHED if (p := broken(built_site, "/", url))]
    assert not problems, (
        "Published addresses that stopped working (add a redirect "
        "in the study-notes plugin's redirects (mkdocs.yml) or restore the anchor):\n" + "\n".join(problems)
    )


def redirect_problems(site, redirects):
    problems = []
    for language in languages():
        root = language_prefix(language)
        for old, new in redirects.items():
            page = site / root.lstrip("/") / old.strip("/") / "index.html"
            if not page.is_file():
                problems.append(f"no redirect page at {root}{old}")
                continue
            html = page.read_text(encoding="utf-8")
            match = REFRESH.search(html)
            target = urlsplit(urljoin(f"http://s{root}{old}", match.group(1) if match else "")).path
            if target != f"{root}{new}" or "location.hash" not in html:
                problems.append(f"{root}{old} leads to {target}, not {root}{new} with its #section")
    return problems


def test_every_renamed_page_redirects_in_every_language_and_keeps_the_section(built_site):
    configured = redirects()
    assert configured, "the plugin's redirects (mkdocs.yml) list no renamed page"
    problems = redirect_problems(built_site.site, configured)
    assert not problems, "\n".join(problems)


@pytest.mark.slow  # a whole build of its own
def test_building_into_a_folder_named_like_a_language_keeps_redirects_and_split_indexes(tmp_path):
    # The build once guessed the running language build from the output folder's name.
    site = build(ROOT, tmp_path / "en").site
    problems = redirect_problems(site, redirects())
    assert not problems, "\n".join(problems)
    for language in languages():
        index = site / language_prefix(language).lstrip("/") / "search" / "search_index.json"
        locations = [doc["location"] for doc in json.loads(index.read_text(encoding="utf-8"))["docs"]]
        assert locations, f"{index}: empty"
        other_roots = [language_prefix(lang).lstrip("/") for lang in languages() if lang != languages()[0]]
        strays = [loc for loc in locations if any(root and loc.startswith(root) for root in other_roots)]
        assert not strays, f"{index}: entries of another language: {strays[:3]}"


def test_no_internal_link_or_anchor_is_broken(built_site):
    problems = []
    for _, path, _ in built_site.pages():
        for a in built_site.soup(path).select("a[href]"):
            href = a["href"]
            if urlsplit(href).scheme or href.startswith("//") or href.endswith(DEPLOY_ONLY):
                continue
            if problem := broken(built_site, path, href):
                problems.append(problem)
    assert not problems, "\n".join(sorted(set(problems)))


def absolute(url):
    return urlsplit(url).scheme == "https" and bool(urlsplit(url).netloc)


def test_every_page_has_its_own_description_and_link_preview_tags(built_site):
    problems, descriptions = [], {}
    for language, path, _ in built_site.pages():
        head = built_site.soup(path).head

        def meta(key, head=head):
            return (head.select_one(f"meta[name='{key}'], meta[property='{key}']") or {}).get("content")

        description = meta("description")
        if not description or len(description) > 200:
            problems.append(f"{path}: missing or overlong <meta name=description>")
        descriptions.setdefault(description, []).append(path)
        for key in (
            "og:title",
            "og:description",
            "og:site_name",
            "og:locale",
            "og:url",
            "og:image",
            "twitter:card",
            "twitter:image",
        ):
            if not meta(key):
                problems.append(f"{path}: no {key}")
        if not (meta("og:locale") or "").startswith(f"{language}_"):
            problems.append(f"{path}: og:locale {meta('og:locale')} for a '{language}' page")
        canonical = head.select_one("link[rel=canonical]")
        if not canonical or not absolute(canonical["href"]) or not canonical["href"].endswith(path):
            problems.append(f"{path}: canonical URL missing or not this page")
        alternates = {
            link["hreflang"]: link["href"] for link in head.select("link[rel~=alternate][hreflang]")
        }
        if set(alternates) != {*languages(), "x-default"} or not all(map(absolute, alternates.values())):
            problems.append(f"{path}: hreflang of every language and x-default, absolute; got {alternates}")
        elif not alternates[language].endswith(path) or alternates["x-default"] != alternates[languages()[0]]:
            problems.append(f"{path}: hreflang links do not point at this page and its twin")
    shared = {d: p for d, p in descriptions.items() if len(p) > 1}
    assert not problems, "\n".join(problems)
    assert not shared, f"pages sharing one description: {shared}"


def test_home_pages_are_titled_with_the_site_name_and_previewed_as_a_website(built_site):
    problems, homes = [], []
    for language, path, _ in built_site.pages():
        soup = built_site.soup(path)
        seen = (soup.head.title.get_text(), soup.head.select_one("meta[property='og:type']")["content"])
        name = site_name(language)
        if path == language_prefix(language):
            homes.append(path)
            wanted = (name, "website")
        else:
            wanted = (f"{soup.h1.get_text().strip('¶').strip()} - {name}", "article")
        if seen != wanted:
            problems.append(f"{path}: <title> and og:type are {seen}, want {wanted}")
    assert len(homes) >= 2, f"expected a home page per language, found {homes}"
    assert not problems, "\n".join(problems)


def test_link_preview_images_exist_for_both_languages():
    for language in languages():
        card = ROOT / "docs" / "assets" / "images" / f"social-card-{language}.png"
        assert card.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_sitemap_lists_every_page_in_both_languages(built_site):
    sitemap = (built_site.site / "sitemap.xml").read_text()
    missing = [path for _, path, _ in built_site.pages() if f"{path}</loc>" not in sitemap]
    assert not missing, f"pages missing from sitemap.xml: {missing}"
    assert 'hreflang="en"' in sitemap and 'hreflang="ko"' in sitemap


def test_the_not_found_page_helps_in_both_languages(built_site):
    html = (built_site.site / "404.html").read_text()
    assert "페이지를 찾을 수 없습니다" in html and "Page not found" in html
    assert 'href="/en/"' in html and 'href="/"' in html


def test_a_broken_link_names_the_page_and_what_is_missing(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "index.html").write_text('<h2 id="etcd">etcd</h2>')
    site = BuiltSite(tmp_path, tmp_path, log="")
    assert broken(site, "/", "a/#etcd") is None
    assert (
        broken(site, "/", "a/#kubelet") == "/: link 'a/#kubelet' points to a missing section #kubelet on /a/"
    )
    assert broken(site, "/x/", "../b/") == "/x/: link '../b/' points to a missing page /b/"


def test_both_home_pages_link_the_offline_copy_the_deploy_publishes(built_site):
    for home in ("/", "/en/"):
        links = [a["href"] for a in built_site.soup(home).select("a[download]")]
        assert links and all(link.endswith(PUBLISHED_AS) for link in links), (home, links)
        resolved = urlsplit(urljoin("http://s" + home, links[0])).path
        assert resolved == "/" + PUBLISHED_AS, f"{home} links {resolved}"
    workflow = (ROOT / ".github" / "workflows" / "deploy.yml").read_text()
    assert f"site/{PUBLISHED_AS}" in workflow, "the deploy workflow must publish the offline copy"


def test_no_page_repeats_an_id_and_every_image_has_alt_text(built_site):
    problems = []
    for _, path, _ in built_site.pages():
        soup = built_site.soup(path)
        seen = {}
        for el in soup.select("[id]"):
            seen[el["id"]] = seen.get(el["id"], 0) + 1
        problems += [f"{path}: id '{i}' appears {n} times" for i, n in seen.items() if n > 1]
        problems += [
            f"{path}: <img src='{img.get('src')}'> has no alt text"
            for img in soup.select("img")
            if not img.get("alt", "").strip()
        ]
    assert not problems, "\n".join(problems)
