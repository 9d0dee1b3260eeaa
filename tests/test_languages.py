"""Each page declares its language and links to its twin; nothing loads from elsewhere."""

from posixpath import normpath
from urllib.parse import urljoin, urlsplit

from tooling.project import languages, twin_url


def resolve(page_path, href):
    """An href on page_path as a site path without fragment, e.g. '/en/docker/basics/'."""
    path = urlsplit(urljoin("http://site" + page_path, href)).path
    return normpath(path) + ("/" if path.endswith("/") and path != "/" else "")


def test_every_page_declares_its_language(built_site):
    wrong = []
    for language, path, _ in built_site.pages():
        declared = built_site.soup(path).html.get("lang")
        if declared != language:
            wrong.append(f"{path}: <html lang='{declared}'>, expected '{language}'")
    assert not wrong, "\n".join(wrong)


def test_language_switcher_links_to_the_same_page_in_the_other_language(built_site):
    wrong = []
    for language, path, _ in built_site.pages():
        for other in [lang for lang in languages() if lang != language]:
            links = built_site.soup(path).select(f"a.md-select__link[hreflang='{other}']")
            if len(links) != 1:
                wrong.append(f"{path}: expected one '{other}' link in the language menu, found {len(links)}")
                continue
            target = resolve(path, links[0]["href"])
            if target != twin_url(path, other):
                wrong.append(f"{path}: the '{other}' link goes to {target}, not {twin_url(path, other)}")
    assert not wrong, "\n".join(wrong)


def test_no_page_loads_fonts_scripts_or_styles_from_another_host(built_site):
    loaded = (
        "link[rel~=stylesheet][href], link[rel~=preconnect][href], link[rel~=preload][href], "
        "script[src], img[src], iframe[src], source[src]"
    )
    found = []
    for _, path, _ in built_site.pages():
        soup = built_site.soup(path)
        for el in soup.select(loaded):
            url = el.get("href") or el.get("src")
            if urlsplit(url).netloc:
                found.append(f"{path}: <{el.name}> loads {url}")
        for style in soup.select("style"):
            if "url(http" in style.text or "@import" in style.text:
                found.append(f"{path}: inline style pulls from elsewhere")
    assert not found, "\n".join(found)


def test_stylesheets_pull_nothing_from_another_host(built_site):
    found = [
        f"{css.relative_to(built_site.site)} references {word}"
        for css in built_site.site.rglob("*.css")
        for word in ("url(http", "url(//", "@import url(http")
        if word in css.read_text(encoding="utf-8")
    ]
    assert not found, "\n".join(found)
