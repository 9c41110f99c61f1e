"""Italian number words (see newsweave.text.numbers, which reads them)."""

# cardinals newsrooms spell out, with their value ("a dozen" included)
WORDS = {
    "uno": 1,
    "due": 2,
    "tre": 3,
    "quattro": 4,
    "cinque": 5,
    "sei": 6,
    "sette": 7,
    "otto": 8,
    "nove": 9,
    "dieci": 10,
    "undici": 11,
    "dodici": 12,
    "tredici": 13,
    "quattordici": 14,
    "quindici": 15,
    "sedici": 16,
    "diciassette": 17,
    "diciotto": 18,
    "diciannove": 19,
    "venti": 20,
    "trenta": 30,
    "quaranta": 40,
    "cinquanta": 50,
    "sessanta": 60,
    "settanta": 70,
    "ottanta": 80,
    "novanta": 90,
    "cento": 100,
    "mille": 1000,
    "dozzina": 12,
}
# words that multiply the figure before them ("105 billion", "1,5 millions")
SCALES = {
    "dozzina": 12,  # "two dozen": 24
    "mila": 1e3,
    "milione": 1e6,
    "milioni": 1e6,
    "miliardo": 1e9,
    "miliardi": 1e9,
    "mln": 1e6,
    "mld": 1e9,
    "mlrd": 1e9,
}
# collective numerals: a scale that makes the figure rough ("une vingtaine" is about 20)
COLLECTIVES = {
    "decina": 10,
    "ventina": 20,
    "trentina": 30,
    "dozzina": 12,
    "quindicina": 15,
    "quarantina": 40,
    "cinquantina": 50,
    "sessantina": 60,
    "settantina": 70,
    "ottantina": 80,
    "novantina": 90,
    "centinaio": 100,
}
# indefinite articles that also mean "one": a figure only before a scale word ("a thousand")
ARTICLES = ("un", "una", "uno")
# words before a number word that make it vague ("several dozen", "des dizaines")
VAGUE = ("diversi", "alcuni", "alcune", "decine", "centinaia", "migliaia")
# words between a part and its whole, both counts ("cinque dei sette membri"): the part counts the whole's kind
PARTITIVES = ("di", "dei", "degli", "delle", "su")
# A share as a ratio ("neuf trains sur dix"): the words between two counts, a noun
# maybe before them, when the second is ten, a hundred or a thousand; and those
# that make a ratio of any second count, nothing between ("one in five")
RATIO_JOINERS = ("su",)
# other words that say how many ("zero", "half", "first"): repeats differing in them differ
COUNTING = ("zero",)
# unit words after a figure ("a 24-hour strike", "12 segundos"), lower case, and the
# unit they normalise to (compare/numbers.py; symbols such as "%" and "km" live there)
UNITS = {
    "kilovolt": "kV",
    "megawatt": "MW",
    "miglia": "mi",
    "centimetri": "cm",
    "chilometri": "km",
    "chilometro": "km",
    "metri": "m",
    "metro": "m",
    "tonnellate": "t",
    "ettari": "ha",
    "minuti": "min",
    "minuto": "min",
    "ore": "h",
    "ora": "h",
    "secondi": "s",
    "secondo": "s",
    "giorni": "d",
    "giorno": "d",
    "settimane": "wk",
    "settimana": "wk",
    "anni": "yr",
    "anno": "yr",
    "decenni": "decade",
    "decennio": "decade",
    "mesi": "month",
    "mese": "month",
}
# currency words after (or before) a figure, and their ISO code
CURRENCIES = {
    "dollaro": "USD",  # "por dólar": a rate is quoted against one
    "zloty": "PLN",
    "dollari": "USD",
}
# words before a figure that make it an earthquake magnitude
MAGNITUDE_WORDS = ("magnitudo",)
# what a count counts, by coarse class shared across languages (compare/numbers.py)
# Nobody, before a word of a toll ("no one was killed", "keine Toten"): a count of
# zero of that toll (compare/numbers.py `_zeros`)
NOBODY = ("nessuno", "nessuna vittima", "nessun morto")
# ... unless one of these follows it: nobody among a toll ("nessuno dei feriti") is no toll
NOBODY_AMONG = ("tra", "fra", "dei", "degli", "delle", "di")
# verbs after a figure that lead to its toll, no noun of it ("12 sono rimasti feriti")
TOLL_LINKS = ("rimasti", "rimaste", "rimasto", "rimasta", "restano", "risultano", "sono")
COUNTED = {
    "protesters": ("manifestanti", "sfilato", "sfilavano"),  # a crowd counted by police and organisers
    "dead": ("morti", "morte", "morto", "vittime", "deceduti", "uccisi", "perso_la", "costato_la"),  # "hanno perso la vita", "è costato la vita a tre"
    "injured": ("feriti", "ferite", "ferito", "ferita"),
    "missing": ("dispersi", "disperse", "disperso"),
    # the displaced too, as the ar, id and ko lists have them
    "evacuated": ("evacuati", "sfollati", "sfollate", "proprie_case", "loro_case"),  # "forced from their homes": the displaced
    "people": ("persone", "passeggeri", "viaggiatori", "abitanti", "residenti"),
    "rescuers": ("soccorritori",),  # crews at work in a rescue, counted apart from firefighters
    # jobs cut or created: a figure outlets give for layoffs and plans
    "jobs": ("posti",),
    # hostages and prisoners freed or held: figures outlets give for an exchange
    "hostages": ("ostaggi",),
    "prisoners": ("prigionieri", "detenuti"),
    # votes for a motion or a ruling: a tally outlets give for one vote
    "votes": ("voti",),
}

