"""French number words (see newsweave.text.numbers, which reads them)."""

# cardinals newsrooms spell out, with their value ("a dozen" included)
WORDS = {
    "un": 1,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "six": 6,
    "sept": 7,
    "huit": 8,
    "neuf": 9,
    "dix": 10,
    "onze": 11,
    "douze": 12,
    "treize": 13,
    "quatorze": 14,
    "quinze": 15,
    "seize": 16,
    "vingt": 20,
    "trente": 30,
    "quarante": 40,
    "cinquante": 50,
    "soixante": 60,
    "cent": 100,
    "mille": 1000,
    "douzaine": 12,
}
# words that multiply the figure before them ("105 billion", "1,5 millions")
SCALES = {
    "douzaine": 12,  # "two dozen": 24
    "mille": 1e3,
    "milliers": 1e3,
    "million": 1e6,
    "millions": 1e6,
    "milliard": 1e9,
    "milliards": 1e9,
    "mds": 1e9,
    "billion": 1e12,
    "billions": 1e12,
}
# collective numerals: a scale that makes the figure rough ("une vingtaine" is about 20)
COLLECTIVES = {
    "dizaine": 10,
    "vingtaine": 20,
    "trentaine": 30,
    "douzaine": 12,
    "quinzaine": 15,
    "quarantaine": 40,
    "cinquantaine": 50,
    "soixantaine": 60,
    "centaine": 100,
}
# indefinite articles that also mean "one": a figure only before a scale word ("a thousand")
ARTICLES = ("un", "une")
# words before a number word that make it vague ("plusieurs dizaines"); not "des", the
# article of "cinq des sept membres"
VAGUE = ("plusieurs", "quelques", "dizaines", "centaines")
# words before a number word that make it none ("pas un seul blessé")
NONE = ("pas",)
# words between a part and its whole, both counts ("cinq des sept membres", "cinq sur sept"): the part counts the whole's kind
PARTITIVES = ("de", "des", "d'entre", "sur")
# A share as a ratio ("neuf trains sur dix"): the words between two counts, a noun
# maybe before them, when the second is ten, a hundred or a thousand; and those
# that make a ratio of any second count, nothing between ("one in five")
RATIO_JOINERS = ("sur",)
# other words that say how many ("zero", "half", "first"): repeats differing in them differ
COUNTING = ("zéro", "cents")
# unit words after a figure ("a 24-hour strike", "12 segundos"), lower case, and the
# unit they normalise to (compare/numbers.py; symbols such as "%" and "km" live there)
UNITS = {
    "kilovolts": "kV",
    "kilovolt": "kV",
    "mégawatts": "MW",
    "pour": "%",
    "kilomètres": "km",
    "kilomètre": "km",
    "mètres": "m",
    "mètre": "m",
    "centimètres": "cm",
    "tonnes": "t",
    "tonne": "t",
    "hectares": "ha",
    "hectare": "ha",
    "minutes": "min",
    "minute": "min",
    "heures": "h",
    "heure": "h",
    "secondes": "s",
    "seconde": "s",
    "jours": "d",
    "jour": "d",
    "semaines": "wk",
    "semaine": "wk",
    "ans": "yr",
    "an": "yr",
    "années": "yr",
    "décennies": "decade",
    "décennie": "decade",
    "mois": "month",
}
# qualifiers before a figure: more than (>), at least (>=), about (~), less than (<)
APPROX = {
    "plus": ">",
    "moins": "<",  # "moins de 60"; after APPROX_LEADS, or negated, at least
    "environ": "~",
    "autour": "~",  # "autour de 3 %"
    "près": "~",
    "pres": "~",
    "presque": "<",
    "quelque": "~",
    "avant": "~",
    "vers": "~",
}
# the word opening a qualifier of two (shown with the figure in a divergence)
APPROX_LEADS = ("au",)  # "au moins"
# words that make a figure a clock time after a preposition below ("vers 19 heures")
CLOCK_HOURS = ("heures", "heure")
# prepositions before a clock time
CLOCK_PREPOSITIONS = ("à", "vers", "avant", "après", "apres", "jusqu", "dès", "des", "depuis")
# a clock time after these is a bound of the moment (see lang/en/numbers.py)
CLOCK_AFTER = ("après", "apres")
CLOCK_BEFORE = ("avant",)
# quake words after a decimal figure (folded): a magnitude too ("a 7.8 quake")
QUAKE_WORDS = ("seisme", "replique")
# verbs after a figure that lead to its toll, no noun of it ("trois restent disparus")
TOLL_LINKS = ("restent", "demeurent", "sont", "ont")
# adjectives skipped when reading what a count counts ("200 new cases")
NOUN_SKIP = ("nouveaux", "nouvelles", "autres", "supplémentaires")
# what a count counts, by coarse class shared across languages (compare/numbers.py)
# Nobody, before a word of a toll ("no one was killed", "keine Toten"): a count of
# zero of that toll (compare/numbers.py `_zeros`)
NOBODY = (
    "aucun mort", "aucune victime", "pas de victime", "pas de morts", "personne n'a",
    "personne n’a", "personne n'est", "personne n’est", "personne ne",
)  # fmt: skip
# ... unless one of these follows it: nobody among a toll ("nessuno dei feriti") is no toll
NOBODY_AMONG = ("parmi", "des", "de")
COUNTED = {
    "protesters": ("manifestants", "manifestantes", "défilé", "defile"),  # a crowd counted by police and organisers
    "dead": ("morts", "mort", "mortes", "décès", "tués", "tues", "tué", "tuées", "tuees", "perdu_la", "coûté_la"),  # "ont perdu la vie", "a coûté la vie à trois skieurs"
    "injured": ("blessés", "blesses", "blessé", "blessées", "blessees"),
    "missing": ("disparus", "disparues"),
    # the displaced too, as the ar, id and ko lists have them
    "evacuated": ("évacués", "evacues", "évacuées", "déplacés", "déplacées", "leurs_maisons", "leur_domicile", "leurs_domiciles"),  # "forced from their homes": the displaced
    "buildings": ("bâtiments", "batiments", "immeubles", "maisons"),
    "troops": ("troupes", "soldats", "militaires"),
    "firefighters": ("pompiers",),
    "rescuers": ("sauveteurs", "secouristes"),  # crews at work in a rescue, counted apart from firefighters
    "people": ("personnes", "habitants", "riverains", "passagers", "voyageurs", "villageois"),
    "goals": ("buts", "but"),
    "aftershocks": ("répliques", "repliques"),
    "cases": ("cas",),
    "countries": ("pays",),
    # jobs cut or created: a figure outlets give for layoffs and plans
    "jobs": ("emplois", "postes"),
    # hostages and prisoners freed or held: figures outlets give for an exchange
    "hostages": ("otages",),
    "prisoners": ("prisonniers", "détenus", "detenus"),
    # votes for a motion or a ruling: a tally outlets give for one vote
    "votes": ("voix", "suffrages"),
}

