"""Every page exists in every language with the same section anchors, as built.

The build checks the Markdown sources itself (study_notes/checks/twins.py; each way
to break it is a case in tests/bad_input/). This checks the HTML readers get:
every heading and glossary term id, whatever wrote it.
"""

from tooling.project import default_language, languages, twin_url

ANCHORS = "article h2[id], article h3[id], article h4[id], article h5[id], article h6[id], article dt[id]"


def anchors(built_site, path):
    return [el["id"] for el in built_site.soup(path).select(ANCHORS)]


def test_every_built_page_has_its_twins_with_the_same_anchors_in_the_same_order(built_site):
    pages = [path for language, path, _ in built_site.pages() if language == default_language()]
    assert len(pages) >= 7, f"expected the home page, five notes and the glossary, got {pages}"
    problems = []
    for path in pages:
        mine = anchors(built_site, path)
        for other in languages()[1:]:
            twin = twin_url(path, other)
            if not (built_site.site / twin.lstrip("/") / "index.html").is_file():
                problems.append(f"{path}: no page was built at {twin}")
            elif anchors(built_site, twin) != mine:
                problems.append(f"{path} and {twin}: the section anchors differ or are in another order")
    assert not problems, "\n".join(problems)