# Words between the two figures of a vote ("Mit 79 zu 58 Stimmen"), not of a range
TALLY_LINKS = ("contro",)

# Ranks of an achievement ("il primo giocatore a segnare"): the ordinal words, and the
# word that opens the achievement after them (compare/ranks.py; the article before a rank
# is the language's DEFINITE_ARTICLES: a possessive makes a count, "his second penalty")
ORDINALS = {"primo": 1, "prima": 1, "secondo": 2, "seconda": 2, "terzo": 3, "terza": 3}
RANK_LINKS = ("a",)

# "and a half" after a figure or after its unit ("three and a half hours", "tres horas y
# media"): half a unit more
HALVES = ("e mezzo", "e mezza")
# Fractions: word -> denominator, and the words opening what is shared (compare/shares.py)
FRACTIONS = {"metà": 2, "terzo": 3, "terzi": 3, "quarto": 4, "quarti": 4, "quinto": 5, "quinti": 5}
FRACTION_OF = ("di", "dei", "degli", "delle", "del", "della", "dello")

# a point of a rate after a fraction ("a quarter point"): a unit, so the fraction is no share
POINT_WORDS = ("punto", "punti")

# words that make a figure someone's age: before it ("aged 58", "âgé de 58 ans") or after
# it ("58 years old", "a 58-year-old"), as written (case kept: German "der 58-Jährige" is a
# person, "die 10-jährige Reise" a span)
AGE_BEFORE = ("età",)
AGE_AFTER = ()

# a range of two figures ("between 30 and 40 people"): one figure, from the first to the second
RANGE_OPENERS = ("tra", "fra")
RANGE_JOINERS = ("e",)

# Words after a span of time that name what it counts from ("20 minutes after take-off"):
# two spans from different moments are two figures (compare/figures.py)
SPAN_ANCHORS = ('dopo', 'prima', 'da')

# Qualifiers before a figure ("almeno 12": at least 12), as compare/numbers.py reads them
APPROX = {"oltre": ">", "più": ">", "almeno": ">=", "quasi": "<", "circa": "~"}
# a change in percentage points after a figure, and its size in points ("25 basis points" is 0.25)
POINT_UNITS = {
    "punto percentuale": 1,
    "punti percentuali": 1,
    "punto base": 0.01,
    "punti base": 0.01,
}
# degrees before a temperature scale ("112 degrees Fahrenheit"), and the words that are
# degrees Celsius alone ("45 Grad"; English "degrees" alone may be Fahrenheit)
DEGREE_WORDS = ("gradi", "grado")
CELSIUS_WORDS = ("gradi", "grado")