# Words between the two figures of a vote ("Mit 79 zu 58 Stimmen"), not of a range
TALLY_LINKS = ("contre",)

# Ranks of an achievement ("le premier joueur à marquer"): the ordinal words, and the
# word that opens the achievement after them (compare/ranks.py; the article before a rank
# is the language's DEFINITE_ARTICLES: a possessive makes a count, "his second penalty")
ORDINALS = {
    "premier": 1, "première": 1, "deuxième": 2, "second": 2, "seconde": 2, "troisième": 3,
    "quatrième": 4, "cinquième": 5,
}  # fmt: skip
RANK_LINKS = ("à",)

# words after a magnitude that make it an aftershock's ("a 6.7 aftershock")
AFTERSHOCK_WORDS = ("réplique",)

# A minute of a match: "la 59e minute", "(17e, 104e)" (a list of goals' minutes).
MINUTE_SUFFIXES = ("e", "ème", "eme", "er")
MINUTE_WORDS = ("minute", "minutes", "min")
MINUTE_LIST_SUFFIXES = ("e", "ème")

# "and a half" after a figure or after its unit ("three and a half hours", "tres horas y
# media"): half a unit more
HALVES = ("et demi", "et demie")
# Fractions: word -> denominator, and the words opening what is shared (compare/shares.py)
FRACTIONS = {"moitié": 2, "tiers": 3, "quart": 4, "quarts": 4, "cinquième": 5, "cinquièmes": 5}
FRACTION_OF = ("de", "des", "du", "d")
FRACTIONS_ALONE = ("tiers",)  # a share after its numerator alone

# a point of a rate after a fraction ("un quart de point"): a unit, so the fraction is no share
POINT_WORDS = ("point", "points")

