"""Spanish number words (see newsweave.text.numbers, which reads them)."""

# cardinals newsrooms spell out, with their value ("a dozen" included)
WORDS = {
    "uno": 1,
    "dos": 2,
    "tres": 3,
    "cuatro": 4,
    "cinco": 5,
    "seis": 6,
    "siete": 7,
    "ocho": 8,
    "nueve": 9,
    "diez": 10,
    "once": 11,
    "doce": 12,
    "trece": 13,
    "catorce": 14,
    "quince": 15,
    "dieciséis": 16,
    "diecisiete": 17,
    "dieciocho": 18,
    "diecinueve": 19,
    "veinte": 20,
    "treinta": 30,
    "cuarenta": 40,
    "cincuenta": 50,
    "sesenta": 60,
    "setenta": 70,
    "ochenta": 80,
    "noventa": 90,
    "cien": 100,
    "ciento": 100,  # "ciento ochenta mil"; a bare "ciento" ("por ciento") is no figure
    "mil": 1000,
    "docena": 12,
}
# words that multiply the figure before them ("105 billion", "1,5 millions")
SCALES = {
    "docena": 12,  # "two dozen": 24
    "mil": 1e3,
    "millón": 1e6,
    "millones": 1e6,
    "millardo": 1e9,
    "millardos": 1e9,
    "billón": 1e12,
    "billones": 1e12,
}
# collective numerals: a scale that makes the figure rough ("une vingtaine" is about 20)
COLLECTIVES = {
    "decena": 10,
    "veintena": 20,
    "docena": 12,
    "quincena": 15,
    "treintena": 30,
    "cincuentena": 50,
    "centenar": 100,
}
# indefinite articles that also mean "one": a figure only before a scale word ("a thousand")
ARTICLES = ("un", "una", "uno")
# words before a number word that make it vague ("several dozen", "des dizaines")
VAGUE = ("varios", "varias", "algunos", "algunas", "decenas", "centenares", "cientos", "miles")
# words before a number word that make it none ("ni uno")
NONE = ("ni",)
# words between a part and its whole, both counts ("cinco de los siete miembros"): the part counts the whole's kind
PARTITIVES = ("de", "de los", "de las")
# A share as a ratio ("neuf trains sur dix"): the words between two counts, a noun
# maybe before them, when the second is ten, a hundred or a thousand; and those
# that make a ratio of any second count, nothing between ("one in five")
RATIO_JOINERS = ("de cada",)
RATIO_ANY = ("de cada",)
# other words that say how many ("zero", "half", "first"): repeats differing in them differ
COUNTING = ("cero", "ciento")
# unit words after a figure ("a 24-hour strike", "12 segundos"), lower case, and the
# unit they normalise to (compare/numbers.py; symbols such as "%" and "km" live there)
UNITS = {
    "kilovoltios": "kV",
    "kilovoltio": "kV",
    "megavatios": "MW",
    "millas": "mi",
    "centímetros": "cm",
    "por": "%",
    "kilómetros": "km",
    "kilómetro": "km",
    "metros": "m",
    "metro": "m",
    "toneladas": "t",
    "tonelada": "t",
    "hectáreas": "ha",
    "hectárea": "ha",
    "minutos": "min",
    "minuto": "min",
    "horas": "h",
    "hora": "h",
    "segundos": "s",
    "segundo": "s",
    "días": "d",
    "día": "d",
    "semanas": "wk",
    "semana": "wk",
    "años": "yr",
    "año": "yr",
    "décadas": "decade",
    "década": "decade",
    "meses": "month",
    "mes": "month",
}
# currency words after (or before) a figure, and their ISO code
CURRENCIES = {
    "dólar": "USD", "dolar": "USD",  # "por dólar": a rate is quoted against one
    "zlotys": "PLN",
    "eslotis": "PLN",
    "dólares": "USD",
    "dolares": "USD",
    "euros": "EUR",
    "rublos": "RUB",
    "liras": "TRY",
}
# qualifiers before a figure: more than (>), at least (>=), about (~), less than (<)
APPROX = {
    "más": ">",
    "mas": ">",
    "menos": "<",  # "menos de 60"; after APPROX_LEADS, or negated, at least
    "casi": "<",
    "cerca": "~",
    "unos": "~",
    "unas": "~",
    "alrededor": "~",
}
# the word opening a qualifier of two (shown with the figure in a divergence)
APPROX_LEADS = ("al", "lo")  # "al menos", "por lo menos"
# words that make a figure a clock time after a preposition below ("vers 19 heures")
CLOCK_HOURS = ("horas", "hora")
# prepositions before a clock time
CLOCK_PREPOSITIONS = ("las",)  # "a las 14 horas"; "puso fin a 14 horas de revuelta" is a span
# a clock time after these is a bound of the moment (see lang/en/numbers.py)
CLOCK_AFTER = ("después", "despues")
CLOCK_BEFORE = ("antes",)
# quake words after a decimal figure (folded): a magnitude too ("a 7.8 quake")
QUAKE_WORDS = ("terremoto", "sismo", "replica")
# words before a figure that make it an earthquake magnitude
MAGNITUDE_WORDS = ("magnitud",)
# verbs after a figure that lead to its toll, no noun of it ("14 resultaron heridas")
TOLL_LINKS = ("resultaron", "resultó", "resulto", "quedaron", "quedó", "siguen", "permanecen", "continúan")
# adjectives skipped when reading what a count counts ("200 new cases")
NOUN_SKIP = ("nuevos", "nuevas", "otros", "otras", "más")
# what a count counts, by coarse class shared across languages (compare/numbers.py)
# Nobody, before a word of a toll ("no one was killed", "keine Toten"): a count of
# zero of that toll (compare/numbers.py `_zeros`)
NOBODY = ("nadie", "ningún muerto", "ninguna víctima")
# ... unless one of these follows it: nobody among a toll ("nessuno dei feriti") is no toll
NOBODY_AMONG = ("entre", "de")
COUNTED = {
    "protesters": ("manifestantes", "marcharon", "desfilaron"),  # a crowd counted by police and organisers
    "dead": (
        "muertos", "muerto", "muertes", "fallecidos", "fallecido", "víctimas", "victimas",
        "murieron", "fallecieron", "muertas", "fallecidas", "perdieron_la", "perdido_la", "costó_la",  # "perdieron la vida", "costó la vida a tres"
    ),
    "injured": ("heridos", "heridas", "herido", "herida", "lesionados", "lesionadas"),
    "missing": ("desaparecidos", "desaparecidas"),
    # the displaced too, as the ar, id and ko lists have them
    "evacuated": ("evacuados", "evacuadas", "desplazados", "desplazadas", "desalojados", "desalojadas", "sus_casas", "sus_hogares"),  # "forced from their homes": the displaced
    "buildings": ("edificios", "edificio", "viviendas"),
    "troops": ("tropas", "soldados"),
    "firefighters": ("bomberos",),
    "rescuers": ("rescatistas", "socorristas", "rescatadores"),  # crews at work in a rescue, counted apart from firefighters
    "people": ("personas", "vecinos", "habitantes", "pasajeros", "viajeros"),
    "goals": ("goles", "gol"),
    "aftershocks": ("réplicas", "replicas"),
    "cases": ("casos", "contagios"),
    "countries": ("países", "paises"),
    # jobs cut or created: a figure outlets give for layoffs and plans
    "jobs": ("empleos", "puestos"),
    # hostages and prisoners freed or held: figures outlets give for an exchange
    "hostages": ("rehenes",),
    "prisoners": ("prisioneros", "presos", "detenidos", "reclusos"),
    # votes for a motion or a ruling: a tally outlets give for one vote
    "votes": ("votos",),
}

