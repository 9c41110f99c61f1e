"""A single-source fact that another source states with the same figure is not "unique"
(align.echoes), in the coverage lists and under "also reported by one source"."""

from __future__ import annotations

import numpy as np

from helpers import make_article, single_source_alignment
from newsweave.align.echoes import echoed
from newsweave.dossier import coverage
from newsweave.summarize.extractive import summarize

ROWS = [
    ("a", "About 1,200 residents of the Marsh valley were evacuated on Friday."),
    ("b", "Storms forced the evacuation of about 1 200 residents of the Marsh valley on Friday."),
    ("c", "The Marsh valley choir has sung for 1,200 weddings since it was founded."),
    ("a", "The mayor of Velmar welcomed the decision of the council on Friday."),
    ("c", "The mayor of Velmar welcomed the council's decision on Friday evening."),
    ("a", "Two new ferries will serve the Velmar lake from the spring."),
]
# rows 0 and 1 say the same (cosine 0.8); the choir shares the figure but nothing else;
# rows 3 and 4 carry no figure but say the same in words close enough (pair score >=
# ECHO_PLAIN) that neither is "reported by one source"; the ferries are nobody else's
VECS = np.array(
    [
        [1.0, 0.0, 0.0, 0.0, 0.0],
        [0.8, 0.6, 0.0, 0.0, 0.0],
        [0.0, 0.0, 1.0, 0.0, 0.0],
        [0.0, 0.0, 0.0, 1.0, 0.0],
        [0.0, 0.0, 0.6, 0.8, 0.0],
        [0.0, 0.0, 0.0, 0.0, 1.0],
    ],
    dtype=np.float32,
)


def _alignment():  # type: ignore[no-untyped-def]
    return single_source_alignment(ROWS, VECS)


def test_a_figure_stated_in_a_close_sentence_of_another_source_is_an_echo() -> None:
    # F1 and F2 echo each other; the choir's 1,200 is another matter; F4/F5 say the same
    # without a figure; F6 is alone
    assert echoed(_alignment()) == {"F1", "F2", "F4", "F5"}


def test_echoes_are_not_listed_as_unique() -> None:
    alignment = _alignment()
    echoes = echoed(alignment)
    articles = [make_article(aid, " ".join(t for a, t in ROWS if a == aid)) for aid in "abc"]
    cov = coverage(alignment.facts, articles, echoes)
    assert cov["a"].unique == ["F6"] and cov["b"].unique == [] and cov["c"].unique == ["F3"]
    _, also = summarize(alignment, articles, max_items=1, echoed=echoes)
    assert not {item.fact for item in also} & {"F1", "F2"}


def _c_is_not_omitted(rows: list[tuple[str, str]], vecs: list[list[float]], c_lang: str) -> None:
    """A fact a and b state; c (in `c_lang`) words it in a sentence of its own, d says
    another thing: only d omits it."""
    from newsweave.align.echoes import also_stated
    from newsweave.align.facts import FactAlignment
    from newsweave.model import Citation, Fact, Sentence

    sentences = [Sentence(aid, 0, t, 0, len(t), 0, c_lang if aid == "c" else "en") for aid, t in rows]
    fact = Fact("F1", rows[0][1], [Citation("a", rows[0][1], 0), Citation("b", rows[1][1], 0)], 2, "corroborated")
    mat = np.array(vecs, dtype=np.float32)
    alignment = FactAlignment(
        [fact], sentences, mat, members={"F1": [0, 1]}, support_rows={"F1": [0, 1]},
        centroids={"F1": mat[:2].mean(axis=0)}, langs=[s.lang for s in sentences],
        groups={aid: aid for aid, _ in rows},
    )  # fmt: skip
    assert also_stated(alignment) == {"F1": {"c"}}
    articles = [make_article(aid, t) for aid, t in rows]
    cov = coverage(alignment.facts, articles, set(), also_stated(alignment))
    assert cov["c"].omitted == [] and cov["d"].omitted == ["F1"]


def test_an_article_echoing_two_sentences_of_a_fact_does_not_omit_it() -> None:
    # c words the evacuation in German; d's choir shares the figure and nothing else
    rows = [
        ("a", "About 1,200 residents of the Marsh valley were evacuated on Friday."),
        ("b", "Storms forced the evacuation of about 1 200 residents of the Marsh valley on Friday."),
        ("c", "Rund 1.200 Bewohner des Marschtals wurden am Freitag in Sicherheit gebracht."),
        ("d", "The Marsh valley choir has sung for 1,200 weddings since it was founded."),
    ]  # fmt: skip
    _c_is_not_omitted(rows, [[1.0, 0.0, 0.0], [0.9, 0.44, 0.0], [0.9, 0.3, 0.3], [0.0, 0.0, 1.0]], "de")


def test_a_count_of_the_same_noun_is_an_echo_at_a_looser_paraphrase() -> None:
    from newsweave.align.echoes import _share
    from newsweave.compare.numbers import find_quantities

    fr = find_quantities("Dix-sept passagers sont toujours portés disparus.", "fr")
    de = find_quantities("17 Passagiere werden noch vermisst.", "de")
    other = find_quantities("17 Häuser wurden zerstört.", "de")
    assert _share(fr, de, noun=True) and not _share(fr, other, noun=True)
    assert _share(fr, other)  # the figure alone, for a close paraphrase


def test_an_article_wording_a_fact_without_a_figure_in_another_fact_does_not_omit_it() -> None:
    # c words it in French, in a sentence the grouping left apart; d says another thing
    rows = [
        ("a", "Both flight recorders of the Velmar crash have been found, the transport ministry said."),
        ("b", "The flight recorders of the Velmar crash have been found, according to the transport ministry."),
        ("c", "Les deux boîtes noires de l'avion de Velmar ont été retrouvées, selon le ministère des Transports."),
        ("d", "The airline of the Velmar flight has suspended its other routes."),
    ]  # fmt: skip
    _c_is_not_omitted(rows, [[1.0, 0.0, 0.0], [0.95, 0.31, 0.0], [0.9, 0.2, 0.38], [0.0, 0.0, 1.0]], "fr")
