"""Fact grouping: cross-language alignment, precision, support and ids (invented texts)."""

from __future__ import annotations

import numpy as np

from helpers import make_article
from newsweave.align.candidates import is_content, split_clauses
from newsweave.align.facts import (
    _representative_score,
    align_facts,
    average_linkage,
    prune_intruders,
)
from newsweave.align.lexicon import Lexicon, content_words
from newsweave.model import Article, Sentence
from newsweave.text import annotate

EN = make_article(
    "en-1",
    "The city of Velmar opened a new tram line on Saturday after four years of construction. "
    "The line links the harbour with the university campus. "
    "Mayor Ilse Varga said tickets would be free during the first week. "
    "A local bakery has started selling tram-shaped biscuits.",
    "en",
)
FR = make_article(
    "fr-1",
    "La ville de Velmar a inauguré samedi une nouvelle ligne de tramway après quatre ans de "
    "travaux. La ligne relie le port au campus universitaire. "
    "Les syndicats de chauffeurs de bus menacent de faire grève la semaine prochaine.",
    "fr",
)
DE = make_article(
    "de-1",
    "Die Stadt Velmar hat am Samstag nach vier Jahren Bauzeit eine neue Straßenbahnlinie "
    "eröffnet. Bürgermeisterin Ilse Varga sagte, die Fahrkarten seien in der ersten Woche "
    "kostenlos.",
    "de",
)


def _fact_of(alignment, article_id: str, needle: str) -> str:  # type: ignore[no-untyped-def]
    for fact in alignment.facts:
        for c in fact.support:
            if c.article == article_id and needle in c.text:
                return fact.id
    raise AssertionError(f"no fact holds {needle!r} of {article_id}")


def test_is_content_skips_headings_questions_captions_datelines() -> None:
    assert is_content("The city of Velmar opened a new tram line on Saturday.")
    assert not is_content("Opening day")  # heading
    assert not is_content("Why did the works take four years?")  # the journalist's question
    assert not is_content("Mayor Ilse Varga (left) cuts the ribbon. AP Photo")  # caption
    assert not is_content("Velmar Herald News Agency, Velmar, June 3.")  # dateline
    assert not is_content("Read more at https://example.org/tram")
    # German capitalises every noun: a short sentence of prose has one lower-case word
    assert is_content("Die Armee schickte 3000 Soldaten.", "de")
    assert not is_content("Velmar Herald News Agency, Velmar, June 3.", "de")
    # a short statement of a figure is one; a date line is not
    assert is_content("Turnout was 86%.") and is_content("Es gab 12 Tote.", "de")
    assert not is_content("Sunday, 12 May 2019.") and not is_content("Updated 14:05.")


def test_average_linkage_respects_one_sentence_per_owner() -> None:
    vecs = np.array([[1, 0], [0.99, 0.14], [0.98, 0.2], [0, 1]], dtype=np.float32)
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
    # rows 0 and 1 belong to one owner: the margin keeps them apart, row 2 joins one of them
    clusters = average_linkage(vecs, [0, 0, 1, 2], threshold=0.9, margin=0.5)
    assert sorted(map(len, clusters)) == [1, 1, 2]
    assert any(set(c) == {3} for c in clusters)
    # without the owner constraint all three near-identical rows merge
    assert sorted(map(len, average_linkage(vecs, [0, 1, 2, 3], 0.9, 0.5))) == [1, 3]


def test_french_and_english_sentences_join_one_fact() -> None:
    alignment = align_facts([EN, FR, DE])
    opened = _fact_of(alignment, "en-1", "opened a new tram line")
    assert _fact_of(alignment, "fr-1", "inauguré samedi") == opened
    assert _fact_of(alignment, "de-1", "eröffnet") == opened
    route = _fact_of(alignment, "en-1", "links the harbour")
    assert _fact_of(alignment, "fr-1", "relie le port") == route
    assert route != opened
    # loosely related statements stay apart
    strike = _fact_of(alignment, "fr-1", "grève")
    biscuits = _fact_of(alignment, "en-1", "biscuits")
    assert len({opened, route, strike, biscuits}) == 4