# words that make a figure someone's age: before it ("aged 58", "âgé de 58 ans") or after
# it ("58 years old", "a 58-year-old"), as written (case kept: German "der 58-Jährige" is a
# person, "die 10-jährige Reise" a span)
AGE_BEFORE = ("âgé", "âgée", "âgés", "âgées")
AGE_AFTER = ()

# a range of two figures ("between 30 and 40 people"): one figure, from the first to the second
RANGE_OPENERS = ("entre",)
RANGE_JOINERS = ("et",)

# Words after a span of time that name what it counts from ("20 minutes after take-off"):
# two spans from different moments are two figures (compare/figures.py)
SPAN_ANCHORS = ('après', 'avant', 'depuis')
# a change in percentage points after a figure, and its size in points ("25 basis points" is 0.25)
POINT_UNITS = {
    "point de pourcentage": 1,
    "points de pourcentage": 1,
    "point de base": 0.01,
    "points de base": 0.01,
}
# degrees before a temperature scale ("112 degrees Fahrenheit"), and the words that are
# degrees Celsius alone ("45 Grad"; English "degrees" alone may be Fahrenheit)
DEGREE_WORDS = ("degrés", "degré")
CELSIUS_WORDS = ("degrés", "degré")

# what is left of a whole, next to its figure ("the remaining 16"; compare.parts)
REMAINDER_WORDS = ("autres", "restants", "restantes")

# Words after an amount of money that make it a rate ("42 euros per share", "5 dollars a
# day"): a price per thing, never the same figure as a total
PER_UNIT = ("par",)
# a cut by half, read as a share of 50% (compare/shares.py): "halving plastic discharges"
HALVING = ('de moitié',)
# A percentage a verb or noun of change goes with is a change, not a level (compare/trends.py):
# "shares fell 4%" is no "40% of revenue", nor "jumped 27.3%"; "rose to 3.1%" (TREND_TO) is a level
TREND_UP = ('hausse', 'augmenté', 'augmente', 'augmentation', 'progressé', 'progresse', 'progression', 'bondi', 'bondit', 'grimpé', 'grimpe', 'gagné', 'gagne')
TREND_DOWN = ('baisse', 'baissé', 'chuté', 'chute', 'reculé', 'recule', 'recul', 'perdu', 'perd', 'diminué', 'diminue', 'diminution', 'plongé', 'plonge')
TREND_TO = ('à',)
# Areas, with their factor to square metres or kilometres (compare/quantity.unit_phrase):
# "16,000 square feet" states about 1,500 m², no other figure
AREA_UNITS = {
    'mètres carrés': ('m²', 1.0),
    'mètre carré': ('m²', 1.0),
    'kilomètres carrés': ('km²', 1.0),
}

# After a verb of rising, the figure a subject rose to ("the toll has risen to four")
RISE_LINKS = ("à",)

# Words that make a figure a quota, not a count ("76 votes were needed", "servivano 76 voti")
NEED_WORDS = ("nécessaires", "nécessaire", "requises", "requis", "fallait")

# currency words after a figure, and their ISO code
CURRENCIES = {"zlotys": "PLN", "zloty": "PLN", "dollar": "USD", "dollars": "USD"}  # "za dolara": a rate is quoted against one

# The word before the old value of a change ("will rise to 33.50 from 31.40", "z 31,40 zł
# do 33,50 zł"): what the figure was, not what it is (compare/quantity.py `previous_values`)
CHANGE_FROM = ("de", "d")
# the word between the two ends of a range ("one to three days", "da uno a tre giorni"; a
# dash is every language's)
RANGE_TO = ("à",)

# Words after a length that say where it is measured from ("28 km above Mértola", "à une
# quinzaine de kilomètres de la frontière", "2.150 mètres d'altitude"), and the relation
# they name: two lengths from two things are two figures (compare/values.py `measured_from`)
LENGTH_RELATIONS = {"autour": "around", "large": "from", "de": "from", "du": "from", "des": "from", "d": "from", "au-dessus": "above", "sous": "below"}
# ... and the bearings a length may go with ("31 km east of Varnsee", "à 60 km au nord-est de
# Ostrow"): a length in one direction from a place, as the direction's letters
LENGTH_BEARINGS = {
    "nord": "N", "sud": "S", "est": "E", "ouest": "W", "nord-est": "NE", "nord-ouest": "NW", "sud-est": "SE",
    "sud-ouest": "SW",
}

