"""Portuguese month and weekday names.

Names are CLDR's (Babel 2.19: wide and abbreviated, format and stand-alone forms), lower
case; spellings news prints that CLDR lacks are added by hand. Abbreviations are only those
date stamps use that are not ordinary words elsewhere ("des", "sie", "kas" are left out).
"""

MONTHS = (
    ("janeiro",),
    ("fevereiro",),
    ("março", "marco"),
    ("abril",),
    ("maio",),
    ("junho",),
    ("julho",),
    ("agosto",),
    ("setembro",),
    ("outubro",),
    ("novembro",),
    ("dezembro",),
)
MONTH_ABBREVIATIONS = (
    (),
    ("fev",),
    (),
    ("abr",),
    (),
    (),
    (),
    ("ago",),
    ("set",),
    ("out",),
    (),
    ("dez",),
)
# Monday first
WEEKDAYS = (
    ("segunda-feira", "segunda"),
    ("terça-feira", "terça"),
    ("quarta-feira", "quarta"),
    ("quinta-feira", "quinta"),
    ("sexta-feira", "sexta"),
    ("sábado",),
    ("domingo",),
)
WEEKDAY_ABBREVIATIONS = (
    ("seg",),
    ("ter",),
    ("qua",),
    ("qui",),
    ("sex",),
    ("sáb",),
    ("dom",),
)
# numeric dates put the day first: 05/06/2024 is 5 June
DAY_FIRST = True
# month names are written in lower case
CAPITALISED = False

# Words between a date and its time in a stamp ("12 May at 10:00")
DATE_CONNECTORS = ("às",)

# Words a date stamp line carries besides the date ("Updated on ...")
STAMP_WORDS = ("publicado", "atualizado", "às", "de", "em")

# Days named relative to the day of writing ("yesterday": -1)
DAY_OFFSETS = {"ontem": -1, "hoje": 0, "amanhã": 1}

# Tense around a date expression (`summarize.timeline`)
LAST_WEEK = ("semana passada",)
PAST_AFTER = ("passado", "passada")
PAST_BEFORE = ("desde",)  # "desde" a weekday or month: a day gone by
FUTURE_CUES = ("próximo", "próxima", "será", "serão", "poderá", "deverá")
FUTURE_ENDINGS = ("rá", "rão")  # "reabrirá", after 3 letters at least
FUTURE_AFTER = ("próximo", "próxima", "que vem")  # "domingo que vem"
# before a date the sentence looks ahead to ("a strike called for October 14")
TARGET_BEFORE = ("para o", "para", "até o", "até")
MONTH_PREPOSITIONS = ("em", "a", "desde")
