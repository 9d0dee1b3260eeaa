"""What search knows about learners' queries is compiled right at build time
(study_notes/search/data.py), without a browser: particles, spacing, variants and
the glossary's sections, abbreviations, questions and confusable jamo; the
worker's own logic (docs/assets/javascripts/workers/search-understanding.js)
runs in Node.js on such a compiled table; and the query table asks about
real sections."""

import json
import subprocess

import pytest
import yaml

from study_notes.problems import WriterMistake
from study_notes.search.data import (
    SearchSettings,
    compile_understanding,
    glossary_entries,
    later_sections,
    location,
    tooltip_abbreviations,
    unwritten_terms,
    vocabulary,
)
from tooling.project import ROOT, language_prefix, languages
from tooling.search_queries import (
    ABBREVIATION,
    ENGLISH,
    KOREAN,
    KOREAN_TYPO,
    NOTHING_FOUND,
    QUERIES,
    QUESTION,
)
from tooling.tools import require_tool

KO = {"letters": "A-Za-z0-9가-힣", "particles": ["은", "는", "이", "가", "를", "과", "의"]}


def docs(*texts, title=""):
    return [{"location": f"page/#s{i}", "title": title, "text": text} for i, text in enumerate(texts)]


def settings(data=None, text=""):
    return SearchSettings({**KO, **(data or {})}, "i18n/ko/search.yml", text)


def test_particles_come_off_a_word_that_stands_on_its_own():
    words = vocabulary(docs("스케줄러가 노드를", "스케줄러는 노드"), settings())
    assert "스케줄러" in words and "노드" in words
    assert "스케줄러가" not in words and "노드를" not in words


def test_particles_stay_on_a_word_whose_rest_is_no_word():
    words = vocabulary(docs("차이 있다", "차이 없다", "차이를 보자"), settings())
    assert "차이" in words and "차" not in words  # 차이 ends in 이, but 차 is no word here


def test_a_word_with_two_different_particles_counts_as_a_word():
    words = vocabulary(docs("레플리카셋이 만든", "레플리카셋의 파드"), settings())
    assert "레플리카셋" in words


def test_rare_words_stay_out_but_every_heading_word_stays_in():
    words = vocabulary(docs("교착 상태", "상태 확인") + docs("", title="스택형 etcd"), settings())
    assert {"상태", "스택형", "etcd"} <= set(words)
    assert "교착" not in words  # one section only: the worker still finds it as typed
    assert "는" not in vocabulary(
        docs("(Deployment)는 하나", "(Pod)는 둘"), settings()
    )  # particles are no words


def test_words_are_lower_case_without_markup_or_numbers():
    words = vocabulary(docs("<code>Kube-Proxy</code> &amp; 1.24", "kube-proxy 2020"), settings())
    assert "kube" in words and "proxy" in words
    assert not [w for w in words if w.isdigit() or "<" in w or w != w.lower()]


GLOSSARY = """# 용어집

## 클러스터 구성 { #cluster-architecture }

스태틱 파드 (Static Pod) { #static-pod }
:   kubelet이 직접 실행하는 파드입니다.
    둘째 줄입니다. [스태틱 파드 더 알아보기](kubernetes/control-plane-and-nodes.md#static-pods)

가상 머신 (Virtual machine, VM) { #virtual-machine }
:   하이퍼바이저 위의 컴퓨터입니다. [가상 머신 더 알아보기](docker/basics.md#containers-vs-vms)

etcd { #etcd }
:   키-값 저장소입니다. [etcd 더 알아보기](kubernetes/control-plane-and-nodes.md)
"""


def test_glossary_entries_give_every_name_and_the_section_they_open():
    assert glossary_entries(GLOSSARY) == [
        (["스태틱 파드", "Static Pod"], "kubernetes/control-plane-and-nodes.md#static-pods"),
        (["가상 머신", "Virtual machine", "VM"], "docker/basics.md#containers-vs-vms"),
        (["etcd"], "kubernetes/control-plane-and-nodes.md"),
    ]


