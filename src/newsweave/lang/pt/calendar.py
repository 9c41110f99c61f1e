"""Portuguese month and weekday names.

Names are CLDR's (Babel 2.19: wide and abbreviated, format and stand-alone forms), lower
case; spellings news prints that CLDR lacks are added by hand. Abbreviations are only those
date stamps use that are not ordinary words elsewhere ("des", "sie", "kas" are left out).
"""

MONTHS = (
    ("janeiro",),
    ("fevereiro",),
    ("março", "marco"),
    ("abril",),
    ("maio",),
    ("junho",),
    ("julho",),
    ("agosto",),
    ("setembro",),
    ("outubro",),
    ("novembro",),
    ("dezembro",),
)
MONTH_ABBREVIATIONS = (
    (),
    ("fev",),
    (),
    ("abr",),
    (),
    (),
    (),
    ("ago",),
    ("set",),
    ("out",),
    (),
    ("dez",),
)
# Monday first
WEEKDAYS = (
    ("segunda-feira", "segunda"),
    ("terça-feira", "terça"),
    ("quarta-feira", "quarta"),
    ("quinta-feira", "quinta"),
    ("sexta-feira", "sexta"),
    ("sábado",),
    ("domingo",),
)
WEEKDAY_ABBREVIATIONS = (
    ("seg",),
    ("ter",),
    ("qua",),
    ("qui",),
    ("sex",),
    ("sáb",),
    ("dom",),
)
# numeric dates put the day first: 05/06/2024 is 5 June
DAY_FIRST = True
# month names are written in lower case
CAPITALISED = False

# Words between a date and its time in a stamp ("12 May at 10:00")
DATE_CONNECTORS = ("às",)

# Words a date stamp line carries besides the date ("Updated on ...")
STAMP_WORDS = ("publicado", "atualizado", "às", "de", "em")

# Days named relative to the day of writing ("yesterday": -1)
DAY_OFFSETS = {"ontem": -1, "hoje": 0, "amanhã": 1}
# "today" that is the present age too ("hoje o porto tem 40 barcos"):
# in a clause telling no past nor future it dates nothing
NOWADAYS = ("hoje",)

