"""English number words (see newsweave.text.numbers, which reads them)."""

# cardinals newsrooms spell out, with their value ("a dozen" included)
WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "thousand": 1000,
    "dozen": 12,
}
# words that multiply the figure before them ("105 billion", "1,5 millions")
SCALES = {
    "dozen": 12,  # "two dozen": 24
    "thousand": 1e3,
    "thousands": 1e3,
    "million": 1e6,
    "millions": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "billion": 1e9,
    "billions": 1e9,
    "bn": 1e9,
    "trillion": 1e12,
    "trillions": 1e12,
    "tn": 1e12,
}
# indefinite articles that also mean "one": a figure only before a scale word ("a thousand")
ARTICLES = ("a", "an")
# words before a number word that make it vague ("several dozen", "des dizaines")
VAGUE = ("several", "few", "many", "some", "tens", "hundreds", "thousands", "millions", "dozens")
# words before a number word that make it none ("no one was hurt", "not one")
NONE = ("no", "not")
# words between a part and its whole, both counts ("five of the seven board members"): the part counts the whole's kind
PARTITIVES = ("of", "of the")
# A share as a ratio ("neuf trains sur dix"): the words between two counts, a noun
# maybe before them, when the second is ten, a hundred or a thousand; and those
# that make a ratio of any second count, nothing between ("one in five")
RATIO_JOINERS = ("out of",)
RATIO_ANY = ("in",)
# other words that say how many ("zero", "half", "first"): repeats differing in them differ
COUNTING = (
    "zero",
    "half",
    "first",
    "second",
    "third",
    "hundreds",
    "thousands",
    "millions",
    "billions",
    "dozens",
)
# unit words after a figure ("a 24-hour strike", "12 segundos"), lower case, and the
# unit they normalise to (compare/numbers.py; symbols such as "%" and "km" live there)
UNITS = {
    "kilovolt": "kV",
    "kilovolts": "kV",
    "megawatt": "MW",
    "megawatts": "MW",
    "nautical": "nmi",  # "three nautical miles"
    "percent": "%",
    "per": "%",
    "pct": "%",
    "kilometres": "km",
    "kilometre": "km",
    "kilometers": "km",
    "kilometer": "km",
    "miles": "mi",
    "mile": "mi",
    "feet": "ft",
    "foot": "ft",
    "metres": "m",
    "metre": "m",
    "centimetres": "cm",
    "centimetre": "cm",
    "centimeters": "cm",
    "centimeter": "cm",
    "inches": "inch",
    "inch": "inch",
    "meters": "m",
    "meter": "m",
    "tonnes": "t",
    "tonne": "t",
    "tons": "t",
    "ton": "t",
    "hectares": "ha",
    "hectare": "ha",
    "minutes": "min",
    "minute": "min",
    "hours": "h",
    "hour": "h",
    "seconds": "s",
    "second": "s",
    "days": "d",
    "day": "d",
    "weeks": "wk",
    "week": "wk",
    "years": "yr",
    "year": "yr",
    "decades": "decade",
    "decade": "decade",
    "months": "month",
    "month": "month",
}
# currency words after (or before) a figure, and their ISO code
CURRENCIES = {
    "zloty": "PLN",
    "zlotys": "PLN",
    "zlotych": "PLN",
    "dollar": "USD",
    "dollars": "USD",
    "euro": "EUR",
    "euros": "EUR",
    "pound": "GBP",
    "pounds": "GBP",
    "sterling": "GBP",
    "ruble": "RUB",
    "rubles": "RUB",
    "roubles": "RUB",
    "rouble": "RUB",
    "roubles.": "RUB",
    "yuan": "CNY",
    "won": "KRW",
    "yen": "JPY",
    "lira": "TRY",
}
# qualifiers before a figure: more than (>), at least (>=), about (~), less than (<)
APPROX = {
    "more": ">",
    "over": ">",
    "above": ">",
    "plus": ">",
    "exceeding": ">",
    "least": ">=",
    "about": "~",
    "around": "~",
    "nearly": "<",  # "nearly 100" is short of 100: it contradicts "more than 100"
    "almost": "<",
    "approximately": "~",
    "some": "~",
    "roughly": "~",
    "before": "~",
    "shortly": "~",
    "less": "<",
    "under": "<",
    "fewer": "<",
}
# the word opening a qualifier of two (shown with the figure in a divergence)
APPROX_LEADS = ("at",)  # "at least"
# prepositions before a clock time
CLOCK_PREPOSITIONS = ("at", "by", "until", "since")
# a clock time after these is a bound of the moment, in the hour it names ("shortly after 5am"
# holds 5.20; compare/values.py `same_figure`)
CLOCK_AFTER = ("after",)
CLOCK_BEFORE = ("before",)
# Time zones after a clock time, read in every language, as the zone they name ("GMT" and
# "UTC" are one): a time in one zone is not compared with a time in another or in none
TIME_ZONES = (
    ("GMT", "UTC"), ("UTC", "UTC"), ("TU", "UTC"), ("CET", "CET"), ("MEZ", "CET"),
    ("CEST", "CEST"), ("MESZ", "CEST"), ("BST", "BST"), ("ET", "ET"), ("EST", "ET"),
    ("EDT", "ET"), ("PT", "PT"), ("PST", "PT"), ("PDT", "PT"), ("CST", "CT"), ("CDT", "CT"),
    ("JST", "JST"), ("MSK", "MSK"), ("IST", "IST"), ("AEST", "AET"), ("AEDT", "AET"),
)  # fmt: skip
# words before a figure that make it an earthquake magnitude
MAGNITUDE_WORDS = ("magnitude", "richter")
# quake words after a decimal figure (folded): a magnitude too ("a 7.8 quake")
QUAKE_WORDS = ("earthquake", "quake", "tremor", "aftershock")
# verbs after a figure that lead to its toll, no noun of it ("11 remain missing")
TOLL_LINKS = ("remain", "remained", "remains", "are", "got")
# adjectives skipped when reading what a count counts ("200 new cases")
NOUN_SKIP = ("new", "more", "other", "additional", "extra", "further")
# what a count counts, by coarse class shared across languages (compare/numbers.py)
# Nobody, before a word of a toll ("no one was killed", "keine Toten"): a count of
# zero of that toll (compare/numbers.py `_zeros`)
NOBODY = ("no one", "nobody", "no deaths", "no casualties", "no fatalities")
# ... unless one of these follows it: nobody among a toll ("nessuno dei feriti") is no toll
NOBODY_AMONG = ("among", "of")
COUNTED = {
    "protesters": ("protesters", "demonstrators", "marchers", "marched", "paraded", "demonstrated", "protested"),  # a crowd counted by police and organisers
    "dead": ("dead", "killed", "killing", "death", "deaths", "died", "dying", "toll", "fatal", "their_lives", "the_life"),  # "lost their lives", a translation's "lost the life"
    "injured": ("injured", "injuring", "wounded", "hurt"),
    "missing": ("missing",),
    # the displaced too, as the ar, id and ko lists have them
    "evacuated": ("evacuated", "evacuees", "evacuation", "displaced", "evicted", "their_homes", "moved_out", "relocated"),  # "forced from their homes": the displaced
    "buildings": ("buildings", "building", "houses", "homes", "structures"),
    "troops": ("troops", "soldiers", "servicemen"),
    "firefighters": ("firefighters", "firemen"),
    "rescuers": ("rescuers", "rescue_workers", "rescue_teams", "lifeguards"),  # crews at work in a rescue, counted apart from firefighters
    "people": (
        "people",
        "persons",
        "residents",
        "commuters",
        "passengers",
        "travellers",
        "travelers",
        "crew",
        "civilians",
        "inhabitants",
        "villagers",
    ),
    "goals": ("goals", "goal"),
    "aftershocks": ("aftershocks", "aftershock"),
    "cases": ("cases", "infections", "infected"),
    "countries": ("countries",),
    # jobs cut or created: a figure outlets give for layoffs and plans
    "jobs": ("jobs", "job", "positions", "posts"),
    # hostages and prisoners freed or held: figures outlets give for an exchange
    "hostages": ("hostages", "captives"),
    "prisoners": ("prisoners", "detainees", "inmates"),
    # votes for a motion or a ruling: a tally outlets give for one vote
    "votes": ("votes",),
}

