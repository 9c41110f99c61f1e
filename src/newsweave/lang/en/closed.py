"""English closed-class words for the clause reader (`compare.closed_words`)."""

# a short stop list: `compare.polarity.guess_lang` counts these to guess a text's language
CLAUSE_STOP_WORDS = tuple(
    "the and of to is are was that with for not we it this they have has can".split()
)
# personal pronouns and possessives by person ("1pl": we, our; "EXPL": it, this)
PRONOUNS = {
    "1pl": tuple("we us our ours ourselves".split()),
    "1sg": tuple("i me my mine myself".split()),
    "2": tuple("you your yours".split()),
    "3pl": tuple("they them their theirs".split()),
    "3sg": tuple("he him his".split()),
    "3sgf": tuple("she her".split()),
    "EXPL": tuple("it its this that there these those".split()),
}
# pronouns that can be a clause's subject
SUBJECT_PRONOUNS = tuple("we i you they he she it".split())
# object pronouns
OBLIQUE_PRONOUNS = tuple("us them him me".split())
# possessive determiners
POSSESSIVES = tuple("our my your their his her its".split())
# articles
ARTICLES = tuple("the a an".split())
# prepositions a clause reader skips
PREPOSITIONS = tuple("without with from to for against by of".split())
# adverbs that do not change a clause's claim
ADVERBS = tuple(
    "just simply also still really already even only now certainly clearly then therefore "
    "indeed always ever quite very so too together today unequivocally".split()
)
# conjunctions and relatives that link clauses
LINKS = tuple(
    "and but or while whereas though although that which who because if unless until".split()
)
# ... and one only right after a comma (", yet it held"; "it is yet not out" is an adverb's;
# "we go however no risk", a translation's word order, is one clause)
COMMA_LINKS = ("yet", "however")
# ... and links of several words ("as long as"): the clause reader splits there too
MULTIWORD_LINKS = ("as long as", "so long as", "as soon as", "even though", "even if")
# "but" after a negation ("not X but Y")
CORRECTIVES = tuple("but".split())
# coordinating conjunctions: a clause cut from its sentence at one reads alone without it
COORDINATORS = tuple("and but or".split())
# "what" opening a pseudo-cleft
PSEUDO_CLEFTS = tuple("what whatever".split())
# other function words
OTHER_FUNCTION_WORDS = tuple("in on at as into over under about than".split())
# one-word answers
YES = tuple("yes".split())
NO = tuple("no".split())

# "can't", "won't", "shan't", "ain't": the base a split "n't" leaves
NT_BASES = {"ca": "can", "wo": "will", "sha": "shall", "ai": "is"}
# what a clitic after an apostrophe stands for ("it's", "they're", "we'd")
CLITICS = {"s": "is", "re": "are", "m": "am", "ve": "have", "ll": "will", "d": "would"}
# subjects whose "'s" is "is", not a possessive
S_IS_SUBJECTS = tuple("it he she that there what who here where this".split())