def test_a_quoted_post_supports_no_fact_of_the_outlet() -> None:
    # the same words as the French and German openings, but in a post the article embeds
    post = "The city of Velmar opened a new tram line on Saturday after four years of works."
    quoting = make_article(
        "post-1", f"{post} The line links the harbour with the university campus.", "en"
    )
    quoting.provenance.posts = [post]
    alignment = align_facts([quoting, FR, DE])
    opened = _fact_of(alignment, "fr-1", "inauguré samedi")
    assert _fact_of(alignment, "de-1", "eröffnet") == opened
    cited = [c.text for f in alignment.facts for c in f.support if c.article == "post-1"]
    assert cited == ["The line links the harbour with the university campus."]


def test_support_ids_status_and_independence() -> None:
    groups = {"en-1": "S1", "fr-1": "S2", "de-1": "S2"}  # pretend fr and de are one witness
    alignment = align_facts([EN, FR, DE], groups=groups)
    ids = [f.id for f in alignment.facts]
    assert ids == [f"F{i}" for i in range(1, len(ids) + 1)]
    for fact in alignment.facts:
        articles = [c.article for c in fact.support]
        assert len(articles) == len(set(articles))  # at most one support per article
        assert fact.independent_sources == len({groups[a] for a in articles})
        want = "corroborated" if fact.independent_sources >= 2 else "single-source"
        assert fact.status == want
    top = alignment.facts[0]
    assert top.independent_sources == 2 and len(top.support) == 3  # the opening: en, fr, de
    assert top.text.startswith("The city of Velmar opened")  # English representative
    indep = [f.independent_sources for f in alignment.facts]
    assert indep == sorted(indep, reverse=True)


def test_split_clauses_keeps_sentence_index_and_offsets() -> None:
    text = (
        "After the meeting the two mayors held a long press conference in the town hall, "
        "confirming that both cities will share the cost of the new tram depot and that "
        "construction of the depot will begin next spring."
    )
    s = Sentence("x", 3, text, 100, 100 + len(text))
    parts = split_clauses(s)
    assert len(parts) == 2
    assert all(p.index == 3 for p in parts)
    for p in parts:
        assert text[p.start - 100 : p.end - 100] == p.text


def test_no_clause_break_after_a_title() -> None:
    text = (
        "Only hours after the old roof of the Velmar town hall collapsed amid flames and thick "
        "smoke on Monday evening, Mr. Dunmore stood outside the burning building and promised "
        "that the town would rebuild it."
    )
    assert [p.text for p in split_clauses(Sentence("x", 0, text, 0, len(text)))] == [text]


def test_lexicon_weighs_the_event_names_little() -> None:
    texts = [
        "Velmar and Dunmore signed a trade deal on Monday.",
        "Velmar and Dunmore will build a bridge over the Oster river.",
        "The bridge between Velmar and Dunmore will cost 40 million.",
        "Velmar and Dunmore have denied this claim.",
        "Officials in Velmar said the deal lowers tariffs on grain.",
        "Dunmore expects the deal to lower grain tariffs by half.",
    ]
    lex = Lexicon(texts)
    assert lex.weight["velmar"] == 0.0 and "velmar" in content_words("Velmar said so.")
    assert lex.weight["tariff"] > lex.weight["deal"] > 0.0
    # same event names only: no overlap; shared rare words: clear overlap
    assert lex.overlap_rows(1, 3) == 0.0
    assert lex.overlap_rows(4, 5) > 0.3
    mat = lex.matrix()
    assert mat.shape == (6, 6)
    assert np.allclose(mat, mat.T) and np.allclose(np.diag(mat), 1.0)
    assert abs(mat[4, 5] - lex.overlap_rows(4, 5)) < 1e-9


def test_prune_intruders_drops_the_member_that_shares_only_the_topic() -> None:
    # rows 0-2 state one fact (same words, close vectors); row 3 is close enough for the
    # clustering but shares only the event's names with them
    scores = np.array(
        [
            [2.0, 0.9, 0.8, 0.35],
            [0.9, 2.0, 0.85, 0.3],
            [0.8, 0.85, 2.0, 0.4],
            [0.35, 0.3, 0.4, 2.0],
        ]
    )
    clusters = prune_intruders([[0, 1, 2, 3]], scores, min_score=0.42)
    assert sorted(map(tuple, clusters)) == [(0, 1, 2), (3,)]
    # a tight pair is left alone, a loose one falls apart
    assert prune_intruders([[0, 1]], scores, 0.42) == [[0, 1]]
    assert sorted(map(tuple, prune_intruders([[1, 3]], scores, 0.42))) == [(1,), (3,)]