# what is left of a whole, next to its figure ("the remaining 16"; compare.parts)
REMAINDER_WORDS = ("altri", "altre", "restanti", "rimanenti")

# Words after an amount of money that make it a rate ("42 euros per share", "5 dollars a
# day"): a price per thing, never the same figure as a total
PER_UNIT = ("per",)
# a cut by half, read as a share of 50% (compare/shares.py): "halving plastic discharges"
HALVING = ('dimezzare', 'dimezzato', 'dimezzata', 'dimezzati', 'dimezzate', 'dimezzerà', 'dimezzeremo', 'della metà')
# A percentage a verb or noun of change goes with is a change, not a level (compare/trends.py):
# "shares fell 4%" is no "40% of revenue", nor "jumped 27.3%"; "rose to 3.1%" (TREND_TO) is a level
TREND_UP = ('salito', 'salita', 'salite', 'saliti', 'sale', 'aumentato', 'aumentata', 'aumento', 'cresciuto', 'cresciuta', 'crescita', 'balzo', 'balzato', 'guadagnato', 'rialzo')
TREND_DOWN = ('sceso', 'scesa', 'scese', 'scesi', 'scende', 'calato', 'calata', 'calo', 'perso', 'persa', 'ribasso', 'crollato', 'crollata')
TREND_TO = ('a', 'al')
# Areas, with their factor to square metres or kilometres (compare/quantity.unit_phrase):
# "16,000 square feet" states about 1,500 m², no other figure
AREA_UNITS = {
    'metri quadrati': ('m²', 1.0),
    'metro quadrato': ('m²', 1.0),
    'metri quadri': ('m²', 1.0),
    'chilometri quadrati': ('km²', 1.0),
}

# Words before a clock time ("alle 19.20", "às 19h20")
CLOCK_PREPOSITIONS = ("alle", "verso", "dalle", "entro", "le")
# a clock time after these is a bound of the moment (see lang/en/numbers.py)
CLOCK_AFTER = ("dopo",)
CLOCK_BEFORE = ("prima",)

# After a verb of rising, the figure a subject rose to ("the toll has risen to four")
RISE_LINKS = ("a",)

# Hour words after a time written with a full stop ("20.15 hours"), not read as a span
DOTTED_HOURS = ("ore", "ora")  # "alle 12.41 ora locale"

# Words that make a figure a quota, not a count ("76 votes were needed", "servivano 76 voti")
NEED_WORDS = ("servivano", "servono", "necessari", "necessarie", "occorrevano", "occorrono")

# The word before the old value of a change ("will rise to 33.50 from 31.40", "z 31,40 zł
# do 33,50 zł"): what the figure was, not what it is (compare/quantity.py `previous_values`)
CHANGE_FROM = ("da", "dal", "dai", "dalle")
# the word between the two ends of a range ("one to three days", "da uno a tre giorni"; a
# dash is every language's)
RANGE_TO = ("a",)

# Words after a length that say where it is measured from ("28 km above Mértola", "à une
# quinzaine de kilomètres de la frontière", "2.150 mètres d'altitude"), and the relation
# they name: two lengths from two things are two figures (compare/values.py `measured_from`)
LENGTH_RELATIONS = {"intorno": "around", "da": "from", "dal": "from", "dalla": "from", "di": "from", "del": "from", "della": "from", "sopra": "above", "sotto": "below"}
# ... and the bearings a length may go with ("31 km east of Varnsee", "à 60 km au nord-est de
# Ostrow"): a length in one direction from a place, as the direction's letters
LENGTH_BEARINGS = {
    "nord": "N", "sud": "S", "est": "E", "ovest": "W", "nord-est": "NE", "nordest": "NE", "nord-ovest": "NW",
    "sud-est": "SE", "sudest": "SE", "sud-ovest": "SW",
}

# A person's noun, then one of AGE_OF, then a figure in years: an age ("una mujer de 45
# años", "een man van 58 jaar"), not a span of years (compare/quantity.py `is_age`)
AGE_OF = ("di",)
AGE_HOLDERS = (
    "uomo", "donna", "giovane", "bambino", "bambina", "ragazzo", "ragazza", "figlio", "figlia",
    "coppia", "anziano", "anziana", "turista", "padre", "madre",
)

