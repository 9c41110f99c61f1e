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