def test_a_fact_of_two_sentences_needs_the_citation_bar() -> None:
    # rows 0 and 1: two remarks of one speaker on one topic ("We have called every day
    # for action." / "We expect the number of cases to rise."), each above the member
    # bar with the other but below the bar for citing one for the other
    scores = np.array(
        [
            [2.0, 0.55, 0.9],
            [0.55, 2.0, 0.5],
            [0.9, 0.5, 2.0],
        ]
    )
    assert sorted(map(tuple, prune_intruders([[0, 1]], scores, 0.42))) == [(0,), (1,)]
    # a pair that clears it stays one fact, and so does a larger fact with that pair
    assert prune_intruders([[0, 2]], scores, 0.42) == [[0, 2]]
    assert prune_intruders([[0, 1, 2]], scores, 0.42) == [[0, 1, 2]]
    # a pair left over once an intruder is dropped must clear it too
    loose = scores.copy()
    loose[0, 2] = loose[2, 0] = 0.6
    loose[1, 0] = loose[0, 1] = 0.3
    loose[1, 2] = loose[2, 1] = 0.3
    assert sorted(map(tuple, prune_intruders([[0, 1, 2]], loose, 0.42))) == [(0,), (1,), (2,)]


def test_intruder_built_on_the_event_names_does_not_join_a_fact() -> None:
    a = make_article(
        "a",
        "Velmar and Dunmore agreed on Monday to build a toll bridge over the Oster river. "
        "The mayors of both towns met in the Velmar town hall.",
        "en",
    )
    b = make_article(
        "b",
        "Velmar and Dunmore will build a toll bridge across the Oster river, they agreed "
        "on Monday. Critics say the towns of Velmar and Dunmore have hidden the cost.",
        "en",
    )
    c = make_article(
        "c",
        "On Monday Velmar and Dunmore decided to build a toll bridge over the river Oster. "
        "Both Velmar and Dunmore have denied this claim.",
        "en",
    )
    alignment = align_facts([a, b, c])
    bridge = _fact_of(alignment, "a", "toll bridge")
    assert _fact_of(alignment, "b", "toll bridge") == bridge
    assert _fact_of(alignment, "c", "toll bridge") == bridge
    fact = next(f for f in alignment.facts if f.id == bridge)
    assert all("denied" not in c.text for c in fact.support)
    assert _fact_of(alignment, "c", "denied this claim") != bridge


def test_blocked_grouping_matches_the_exact_one() -> None:
    """Past `block_max` sentences, sentences meet only their nearest neighbours: on an event
    whose facts are well apart the facts are the same as with one dense block."""
    exact = align_facts([EN, FR, DE])
    blocked = align_facts([EN, FR, DE], block_max=3)

    def supports(al):  # type: ignore[no-untyped-def]
        return sorted(sorted((c.article, c.text) for c in f.support) for f in al.facts)

    assert supports(blocked) == supports(exact)


def test_lookalike_sentences_with_different_claims_stay_apart() -> None:
    """One frame, other fillers: the encoder reads "approved the harbour budget" and
    "rejected the school budget" alike, but they are two facts; a rewording of one of them
    (other order, same words) still joins it."""
    a = make_article(
        "a",
        "The council approved the harbour budget on Monday. "
        "Councillors debated for six hours before the vote in Velmar.",
        "en",
    )
    b = make_article(
        "b",
        "The council rejected the school budget on Monday. "
        "The session in Velmar lasted late into the evening.",
        "en",
    )
    c = make_article(
        "c",
        "On Monday the council approved the budget for the harbour. "
        "The vote in Velmar came after a long debate.",
        "en",
    )
    alignment = align_facts([a, b, c])
    harbour = _fact_of(alignment, "a", "harbour budget")
    assert _fact_of(alignment, "c", "budget for the harbour") == harbour
    assert _fact_of(alignment, "b", "school budget") != harbour
    debate = _fact_of(alignment, "a", "debated for six hours")
    assert _fact_of(alignment, "c", "long debate") == debate


