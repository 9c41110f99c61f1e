"""Quote wording: outlets that word one quotation differently, meaning aside."""

from __future__ import annotations

from helpers import make_article
from newsweave.align.quote_groups import group_quotes
from newsweave.align.quotes import extract_quotes
from newsweave.align.wording import wording_difference, wording_divergences
from newsweave.compare.polarity import meaning_differs

INTRO = "Harbour director Ines Valk spoke after the storm on Tuesday. "


def test_a_word_added_inside_the_shared_stretch_is_a_difference() -> None:
    assert wording_difference(
        "No decision was taken at this stage on the ferry line",
        "No decision was taken this stage on the ferry line",
    ) == ("taken at this", "taken this")
    assert wording_difference(
        "We held out on the quay, and this was simply a night like many others",
        "We held out on the quay. This was simply a night like many others.",
    ) == ("quay and this", "quay This")


def test_cuts_spelling_case_punctuation_and_elisions_are_no_difference() -> None:
    base = "The crews worked to stabilise the old harbour wall through the night"
    assert wording_difference(base, "crews worked to stabilize the old harbour wall") is None
    assert wording_difference(base, "THE CREWS WORKED TO STABILISE THE OLD HARBOUR-WALL") is None
    assert wording_difference(base, "The crews worked … through the night") is None
    assert wording_difference(base, "The crews worked to stabilise [the] old harbour wall") is None
    # a hashtag in an embedded post joins what the outlet wrote as two words
    tag = "We have made the assessment that #H5N1 can be characterised as an outbreak"
    assert wording_difference(tag, "We have made the assessment that H5-N1 can be characterised") is None
    # too little shared to call it one stretch
    assert wording_difference("The wall held", "The wall fell down at dawn") is None


def test_wording_divergence_names_the_odd_outlet_and_keeps_the_group_unflagged(
    hash_embedder: object,
) -> None:
    texts = {
        "w1": '"No decision was taken at this stage on the ferry line," Valk said.',
        "w2": '"No decision was taken at this stage on the ferry line," Valk said.',
        "w3": '"No decision was taken this stage on the ferry line," Valk said.',
    }
    articles = [make_article(aid, INTRO + t) for aid, t in texts.items()]
    # a machine translation words it its own way: not one of the outlets' wordings
    mt = '"No decision has been made at this stage about the ferry line," Valk said.'
    articles.append(make_article("w4", INTRO + mt, machine_translated=True))
    quotes = [q for a in articles for q in extract_quotes(a)]
    groups = group_quotes(articles, quotes, embedder=hash_embedder, use_nli=False)
    ferry = next(g for g in groups if "ferry" in g.variants[0].text)
    assert len(ferry.variants) == 4 and not ferry.divergent
    (div,) = wording_divergences(groups, quotes, articles)
    assert div.kind == "wording" and div.odd_one_out == "w3"
    assert {v.article for v in div.variants} == {"w1", "w2", "w3"}
    assert "'taken this' (w3)" in div.description and "Ines Valk" in div.description


def test_translations_are_not_compared_word_by_word(hash_embedder: object) -> None:
    a = make_article("t1", INTRO + '"The ferry line stays closed until Friday," Valk said.')
    b = make_article(
        "t2",
        "La directrice du port Ines Valk a parlé mardi. "
        "« La ligne de ferry reste fermée jusqu'à vendredi », a dit Valk.",
        "fr",
    )
    quotes = extract_quotes(a) + extract_quotes(b)
    groups = group_quotes([a, b], quotes, embedder=hash_embedder, use_nli=False)
    assert wording_divergences(groups, quotes, [a, b]) == []


def test_a_word_negated_by_its_prefix_changes_the_meaning() -> None:
    reason = meaning_differs(
        "Police opened an inquiry into the voluntary destruction of the boathouse.",
        "Police opened an inquiry into the involuntary destruction of the boathouse.",
        "en",
        "en",
    )
    assert reason is not None and "prefix" in reason
    assert (
        meaning_differs(
            "Une enquête pour « destruction volontaire » a été ouverte.",
            "Une enquête pour « destruction involontaire » a été ouverte.",
            "fr",
            "fr",
        )
        is not None
    )
    # a prefix word elsewhere in the sentence, or a short stem, is not a flip
    assert (
        meaning_differs(
            "The unknown crews repaired the legal boathouse.",
            "The unknown crews repaired the boathouse.",
            "en",
            "en",
        )
        is None
    )
