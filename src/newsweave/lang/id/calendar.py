"""Indonesian month and weekday names.

Names are CLDR's (Babel 2.19: wide and abbreviated, format and stand-alone forms), lower
case; spellings news prints that CLDR lacks are added by hand. Abbreviations are only those
date stamps use that are not ordinary words elsewhere ("des", "sie", "kas" are left out).
"""

MONTHS = (
    ("januari",),
    ("februari",),
    ("maret",),
    ("april",),
    ("mei",),
    ("juni",),
    ("juli",),
    ("agustus",),
    ("september",),
    ("oktober",),
    ("november",),
    ("desember",),
)
MONTH_ABBREVIATIONS = (
    (),
    (),
    (),
    (),
    (),
    (),
    (),
    ("agu",),
    (),
    (),
    (),
    (),
)
# Monday first
WEEKDAYS = (
    ("senin",),
    ("selasa",),
    ("rabu",),
    ("kamis",),
    ("jumat",),
    ("sabtu",),
    ("minggu",),
)
WEEKDAY_ABBREVIATIONS = (
    ("sen",),
    ("sel",),
    ("rab",),
    ("kam",),
    ("jum",),
    ("sab",),
    ("min",),
)
# numeric dates put the day first: 05/06/2024 is 5 June
DAY_FIRST = True
# month names are capitalised, so a lower-case short one ("may") is an ordinary word
CAPITALISED = True
