"""Every page exists in both languages with the same section anchors."""

from tests.twin_checks import anchor_mismatch, missing_twins, unreadable_anchors
from tooling.project import ROOT, default_language, languages, twin_url


def twin_pairs(built_site):
    """(default-language path, its page, a twin's page) for every page and other language."""
    for language, path, html in built_site.pages():
        if language == default_language():
            for other in languages()[1:]:
                twin = built_site.site / twin_url(path, other).lstrip("/") / "index.html"
                yield path, html, twin


def test_every_korean_page_has_an_english_twin_and_back():
    problems = missing_twins(ROOT / "docs")
    assert not problems, "\n".join(problems)


def test_twins_share_the_same_section_anchors(built_site):
    problems = []
    for path, korean, english in twin_pairs(built_site):
        assert english.is_file(), f"{path}: no English page was built at /en{path}"
        problem = anchor_mismatch(
            path, korean.read_text(encoding="utf-8"), english.read_text(encoding="utf-8")
        )
        if problem:
            problems.append(problem)
    assert not problems, "\n".join(problems)


def test_section_anchors_are_readable_english_ids(built_site):
    problems = [
        p
        for _, path, html in built_site.pages()
        if (p := unreadable_anchors(path, html.read_text(encoding="utf-8")))
    ]
    assert not problems, "\n".join(problems)


# The checks above must fail loudly, naming the file, on bad input.


def test_a_page_without_its_twin_is_named_with_the_file_to_write(tmp_path):
    (tmp_path / "ko" / "kubernetes").mkdir(parents=True)
    (tmp_path / "en").mkdir()
    (tmp_path / "ko" / "kubernetes" / "services.md").write_text("# 서비스\n")
    (tmp_path / "en" / "extra.md").write_text("# Extra\n")
    problems = missing_twins(tmp_path)
    assert problems == [
        "docs/ko/kubernetes/services.md has no twin: write docs/en/kubernetes/services.md "
        "(same path, same heading ids)",
        "docs/en/extra.md has no twin: write docs/ko/extra.md (same path, same heading ids)",
    ]


def test_differing_anchors_are_reported_with_the_page_and_the_ids():
    korean = '<article><h2 id="etcd">etcd</h2><h2 id="_1">스케줄러</h2></article>'
    english = '<article><h2 id="etcd">etcd</h2><h2 id="kube-scheduler">Scheduler</h2></article>'
    message = anchor_mismatch("/kubernetes/control-plane-and-nodes/", korean, english)
    assert "/kubernetes/control-plane-and-nodes/" in message
    assert "only in ko: ['_1']" in message and "only in en: ['kube-scheduler']" in message
    assert "_1" in unreadable_anchors("/x/", korean)