def test_contrast_fillers_need_substituted_words_not_added_details() -> None:
    from newsweave.align.lexicon import content_sequence, contrast_fillers

    def fill(x: str, y: str):  # type: ignore[no-untyped-def]
        return contrast_fillers(content_sequence(x), content_sequence(y))

    assert fill(
        "The council approved the harbour budget on Monday.",
        "The council rejected the school budget on Monday.",
    ) == ({"approv", "harbou"}, {"reject", "school"})
    # an added detail, a figure, or one changed word is no other claim
    assert (
        fill(
            "Councillors debated for six hours before the vote in Velmar.",
            "The vote in Velmar came after a long debate.",
        )
        is None
    )
    assert fill("The council approved 40 new posts.", "The council approved 45 new posts.") is None
    assert (
        fill(
            "Velmar and Dunmore agreed on Monday to build a toll bridge.",
            "Velmar and Dunmore decided on Monday to build a toll bridge.",
        )
        is None
    )


def test_an_english_member_is_the_wording_though_a_translation_is_closer() -> None:
    en = make_article(
        "en-9",
        "The new Velmar tram line, which links the harbour with the university campus and the "
        "old town, opened on Saturday morning after four years of works and two long delays.",
        "en",
    )
    fr = make_article(
        "fr-9",
        "La nouvelle ligne de tram de Velmar, qui relie le port au campus, a été inaugurée "
        "samedi matin par le maire devant plusieurs centaines d'habitants.",
        "fr",
    )
    score_en = _representative_score(en.sentences[0], en, centrality=0.6)
    score_fr = _representative_score(fr.sentences[0], fr, centrality=0.8)
    assert score_en > score_fr


def test_the_wording_states_what_the_witnesses_share_not_the_sentence_nearest_the_centre() -> None:
    """Three outlets state one claim in near words; a fourth sentence, nearest the centre
    of the group by its vector, adds several other claims. It is not the fact's wording."""
    from newsweave.align.facts import FactAlignment
    from newsweave.model import Citation, Fact

    rows = [
        ("a1", "The sluice gates of the Orlen canal reopened on Thursday after three weeks of repairs."),
        ("a2", "The Orlen canal's sluice gates reopened on Thursday after three weeks of repairs, "
         "engineers said."),
        ("a3", "Sluice gates on the Orlen canal reopened Thursday after three weeks of repairs."),
        ("a4", "As the gates reopened, barges queued for hours, the harbour master resigned and the "
         "canal authority announced higher tolls for the spring."),
        ("a5", "Fishermen on the lower river reported a good season."),
    ]
    texts = [t for _, t in rows]
    vecs = np.array(
        [[1, 0.35, 0, 0, 0], [1, 0, 0.35, 0, 0], [1, 0, 0, 0.35, 0], [1, 0.1, 0.1, 0.1, 0], [0, 0, 0, 0, 1]],
        dtype=np.float32,
    )
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
    support = [Citation(aid, t, 0) for aid, t in rows[:4]]
    alignment = FactAlignment(
        [Fact("F1", "", support, independent_sources=4, status="corroborated")],
        [Sentence(aid, 0, t, 0, len(t), 0, "en") for aid, t in rows],
        vecs,
        members={"F1": [0, 1, 2, 3]},
        support_rows={"F1": [0, 1, 2, 3]},
        lexicon=Lexicon(texts, owners=list(range(5)), langs=["en"] * 5),
        langs=["en"] * 5,
    )
    articles = {aid: make_article(aid, t, "en") for aid, t in rows}
    assert float(vecs[3] @ vecs[:4].mean(axis=0)) > float(vecs[0] @ vecs[:4].mean(axis=0))
    assert "sluice gates" in (alignment.wording("F1", articles) or "")


def test_names_most_articles_use_are_the_topic_not_shared_content() -> None:
    texts = [
        "Mayor Lena Sorel opened the Tarn bridge on Monday after two years of works.",
        "The new bridge, said Lena Sorel, cost four million euros in all.",
        "Residents of Velmar thanked Lena Sorel for the new bridge on Monday.",
        "Engineer Piet Varga checked the cables of the bridge one last time.",
        "Die Bürgermeisterin Lena Sorel eröffnete die Brücke.",
    ]
    owners, langs = [0, 1, 2, 3, 4], ["en", "en", "en", "en", "de"]
    from newsweave.align.lexicon import topic_names

    assert topic_names(texts, owners, langs) == {"lena", "sorel"}  # not Piet Varga, one article
    assert topic_names(texts[3:4] + texts[:1], [0, 1], ["en", "en"]) == set()  # two articles
    plain = Lexicon(texts, floor=6)  # as with six articles: a word in all five still counts
    topical = Lexicon(texts, floor=6, owners=owners, langs=langs)
    assert plain.weight["sorel"] > 0 and topical.weight["sorel"] == 0
    # the opening and the thanks share the mayor's name and "Monday": only Monday counts now
    assert topical.overlap_rows(0, 2) < plain.overlap_rows(0, 2)


