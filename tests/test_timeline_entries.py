"""Timeline entries: which sentence words an entry, and which days are no days of a
happening (the day a state lasts until)."""

from __future__ import annotations


def test_an_entry_is_worded_by_a_sentence_naming_its_day_first() -> None:
    import numpy as np

    from helpers import make_article
    from newsweave.summarize.timeline import build_timeline

    texts = {
        "a": "The Dunmere council issued the ban on Tuesday after samples taken on Monday showed lead.",
        "b": "Samples taken on Monday at the Dunmere well showed traces of lead.",
        "c": "The Dunmere council issued a ban on drinking tap water on Tuesday.",
        "d": "Technicians sampled the Dunmere well on Monday and found lead.",
    }
    arts = [make_article(k, v, published="2031-10-16") for k, v in texts.items()]
    timeline = build_timeline(arts, vectors={k: np.eye(4)[:1] for k in texts})
    worded = {e.date: e.text for e in timeline}
    assert worded["2031-10-13"] != texts["a"]  # Monday: not the sentence of Tuesday's ban
    assert worded["2031-10-14"] == texts["a"]


def test_a_day_a_state_lasts_until_is_no_timeline_day() -> None:
    from helpers import make_article
    from newsweave.summarize.timeline import dated_statements

    ahead = "The Dunmere primary school shuts its doors until Monday after six pupils fell ill."
    counted = "Until Tuesday, inspectors had checked 31 wells in the Dunmere district."
    lead = "Lead was found in the water of the Dunmere district this week."  # no dateline after it
    deadline = "Residents of Dunmere will get bottled water by Monday, the council said."
    art = make_article("a", f"{lead} {ahead} {counted} {deadline}", published="2031-10-16")
    assert [(d.date, d.expression) for d in dated_statements([art])] == [
        ("2031-10-14", "Tuesday"),
        ("2031-10-20", "Monday"),
    ]


def test_the_odd_one_out_of_a_divergence_words_no_entry() -> None:
    """The one report that inverts a coach's quotation (or gives words to another speaker)
    is a divergence's odd one out: the timeline states its version as no event, and the
    other reports' entry does not cite it (an entry only it states goes)."""
    import numpy as np

    from helpers import make_article
    from newsweave.model import Citation, Divergence
    from newsweave.summarize.statements import odd_wordings
    from newsweave.summarize.timeline import build_timeline

    texts = {
        "a": "On Sunday coach Ilse Vandor said the penalty did not decide the match.",
        "b": "Coach Ilse Vandor said on Sunday that the penalty did not decide the match.",
        "c": "On Sunday coach Ilse Vandor said the penalty decided the match.",
        "d": "The Harlow club named Tom Quill its new captain on Monday.",
    }
    arts = [make_article(k, v, published="2031-10-14") for k, v in texts.items()]
    vectors = {k: np.array([[1.0, 0.0]]) if k != "d" else np.array([[0.0, 1.0]]) for k in texts}
    inverted = Divergence(
        kind="quote",
        description="Quote of Ilse Vandor reads differently in c: negation count differs",
        variants=[Citation("a", texts["a"], 0), Citation("c", texts["c"], 0)],
        odd_one_out="c",
    )
    timeline = build_timeline(arts, vectors=vectors, odd=odd_wordings([inverted]))
    assert all(e.text != texts["c"] and "c" not in e.citations for e in timeline)
    assert [e.text for e in timeline if e.date == "2031-10-12"] == [texts["b"]]
    # ... and alone, it words nothing
    alone = build_timeline([arts[2], arts[3]], vectors=vectors, odd=odd_wordings([inverted]))
    assert [e.text for e in alone] == [texts["d"]]
