"""Word-level diff of quote variants."""

from __future__ import annotations

import re

from newsweave.model import Citation, QuoteGroup, QuoteVariant
from newsweave.render.diff import diff_group, reference_index, to_html, to_markdown, word_diff


def kinds(reference: str, variant: str) -> list[tuple[str, str]]:
    segments = word_diff(reference, variant)
    assert segments is not None
    return [(s.kind, s.text) for s in segments]


def test_identical_wordings_have_no_marks() -> None:
    assert kinds("Safety comes first.", "safety comes  first") == [("same", "safety comes first")]


def test_replaced_added_and_dropped_words() -> None:
    assert kinds("The bridge is safe, he said", "The bridge is totally unsafe, he said!") == [
        ("same", "The bridge is"),
        ("gone", "safe"),
        ("new", "totally unsafe"),
        ("same", ", he said!"),
    ]
    assert kinds("We will not reopen it.", "We will reopen it.") == [
        ("same", "We will"),
        ("gone", "not"),
        ("same", "reopen it."),
    ]
    assert to_markdown(word_diff("a b c", "b c") or []) == "~~a~~ b c"


def test_punctuation_and_quote_style_are_not_differences() -> None:
    assert kinds("We won't stop.", "We won’t stop") == [("same", "We won’t stop")]


def test_unrelated_wordings_are_not_diffed() -> None:
    assert word_diff("Safety comes first.", "La sécurité passe avant tout.") is None


def test_html_escapes_every_token() -> None:
    segments = word_diff(
        "They said <b>no</b> to the plan", 'They said <img src=x onerror="alert(1)"> to the plan'
    )
    assert segments is not None
    html = to_html(segments)
    assert "<img" not in html and "<b>" not in html
    text = re.sub(r"<[^>]+>", "", re.sub(r"<del.*?</del>", "", html))  # drop our own tags
    assert "&lt;img src=x onerror=&#34;alert(1)&#34;&gt;" in text
    assert "<mark" in html


def test_reference_is_the_majority_wording_not_the_odd_one() -> None:
    g = QuoteGroup(
        "q1",
        "Mayor",
        [
            Citation("a", "We will not reopen the bridge."),
            Citation("b", "We will reopen the bridge."),
            Citation("c", "We will NOT reopen the bridge"),
            Citation("d", "We will not reopen the bridge."),
        ],
        divergent=True,
        odd_one_out="b",
    )
    assert reference_index(g) == 0
    g.odd_one_out = "a"  # the odd one out is never the reference, even in the majority
    assert reference_index(g) == 2
    views = diff_group(g)
    assert [v.reference for v in views] == [False, False, True, False]
    assert views[0].odd and not views[0].changed
    assert views[1].changed and "~~NOT~~" in views[1].markdown


def test_single_variant_group() -> None:
    (view,) = diff_group(QuoteGroup("q", None, [Citation("a", "<hello>")]))
    assert view.reference and str(view.html) == "&lt;hello&gt;"


def test_quoted_words_go_before_reported_speech_as_the_reference() -> None:
    g = QuoteGroup(
        "q1",
        "Mayor",
        [
            QuoteVariant("a", "the bridge will stay shut", direct=False),
            QuoteVariant("b", "The bridge will stay shut."),
        ],
    )
    assert reference_index(g) == 1
    views = diff_group(g)
    assert [v.direct for v in views] == [False, True]
    # a hand-built group of plain citations reads as quoted, as before
    assert diff_group(QuoteGroup("q2", None, [Citation("a", "Hello.")]))[0].direct
