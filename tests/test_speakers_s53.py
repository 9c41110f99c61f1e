"""Who said it: a pronoun after someone else was named, a source cue, a firm after a name
particle, an event's role holders (invented texts)."""

from __future__ import annotations

import pytest

from newsweave.align.quote_groups import group_quotes
from newsweave.align.quotes import extract_quotes
from test_quotes import BagOfWords, make_article


def said(text: str, lang: str) -> dict[str, str | None]:
    return {q.text: q.speaker for q in extract_quotes(make_article("s53", text, lang))}


@pytest.mark.parametrize(
    ("lang", "text", "quote", "not_speaker"),
    [
        # someone the entity model does not know opens the paragraph: "ze" is not the mayor
        ("nl", "Burgemeester Henk Alderveld opende dinsdag de nieuwe brug. „Dit is een mooie dag "
         "voor de stad”, zei hij.\nDe 64-jarige Greetje Olthof uit Vennebroek kwam met de fiets. "
         "„Ik heb veertig jaar op deze brug gewacht”, zei ze.",
         "Ik heb veertig jaar op deze brug gewacht", "Henk Alderveld"),
        ("de", "Finanzministerin Ilka Marwede lobte die Entscheidung. „Das hilft den Familien“, "
         "sagte die Ministerin.\nZurückhaltend bleibt Jonas Feldkirch, Chefanalyst der Nordbank. "
         "„Das wird für die Sparer noch teuer werden“, sagte er.",
         "Das wird für die Sparer noch teuer werden", "Ilka Marwede"),
        ("fr", "Le maire Gilles Varenne a inauguré le pont mardi. « C'est un grand jour pour la "
         "ville », a-t-il dit.\nVenue à vélo depuis Vennois, Odile Mercadier a les larmes aux yeux. "
         "« J'ai attendu ce pont pendant quarante ans », a-t-elle dit.",
         "J'ai attendu ce pont pendant quarante ans", "Gilles Varenne"),
    ],
)
def test_a_pronoun_after_someone_else_named_is_not_the_last_speaker(lang, text, quote, not_speaker):
    speakers = said(text, lang)
    assert quote in speakers
    assert speakers[quote] != not_speaker


def test_a_speech_verb_with_its_own_noun_is_the_person_named_just_before():
    text = (
        "Wójt gminy Borowo Adam Lipski zapewnił, że po polskiej stronie nie ma żadnego zagrożenia.\n"
        "Wieczorem na miejsce przyjechała wojewoda Ewa Rudnicka. „Sprawdzimy wszystko do końca "
        "i wyciągniemy konsekwencje” – zapowiedziała polityk."
    )
    speakers = said(text, "pl")
    quote = "Sprawdzimy wszystko do końca i wyciągniemy konsekwencje"
    assert speakers[quote] in ("Ewa Rudnicka", None)


def test_a_source_cue_with_a_document_is_no_speaker_referring_back():
    text = (
        "O antigo presidente da câmara, Rui Baltasar, disse aos jornalistas que está inocente e "
        "que vai recorrer.\nSegundo a acusação do Ministério Público, o arguido recebeu dois "
        "milhões de euros em «prendas» da empresa Obras Vintém."
    )
    assert said(text, "pt").get("prendas") is None


def test_a_firm_after_a_name_particle_is_not_part_of_the_name():
    text = "'De schade aan de sluis is groter dan verwacht', zei directeur Sanne Holtrop van RailNoord Logistiek."
    assert said(text, "nl") == {"De schade aan de sluis is groter dan verwacht": "Sanne Holtrop"}


def test_a_role_no_holder_of_the_event_matches_is_not_the_person_just_named():
    english = make_article(
        "e1",
        "Coach Ivo Brandsma praised his players after the final. \"They never gave up,\" "
        "Brandsma said. Striker Jorge Malheiro scored the winner in the 80th minute.",
    )
    portuguese = make_article(
        "p1",
        "A equipa de Ivo Brandsma venceu a final por 1-0. Aos 80 minutos, Jorge Malheiro marcou "
        "o golo da vitória.\n«Os jogadores nunca desistiram e estou muito orgulhoso deles», "
        "afirmou o técnico holandês no final.",
        "pt",
    )
    quotes = extract_quotes(english) + extract_quotes(portuguese)
    groups = group_quotes([english, portuguese], quotes, embedder=BagOfWords(), use_nli=False)
    pt = [g for g in groups if any(v.article == "p1" for v in g.variants)]
    assert pt and all(g.speaker != "Jorge Malheiro" for g in pt)
    assert any(g.speaker == "Ivo Brandsma" for g in pt)


def test_a_spokesperson_of_a_firm_named_after_a_description_is_that_person():
    text = (
        "« Aucun signe de fuite n'avait été relevé avant la nuit », a affirmé dimanche le "
        "porte-parole de Norvane Énergie, l'opérateur du barrage, Luc Ferrandi."
    )
    assert said(text, "fr") == {"Aucun signe de fuite n'avait été relevé avant la nuit": "Luc Ferrandi"}
    served = "« Aucun signe de fuite n'avait été relevé avant la nuit », a affirmé dimanche le porte-parole de Norvane Énergie."
    assert said(served, "fr").get("Aucun signe de fuite n'avait été relevé avant la nuit") != "Norvane Énergie"


def test_her_counterpart_is_never_the_person_just_named():
    english = make_article(
        "e2",
        "President Lena Varga signed the river treaty on Monday. President Tomas Ilk signed it "
        "too. \"Today no one can close the river to us again,\" Varga said.",
    )
    french = make_article(
        "f2",
        "« Désormais, personne ne pourra plus nous fermer la rivière », a déclaré Mme Varga. "
        "Son homologue a répondu sur un ton apaisé : « Le fleuve doit relier nos deux peuples. »",
        "fr",
    )
    quotes = extract_quotes(english) + extract_quotes(french)
    groups = group_quotes([english, french], quotes, embedder=BagOfWords(), use_nli=False)
    (reply,) = [g for g in groups if any("relier" in v.text for v in g.variants)]
    assert reply.speaker in ("Tomas Ilk", None)
