"""Dutch number words (see newsweave.text.numbers, which reads them)."""

# cardinals newsrooms spell out, with their value ("a dozen" included)
WORDS = {
    "één": 1,
    "twee": 2,
    "drie": 3,
    "vier": 4,
    "vijf": 5,
    "zes": 6,
    "zeven": 7,
    "acht": 8,
    "negen": 9,
    "tien": 10,
    "elf": 11,
    "twaalf": 12,
    "dertien": 13,
    "veertien": 14,
    "vijftien": 15,
    "zestien": 16,
    "zeventien": 17,
    "achttien": 18,
    "negentien": 19,
    "twintig": 20,
    "dertig": 30,
    "veertig": 40,
    "vijftig": 50,
    "zestig": 60,
    "zeventig": 70,
    "tachtig": 80,
    "negentig": 90,
    "honderd": 100,
    "duizend": 1000,
    "dozijn": 12,
}
# words that multiply the figure before them ("105 billion", "1,5 millions")
SCALES = {
    "duizend": 1e3,
    "miljoen": 1e6,
    "miljoenen": 1e6,
    "miljard": 1e9,
    "miljarden": 1e9,
    "biljoen": 1e12,
}
# indefinite articles that also mean "one": a figure only before a scale word ("a thousand")
ARTICLES = ("een",)
# words before a number word that make it vague ("several dozen", "des dizaines")
VAGUE = ("enkele", "verscheidene", "tientallen", "honderden", "duizenden")
# words between a part and its whole, both counts ("vijf van de zeven leden"): the part counts the whole's kind
PARTITIVES = ("van", "van de")
# other words that say how many ("zero", "half", "first"): repeats differing in them differ
COUNTING = ("nul",)
# unit words after a figure ("a 24-hour strike", "12 segundos"), lower case, and the
# unit they normalise to (compare/numbers.py; symbols such as "%" and "km" live there)
UNITS = {
    "kilovolt": "kV",
    "megawatt": "MW",
    "zeemijl": "nmi",
    "zeemijlen": "nmi",
    "mijl": "mi",
    "procent": "%",
    "kilometer": "km",
    "meter": "m",
    "ton": "t",
    "hectare": "ha",
    "minuten": "min",
    "minuut": "min",
    "uur": "h",
    "seconden": "s",
    "seconde": "s",
    "dagen": "d",
    "dag": "d",
    "weken": "wk",
    "week": "wk",
    "jaar": "yr",
    "maanden": "month",
    "maand": "month",
    "decennia": "decade",
    "decennium": "decade",
}

# What a count counts, by class shared across languages (compare/numbers.py)
COUNTED = {
    "protesters": ("demonstranten", "betogers", "betoogden"),  # a crowd counted by police and organisers
    "dead": ("doden", "dode", "omgekomen", "overleden", "gedood"),
    "injured": ("gewonden", "gewonde", "gewond"),
    "missing": ("vermisten", "vermist", "vermiste"),
    # the displaced too, as the ar, id and ko lists have them
    "evacuated": ("geëvacueerd", "geevacueerd", "evacués", "ontheemd", "ontheemden", "hun_huizen", "hun_woning"),  # "forced from their homes": the displaced
    "buildings": ("gebouwen", "huizen", "woningen"),
    "troops": ("soldaten", "troepen", "militairen"),
    "firefighters": ("brandweerlieden", "brandweermannen"),
    "rescuers": ("reddingswerkers", "hulpverleners"),  # crews at work in a rescue, counted apart from firefighters
    "people": ("mensen", "personen", "inwoners", "bewoners", "passagiers", "reizigers"),
    "goals": ("doelpunten", "doelpunt", "goals"),
    "aftershocks": ("naschokken",),
    "cases": ("gevallen", "besmettingen"),
    "countries": ("landen",),
    # jobs cut or created: a figure outlets give for layoffs and plans
    "jobs": ("banen", "arbeidsplaatsen"),
    # votes for a motion or a ruling: a tally outlets give for one vote
    "votes": ("stemmen",),
}

# Words between the two figures of a vote ("Mit 79 zu 58 Stimmen"), not of a range
TALLY_LINKS = ("tegen",)

# "and a half" after a figure or after its unit ("three and a half hours", "tres horas y
# media"): half a unit more
HALVES = ("en een half", "en half")
# Fractions: word -> denominator, and the words opening what is shared (compare/shares.py)
FRACTIONS = {"helft": 2, "derde": 3, "kwart": 4, "vijfde": 5}
FRACTION_OF = ("van", "der")
# ordinals before a half: a part of a match or a year, not a share ("de tweede helft")
HALF_ORDINALS = ("eerste", "tweede")

# a range of two figures ("between 30 and 40 people"): one figure, from the first to the second
RANGE_OPENERS = ("tussen",)
RANGE_JOINERS = ("en",)

# Words after a span of time that name what it counts from ("20 minutes after take-off"):
# two spans from different moments are two figures (compare/figures.py)
SPAN_ANCHORS = ('na', 'voor', 'sinds')

# what is left of a whole, next to its figure ("the remaining 16"; compare.parts)
REMAINDER_WORDS = ("overige", "resterende", "andere")
# a cut by half, read as a share of 50% (compare/shares.py): "halving plastic discharges"
HALVING = ('halveren', 'gehalveerd', 'halveert', 'met de helft')

# A clock hour: "om 16 uur", "rond 8 uur" (a time; "48 uur" alone is a span)
CLOCK_HOURS = ("uur",)
CLOCK_PREPOSITIONS = ("om", "rond", "omstreeks", "vanaf", "sinds")
# a clock time after these is a bound of the moment (see lang/en/numbers.py)
CLOCK_AFTER = ("na",)
CLOCK_BEFORE = ("voor",)
# the word before an hour that makes it half an hour earlier ("half zehn"/"half tien": 9.30)
HALF_HOUR_BEFORE = ("half",)

