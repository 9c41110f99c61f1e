"""Turkish month and weekday names.

Names are CLDR's (Babel 2.19: wide and abbreviated, format and stand-alone forms), lower
case; spellings news prints that CLDR lacks are added by hand. Abbreviations are only those
date stamps use that are not ordinary words elsewhere ("des", "sie", "kas" are left out).
"""

MONTHS = (
    ("ocak",),
    ("şubat",),
    ("mart",),
    ("nisan",),
    ("mayıs",),
    ("haziran",),
    ("temmuz",),
    ("ağustos",),
    ("eylül",),
    ("ekim",),
    ("kasım",),
    ("aralık",),
)
MONTH_ABBREVIATIONS = (
    (),
    ("şub",),
    (),
    (),
    (),
    (),
    (),
    ("ağu",),
    (),
    (),
    (),
    (),
)
# Monday first
WEEKDAYS = (
    ("pazartesi",),
    ("salı",),
    ("çarşamba",),
    ("perşembe",),
    ("cuma",),
    ("cumartesi",),
    ("pazar",),
)
WEEKDAY_ABBREVIATIONS = (
    ("pzt",),
    ("sal",),
    ("çar",),
    ("per",),
    ("cum",),
    ("cmt",),
    ("paz",),
)
# numeric dates put the day first: 05/06/2024 is 5 June
DAY_FIRST = True
# month names are capitalised, so a lower-case short one ("may") is an ordinary word
CAPITALISED = True
