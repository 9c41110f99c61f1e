"""German number words (see newsweave.text.numbers, which reads them)."""

# cardinals newsrooms spell out, with their value ("a dozen" included)
WORDS = {
    "eins": 1,
    "zwei": 2,
    "drei": 3,
    "vier": 4,
    "fünf": 5,
    "sechs": 6,
    "sieben": 7,
    "acht": 8,
    "neun": 9,
    "zehn": 10,
    "elf": 11,
    "zwölf": 12,
    "dreizehn": 13,
    "vierzehn": 14,
    "fünfzehn": 15,
    "sechzehn": 16,
    "siebzehn": 17,
    "achtzehn": 18,
    "neunzehn": 19,
    "zwanzig": 20,
    "dreißig": 30,
    "vierzig": 40,
    "fünfzig": 50,
    "sechzig": 60,
    "siebzig": 70,
    "achtzig": 80,
    "neunzig": 90,
    "hundert": 100,
    "tausend": 1000,
    "dutzend": 12,
}
# words that multiply the figure before them ("105 billion", "1,5 millions")
SCALES = {
    "dutzend": 12,  # "two dozen": 24
    "tausend": 1e3,
    "mio": 1e6,
    "million": 1e6,
    "millionen": 1e6,
    "mrd": 1e9,
    "milliarde": 1e9,
    "milliarden": 1e9,
    "billion": 1e12,
    "billionen": 1e12,
}
# indefinite articles that also mean "one": a figure only before a scale word ("a thousand")
ARTICLES = ("ein", "eine", "einer")
# words before a number word that make it vague ("several dozen", "des dizaines")
VAGUE = ("mehrere", "einige", "dutzende", "hunderte", "tausende")
# words before a number word that make it none ("nicht ein einziger")
NONE = ("nicht",)
# words between a part and its whole, both counts ("fünf der sieben Mitglieder"): the part counts the whole's kind
PARTITIVES = ("der", "von", "von den")
# A share as a ratio ("neuf trains sur dix"): the words between two counts, a noun
# maybe before them, when the second is ten, a hundred or a thousand; and those
# that make a ratio of any second count, nothing between ("one in five")
RATIO_JOINERS = ("von",)
# other words that say how many ("zero", "half", "first"): repeats differing in them differ
COUNTING = ("null",)
# unit words after a figure ("a 24-hour strike", "12 segundos"), lower case, and the
# unit they normalise to (compare/numbers.py; symbols such as "%" and "km" live there)
UNITS = {
    "kilovolt": "kV",
    "megawatt": "MW",
    "seemeilen": "nmi",
    "meilen": "mi",
    "prozent": "%",
    "kilometer": "km",
    "kilometern": "km",
    "meter": "m",
    "metern": "m",
    "zentimeter": "cm",
    "zentimetern": "cm",
    "tonnen": "t",
    "tonne": "t",
    "hektar": "ha",
    "minuten": "min",
    "minute": "min",
    "stunden": "h",
    "stunde": "h",
    "sekunden": "s",
    "sekunde": "s",
    "tage": "d",
    "tagen": "d",
    "tag": "d",
    "wochen": "wk",
    "woche": "wk",
    "jahre": "yr",
    "jahren": "yr",
    "jahr": "yr",
    "jahrzehnte": "decade",
    "jahrzehnten": "decade",
    "jahrzehnt": "decade",
    "monate": "month",
    "monaten": "month",
    "monat": "month",
}
# unit adjectives a figure is written into or hyphened onto ("eine zehnstündige Beratung",
# "die 10-tägige Reise"): their stem and the unit it normalises to
COMPOUND_UNITS = {
    "stündig": "h",
    "tägig": "d",
    "jährig": "yr",
    "minütig": "min",
    "sekündig": "s",
}
# currency words after (or before) a figure, and their ISO code
CURRENCIES = {
    "dollar": "USD",  # "por dólar": a rate is quoted against one
    "zloty": "PLN",
    "złoty": "PLN",
    "rubel": "RUB",
}
# qualifiers before a figure: more than (>), at least (>=), about (~), less than (<)
APPROX = {
    "über": ">",
    "uber": ">",
    "mehr": ">",
    "mindestens": ">=",
    "etwa": "~",
    "rund": "~",
    "fast": "<",
    "knapp": "~",
    "ungefähr": "~",
    "gegen": "~",
    "unter": "<",
}
# words that make a figure a clock time after a preposition below ("vers 19 heures")
CLOCK_HOURS = ("uhr",)
# prepositions before a clock time
CLOCK_PREPOSITIONS = ("um", "gegen", "seit", "ab", "bis")
# a clock time after these is a bound of the moment (see lang/en/numbers.py)
CLOCK_AFTER = ("nach",)
CLOCK_BEFORE = ("vor",)
# the word before an hour that makes it half an hour earlier ("halb zehn"/"halb tien": 9.30)
HALF_HOUR_BEFORE = ("halb",)
# quake words after a decimal figure (folded): a magnitude too ("a 7.8 quake")
QUAKE_WORDS = ("beben", "erdbeben", "nachbeben")
# words before a figure that make it an earthquake magnitude
MAGNITUDE_WORDS = ("stärke",)
# verbs after a figure that lead to its toll, no noun of it ("zwei gelten als vermisst")
TOLL_LINKS = ("gelten", "galten", "bleiben", "blieben")
# adjectives skipped when reading what a count counts ("200 new cases")
NOUN_SKIP = ("weitere", "neue", "andere")
# what a count counts, by coarse class shared across languages (compare/numbers.py)
# Nobody, before a word of a toll ("no one was killed", "keine Toten"): a count of
# zero of that toll (compare/numbers.py `_zeros`)
NOBODY = ("niemand", "keine toten", "keine todesopfer")
# ... unless one of these follows it: nobody among a toll ("nessuno dei feriti") is no toll
NOBODY_AMONG = ("unter", "von", "der")
COUNTED = {
    "protesters": ("demonstranten", "demonstrierten"),  # a crowd counted by police and organisers
    "dead": (
        "tote", "toten", "todesopfer", "ums_leben", "starben", "getötet", "gestorben",
        "umgekommen",
    ),
    "injured": ("verletzte", "verletzten", "verletzt"),
    "missing": ("vermisste", "vermissten", "vermisst"),
    # the displaced too, as the ar, id and ko lists have them
    "evacuated": ("evakuiert", "evakuierte", "vertrieben", "Vertriebene", "ihre_häuser", "ihre_wohnungen"),  # "forced from their homes": the displaced
    "buildings": ("gebäude", "gebaude", "häuser", "hauser"),
    "troops": ("soldaten", "truppen"),
    "firefighters": ("feuerwehrleute", "einsatzkräfte"),
    "rescuers": ("retter", "rettern", "rettungskräfte", "rettungskräften", "bergretter", "grubenwehrleute"),  # crews at work in a rescue, counted apart from firefighters
    "people": ("menschen", "anwohner", "einwohner", "bewohner", "passagiere", "fahrgäste", "reisende"),
    "goals": ("tore", "tor"),
    "aftershocks": ("nachbeben",),
    "cases": ("fälle", "falle", "infektionen"),
    "countries": ("länder", "lander"),
    # jobs cut or created: a figure outlets give for layoffs and plans
    "jobs": ("stellen", "arbeitsplätze", "arbeitsplatze", "jobs"),
    # hostages and prisoners freed or held: figures outlets give for an exchange
    "hostages": ("geiseln",),
    "prisoners": ("gefangene", "gefangenen", "häftlinge", "haftlinge"),
    # votes for a motion or a ruling: a tally outlets give for one vote
    "votes": ("stimmen",),
}