# Words between the two figures of a vote ("Mit 79 zu 58 Stimmen"), not of a range
TALLY_LINKS = ("against",)

# Ranks of an achievement ("the first woman ever to win"): the ordinal words, and the
# word that opens the achievement after them (compare/ranks.py; the article before a rank
# is the language's DEFINITE_ARTICLES: a possessive makes a count, "his second penalty")
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10,
}  # fmt: skip
RANK_LINKS = ("to",)

# words after a magnitude that make it an aftershock's ("a 6.7 aftershock")
AFTERSHOCK_WORDS = ("aftershock", "second quake", "second tremor")

# A minute of a match: "the 59th minute" (ordinal and word), "minute 59" (word first),
# "a penalty on 41 minutes" (preposition), not "on 41 minutes later".
MINUTE_SUFFIXES = ("st", "nd", "rd", "th")
MINUTE_WORDS = ("minute", "minutes", "min")
MINUTE_WORDS_BEFORE = ("minute", "min", "min.")
MINUTE_ON = ("on",)
MINUTE_ON_WORDS = ("minutes",)
MINUTE_ON_NOT_BEFORE = ("longer", "more", "later", "earlier", "late", "early", "of", "ago")

# "and a half" after a figure or after its unit ("three and a half hours", "tres horas y
# media"): half a unit more
HALVES = ("and a half",)
# Fractions: word -> denominator, and the words opening what is shared (compare/shares.py)
FRACTIONS = {
    "half": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5,
    "tenth": 10, "tenths": 10,
}  # fmt: skip
FRACTION_OF = ("of", "the")  # "half the homes"

