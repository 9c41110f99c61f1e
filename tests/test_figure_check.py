"""The citation check's figures (`summarize.figure_check`): an article giving another
figure is never cited for a wording's figure without a note."""

from __future__ import annotations

from helpers import make_article
from newsweave.compare.numbers import find_quantities
from newsweave.compare.values import same_figure
from newsweave.model import Citation, Divergence
from newsweave.summarize.verify import NOT_STATED, Unit, Verifier


def _reason(a: tuple[str, str], b: tuple[str, str], divergences: list[Divergence] | None = None) -> str | None:
    (ta, la), (tb, lb) = a, b
    v = Verifier([make_article("a", ta, la), make_article("b", tb, lb)], divergences=divergences or [])
    return v.figure_reason(Unit(0, "a", ta, la, 0), Unit(1, "b", tb, lb, 0))


def test_a_level_on_a_scale_is_compared_as_a_level() -> None:
    # "level 2" against "livello 3": one label given otherwise, no figure of another thing
    en = "Regulators rated the spill at Dornfeld as level 2 on the national scale, which runs from 0 to 5."
    it = "Le autorità hanno classificato la fuoriuscita di Dornfeld al livello 3 della scala nazionale, che va da 0 a 5."
    de = "Die Behörde stufte den Austritt in Dornfeld auf Stufe 3 der Skala ein, die von 0 bis 5 reicht."
    for other in ((it, "it"), (de, "de")):
        reason = _reason((en, "en"), other)
        assert reason is not None and reason.startswith("number:"), reason
    assert [q.noun for q in find_quantities("Kategorie 4", "de")] == ["level"]


def test_two_rough_figures_rounded_alike_are_two_figures() -> None:
    about = find_quantities("Organisers said about 13,000 people came.", "en")[0]
    nearly = find_quantities("Police counted nearly 14,000 people.", "en")[0]
    assert not same_figure(about, nearly)
    en = ("Organisers said about 13,000 people marched through Tarvel on Sunday.", "en")
    other = ("Police said nearly 14,000 people marched through Tarvel on Sunday.", "en")
    assert _reason(en, other) == NOT_STATED


def test_the_odd_one_out_of_a_number_divergence_is_no_witness() -> None:
    # the nouns of two languages not paired ("Käufern" / "buyers"): the divergence knows
    de = ("Um das Buch boten sechs Käufer, den Zuschlag erhielt nach 20 Minuten ein Sammler aus Lund.", "de")
    en = ("Three buyers bid for 20 minutes for the book, which went to a collector from Lund.", "en")
    d = Divergence(
        "number",
        "Figures differ",
        [Citation("a", de[0], 0), Citation("b", en[0], 0), Citation("c", "sei acquirenti", 0)],
        odd_one_out="b",
    )
    reason = _reason(de, en, [d])
    assert reason is not None and reason.startswith("number:"), reason
    # and a sentence of the odd one out cites none of the others
    d = Divergence("number", "Figures differ", [Citation("a", en[0], 0), Citation("b", de[0], 0)], odd_one_out="a")
    assert _reason(en, de, [d]) == NOT_STATED


def test_one_share_given_otherwise_beside_an_agreeing_share_is_a_dissent() -> None:
    en = ("In Harlow only 64% of pupils passed the test, against a national average of 88%.", "en")
    fr = ("À Harlow, seuls 46 % des élèves ont réussi le test, contre une moyenne nationale de 88 %.", "fr")
    reason = _reason(en, fr)
    assert reason is not None and reason.startswith("number:"), reason