# Words between the two figures of a vote ("Mit 79 zu 58 Stimmen"), not of a range
TALLY_LINKS = ("contra",)

# Ranks of an achievement ("el primer jugador en marcar"): the ordinal words, and the
# word that opens the achievement after them (compare/ranks.py; the article before a rank
# is the language's DEFINITE_ARTICLES: a possessive makes a count, "his second penalty")
ORDINALS = {
    "primer": 1, "primero": 1, "primera": 1, "segundo": 2, "segunda": 2, "tercer": 3,
    "tercero": 3, "tercera": 3, "cuarto": 4, "cuarta": 4, "quinto": 5, "quinta": 5,
}  # fmt: skip
RANK_LINKS = ("en",)

# words after a magnitude that make it an aftershock's ("a 6.7 aftershock")
AFTERSHOCK_WORDS = ("réplica",)

# A minute of a match: "el 59º minuto", "el minuto 108".
MINUTE_SUFFIXES = ("º", "°")
MINUTE_WORDS = ("minuto", "minutos", "min")
MINUTE_WORDS_BEFORE = ("minuto", "minutos")
# "a los 34 minutos": the minute a goal came, no span
MINUTE_ON = ("a los",)
MINUTE_ON_WORDS = ("minutos",)

# "and a half" after a figure or after its unit ("three and a half hours", "tres horas y
# media"): half a unit more
HALVES = ("y medio", "y media")
# Fractions: word -> denominator, and the words opening what is shared (compare/shares.py)
# singular "cuarto" is also a room ("un cuarto de baño")
FRACTIONS = {"mitad": 2, "tercio": 3, "tercios": 3, "cuartos": 4, "quinta parte": 5}
FRACTION_OF = ("de", "del")
FRACTIONS_ALONE = ("tercio", "tercios")  # a share after its numerator alone