# A time zone in words after a clock time, as the zone it names ("13.41 Uhr deutscher Zeit":
# Germany's); local time is no zone of its own (the time of an unmarked clock time)
TIME_ZONE_WORDS = (
    ("ora locale", ""), ("ora italiana", "IT"), ("ora tedesca", "DE"), ("ora francese", "FR"),
    ("ora spagnola", "ES"), ("ora portoghese", "PT"),
)

# Nouns a year after names a thing by ("Barolo z rocznika 2021", "le millésime 2025"): a
# label, no moment of the event (compare/figures.py)
YEAR_NAMERS = ("annata", "vendemmia", "modello", "edizione")
# a figure after these words is a level on a scale ("level 2", "Stufe 3"): one label, compared as such
LEVEL_WORDS = ("livello", "categoria", "grado", "fase")
# a negation before "less than" / "more than" turns the bound round ("no fewer than 60" is
# at least 60, "no more than 60" at most): the negators, the words of comparison after the
# qualifier, and qualifiers read only so negated
APPROX_NEGATORS = ("non",)
APPROX_THAN = ("di", "del", "dei", "delle")
APPROX_NEGATED = {"meno": ">="}

# Volumes, with their factor to litres (see lang/en/numbers.py)
VOLUME_UNITS = {
    'litri': ('L', 1.0),
    'litro': ('L', 1.0),
    'ettolitri': ('L', 100.0),
    'metri cubi': ('L', 1000.0),
    'metro cubo': ('L', 1000.0),
    'barili': ('L', 159.0),
    'barile': ('L', 159.0),
}

# A minute of a match: "al 34° minuto", "al minuto 108" ("al 34'" is every language's)
MINUTE_SUFFIXES = ("º", "°", "esimo")
MINUTE_WORDS = ("minuto",)
MINUTE_WORDS_BEFORE = ("minuto",)

# A measure per span of time is a rate (compare/rates.py): "35 m³ per second", a yearly
# volume ("jährlich 1,4 Milliarden Kubikmeter"); PER_UNIT and RATE_PER lead the span
PER_YEAR_WORDS = ("annuo", "annua", "annui", "annue", "annuale", "annuali", "annualmente")
RATE_PER = ("al", "all")

# Words between a figure (or its currency word) and the currency it is quoted against: an
# exchange rate ("27.45 per euro", "27,45 za euro", "27,45 pour un euro"), no amount
# (compare/rates.py `exchange_base`)
EXCHANGE_PER = ("per", "per un", "per ogni", "contro l'", "contro il", "sull'", "sul")

# Words that make a span of years or days a term in custody, right after it or its unit
# ("six years in prison", "sei anni di carcere") or before it and a preposition ("jailed
# for six years", "condenado a seis años"): a figure outlets disagree on as on a toll,
# compared across facts (compare/slots.py `custodial`)
CUSTODY_WORDS = ("carcere", "reclusione", "prigione", "condannato", "condannata", "condannati", "pena")

# Words that make a length a depth, right after it and its unit ("380 metres below ground",
# "410 Metern Tiefe") or before it ("na głębokości 380 metrów", "at a depth of"): one
# dimension however told (compare/slots.py `dimension`)
DEPTH_WORDS = ("profondità", "profondo", "profonda", "sottoterra", "sotto terra", "sotto la superficie")

# Words before a figure that deny it beside another of its kind ("25 years instead of 30";
# APPROX_NEGATORS too: "voor 25 jaar, en niet voor 30 jaar zoals aangekondigd"): what was
# said before, no figure the outlet gives (compare/denials.py)
INSTEAD_OF = ("invece di", "invece che", "anziché")

# A part of the day after an hour (compare/clock.py): hours it adds to an hour of 1 to 11
# ("at eight in the evening" is 20:00)
DAYPARTS = {
    'del mattino': 0,
    'di mattina': 0,
    'della mattina': 0,
    'del pomeriggio': 12,
    'di pomeriggio': 12,
    'di sera': 12,
    'della sera': 12,
}
