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
# "today" that is the present age too ("oggi il porto ha 40 pescherecci"):
# in a clause telling no past nor future it dates nothing
NOWADAYS = ("oggi",)

# Tense around a date expression (`summarize.reldates`, whose docstring tells how they
# are read): which weekday, year-less date or month the sentence means
LAST_WEEK = ("la settimana scorsa",)
PAST_AFTER = ("scorso", "scorsa")
PAST_BEFORE = ("scorso", "scorsa")  # "lo scorso lunedì"
FUTURE_CUES = ("prossimo", "prossima", "sarà", "saranno", "potrebbe", "dovrebbe")
FUTURE_ENDINGS = ("rà", "ranno")  # "riaprirà", after 3 letters at least
FUTURE_AFTER = ("prossimo", "prossima")  # "domenica prossima"
# before a date the sentence looks ahead to ("a strike called for October 14")
TARGET_BEFORE = ("per il", "per", "fino al", "fino a", "entro il", "fino ad almeno")
PAST_AUXILIARIES = (
    "fu", "furono", "era", "erano", "aveva", "avevano", "è stato", "è stata", "sono stati",
    "sono state", "disse", "fece",
)  # fmt: skip
# read by the timeline only: "firmò", "dichiarava"
PAST_FORM_ENDINGS = (("ò", 4), ("ava", 3), ("avano", 3), ("eva", 3), ("evano", 3))
# the passato prossimo: "ha firmato", "sono morti" (not a plan: "è fissata a marzo")
# the first person too: quotations speak in it ("avevamo chiuso giovedì")
PERFECT_AUXILIARIES = (
    "ha", "hanno", "aveva", "avevano", "è", "sono", "era", "erano", "ho", "abbiamo", "avevo",
    "avevamo", "siamo",
)  # fmt: skip
PERFECT_PARTICIPLE = (
    r"(?!fissat|convocat|programmat)\w{2,}(?:ato|ata|ati|ate|ito|ita|iti|ite|uto|uta|uti|ute)"
    r"|detto|detta|fatto|fatta|morto|morta|morti|preso|presa|messo|rimasto|rimasta|rimasti"
    r"|chiesto|scritto|stato|stata|stati|state"
)
# verbs that set a day to come, for a weekday: "convocati a Roma lunedì"
TARGET_VERBS = (
    "convocato", "convocata", "convocati", "convocate", "previsto", "prevista", "previsti",
    "previste", "fissato", "fissata", "programmato", "programmata", "atteso", "attesa", "attesi",
    "attese", "in programma",
)  # fmt: skip
# before a weekday or month: a habit, no date ("ogni domenica", "tutte le domeniche")
HABITUAL_BEFORE = ("ogni", "tutti i", "tutte le")
# in a sentence telling of many years, a month named alone is no one month ("la grandine a
# luglio non è una novità, ma negli ultimi anni …")
HABITUAL_YEARS = (
    "ogni anno", "tutti gli anni", "anno dopo anno", "negli ultimi anni", "da anni",
    "ogni estate", "ogni inverno",
)  # fmt: skip
# after a month or a date: its year ("a marzo di quest'anno", "l'11 marzo dell'anno scorso")
YEAR_OFFSETS = {
    "di quest'anno": 0, "di quest’anno": 0, "quest'anno": 0, "quest’anno": 0,
    "di questo anno": 0, "dell'anno scorso": -1, "dell’anno scorso": -1, "dello scorso anno": -1,
    "l'anno scorso": -1, "l’anno scorso": -1, "dell'anno prossimo": 1, "dell’anno prossimo": 1,
    "del prossimo anno": 1, "l'anno prossimo": 1, "l’anno prossimo": 1,
}  # fmt: skip
# a night told by the two days it lies between: one date, the morning's
NIGHT_SPANS = ("notte tra {} e {}", "notte fra {} e {}", "nottata tra {} e {}")
MONTH_PREPOSITIONS = ("in", "a", "di")
# a day that dates what the sentence comes after ("dopo l'attacco di lunedì") is no date of
# the sentence: after one of AFTER_EVENT, an article of NOUN_ARTICLES, a noun and DAY_OF
AFTER_EVENT = ("dopo", "da")
NOUN_ARTICLES = ("il", "la", "lo", "l'", "l’", "i", "gli", "le")
DAY_OF = ("di",)
# between a month and its year ("marzo del 2023")
YEAR_LINKS = ("del",)
# around a weekday: some day, not one the day of writing tells ("on a Friday", "the
# following Wednesday" of a story told from its own days)
UNDATED_BEFORE = ("un",)
UNDATED_AFTER = ("successivo", "seguente", "precedente")
# before a day: the start or the end of a span, not the day a thing happened. A date
# divergence compares a start with starts only and leaves an end out ("in force from Friday"
# beside "approved on Wednesday", "recaptured by Monday morning" beside "found on Sunday")
SPAN_START_BEFORE = ("dal", "dalla", "da", "a partire da", "a partire dal", "a partire dalla")
SPAN_END_BEFORE = ("fino a", "fino al", "fino alla", "entro", "entro il", "entro la")
# a street or square named after a day ("via 4 novembre", "piazza 25 aprile"): a name, no
# date of the story (not "ponte", "corso": "il ponte del 25 aprile" is a long weekend)
PLACE_NOUNS = ("via", "viale", "piazza", "piazzale", "vicolo")
PLACE_LINKS = ("del",)
# the words before a day of a date: "il 4 Novembre" (a capital in error) is a date
DAY_ARTICLES = ("il", "del", "dal", "al", "nel", "l'", "l’", "dell'", "dall'", "all'", "nell'")
# before a day: a span that opens on it and runs on, a day to come unless a past verb
# tells it ("from Saturday, children can ..."); words that also mean "since"
# ("od", "da", "desde") are left out: "od soboty trwa" is gone by
FORWARD_START_BEFORE = ("a partire da", "a partire dal", "a partire dalla", "a partire da questo")
# present-tense verbs of a planned start: a weekday in their clause is the next one, when
# the clause tells no past ("the campaign, which begins on Saturday")
PLAN_VERBS = ("inizia", "comincia", "scatta", "apre", "riapre", "entra in vigore")
# a conjecture about the past ("would have allowed", "soll ... gelangt sein"): its
# modal is no future, and a day in its clause is gone by
CONJECTURE_PERFECT = (
    r"\b(?:avrebbe|avrebbero|sarebbe|sarebbero|potrebbe aver|potrebbero aver)\s+(?:\w+\s+)?\w{2,}(?:ato|ata|ati|ate|ito|ita|iti|ite|uto|uta|uti|ute)\b"
)
# before a day: the day a state lasts until ("closed until Monday"), no day of a happening;
# a deadline ("by Monday") is not one
UNTIL_BEFORE = ("fino a", "fino al", "fino alla")