# Tense around a date expression (`summarize.reldates`, whose docstring tells how they
# are read): which weekday, year-less date or month the sentence means
LAST_WEEK = ("semana passada",)
PAST_AFTER = ("passado", "passada")
PAST_BEFORE = ("desde", "passado", "passada")  # "desde", "no passado domingo": gone by
FUTURE_CUES = ("próximo", "próxima", "será", "serão", "poderá", "deverá")
# "reabrirá", after 3 letters at least; "-rão" after a vowel only ("abrirão", not the
# nouns "clarão", "ladrão", "padrão")
FUTURE_ENDINGS = ("rá", "arão", "erão", "irão", "orão")
FUTURE_AFTER = ("próximo", "próxima", "que vem")  # "domingo que vem"
# before a date the sentence looks ahead to ("a strike called for October 14")
TARGET_BEFORE = ("para o", "para", "até o", "até", "até pelo menos")
# read by the timeline only, besides FUTURE_CUES: "vai regressar"
FUTURE_WORDS = ("vai", "vão", "irá", "irão", "deve", "devem")
PAST_AUXILIARIES = (
    "foi", "foram", "era", "eram", "tinha", "tinham", "havia", "houve", "esteve", "estiveram",
    "disse", "disseram", "fez", "fizeram", "teve", "tiveram", "deu", "deram", "veio", "vieram",
    "tínhamos", "fomos", "estivemos",  # the first person too: quotations speak in it
)  # fmt: skip
# read by the timeline only: "chegou", "morreram", "partiu", "morreu"
PAST_FORM_ENDINGS = (
    ("ou", 3), ("aram", 2), ("eram", 2), ("iram", 2), ("iu", 2), ("ceu", 3), ("reu", 3),
    ("deu", 3), ("beu", 3), ("veu", 3),
)  # fmt: skip
# a participle: right before a month or a date ("a lei, aprovada em fevereiro") a thing
# done. No PERFECT_AUXILIARIES: "tem aprovado" tells no one past day
PERFECT_PARTICIPLE = r"\w{3,}(?:ado|ada|ados|adas|ido|ida|idos|idas)"
# verbs that set a day to come, for a weekday: "convocados para uma reunião na segunda-feira"
TARGET_VERBS = (
    "convocado", "convocada", "convocados", "convocadas", "marcado", "marcada", "marcados",
    "marcadas", "agendado", "agendada", "agendados", "agendadas", "previsto", "prevista",
    "previstos", "previstas", "programado", "programada", "esperado", "esperada", "esperados",
)  # fmt: skip
# before a weekday or month: a habit, no date ("todos os domingos", "cada domingo")
HABITUAL_BEFORE = ("todos os", "todas as", "cada")
# in a sentence telling of many years, a month named alone is no one month ("o granizo em
# julho não é novidade, mas nos últimos anos …")
HABITUAL_YEARS = (
    "todos os anos", "cada ano", "ano após ano", "nos últimos anos", "há anos",
    "todos os verões", "todos os invernos",
)  # fmt: skip
# after a month or a date: its year ("em março deste ano", "a 11 de março do ano passado")
YEAR_OFFSETS = {
    "deste ano": 0, "este ano": 0, "do corrente ano": 0, "do ano passado": -1,
    "no ano passado": -1, "do ano anterior": -1, "do próximo ano": 1, "do ano que vem": 1,
    "no próximo ano": 1,
}  # fmt: skip
# a night told by the two days it lies between: one date, the morning's
NIGHT_SPANS = ("noite de {} para {}", "madrugada de {} para {}", "noite de {} a {}", "noite entre {} e {}")
# the short weekday names are ordinals too: a weekday only before one of these words (or a
# mark): "na segunda à noite", "de segunda a sexta", not "etanol de segunda geração"
ORDINAL_WEEKDAYS = ("segunda", "terça", "quarta", "quinta", "sexta")
WEEKDAY_FOLLOWERS = (
    "à", "às", "de", "da", "do", "pela", "pelo", "passada", "passado", "próxima", "próximo", "que",
    "e", "ou", "a", "até", "em", "no", "na", "foi", "será", "é",
)  # fmt: skip
MONTH_PREPOSITIONS = ("em", "a", "desde")
# "prevista para o fim de maio": the part, so that the target before it is read
MONTH_PARTS = (
    "início de", "princípio de", "princípios de", "meados de", "fim de", "final de", "finais de",
)  # fmt: skip
# a day that dates what the sentence comes after ("após o ataque de segunda-feira") is no date of
# the sentence: after one of AFTER_EVENT, an article of NOUN_ARTICLES, a noun and DAY_OF
AFTER_EVENT = ("após", "depois de", "desde")
NOUN_ARTICLES = ("o", "a", "os", "as")
DAY_OF = ("de", "da", "do")
# between a month and its year ("março de 2023")
YEAR_LINKS = ("de",)
# around a weekday: some day, not one the day of writing tells ("on a Friday", "the
# following Wednesday" of a story told from its own days)
UNDATED_BEFORE = ("num", "numa", "um", "uma")
UNDATED_AFTER = ("seguinte", "anterior")
# before a day: the start or the end of a span, not the day a thing happened. A date
# divergence compares a start with starts only and leaves an end out ("in force from Friday"
# beside "approved on Wednesday", "recaptured by Monday morning" beside "found on Sunday")
SPAN_START_BEFORE = ("a partir de", "a partir da", "a partir do", "desde", "desde a", "desde o")
SPAN_END_BEFORE = ("até", "até à", "até ao", "até a", "até o", "até pelo menos")
# a street or square named after a day ("rua 25 de abril", "praça do 1.º de maio"): a name,
# no date of the story (not "ponte": a long weekend too)
PLACE_NOUNS = ("avenida", "av", "rua", "praça", "travessa", "alameda", "bairro")
PLACE_LINKS = ("do", "da")
# the words before a day of a date: "a 25 de Abril", "em 5 de Maio" (the capital of the
# spelling before 1990) are dates, "na 25 de Abril" a street
DAY_ARTICLES = ("a", "em", "desde", "até", "dia")
# before a day: a span that opens on it and runs on, a day to come unless a past verb
# tells it ("from Saturday, children can ..."); words that also mean "since"
# ("od", "da", "desde") are left out: "od soboty trwa" is gone by
FORWARD_START_BEFORE = ("a partir de", "a partir da", "a partir do", "a partir deste", "a partir desta")
# present-tense verbs of a planned start: a weekday in their clause is the next one, when
# the clause tells no past ("the campaign, which begins on Saturday")
PLAN_VERBS = ("começa", "arranca", "abre", "reabre", "entra em vigor")
# a conjecture about the past ("would have allowed", "soll ... gelangt sein"): its
# modal is no future, and a day in its clause is gone by
CONJECTURE_PERFECT = (
    r"\b(?:teria|teriam|poderia ter|poderiam ter)\s+\w{2,}(?:ado|ada|ados|adas|ido|ida|idos|idas)\b"
)
# before a day: the day a state lasts until ("closed until Monday"), no day of a happening;
# a deadline ("by Monday") is not one
UNTIL_BEFORE = ("até", "até à", "até ao", "até a", "até o", "até pelo menos")
