"""The event's date: the day the reports date what happened, not a day they look ahead to."""

from __future__ import annotations

from helpers import make_article
from newsweave.summarize.timeline import event_date


def test_a_day_ahead_of_the_report_does_not_vote_for_the_event_day() -> None:
    """Thursday's reports of a strike that began on Thursday name Friday too (flights
    cancelled on Thursday and Friday, talks called for Friday): Friday is no day of what
    happened in them. The report of Saturday names Thursday and Friday as days gone by."""
    thursday = [
        "Ferry crews in Kalmora stopped work on Thursday at dawn. The operator cancelled all "
        "crossings on Thursday and Friday. The minister has called both sides to talks on Friday.",
        "Les marins de Kalmora ont cessé le travail jeudi. Toutes les traversées de jeudi et "
        "vendredi sont annulées. Le ministre réunira les deux parties vendredi.",
    ]
    arts = [
        make_article("en", thursday[0], published="2031-04-10"),
        make_article("fr", thursday[1], lang="fr", published="2031-04-10"),
        make_article(
            "later",
            "The ferry strike that began in Kalmora on Thursday ended this morning. "
            "Talks on Friday had brought no agreement.",
            published="2031-04-12",
        ),
    ]
    assert event_date(arts) == "2031-04-10"