def test_an_article_stating_a_fact_twice_is_cited_for_its_whole_sentence() -> None:
    from newsweave.align.facts import _block_facts

    texts = [  # row 0: a clause cut from a long sentence; row 1: the whole sentence
        "the mayor explained, adding that the harbour tram will run free for a week",
        "The harbour tram will run free for a week.",
        "Tram rides to the harbour cost nothing during the first week.",
    ]
    e1, e2 = np.eye(3)[0], np.eye(3)[1]
    mat = np.vstack([e1 + 0.3 * e2, e1 - 0.3 * e2, e1]).astype(np.float32)
    mat /= np.linalg.norm(mat, axis=1, keepdims=True)
    owners = np.array([0, 0, 1])
    out = _block_facts(
        np.arange(3), mat, owners, ["en"] * 3, Lexicon(texts, floor=4), 0.25, 0.0, 0.0,
        -1.0, None, 0.0, 0.65, clauses=frozenset({0}),
    )  # fmt: skip
    assert [(sorted(m), s) for m, _, s in out] == [([0, 1, 2], [1, 2])]


def test_a_clause_that_ends_its_sentence_words_a_fact_as_a_sentence_does() -> None:
    art = make_article("en-7", "The tram runs free this week.")
    tail = Sentence("en-7", 0, "but the tram runs free this week.", 0, 10, 0, "en")
    head = Sentence("en-7", 0, "The tram runs free this week,", 0, 10, 0, "en")
    whole = _representative_score(art.sentences[0], art, centrality=0.6)
    assert _representative_score(tail, art, 0.6) == whole
    assert _representative_score(head, art, 0.6) < whole


def test_a_heading_words_a_fact_only_when_no_sentence_is_as_close() -> None:
    """A title-case heading kept in the body states the verdict, but a reader takes a
    sentence better: it loses what a clause cut from a sentence's head loses."""
    art = make_article("en-8", "The jury found Mara Venn guilty on all three counts on Monday.")
    heading = Sentence("en-8", 1, "Mara Venn Found Guilty on All Counts in Velmar Trial", 0, 10, 0, "en")
    whole = _representative_score(art.sentences[0], art, centrality=0.6)
    assert _representative_score(heading, art, centrality=0.65) < whole


def test_a_figure_both_state_links_sentences_across_languages() -> None:
    from newsweave.align.facts import LEX_WEIGHT, _block_facts
    from newsweave.align.lexicon import figure_keys, pair_score

    texts = [
        "The jurors deliberated for about 10 hours before the verdict.",
        "Nach einer zehnstündigen Beratung verkündeten die Geschworenen das Urteil.",
        "Les jurés ont délibéré pendant deux jours avant le verdict.",
        "Crowds waited outside the courthouse.",  # two more articles: ten hours is no topic
        "Der Richter dankte den Geschworenen.",
    ]
    langs = ["en", "de", "fr", "en", "de"]
    # a figure reads the same in every language; the years of a date and counts of
    # nothing known are no such evidence
    assert figure_keys(texts[0], "en") == figure_keys(texts[1], "de") != frozenset()
    assert figure_keys("It happened in 2019 to two men.", "en") == frozenset()
    lexicon = Lexicon(texts, floor=6, owners=[0, 1, 2, 3, 4], langs=langs)
    assert lexicon.share_figure(0, 1) and not lexicon.share_figure(0, 2)
    # rows 1 and 2 are each as close to row 0, just short of the two-sentence link
    e = np.eye(5)
    mat = np.vstack([e[0], 0.4 * e[0] + np.sqrt(0.84) * e[1], 0.4 * e[0] + np.sqrt(0.84) * e[2]])
    mat = np.vstack([mat, e[3:]]).astype(np.float32)
    assert pair_score(0.4, lexicon, langs, 0, 1) > pair_score(0.4, lexicon, langs, 0, 2)
    out = _block_facts(
        np.arange(3), mat, np.arange(5), langs, lexicon, 0.3, 0.2, 0.15,
        -1.0, None, LEX_WEIGHT, 0.65,
    )  # fmt: skip
    # only the sentence stating the same ten hours joins the English one
    assert sorted(sorted(m) for m, _, _ in out) == [[0, 1], [2]]