# a point of a rate after a fraction ("a quarter point"): a unit, so the fraction is no share
POINT_WORDS = ("point", "points")

# words that make a figure someone's age: before it ("aged 58", "âgé de 58 ans") or after
# it ("58 years old", "a 58-year-old"), as written (case kept: German "der 58-Jährige" is a
# person, "die 10-jährige Reise" a span)
AGE_BEFORE = ("aged",)
AGE_AFTER = ("old",)

# a range of two figures ("between 30 and 40 people"): one figure, from the first to the second
RANGE_OPENERS = ("between",)
RANGE_JOINERS = ("and",)

# Words after a span of time that name what it counts from ("20 minutes after take-off"):
# two spans from different moments are two figures (compare/figures.py)
SPAN_ANCHORS = ('after', 'before', 'since')
# a change in percentage points after a figure, and its size in points ("25 basis points" is 0.25)
POINT_UNITS = {
    "percentage point": 1,
    "percentage points": 1,
    "basis point": 0.01,
    "basis points": 0.01,
    "bp": 0.01,
    "bps": 0.01,
}
# degrees before a temperature scale ("112 degrees Fahrenheit"), and the words that are
# degrees Celsius alone ("45 Grad"; English "degrees" alone may be Fahrenheit)
DEGREE_WORDS = ("degrees", "degree")
CELSIUS_WORDS = ()

# what is left of a whole, next to its figure ("the remaining 16"; compare.parts)
REMAINDER_WORDS = ("remaining", "other")