@pytest.mark.parametrize(
    "link,directory_urls,expected",
    [
        ("docker/basics.md#images-and-layers", True, "docker/basics/#images-and-layers"),
        ("docker/basics.md#images-and-layers", False, "docker/basics.html#images-and-layers"),
        ("kubernetes/control-plane-and-nodes.md", True, "kubernetes/control-plane-and-nodes/"),
        ("index.md#offline", True, "#offline"),
        ("index.md", False, "index.html"),
    ],
)
def test_a_glossary_link_is_located_as_the_search_index_locates_it(link, directory_urls, expected):
    assert location(link, directory_urls) == expected


INDEX = [
    {"location": "docker/basics/", "title": "도커 기본 개념", "text": "컨테이너 가상 머신"},
    {
        "location": "docker/basics/#containers-vs-vms",
        "title": "컨테이너와 가상 머신",
        "text": "VM 하이퍼바이저",
    },
    {
        "location": "kubernetes/control-plane-and-nodes/",
        "title": "컨트롤 플레인",
        "text": "컨트롤 플레인 etcd",
    },
    {
        "location": "kubernetes/control-plane-and-nodes/#static-pods",
        "title": "스태틱 파드",
        "text": "kubelet",
    },
    {"location": "kubernetes/control-plane-and-nodes/#hands-on", "title": "실습", "text": "kubectl"},
    {"location": "kubernetes/control-plane-and-nodes/#self-check", "title": "점검", "text": "질문"},
]


def compiled(variants=None, text=""):
    return compile_understanding(
        INDEX, settings({"variants": variants or {}}, text), glossary_entries(GLOSSARY), True
    )


def test_glossary_names_lead_to_their_section_and_to_the_sites_term():
    data = compiled()
    assert data["sections"]["staticpod"] == "kubernetes/control-plane-and-nodes/#static-pods"
    assert data["sections"]["스태틱파드"] == "kubernetes/control-plane-and-nodes/#static-pods"
    assert data["sections"]["vm"] == "docker/basics/#containers-vs-vms"
    assert data["sections"]["etcd"] == "kubernetes/control-plane-and-nodes/"
    # An English name typed on the Korean site searches the Korean term too.
    assert data["variants"]["staticpod"] == ["스태틱 파드", "static pod"]
    assert data["variants"]["vm"] == ["가상 머신", "vm"]
    assert "etcd" not in data["variants"]  # its only name is already the site's


def test_a_glossary_name_in_another_languages_script_is_left_out():
    english = SearchSettings({"letters": "A-Za-z0-9"}, "i18n/en/search.yml")
    entries = glossary_entries("Static Pod (스태틱 파드) { #static-pod }\n:   Run by the kubelet.\n")
    data = compile_understanding(INDEX, english, entries, True)
    assert "스태틱파드" not in data["variants"] and "" not in data["variants"]


def test_writer_variants_lead_to_the_sites_term_with_spacing_and_case_ignored():
    data = compiled({"컨트롤 플레인": ["마스터", "마스터 노드"], "kubelet": ["쿠블렛", "Kube-Let이"]})
    assert data["variants"]["마스터"] == ["컨트롤 플레인"]
    assert data["variants"]["마스터노드"] == ["컨트롤 플레인"]
    assert data["variants"]["쿠블렛"] == ["kubelet"]
    assert data["variants"]["kubelet이"] == ["kubelet"]


def test_exercises_reviews_and_goals_rank_after_explanations():
    assert later_sections(INDEX) == [
        "kubernetes/control-plane-and-nodes/#hands-on",
        "kubernetes/control-plane-and-nodes/#self-check",
    ]
    assert compiled()["later"] == later_sections(INDEX)


TEXT = "variants:\n  컨트롤 플래닛: [마스터]\n  kubelet: [kubelet]\n  파드: [포드]\n  스태틱 파드: [포드]\n"


