"""Page debris that had reached dossiers as facts: another story's teaser behind "MORE:" or
"Más información:", update notes with a clock time, agency-feed notices, a newsletter label
and a dash, error-report pitches, comment counters, a share line and a stamp with an
abbreviated weekday. Every line is invented; each case failed on the code before these rules."""

from __future__ import annotations

import pytest

from newsweave.model import Article
from test_ingest_clean import reasons, run

BODY = "The harbour board approved a new breakwater for the port of Quillan on Monday evening."
BODY2 = "Divers will survey the seabed in April before the first concrete blocks are laid there."
BODY3 = "The work is expected to last two years and to cost the board about nine million euros."


def between(line: str) -> Article:
    return run(f"{BODY}\n\n{line}\n\n{BODY2}\n\n{BODY3}")


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        # another story's teaser behind a label and a colon
        ("MORE: Commuters stuck as 40 trains cancelled near Tarvel", "read-more"),
        ("Also interesting: Lindau: Boat show drew 18,000 visitors", "read-more"),
        ("Más información: El Cabildo destina 12 millones a reforzar diques", "read-more"),
        ("Mais informações: Câmara de Ovar aprova novo cais", "read-more"),
        ("Meer nieuws: Gemeente Zelhem opent nieuwe haven", "read-more"),
        # update and correction notes the newsroom adds, with a clock time in them
        ("This story was updated at 16:40 with comments from the harbour master.", "correction-notice"),
        ("This article was amended on 3 May at 09.15 to correct the name of the port.", "correction-notice"),
        (
            "Dit artikel is bijgewerkt om 16.20 uur: in een eerdere versie stond ten onrechte dat Zelhem aan zee ligt.",
            "correction-notice",
        ),
        ("Dieser Artikel wurde um 17:25 Uhr aktualisiert.", "correction-notice"),
        ("Cet article a été modifié à 9h12 pour corriger le nom du port.", "correction-notice"),
        (
            "Questo articolo è stato aggiornato alle 18.40 con le parole del sindaco e del comandante del porto.",
            "correction-notice",
        ),
        ("Esta noticia fue actualizada a las 20.10 con la reacción del puerto.", "correction-notice"),
        ("Esta notícia foi atualizada às 18h05 com a reação da autarquia.", "correction-notice"),
        # pitches and widgets
        ("Newsletter – Recevez chaque soir l'essentiel de l'actualité maritime. S'inscrire", "newsletter"),
        ("Une coquille ? Vous avez repéré une erreur ? Signalez-la.", "engagement"),
        ("Avez-vous repéré une erreur ? Signalez-la à la rédaction.", "engagement"),
        ("Spotted an error? Let us know.", "engagement"),
        ("Fehler gefunden? Schreiben Sie uns.", "engagement"),
        ("Hai trovato un errore? Segnalalo alla redazione.", "engagement"),
        ("Partilhe este artigo", "engagement"),
        ("Udostępnij ten artykuł", "engagement"),
        ("Komentarze (7)", "page-widget"),
        ("Comentarios (12)", "page-widget"),
        ("Reacties (4)", "page-widget"),
        # a stamp whose weekday is abbreviated
        ("wo 9 april 2025, 10:12", "date-line"),
    ],
)
def test_debris_line_goes(line: str, reason: str) -> None:
    a = between(line)
    assert line not in a.paragraphs
    assert line in reasons(a).get(reason, [])
    assert a.paragraphs == [BODY, BODY2, BODY3]


@pytest.mark.parametrize(
    "line",
    [
        "This item was automatically published from a news agency feed. Tidewater Wire.",
        "Diese Meldung stammt aus dem Newsticker der Agentur krx und wurde von unserer Redaktion nicht bearbeitet.",
        "Dieser Text wurde von der Redaktion nicht bearbeitet.",
    ],
)
def test_agency_feed_notice_marks_syndicated(line: str) -> None:
    a = between(line)
    assert a.syndicated
    assert line in reasons(a).get("syndication-notice", [])
    assert a.paragraphs == [BODY, BODY2, BODY3]


@pytest.mark.parametrize(
    "line",
    [
        "More than 40 people were moved out of the harbour offices, the fire brigade said.",
        "More information on the cause will be released on Monday, the board said.",
        "Más información sobre el proyecto se conocerá la próxima semana, dijo el alcalde.",
        "The harbour master said the log was updated at 16:40 with the names of the crew.",
        "Comments from residents were collected until Friday.",
    ],
)
def test_prose_stays(line: str) -> None:
    assert line in between(line).paragraphs
