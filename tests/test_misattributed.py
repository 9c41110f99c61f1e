"""The same words in two mouths across outlets and languages (align/misattributed.py):
one speaker divergence, and the odd outlet's quote group flagged divergent."""

from __future__ import annotations

from newsweave.dossier import build_dossier
from newsweave.model import Article, Dossier


def told(said: dict[str, str], event_id: str, mt: frozenset[str] = frozenset()) -> Dossier:
    """The dossier of one invented event; an article id opens with its language ("en1");
    those in `mt` are machine translations."""
    from newsweave.text import annotate

    articles = [
        annotate(Article(id=k, text=t, lang=k[:2], outlet=f"{k}.example", machine_translated=k in mt))
        for k, t in said.items()
    ]
    return build_dossier(articles, event_id=event_id)


def speaker_divs(d: Dossier) -> list:
    return [x for x in d.divergences if x.kind == "speaker"]


def flagged(d: Dossier, article: str) -> list:
    return [g for g in d.quotes if g.divergent and g.odd_one_out == article and (g.reason or "").startswith("speaker")]


# the harbour master's warning, in English and German
WARNING = {
    "en1": 'A tanker ran aground off Port Ardel on Sunday. Harbour master Ilse Vantongeren said '
    'the spill was contained. "Keep your boats in the harbour and do not swim off the northern '
    'beaches," Ilse Vantongeren told reporters.',
    "de1": "Vor Port Ardel ist am Sonntag ein Tanker auf Grund gelaufen. Hafenmeisterin Ilse "
    "Vantongeren sagte, der Ölteppich sei eingedämmt. „Lassen Sie Ihre Boote im Hafen und "
    "schwimmen Sie nicht vor den Nordstränden“, sagte Ilse Vantongeren.",
}


def test_an_outlet_quoting_both_people_still_gives_the_words_to_the_wrong_one() -> None:
    """The French outlet reports the harbour master in the sentence before, then gives her
    translated warning by name to the mayor: quoting both people is no reason to let it
    pass when the words are one translation; the mayor's group is flagged."""
    said = {
        **WARNING,
        "fr1": "Un pétrolier s'est échoué dimanche au large de Port Ardel. Selon la capitaine du "
        "port Ilse Vantongeren, la nappe est « contenue ». « Gardez vos bateaux au port et ne "
        "vous baignez pas au large des plages du nord », a de son côté lancé le maire de Port "
        "Ardel, Tobias Kemmerling, aux habitants.",
    }
    d = told(said, "ardel")
    (div,) = speaker_divs(d)
    assert div.odd_one_out == "fr1" and "Tobias Kemmerling (fr1)" in div.description
    (g,) = flagged(d, "fr1")
    assert g.speaker == "Tobias Kemmerling"


def test_a_machine_translation_is_compared_by_meaning() -> None:
    """Two outlets (one a machine translation into English) give the councillor's words to
    her; an English outlet gives them, in other English words, to the governor: its words
    and the machine translation's are compared by meaning, and it alone is odd."""
    said = {
        "de1": "Gouverneur Pavo Rintala und Stadträtin Mirja Halonen eröffneten am Montag die "
        "neue Brücke von Kessel. „Diese Brücke soll unsere Ufer verbinden, nicht trennen“, sagte "
        "Halonen.",
        "en2": "Governor Pavo Rintala and councillor Mirja Halonen opened the new bridge of Kessel on "
        'Monday. "This bridge should connect our banks, and not separate them," said councillor '
        "Mirja Halonen.",
        "en1": "Governor Pavo Rintala opened the new Kessel bridge with councillor Mirja Halonen on "
        'Monday, promising an end to the ferry queues.\n"From today nobody will wait an hour '
        'for the ferry," Rintala told the crowd.\nRintala added: "This bridge should unite '
        'our two banks, not divide them."',
    }
    d = told(said, "kessel", mt=frozenset({"en2"}))
    (div,) = speaker_divs(d)
    assert div.odd_one_out == "en1" and "Pavo Rintala (en1)" in div.description
    assert flagged(d, "en1")


def test_a_surname_the_outlet_writes_with_a_first_name_is_a_person() -> None:
    """A Polish outlet names the striker in full once and then by surname; it gives him,
    through "dodał napastnik", what two others quote from the captain."""
    said = {
        "en1": 'Ardelia won the cup on Sunday after extra time. Captain Nuno Valadares said: "We '
        'ran for 120 minutes, but that is what cup finals demand."',
        "pt1": "O Ardelia venceu a taça no domingo após prolongamento. O capitão Nuno Valadares "
        "disse: «Corremos durante 120 minutos, mas é isso que as finais exigem.»",
        "pl1": "Bartosz Grzelak strzelił zwycięskiego gola w dogrywce. Ardelia wygrała puchar.\n"
        "„To najważniejszy gol w moim życiu” – mówił wzruszony Grzelak.\n"
        "„Biegaliśmy przez 120 minut, ale tego wymagają finały pucharu” – dodał napastnik.",
    }
    d = told(said, "ardelia")
    (div,) = speaker_divs(d)
    assert div.odd_one_out == "pl1" and "Grzelak" in div.description
    assert flagged(d, "pl1")


def test_two_people_saying_alike_things_in_two_languages_are_no_misattribution() -> None:
    """The minister and the union leader both speak of minimum services: alike, not one
    utterance; no speaker divergence and no flag."""
    said = {
        "en1": 'Transport minister Elin Saarvik said: "Minimum services must be guaranteed for '
        'the whole of the strike, without any exception."',
        "en2": 'Elin Saarvik, the transport minister, said: "Minimum services must be guaranteed '
        'for the whole of the strike, without any exception."',
        "it1": "Il sindacalista Aurelio Benassi ha detto: «Lo sciopero è legittimo e i servizi "
        "minimi li decidiamo noi, non il governo.»",
    }
    d = told(said, "saarvik")
    assert not speaker_divs(d)
    assert not [g for g in d.quotes if (g.reason or "").startswith("speaker")]