def test_a_variant_for_a_term_no_page_writes_is_named_with_its_line():
    variants = {"컨트롤 플래닛": ["마스터"], "etcd": ["이티시디"]}
    assert unwritten_terms(INDEX, settings({"variants": variants}, TEXT)) == [
        "i18n/ko/search.yml:2: '컨트롤 플래닛' is not written on the site's pages; "
        "a variant must lead to a term they use"
    ]


@pytest.mark.parametrize("language", languages())
def test_every_variant_leads_to_a_term_the_pages_write(built_site, language):
    folder = built_site.site / language_prefix(language).lstrip("/") / "search"
    index = json.loads((folder / "search_index.json").read_text(encoding="utf-8"))
    text = (ROOT / "i18n" / language / "search.yml").read_text(encoding="utf-8")
    found = unwritten_terms(
        index["docs"], SearchSettings(yaml.safe_load(text), f"i18n/{language}/search.yml", text)
    )
    assert not found, "\n".join(found)


@pytest.mark.parametrize(
    "variants,message",
    [
        ({"kubelet": ["KubeLet"]}, "'KubeLet' is the term itself"),
        ({"스태틱 파드": ["포드"], "컨트롤 플레인": ["포드"]}, "'포드' is listed under both"),
    ],
)
def test_a_writers_mistake_in_variants_names_the_file_the_line_and_the_fix(variants, message):
    with pytest.raises(WriterMistake) as error:
        compiled(variants, TEXT)
    assert message in str(error.value)
    assert str(error.value).startswith("i18n/ko/search.yml")


@pytest.mark.parametrize(
    "data,message",
    [
        ({"letters": ""}, "set 'letters'"),
        ({"letters": "z-a"}, "not a regex character class"),
        ({"plurals": [["s"]]}, "each plural is a pair"),
        ({"particles": "은"}, "'particles' takes a list"),
    ],
)
def test_a_broken_search_file_stops_the_build_with_one_line(data, message):
    with pytest.raises(WriterMistake) as error:
        SearchSettings({**KO, **data}, "i18n/ko/search.yml")
    assert message in str(error.value) and "\n" not in str(error.value)


@pytest.mark.parametrize("language", languages())
def test_every_language_has_a_search_file_that_compiles(language):
    path = ROOT / "i18n" / language / "search.yml"
    SearchSettings(yaml.safe_load(path.read_text(encoding="utf-8")), f"i18n/{language}/search.yml")


# Per language: words the vocabulary must hold, words it must not (particles
# attached), and one writer variant from i18n/<lang>/search.yml.
EXPECTED = {
    "ko": ({"컨테이너", "런타임", "스케줄러", "etcd"}, {"스케줄러가", "etcd는"}, ("스케쥴러", ["스케줄러"])),
    "en": (
        {"container", "runtime", "scheduler", "etcd"},
        {"컨테이너", "스케줄러"},
        ("master", ["control plane"]),
    ),
}


@pytest.mark.parametrize("language", languages())
def test_each_built_index_carries_its_languages_understanding(built_site, language):
    folder = built_site.site / language_prefix(language).lstrip("/") / "search"
    index = json.loads((folder / "search_index.json").read_text(encoding="utf-8"))
    data = index["config"]["understanding"]
    locations = {doc["location"] for doc in index["docs"]}
    assert data["words"] and data["sections"] and set(data["sections"].values()) <= locations
    assert data["later"] and set(data["later"]) <= locations
    present, absent, (typed, term) = EXPECTED[language]
    words = set(data["words"].split())
    assert present <= words and not absent & words
    assert data["variants"][typed] == term


def test_the_query_table_asks_about_published_sections_only():
    published = set((ROOT / "tests" / "published_urls.txt").read_text(encoding="utf-8").split())
    missing = [f"{q.query} -> {q.expected}" for q in QUERIES if q.expected not in published]
    assert not missing, "sections not in tests/published_urls.txt:\n" + "\n".join(missing)
    assert all("#" in q.section for q in QUERIES), "every query names a section, not only a page"


