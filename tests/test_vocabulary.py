"""Every page speaks one vocabulary per language: the one written down in i18n/vocabulary.yml."""

import pytest

from tests.vocabulary_checks import hits_in, load_vocabulary, prose_lines
from tooling.project import ROOT, languages, site

VOCABULARY_FILE = ROOT / "i18n" / "vocabulary.yml"
PAGES = sorted(f"docs/{language}/{path}" for language in languages() for path in site().paths(language))


def test_the_vocabulary_has_entries_for_every_language():
    vocabulary = load_vocabulary(VOCABULARY_FILE)
    for language in languages():
        assert vocabulary.get(language), f"i18n/vocabulary.yml: no entries under '{language}:'"
        pages = [p for p in PAGES if p.startswith(f"docs/{language}/")]
        assert pages, f"no pages under docs/{language}/ to check"


@pytest.mark.parametrize("page", PAGES)
def test_page_uses_the_sites_vocabulary(page):
    language = page.split("/")[1]
    entries = load_vocabulary(VOCABULARY_FILE)[language]
    hits = hits_in((ROOT / page).read_text(encoding="utf-8"), page, entries)
    if hits:
        pytest.fail("words i18n/vocabulary.yml asks to replace:\n" + "\n".join(hits), pytrace=False)


# The check itself: it must see prose, and only prose.

SAMPLE = """---
description: 구성 요소 in front matter is not checked
---

# 제목

`kube-scheduler` 같은 구성 요소를 봅니다.
이 글은 「구성 요소 이야기」라는 2020년 글을 옮긴 것입니다.
[링크 글자](https://example.org/구성%20요소) 와 https://example.org/구성요소 와 <!-- 구성 요소 -->
`구성 요소`는 인라인 코드이고, 다음 줄은 건너뜁니다.
구성 요소 <!-- vocabulary: ignore -->

```yaml
# 구성 요소 in a code block
```

```mermaid
flowchart LR
    accTitle: 구성 요소 그림
    pod["구성 요소<br/>하나"] --> b
```
"""


def entries_for(tmp_path, yaml_text):
    path = tmp_path / "vocabulary.yml"
    path.write_text(yaml_text, encoding="utf-8")
    return load_vocabulary(path)


def test_a_variant_is_reported_in_prose_and_diagram_labels_only(tmp_path):
    ko = entries_for(
        tmp_path, "ko:\n  - use: 컴포넌트\n    avoid: ['구성 ?요소']\n    why: kubernetes.io/ko\n"
    )["ko"]
    hits = hits_in(SAMPLE, "docs/ko/x.md", ko)
    assert hits == [
        "docs/ko/x.md:7: '구성 요소' -> use '컴포넌트' (kubernetes.io/ko)",
        "docs/ko/x.md:19: '구성 요소' -> use '컴포넌트' (kubernetes.io/ko)",
        "docs/ko/x.md:20: '구성 요소' -> use '컴포넌트' (kubernetes.io/ko)",
    ]


def test_diagram_node_ids_and_link_targets_are_not_prose(tmp_path):
    en = entries_for(tmp_path, "en:\n  - use: Pod\n    avoid: ['\\bpods?\\b']\n    why: kubernetes.io\n")[
        "en"
    ]
    text = (
        "See [static Pods](x.md#static-pods) and `kubectl get pods`.\n"
        '```mermaid\nflowchart LR\n    pod --> api["API server"]\n```\n'
        "Two pods.\n"
    )
    assert hits_in(text, "docs/en/x.md", en) == ["docs/en/x.md:6: 'pods' -> use 'Pod' (kubernetes.io)"]
    assert dict(prose_lines(text))[4].strip() == "API server"


@pytest.mark.parametrize(
    "yaml_text, message",
    [
        ("", "one list of entries per language"),
        ("ko: []\n", "'ko:' has no entries"),
        ("en:\n  - use: Pod\n    avoid: []\n    why: x\n", "needs 'use', 'avoid'"),
        ("en:\n  - use: Pod\n    avoid: ['(pods']\n", "needs 'use', 'avoid'"),
        ("en:\n  - use: Pod\n    avoid: ['(pods']\n    why: x\n", "bad pattern"),
    ],
)
def test_an_empty_or_malformed_vocabulary_is_refused(tmp_path, yaml_text, message):
    with pytest.raises(ValueError, match=message.replace("(", r"\(")):
        entries_for(tmp_path, yaml_text)
