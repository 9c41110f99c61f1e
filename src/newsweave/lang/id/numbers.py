"""Indonesian number words (see newsweave.text.numbers, which reads them)."""

# cardinals newsrooms spell out, with their value ("a dozen" included)
WORDS = {
    "satu": 1,
    "dua": 2,
    "tiga": 3,
    "empat": 4,
    "lima": 5,
    "enam": 6,
    "tujuh": 7,
    "delapan": 8,
    "sembilan": 9,
    "sepuluh": 10,
    "sebelas": 11,
    "seratus": 100,
    "seribu": 1000,
    "lusin": 12,
}
# words that multiply the figure before them ("105 billion", "1,5 millions")
SCALES = {
    "ribu": 1e3,
    "juta": 1e6,
    "miliar": 1e9,
    "triliun": 1e12,
}
# indefinite articles that also mean "one": a figure only before a scale word ("a thousand")
ARTICLES = ()
# words before a number word that make it vague ("several dozen", "des dizaines")
VAGUE = ("beberapa", "puluhan", "ratusan", "ribuan")
# words between a part and its whole, both counts ("lima dari tujuh anggota"): the part counts the whole's kind
PARTITIVES = ("dari",)
# other words that say how many ("zero", "half", "first"): repeats differing in them differ
COUNTING = ("nol",)
# unit words after a figure ("a 24-hour strike", "12 segundos"), lower case, and the
# unit they normalise to (compare/numbers.py; symbols such as "%" and "km" live there)
UNITS = {
    "persen": "%",
    "kilometer": "km",
    "meter": "m",
    "ton": "t",
    "hektare": "ha",
    "menit": "min",
    "jam": "h",
    "detik": "s",
    "hari": "d",
    "tahun": "yr",
    "bulan": "month",
    "dekade": "decade",
}

# What a count counts, by class shared across languages (compare/numbers.py): "14 orang
# hilang" counts the missing (the first class more specific than "people" decides)
COUNTED = {
    "dead": ("tewas", "meninggal", "kematian"),
    "injured": ("luka", "luka-luka", "terluka", "cedera"),
    "missing": ("hilang",),
    "evacuated": ("dievakuasi", "mengungsi", "pengungsi"),
    "buildings": ("bangunan", "rumah", "gedung"),
    "troops": ("tentara", "prajurit", "pasukan"),
    "firefighters": ("pemadam",),
    "rescuers": ("penyelamat",),  # crews at work in a rescue, counted apart from firefighters
    "people": ("orang", "warga", "penduduk", "penumpang"),
    "goals": ("gol",),
    "aftershocks": ("susulan",),
    "cases": ("kasus", "infeksi"),
    "countries": ("negara",),
}

# "and a half" after a figure or after its unit ("three and a half hours", "tres horas y
# media"): half a unit more
HALVES = ("setengah",)

# Words between a figure (or its currency word) and the currency it is quoted against: an
# exchange rate ("27.45 per euro", "27,45 za euro", "27,45 pour un euro"), no amount
# (compare/rates.py `exchange_base`)
EXCHANGE_PER = ("per", "terhadap")
# currency words after (or before) a figure, and their ISO code
CURRENCIES = {"dolar": "USD"}

# Words that make a span of years or days a term in custody, right after it or its unit
# ("six years in prison", "sei anni di carcere") or before it and a preposition ("jailed
# for six years", "condenado a seis años"): a figure outlets disagree on as on a toll,
# compared across facts (compare/slots.py `custodial`)
CUSTODY_WORDS = ("penjara", "dipenjara", "divonis", "bui")

# Words that make a length a depth, right after it and its unit ("380 metres below ground",
# "410 Metern Tiefe") or before it ("na głębokości 380 metrów", "at a depth of"): one
# dimension however told (compare/slots.py `dimension`)
DEPTH_WORDS = ("kedalaman", "di bawah tanah")

# Words before a figure that deny it beside another of its kind ("25 years instead of 30";
# APPROX_NEGATORS too: "voor 25 jaar, en niet voor 30 jaar zoals aangekondigd"): what was
# said before, no figure the outlet gives (compare/denials.py)
INSTEAD_OF = ("bukan",)