def test_the_query_table_covers_every_class_of_learner_query_in_both_languages():
    assert len(QUERIES) >= 80
    korean = {q.kind for q in KOREAN}
    english = {q.kind for q in ENGLISH}
    assert {"spacing left out", "particle after the word", "variant spelling or transliteration"} <= korean
    assert {"2020 vocabulary", "spacing added"} <= korean
    assert {"one typo", "singular or plural", "heading holds the whole query", "2020 vocabulary"} <= english
    # Issue 21: at least 40 queries in these four classes, both languages.
    issue_21 = [q for q in QUERIES if q.kind in (KOREAN_TYPO, ABBREVIATION, QUESTION, NOTHING_FOUND)]
    assert len(issue_21) >= 40
    assert {KOREAN_TYPO, ABBREVIATION, QUESTION, NOTHING_FOUND} <= korean
    assert {ABBREVIATION, QUESTION, NOTHING_FOUND} <= english


# ----- abbreviations, questions, confusable jamo (issue 21) -------------------

TOOLTIPS = """*[CRI]: 컨테이너 런타임 인터페이스, kubelet이 런타임과 대화하는 인터페이스
*[OCI]: Open Container Initiative: the standards body
*[HPA]: HorizontalPodAutoscaler: scales replicas
*[etcd]: 쿠버네티스의 모든 클러스터 데이터를 보관하는 분산 키-값 저장소
*[kubeconfig]: kubectl이 접속할 클러스터, 사용자
*[K8s]: 쿠버네티스(Kubernetes)의 줄임말
*[VM]: 가상 머신, 하이퍼바이저 위의 컴퓨터
*[TLS]: Transport Layer Security: encrypts
"""
TOOLTIP_DOCS = docs(
    "컨테이너 런타임 인터페이스 open container initiative horizontalpodautoscaler 가상 머신",
    "VM 한 대",
    "쿠버네티스",
    "쿠버네티스",
    "쿠버네티스",
    "쿠버네티스",
    "쿠버네티스",
    "쿠버네티스",
    "쿠버네티스",
    "쿠버네티스",
)


def test_tooltips_that_spell_an_abbreviation_out_serve_search_too():
    found = tooltip_abbreviations(TOOLTIPS, settings(), TOOLTIP_DOCS)
    assert found == {
        "CRI": "컨테이너 런타임 인터페이스",
        "OCI": "Open Container Initiative",
        "HPA": "HorizontalPodAutoscaler",
    }
    # etcd, kubeconfig: descriptions, no abbreviations; K8s: a parenthesis;
    # TLS: not written on the pages; VM: written in one section of ten already.


def test_writer_abbreviations_lead_to_the_term_and_keep_what_was_typed():
    data = compile_understanding(
        INDEX,
        settings({"abbreviations": {"kubelet": ["kl"], "스태틱 파드": ["sp"]}}),
        glossary_entries(GLOSSARY),
        True,
        "*[HPA]: HorizontalPodAutoscaler: scales replicas\n",
    )
    assert data["variants"]["kl"] == ["kubelet", "kl"]
    assert data["variants"]["sp"] == ["스태틱 파드", "sp"]
    assert "hpa" not in data["variants"]  # the tooltip's term is on no page here


@pytest.mark.parametrize(
    "abbreviations,message",
    [
        ({"kubelet": ["kubelet"]}, "'kubelet' is no short name for 'kubelet'"),
        ({"kubelet": ["k"], "etcd": ["k"]}, "'k' is listed under both"),
    ],
)
def test_a_writers_mistake_in_abbreviations_is_named(abbreviations, message):
    with pytest.raises(WriterMistake) as error:
        compile_understanding(INDEX, settings({"abbreviations": abbreviations}), [], True)
    assert message in str(error.value)


