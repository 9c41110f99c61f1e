"""Russian number words (see newsweave.text.numbers, which reads them)."""

# cardinals newsrooms spell out, with their value ("a dozen" included)
WORDS = {
    "один": 1,
    "два": 2,
    "три": 3,
    "четыре": 4,
    "пять": 5,
    "шесть": 6,
    "семь": 7,
    "восемь": 8,
    "девять": 9,
    "десять": 10,
    "одиннадцать": 11,
    "двенадцать": 12,
    "тринадцать": 13,
    "четырнадцать": 14,
    "пятнадцать": 15,
    "шестнадцать": 16,
    "семнадцать": 17,
    "восемнадцать": 18,
    "девятнадцать": 19,
    "двадцать": 20,
    "тридцать": 30,
    "сорок": 40,
    "пятьдесят": 50,
    "шестьдесят": 60,
    "семьдесят": 70,
    "восемьдесят": 80,
    "девяносто": 90,
    "сто": 100,
    "тысяча": 1000,
    "дюжина": 12,
}
# words that multiply the figure before them ("105 billion", "1,5 millions")
SCALES = {
    "тыс": 1e3,
    "тысяча": 1e3,
    "тысячи": 1e3,
    "тысяч": 1e3,
    "млн": 1e6,
    "миллион": 1e6,
    "миллиона": 1e6,
    "миллионов": 1e6,
    "млрд": 1e9,
    "миллиард": 1e9,
    "миллиарда": 1e9,
    "миллиардов": 1e9,
    "трлн": 1e12,
}
# indefinite articles that also mean "one": a figure only before a scale word ("a thousand")
ARTICLES = ()
# words before a number word that make it vague ("several dozen", "des dizaines")
VAGUE = ("несколько", "десятки", "сотни", "тысячи")
# words between a part and its whole, both counts ("пять из семи членов"): the part counts the whole's kind
PARTITIVES = ("из",)
# other words that say how many ("zero", "half", "first"): repeats differing in them differ
COUNTING = ("ноль", "одна", "две")
# unit words after a figure ("a 24-hour strike", "12 segundos"), lower case, and the
# unit they normalise to (compare/numbers.py; symbols such as "%" and "km" live there)
UNITS = {
    "процентов": "%",
    "процента": "%",
    "километров": "km",
    "километра": "km",
    "метров": "m",
    "метра": "m",
    "тонн": "t",
    "гектаров": "ha",
    "минут": "min",
    "минуты": "min",
    "минуту": "min",
    "часов": "h",
    "часа": "h",
    "час": "h",
    "секунд": "s",
    "секунды": "s",
    "дней": "d",
    "дня": "d",
    "день": "d",
    "лет": "yr",
    "года": "yr",
    "год": "yr",
    "месяцев": "month",
    "месяца": "month",
    "месяц": "month",
    "десятилетий": "decade",
    "десятилетия": "decade",
    "десятилетие": "decade",
}

# What a count counts, by class shared across languages (compare/numbers.py): the word
# right after a figure, in the forms news writes it ("40 погибших", "1 200 человек")
COUNTED = {
    "dead": (
        "погибли", "погибших", "погибшие", "погибло", "погиб", "жертв", "жертвы", "убиты",
        "убитых", "умерли", "умерших", "смертей",
    ),
    "injured": ("ранены", "раненых", "раненые", "пострадали", "пострадавших", "пострадавшие"),
    "missing": ("пропавших", "пропавшие", "пропали", "пропал"),
    "evacuated": ("эвакуированы", "эвакуировано", "эвакуированных", "эвакуировали"),
    "buildings": ("зданий", "здания", "домов", "дома"),
    "troops": ("военных", "военнослужащих", "военнослужащие", "солдат"),
    "firefighters": ("пожарных", "пожарные"),
    "rescuers": ("спасателей", "спасатели"),  # crews at work in a rescue, counted apart from firefighters
    "people": ("человек", "людей", "жителей", "пассажиров"),
    "goals": ("гол", "гола", "голов", "мяча", "мячей"),
    "aftershocks": ("афтершоков", "афтершока", "афтершоки"),
    "cases": ("случаев", "случая", "заражений", "заболевших", "инфицированных"),
    "countries": ("стран", "страны", "странах"),
}  # fmt: skip

# "and a half" after a figure or after its unit ("three and a half hours", "tres horas y
# media"): half a unit more
HALVES = ("с половиной",)

# Words between a figure (or its currency word) and the currency it is quoted against: an
# exchange rate ("27.45 per euro", "27,45 za euro", "27,45 pour un euro"), no amount
# (compare/rates.py `exchange_base`)
EXCHANGE_PER = ("за", "за один", "за 1")
# currency words after (or before) a figure, and their ISO code
CURRENCIES = {"доллар": "USD", "доллара": "USD", "долларов": "USD", "евро": "EUR", "рубль": "RUB", "рубля": "RUB", "рублей": "RUB"}

# Words that make a span of years or days a term in custody, right after it or its unit
# ("six years in prison", "sei anni di carcere") or before it and a preposition ("jailed
# for six years", "condenado a seis años"): a figure outlets disagree on as on a toll,
# compared across facts (compare/slots.py `custodial`)
CUSTODY_WORDS = ("тюрьмы", "тюрьме", "колонии", "лишения", "приговорил", "приговорили", "приговорен", "приговорён")

# Words that make a length a depth, right after it and its unit ("380 metres below ground",
# "410 Metern Tiefe") or before it ("na głębokości 380 metrów", "at a depth of"): one
# dimension however told (compare/slots.py `dimension`)
DEPTH_WORDS = ("глубине", "глубина", "глубиной", "под землей", "под землёй")

# Words before a figure that deny it beside another of its kind ("25 years instead of 30";
# APPROX_NEGATORS too: "voor 25 jaar, en niet voor 30 jaar zoals aangekondigd"): what was
# said before, no figure the outlet gives (compare/denials.py)
INSTEAD_OF = ("вместо",)