# After a verb of rising, the figure a subject rose to ("the toll has risen to four")
RISE_LINKS = ("tot", "naar")

# Words for degrees after a figure; in Celsius unless Fahrenheit follows ("47,9 graden")
DEGREE_WORDS = ("graden", "graad")
CELSIUS_WORDS = ("graden", "graad")

# Words that make a figure a quota, not a count ("76 votes were needed", "servivano 76 voti")
NEED_WORDS = ("nodig", "vereist")

# The word before the old value of a change ("will rise to 33.50 from 31.40", "z 31,40 zł
# do 33,50 zł"): what the figure was, not what it is (compare/quantity.py `previous_values`)
CHANGE_FROM = ("van", "vanaf")
# the word between the two ends of a range ("one to three days", "da uno a tre giorni"; a
# dash is every language's)
RANGE_TO = ("tot",)

# Words after a length that say where it is measured from ("28 km above Mértola", "à une
# quinzaine de kilomètres de la frontière", "2.150 mètres d'altitude"), and the relation
# they name: two lengths from two things are two figures (compare/values.py `measured_from`)
LENGTH_RELATIONS = {"rond": "around", "van": "from", "boven": "above", "onder": "below"}
# ... and the bearings a length may go with ("31 km east of Varnsee", "à 60 km au nord-est de
# Ostrow"): a length in one direction from a place, as the direction's letters
LENGTH_BEARINGS = {
    "noorden": "N", "zuiden": "S", "oosten": "E", "westen": "W", "noordoosten": "NE", "noordwesten": "NW",
    "zuidoosten": "SE", "zuidwesten": "SW",
}

# A person's noun, then one of AGE_OF, then a figure in years: an age ("una mujer de 45
# años", "een man van 58 jaar"), not a span of years (compare/quantity.py `is_age`)
AGE_OF = ("van",)
AGE_HOLDERS = (
    "man", "vrouw", "jongen", "meisje", "kind", "zoon", "dochter", "echtpaar", "stel",
    "huwelijk", "bewoner", "bewoonster", "bestuurder", "toerist", "vader", "moeder",
)

# A time zone in words after a clock time, as the zone it names ("13.41 Uhr deutscher Zeit":
# Germany's); local time is no zone of its own (the time of an unmarked clock time)
TIME_ZONE_WORDS = (
    ("lokale tijd", ""), ("plaatselijke tijd", ""), ("Nederlandse tijd", "NL"), ("Belgische tijd", "BE"),
)

# Nouns a year after names a thing by ("Barolo z rocznika 2021", "le millésime 2025"): a
# label, no moment of the event (compare/figures.py)
YEAR_NAMERS = ("jaargang", "oogst", "model", "editie")
# a figure after these words is a level on a scale ("level 2", "Stufe 3"): one label, compared as such
LEVEL_WORDS = ("niveau", "categorie", "fase")
# a negation before "less than" / "more than" turns the bound round ("no fewer than 60" is
# at least 60, "no more than 60" at most): the negators, the words of comparison after the
# qualifier, and qualifiers read only so negated
APPROX_NEGATORS = ("niet", "geen")
APPROX_THAN = ("dan",)
APPROX_NEGATED = {"minder": ">="}

# Volumes, with their factor to litres (see lang/en/numbers.py)
VOLUME_UNITS = {
    'liter': ('L', 1.0),
    'hectoliter': ('L', 100.0),
    'kubieke meter': ('L', 1000.0),
    'vaten': ('L', 159.0),
}

# A minute of a match: "in de 34e minuut", "in de 34ste minuut"
MINUTE_SUFFIXES = ("e", "ste", "de")
MINUTE_WORDS = ("minuut",)

# A measure per span of time is a rate (compare/rates.py): "35 m³ per second", a yearly
# volume ("jährlich 1,4 Milliarden Kubikmeter"); PER_UNIT and RATE_PER lead the span
PER_YEAR_WORDS = ("jaarlijks", "jaarlijkse")
RATE_PER = ("per",)

# Words between a figure (or its currency word) and the currency it is quoted against: an
# exchange rate ("27.45 per euro", "27,45 za euro", "27,45 pour un euro"), no amount
# (compare/rates.py `exchange_base`)
EXCHANGE_PER = ("per", "tegen de", "tegenover de", "ten opzichte van de")

# Words that make a span of years or days a term in custody, right after it or its unit
# ("six years in prison", "sei anni di carcere") or before it and a preposition ("jailed
# for six years", "condenado a seis años"): a figure outlets disagree on as on a toll,
# compared across facts (compare/slots.py `custodial`)
CUSTODY_WORDS = ("cel", "celstraf", "gevangenis", "gevangenisstraf", "veroordeeld")

# Words that make a length a depth, right after it and its unit ("380 metres below ground",
# "410 Metern Tiefe") or before it ("na głębokości 380 metrów", "at a depth of"): one
# dimension however told (compare/slots.py `dimension`)
DEPTH_WORDS = ("diepte", "diep", "onder de grond", "ondergronds")

# Words before a figure that deny it beside another of its kind ("25 years instead of 30";
# APPROX_NEGATORS too: "voor 25 jaar, en niet voor 30 jaar zoals aangekondigd"): what was
# said before, no figure the outlet gives (compare/denials.py)
INSTEAD_OF = ("in plaats van",)

# A part of the day after an hour (compare/clock.py): hours it adds to an hour of 1 to 11
# ("at eight in the evening" is 20:00)
DAYPARTS = {
    "'s ochtends": 0,
    "'s morgens": 0,
    "'s middags": 12,
    "'s avonds": 12,
    'in de ochtend': 0,
    'in de avond': 12,
}