def test_questions_and_confusable_jamo_compile_to_the_workers_codes():
    data = compile_understanding(
        INDEX,
        settings(
            {
                "questions": {"words": ["뭐야"], "endings": ["하나요"]},
                "confusable": {"vowels": [["ㅐ", "ㅔ"]], "finals": [["", "ㄹ"]]},
            }
        ),
        [],
        True,
    )
    assert data["questions"] == ["뭐야"] and data["endings"] == ["하나요"]
    # Medial ㅐ is index 1, ㅔ 5; final ㄹ is 8, no final 0.
    assert data["confusable"] == [[2001, 2005], [3000, 3008]]


@pytest.mark.parametrize(
    "confusable,message",
    [
        ({"vowels": [["ㅐ"]]}, "each of 'vowels' is a pair"),
        ({"vowels": [["ㅐ", "ㄱ"]]}, "not a pair of Hangul vowel jamo"),
        ({"finals": [["ㅏ", "ㄱ"]]}, "not a pair of Hangul final jamo"),
    ],
)
def test_a_broken_confusable_pair_stops_the_build(confusable, message):
    with pytest.raises(WriterMistake) as error:
        settings({"confusable": confusable})
    assert message in str(error.value)


# ----- the worker's logic, in Node.js ---------------------------------------

WORKER = ROOT / "docs" / "assets" / "javascripts" / "workers" / "search-understanding.js"

# The worker's functions on a table compiled from a small index; the script
# reads {index, calls: [[function, ...arguments]]} and prints the answers.
RUN = """
const u = require(process.argv[1]);
let input = "";
process.stdin.on("data", (d) => (input += d)).on("end", () => {
  const { index, calls } = JSON.parse(input);
  u.setup(index);
  console.log(JSON.stringify(calls.map(([f, ...args]) => {
    const out = u[f](...args);
    return out === Infinity ? "Infinity" : out;
  })));
});
"""

WORKER_DOCS = [
    {
        "location": "cp/#kube-controller-manager",
        "title": "kube-controller-manager (컨트롤러 매니저)",
        "text": "",
    },
    {"location": "cp/#kube-scheduler", "title": "kube-scheduler (스케줄러)", "text": "스케줄러는 노드를"},
    {"location": "cp/#etcd-quorum", "title": "etcd 쿼럼", "text": "쿼럼 과반"},
    {"location": "orch/#taints", "title": "테인트와 톨러레이션", "text": "톨러레이션 테인트"},
    {"location": "orch/#balancing", "title": "로드 밸런싱", "text": "로드 밸런싱 서비스"},
    {"location": "orch/#pick", "title": "스케줄러는 노드를 어떻게 고르는가", "text": "노드 스케줄러"},
    {"location": "orch/#deploy", "title": "디플로이먼트", "text": "디플로이먼트 파드"},
    {"location": "glossary/", "title": "용어집", "text": "쿼럼"},
]
KO_DATA = {
    **KO,
    "particles": ["은", "는", "이", "가", "를", "와", "과", "의", "란", "이란"],
    "abbreviations": {"kube-controller-manager": ["kcm"], "디플로이먼트": ["deploy"]},
    "questions": {"words": ["뭐야", "무엇인가요", "왜", "어떻게"], "endings": ["하나요", "나요"]},
    "confusable": {"vowels": [["ㅐ", "ㅔ"], ["ㅕ", "ㅓ"]], "finals": [["", "ㄹ"], ["", "ㅁ"]]},
}


def worker(calls, data=None):
    table = compile_understanding(WORKER_DOCS, settings({**KO_DATA, **(data or {})}), [], True)
    index = {"config": {"understanding": table}, "docs": WORKER_DOCS}
    run = subprocess.run(
        [require_tool("node"), "-e", RUN, str(WORKER)],
        input=json.dumps({"index": index, "calls": calls}),
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    )
    return json.loads(run.stdout)


@pytest.mark.needs("node")
def test_jamo_split_each_syllable_into_initial_medial_and_final():
    # 매 = ㅁ(6) ㅐ(1) no final; 닐 = ㄴ(2) ㅣ(20) ㄹ(8); Latin stays itself.
    assert worker([["jamo", "매닐a"]]) == [[1006, 2001, 3000, 1002, 2020, 3008, ord("a")]]


