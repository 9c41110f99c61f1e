"""Dutch month and weekday names.

Names are CLDR's (Babel 2.19: wide and abbreviated, format and stand-alone forms), lower
case; spellings news prints that CLDR lacks are added by hand. Abbreviations are only those
date stamps use that are not ordinary words elsewhere ("des", "sie", "kas" are left out).
"""

MONTHS = (
    ("januari",),
    ("februari",),
    ("maart",),
    ("april",),
    ("mei",),
    ("juni",),
    ("juli",),
    ("augustus",),
    ("september",),
    ("oktober",),
    ("november",),
    ("december",),
)
MONTH_ABBREVIATIONS = (
    (),
    (),
    ("mrt",),
    (),
    (),
    (),
    (),
    (),
    (),
    ("okt",),
    (),
    (),
)
# Monday first
WEEKDAYS = (
    ("maandag",),
    ("dinsdag",),
    ("woensdag",),
    ("donderdag",),
    ("vrijdag",),
    ("zaterdag",),
    ("zondag",),
)
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
# month names are written in lower case
CAPITALISED = False
