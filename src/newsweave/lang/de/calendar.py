"""German month and weekday names.

Names are CLDR's (Babel 2.19: wide and abbreviated, format and stand-alone forms), lower
case; spellings news prints that CLDR lacks are added by hand. Abbreviations are only those
date stamps use that are not ordinary words elsewhere ("des", "sie", "kas" are left out).
"""

MONTHS = (
    ("januar", "jänner"),
    ("februar",),
    ("märz", "maerz"),
    ("april",),
    ("mai",),
    ("juni",),
    ("juli",),
    ("august",),
    ("september",),
    ("oktober",),
    ("november",),
    ("dezember",),
)
MONTH_ABBREVIATIONS = (
    ("jän",),
    (),
    ("mär",),
    (),
    (),
    (),
    (),
    (),
    (),
    ("okt",),
    (),
    ("dez",),
)
# Monday first
WEEKDAYS = (
    ("montag",),
    ("dienstag",),
    ("mittwoch",),
    ("donnerstag",),
    ("freitag",),
    ("samstag", "sonnabend"),
    ("sonntag",),
)
# parts of the day written joined to a weekday ("Montagabend", "Sonntagmorgen")
DAY_PARTS = ("abend", "morgen", "nacht", "nachmittag", "früh", "mittag", "vormittag")
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
# month names are capitalised, so a lower-case short one ("may") is an ordinary word
CAPITALISED = True

# Words between a date and its time in a stamp ("12 May at 10:00")
DATE_CONNECTORS = ("um", "und")

# Words a date stamp line carries besides the date ("Updated on ...")
STAMP_WORDS = ("veröffentlicht", "aktualisiert")

# Days named relative to the day of writing ("yesterday": -1)
DAY_OFFSETS = {"gestern": -1, "heute": 0}
# "today" that is the present age too ("heute arbeiten dort 300 Menschen"):
# in a clause telling no past nor future it dates nothing
NOWADAYS = ("heute",)

