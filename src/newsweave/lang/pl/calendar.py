"""Polish month and weekday names.

Names are CLDR's (Babel 2.19: wide and abbreviated, format and stand-alone forms), lower
case; spellings news prints that CLDR lacks are added by hand. Abbreviations are only those
date stamps use that are not ordinary words elsewhere ("des", "sie", "kas" are left out).
"""

MONTHS = (
    ("stycznia", "styczeń"),
    ("lutego", "luty"),
    ("marca", "marzec"),
    ("kwietnia", "kwiecień"),
    ("maja", "maj"),
    ("czerwca", "czerwiec"),
    ("lipca", "lipiec"),
    ("sierpnia", "sierpień"),
    ("września", "wrzesień"),
    ("października", "październik"),
    ("listopada", "listopad"),
    ("grudnia", "grudzień"),
)
MONTH_ABBREVIATIONS = (
    (),
    (),
    (),
    (),
    (),
    (),
    (),
    (),
    (),
    (),
    (),
    (),
)
# Monday first
WEEKDAYS = (
    ("poniedziałek",),
    ("wtorek",),
    ("środa",),
    ("czwartek",),
    ("piątek",),
    ("sobota",),
    ("niedziela",),
)
WEEKDAY_ABBREVIATIONS = (
    ("pon",),
    (),
    (),
    ("czw",),
    (),
    ("sob",),
    ("niedz",),
)
# numeric dates put the day first: 05/06/2024 is 5 June
DAY_FIRST = True
# month names are written in lower case
CAPITALISED = False

# Words between a date and its time in a stamp ("12 May at 10:00")
DATE_CONNECTORS = ("o godz", "godz")