# Words between the two figures of a vote ("Mit 79 zu 58 Stimmen"), not of a range
TALLY_LINKS = ("zu", "gegen")

# words after a magnitude that make it an aftershock's ("a 6.7 aftershock")
AFTERSHOCK_WORDS = ("nachbeben",)

# A minute of a match: "in der 59. Minute".
MINUTE_SUFFIXES = (".",)
MINUTE_WORDS = ("minute", "minuten", "min")
# words before a figure whose full stop makes it an ordinal, a capitalised noun after it
# ("in der 88. Minute", "am 3. Mai", "zum 10. Mal"): the stop ends no sentence
# (text.sentences.ordinal_stop; "stieg auf 12. Die Polizei …" does end one)
ORDINAL_DOT_LEADS = ("der", "die", "das", "den", "dem", "des", "am", "im", "zum", "zur", "vom", "beim", "ins")

# Fractions: word -> denominator, and the words opening what is shared (compare/shares.py)
FRACTIONS = {"hälfte": 2, "drittel": 3, "viertel": 4, "fünftel": 5, "zehntel": 10}
FRACTION_OF = ("der", "des", "aller", "von", "ihrer", "seiner")
# ordinals before a half: a part of a match or a year, not a share ("die zweite Hälfte")
HALF_ORDINALS = ("erste", "ersten", "zweite", "zweiten")
FRACTIONS_ALONE = ("drittel",)  # a share after its numerator alone

