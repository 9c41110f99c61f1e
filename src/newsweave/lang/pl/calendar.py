"""Polish month and weekday names.

Names are CLDR's (Babel 2.19: wide and abbreviated, format and stand-alone forms), lower
case; spellings news prints that CLDR lacks are added by hand. Abbreviations are only those
date stamps use that are not ordinary words elsewhere ("des", "sie", "kas" are left out).
"""

MONTHS = (
    ("stycznia", "styczeń"),
    ("lutego", "luty"),
    ("marca", "marzec"),
    ("kwietnia", "kwiecień"),
    ("maja", "maj"),
    ("czerwca", "czerwiec"),
    ("lipca", "lipiec"),
    ("sierpnia", "sierpień"),
    ("września", "wrzesień"),
    ("października", "październik"),
    ("listopada", "listopad"),
    ("grudnia", "grudzień"),
)
MONTH_ABBREVIATIONS = (
    (),
    (),
    (),
    (),
    (),
    (),
    (),
    (),
    (),
    (),
    (),
    (),
)
# Monday first
# with the accusative ("w środę") and the genitive ("do piątku", "z poniedziałku na wtorek")
WEEKDAYS = (
    ("poniedziałek", "poniedziałku"),
    ("wtorek", "wtorku"),
    ("środa", "środę", "środy"),
    ("czwartek", "czwartku"),
    ("piątek", "piątku"),
    ("sobota", "sobotę", "soboty"),
    ("niedziela", "niedzielę", "niedzieli"),
)
WEEKDAY_ABBREVIATIONS = (
    ("pon",),
    (),
    (),
    ("czw",),
    (),
    ("sob",),
    ("niedz",),
)
# numeric dates put the day first: 05/06/2024 is 5 June
DAY_FIRST = True
# month names are written in lower case
CAPITALISED = False

# Words between a date and its time in a stamp ("12 May at 10:00")
DATE_CONNECTORS = ("o godz", "godz")

# Days named relative to the day of writing ("yesterday": -1)
DAY_OFFSETS = {"wczoraj": -1, "dziś": 0, "dzisiaj": 0, "jutro": 1}
# "today" that is the present age too ("używane dziś szczepionki"):
# in a clause telling no past nor future it dates nothing
NOWADAYS = ("dziś", "dzisiaj")

# Tense around a date expression (`summarize.reldates`, whose docstring tells how they
# are read): which weekday, year-less date or month the sentence means
LAST_WEEK = ("w zeszłym tygodniu", "w ubiegłym tygodniu", "w minionym tygodniu")
# read by the timeline only (FUTURE_CUES is read by `compare` too)
FUTURE_WORDS = (
    "przyszły", "przyszłą", "przyszłym", "najbliższy", "najbliższą", "najbliższym", "będzie",
    "będą", "zostanie", "zostaną",
)  # fmt: skip
# past auxiliaries, and past forms news tells with
PAST_AUXILIARIES = (
    "był", "była", "było", "byli", "były", "został", "została", "zostało", "zostali", "zostały",
    "doszło",
)  # fmt: skip
# read by the timeline only: the past's endings ("zatrzymała", "ogłosił", "zmarli"), and
# the impersonal past ("odwołano", "przywrócono", "zamknięto")
PAST_FORM_ENDINGS = (
    ("ał", 2), ("ała", 3), ("ało", 3), ("ali", 4), ("ały", 3), ("ił", 2), ("iła", 2), ("iło", 2),
    ("ili", 3), ("ył", 2), ("yła", 2), ("yło", 2), ("yli", 3), ("eli", 3), ("ęła", 2), ("ął", 2),
    ("szło", 2), ("szła", 2), ("szli", 2), ("arł", 2), ("arła", 2), ("arli", 2),
    ("ano", 4), ("ono", 4), ("ęto", 3),
)  # fmt: skip
# "w ubiegły czwartek", "w zeszłą środę"
PAST_BEFORE = (
    "ubiegły", "ubiegłą", "ubiegłym", "zeszły", "zeszłą", "zeszłym", "miniony", "minioną",
    "ostatni", "ostatnią",
)  # fmt: skip
# before a date the sentence looks ahead to ("do piątku", "zaplanowano na piątek")
TARGET_BEFORE = ("do", "na")
# verbs that set a day to come, for a weekday: "zostali wezwani na rozmowy w poniedziałek"
TARGET_VERBS = (
    "wezwani", "wezwany", "wezwana", "wezwał", "wezwała", "wezwało", "zaplanowano",
    "zaplanowany", "zaplanowana", "zaplanowane", "zaplanowali", "zwołano", "zwołał", "zwołała",
    "wyznaczono", "przewidziano",
)  # fmt: skip
# before a weekday or month: a habit, no date ("w każdą niedzielę", "co niedzielę")
HABITUAL_BEFORE = ("każdy", "każdą", "co")
# in a sentence telling of many years, a month named alone is no one month ("grad w lipcu to
# nic nowego, ale w ostatnich latach …")
HABITUAL_YEARS = (
    "co roku", "każdego roku", "rok w rok", "z roku na rok", "corocznie", "w ostatnich latach",
    "od lat", "każdego lata", "każdej zimy",
)  # fmt: skip
# after a month or a date: its year ("11 marca ubiegłego roku", "w marcu tego roku")
YEAR_OFFSETS = {
    "tego roku": 0, "br.": 0, "bieżącego roku": 0, "ubiegłego roku": -1, "zeszłego roku": -1,
    "ub.r.": -1, "przyszłego roku": 1,
}  # fmt: skip
# a night told by the two days it lies between: one date, the morning's
NIGHT_SPANS = ("nocy z {} na {}",)
# before a day: the start or the end of a span, not the day a thing happened. A date
# divergence compares a start with starts only and leaves an end out ("in force from Friday"
# beside "approved on Wednesday", "recaptured by Monday morning" beside "found on Sunday")
SPAN_START_BEFORE = ("od",)
SPAN_END_BEFORE = ("do",)
# a street or square named after a day ("ul. 3 Maja", "plac 11 Listopada"): a name, no date
# of the story
PLACE_NOUNS = (
    "ul", "ulica", "ulicy", "ulicę", "al", "aleja", "alei", "aleję", "plac", "placu", "rondo",
    "ronda", "osiedle", "osiedlu",
)  # fmt: skip
# before a day: a span that opens on it and runs on, a day to come unless a past verb
# tells it ("from Saturday, children can ..."); words that also mean "since"
# ("od", "da", "desde") are left out: "od soboty trwa" is gone by
FORWARD_START_BEFORE = ("począwszy od",)
# present-tense verbs of a planned start: a weekday in their clause is the next one, when
# the clause tells no past ("the campaign, which begins on Saturday")
PLAN_VERBS = ("rozpoczyna się", "zaczyna się", "rusza", "wchodzi w życie")
# before a day: the day a state lasts until ("closed until Monday"), no day of a happening;
# a deadline ("by Monday") is not one
UNTIL_BEFORE = ("do",)