# Words after an amount of money that make it a rate ("42 euros per share", "5 dollars a
# day"): a price per thing, never the same figure as a total
PER_UNIT = ("per", "a", "an", "each")
# a cut by half, read as a share of 50% (compare/shares.py): "halving plastic discharges"
HALVING = ('halve', 'halved', 'halves', 'halving', 'by half')
# A percentage a verb or noun of change goes with is a change, not a level (compare/trends.py):
# "shares fell 4%" is no "40% of revenue", nor "jumped 27.3%"; "rose to 3.1%" (TREND_TO) is a level
# ("up" and "down" are left out: "made up about 40% of revenue")
TREND_UP = ('rose', 'rise', 'rises', 'risen', 'rising', 'jumped', 'jump', 'jumps', 'jumping', 'climbed', 'climb', 'climbs', 'gained', 'gain', 'gains', 'surged', 'surge', 'soared', 'soar', 'rocketed', 'leapt', 'leaped', 'spiked', 'increased', 'increase', 'increases', 'higher', 'grew', 'grow', 'grows', 'advanced', 'rallied')
TREND_DOWN = ('fell', 'fall', 'falls', 'fallen', 'falling', 'dropped', 'drop', 'drops', 'slid', 'slide', 'slides', 'declined', 'decline', 'declines', 'lost', 'lose', 'loses', 'lower', 'slumped', 'slump', 'plunged', 'plunge', 'tumbled', 'plummeted', 'plummet', 'plummets', 'crashed', 'sank', 'sink', 'sinks', 'dived', 'shed', 'decreased', 'decrease')
TREND_TO = ('to', 'at')
# Areas, with their factor to square metres or kilometres (compare/quantity.unit_phrase):
# "16,000 square feet" states about 1,500 m², no other figure
AREA_UNITS = {
    'square metres': ('m²', 1.0),
    'square metre': ('m²', 1.0),
    'square meters': ('m²', 1.0),
    'square meter': ('m²', 1.0),
    'sq m': ('m²', 1.0),
    'square feet': ('m²', 0.092903),
    'square foot': ('m²', 0.092903),
    'sq ft': ('m²', 0.092903),
    'square yards': ('m²', 0.836127),
    'square kilometres': ('km²', 1.0),
    'square kilometers': ('km²', 1.0),
    'sq km': ('km²', 1.0),
    'square miles': ('km²', 2.589988),
    'square mile': ('km²', 2.589988),
    'sq mi': ('km²', 2.589988),
    'm²': ('m²', 1.0),
    'm2': ('m²', 1.0),
    'km²': ('km²', 1.0),
    'km2': ('km²', 1.0),
}

# After a verb of rising, the figure a subject rose to ("the toll has risen to four")
RISE_LINKS = ("to",)

# Hour words after a time written with a full stop ("20.15 hours"), not read as a span
DOTTED_HOURS = ("hours", "hrs")

# Words that make a figure a quota, not a count ("76 votes were needed", "servivano 76 voti")
NEED_WORDS = ("needed", "necessary", "required")

# The word before the old value of a change ("will rise to 33.50 from 31.40", "z 31,40 zł
# do 33,50 zł"): what the figure was, not what it is (compare/quantity.py `previous_values`)
CHANGE_FROM = ("from",)
# the word between the two ends of a range ("one to three days", "da uno a tre giorni"; a
# dash is every language's)
RANGE_TO = ("to",)

# Words after a length that say where it is measured from ("28 km above Mértola", "à une
# quinzaine de kilomètres de la frontière", "2.150 mètres d'altitude"), and the relation
# they name: two lengths from two things are two figures (compare/values.py `measured_from`)
LENGTH_RELATIONS = {
    "around": "around", "from": "from", "away": "from", "off": "from", "above": "above", "over": "above", "below": "below",
    "beneath": "below",
}
# ... and the bearings a length may go with ("31 km east of Varnsee", "à 60 km au nord-est de
# Ostrow"): a length in one direction from a place, as the direction's letters
LENGTH_BEARINGS = {
    "north": "N", "south": "S", "east": "E", "west": "W", "northeast": "NE", "north-east": "NE",
    "northwest": "NW", "north-west": "NW", "southeast": "SE", "south-east": "SE", "southwest": "SW", "south-west": "SW",
}

