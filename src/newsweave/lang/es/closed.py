"""Spanish closed-class words for the clause reader (`compare.closed_words`)."""

# a short stop list: `compare.polarity.guess_lang` counts these to guess a text's language
CLAUSE_STOP_WORDS = tuple(
    "el la los las y que es son para con una por no puede nosotros del se".split()
)
# personal pronouns and possessives by person ("1pl": we, our; "EXPL": it, this)
PRONOUNS = {
    "1pl": tuple("nosotros nosotras nuestro nuestra nuestros nuestras".split()),
    "1sg": tuple("yo mí".split()),
    "2": tuple("usted ustedes".split()),
    "3pl": tuple("ellos ellas".split()),
    "3sg": tuple("él".split()),
    "3sgf": tuple("ella".split()),
    "EXPL": tuple("esto eso ello".split()),
}
# pronouns that can be a clause's subject
SUBJECT_PRONOUNS = tuple("nosotros yo ellos ellas él ella".split())
# possessive determiners
POSSESSIVES = tuple("nuestro nuestra nuestros nuestras su sus".split())
# articles
ARTICLES = tuple("el la los las un una".split())
# prepositions a clause reader skips
PREPOSITIONS = tuple("sin con contra para por de del".split())
# adverbs that do not change a clause's claim
ADVERBS = tuple("también ya solo sólo realmente hoy juntos".split())
# conjunctions and relatives that link clauses
LINKS = tuple("y e pero o mientras sino que quien porque si aunque".split())
# ... and links of several words ("hasta que")
MULTIWORD_LINKS = ("hasta que",)
# "but" after a negation ("not X but Y")
CORRECTIVES = tuple("sino".split())
# coordinating conjunctions: a clause cut from its sentence at one reads alone without it
COORDINATORS = tuple("y e pero o".split())
# other function words
OTHER_FUNCTION_WORDS = tuple("y a al del en".split())
# one-word answers
YES = tuple("si sí".split())
NO = tuple("no".split())
# the subject pronoun is usually left out ("dijo que…")
PRO_DROP = True
# the ending of a verb whose subject is "we" (the clause reader's subject of a pro-drop verb)
FIRST_PLURAL_ENDINGS = ("mos",)
