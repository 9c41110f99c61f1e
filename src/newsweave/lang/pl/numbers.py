"""Polish number words (see newsweave.text.numbers, which reads them)."""

# cardinals newsrooms spell out, with their value ("a dozen" included)
WORDS = {
    "jeden": 1,
    "dwa": 2,
    "trzy": 3,
    "cztery": 4,
    "pięć": 5,
    "sześć": 6,
    "siedem": 7,
    "osiem": 8,
    "dziewięć": 9,
    "dziesięć": 10,
    "jedenaście": 11,
    "dwanaście": 12,
    "trzynaście": 13,
    "czternaście": 14,
    "piętnaście": 15,
    "szesnaście": 16,
    "siedemnaście": 17,
    "osiemnaście": 18,
    "dziewiętnaście": 19,
    "dwadzieścia": 20,
    "trzydzieści": 30,
    "czterdzieści": 40,
    "pięćdziesiąt": 50,
    "sześćdziesiąt": 60,
    "siedemdziesiąt": 70,
    "osiemdziesiąt": 80,
    "dziewięćdziesiąt": 90,
    "sto": 100,
    "tysiąc": 1000,
    "tuzin": 12,
    "jednym": 1,  # "po jednym–trzech dniach"
    "jednego": 1,
    # the forms a count takes by gender and case ("dwie osoby", "dwóch mężczyzn", "pięciu ratowników")
    "dwie": 2,
    "dwóch": 2,
    "dwaj": 2,
    "dwoje": 2,
    "trzech": 3,
    "trzej": 3,
    "troje": 3,
    # ... and in the instrumental ("pięcioma głosami do dwóch": five votes to two)
    "dwoma": 2,
    "dwiema": 2,
    "trzema": 3,
    "czterema": 4,
    "pięcioma": 5,
    "sześcioma": 6,
    "siedmioma": 7,
    "ośmioma": 8,
    "dziewięcioma": 9,
    "dziesięcioma": 10,
    # collective forms for people of both sexes and children ("czworo pasażerów")
    "czworo": 4,
    "pięcioro": 5,
    "sześcioro": 6,
    "siedmioro": 7,
    "ośmioro": 8,
    "czterech": 4,
    "czterej": 4,
    "pięciu": 5,
    "sześciu": 6,
    "siedmiu": 7,
    "ośmiu": 8,
    "dziewięciu": 9,
    "dziesięciu": 10,
    "dwunastu": 12,
    "piętnastu": 15,
    "dwudziestu": 20,
}
# words that multiply the figure before them ("105 billion", "1,5 millions")
SCALES = {
    "tys": 1e3,
    "tysiąc": 1e3,
    "tysiące": 1e3,
    "tysięcy": 1e3,
    "mln": 1e6,
    "milion": 1e6,
    "miliony": 1e6,
    "milionów": 1e6,
    "mld": 1e9,
    "miliard": 1e9,
    "miliardy": 1e9,
    "miliardów": 1e9,
}
# indefinite articles that also mean "one": a figure only before a scale word ("a thousand")
ARTICLES = ()
# words before a number word that make it vague ("several dozen", "des dizaines")
VAGUE = ("kilka", "kilkanaście", "kilkadziesiąt", "setki", "tysiące", "kilku", "kilkunastu", "kilkudziesięciu", "kilkuset")
# words between a part and its whole, both counts ("pięciu z siedmiu członków"): the part counts the whole's kind
PARTITIVES = ("z",)
# other words that say how many ("zero", "half", "first"): repeats differing in them differ
COUNTING = ("zero", "dwie", "dwóch")
# unit words after a figure ("a 24-hour strike", "12 segundos"), lower case, and the
# unit they normalise to (compare/numbers.py; symbols such as "%" and "km" live there)
UNITS = {
    "kilowoltów": "kV",
    "megawatów": "MW",
    "proc": "%",
    "dniach": "d",
    "dniami": "d",
    "dnia": "d",
    "procent": "%",
    "kilometrów": "km",
    "kilometry": "km",
    "metrów": "m",
    "metry": "m",
    "ton": "t",
    "hektarów": "ha",
    "minut": "min",
    "minuty": "min",
    "godzin": "h",
    "godziny": "h",
    "godzinę": "h",
    "sekund": "s",
    "sekundy": "s",
    "sekundę": "s",  # "na sekundę": per second
    "dni": "d",
    "dzień": "d",
    "tygodnie": "wk",
    "tygodni": "wk",
    "tydzień": "wk",
    "tygodnia": "wk",
    "tygodniach": "wk",
    "tygodniami": "wk",
    "lat": "yr",
    "miesięcy": "month",
    "miesiące": "month",
    "miesiąc": "month",
    "miesiąca": "month",
    "lata": "yr",
    "dekad": "decade",
    "dekady": "decade",
    "dekadę": "decade",
}
# what a count counts, by coarse class shared across languages (compare/numbers.py)
COUNTED = {
    "protesters": ("demonstrantów", "manifestantów", "protestujących"),  # a crowd counted by police and organisers
    "dead": ("ofiar", "zabitych", "zginęło", "zginęły", "zginęli", "nie_żyją", "zmarło", "zmarły"),
    "injured": ("rannych", "ranne", "ranni"),
    "missing": ("zaginionych", "zaginione", "zaginieni", "poszukiwanych"),
    "people": ("osób", "osoby", "ludzi", "mieszkańców", "pasażerów", "członków"),  # "31 członków załogi": crew members
    "rescuers": ("ratowników", "ratownicy", "ratowniczek"),  # crews at work in a rescue, counted apart from firefighters
    # votes for a motion or a ruling: a tally outlets give for one vote
    "votes": ("głosów", "głosami", "głosy"),
}

