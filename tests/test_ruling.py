"""Words that rule a thing out read as a negation of it in quotations (`compare.ruling`)."""

from __future__ import annotations

import pytest

from newsweave.align.quote_groups import group_quotes
from newsweave.compare.ruling import ruled_out_reason, rulings
from newsweave.model import Article, Quote


@pytest.mark.parametrize(
    ("text", "lang", "n"),
    [
        ("We cannot rule it out", "en", 1),
        ("Police ruled out arson", "en", 1),
        # "anything" between the verb and its particle (was no ruling: a false divergence
        # against "we exclude nothing at the moment")
        ("We are not ruling anything out at this stage", "en", 1),
        ("The panel is ruling three candidates out of the race", "en", 0),
        ("The rules set out the fees", "en", 0),
        ("Für die Zukunft schließen wir ihn aber nicht aus", "de", 1),
        ("Wir schließen die Halle aus Sicherheitsgründen", "de", 0),
        ("Het valt niet uit te sluiten dat er meer slachtoffers zijn", "nl", 1),
        ("Rien ne permet d'exclure une fuite", "fr", 1),
        ("Nie wykluczamy kolejnych zachorowań", "pl", 1),
    ],
)
def test_words_that_rule_a_thing_out(text: str, lang: str, n: int) -> None:
    assert rulings(text, lang) == n


def test_ruling_out_against_no_sign_of_with_as_many_negations_differs() -> None:
    """"Nothing allows us to rule out that …" says it may be; "Nothing suggests that …"
    that it is not: one negation each, one ruling out more."""
    assert ruled_out_reason(
        "Rien ne permet d'exclure que le maire était au courant",
        "Rien ne permet de penser que le maire était au courant",
        "fr",
        "fr",
    )
    # the same utterance translated rules out as often: no difference
    assert not ruled_out_reason(
        "Nothing allows us to rule out that the mayor knew",
        "Es kann nicht ausgeschlossen werden, dass der Bürgermeister davon wusste",
        "en",
        "de",
    )
    # fewer negations on one side is the negation reader's to judge, not this one's
    assert not ruled_out_reason("We cannot rule out more cases", "More cases are possible", "en", "en")


def _article(aid: str, lang: str) -> Article:
    return Article(id=aid, text="Judge Mira Castel read the ruling on Friday.", lang=lang)


def test_a_quotation_that_turns_ruling_out_into_no_sign_is_the_odd_one_out() -> None:
    """Four outlets quote the judge as not ruling out that others knew; one has her say
    nothing suggests they knew. The group is flagged and that outlet is the odd one out (it
    had been a faithful variant, and the summary cited it for the majority's wording)."""
    from newsweave.embed import get_embedder

    texts = {
        "a": ("en", "Nothing allows us to rule out that other council officials were aware of these payments"),
        "b": ("en", "Nothing allows us to rule out that other council officials were aware of these payments"),
        "c": ("fr", "Rien ne permet d'exclure que d'autres responsables communaux étaient informés de ces paiements"),
        "d": ("fr", "Rien ne permet de penser que d'autres responsables communaux étaient informés de ces paiements"),
        "e": ("de", "Es kann nicht ausgeschlossen werden, dass weitere Verantwortliche der Gemeinde von diesen Zahlungen wussten"),
    }
    arts = [_article(aid, lang) for aid, (lang, _) in texts.items()]
    quotes = [Quote(aid, text, speaker="Mira Castel", sentence=0) for aid, (_, text) in texts.items()]
    groups = group_quotes(arts, quotes, embedder=get_embedder(), use_nli=False)
    (group,) = [g for g in groups if len(g.variants) > 1]
    assert {v.article for v in group.variants} == set(texts)
    assert group.divergent and group.odd_one_out == "d"


def test_a_ruling_in_a_clause_the_other_wording_leaves_out_is_no_difference() -> None:
    # one outlet quotes the whole ("We can rule out a grave: there are no bones …"), another
    # only what follows the colon: nothing in the shorter says otherwise
    whole = "Possiamo escludere che si tratti di una tomba: non ci sono ossa, non c'è un altare, c'è una fornace"
    part = "There are no bones, there is no altar. This was a kiln"
    assert ruled_out_reason(part, whole, "en", "it") is None
    same = "Possiamo escludere che si tratti di una tomba, non ci sono ossa"
    assert ruled_out_reason("We can say it is a grave, there are no bones", same, "en", "it")


def test_a_translations_discard_rules_out_as_descartar_does() -> None:
    es = "No descartamos que hayan tenido ayuda desde fuera"
    assert ruled_out_reason(es, "We do not discard that they had help from outside.", "es", "en") is None
    assert rulings("We do not discard that they had help from outside.", "en") == 1