# A time zone in words after a clock time, as the zone it names ("13.41 Uhr deutscher Zeit":
# Germany's); local time is no zone of its own (the time of an unmarked clock time)
TIME_ZONE_WORDS = (
    ("local time", ""), ("German time", "DE"), ("Italian time", "IT"), ("French time", "FR"),
    ("Spanish time", "ES"), ("Portuguese time", "PT"), ("Polish time", "PL"), ("Dutch time", "NL"),
    ("UK time", "UK"), ("British time", "UK"), ("Paris time", "FR"), ("Lisbon time", "PT"),
)

# Nouns a year after names a thing by ("Barolo z rocznika 2021", "le millésime 2025"): a
# label, no moment of the event (compare/figures.py)
YEAR_NAMERS = ("vintage", "vintages", "model", "edition")
# a figure after these words is a level on a scale ("level 2", "Stufe 3"): one label, compared as such
LEVEL_WORDS = ("level", "category", "grade", "stage", "phase")
# a negation before "less than" / "more than" turns the bound round ("no fewer than 60" is
# at least 60, "no more than 60" at most): the negators, the words of comparison after the
# qualifier, and qualifiers read only so negated
APPROX_NEGATORS = ("no", "not")
APPROX_THAN = ("than",)
APPROX_NEGATED = {}

# Volumes, with their factor to litres (compare/quantity.unit_phrase): "18 cubic metres"
# states 18,000 litres
VOLUME_UNITS = {
    'litres': ('L', 1.0),
    'litre': ('L', 1.0),
    'liters': ('L', 1.0),
    'liter': ('L', 1.0),
    'hectolitres': ('L', 100.0),
    'hectoliters': ('L', 100.0),
    'cubic metres': ('L', 1000.0),
    'cubic metre': ('L', 1000.0),
    'cubic meters': ('L', 1000.0),
    'cubic meter': ('L', 1000.0),
    'gallons': ('L', 3.785),
    'gallon': ('L', 3.785),
    'barrels': ('L', 159.0),
    'barrel': ('L', 159.0),
    'm³': ('L', 1000.0),
    'm3': ('L', 1000.0),
}

# A measure per span of time is a rate (compare/rates.py): "35 m³ per second", a yearly
# volume ("jährlich 1,4 Milliarden Kubikmeter"); PER_UNIT and RATE_PER lead the span
PER_YEAR_WORDS = ("annual", "annually", "yearly")

# Words between a figure (or its currency word) and the currency it is quoted against: an
# exchange rate ("27.45 per euro", "27,45 za euro", "27,45 pour un euro"), no amount
# (compare/rates.py `exchange_base`)
EXCHANGE_PER = ("per", "to the", "to one", "against the", "against one", "for one", "for each", "for every")

# Words that make a span of years or days a term in custody, right after it or its unit
# ("six years in prison", "sei anni di carcere") or before it and a preposition ("jailed
# for six years", "condenado a seis años"): a figure outlets disagree on as on a toll,
# compared across facts (compare/slots.py `custodial`)
CUSTODY_WORDS = ("prison", "jail", "jailed", "imprisonment", "imprisoned", "sentenced", "sentence")

# Words that make a length a depth, right after it and its unit ("380 metres below ground",
# "410 Metern Tiefe") or before it ("na głębokości 380 metrów", "at a depth of"): one
# dimension however told (compare/slots.py `dimension`)
DEPTH_WORDS = ("depth", "deep", "underground", "below ground", "beneath the ground", "below the surface", "beneath the surface")

# Words before a figure that deny it beside another of its kind ("25 years instead of 30";
# APPROX_NEGATORS too: "voor 25 jaar, en niet voor 30 jaar zoals aangekondigd"): what was
# said before, no figure the outlet gives (compare/denials.py)
INSTEAD_OF = ("instead of", "rather than")

# A part of the day after an hour (compare/clock.py): hours it adds to an hour of 1 to 11
# ("at eight in the evening" is 20:00)
DAYPARTS = {
    'in the morning': 0,
    'in the afternoon': 12,
    'in the evening': 12,
    'at night': 12,
    # machine translations from Romance languages: "a las seis de la mañana"
    'of the morning': 0,
    'of the afternoon': 12,
    'of the evening': 12,
}
