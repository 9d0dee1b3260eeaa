"""The site model (study_notes/structure/) maps pages to addresses exactly as
MkDocs does, so the plugin's core can compute them without MkDocs' objects."""

from mkdocs.structure.files import File
from mkdocs.utils import get_relative_url

from study_notes.structure import relative_url
from tooling.project import ROOT, site


def every_page():
    model = site()
    pages = [(language, path) for language in model.languages.all for path in model.paths(language)]
    assert len(pages) >= 2 * 7, f"the site model finds {len(pages)} pages"
    return model, pages


def test_every_page_address_is_the_one_mkdocs_gives_it():
    model, pages = every_page()
    for language, path in pages:
        built = File(f"{language}/{path}", str(model.docs), str(ROOT / "site"), use_directory_urls=True).url
        # static-i18n serves the default language at the root: its folder drops out.
        expected = built.removeprefix(f"{language}/") if language == model.languages.default else built
        assert model.languages.root(language) + model.url(path) == expected, (language, path)


def test_links_between_pages_are_the_relative_addresses_mkdocs_writes():
    model, pages = every_page()
    urls = [model.url_path(language, path).lstrip("/") for language, path in pages]
    urls += ["404.html", "assets/images/logo.svg", "en/", ""]
    for target in urls:
        for base in urls:
            assert relative_url(target, base) == get_relative_url(target, base), (target, base)