# Words between the two figures of a vote ("Mit 79 zu 58 Stimmen"), not of a range
TALLY_LINKS = ("przeciw",)

# "and a half" after a figure or after its unit ("three and a half hours", "tres horas y
# media"): half a unit more
HALVES = ("i pół",)
# a cut by half, read as a share of 50% (compare/shares.py): "halving plastic discharges"
HALVING = ('o połowę',)

# Words before a clock time ("alle 19.20", "às 19h20")
CLOCK_PREPOSITIONS = ("o", "godz", "około", "od", "do")
# a clock time after these is a bound of the moment (see lang/en/numbers.py)
CLOCK_AFTER = ("po",)
CLOCK_BEFORE = ("przed",)

# After a verb of rising, the figure a subject rose to ("the toll has risen to four")
RISE_LINKS = ("do",)

# Hour words after a time written with a full stop ("20.15 hours"), not read as a span
DOTTED_HOURS = ("godz",)

# Words for degrees after a figure; in Celsius unless Fahrenheit follows ("47,9 graden")
DEGREE_WORDS = ("stopni", "stopnie", "stopień")
CELSIUS_WORDS = ("stopni", "stopnie", "stopień")

# Words that make a figure a quota, not a count ("76 votes were needed", "servivano 76 voti")
NEED_WORDS = ("potrzeba", "potrzebne", "wymagane", "niezbędne")

# currency words after a figure, and their ISO code ("33,50 zł"; the sign itself is every language's)
CURRENCIES = {"złotych": "PLN", "złote": "PLN", "złoty": "PLN", "dolar": "USD", "dolara": "USD", "dolarów": "USD"}  # "za dolara": a rate is quoted against one

# The word before the old value of a change ("will rise to 33.50 from 31.40", "z 31,40 zł
# do 33,50 zł"): what the figure was, not what it is (compare/quantity.py `previous_values`)
CHANGE_FROM = ("z", "ze", "od")
# the word between the two ends of a range ("one to three days", "da uno a tre giorni"; a
# dash is every language's)
RANGE_TO = ("do",)

# Words after a length that say where it is measured from ("28 km above Mértola", "à une
# quinzaine de kilomètres de la frontière", "2.150 mètres d'altitude"), and the relation
# they name: two lengths from two things are two figures (compare/values.py `measured_from`)
LENGTH_RELATIONS = {"wokół": "around", "od": "from", "nad": "above", "pod": "below"}
# ... and the bearings a length may go with ("31 km east of Varnsee", "à 60 km au nord-est de
# Ostrow"): a length in one direction from a place, as the direction's letters
LENGTH_BEARINGS = {
    "północ": "N", "południe": "S", "wschód": "E", "zachód": "W",
}

# A percentage a verb or noun of change goes with is a change, not a level (compare/trends.py),
# and a change's old value is told after CHANGE_FROM ("wzrośnie z 31,40 zł do 33,50 zł")
TREND_UP = ('wzrośnie', 'wzrosną', 'wzrósł', 'wzrosła', 'wzrosło', 'wzrosły', 'rośnie', 'rosną', 'wzrost', 'podwyżka', 'podniesie')
TREND_TO = ('do',)  # "wzrośnie do 3,1 proc.": a level
TREND_DOWN = ('spadnie', 'spadną', 'spadł', 'spadła', 'spadło', 'spadły', 'spadek', 'zmaleje', 'zmalała', 'obniży', 'obniżka')

