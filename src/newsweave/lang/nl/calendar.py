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

# Days named relative to the day of writing ("yesterday": -1)
DAY_OFFSETS = {"gisteren": -1, "vandaag": 0}  # not "morgen": the morning too
# "today" that is the present age too ("ook vandaag varen de meeste boten naar Noorwegen"):
# in a clause telling no past nor future it dates nothing
NOWADAYS = ("vandaag",)
# a weekday and a part of the day in one word ("dinsdagavond", "maandagochtend")
DAY_PARTS = ("avond", "ochtend", "middag", "nacht", "morgen", "namiddag", "voormiddag")

# Tense around a date expression (`summarize.reldates`, whose docstring tells how they
# are read): which weekday, year-less date or month the sentence means
LAST_WEEK = ("vorige week", "afgelopen week")
# read by the timeline only (FUTURE_CUES is read by `compare` too)
FUTURE_WORDS = ("volgende", "komende", "aanstaande", "zal", "zullen", "zou", "zouden", "moet", "moeten")
FUTURE_AFTER = ("aanstaande", "a.s.")  # "maandag aanstaande"
# past auxiliaries, and past forms news tells with ("zei", "kwam")
PAST_AUXILIARIES = (
    "was", "waren", "werd", "werden", "had", "hadden", "zei", "zeiden", "kwam", "kwamen", "ging",
    "gingen", "vond", "vonden", "brak", "braken", "stierf", "stierven", "lag", "lagen", "stond",
    "stonden", "viel", "vielen", "nam", "namen", "gaf", "gaven", "meldde", "meldden", "maakte",
    "maakten", "liet", "lieten",
)  # fmt: skip
# the perfect: "heeft", "is" and, later in the clause, a participle ("is dinsdagavond weer
# opengegaan", "heeft ... gemeld"); not one that tells a plan ("is gepland")
# the first person too: quotations speak in it ("ik heb donderdag gesloten")
PERFECT_AUXILIARIES = ("heeft", "hebben", "is", "zijn", "heb")
PERFECT_PARTICIPLE = r"(?!gepland\b|geagendeerd\b)[a-zë]*ge[a-zë]{2,}(?:d|t|en|aan)"
PERFECT_GAP = 8
PAST_BEFORE = ("vorige", "vorig", "afgelopen", "sinds")  # "afgelopen maandag"
PAST_AFTER = ("jongstleden", "jl.")  # "maandag jongstleden"
# before a date the sentence looks ahead to ("tot donderdag")
TARGET_BEFORE = ("tot", "tot en met", "uiterlijk", "tot minstens", "tot ten minste")
# verbs that set a day to come, for a weekday: "De directie is maandag ontboden"
TARGET_VERBS = ("ontboden", "gepland", "ingepland", "geagendeerd", "verwacht")
# before a weekday or month: a habit, no date ("elke zondag")
HABITUAL_BEFORE = ("elke", "iedere", "elk", "ieder")
# in a sentence telling of many years, a month named alone is no one month ("hagel in juli is
# niet nieuw, maar de afgelopen jaren …")
HABITUAL_YEARS = (
    "elk jaar", "ieder jaar", "jaar na jaar", "jaarlijks", "de afgelopen jaren",
    "de laatste jaren", "al jaren", "elke zomer", "elke winter",
)  # fmt: skip
# after a month or a date: its year ("in maart van dit jaar", "op 11 maart vorig jaar")
YEAR_OFFSETS = {
    "dit jaar": 0, "van dit jaar": 0, "vorig jaar": -1, "van vorig jaar": -1,
    "afgelopen jaar": -1, "volgend jaar": 1, "van volgend jaar": 1,
}  # fmt: skip
# a night told by the two days it lies between: one date, the morning's
NIGHT_SPANS = ("nacht van {} op {}", "nacht van {} naar {}")
# a day that dates what the sentence comes after ("na de ransomware-aanval van maandag") is no date of
# the sentence: after one of AFTER_EVENT, an article of NOUN_ARTICLES, a noun and DAY_OF
AFTER_EVENT = ("na", "sinds")
NOUN_ARTICLES = ("de", "het")
DAY_OF = ("van",)
# around a weekday: some day, not one the day of writing tells ("on a Friday", "the
# following Wednesday" of a story told from its own days)
UNDATED_BEFORE = ("een",)
UNDATED_AFTER = ("erna", "daarop", "daarna", "daarvoor")
# before a day: the start or the end of a span, not the day a thing happened. A date
# divergence compares a start with starts only and leaves an end out ("in force from Friday"
# beside "approved on Wednesday", "recaptured by Monday morning" beside "found on Sunday")
SPAN_START_BEFORE = ("vanaf", "sinds")
SPAN_END_BEFORE = ("tot", "tot en met", "uiterlijk", "tot minstens", "tot ten minste")
# before a day: a span that opens on it and runs on, a day to come unless a past verb
# tells it ("from Saturday, children can ..."); words that also mean "since"
# ("od", "da", "desde") are left out: "od soboty trwa" is gone by
FORWARD_START_BEFORE = ("vanaf", "vanaf komende", "vanaf deze")
# present-tense verbs of a planned start: a weekday in their clause is the next one, when
# the clause tells no past ("the campaign, which begins on Saturday")
PLAN_VERBS = ("begint", "opent")
# a conjecture about the past ("would have allowed", "soll ... gelangt sein"): its
# modal is no future, and a day in its clause is gone by
CONJECTURE_PERFECT = (
    r"\b(?:zou|zouden)\b[^,;:.]*?(?:\bge\w{2,}\s+(?:hebben|zijn)\b|\b(?:hebben|zijn)\s+\w*ge\w{2,})"
)
# before a day: the day a state lasts until ("closed until Monday"), no day of a happening;
# a deadline ("by Monday") is not one
UNTIL_BEFORE = ("tot", "tot en met", "tot minstens", "tot ten minste")
