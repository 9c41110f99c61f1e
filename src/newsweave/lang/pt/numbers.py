"""Portuguese number words (see newsweave.text.numbers, which reads them)."""

# cardinals newsrooms spell out, with their value ("a dozen" included)
WORDS = {
    "um": 1,
    "dois": 2,
    "duas": 2,  # "duas toneladas", "duas pessoas": the feminine
    "três": 3,
    "quatro": 4,
    "cinco": 5,
    "seis": 6,
    "sete": 7,
    "oito": 8,
    "nove": 9,
    "dez": 10,
    "onze": 11,
    "doze": 12,
    "treze": 13,
    "catorze": 14,
    "quinze": 15,
    "dezesseis": 16,
    "dezessete": 17,
    "dezoito": 18,
    "dezenove": 19,
    "dezasseis": 16,  # European Portuguese
    "dezassete": 17,
    "dezanove": 19,
    "vinte": 20,
    "trinta": 30,
    "quarenta": 40,
    "cinquenta": 50,
    "sessenta": 60,
    "setenta": 70,
    "oitenta": 80,
    "noventa": 90,
    "cem": 100,
    "cento": 100,  # "cento e oitenta mil"; a bare "cento" ("por cento") is no figure
    "mil": 1000,
    "dúzia": 12,
}
# words that multiply the figure before them ("105 billion", "1,5 millions")
SCALES = {
    "dúzia": 12,  # "two dozen": 24
    "mil": 1e3,
    "milhão": 1e6,
    "milhões": 1e6,
    "bilhão": 1e9,
    "bilhões": 1e9,
}
# collective numerals: a scale that makes the figure rough ("une vingtaine" is about 20)
COLLECTIVES = {
    "dezena": 10,
    "vintena": 20,
    "dúzia": 12,
    "quinzena": 15,
    "trintena": 30,
    "cinquentena": 50,
    "centena": 100,
}
# indefinite articles that also mean "one": a figure only before a scale word ("a thousand")
ARTICLES = ("um", "uma")
# words before a number word that make it vague ("several dozen", "des dizaines")
VAGUE = ("vários", "várias", "alguns", "algumas", "dezenas", "centenas", "milhares")
# words before a number word that make it none ("nem um")
NONE = ("nem",)
# words between a part and its whole, both counts ("cinco dos sete membros"): the part counts the whole's kind
PARTITIVES = ("de", "dos", "das")
# A share as a ratio ("neuf trains sur dix"): the words between two counts, a noun
# maybe before them, when the second is ten, a hundred or a thousand; and those
# that make a ratio of any second count, nothing between ("one in five")
RATIO_JOINERS = ("em cada", "de cada")
RATIO_ANY = ("em cada",)
# other words that say how many ("zero", "half", "first"): repeats differing in them differ
COUNTING = ("zero", "duas", "quatorze", "cento")
# unit words after a figure ("a 24-hour strike", "12 segundos"), lower case, and the
# unit they normalise to (compare/numbers.py; symbols such as "%" and "km" live there)
UNITS = {
    "quilovolts": "kV",
    "kilovolts": "kV",
    "megawatts": "MW",
    "milhas": "mi",
    "centímetros": "cm",
    "quilômetros": "km",
    "quilómetros": "km",
    "quilômetro": "km",
    "metros": "m",
    "metro": "m",
    "toneladas": "t",
    "hectares": "ha",
    "minutos": "min",
    "minuto": "min",
    "horas": "h",
    "hora": "h",
    "segundos": "s",
    "segundo": "s",
    "dias": "d",
    "dia": "d",
    "semanas": "wk",
    "semana": "wk",
    "anos": "yr",
    "ano": "yr",
    "décadas": "decade",
    "década": "decade",
    "meses": "month",
    "mês": "month",
    "mes": "month",
}
# what a count counts, by coarse class shared across languages (compare/numbers.py)
# Nobody, before a word of a toll ("no one was killed", "keine Toten"): a count of
# zero of that toll (compare/numbers.py `_zeros`)
NOBODY = ("ninguém", "nenhum morto", "nenhuma vítima")
# ... unless one of these follows it: nobody among a toll ("nessuno dei feriti") is no toll
NOBODY_AMONG = ("entre", "dos", "das", "de")
# verbs after a figure that lead to its toll, no noun of it ("11 ficaram feridas")
TOLL_LINKS = ("ficaram", "ficou", "seguem", "continuam", "permanecem", "saíram")
COUNTED = {
    "protesters": ("manifestantes", "desfilaram", "marcharam"),  # a crowd counted by police and organisers
    "dead": ("mortos", "mortas", "mortes", "vítimas", "vitimas", "morreram", "perderam_a", "perdido_a", "custou_a"),  # "perderam a vida", "custou a vida a três"
    "injured": ("feridos", "feridas", "ferido", "ferida"),
    "missing": ("desaparecidos", "desaparecidas"),
    # the displaced too, as the ar, id and ko lists have them
    "evacuated": ("evacuados", "desalojados", "desabrigados", "deslocados", "suas_casas", "retirada", "retirar", "retiraram", "retirados", "retiradas", "de_casa"),  # "forced from their homes": the displaced
    "buildings": ("edifícios", "edificios", "casas", "prédios", "predios"),
    "troops": ("tropas", "soldados"),
    "firefighters": ("bombeiros",),
    "rescuers": ("socorristas", "resgatadores"),  # crews at work in a rescue, counted apart from firefighters
    "people": ("pessoas", "moradores", "habitantes", "passageiros", "viajantes"),
    "goals": ("gols", "golos", "gol", "golo"),
    "cases": ("casos", "infectados"),
    "countries": ("países", "paises"),
    # jobs cut or created: a figure outlets give for layoffs and plans
    "jobs": ("empregos", "postos"),
    # hostages and prisoners freed or held: figures outlets give for an exchange
    "hostages": ("reféns", "refens"),
    "prisoners": ("prisioneiros", "presos", "detidos"),
    # votes for a motion or a ruling: a tally outlets give for one vote
    "votes": ("votos",),
}