# A time zone in words after a clock time, as the zone it names ("13.41 Uhr deutscher Zeit":
# Germany's); local time is no zone of its own (the time of an unmarked clock time)
TIME_ZONE_WORDS = (
    ("czasu lokalnego", ""), ("czasu polskiego", "PL"), ("naszego czasu", "PL"),
)

# Nouns a year after names a thing by ("Barolo z rocznika 2021", "le millésime 2025"): a
# label, no moment of the event (compare/figures.py)
YEAR_NAMERS = ("rocznik", "rocznika", "roczniku", "rocznikiem", "model", "modelu", "edycja", "edycji")
# a figure after these words is a level on a scale ("level 2", "Stufe 3"): one label, compared as such
LEVEL_WORDS = ("poziom", "poziomu", "poziomie", "kategoria", "kategorii", "stopień", "stopnia", "faza", "fazy")
# a negation before "less than" / "more than" turns the bound round ("no fewer than 60" is
# at least 60, "no more than 60" at most): the negators, the words of comparison after the
# qualifier, and qualifiers read only so negated
# Qualifiers before a figure ("około 300 ratowników", "ok. 4,3 tys.", "ponad 200", "co
# najmniej 12"): about, more than, at least, nearly
APPROX = {
    "około": "~",
    "ok": "~",
    "blisko": "~",
    "mniej więcej": "~",
    "ponad": ">",
    "przeszło": ">",
    "najmniej": ">=",
    "przynajmniej": ">=",
    "prawie": "<",
    "niemal": "<",
    "niespełna": "<",
}
APPROX_LEADS = ("co",)  # "co najmniej"
APPROX_NEGATORS = ("nie",)
APPROX_THAN = ("niż", "niz", "od")
APPROX_NEGATED = {"mniej": ">="}

# Volumes, with their factor to litres (see lang/en/numbers.py)
VOLUME_UNITS = {
    'litrów': ('L', 1.0),
    'litry': ('L', 1.0),
    'litra': ('L', 1.0),
    'litr': ('L', 1.0),
    'hektolitrów': ('L', 100.0),
    'metrów sześciennych': ('L', 1000.0),
    'metry sześcienne': ('L', 1000.0),
    'baryłek': ('L', 159.0),
}

# A minute of a match: "w 34. minucie"
MINUTE_SUFFIXES = (".",)
MINUTE_WORDS = ("minucie", "minuty", "minuta")

# A measure per span of time is a rate (compare/rates.py): "35 m³ per second", a yearly
# volume ("jährlich 1,4 Milliarden Kubikmeter"); PER_UNIT and RATE_PER lead the span
PER_YEAR_WORDS = ("rocznie", "roczny", "roczna", "roczne", "rocznego")
RATE_PER = ("na",)

# Words between a figure (or its currency word) and the currency it is quoted against: an
# exchange rate ("27.45 per euro", "27,45 za euro", "27,45 pour un euro"), no amount
# (compare/rates.py `exchange_base`)
EXCHANGE_PER = ("za", "za jedno", "za jednego", "za 1", "wobec")

# Words that make a span of years or days a term in custody, right after it or its unit
# ("six years in prison", "sei anni di carcere") or before it and a preposition ("jailed
# for six years", "condenado a seis años"): a figure outlets disagree on as on a toll,
# compared across facts (compare/slots.py `custodial`)
CUSTODY_WORDS = ("więzienia", "więzienie", "więzieniu", "skazany", "skazana", "skazani", "pozbawienia")

# Words that make a length a depth, right after it and its unit ("380 metres below ground",
# "410 Metern Tiefe") or before it ("na głębokości 380 metrów", "at a depth of"): one
# dimension however told (compare/slots.py `dimension`)
DEPTH_WORDS = ("głębokości", "głębokość", "głęboko", "pod ziemią", "pod powierzchnią")

# Words before a figure that deny it beside another of its kind ("25 years instead of 30";
# APPROX_NEGATORS too: "voor 25 jaar, en niet voor 30 jaar zoals aangekondigd"): what was
# said before, no figure the outlet gives (compare/denials.py)
INSTEAD_OF = ("zamiast",)

# A part of the day after an hour (compare/clock.py): hours it adds to an hour of 1 to 11
# ("at eight in the evening" is 20:00)
DAYPARTS = {
    'rano': 0,
    'nad ranem': 0,
    'po południu': 12,
    'wieczorem': 12,
}
