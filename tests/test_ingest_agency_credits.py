"""Agency credit lines no wire table knows, page debris and a Polish abbreviation (invented
texts): a reprint closing on "Source: XNA" is a syndicated copy of that agency's story."""

from __future__ import annotations

from newsweave.ingest import clean
from newsweave.model import Article
from newsweave.text.sentences import split_sentences

_BODY = (
    "A ferry carrying 40 passengers ran aground on a sandbank off the island of Korvath on "
    "Friday, the coastguard said.\n\n"
    "Nobody was hurt and the passengers were taken ashore by lifeboat, a spokesman said.\n\n"
)


def _clean(text: str, outlet: str = "harbourdaily-news.com") -> Article:
    return clean(Article(id="a", text=text, outlet=outlet))


def test_source_line_of_an_unknown_agency_marks_the_reprint_syndicated() -> None:
    a = _clean(_BODY + "Source: XNA\n\nSign up for our morning newsletter.")
    assert (a.wire, a.syndicated) == ("XNA", True)
    assert "Source: XNA" not in a.text


def test_agency_full_name_with_its_short_name_and_other_languages() -> None:
    a = _clean(_BODY + "Source: Korvath News Agency (KNA2)")
    assert (a.wire, a.syndicated) == ("KNA2", True)
    b = _clean(_BODY + "Fonte: XNA")
    assert (b.wire, b.syndicated) == ("XNA", True)
    c = _clean(_BODY + "mit Material von xna")
    assert (c.wire, c.syndicated) == ("xna", True)


def test_credit_line_confirms_the_dateline_agency() -> None:
    text = "KORVATH, 3 May (XNA) - " + _BODY + "Source : XNA"
    a = _clean(text)
    assert (a.wire, a.syndicated) == ("XNA", True)


def test_credit_lines_that_are_no_copy_credit() -> None:
    # the outlet's own initials, a list of sources, a figure's source inside the story
    own = _clean(_BODY + "Source: HDN", outlet="harbourdaily-news.com")
    assert not own.syndicated
    listed = _clean(_BODY + "Source: XNA, local media")
    assert not listed.syndicated and listed.wire is None
    inside = _clean(_BODY + "Source: XNA\n\nThe island has 900 inhabitants and two harbours, the mayor said.")
    assert not inside.syndicated and inside.wire is None


def test_broadcast_promos_newsletters_and_notices_are_debris() -> None:
    tails = [
        "Retrouvez le reportage de Lise Marnac dans notre journal de 19 heures.",
        "Escucha el informativo de Radio Korvath cada hora en nuestra web y en la aplicación.",
        "Watch the full report by Ann Velt on our evening news.",
        "Recevez chaque lundi notre lettre « Mer » : inscrivez-vous gratuitement.",
        "Nieuws in je mailbox? Meld je aan voor onze gratis nieuwsbrief.",
        "Translated with automatic tools. We apologise for possible errors.",
        "Riproduzione riservata",
    ]
    for tail in tails:
        a = _clean(_BODY + tail)
        assert tail not in a.text, tail


def test_polish_dotted_abbreviation_before_a_lower_case_word_ends_no_sentence() -> None:
    text = "Skradziono ok. 20 obrazów, m.in. pejzaże i portrety z XIX wieku. Policja szuka sprawców."
    assert split_sentences(text, "pl") == [
        "Skradziono ok. 20 obrazów, m.in. pejzaże i portrety z XIX wieku.",
        "Policja szuka sprawców.",
    ]


def test_the_dateline_agency_credited_again_at_the_end_marks_the_reprint_syndicated() -> None:
    """"KORVATH (XNA) – …" and "(XNA)" on a line of its own closing the story (page debris
    after it): the agency's text reprinted, syndicated, not a dateline credit alone."""
    text = "KORVATH (XNA) – " + _BODY + "(XNA)\n\nLire aussi : Le port de Korvath agrandi\n\nPartager:"
    a = _clean(text, outlet="lecourrierdekorvath.be")
    assert (a.wire, a.syndicated) == ("XNA", True)
    assert "(XNA)" not in a.text
    # in the last paragraph's tail, the same
    b = _clean("KORVATH (XNA) – " + _BODY.rstrip() + " (XNA)", outlet="lecourrierdekorvath.be")
    assert (b.wire, b.syndicated) == ("XNA", True)
    # the dateline credit alone stays no proof of a copy
    c = _clean("KORVATH (XNA) – " + _BODY, outlet="lecourrierdekorvath.be")
    assert (c.wire, c.syndicated) == ("XNA", False)


def test_an_agency_sign_off_slug_is_a_credit_not_prose() -> None:
    """The desk's and editors' initials closing an agency story ("lk/pt/XNA") are removed as a
    wire credit; on the agency's own site the story stays unsyndicated."""
    a = _clean("KORVATH (XNA) – " + _BODY + "lk/pt/XNA", outlet="xna-depeches.fr")
    assert "lk/pt" not in a.text
    assert any(r.text == "lk/pt/XNA" and r.reason == "wire-credit" for r in a.provenance.removed)
    assert (a.wire, a.syndicated) == ("XNA", False)
