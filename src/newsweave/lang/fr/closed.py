"""French closed-class words for the clause reader (`compare.closed_words`)."""

# a short stop list: `compare.polarity.guess_lang` counts these to guess a text's language
CLAUSE_STOP_WORDS = tuple(
    "le la les et des est sont que qui pour pas nous une dans avec ne peut sur".split()
)
# personal pronouns and possessives by person ("1pl": we, our; "EXPL": it, this)
PRONOUNS = {
    "1pl": tuple("nous notre nos".split()),
    "1sg": tuple("je moi".split()),
    "2": tuple("vous votre vos tu toi".split()),
    "3pl": tuple("ils elles eux leur leurs".split()),
    "3sg": tuple("il lui".split()),
    "3sgf": tuple("elle".split()),
    "EXPL": tuple("ce cela ça ceci".split()),
}
# pronouns that can be a clause's subject
SUBJECT_PRONOUNS = tuple("nous je vous ils elles il elle on".split())
# possessive determiners
POSSESSIVES = tuple("notre nos mon ma mes leur leurs son sa ses".split())
# articles
ARTICLES = tuple("le la les un une des".split())
# prepositions a clause reader skips
PREPOSITIONS = tuple("sans avec contre pour de".split())
# adverbs that do not change a clause's claim
ADVERBS = tuple(
    "bien déjà aussi toujours vraiment simplement seulement aujourd'hui ensemble".split()
)
# conjunctions and relatives that link clauses
LINKS = tuple("et mais ou tandis alors que qui car si".split())
# ... and links only right after a comma ("Nous ne prenons cependant aucun risque": one clause)
COMMA_LINKS = ("cependant", "pourtant")
# ... and links of several words, as the clause reader folds them ("jusqu'à ce que")
MULTIWORD_LINKS = ("jusque ce que",)
# "but" after a negation ("not X but Y")
CORRECTIVES = tuple("mais".split())
# coordinating conjunctions: a clause cut from its sentence at one reads alone without it
COORDINATORS = tuple("et mais ou".split())
# other function words
OTHER_FUNCTION_WORDS = tuple("de du des à au aux en".split())
# one-word answers
YES = tuple("oui".split())
NO = tuple("non".split())

# elided forms before an apostrophe ("n'", "qu'") and the word they stand for
ELISIONS = {
    "n": "ne", "l": "le", "d": "de", "j": "je", "qu": "que", "s": "se", "c": "ce", "m": "me",
    "t": "te", "jusqu": "jusque", "lorsqu": "lorsque", "puisqu": "puisque",
}  # fmt: skip
