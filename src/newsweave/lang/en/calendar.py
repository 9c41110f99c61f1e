"""English month and weekday names.

Names are CLDR's (Babel 2.19: wide and abbreviated, format and stand-alone forms), lower
case; spellings news prints that CLDR lacks are added by hand. Abbreviations are only those
date stamps use that are not ordinary words elsewhere ("des", "sie", "kas" are left out).
"""

MONTHS = (
    ("january",),
    ("february",),
    ("march",),
    ("april",),
    ("may",),
    ("june",),
    ("july",),
    ("august",),
    ("september",),
    ("october",),
    ("november",),
    ("december",),
)
MONTH_ABBREVIATIONS = (
    ("jan",),
    ("feb",),
    ("mar",),
    ("apr",),
    (),
    ("jun",),
    ("jul",),
    ("aug",),
    ("sep", "sept"),
    ("oct",),
    ("nov",),
    ("dec",),
)
# Monday first
WEEKDAYS = (
    ("monday",),
    ("tuesday",),
    ("wednesday",),
    ("thursday",),
    ("friday",),
    ("saturday",),
    ("sunday",),
)
WEEKDAY_ABBREVIATIONS = (
    ("mon",),
    ("tue", "tues"),
    ("wed",),
    ("thu", "thur", "thurs"),
    ("fri",),
    ("sat",),
    ("sun",),
)
# 05/06/2024 is 5 June in Britain, May 6 in the US: English does not settle it
DAY_FIRST = None
# month names are capitalised, so a lower-case short one ("may") is an ordinary word
CAPITALISED = True

# Words between a date and its time in a stamp ("12 May at 10:00")
DATE_CONNECTORS = ("at", "and")

# Words a date stamp line carries besides the date ("Updated on ...")
STAMP_WORDS = ("published", "posted", "updated", "last", "modified", "on", "at", "and")

# Days named relative to the day of writing ("yesterday": -1)
DAY_OFFSETS = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}
# "today" that is the present age too ("vaccines used today protect against flu"):
# in a clause telling no past nor future it dates nothing
NOWADAYS = ("today",)

# Tense around a date expression (`summarize.reldates`, whose docstring tells how they
# are read): which weekday, year-less date or month the sentence means
LAST_WEEK = ("last week",)
FUTURE_CUES = (
    "will", "would", "could", "shall", "next", "upcoming", "expected to", "plan to", "plans to",
    "is due to", "are due to", "is set to", "are set to", "scheduled to", "is to", "are to",
)  # fmt: skip
# past auxiliaries, and past forms that do not end in "-ed" ("said", "broke", "hit")
PAST_AUXILIARIES = (
    "was", "were", "had", "did", "been", "said", "told", "came", "went", "took", "broke",
    "struck", "fell", "began", "found", "gave", "held", "left", "lost", "made", "met", "rose",
    "saw", "sent", "spoke", "stood", "won", "wrote", "led", "fled", "flew", "drove", "ran",
    "sank", "swept", "shot", "caught", "brought", "fought", "kept", "felt", "heard", "paid",
    "became", "got", "knew", "grew", "threw", "blew", "tore", "froze", "chose", "stole", "spent",
    "built", "meant", "hit", "spread", "shut", "hurt", "burst", "slid", "sought", "arose", "woke",
)  # fmt: skip
PAST_ENDINGS = (("ed", 2),)  # (ending, shortest stem): "reported"
PAST_MARKS = ("last",)  # "last February"
PAST_BEFORE = ("last", "since")  # "since Wednesday" is past too
# before a date the sentence looks ahead to ("a strike called for October 14")
TARGET_BEFORE = ("for", "until", "till", "until at least", "till at least")
# verbs that set a day to come: "summoned the management to Warsaw for talks on Monday"
TARGET_VERBS = (
    "summoned", "summons", "scheduled", "rescheduled", "expected", "planned",
    "set for", "slated",
)  # fmt: skip
# before a weekday or month: a habit, no date ("every Sunday", "people book their July
# holidays"; not "his", "her", "its": one person's or body's day may be one day)
HABITUAL_BEFORE = ("every", "each", "every other", "their", "our", "your")
# in a sentence telling of many years, a month named alone is no one month ("hail in July is
# nothing new, but in recent years it has come more often")
HABITUAL_YEARS = (
    "every year", "each year", "year after year", "in recent years", "in recent decades",
    "over the years", "every summer", "every winter", "each summer", "each winter",
)  # fmt: skip
# after a month or a date: its year ("in March this year", "on 11 March last year")
YEAR_OFFSETS = {
    "this year": 0, "of this year": 0, "earlier this year": 0, "later this year": 0,
    "last year": -1, "of last year": -1, "the previous year": -1, "next year": 1,
    "of next year": 1,
}  # fmt: skip
# a night told by the two days it lies between: one date, the morning's
NIGHT_SPANS = ("night between {} and {}", "night from {} to {}", "night of {} to {}", "overnight from {} to {}")
MONTH_PREPOSITIONS = ("in", "since")
MONTH_PARTS = ("early", "mid", "late")
# a day that dates what the sentence comes after ("after Monday's attack", "after the attack of Monday") is no date of
# the sentence: after one of AFTER_EVENT, an article of NOUN_ARTICLES, a noun and DAY_OF
AFTER_EVENT = ("after", "since", "following")
NOUN_ARTICLES = ("the",)
DAY_OF = ("of",)
# between a month and its year ("September of 2026")
YEAR_LINKS = ("of",)
# around a weekday: some day, not one the day of writing tells ("on a Friday", "the
# following Wednesday" of a story told from its own days)
UNDATED_BEFORE = ("a", "an", "one", "the following", "the previous", "the preceding")
# before a day: the start or the end of a span, not the day a thing happened. A date
# divergence compares a start with starts only and leaves an end out ("in force from Friday"
# beside "approved on Wednesday", "recaptured by Monday morning" beside "found on Sunday")
SPAN_START_BEFORE = ("from", "since", "as of", "starting", "beginning")
SPAN_END_BEFORE = ("by", "until", "till", "up to", "before", "until at least", "till at least")
# before a day: a span that opens on it and runs on, a day to come unless a past verb
# tells it ("from Saturday, children can ..."); words that also mean "since"
# ("od", "da", "desde") are left out: "od soboty trwa" is gone by
FORWARD_START_BEFORE = ("from", "as of", "starting", "starting on", "starting from", "beginning", "beginning on", "effective")
# present-tense verbs of a planned start: a weekday in their clause is the next one, when
# the clause tells no past ("the campaign, which begins on Saturday")
PLAN_VERBS = ("begins", "starts", "opens", "reopens", "kicks off", "takes effect", "comes into force")
# a conjecture about the past ("would have allowed", "soll ... gelangt sein"): its
# modal is no future, and a day in its clause is gone by
CONJECTURE_PERFECT = (
    r"\b(?:would|could|might|may|must|should)(?:\s+not)?\s+have\s+(?:been\s+)?[a-z]{3,}"
)
# before a day: the day a state lasts until ("closed until Monday"), no day of a happening;
# a deadline ("by Monday") is not one
UNTIL_BEFORE = ("until", "till", "until at least", "till at least")