@pytest.mark.needs("node")
def test_a_confusable_jamo_costs_half_an_edit_and_another_one_edit():
    got = worker(
        [
            ["typoCost", [1006, 2001, 3000], [1006, 2005, 3000], 1],  # 매 / 메: ㅐ ㅔ
            ["typoCost", [1006, 2001, 3000], [1006, 2000, 3000], 1],  # 매 / 마: one edit
            ["typoCost", [1006, 2001, 3008], [1006, 2001, 3000], 1],  # 맬 / 매: final dropped
            ["typoCost", [1006, 2001, 3000], [1007, 2000, 3000], 1],  # two edits: over the limit
            ["editCost", [1, 2, 3, 4], [1, 3, 2, 4], 2],  # neighbours swapped: one edit
            ["editCost", [1, 2, 3], [1, 2, 3, 4], 2],  # one inserted
        ]
    )
    assert got == [0.5, 1, 0.5, "Infinity", 1, 1]


@pytest.mark.needs("node")
@pytest.mark.parametrize(
    "typed,found",
    [
        ("메니저", ["매니저"]),  # ㅐ/ㅔ in a word of three syllables
        ("벨런싱", ["밸런싱"]),
        ("쿼러", ["쿼럼"]),  # a final dropped, in two syllables: half an edit
        ("쿼롬", []),  # another vowel in two syllables: too far
        ("스캐줄러", ["스케줄러"]),
        ("톨레러이션", ["톨러레이션"]),  # two syllables swapped in a long word
        ("스케줄러", []),  # the word itself is no typo
    ],
)
def test_korean_typos_find_the_sites_word(typed, found):
    assert worker([["hangulTypo", typed]]) == [found]


def understood(*queries):
    plans = worker([["understand", q] for q in queries])
    return [plan and plan["query"] for plan in plans]


@pytest.mark.needs("node")
def test_abbreviations_lead_to_the_term_and_keep_what_was_typed():
    assert understood("kcm", "kcm이", "deploy") == [
        "kube controller manager kcm",
        "kube controller manager kcm",
        "디플로이먼트 deploy",
    ]


@pytest.mark.needs("node")
def test_question_words_and_endings_leave_the_content_words():
    assert understood(
        "스케줄러가 뭐야", "쿼럼이란 무엇인가요", "스케줄러는 노드를 어떻게 고르나요", "뭐야"
    ) == [
        "스케줄러",
        "쿼럼",
        "스케줄러 노드 고르",
        "뭐야",  # nothing but a question word: searched as typed
    ]


@pytest.mark.needs("node")
def test_a_korean_typo_is_searched_as_the_sites_word_but_exact_words_stay():
    assert understood("컨트롤러 메니저", "로드 벨런싱", "스캐줄러가", "스케줄러") == [
        "컨트롤러 매니저",
        "로드 밸런싱",
        "스케줄러",
        "스케줄러",
    ]


@pytest.mark.needs("node")
def test_nothing_found_offers_the_closest_terms_of_the_site():
    first = worker([["suggest", ["쿼롬"]], ["suggest", ["톨러래이숀"]], ["suggest", ["zzqxv"]]])
    assert first[0][0] == {"title": "쿼럼", "location": "cp/#etcd-quorum"}
    assert first[1][0] == {"title": "톨러레이션", "location": "orch/#taints"}
    assert first[2] == []


@pytest.mark.needs("node")
def test_a_reply_with_no_results_carries_suggestions_and_the_glossary():
    script = [["understand", "쿼롬"]]
    plan = worker(script)[0]
    reply = {"type": 3, "data": {"items": []}}
    fixed = worker([["rerank", reply, plan]])[0]
    assert fixed["data"]["suggestions"][0]["location"] == "cp/#etcd-quorum"
    assert fixed["data"]["glossary"] == "glossary/"
