"""Search finds Korean and English terms the way readers type them, and stays
in the reader's language."""

import pytest

from tests.search_box import search

pytestmark = pytest.mark.browser

CP = "kubernetes/control-plane-and-nodes/"
ORCH = "kubernetes/orchestration/"
ARCH = "kubernetes/cluster-architecture/"
BASICS = "docker/basics/"
MODELS = "docker/service-models/"

# (query, the page it must return first). Korean queries run from /, English from /en/.
KOREAN_QUERIES = [
    ("스케줄러", ORCH),  # a noun without its particle finds "스케줄러가", "스케줄러는"
    ("컨트롤러 매니저", CP),  # two words
    ("etcd", CP),  # English terms inside Korean text, with particles ("etcd는")
    ("kubelet", CP),
    ("kube-proxy", CP),  # hyphenated, whole
    ("kube-apiserver", CP),
    ("apiserver", CP),  # hyphenated, by its part
    ("쿼럼", CP),
    ("스태틱 파드", CP),
    ("고가용성", CP),
    ("오케스트레이션", ORCH),
    ("빈 패킹", ORCH),
    ("자가 치유", ORCH),
    ("롤링 업데이트", ORCH),
    ("kubeconfig", ARCH),
    ("파드", ARCH),
    ("Dockerfile", BASICS),
    ("레이어", BASICS),
    ("하이퍼바이저", BASICS),
    ("cgroup", BASICS),
    ("PaaS", MODELS),
    ("NIST", MODELS),
]
ENGLISH_QUERIES = [
    ("scheduler", CP),
    ("controller manager", CP),
    ("etcd", CP),
    ("kubelet", CP),
    ("kube-proxy", CP),
    ("kube-apiserver", CP),
    ("apiserver", CP),
    ("quorum", CP),
    ("static pod", CP),
    ("high availability", CP),
    ("orchestration", ORCH),
    ("bin packing", ORCH),
    ("self-healing", ORCH),
    ("rolling update", ORCH),
    ("kubeconfig", ARCH),
    ("Dockerfile", BASICS),
    ("layer", BASICS),
    ("hypervisor", BASICS),
    ("cgroups", BASICS),
    ("PaaS", MODELS),
    ("NIST", MODELS),
]


@pytest.fixture(scope="module")
def search_page(chromium, site_url):
    """One page per language home, reused across queries (like a reader would)."""
    from browser import offline_page

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


def page_of(result):
    return result.split("#")[0]


QUERIES = [("/", q, e) for q, e in KOREAN_QUERIES] + [("/en/", q, e) for q, e in ENGLISH_QUERIES]


@pytest.mark.parametrize("home,query,expected", QUERIES)
def test_query_finds_the_right_page_first_in_the_readers_language(search_page, home, query, expected):
    page, log = search_page(home)
    results = search(page, query)
    assert results, f"'{query}' found nothing on {home}"
    assert page_of(results[0]) == home + expected, f"'{query}': first result {results[:3]}"
    assert all(r.startswith("/en/") == (home == "/en/") for r in results), (
        f"'{query}' on {home} returned pages in the other language: {results}"
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


@pytest.mark.parametrize(
    "home,query,anchor", [("/", "쿼럼", "#etcd-quorum"), ("/en/", "quorum", "#etcd-quorum")]
)
def test_a_result_opens_its_section_with_the_term_highlighted(search_page, home, query, anchor):
    page, _ = search_page(home)
    search(page, query)
    titles = page.locator(".md-search-result__item").first.inner_text()
    section = page.locator(f".md-search-result__link[href*='{anchor}']").first
    assert section.count(), f"no result links to the section {anchor}"
    section_title = section.inner_text()
    section.click()
    page.wait_for_url(f"**{anchor}")
    page.wait_for_selector("mark[data-md-highlight]", state="attached", timeout=10_000)
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


@pytest.mark.parametrize("home", ["/", "/en/"])
def test_search_code_and_index_are_fetched_only_when_the_reader_searches(offline, site_url, home):
    page, log = offline()
    page.goto(site_url + home, wait_until="networkidle")
    early = [u for u in log.requests if "search_index" in u or "/workers/search." in u]
    assert not early, f"fetched before any search (see overrides/partials/search-on-demand.html): {early}"
    assert search(page, "etcd"), "search found nothing after the index was fetched on demand"
    assert [u for u in log.requests if u.endswith(home.rstrip("/") + "/search/search_index.json")]
    assert [u for u in log.requests if "/workers/search." in u]
