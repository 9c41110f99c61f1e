"""Italian closed-class words for the clause reader (`compare.closed_words`)."""

# a short stop list: `compare.polarity.guess_lang` counts these to guess a text's language
CLAUSE_STOP_WORDS = tuple("il lo la le gli e che è sono per con una non può noi del della di".split())
# personal pronouns and possessives by person ("1pl": we, our; "EXPL": it, this)
PRONOUNS = {
    "1pl": tuple("noi nostro nostra".split()),
    "1sg": tuple("io".split()),
    "3pl": tuple("loro".split()),
    "3sgf": tuple("lei".split()),
    "EXPL": tuple("ciò questo".split()),
}
# pronouns that can be a clause's subject
SUBJECT_PRONOUNS = tuple("noi io loro lui lei".split())
# possessive determiners
POSSESSIVES = tuple("nostro nostra suo sua suoi sue loro".split())
# articles
ARTICLES = tuple("il lo gli".split())
# prepositions a clause reader skips
PREPOSITIONS = tuple("senza".split())
# adverbs that do not change a clause's claim
ADVERBS = tuple("già anche oggi insieme".split())
# conjunctions and relatives that link clauses
LINKS = tuple("e ma o mentre che perché se sebbene finché".split())
# ... and a link only right after a comma ("Non corriamo però alcun rischio": one clause)
COMMA_LINKS = ("però",)
# "but" after a negation ("not X but Y")
CORRECTIVES = tuple("ma".split())
# coordinating conjunctions: a clause cut from its sentence at one reads alone without it
COORDINATORS = tuple("e ma o".split())
# the subject pronoun is usually left out ("dijo que…")
PRO_DROP = True
# the ending of a verb whose subject is "we" (the clause reader's subject of a pro-drop verb)
FIRST_PLURAL_ENDINGS = ("iamo",)
# words only their accent tells from another: "né" (nor) is no clitic "ne" ("ne abbiamo
# trovati sette": we found seven of them), which folding accents away would make it
ACCENTED_WORDS = {"né": "nor"}
