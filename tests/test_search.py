"""Search answers learners' queries, Korean and English, the way they type
them (tooling/search_queries.py), and stays in the reader's language."""

import pytest

from tooling.browser import offline_page
from tooling.search_box import search, understood
from tooling.search_queries import QUERIES

pytestmark = pytest.mark.browser

WORKER = "/assets/javascripts/workers/search-understanding.js"


@pytest.fixture(scope="module")
def search_page(chromium, site_url):
    """One page per language home, reused across queries (like a reader would)."""
    context = chromium.new_context()
    pages = {}

    def open_home(home):
        if home not in pages:
            page, log = offline_page(context)
            page.goto(site_url + home)
            pages[home] = (page, log)
        return pages[home]

    yield open_home
    context.close()


@pytest.mark.parametrize("q", QUERIES, ids=[f"{q.home}{q.query}" for q in QUERIES])
def test_a_learners_query_finds_its_section_among_the_first_four_links(search_page, q):
    page, log = search_page(q.home)
    results = search(page, q.query)
    assert q.expected in results[:4], f"'{q.query}' ({q.kind}): {q.expected} not in {results[:4]}"
    assert all(r.startswith("/en/") == (q.home == "/en/") for r in results), (
        f"'{q.query}' on {q.home} returned pages in the other language: {results}"
    )
    assert not log.problems(), log.problems()


@pytest.mark.parametrize(
    "home,query", [("/en/", "스케줄러"), ("/en/", "컨트롤 플레인"), ("/", "control plane"), ("/", "the")]
)
def test_a_query_never_crosses_into_the_other_language(search_page, home, query):
    page, _ = search_page(home)
    results = search(page, query)
    if home == "/en/":
        assert all(r.startswith("/en/") for r in results), results
    else:
        assert not [r for r in results if r.startswith("/en/")], results


@pytest.mark.parametrize("query", ["배포", "컨테이너런타임"])
def test_a_korean_word_on_the_english_site_says_no_matching_documents(search_page, query):
    page, _ = search_page("/en/")
    search(page, query)
    results = page.locator(".md-search-result__item").count()
    message = page.locator(".md-search-result__meta").inner_text()
    assert "No matching documents" in message, f"'{query}' on /en/: '{message}', {results} results"
    assert not results


@pytest.mark.parametrize(
    "home,query,anchor,marked",
    [
        ("/", "쿼럼", "#etcd-quorum", "쿼럼"),
        ("/", "컨테이너런타임", "#container-runtime", "컨테이너 런타임"),
        ("/", "쿠블렛", "#kubelet", "kubelet"),
        ("/en/", "quorum", "#etcd-quorum", "quorum"),
        ("/en/", "kubelt", "#kubelet", "kubelet"),
        ("/", "컨트롤러 메니저", "#kube-controller-manager", "컨트롤러 매니저"),  # a Korean typo
        ("/en/", "kcm", "#kube-controller-manager", "controller"),  # a short name
        ("/en/", "what is etcd", "#etcd", "etcd"),  # a question
    ],
)
def test_a_result_opens_its_section_with_the_words_marked_as_the_page_writes_them(
    search_page, home, query, anchor, marked
):
    page, _ = search_page(home)
    search(page, query)
    titles = page.locator(".md-search-result__item").first.inner_text()
    section = page.locator(f".md-search-result__link[href*='{anchor}']").first
    assert section.count(), f"no result links to the section {anchor}"
    section_title = section.inner_text()
    section.click()
    page.wait_for_url(f"**{anchor}")
    page.wait_for_selector("mark[data-md-highlight]", state="attached", timeout=10_000)
    marks = page.eval_on_selector_all(
        "mark[data-md-highlight]", "ms => ms.map(m => m.textContent.toLowerCase())"
    )
    assert marked in marks, (
        f"'{query}': expected '{marked}' marked on the page, marked {sorted(set(marks))[:8]}"
    )
    assert titles.strip() and section_title.strip(), "results should show page and section titles"
    page.go_back()


@pytest.mark.parametrize(
    "home,placeholder,nothing,count",
    [
        ("/", "검색", "일치하는 문서가 없습니다", "개의 일치하는 문서"),
        ("/en/", "Search", "No matching documents", "matching document"),
    ],
)
def test_search_speaks_the_readers_language(search_page, home, placeholder, nothing, count):
    page, _ = search_page(home)
    assert page.locator("input.md-search__input").get_attribute("placeholder") == placeholder
    search(page, "zzqxv")
    assert nothing in page.locator(".md-search-result__meta").inner_text()
    search(page, "etcd")
    assert count in page.locator(".md-search-result__meta").inner_text()