# a point of a rate after a fraction ("a quarter point"): a unit, so the fraction is no share
POINT_WORDS = ("punkt", "punkte", "prozentpunkt", "prozentpunkte")

# words that make a figure someone's age: before it ("aged 58", "âgé de 58 ans") or after
# it ("58 years old", "a 58-year-old"), as written (case kept: German "der 58-Jährige" is a
# person, "die 10-jährige Reise" a span)
AGE_BEFORE = ()
AGE_AFTER = ("Jährige", "Jährigen", "Jähriger", "alt")

# a range of two figures ("between 30 and 40 people"): one figure, from the first to the second
RANGE_OPENERS = ("zwischen",)
RANGE_JOINERS = ("und",)

# Words after a span of time that name what it counts from ("20 minutes after take-off"):
# two spans from different moments are two figures (compare/figures.py)
SPAN_ANCHORS = ('nach', 'vor', 'seit')
# a change in percentage points after a figure, and its size in points ("25 basis points" is 0.25)
POINT_UNITS = {
    "Prozentpunkt": 1,
    "Prozentpunkte": 1,
    "Prozentpunkten": 1,
    "Basispunkt": 0.01,
    "Basispunkte": 0.01,
    "Basispunkten": 0.01,
}
# degrees before a temperature scale ("112 degrees Fahrenheit"), and the words that are
# degrees Celsius alone ("45 Grad"; English "degrees" alone may be Fahrenheit)
DEGREE_WORDS = ("Grad",)
CELSIUS_WORDS = ("Grad",)

# what is left of a whole, next to its figure ("the remaining 16"; compare.parts)
REMAINDER_WORDS = ("übrigen", "restlichen", "anderen")

# Words after an amount of money that make it a rate ("42 euros per share", "5 dollars a
# day"): a price per thing, never the same figure as a total
PER_UNIT = ("je", "pro")
# a cut by half, read as a share of 50% (compare/shares.py): "halving plastic discharges"
HALVING = ('halbieren', 'halbiert', 'halbierte', 'halbierten', 'halbiere', 'um die Hälfte')
# A percentage a verb or noun of change goes with is a change, not a level (compare/trends.py):
# "shares fell 4%" is no "40% of revenue", nor "jumped 27.3%"; "rose to 3.1%" (TREND_TO) is a level
TREND_UP = ('stieg', 'stiegen', 'steigt', 'gestiegen', 'anstieg', 'plus', 'zulegte', 'legte', 'kletterte', 'kletterten', 'sprang', 'sprangen', 'gewann', 'gewannen')
TREND_DOWN = ('fiel', 'fielen', 'fällt', 'gefallen', 'sank', 'sanken', 'sinkt', 'gesunken', 'verlor', 'verloren', 'minus', 'rückgang', 'brach')
TREND_TO = ('auf',)
# Areas, with their factor to square metres or kilometres (compare/quantity.unit_phrase):
# "16,000 square feet" states about 1,500 m², no other figure
AREA_UNITS = {
    'Quadratmeter': ('m²', 1.0),
    'Quadratmetern': ('m²', 1.0),
    'qm': ('m²', 1.0),
    'Quadratkilometer': ('km²', 1.0),
    'Quadratkilometern': ('km²', 1.0),
}

# After a verb of rising, the figure a subject rose to ("the toll has risen to four")
RISE_LINKS = ("auf",)

# Words that make a figure a quota, not a count ("76 votes were needed", "servivano 76 voti")
NEED_WORDS = ("nötig", "notwendig", "erforderlich", "benötigt")

# The word before the old value of a change ("will rise to 33.50 from 31.40", "z 31,40 zł
# do 33,50 zł"): what the figure was, not what it is (compare/quantity.py `previous_values`)
CHANGE_FROM = ("von",)
# the word between the two ends of a range ("one to three days", "da uno a tre giorni"; a
# dash is every language's)
RANGE_TO = ("bis",)

# Words after a length that say where it is measured from ("28 km above Mértola", "à une
# quinzaine de kilomètres de la frontière", "2.150 mètres d'altitude"), and the relation
# they name: two lengths from two things are two figures (compare/values.py `measured_from`)
LENGTH_RELATIONS = {"rund": "around", "von": "from", "vom": "from", "entfernt": "from", "über": "above", "unter": "below"}
# ... and the bearings a length may go with ("31 km east of Varnsee", "à 60 km au nord-est de
# Ostrow"): a length in one direction from a place, as the direction's letters
LENGTH_BEARINGS = {
    "nördlich": "N", "südlich": "S", "östlich": "E", "westlich": "W", "nordöstlich": "NE", "nordwestlich": "NW",
    "südöstlich": "SE", "südwestlich": "SW",
}

