"""German closed-class words for the clause reader (`compare.closed_words`)."""

# a short stop list: `compare.polarity.guess_lang` counts these to guess a text's language
CLAUSE_STOP_WORDS = tuple(
    "der die das und ist sind nicht wir mit ein eine kann dass den auf zu".split()
)
# personal pronouns and possessives by person ("1pl": we, our; "EXPL": it, this)
PRONOUNS = {
    "1pl": tuple("wir uns unser unsere unseren unserer".split()),
    "1sg": tuple("ich mich mir mein".split()),
    "2": tuple("du ihr dich dir".split()),
    "3pl": tuple("sie ihnen".split()),
    "3sg": tuple("er ihn ihm".split()),
    "EXPL": tuple("es das dies".split()),
}
# pronouns that can be a clause's subject
SUBJECT_PRONOUNS = tuple("wir ich du sie er".split())
# ... and those read as a subject in German text only ("es" is Spanish "is")
OWN_SUBJECT_PRONOUNS = ("es",)
# object pronouns
OBLIQUE_PRONOUNS = tuple("uns ihnen ihm mir dir euch".split())
# possessive determiners
POSSESSIVES = tuple(
    "unser unsere unseren unserem ihr ihre ihrer ihren ihrem sein seine seiner seinen seinem".split()
)
# articles
ARTICLES = tuple("der die das den dem des ein eine einen".split())
# prepositions a clause reader skips
PREPOSITIONS = tuple("ohne mit gegen für von".split())
# adverbs that do not change a clause's claim
ADVERBS = tuple("auch schon nur wirklich doch heute gemeinsam zusammen".split())
# conjunctions and relatives that link clauses
LINKS = tuple("und oder während sondern dass daß weil wenn falls obwohl".split())
# ... and a link only right after a comma: ", bis die Preise sinken" (compare/closed_words.py);
# "aber", "jedoch" after the verb are adverbs ("Wir gehen aber kein Risiko ein": one clause)
COMMA_LINKS = ("bis", "aber", "jedoch")
# "but" after a negation ("not X but Y")
CORRECTIVES = tuple("sondern".split())
# coordinating conjunctions: a clause cut from its sentence at one reads alone without it
COORDINATORS = tuple("und aber oder".split())
# other function words
OTHER_FUNCTION_WORDS = tuple("zu im am".split())
# one-word answers
YES = tuple("ja".split())
NO = tuple("nein".split())

# Relative pronouns opening a clause set off by commas inside a main clause whose verb
# or negation comes after it ("Wir konnten eine Reform, die …, nicht länger decken")
VERB_FINAL_RELATIVES = tuple("der die das dem den deren dessen welche welcher welches welchem welchen".split())
