"""Dutch closed-class words for the clause reader (`compare.closed_words`). The reader
merges some of these lists across languages (pronouns, articles, adverbs, function
words), so Dutch words that are other languages' words too stay out: "de" (a Spanish
preposition), "je" (French "I"), "er" (German "he"), "zijn" (a verb), "met", "door" and
"want" (English words), "al" (Spanish "to the"), "en" as a coordinator (French "in")."""

# a short stop list: `compare.polarity.guess_lang` counts these to guess a text's language
# (Dutch words only: "de", "en", "is", "op" are as common in Spanish, French or English)
CLAUSE_STOP_WORDS = tuple(
    "het een niet wij zijn met voor van ook geen heeft hebben wordt werd naar bij nog zij hij".split()
)
# personal pronouns and possessives by person ("1pl": we, our; "EXPL": it, this)
PRONOUNS = {
    "1pl": tuple("wij ons onze".split()),
    "1sg": tuple("ik mij mijn".split()),
    "2": tuple("jij jou jouw jullie".split()),
    "3pl": tuple("zij hen hun".split()),
    "3sg": tuple("hij hem".split()),
    "3sgf": tuple("haar".split()),
    "EXPL": tuple("het dit".split()),
}
# pronouns that can be a clause's subject
SUBJECT_PRONOUNS = tuple("wij ik jij zij hij".split())
# object pronouns
OBLIQUE_PRONOUNS = tuple("ons hen hem mij jou".split())
# possessive determiners
POSSESSIVES = tuple("onze mijn jouw hun haar".split())
# articles
ARTICLES = tuple("het een".split())
# prepositions a clause reader skips
PREPOSITIONS = tuple("zonder tegen voor van met".split())
# adverbs that do not change a clause's claim
ADVERBS = tuple("ook nog echt alleen vandaag samen zeker".split())
# conjunctions and relatives that link clauses (read in Dutch text only)
LINKS = tuple("en maar of terwijl dat omdat hoewel welke".split())
# "but" after a negation ("not X but Y")
CORRECTIVES = tuple("maar".split())
# coordinating conjunctions: a clause cut from its sentence at one reads alone without it
COORDINATORS = tuple("maar".split())
# other function words
OTHER_FUNCTION_WORDS = tuple("naar".split())
# one-word answers
YES = tuple("ja".split())
NO = tuple("nee".split())

# Relative pronouns opening a clause set off by commas inside a main clause whose verb
# or negation comes after it ("Wir konnten eine Reform, die …, nicht länger decken")
VERB_FINAL_RELATIVES = tuple("die dat wie waarin waarmee waarop".split())