# Words between the two figures of a vote ("Mit 79 zu 58 Stimmen"), not of a range
TALLY_LINKS = ("contra",)

# Ranks of an achievement ("o primeiro jogador a marcar"): the ordinal words, and the
# word that opens the achievement after them (compare/ranks.py; the article before a rank
# is the language's DEFINITE_ARTICLES: a possessive makes a count, "his second penalty")
ORDINALS = {
    "primeiro": 1, "primeira": 1, "segundo": 2, "segunda": 2, "terceiro": 3, "terceira": 3,
}  # fmt: skip
RANK_LINKS = ("a",)

# "and a half" after a figure or after its unit ("three and a half hours", "tres horas y
# media"): half a unit more
HALVES = ("e meio", "e meia")
# Fractions: word -> denominator, and the words opening what is shared (compare/shares.py)
# singular "quarto" is also a room ("um quarto de hotel")
FRACTIONS = {"metade": 2, "terço": 3, "terços": 3, "quartos": 4, "quinto": 5, "quintos": 5}
FRACTION_OF = ("de", "do", "da", "dos", "das")
FRACTIONS_ALONE = ("terço", "terços")  # a share after its numerator alone

# a point of a rate after a fraction ("a quarter point"): a unit, so the fraction is no share
POINT_WORDS = ("ponto", "pontos")

# words that make a figure someone's age: before it ("aged 58", "âgé de 58 ans") or after
# it ("58 years old", "a 58-year-old"), as written (case kept: German "der 58-Jährige" is a
# person, "die 10-jährige Reise" a span)
AGE_BEFORE = ("idade",)
AGE_AFTER = ()

# a range of two figures ("between 30 and 40 people"): one figure, from the first to the second
RANGE_OPENERS = ("entre",)
RANGE_JOINERS = ("e",)

# Words after a span of time that name what it counts from ("20 minutes after take-off"):
# two spans from different moments are two figures (compare/figures.py)
SPAN_ANCHORS = ('depois', 'antes', 'desde', 'após')

# Qualifiers before a figure ("pelo menos 12": at least 12), as compare/numbers.py reads them
APPROX = {"mais": ">", "menos": "<", "quase": "<", "cerca": "~", "aproximadamente": "~"}
# the word opening a qualifier of two (shown with the figure in a divergence)
APPROX_LEADS = ("pelo", "ao")  # "pelo menos", "ao menos"
# a change in percentage points after a figure, and its size in points ("25 basis points" is 0.25)
POINT_UNITS = {
    "ponto percentual": 1,
    "pontos percentuais": 1,
    "ponto-base": 0.01,
    "pontos-base": 0.01,
    "pontos base": 0.01,
}
# degrees before a temperature scale ("112 degrees Fahrenheit"), and the words that are
# degrees Celsius alone ("45 Grad"; English "degrees" alone may be Fahrenheit)
DEGREE_WORDS = ("graus", "grau")
CELSIUS_WORDS = ("graus", "grau")

