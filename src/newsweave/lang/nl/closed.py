"""Dutch closed-class words for the clause reader (`compare.closed_words`)."""

# a short stop list: `compare.polarity.guess_lang` counts these to guess a text's language
# (Dutch words only: "de", "en", "is", "op" are as common in Spanish, French or English)
CLAUSE_STOP_WORDS = tuple(
    "het een niet wij zijn met voor van ook geen heeft hebben wordt werd naar bij nog zij hij".split()
)
# personal pronouns and possessives by person ("1pl": we, our; "EXPL": it, this)
PRONOUNS = {
    "1pl": tuple("wij we ons onze".split()),
    "1sg": tuple("ik mij me mijn".split()),
    "2": tuple("jij je jou jouw u uw jullie".split()),
    "3pl": tuple("zij ze hen hun".split()),
    "3sg": tuple("hij hem zijn".split()),
    "3sgf": tuple("haar".split()),
    "EXPL": tuple("het dit dat er".split()),
}
# pronouns that can be a clause's subject
SUBJECT_PRONOUNS = tuple("wij we ik jij je zij ze hij".split())
# object pronouns
OBLIQUE_PRONOUNS = tuple("ons hen hem mij me jou".split())
# possessive determiners
POSSESSIVES = tuple("onze ons mijn jouw uw hun haar zijn".split())
# articles
ARTICLES = tuple("de het een".split())
# prepositions a clause reader skips
PREPOSITIONS = tuple("zonder met tegen voor van door".split())
# adverbs that do not change a clause's claim
ADVERBS = tuple("ook al nog echt alleen nu vandaag samen zeker".split())
# conjunctions and relatives that link clauses
LINKS = tuple("en maar of terwijl dat omdat als hoewel want die welke".split())
# "but" after a negation ("not X but Y")
CORRECTIVES = tuple("maar".split())
# coordinating conjunctions: a clause cut from its sentence at one reads alone without it
COORDINATORS = tuple("en maar of".split())
# other function words
OTHER_FUNCTION_WORDS = tuple("in op aan om uit bij naar over".split())
# one-word answers
YES = tuple("ja".split())
NO = tuple("nee".split())
