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
# "today" that is the present age too ("hoy la fábrica emplea a 300 personas"):
# in a clause telling no past nor future it dates nothing
NOWADAYS = ("hoy",)

# Tense around a date expression (`summarize.reldates`, whose docstring tells how they
# are read): which weekday, year-less date or month the sentence means
LAST_WEEK = ("la semana pasada",)
FUTURE_CUES = ("próximo", "próxima", "será", "serán", "podría")
FUTURE_ENDINGS = ("rá", "rán")  # "reabrirá", after 3 letters at least
PAST_AUXILIARIES = (
    "fue", "fueron", "había", "habían", "dijo", "dijeron", "hizo", "hicieron", "tuvo", "tuvieron",
    "hubo", "estuvo", "estuvieron", "era", "eran",
)  # fmt: skip
PAST_ENDINGS = (("ó", 3),)  # (ending, shortest stem): "anunció"
# read by the timeline only: "anunciaron", "murieron", "estaba"
PAST_FORM_ENDINGS = (("aron", 2), ("ieron", 2), ("aba", 3), ("aban", 3))
# the perfect: "ha anunciado", "han sido"
# the first person too: quotations speak in it ("habíamos cerrado la tienda el jueves")
PERFECT_AUXILIARIES = ("ha", "han", "había", "habían", "he", "hemos", "habíamos")
PERFECT_PARTICIPLE = (
    r"\w{2,}(?:ado|ada|ados|adas|ido|ida|idos|idas)|sido|dicho|hecho|muerto|muertos|puesto"
    r"|visto|roto|abierto|escrito|vuelto"
)
PAST_MARKS = ("pasado", "pasada")
# before a date the sentence looks ahead to ("a strike called for October 14")
TARGET_BEFORE = ("para el", "hasta el", "hasta al menos el")
PAST_AFTER = ("pasado", "pasada")  # "el mes pasado"
PAST_BEFORE = ("desde", "pasado", "pasada")  # "desde" a weekday, "el pasado lunes": gone by
# read by the timeline only, besides FUTURE_CUES: "va a reunirse el lunes"
FUTURE_WORDS = ("va a", "van a", "irá", "irán")
# verbs that set a day to come, for a weekday: "convocados a una reunión el lunes"
TARGET_VERBS = (
    "convocado", "convocada", "convocados", "convocadas", "previsto", "prevista", "previstos",
    "previstas", "programado", "programada", "programados", "esperado", "esperada",
)  # fmt: skip
# before a weekday or month: a habit, no date ("cada domingo", "todos los domingos")
HABITUAL_BEFORE = ("cada", "todos los", "todas las")
# in a sentence telling of many years, a month named alone is no one month ("el granizo en
# julio no es nuevo, pero en los últimos años …")
HABITUAL_YEARS = (
    "cada año", "todos los años", "año tras año", "en los últimos años", "desde hace años",
    "cada verano", "cada invierno",
)  # fmt: skip
# after a month or a date: its year ("en marzo de este año", "el 11 de marzo del año pasado")
YEAR_OFFSETS = {
    "de este año": 0, "este año": 0, "del año pasado": -1, "el año pasado": -1,
    "del pasado año": -1, "del año anterior": -1, "del próximo año": 1, "el próximo año": 1,
    "del año que viene": 1, "el año que viene": 1, "del año próximo": 1,
}  # fmt: skip
# a night told by the two days it lies between: one date, the morning's
NIGHT_SPANS = ("noche del {} al {}", "madrugada del {} al {}", "noche de {} a {}", "noche entre el {} y el {}")
FUTURE_AFTER = ("próximo", "próxima", "que viene")  # "el domingo próximo"
MONTH_PREPOSITIONS = ("en", "a", "desde")
MONTH_PARTS = ("principios de", "mediados de", "finales de")
# a day that dates what the sentence comes after ("tras el ataque del lunes") is no date of
# the sentence: after one of AFTER_EVENT, an article of NOUN_ARTICLES, a noun and DAY_OF
AFTER_EVENT = ("tras", "después de", "desde")
NOUN_ARTICLES = ("el", "la", "los", "las")
DAY_OF = ("del", "de")
# between a month and its year ("marzo de 2023")
YEAR_LINKS = ("de", "del")
# around a weekday: some day, not one the day of writing tells ("on a Friday", "the
# following Wednesday" of a story told from its own days)
UNDATED_BEFORE = ("un",)
UNDATED_AFTER = ("siguiente", "anterior")
# before a day: the start or the end of a span, not the day a thing happened. A date
# divergence compares a start with starts only and leaves an end out ("in force from Friday"
# beside "approved on Wednesday", "recaptured by Monday morning" beside "found on Sunday")
SPAN_START_BEFORE = ("a partir del", "a partir de", "desde el", "desde")
SPAN_END_BEFORE = ("hasta el", "hasta", "antes del", "hasta al menos el")
# a street or square named after a day ("calle 2 de mayo", "plaza del 2 de mayo"): a name,
# no date of the story (not "puente": "el puente del 1 de mayo" is a long weekend)
PLACE_NOUNS = ("avenida", "av", "avda", "calle", "plaza", "paseo", "bulevar", "rambla", "barrio")
PLACE_LINKS = ("del",)
# the words before a day of a date: "el 18 de Julio" (a capital in error) is a date, "de 18 de
# Julio" a street
DAY_ARTICLES = ("el", "del", "al")
# before a day: a span that opens on it and runs on, a day to come unless a past verb
# tells it ("from Saturday, children can ..."); words that also mean "since"
# ("od", "da", "desde") are left out: "od soboty trwa" is gone by
FORWARD_START_BEFORE = ("a partir de", "a partir del", "a partir de este")
# present-tense verbs of a planned start: a weekday in their clause is the next one, when
# the clause tells no past ("the campaign, which begins on Saturday")
PLAN_VERBS = ("comienza", "empieza", "arranca", "abre", "reabre", "entra en vigor")
# a conjecture about the past ("would have allowed", "soll ... gelangt sein"): its
# modal is no future, and a day in its clause is gone by
CONJECTURE_PERFECT = (
    r"\b(?:habría|habrían|podría haber|podrían haber|debería haber|deberían haber)\s+\w+"
)
# before a day: the day a state lasts until ("closed until Monday"), no day of a happening;
# a deadline ("by Monday") is not one
UNTIL_BEFORE = ("hasta", "hasta el", "hasta al menos el")