# what is left of a whole, next to its figure ("the remaining 16"; compare.parts)
REMAINDER_WORDS = ("outros", "outras", "restantes")

# Words after an amount of money that make it a rate ("42 euros per share", "5 dollars a
# day"): a price per thing, never the same figure as a total
PER_UNIT = ("por",)
# ... but not before an infinitive ("50 millones de euros por infringir las normas": for)
PER_UNIT_NOT_ENDINGS = ("ar", "er", "ir")
# a cut by half, read as a share of 50% (compare/shares.py): "halving plastic discharges"
HALVING = ('para metade', 'pela metade', 'para a metade')
# A percentage a verb or noun of change goes with is a change, not a level (compare/trends.py):
# "shares fell 4%" is no "40% of revenue", nor "jumped 27.3%"; "rose to 3.1%" (TREND_TO) is a level
TREND_UP = ('subiu', 'subiram', 'sobe', 'alta', 'aumentou', 'aumentaram', 'aumento', 'cresceu', 'cresceram', 'avançou', 'disparou')
TREND_DOWN = ('caiu', 'caíram', 'cai', 'queda', 'baixou', 'baixaram', 'baixa', 'perdeu', 'perderam', 'recuou', 'recuaram', 'despencou')
TREND_TO = ('a', 'para')
# Areas, with their factor to square metres or kilometres (compare/quantity.unit_phrase):
# "16,000 square feet" states about 1,500 m², no other figure
AREA_UNITS = {
    'metros quadrados': ('m²', 1.0),
    'metro quadrado': ('m²', 1.0),
    'quilômetros quadrados': ('km²', 1.0),
    'quilómetros quadrados': ('km²', 1.0),
}

# Words before a clock time ("alle 19.20", "às 19h20")
CLOCK_PREPOSITIONS = ("às", "pelas", "até")
# a clock time after these is a bound of the moment (see lang/en/numbers.py)
CLOCK_AFTER = ("depois", "após", "apos")
CLOCK_BEFORE = ("antes",)

# After a verb of rising, the figure a subject rose to ("the toll has risen to four")
RISE_LINKS = ("para",)

# Hour words after a time written with a full stop ("20.15 hours"), not read as a span
DOTTED_HOURS = ("horas",)

# Words that make a figure a quota, not a count ("76 votes were needed", "servivano 76 voti")
NEED_WORDS = ("necessários", "necessárias", "precisos", "precisava")

# currency words after a figure, and their ISO code
CURRENCIES = {"zlótis": "PLN", "zlotys": "PLN", "dólar": "USD", "dólares": "USD"}  # "za dolara": a rate is quoted against one

# The word before the old value of a change ("will rise to 33.50 from 31.40", "z 31,40 zł
# do 33,50 zł"): what the figure was, not what it is (compare/quantity.py `previous_values`)
CHANGE_FROM = ("de", "desde")
# the word between the two ends of a range ("one to three days", "da uno a tre giorni"; a
# dash is every language's)
RANGE_TO = ("a",)

# Words after a length that say where it is measured from ("28 km above Mértola", "à une
# quinzaine de kilomètres de la frontière", "2.150 mètres d'altitude"), and the relation
# they name: two lengths from two things are two figures (compare/values.py `measured_from`)
LENGTH_RELATIONS = {"redor": "around", "de": "from", "do": "from", "da": "from", "acima": "above", "abaixo": "below"}
# ... and the bearings a length may go with ("31 km east of Varnsee", "à 60 km au nord-est de
# Ostrow"): a length in one direction from a place, as the direction's letters
LENGTH_BEARINGS = {
    "norte": "N", "sul": "S", "leste": "E", "este": "E", "oeste": "W", "nordeste": "NE", "noroeste": "NW",
    "sudeste": "SE", "sudoeste": "SW",
}