def test_a_figure_most_articles_state_is_the_events_own_not_a_shared_fact() -> None:
    texts = [
        "A magnitude 7.8 earthquake struck the coast at dawn.",
        "Le séisme de magnitude 7,8 a été ressenti jusqu'à Chypre.",
        "Das Beben der Stärke 7,8 zerstörte viele Häuser.",
        "The 7.8 quake was followed by a 6.7 aftershock.",
    ]
    langs = ["en", "fr", "de", "en"]
    topical = Lexicon(texts, floor=5, owners=[0, 1, 2, 3], langs=langs)
    assert not topical.share_figure(0, 1)  # all four state 7.8: it tells the event, not a fact
    assert Lexicon(texts, floor=5, langs=langs).share_figure(0, 1)  # no owners: no topic known


def test_not_only_but_also_is_one_clause() -> None:
    both = (
        "The harbour board of Velmar said on Monday that the new tram depot would not only "
        "cut the cost of running the line, but also bring the first trams to the port by May."
    )
    assert [p.text for p in split_clauses(Sentence("x", 0, both, 0, len(both)))] == [both]
    two = both.replace("not only ", "").replace("but also", "but the board")
    assert len(split_clauses(Sentence("x", 0, two, 0, len(two)))) == 2


def test_a_restatement_further_down_its_article_is_no_single_source_fact() -> None:
    articles = [
        make_article(
            "a",
            "Velmar's mayor Ivo Brandt visited the port town of Skel on May 4 and met its "
            "governor Lena Sorel. The ceremony drew a small crowd of residents. Traffic on the "
            "old ferry route fell sharply within hours. According to the radio, Brandt visited "
            "the port town of Skel on the 4th and met its governor Sorel one-on-one.",
        ),
        make_article(
            "b",
            "At the end of talks with governor Lena Sorel, mayor Ivo Brandt said Velmar and "
            'Skel "will keep holding joint ferry drills". Local shops expect more visitors.',
        ),
        make_article(
            "c",
            "Mayor Ivo Brandt and his counterpart Lena Sorel praised closer ties on Monday, "
            "with almost no mention of the dock strike. Critics said the project ran late.",
        ),
    ]
    alignment = align_facts(articles)
    restated = next(
        k for k, s in enumerate(alignment.sentences) if s.text.startswith("According to the radio")
    )
    (fact,) = [f for f in alignment.facts if restated in alignment.members[f.id]]
    # one of the visit fact's members, not a fact "reported by a alone"
    assert fact.independent_sources == 3
    assert {c.article for c in fact.support} == {"a", "b", "c"}


def test_sentences_in_scripts_without_case_join_their_fact() -> None:
    # Arabic, Chinese and Korean have no lower-case words to tell prose from a heading by,
    # and Chinese no spaces to count words by: such sentences were never candidates
    ar = annotate(
        Article(
            id="ar-1",
            text="افتتحت مدينة فيلمار يوم السبت خطا جديدا للترام بعد أربع سنوات من البناء. "
            "ويربط الخط الميناء بالحرم الجامعي.",
            lang="ar",
        )
    )
    zh = annotate(
        Article(
            id="zh-1",
            text="维尔马市周六在经过四年施工后开通了一条新的有轨电车线路。该线路连接港口和大学校园。",
            lang="zh",
        )
    )
    ko = annotate(
        Article(
            id="ko-1",
            text="벨마르 시는 4년간의 공사 끝에 토요일 새로운 트램 노선을 개통했다. "
            "이 노선은 항구와 대학 캠퍼스를 연결한다.",
            lang="ko",
        )
    )
    alignment = align_facts([EN, ar, zh, ko])
    opened = _fact_of(alignment, "en-1", "opened a new tram line")
    assert _fact_of(alignment, "ar-1", "خطا جديدا للترام") == opened
    assert _fact_of(alignment, "zh-1", "有轨电车线路") == opened
    assert _fact_of(alignment, "ko-1", "트램 노선을 개통했다") == opened
    assert not is_content("벨마르 트램 개통")  # a heading is still no fact
