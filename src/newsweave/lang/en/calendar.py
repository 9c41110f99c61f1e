"""English month and weekday names.

Names are CLDR's (Babel 2.19: wide and abbreviated, format and stand-alone forms), lower
case; spellings news prints that CLDR lacks are added by hand. Abbreviations are only those
date stamps use that are not ordinary words elsewhere ("des", "sie", "kas" are left out).
"""

MONTHS = (
    ("january",),
    ("february",),
    ("march",),
    ("april",),
    ("may",),
    ("june",),
    ("july",),
    ("august",),
    ("september",),
    ("october",),
    ("november",),
    ("december",),
)
MONTH_ABBREVIATIONS = (
    ("jan",),
    ("feb",),
    ("mar",),
    ("apr",),
    (),
    ("jun",),
    ("jul",),
    ("aug",),
    ("sep", "sept"),
    ("oct",),
    ("nov",),
    ("dec",),
)
# Monday first
WEEKDAYS = (
    ("monday",),
    ("tuesday",),
    ("wednesday",),
    ("thursday",),
    ("friday",),
    ("saturday",),
    ("sunday",),
)
WEEKDAY_ABBREVIATIONS = (
    ("mon",),
    ("tue", "tues"),
    ("wed",),
    ("thu", "thur", "thurs"),
    ("fri",),
    ("sat",),
    ("sun",),
)
# 05/06/2024 is 5 June in Britain, May 6 in the US: English does not settle it
DAY_FIRST = None
# month names are capitalised, so a lower-case short one ("may") is an ordinary word
CAPITALISED = True

# Words between a date and its time in a stamp ("12 May at 10:00")
DATE_CONNECTORS = ("at", "and")

# Words a date stamp line carries besides the date ("Updated on ...")
STAMP_WORDS = ("published", "posted", "updated", "last", "modified", "on", "at", "and")

# Days named relative to the day of writing ("yesterday": -1)
DAY_OFFSETS = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}

# Tense around a date expression (`summarize.timeline`): a weekday or month is the latest
# one before the report unless a future cue says the next
LAST_WEEK = ("last week",)
FUTURE_CUES = (
    "will", "would", "could", "shall", "next", "upcoming", "expected to", "plan to", "plans to",
    "is due to", "are due to", "is set to", "are set to", "scheduled to", "is to", "are to",
)  # fmt: skip
PAST_AUXILIARIES = ("was", "were", "had", "did")
PAST_ENDINGS = (("ed", 2),)  # (ending, shortest stem): "reported"
PAST_MARKS = ("last",)  # "last February"
PAST_BEFORE = ("last", "since")  # "since Wednesday" is past too
# before a date the sentence looks ahead to ("a strike called for October 14")
TARGET_BEFORE = ("for", "until", "till")
MONTH_PREPOSITIONS = ("in", "since")
MONTH_PARTS = ("early", "mid", "late")
