"""French month and weekday names.

Names are CLDR's (Babel 2.19: wide and abbreviated, format and stand-alone forms), lower
case; spellings news prints that CLDR lacks are added by hand. Abbreviations are only those
date stamps use that are not ordinary words elsewhere ("des", "sie", "kas" are left out).
"""

MONTHS = (
    ("janvier",),
    ("février", "fevrier"),
    ("mars",),
    ("avril",),
    ("mai",),
    ("juin",),
    ("juillet",),
    ("août", "aout"),
    ("septembre",),
    ("octobre",),
    ("novembre",),
    ("décembre", "decembre"),
)
MONTH_ABBREVIATIONS = (
    ("janv",),
    ("févr", "fevr"),
    (),
    ("avr",),
    (),
    (),
    ("juil",),
    (),
    ("sept",),
    ("oct",),
    ("nov",),
    ("déc",),
)
# Monday first
WEEKDAYS = (
    ("lundi",),
    ("mardi",),
    ("mercredi",),
    ("jeudi",),
    ("vendredi",),
    ("samedi",),
    ("dimanche",),
)
WEEKDAY_ABBREVIATIONS = (
    ("lun",),
    ("mar",),
    ("mer",),
    ("jeu",),
    ("ven",),
    ("sam",),
    ("dim",),
)
# numeric dates put the day first: 05/06/2024 is 5 June
DAY_FIRST = True
# month names are written in lower case
CAPITALISED = False

# Words between a date and its time in a stamp ("12 May at 10:00")
DATE_CONNECTORS = ("à", "et")

# Words a date stamp line carries besides the date ("Updated on ...")
STAMP_WORDS = ("publié", "le", "mis", "à", "jour")

# Days named relative to the day of writing ("yesterday": -1)
DAY_OFFSETS = {"hier": -1, "aujourd'hui": 0, "aujourd’hui": 0, "demain": 1}

# Tense around a date expression (`summarize.timeline`): a weekday or month is the latest
# one before the report unless a future cue says the next
LAST_WEEK = ("la semaine dernière", "la semaine passée")
FUTURE_CUES = (
    "prochain", "prochaine", "sera", "seront", "va", "vont", "pourrait", "doit", "doivent", "devrait",
)  # fmt: skip
FUTURE_ENDINGS = ("era", "eront", "ira", "iront")  # "ouvrira", after 3 letters at least
PAST_AUXILIARIES = ("avait", "avaient", "a été", "ont été", "était")
PAST_MARKS = ("dernier", "dernière")
# before a date the sentence looks ahead to ("a strike called for October 14")
TARGET_BEFORE = ("pour le", "jusqu'au", "jusqu'à", "d'ici le", "d'ici au")
PAST_AFTER = ("dernier", "dernière")  # "octobre dernier"
PAST_BEFORE = ("depuis",)  # "depuis" a weekday or month: a day gone by
FUTURE_AFTER = ("prochain", "prochaine")  # "dimanche prochain"
MONTH_PREPOSITIONS = ("en", "depuis")
MONTH_PARTS = ("début", "mi", "fin")
