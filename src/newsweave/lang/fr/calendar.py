"""French month and weekday names.

Names are CLDR's (Babel 2.19: wide and abbreviated, format and stand-alone forms), lower
case; spellings news prints that CLDR lacks are added by hand. Abbreviations are only those
date stamps use that are not ordinary words elsewhere ("des", "sie", "kas" are left out).
"""

MONTHS = (
    ("janvier",),
    ("février", "fevrier"),
    ("mars",),
    ("avril",),
    ("mai",),
    ("juin",),
    ("juillet",),
    ("août", "aout"),
    ("septembre",),
    ("octobre",),
    ("novembre",),
    ("décembre", "decembre"),
)
MONTH_ABBREVIATIONS = (
    ("janv",),
    ("févr", "fevr"),
    (),
    ("avr",),
    (),
    (),
    ("juil",),
    (),
    ("sept",),
    ("oct",),
    ("nov",),
    ("déc",),
)
# Monday first
WEEKDAYS = (
    ("lundi",),
    ("mardi",),
    ("mercredi",),
    ("jeudi",),
    ("vendredi",),
    ("samedi",),
    ("dimanche",),
)
WEEKDAY_ABBREVIATIONS = (
    ("lun",),
    ("mar",),
    ("mer",),
    ("jeu",),
    ("ven",),
    ("sam",),
    ("dim",),
)
# numeric dates put the day first: 05/06/2024 is 5 June
DAY_FIRST = True
# month names are written in lower case
CAPITALISED = False

# Words between a date and its time in a stamp ("12 May at 10:00")
DATE_CONNECTORS = ("à", "et")

# Words a date stamp line carries besides the date ("Updated on ...")
STAMP_WORDS = ("publié", "le", "mis", "à", "jour")

# Days named relative to the day of writing ("yesterday": -1)
DAY_OFFSETS = {"hier": -1, "aujourd'hui": 0, "aujourd’hui": 0, "demain": 1}
# "today" that is the present age too ("l'usine emploie aujourd'hui 300 personnes"):
# in a clause telling no past nor future it dates nothing
NOWADAYS = ("aujourd'hui", "aujourd’hui")

