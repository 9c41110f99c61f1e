"""Portuguese closed-class words for the clause reader (`compare.closed_words`)."""

# a short stop list: `compare.polarity.guess_lang` counts these to guess a text's language
CLAUSE_STOP_WORDS = tuple("o os as e que é são para com uma não pode nós do da em".split())
# personal pronouns and possessives by person ("1pl": we, our; "EXPL": it, this)
PRONOUNS = {
    "1pl": tuple("nós nosso nossa".split()),
    "1sg": tuple("eu".split()),
    "3pl": tuple("eles elas".split()),
    "3sg": tuple("ele".split()),
    "3sgf": tuple("ela".split()),
    "EXPL": tuple("isso isto".split()),
}
# pronouns that can be a clause's subject
SUBJECT_PRONOUNS = tuple("nós eu eles elas ele ela".split())
# possessive determiners
POSSESSIVES = tuple("nosso nossa seu sua seus suas".split())
# articles
ARTICLES = tuple("o os as um uma".split())
# prepositions a clause reader skips
PREPOSITIONS = tuple("sem com".split())
# adverbs that do not change a clause's claim
ADVERBS = tuple("já também hoje juntos".split())
# conjunctions and relatives that link clauses
LINKS = tuple("e mas ou enquanto que porque se embora".split())
# ... and links of several words, as the clause reader folds them ("até que")
MULTIWORD_LINKS = ("ate que",)
# "but" after a negation ("not X but Y")
CORRECTIVES = tuple("mas".split())
# coordinating conjunctions: a clause cut from its sentence at one reads alone without it
COORDINATORS = tuple("e mas ou".split())
# one-word answers
YES = tuple("sim".split())
NO = tuple("não".split())
# the subject pronoun is usually left out ("dijo que…")
PRO_DROP = True
# the ending of a verb whose subject is "we" (the clause reader's subject of a pro-drop verb)
FIRST_PLURAL_ENDINGS = ("mos",)