# Tense around a date expression (`summarize.reldates`, whose docstring tells how they
# are read): which weekday, year-less date or month the sentence means
LAST_WEEK = (
    "vergangene Woche", "vergangenen Woche", "letzte Woche", "letzten Woche", "vorige Woche",
    "vorigen Woche",
)  # fmt: skip
FUTURE_CUES = (
    "nächste", "nächsten", "nächster", "kommende", "kommenden", "kommender", "wird", "werden",
    "könnte", "soll", "sollen",
)  # fmt: skip
# past auxiliaries, and past forms news tells with ("sagte", "kam")
PAST_AUXILIARIES = (
    "hatte", "hatten", "war", "waren", "wurde", "wurden", "sagte", "sagten", "teilte", "teilten",
    "erklärte", "erklärten", "kam", "kamen", "starb", "starben", "gab", "gaben", "ging", "gingen",
    "fand", "fanden", "brach", "brachen", "lag", "lagen", "stand", "standen", "fiel", "fielen",
    "traf", "trafen", "begann", "begannen", "stieg", "stiegen", "meldete", "meldeten",
    "berichtete", "berichteten", "bestätigte", "bestätigten", "nahm", "nahmen", "kündigte",
    "kündigten",
)  # fmt: skip
# the Perfekt: "hat", "ist" and, later in the clause, a participle in lower case ("hat am
# Montag die Brücke gesperrt", "ist ausgebrochen"); not one that tells a plan ("ist für März
# geplant")
# the first person too: quotations speak in it ("wir haben am Donnerstag geschlossen")
PERFECT_AUXILIARIES = ("hat", "haben", "ist", "sind", "habe", "bin")
PERFECT_PARTICIPLE = (
    r"(?!geplant\b|vorgesehen\b|angesetzt\b|erwartet\b)"
    r"[a-zäöüß]*ge[a-zäöüß]{2,}(?:t|en)|[a-zäöüß]{3,}iert"
)
PERFECT_GAP = 8
PAST_BEFORE = ("vergangene", "vergangenen", "letzte", "letzten", "vorige", "vorigen", "seit")
# before a date the sentence looks ahead to ("a strike called for October 14")
TARGET_BEFORE = ("für den", "für", "bis zum", "bis", "bis mindestens", "bis zumindest")
# verbs that set a day to come, for a weekday: "für Montag ins Ministerium einbestellt"
TARGET_VERBS = ("einbestellt", "geplant", "angesetzt", "vorgesehen", "erwartet", "terminiert")
# before a weekday or month: a habit, no date ("jeden Sonntag")
HABITUAL_BEFORE = ("jeden", "jede", "jedem")
# in a sentence telling of many years, a month named alone is no one month ("Hagel im Juli ist
# nichts Neues, doch in den letzten Jahren …")
HABITUAL_YEARS = (
    "jedes Jahr", "Jahr für Jahr", "alljährlich", "in den letzten Jahren",
    "in den vergangenen Jahren", "seit Jahren", "jeden Sommer", "jeden Winter",
)  # fmt: skip
# after a month or a date: its year ("im März dieses Jahres", "am 11. März letzten Jahres")
YEAR_OFFSETS = {
    "dieses Jahres": 0, "diesen Jahres": 0, "des laufenden Jahres": 0, "vergangenen Jahres": -1,
    "des vergangenen Jahres": -1, "letzten Jahres": -1, "des Vorjahres": -1, "vorigen Jahres": -1,
    "nächsten Jahres": 1, "des nächsten Jahres": 1, "kommenden Jahres": 1,
    "des kommenden Jahres": 1,
}  # fmt: skip
# a night told by the two days it lies between: one date, the morning's
NIGHT_SPANS = ("Nacht von {} auf {}", "Nacht von {} zum {}", "Nacht zwischen {} und {}")
MONTH_PREPOSITIONS = ("im", "seit")
MONTH_PARTS = ("Anfang", "Mitte", "Ende")
# a day that dates what the sentence comes after ("nach dem Angriff vom Montag") is no date of
# the sentence: after one of AFTER_EVENT, an article of NOUN_ARTICLES, a noun and DAY_OF
AFTER_EVENT = ("nach", "seit")
NOUN_ARTICLES = ("dem", "der", "den")
DAY_OF = ("vom", "von")
# around a weekday: some day, not one the day of writing tells ("on a Friday", "the
# following Wednesday" of a story told from its own days)
UNDATED_BEFORE = ("einem", "eines", "am folgenden", "am darauffolgenden", "am vorigen")
# before a day: the start or the end of a span, not the day a thing happened. A date
# divergence compares a start with starts only and leaves an end out ("in force from Friday"
# beside "approved on Wednesday", "recaptured by Monday morning" beside "found on Sunday")
SPAN_START_BEFORE = ("ab", "ab dem", "seit", "seit dem")
SPAN_END_BEFORE = ("bis", "bis zum", "bis am", "bis spätestens", "spätestens", "vor dem", "bis mindestens")
# a street or square named after a day ("Straße des 17. Juni", "Platz des 18. März"): a name,
# no date of the story
PLACE_NOUNS = ("Straße", "Strasse", "Str", "Platz", "Allee")
PLACE_LINKS = ("des", "vom")
# before a day: a span that opens on it and runs on, a day to come unless a past verb
# tells it ("from Saturday, children can ..."); words that also mean "since"
# ("od", "da", "desde") are left out: "od soboty trwa" is gone by
FORWARD_START_BEFORE = ("ab", "ab dem", "ab diesem", "ab kommendem")
# present-tense verbs of a planned start: a weekday in their clause is the next one, when
# the clause tells no past ("the campaign, which begins on Saturday")
PLAN_VERBS = ("beginnt", "startet", "öffnet")
# a conjecture about the past ("would have allowed", "soll ... gelangt sein"): its
# modal is no future, and a day in its clause is gone by
CONJECTURE_PERFECT = (
    r"\b(?:soll|sollen|dürfte|dürften|könnte|könnten|müsste|müssten)\b[^,;:.]*?\s"
    r"[a-zäöüß]{3,}(?:t|en)\s+(?:worden\s+|gewesen\s+)?(?:sein|haben)\b"
)
# before a day: the day a state lasts until ("closed until Monday"), no day of a happening;
# a deadline ("by Monday") is not one
UNTIL_BEFORE = ("bis", "bis zum", "bis am", "bis mindestens")