# Tense around a date expression (`summarize.reldates`, whose docstring tells how they
# are read): which weekday, year-less date or month the sentence means
LAST_WEEK = ("la semaine dernière", "la semaine passée")
FUTURE_CUES = (
    "prochain", "prochaine", "sera", "seront", "va", "vont", "pourrait", "doit", "doivent", "devrait",
)  # fmt: skip
FUTURE_ENDINGS = ("era", "eront", "ira", "iront")  # "ouvrira", after 3 letters at least
PAST_AUXILIARIES = ("avait", "avaient", "a été", "ont été", "était", "étaient", "fut", "furent")
# the passé composé: an auxiliary of "avoir" and, a word or two on, a participle ("a
# annoncé", "ont déjà pris"; not "a lieu", "a aussi"). "est"/"sont" are left out: "est
# prévu", "est fermé" tell no past
# the first person too: quotations speak in it ("nous avions fermé jeudi")
PERFECT_AUXILIARIES = ("a", "ont", "avait", "avaient", "ai", "avons", "avais", "avions")
PERFECT_PARTICIPLE = (
    r"\w{2,}(?:é|ée|és|ées)|dit|dits|fait|faits|pris|mis|écrit|\w{2,}uit|\w{2,}uits"
    r"|\w{2,}(?:ris|mis|ort|orts|ert|erte|ertes)|\w{2,}(?:du|nu|çu|lu|ru|tu|vu)(?:e|s|es)?"
    r"|(?!aussi\b)\w{2,}(?:ni|ti|si|bi|li)(?:e|s|es)?"
)
PERFECT_GAP = 2
PAST_MARKS = ("dernier", "dernière")
# before a date the sentence looks ahead to ("a strike called for October 14")
TARGET_BEFORE = ("pour le", "jusqu'au", "jusqu'à", "d'ici le", "d'ici au", "jusqu'à au moins")
PAST_AFTER = ("dernier", "dernière")  # "octobre dernier"
PAST_BEFORE = ("depuis",)  # "depuis" a weekday or month: a day gone by
# verbs that set a day to come, for a weekday: "convoqués au ministère lundi"
TARGET_VERBS = (
    "convoqué", "convoquée", "convoqués", "convoquées", "prévu", "prévue", "prévus", "prévues",
    "programmé", "programmée", "attendu", "attendue", "attendus", "attendues",
)  # fmt: skip
# before a weekday or month: a habit, no date ("chaque dimanche", "tous les dimanches")
HABITUAL_BEFORE = ("chaque", "tous les", "toutes les")
# in a sentence telling of many years, a month named alone is no one month ("la grêle en
# juillet n'a rien de nouveau, mais ces dernières années …")
HABITUAL_YEARS = (
    "chaque année", "tous les ans", "année après année", "ces dernières années",
    "au fil des ans", "depuis des années", "chaque été", "chaque hiver",
)  # fmt: skip
# after a month or a date: its year ("en mars de cette année", "le 11 mars de l'an dernier")
YEAR_OFFSETS = {
    "de cette année": 0, "cette année": 0, "de l'année dernière": -1, "de l’année dernière": -1,
    "l'an dernier": -1, "l’an dernier": -1, "l'an passé": -1, "l’an passé": -1,
    "de l'an dernier": -1, "de l’an dernier": -1, "de l'année prochaine": 1,
    "de l’année prochaine": 1, "l'an prochain": 1, "l’an prochain": 1, "de l'an prochain": 1,
    "de l’an prochain": 1,
}  # fmt: skip
# a night told by the two days it lies between: one date, the morning's
NIGHT_SPANS = ("nuit de {} à {}", "nuit du {} au {}", "nuit entre {} et {}")
FUTURE_AFTER = ("prochain", "prochaine")  # "dimanche prochain"
MONTH_PREPOSITIONS = ("en", "depuis")
MONTH_PARTS = ("début", "mi", "fin")
# a day that dates what the sentence comes after ("après la cyberattaque de lundi") is no date of
# the sentence: after one of AFTER_EVENT, an article of NOUN_ARTICLES, a noun and DAY_OF
AFTER_EVENT = ("après", "depuis")
NOUN_ARTICLES = ("le", "la", "les", "l'", "l’")
DAY_OF = ("de", "du")
# around a weekday: some day, not one the day of writing tells ("on a Friday", "the
# following Wednesday" of a story told from its own days)
UNDATED_BEFORE = ("un",)
UNDATED_AFTER = ("suivant", "précédent", "d'après", "d’après")
# before a day: the start or the end of a span, not the day a thing happened. A date
# divergence compares a start with starts only and leaves an end out ("in force from Friday"
# beside "approved on Wednesday", "recaptured by Monday morning" beside "found on Sunday")
SPAN_START_BEFORE = ("à partir de", "à partir du", "dès", "dès le", "depuis", "depuis le")
SPAN_END_BEFORE = ("jusqu'à", "jusqu'au", "jusqu’à", "jusqu’au", "d'ici", "d’ici", "avant")
# a street or square named after a day ("rue du 8 mai 1945", "avenue du 11 novembre"): a
# name, no date of the story (not "place", "pont", "cours": "sur place du 8 mai au 10", "le pont
# du 8 mai", "au cours du 8 mai")
PLACE_NOUNS = ("rue", "avenue", "av", "boulevard", "bd", "quai", "allée", "impasse", "esplanade")
PLACE_LINKS = ("du", "des")
# the words before a day of a date: "le 14 Mars" (a capital in error) is a date
DAY_ARTICLES = ("le", "du", "au")
# before a day: a span that opens on it and runs on, a day to come unless a past verb
# tells it ("from Saturday, children can ..."); words that also mean "since"
# ("od", "da", "desde") are left out: "od soboty trwa" is gone by
FORWARD_START_BEFORE = ("à partir de", "à partir du", "à partir de ce", "dès", "dès le", "dès ce")
# present-tense verbs of a planned start: a weekday in their clause is the next one, when
# the clause tells no past ("the campaign, which begins on Saturday")
PLAN_VERBS = ("commence", "débute", "démarre", "ouvre", "rouvre", "entre en vigueur")
# a conjecture about the past ("would have allowed", "soll ... gelangt sein"): its
# modal is no future, and a day in its clause is gone by
CONJECTURE_PERFECT = (
    r"\b(?:aurait|auraient|serait|seraient)\s+(?:\w+\s+)?(?:été\s+)?\w{2,}(?:é|ée|és|ées|is|it|u|ue|us|ues)\b"
    r"|\b(?:pourrait|pourraient|devrait|devraient)\s+(?:\w+\s+)?(?:avoir|être)\s+\w+"
)
# before a day: the day a state lasts until ("closed until Monday"), no day of a happening;
# a deadline ("by Monday") is not one
UNTIL_BEFORE = ("jusqu'à", "jusqu'au", "jusqu’à", "jusqu’au")