# a point of a rate after a fraction ("a quarter point"): a unit, so the fraction is no share
POINT_WORDS = ("punto", "puntos")

# words that make a figure someone's age: before it ("aged 58", "âgé de 58 ans") or after
# it ("58 years old", "a 58-year-old"), as written (case kept: German "der 58-Jährige" is a
# person, "die 10-jährige Reise" a span)
AGE_BEFORE = ("edad",)
AGE_AFTER = ()

# a range of two figures ("between 30 and 40 people"): one figure, from the first to the second
RANGE_OPENERS = ("entre",)
RANGE_JOINERS = ("y",)

# Words after a span of time that name what it counts from ("20 minutes after take-off"):
# two spans from different moments are two figures (compare/figures.py)
SPAN_ANCHORS = ('después', 'antes', 'desde', 'tras')
# a change in percentage points after a figure, and its size in points ("25 basis points" is 0.25)
POINT_UNITS = {
    "punto porcentual": 1,
    "puntos porcentuales": 1,
    "punto básico": 0.01,
    "puntos básicos": 0.01,
}
# degrees before a temperature scale ("112 degrees Fahrenheit"), and the words that are
# degrees Celsius alone ("45 Grad"; English "degrees" alone may be Fahrenheit)
DEGREE_WORDS = ("grados", "grado")
CELSIUS_WORDS = ("grados", "grado")

# what is left of a whole, next to its figure ("the remaining 16"; compare.parts)
REMAINDER_WORDS = ("otros", "otras", "restantes")

# Words after an amount of money that make it a rate ("42 euros per share", "5 dollars a
# day"): a price per thing, never the same figure as a total
PER_UNIT = ("por",)
# ... but not before an infinitive ("50 millones de euros por infringir las normas": for)
PER_UNIT_NOT_ENDINGS = ("ar", "er", "ir")
# a cut by half, read as a share of 50% (compare/shares.py): "halving plastic discharges"
HALVING = ('a la mitad', 'en la mitad')
# A percentage a verb or noun of change goes with is a change, not a level (compare/trends.py):
# "shares fell 4%" is no "40% of revenue", nor "jumped 27.3%"; "rose to 3.1%" (TREND_TO) is a level
TREND_UP = ('subió', 'subían', 'subieron', 'sube', 'suben', 'subida', 'aumentó', 'aumentaron', 'aumento', 'creció', 'crecieron', 'crecimiento', 'ganó', 'ganaron', 'avanzó', 'avanzaron', 'alza', 'repuntó', 'disparó', 'dispararon')
TREND_DOWN = ('cayó', 'cayeron', 'cae', 'caen', 'caída', 'bajó', 'bajaron', 'baja', 'bajada', 'perdió', 'perdieron', 'retrocedió', 'retrocedieron', 'descenso', 'descendió', 'desplomó', 'desplomaron')
TREND_TO = ('a', 'al', 'hasta')
# Areas, with their factor to square metres or kilometres (compare/quantity.unit_phrase):
# "16,000 square feet" states about 1,500 m², no other figure
AREA_UNITS = {
    'metros cuadrados': ('m²', 1.0),
    'metro cuadrado': ('m²', 1.0),
    'kilómetros cuadrados': ('km²', 1.0),
}

# After a verb of rising, the figure a subject rose to ("the toll has risen to four")
RISE_LINKS = ("a", "hasta")

# Words that make a figure a quota, not a count ("76 votes were needed", "servivano 76 voti")
NEED_WORDS = ("necesarios", "necesarias", "falta", "requeridos")

# The word before the old value of a change ("will rise to 33.50 from 31.40", "z 31,40 zł
# do 33,50 zł"): what the figure was, not what it is (compare/quantity.py `previous_values`)
CHANGE_FROM = ("de", "desde")
# the word between the two ends of a range ("one to three days", "da uno a tre giorni"; a
# dash is every language's)
RANGE_TO = ("a",)

