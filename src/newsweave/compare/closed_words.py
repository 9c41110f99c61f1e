"""Closed-class words the clause reader needs (articles, pronouns, conjunctions, short
stop lists), several languages per table; everything is folded (lowercase, no accents).
Negation and modality cues come from `newsweave.lang.<code>.cues` (see `compare.polarity`)."""

from __future__ import annotations

from newsweave.text.fold import fold


def word_set(words: str) -> frozenset[str]:
    return frozenset(fold(w) for w in words.split())


_s = word_set

STOPWORDS = {
    "en": _s("the and of to is are was that with for not we it this they have has can"),
    "fr": _s("le la les et des est sont que qui pour pas nous une dans avec ne peut sur"),
    "es": _s("el la los las y que es son para con una por no puede nosotros del se"),
    "de": _s("der die das und ist sind nicht wir mit ein eine kann dass den auf zu"),
    "pt": _s("o os as e que é são para com uma não pode nós do da em"),
    "it": _s("il lo gli e che è sono per con una non può noi del della di"),
}
PRO_DROP = frozenset({"es", "pt", "it"})

NT_BASES = {"ca": "can", "wo": "will", "sha": "shall", "ai": "is"}
ELISIONS = {
    "n": "ne", "l": "le", "d": "de", "j": "je", "qu": "que", "s": "se", "c": "ce", "m": "me",
    "t": "te", "jusqu": "jusque", "lorsqu": "lorsque", "puisqu": "puisque",
}  # fmt: skip
EN_CLITICS = {"s": "is", "re": "are", "m": "am", "ve": "have", "ll": "will", "d": "would"}
S_IS = _s("it he she that there what who here where this")

PRONOUN_GROUPS = {
    **dict.fromkeys(
        _s("we us our ours ourselves nous notre nos nosotros nosotras nuestro nuestra nuestros "
           "nuestras wir uns unser unsere unseren unserer nós nosso nossa noi nostro nostra"),
        "1pl",
    ),
    **dict.fromkeys(_s("i me my mine myself je moi yo mí ich mich mir mein eu io"), "1sg"),
    **dict.fromkeys(_s("you your yours vous votre vos tu toi usted ustedes du ihr dich dir"), "2"),
    **dict.fromkeys(
        _s("they them their theirs ils elles eux leur leurs ellos ellas sie ihnen eles elas loro"),
        "3pl",
    ),
    **dict.fromkeys(_s("he him his il lui él er ihn ihm ele"), "3sg"),
    **dict.fromkeys(_s("she her elle ella ela lei"), "3sgf"),
    **dict.fromkeys(
        _s("it its this that there these those ce cela ça ceci esto eso ello es das dies "
           "isso isto ciò questo"),
        "EXPL",
    ),
}  # fmt: skip
GROUP_KEYS = frozenset(PRONOUN_GROUPS.values()) | {"ANSWER"}
# Subjects whose referent is unclear ("this", "it"): compared only when unambiguous.
WEAK_SUBJECTS = frozenset({"EXPL", "ANSWER"})
SUBJECT_PRONOUNS = _s(
    "we i you they he she it nous je vous ils elles il elle on nosotros yo ellos ellas él ella "
    "wir ich du sie er nós eu eles elas ele ela noi io loro lui lei"
)
OBLIQUE_PRONOUNS = _s("us them him me uns ihnen ihm mir dir euch")
POSSESSIVE_DETS = _s(
    "our my your their his her its notre nos mon ma mes leur leurs son sa ses nuestro nuestra "
    "nuestros nuestras su sus unser unsere unseren unserem ihr ihre nosso nossa nostro nostra"
)
ARTICLES = _s(
    "the a an le la les un une des el los las una der die das den dem des ein eine einen "
    "o os as um uma il lo gli"
)
PREPOSITIONS = _s(
    "without with from to for against by of sans avec contre pour de sin con contra para por "
    "ohne mit gegen für von sem com senza"
)
ADVERBS = _s(
    "just simply also still really already even only now certainly clearly then therefore "
    "indeed always ever quite very so too together today unequivocally bien déjà aussi "
    "toujours vraiment simplement seulement aujourd'hui ensemble también ya solo sólo "
    "realmente hoy juntos auch schon nur wirklich doch heute gemeinsam zusammen já também "
    "hoje juntos già anche oggi insieme"
)
WEAK = {
    "en": _s(
        "and but or while whereas yet though although that which who because if unless however"
    ),
    "fr": _s("et mais ou tandis alors que qui car si cependant pourtant"),
    "es": _s("y e pero o mientras sino que quien porque si aunque"),
    "de": _s("und aber oder während sondern dass daß weil wenn falls obwohl jedoch"),
    "pt": _s("e mas ou enquanto que porque se embora"),
    "it": _s("e ma o mentre che perché se sebbene però"),
}
STRONG_PUNCT = frozenset(";:.!?…")
CORRECTIVE = _s("but mais sino sondern ma mas")
PSEUDO_CLEFT = _s("what whatever")
FUNCTION = frozenset().union(*WEAK.values(), ARTICLES, PREPOSITIONS, POSSESSIVE_DETS) | _s(
    "in on at as into over under about than de du des à au aux en y a al del zu im am"
)
ANSWERS = {
    **dict.fromkeys(_s("no non nein não"), False),
    **dict.fromkeys(_s("yes oui si sí ja sim"), True),
}