@pytest.mark.parametrize(
    "home,query,closest,glossary",
    [
        ("/", "쿼롬", "가장 가까운 용어", "용어집에서 찾아보기"),
        ("/en/", "etdc", "Closest terms on this site", "Browse the glossary"),
        ("/en/", "zzqxv", None, "Browse the glossary"),
        ("/", "+없는말", None, "용어집에서 찾아보기"),  # search syntax, left as typed
    ],
)
def test_a_query_that_matches_nothing_offers_the_closest_terms_and_the_glossary(
    search_page, home, query, closest, glossary
):
    page, log = search_page(home)
    offered = search(page, query)
    assert not page.locator(".md-search-result__item").count()
    box = page.locator(".search-suggestions")
    assert box.count() == 1, "nothing matched and nothing was offered"
    said = box.inner_text()
    if closest:
        assert closest in said and offered, said
        assert all(link.startswith("/en/") == (home == "/en/") for link in offered), offered
    assert glossary in said, said
    href = box.get_by_role("link", name=glossary).get_attribute("href")
    assert href.rstrip("/").endswith("glossary") or "glossary/index.html" in href, href
    search(page, "etcd")  # results again: the suggestions go
    assert not page.locator(".search-suggestions").count()
    assert not log.problems(), log.problems()


@pytest.mark.parametrize("home", ["/", "/en/"])
def test_search_code_and_index_are_fetched_only_when_the_reader_searches(offline, site_url, home):
    page, log = offline()
    page.goto(site_url + home, wait_until="networkidle")
    early = [u for u in log.requests if "search_index" in u or "/workers/search" in u]
    assert not early, f"fetched before any search (see overrides/partials/search-on-demand.html): {early}"
    assert search(page, "etcd"), "search found nothing after the index was fetched on demand"
    assert [u for u in log.requests if u.endswith(home.rstrip("/") + "/search/search_index.json")]
    assert [u for u in log.requests if u.endswith(WORKER)], "the query-understanding worker was not started"
    assert [u for u in log.requests if "/workers/search." in u], "Material's worker was not loaded"


# What the worker searches for what the learner typed (docs/assets/javascripts/
# workers/search-understanding.js), asked of the worker directly.
REWRITES = [
    ("/", "컨테이너런타임", "컨테이너 런타임"),  # spacing restored from the index's words
    ("/", "api서버의", "api 서버"),  # Latin and Hangul run together, particle at the end
    ("/", "요청과제한", "요청 제한"),  # a particle between two words
    ("/", "스케줄러가", "스케줄러"),  # particle after a Korean word
    ("/", "etcd는", "etcd"),  # particle after an English word
    ("/", "고 가용성", "고가용성 고 가용성"),  # typed apart, written as one word
    ("/", "스케쥴러", "스케줄러"),  # variant spelling (i18n/ko/search.yml)
    ("/", "쿠블렛", "kubelet"),  # transliteration
    ("/", "마스터노드", "컨트롤 플레인"),  # 2020 vocabulary, spacing left out
    ("/", "마스터가", "컨트롤 플레인"),  # 2020 vocabulary with a particle
    ("/", "static pod", "스태틱 파드 static pod"),  # glossary: the site's Korean term too
    ("/", "스케줄러", "스케줄러"),  # the site's own word: searched as typed
    ("/", '"스케줄러가"', None),  # search syntax: left alone
    ("/en/", "kubelt", "kubelet"),  # one typo
    ("/en/", "pods", "pod"),  # plural: the singular finds both by prefix
    ("/en/", "registry", "registry registries"),  # -y and -ies
    ("/en/", "selfhealing", "self healing"),  # words run together
    ("/en/", "multi-master", "high availability"),  # variant (i18n/en/search.yml)
    ("/en/", "vm", "virtual machine vm"),  # glossary abbreviation
    ("/en/", "배포", None),  # not an English word: left as typed, finds nothing
]


@pytest.mark.parametrize("home", sorted({home for home, _, _ in REWRITES}))
def test_the_worker_rewrites_queries_the_way_learners_type_them(search_page, site_url, home):
    page, _ = search_page(home)
    cases = [(typed, expected) for h, typed, expected in REWRITES if h == home]
    got = understood(page, site_url + WORKER, [typed for typed, _ in cases])
    wrong = [f"'{t}' -> {g!r}, expected {e!r}" for (t, e), g in zip(cases, got, strict=True) if g != e]
    assert not wrong, "\n".join(wrong)