# Words after a length that say where it is measured from ("28 km above Mértola", "à une
# quinzaine de kilomètres de la frontière", "2.150 mètres d'altitude"), and the relation
# they name: two lengths from two things are two figures (compare/values.py `measured_from`)
LENGTH_RELATIONS = {"alrededor": "around", "de": "from", "del": "from", "sobre": "above", "bajo": "below", "debajo": "below"}
# ... and the bearings a length may go with ("31 km east of Varnsee", "à 60 km au nord-est de
# Ostrow"): a length in one direction from a place, as the direction's letters
LENGTH_BEARINGS = {
    "norte": "N", "sur": "S", "este": "E", "oeste": "W", "noreste": "NE", "nordeste": "NE", "noroeste": "NW",
    "sureste": "SE", "sudeste": "SE", "suroeste": "SW", "sudoeste": "SW",
}

# A person's noun, then one of AGE_OF, then a figure in years: an age ("una mujer de 45
# años", "een man van 58 jaar"), not a span of years (compare/quantity.py `is_age`)
AGE_OF = ("de",)
AGE_HOLDERS = (
    "hombre", "mujer", "joven", "niño", "niña", "chico", "chica", "hijo", "hija", "matrimonio",
    "pareja", "anciano", "anciana", "vecino", "vecina", "varón", "menor", "bebé", "conductor",
    "conductora", "turista", "señor", "señora", "padre", "madre",
)

# A time zone in words after a clock time, as the zone it names ("13.41 Uhr deutscher Zeit":
# Germany's); local time is no zone of its own (the time of an unmarked clock time)
TIME_ZONE_WORDS = (
    ("hora local", ""), ("hora peninsular", "ES"), ("hora española", "ES"), ("hora de Madrid", "ES"),
    ("hora portuguesa", "PT"), ("hora de Lisboa", "PT"),
)

# Nouns a year after names a thing by ("Barolo z rocznika 2021", "le millésime 2025"): a
# label, no moment of the event (compare/figures.py)
YEAR_NAMERS = ("cosecha", "añada", "vendimia", "modelo", "edición")
# a figure after these words is a level on a scale ("level 2", "Stufe 3"): one label, compared as such
LEVEL_WORDS = ("nivel", "categoría", "grado", "fase")
# a negation before "less than" / "more than" turns the bound round ("no fewer than 60" is
# at least 60, "no more than 60" at most): the negators, the words of comparison after the
# qualifier, and qualifiers read only so negated
APPROX_NEGATORS = ("no",)
APPROX_THAN = ("de", "que")
APPROX_NEGATED = {}

# Volumes, with their factor to litres (see lang/en/numbers.py)
VOLUME_UNITS = {
    'litros': ('L', 1.0),
    'litro': ('L', 1.0),
    'hectolitros': ('L', 100.0),
    'metros cúbicos': ('L', 1000.0),
    'metro cúbico': ('L', 1000.0),
    'barriles': ('L', 159.0),
    'barril': ('L', 159.0),
}

# A measure per span of time is a rate (compare/rates.py): "35 m³ per second", a yearly
# volume ("jährlich 1,4 Milliarden Kubikmeter"); PER_UNIT and RATE_PER lead the span
PER_YEAR_WORDS = ("anual", "anuales", "anualmente")

# Words between a figure (or its currency word) and the currency it is quoted against: an
# exchange rate ("27.45 per euro", "27,45 za euro", "27,45 pour un euro"), no amount
# (compare/rates.py `exchange_base`)
EXCHANGE_PER = ("por", "por cada", "por un", "frente al", "contra el", "ante el")

# Words that make a span of years or days a term in custody, right after it or its unit
# ("six years in prison", "sei anni di carcere") or before it and a preposition ("jailed
# for six years", "condenado a seis años"): a figure outlets disagree on as on a toll,
# compared across facts (compare/slots.py `custodial`)
CUSTODY_WORDS = ("prisión", "cárcel", "presidio", "condenado", "condenada", "condenados", "pena")

# Words that make a length a depth, right after it and its unit ("380 metres below ground",
# "410 Metern Tiefe") or before it ("na głębokości 380 metrów", "at a depth of"): one
# dimension however told (compare/slots.py `dimension`)
DEPTH_WORDS = ("profundidad", "profundo", "profunda", "bajo tierra", "bajo la superficie")

# Words before a figure that deny it beside another of its kind ("25 years instead of 30";
# APPROX_NEGATORS too: "voor 25 jaar, en niet voor 30 jaar zoals aangekondigd"): what was
# said before, no figure the outlet gives (compare/denials.py)
INSTEAD_OF = ("en lugar de", "en vez de")

# A part of the day after an hour (compare/clock.py): hours it adds to an hour of 1 to 11
# ("at eight in the evening" is 20:00)
DAYPARTS = {
    'de la mañana': 0,
    'de la madrugada': 0,
    'de la tarde': 12,
    'de la noche': 12,
}