# A person's noun, then one of AGE_OF, then a figure in years: an age ("una mujer de 45
# años", "een man van 58 jaar"), not a span of years (compare/quantity.py `is_age`)
AGE_OF = ("de",)
AGE_HOLDERS = (
    "homem", "mulher", "jovem", "criança", "menino", "menina", "rapaz", "filho", "filha", "casal",
    "idoso", "idosa", "turista", "condutor", "condutora", "pai", "mãe", "bebé", "bebê",
)

# A time zone in words after a clock time, as the zone it names ("13.41 Uhr deutscher Zeit":
# Germany's); local time is no zone of its own (the time of an unmarked clock time)
TIME_ZONE_WORDS = (
    ("hora local", ""), ("hora de Lisboa", "PT"), ("hora portuguesa", "PT"), ("hora de Portugal", "PT"),
    ("hora espanhola", "ES"), ("hora de Brasília", "BR"),
)

# Nouns a year after names a thing by ("Barolo z rocznika 2021", "le millésime 2025"): a
# label, no moment of the event (compare/figures.py)
YEAR_NAMERS = ("colheita", "safra", "vindima", "modelo", "edição")
# a figure after these words is a level on a scale ("level 2", "Stufe 3"): one label, compared as such
LEVEL_WORDS = ("nível", "categoria", "grau", "fase")
# a negation before "less than" / "more than" turns the bound round ("no fewer than 60" is
# at least 60, "no more than 60" at most): the negators, the words of comparison after the
# qualifier, and qualifiers read only so negated
APPROX_NEGATORS = ("não", "nao")
APPROX_THAN = ("de", "do", "que")
APPROX_NEGATED = {}

# Volumes, with their factor to litres (see lang/en/numbers.py)
VOLUME_UNITS = {
    'litros': ('L', 1.0),
    'litro': ('L', 1.0),
    'hectolitros': ('L', 100.0),
    'metros cúbicos': ('L', 1000.0),
    'metro cúbico': ('L', 1000.0),
    'barris': ('L', 159.0),
    'barril': ('L', 159.0),
}

# A minute of a match: "o 59º minuto", "o minuto 108", "aos 34 minutos" (the minute a goal
# came, no span)
MINUTE_SUFFIXES = ("º", "°")
MINUTE_WORDS = ("minuto", "minutos")
MINUTE_WORDS_BEFORE = ("minuto",)
MINUTE_ON = ("aos", "ao")
MINUTE_ON_WORDS = ("minutos", "minuto")

# A measure per span of time is a rate (compare/rates.py): "35 m³ per second", a yearly
# volume ("jährlich 1,4 Milliarden Kubikmeter"); PER_UNIT and RATE_PER lead the span
PER_YEAR_WORDS = ("anual", "anuais", "anualmente")

# Words between a figure (or its currency word) and the currency it is quoted against: an
# exchange rate ("27.45 per euro", "27,45 za euro", "27,45 pour un euro"), no amount
# (compare/rates.py `exchange_base`)
EXCHANGE_PER = ("por", "por cada", "por um", "face ao", "frente ao", "contra o")

# Words that make a span of years or days a term in custody, right after it or its unit
# ("six years in prison", "sei anni di carcere") or before it and a preposition ("jailed
# for six years", "condenado a seis años"): a figure outlets disagree on as on a toll,
# compared across facts (compare/slots.py `custodial`)
CUSTODY_WORDS = ("prisão", "cadeia", "reclusão", "condenado", "condenada", "condenados", "pena")

# Words that make a length a depth, right after it and its unit ("380 metres below ground",
# "410 Metern Tiefe") or before it ("na głębokości 380 metrów", "at a depth of"): one
# dimension however told (compare/slots.py `dimension`)
DEPTH_WORDS = ("profundidade", "profundo", "profunda", "debaixo de terra", "abaixo da superfície")

# Words before a figure that deny it beside another of its kind ("25 years instead of 30";
# APPROX_NEGATORS too: "voor 25 jaar, en niet voor 30 jaar zoals aangekondigd"): what was
# said before, no figure the outlet gives (compare/denials.py)
INSTEAD_OF = ("em vez de", "em lugar de", "ao invés de")

# A part of the day after an hour (compare/clock.py): hours it adds to an hour of 1 to 11
# ("at eight in the evening" is 20:00)
DAYPARTS = {
    'da manhã': 0,
    'da madrugada': 0,
    'da tarde': 12,
    'da noite': 12,
}
