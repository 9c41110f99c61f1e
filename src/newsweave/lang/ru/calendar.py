"""Russian month and weekday names.

Names are CLDR's (Babel 2.19: wide and abbreviated, format and stand-alone forms), lower
case; spellings news prints that CLDR lacks are added by hand. Abbreviations are only those
date stamps use that are not ordinary words elsewhere ("des", "sie", "kas" are left out).
"""

MONTHS = (
    ("января", "январь"),
    ("февраля", "февраль"),
    ("марта", "март"),
    ("апреля", "апрель"),
    ("мая", "май"),
    ("июня", "июнь"),
    ("июля", "июль"),
    ("августа", "август"),
    ("сентября", "сентябрь"),
    ("октября", "октябрь"),
    ("ноября", "ноябрь"),
    ("декабря", "декабрь"),
)
MONTH_ABBREVIATIONS = (
    ("янв",),
    ("февр",),
    ("мар",),
    ("апр",),
    (),
    ("июн",),
    ("июл",),
    ("авг",),
    ("сент",),
    ("окт",),
    ("нояб",),
    ("дек",),
)
# Monday first
WEEKDAYS = (
    ("понедельник",),
    ("вторник",),
    ("среда",),
    ("четверг",),
    ("пятница",),
    ("суббота",),
    ("воскресенье",),
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
