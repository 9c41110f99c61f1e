"""Turkish number words (see newsweave.text.numbers, which reads them)."""

# cardinals newsrooms spell out, with their value ("a dozen" included)
WORDS = {
    "bir": 1,
    "iki": 2,
    "üç": 3,
    "dört": 4,
    "beş": 5,
    "altı": 6,
    "yedi": 7,
    "sekiz": 8,
    "dokuz": 9,
    "on": 10,
    "yirmi": 20,
    "otuz": 30,
    "kırk": 40,
    "elli": 50,
    "altmış": 60,
    "yetmiş": 70,
    "seksen": 80,
    "doksan": 90,
    "yüz": 100,
    "bin": 1000,
    "düzine": 12,
}
# words that multiply the figure before them ("105 billion", "1,5 millions")
SCALES = {
    "bin": 1e3,
    "milyon": 1e6,
    "milyar": 1e9,
    "trilyon": 1e12,
}
# indefinite articles that also mean "one": a figure only before a scale word ("a thousand")
ARTICLES = ("bir",)
# words before a number word that make it vague ("several dozen", "des dizaines")
VAGUE = ("birkaç", "onlarca", "yüzlerce", "binlerce")
# other words that say how many ("zero", "half", "first"): repeats differing in them differ
COUNTING = ("sıfır",)
# unit words after a figure ("a 24-hour strike", "12 segundos"), lower case, and the
# unit they normalise to (compare/numbers.py; symbols such as "%" and "km" live there)
UNITS = {
    "kilometre": "km",
    "metre": "m",
    "ton": "t",
    "hektar": "ha",
    "dakika": "min",
    "saat": "h",
    "saniye": "s",
    "gün": "d",
    "yıl": "yr",
    "ay": "month",
}

# What a count counts, by class shared across languages (compare/numbers.py): "14 kişi
# hayatını kaybetti" counts the dead (the first class more specific than "people")
COUNTED = {
    "dead": ("öldü", "ölü", "ölen", "öldürüldü", "hayatını"),
    "injured": ("yaralandı", "yaralı", "yaralanan", "yaralandi"),
    "missing": ("kayıp", "kayip"),
    "evacuated": ("tahliye",),
    "buildings": ("bina", "binada", "ev", "konut"),
    "troops": ("asker", "askerler"),
    "firefighters": ("itfaiyeci", "itfaiye"),
    "rescuers": ("kurtarıcı", "kurtarma_ekibi"),  # crews at work in a rescue, counted apart from firefighters
    "people": ("kişi", "insan", "vatandaş"),
    "goals": ("gol",),
    "aftershocks": ("artçı", "artci"),
    "cases": ("vaka", "vakası"),
    "countries": ("ülke", "ulke"),
}

# "and a half" after a figure or after its unit ("three and a half hours", "tres horas y
# media"): half a unit more
HALVES = ("buçuk",)

# Words that make a span of years or days a term in custody, right after it or its unit
# ("six years in prison", "sei anni di carcere") or before it and a preposition ("jailed
# for six years", "condenado a seis años"): a figure outlets disagree on as on a toll,
# compared across facts (compare/slots.py `custodial`)
CUSTODY_WORDS = ("hapis", "hapse", "hapsine")

# Words that make a length a depth, right after it and its unit ("380 metres below ground",
# "410 Metern Tiefe") or before it ("na głębokości 380 metrów", "at a depth of"): one
# dimension however told (compare/slots.py `dimension`)
DEPTH_WORDS = ("derinlik", "derinliğinde", "yerin altında")

# Words before a figure that deny it beside another of its kind ("25 years instead of 30";
# APPROX_NEGATORS too: "voor 25 jaar, en niet voor 30 jaar zoals aangekondigd"): what was
# said before, no figure the outlet gives (compare/denials.py)
INSTEAD_OF = ("yerine",)
