"""Spanish month and weekday names.

Names are CLDR's (Babel 2.19: wide and abbreviated, format and stand-alone forms), lower
case; spellings news prints that CLDR lacks are added by hand. Abbreviations are only those
date stamps use that are not ordinary words elsewhere ("des", "sie", "kas" are left out).
"""

MONTHS = (
    ("enero",),
    ("febrero",),
    ("marzo",),
    ("abril",),
    ("mayo",),
    ("junio",),
    ("julio",),
    ("agosto",),
    ("septiembre", "setiembre"),
    ("octubre",),
    ("noviembre",),
    ("diciembre",),
)
MONTH_ABBREVIATIONS = (
    ("ene",),
    (),
    (),
    ("abr",),
    (),
    (),
    (),
    ("ago",),
    (),
    (),
    (),
    ("dic",),
)
# Monday first
WEEKDAYS = (
    ("lunes",),
    ("martes",),
    ("miércoles", "miercoles"),
    ("jueves",),
    ("viernes",),
    ("sábado", "sabado"),
    ("domingo",),
)
WEEKDAY_ABBREVIATIONS = (
    ("lun",),
    ("mar",),
    ("mié",),
    ("jue",),
    ("vie",),
    ("sáb",),
    ("dom",),
)
# numeric dates put the day first: 05/06/2024 is 5 June
DAY_FIRST = True
# month names are written in lower case
CAPITALISED = False

# Words between a date and its time in a stamp ("12 May at 10:00")
DATE_CONNECTORS = ("a las", "y")

# Words a date stamp line carries besides the date ("Updated on ...")
STAMP_WORDS = ("publicado", "actualizado", "el")

# Days named relative to the day of writing ("yesterday": -1)
DAY_OFFSETS = {"ayer": -1, "hoy": 0}

# Tense around a date expression (`summarize.timeline`): a weekday or month is the latest
# one before the report unless a future cue says the next
LAST_WEEK = ("la semana pasada",)
FUTURE_CUES = ("próximo", "próxima", "será", "serán", "podría")
FUTURE_ENDINGS = ("rá", "rán")  # "reabrirá", after 3 letters at least
PAST_AUXILIARIES = ("fue", "fueron", "había", "habían")
PAST_ENDINGS = (("ó", 3),)  # (ending, shortest stem): "anunció"
PAST_MARKS = ("pasado", "pasada")
# before a date the sentence looks ahead to ("a strike called for October 14")
TARGET_BEFORE = ("para el", "hasta el")
PAST_AFTER = ("pasado", "pasada")  # "el mes pasado"
PAST_BEFORE = ("desde",)  # "desde" a weekday or month: a day gone by
FUTURE_AFTER = ("próximo", "próxima", "que viene")  # "el domingo próximo"
MONTH_PREPOSITIONS = ("en", "a", "desde")
MONTH_PARTS = ("principios de", "mediados de", "finales de")