# A person's noun, then one of AGE_OF, then a figure in years: an age ("una mujer de 45
# años", "een man van 58 jaar"), not a span of years (compare/quantity.py `is_age`)
AGE_OF = ("de",)
AGE_HOLDERS = (
    "homme", "femme", "jeune", "enfant", "garçon", "fille", "fils", "couple", "touriste",
    "conducteur", "conductrice", "père", "mère", "bébé",
)

# A time zone in words after a clock time, as the zone it names ("13.41 Uhr deutscher Zeit":
# Germany's); local time is no zone of its own (the time of an unmarked clock time)
TIME_ZONE_WORDS = (
    ("heure locale", ""), ("heure française", "FR"), ("heure de Paris", "FR"), ("heure italienne", "IT"),
    ("heure allemande", "DE"), ("heure espagnole", "ES"), ("heure portugaise", "PT"),
    ("heure de Lisbonne", "PT"), ("heure belge", "BE"), ("heure suisse", "CH"),
)

# Nouns a year after names a thing by ("Barolo z rocznika 2021", "le millésime 2025"): a
# label, no moment of the event (compare/figures.py)
YEAR_NAMERS = ("millésime", "millésimes", "cuvée", "modèle", "édition")
# a figure after these words is a level on a scale ("level 2", "Stufe 3"): one label, compared as such
LEVEL_WORDS = ("niveau", "catégorie", "degré", "stade", "phase")
# a negation before "less than" / "more than" turns the bound round ("no fewer than 60" is
# at least 60, "no more than 60" at most): the negators, the words of comparison after the
# qualifier, and qualifiers read only so negated
APPROX_NEGATORS = ("pas", "non")
APPROX_THAN = ("de", "d")
APPROX_NEGATED = {}

# Volumes, with their factor to litres (see lang/en/numbers.py)
VOLUME_UNITS = {
    'litres': ('L', 1.0),
    'litre': ('L', 1.0),
    'hectolitres': ('L', 100.0),
    'hectolitre': ('L', 100.0),
    'mètres cubes': ('L', 1000.0),
    'mètre cube': ('L', 1000.0),
    'barils': ('L', 159.0),
    'baril': ('L', 159.0),
}

# A measure per span of time is a rate (compare/rates.py): "35 m³ per second", a yearly
# volume ("jährlich 1,4 Milliarden Kubikmeter"); PER_UNIT and RATE_PER lead the span
PER_YEAR_WORDS = ("annuel", "annuelle", "annuels", "annuelles", "annuellement")

# Words between a figure (or its currency word) and the currency it is quoted against: an
# exchange rate ("27.45 per euro", "27,45 za euro", "27,45 pour un euro"), no amount
# (compare/rates.py `exchange_base`)
EXCHANGE_PER = ("pour un", "pour une", "pour 1", "par", "contre un", "contre 1", "face à l'", "face au")

# Words that make a span of years or days a term in custody, right after it or its unit
# ("six years in prison", "sei anni di carcere") or before it and a preposition ("jailed
# for six years", "condenado a seis años"): a figure outlets disagree on as on a toll,
# compared across facts (compare/slots.py `custodial`)
CUSTODY_WORDS = ("prison", "emprisonnement", "réclusion", "condamné", "condamnée", "condamnés", "peine")

# Words that make a length a depth, right after it and its unit ("380 metres below ground",
# "410 Metern Tiefe") or before it ("na głębokości 380 metrów", "at a depth of"): one
# dimension however told (compare/slots.py `dimension`)
DEPTH_WORDS = ("profondeur", "profond", "profonde", "sous terre", "sous la surface")

# Words before a figure that deny it beside another of its kind ("25 years instead of 30";
# APPROX_NEGATORS too: "voor 25 jaar, en niet voor 30 jaar zoals aangekondigd"): what was
# said before, no figure the outlet gives (compare/denials.py)
INSTEAD_OF = ("au lieu de", "au lieu des", "plutôt que")

# A part of the day after an hour (compare/clock.py): hours it adds to an hour of 1 to 11
# ("at eight in the evening" is 20:00)
DAYPARTS = {
    'du matin': 0,
    "de l'après-midi": 12,
    'du soir': 12,
}
