"""The build refuses what the page's Content-Security-Policy would refuse, and
its rules come from the policy (study_notes/security.py), not from a list
of its own: loosen a directive and the build accepts what it then allows.
(tests/bad_input/ shows each refusal in a real build.)"""

import pytest

from study_notes import security as content_security
from study_notes.checks import content as check_content


def refused(html, policy=None, own_host="study-notes.example"):
    finder = check_content.Finder(policy or content_security.directives(""), own_host)
    finder.feed(html)
    finder.close()
    return [problem for _, problem in finder.found]


def loosened(directive, *sources):
    policy = content_security.directives("")
    policy[directive] = [*policy.get(directive, []), *sources]
    return policy


@pytest.mark.parametrize(
    "html, directive, loosen",
    [
        ('<video src="../assets/demo.webm"></video>', "default-src", ("media-src", "'self'")),
        ('<audio src="a.ogg"></audio>', "default-src", ("media-src", "'self'")),
        ('<object data="a.pdf"></object>', "default-src", ("object-src", "'self'")),
        ('<embed src="a.svg">', "default-src", ("object-src", "'self'")),
        ('<iframe src="data:text/html,hi" title="x"></iframe>', "frame-src", ("frame-src", "data:")),
        ('<img src="blob:https://study-notes.example/1" alt="x">', "img-src", ("img-src", "blob:")),
        ('<form action="https://forms.example/"></form>', "form-action", ("form-action", "https:")),
        ('<p style="color: red">x</p>', "style-src", ("style-src", "'unsafe-inline'")),
        ("<style>p { color: red }</style>", "style-src", ("style-src", "'unsafe-inline'")),
        ('<link rel="stylesheet" href="data:text/css,p{}">', "style-src", ("style-src", "data:")),
    ],
)
def test_what_the_policy_refuses_is_refused_and_loosening_it_lets_it_through(html, directive, loosen):
    problems = refused(html)
    assert len(problems) == 1 and directive in problems[0], problems
    assert refused(html, loosened(*loosen)) == []


@pytest.mark.parametrize(
    "html",
    [
        '<img src="../assets/images/logo.svg" alt="Logo">',
        '<img src="data:image/svg+xml,<svg/>" alt="">',  # img-src allows data:
        '<iframe src="../kubernetes/" title="A page of the site"></iframe>',  # frame-src 'self'
        '<picture><source srcset="a.webp"><img src="a.png" alt="x"></picture>',
        '<form action="../search/"></form>',
        '<link rel="stylesheet" href="../assets/stylesheets/extra.css">',
        '<a href="https://kubernetes.io/" ping="../count">link</a>',  # a link to another site is fine
    ],
)
def test_what_the_policy_allows_builds(html):
    assert refused(html) == []


def test_base_and_meta_http_equiv_are_refused_whatever_the_policy():
    assert len(refused('<base href="../">')) == 1
    assert len(refused('<meta http-equiv="refresh" content="0; url=../">')) == 1
    assert refused('<meta name="robots" content="noindex">') == []
