"""German month and weekday names.

Names are CLDR's (Babel 2.19: wide and abbreviated, format and stand-alone forms), lower
case; spellings news prints that CLDR lacks are added by hand. Abbreviations are only those
date stamps use that are not ordinary words elsewhere ("des", "sie", "kas" are left out).
"""

MONTHS = (
    ("januar", "jänner"),
    ("februar",),
    ("märz", "maerz"),
    ("april",),
    ("mai",),
    ("juni",),
    ("juli",),
    ("august",),
    ("september",),
    ("oktober",),
    ("november",),
    ("dezember",),
)
MONTH_ABBREVIATIONS = (
    ("jän",),
    (),
    ("mär",),
    (),
    (),
    (),
    (),
    (),
    (),
    ("okt",),
    (),
    ("dez",),
)
# Monday first
WEEKDAYS = (
    ("montag",),
    ("dienstag",),
    ("mittwoch",),
    ("donnerstag",),
    ("freitag",),
    ("samstag", "sonnabend"),
    ("sonntag",),
)
# parts of the day written joined to a weekday ("Montagabend", "Sonntagmorgen")
DAY_PARTS = ("abend", "morgen", "nacht", "nachmittag", "früh", "mittag", "vormittag")
WEEKDAY_ABBREVIATIONS = (
    (),
    (),
    (),
    (),
    (),
    (),
    (),
)
# numeric dates put the day first: 05/06/2024 is 5 June
DAY_FIRST = True
# month names are capitalised, so a lower-case short one ("may") is an ordinary word
CAPITALISED = True

# Words between a date and its time in a stamp ("12 May at 10:00")
DATE_CONNECTORS = ("um", "und")

# Words a date stamp line carries besides the date ("Updated on ...")
STAMP_WORDS = ("veröffentlicht", "aktualisiert")

# Days named relative to the day of writing ("yesterday": -1)
DAY_OFFSETS = {"gestern": -1, "heute": 0}

# Tense around a date expression (`summarize.timeline`): a weekday or month is the latest
# one before the report unless a future cue says the next
LAST_WEEK = (
    "vergangene Woche", "vergangenen Woche", "letzte Woche", "letzten Woche", "vorige Woche",
    "vorigen Woche",
)  # fmt: skip
FUTURE_CUES = (
    "nächste", "nächsten", "nächster", "kommende", "kommenden", "kommender", "wird", "werden",
    "könnte", "soll", "sollen",
)  # fmt: skip
PAST_AUXILIARIES = ("hatte", "hatten", "war", "waren", "wurde", "wurden")
PAST_BEFORE = ("vergangene", "vergangenen", "letzte", "letzten", "vorige", "vorigen", "seit")
# before a date the sentence looks ahead to ("a strike called for October 14")
TARGET_BEFORE = ("für den", "für", "bis zum", "bis")
MONTH_PREPOSITIONS = ("im", "seit")
MONTH_PARTS = ("Anfang", "Mitte", "Ende")
