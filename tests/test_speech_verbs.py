"""Speech verbs as common as "said": promising, warning, admitting, insisting, recalling
("„…”, beloofde hij" is a quotation of the person just named, in every language)."""

from __future__ import annotations

import re

import pytest

from newsweave.align.quotes import extract_quotes
from newsweave.model import Article, Sentence


def make_article(aid: str, text: str, lang: str) -> Article:
    """An Article with sentences split on end punctuation (as tests/test_quotes.py)."""
    sentences: list[Sentence] = []
    for para_no, para in enumerate(re.finditer(r"[^\n]+", text)):
        for m in re.finditer(r"\S.*?(?:[.!?…][\"'”»“]?(?=\s|$)|$)", para.group()):
            start = para.start() + m.start()
            sentences.append(Sentence(aid, len(sentences), m.group(), start, start + len(m.group()), para_no, lang))
    return Article(id=aid, text=text, lang=lang, sentences=sentences)


PROMISES = [
    ("nl", "Minister Joris Verhage bezocht dinsdag de haven van Kelmar. „Geen enkele visser blijft in de kou staan. De provincie betaalt elke boot die gerepareerd moet worden”, beloofde hij.", "Joris Verhage"),
    ("fr", "La ministre Jorinde Haverkamp a visité mardi le port de Kelmar. « Aucun pêcheur ne sera laissé seul. La région paiera chaque bateau à réparer », a promis la ministre.", "Jorinde Haverkamp"),
    ("it", "La ministra Jorinde Haverkamp ha visitato martedì il porto di Kelmar. «Nessun pescatore sarà lasciato solo. La regione pagherà ogni barca da riparare», ha promesso la ministra.", "Jorinde Haverkamp"),
    ("pt", "A ministra Jorinde Haverkamp visitou na terça-feira o porto de Kelmar. «Nenhum pescador ficará sozinho. A região vai pagar cada barco a reparar», frisou Haverkamp.", "Jorinde Haverkamp"),
    ("ru", "Министр Йоринде Хаверкамп во вторник посетила порт Кельмара. «Ни один рыбак не останется один. Регион заплатит за каждую лодку», — пообещала она.", "Йоринде Хаверкамп"),
    ("pl", "Wojewoda Halina Brzeska odwiedziła we wtorek port w Kelmarze. „Żaden rybak nie zostanie sam. Województwo zapłaci za każdą łódź do naprawy” – obiecała Brzeska.", "Brzeska"),
    ("en", 'Minister Jorinde Haverkamp visited the harbour of Kelmar on Tuesday. "No fisherman will be left alone. The region will pay for every boat that needs repairs," she admits.', "Jorinde Haverkamp"),
]


@pytest.mark.parametrize(("lang", "text", "speaker"), PROMISES, ids=[p[0] for p in PROMISES])
def test_a_promise_or_an_admission_is_speech(lang: str, text: str, speaker: str) -> None:
    quotes = extract_quotes(make_article("a", text, lang))
    assert quotes and all(q.speaker == speaker for q in quotes)