# A time zone in words after a clock time, as the zone it names ("13.41 Uhr deutscher Zeit":
# Germany's); local time is no zone of its own (the time of an unmarked clock time)
TIME_ZONE_WORDS = (
    ("Ortszeit", ""), ("deutscher Zeit", "DE"), ("deutsche Zeit", "DE"), ("italienischer Zeit", "IT"),
    ("französischer Zeit", "FR"), ("spanischer Zeit", "ES"), ("portugiesischer Zeit", "PT"),
    ("polnischer Zeit", "PL"), ("niederländischer Zeit", "NL"), ("britischer Zeit", "UK"),
)

# Nouns a year after names a thing by ("Barolo z rocznika 2021", "le millésime 2025"): a
# label, no moment of the event (compare/figures.py)
YEAR_NAMERS = ("Jahrgang", "Jahrgangs", "Modell", "Ausgabe")
# a figure after these words is a level on a scale ("level 2", "Stufe 3"): one label, compared as such
LEVEL_WORDS = ("Stufe", "Warnstufe", "Alarmstufe", "Kategorie", "Level", "Grad", "Phase")
# a negation before "less than" / "more than" turns the bound round ("no fewer than 60" is
# at least 60, "no more than 60" at most): the negators, the words of comparison after the
# qualifier, and qualifiers read only so negated
APPROX_NEGATORS = ("nicht", "kein", "keine")
APPROX_THAN = ("als",)
APPROX_NEGATED = {"weniger": ">="}

# Volumes, with their factor to litres (see lang/en/numbers.py)
VOLUME_UNITS = {
    'Litern': ('L', 1.0),
    'Liter': ('L', 1.0),
    'Hektoliter': ('L', 100.0),
    'Hektolitern': ('L', 100.0),
    'Kubikmetern': ('L', 1000.0),
    'Kubikmeter': ('L', 1000.0),
    'Barrel': ('L', 159.0),
}

# A measure per span of time is a rate (compare/rates.py): "35 m³ per second", a yearly
# volume ("jährlich 1,4 Milliarden Kubikmeter"); PER_UNIT and RATE_PER lead the span
PER_YEAR_WORDS = ("jährlich", "jährliche", "jährlichen", "jährlicher", "jährliches")

# Words between a figure (or its currency word) and the currency it is quoted against: an
# exchange rate ("27.45 per euro", "27,45 za euro", "27,45 pour un euro"), no amount
# (compare/rates.py `exchange_base`)
EXCHANGE_PER = ("je", "pro", "zum", "für einen", "für ein", "gegenüber dem", "gegen den")

# Words that make a span of years or days a term in custody, right after it or its unit
# ("six years in prison", "sei anni di carcere") or before it and a preposition ("jailed
# for six years", "condenado a seis años"): a figure outlets disagree on as on a toll,
# compared across facts (compare/slots.py `custodial`)
CUSTODY_WORDS = ("Haft", "Haftstrafe", "Gefängnis", "Gefängnisstrafe", "Freiheitsstrafe", "verurteilt", "verurteilte")

# Words that make a length a depth, right after it and its unit ("380 metres below ground",
# "410 Metern Tiefe") or before it ("na głębokości 380 metrów", "at a depth of"): one
# dimension however told (compare/slots.py `dimension`)
DEPTH_WORDS = ("Tiefe", "tief", "unter Tage", "unter der Erde", "unterirdisch")

# Words before a figure that deny it beside another of its kind ("25 years instead of 30";
# APPROX_NEGATORS too: "voor 25 jaar, en niet voor 30 jaar zoals aangekondigd"): what was
# said before, no figure the outlet gives (compare/denials.py)
INSTEAD_OF = ("statt", "anstatt", "anstelle von", "anstelle")

# A part of the day after an hour (compare/clock.py): hours it adds to an hour of 1 to 11
# ("at eight in the evening" is 20:00)
DAYPARTS = {
    'morgens': 0,
    'früh': 0,
    'am morgen': 0,
    'vormittags': 0,
    'nachmittags': 12,
    'am nachmittag': 12,
    'abends': 12,
    'am abend': 12,
    'nachts': 12,
}
