"""Italian month and weekday names.

Names are CLDR's (Babel 2.19: wide and abbreviated, format and stand-alone forms), lower
case; spellings news prints that CLDR lacks are added by hand. Abbreviations are only those
date stamps use that are not ordinary words elsewhere ("des", "sie", "kas" are left out).
"""

MONTHS = (
    ("gennaio",),
    ("febbraio",),
    ("marzo",),
    ("aprile",),
    ("maggio",),
    ("giugno",),
    ("luglio",),
    ("agosto",),
    ("settembre",),
    ("ottobre",),
    ("novembre",),
    ("dicembre",),
)
MONTH_ABBREVIATIONS = (
    ("gen",),
    (),
    (),
    (),
    ("mag",),
    ("giu",),
    ("lug",),
    ("ago",),
    ("set",),
    ("ott",),
    (),
    ("dic",),
)
# Monday first
WEEKDAYS = (
    ("lunedì",),
    ("martedì",),
    ("mercoledì",),
    ("giovedì",),
    ("venerdì",),
    ("sabato",),
    ("domenica",),
)
WEEKDAY_ABBREVIATIONS = (
    ("lun",),
    ("mar",),
    ("mer",),
    ("gio",),
    ("ven",),
    ("sab",),
    ("dom",),
)
# numeric dates put the day first: 05/06/2024 is 5 June
DAY_FIRST = True
# month names are written in lower case
CAPITALISED = False

# Words between a date and its time in a stamp ("12 May at 10:00")
DATE_CONNECTORS = ("alle",)

# Words a date stamp line carries besides the date ("Updated on ...")
STAMP_WORDS = ("pubblicato", "aggiornato", "il")

# Days named relative to the day of writing ("yesterday": -1)
DAY_OFFSETS = {"ieri": -1, "oggi": 0, "domani": 1}

# Tense around a date expression (`summarize.timeline`)
LAST_WEEK = ("la settimana scorsa",)
PAST_AFTER = ("scorso", "scorsa")
FUTURE_CUES = ("prossimo", "prossima", "sarà", "saranno", "potrebbe", "dovrebbe")
FUTURE_ENDINGS = ("rà", "ranno")  # "riaprirà", after 3 letters at least
FUTURE_AFTER = ("prossimo", "prossima")  # "domenica prossima"
# before a date the sentence looks ahead to ("a strike called for October 14")
TARGET_BEFORE = ("per il", "per", "fino al", "entro il")
MONTH_PREPOSITIONS = ("in", "a", "di")
