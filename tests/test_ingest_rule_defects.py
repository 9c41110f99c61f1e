"""Issue 11: cleaning rules that removed real text, one invented fixture per defect.

Each test would fail on the rules before the fix (they removed, merged or mislabelled
what is asserted here) and pins the root-cause behaviour, not a special case.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsweave.errors import InputError, Problem
from newsweave.ingest import clean, load_report
from newsweave.ingest.decode import decode_bytes
from newsweave.ingest.readers import read_html
from test_ingest_clean import reasons, run

BODY = "The county opened a new bridge over the Selva river on Tuesday, ending two years of detours."
BODY2 = "Engineers said the structure can carry trucks of up to forty tonnes without restrictions."
BODY3 = "The old ferry will keep running at weekends until the end of the summer season, officials said."




# --- repeats ---------------------------------------------------------------------------------


def test_paragraphs_whose_numbers_differ_are_never_merged() -> None:
    first = "Police said 12 people were killed when the flood reached the lower town of Marrow on Sunday."
    later = "Police later said 14 people were killed when the flood reached the lower town of Marrow on Sunday."
    a = run(f"{first}\n\n{later}\n\n{BODY}")
    assert a.paragraphs == [first, later, BODY]
    assert "duplicate-paragraph" not in reasons(a)
    words = [first.replace("12", "twelve"), later.replace("14", "fourteen")]
    assert run(f"{words[0]}\n\n{words[1]}\n\n{BODY}").paragraphs == [*words, BODY]


def test_a_recurring_interview_question_stays_but_a_stutter_goes() -> None:
    question = "What made you start cooking for other people in the first place?"
    answers = [
        "My grandmother ran a small kitchen in Halden and I helped her every summer.",
        "I was a student with no money and a shared oven, so we cooked for the whole floor.",
    ]
    text = f"{question}\n\n{answers[0]}\n\n{BODY}\n\n{BODY3}\n\n{question}\n\n{answers[1]}\n\n{BODY2}\n\n{BODY2}"
    a = run(text)
    assert a.paragraphs.count(question) == 2  # the article asks it twice
    assert a.paragraphs.count(BODY2) == 1  # the layout printed it twice in a row
    assert reasons(a)["duplicate-paragraph"] == [BODY2]


def test_the_article_printed_twice_keeps_one_copy() -> None:
    story = [BODY, BODY2, BODY3]
    a = run("\n\n".join([*story, "Newsletter of the Selva valley", *story]))
    assert a.paragraphs == [*story, "Newsletter of the Selva valley"]
    assert len(reasons(a)["duplicate-paragraph"]) == 3


def test_a_sentence_repeated_far_away_is_the_articles_own() -> None:
    refrain = "Nobody in the valley had ever seen the river this high before."
    text = f"{refrain} {BODY}\n\n{BODY2}\n\n{BODY3}\n\n{BODY.replace('Tuesday', 'Friday')}\n\n{BODY2.replace('forty', 'fifty')}\n\nShe paused. {refrain}"
    a = run(text)
    assert a.text.count(refrain) == 2
    assert "duplicate-sentence" not in reasons(a)


def test_sub_headings_recurring_inside_the_story_stay() -> None:
    text = f"{BODY}\n\nEat every two hours\n\n{BODY2}\n\nEat every two hours\n\n{BODY3}"
    a = run(text)
    assert a.paragraphs.count("Eat every two hours") == 2
    assert "tag-line" not in reasons(a)


# --- datelines and wires ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "first",
    [
        "Northvale Rights Council (NRC) said on Monday that the dam inspections were delayed by a year.",
        "Der Genossenschaftsverband Nordmark (GVN) vertritt rund 1.200 Genossenschaften in der Region Halden.",
    ],
)
def test_a_bracketed_acronym_is_a_wire_only_when_it_is_a_known_wire(first: str) -> None:
    a = run(f"{first}\n\n{BODY}", outlet="Valley News")
    assert a.paragraphs[0] == first
    assert (a.dateline, a.wire, a.syndicated) == (None, None, False)


@pytest.mark.parametrize(
    "first",
    [
        "Brexit: The committee voted on Tuesday to delay the bridge toll for another full year.",
        "Presseförderung: Die Regierung hat am Dienstag neue Regeln für kleine Verlage beschlossen.",
    ],
)
def test_a_title_colon_is_a_dateline_only_before_a_place(first: str) -> None:
    a = run(f"{first}\n\n{BODY}")
    assert a.dateline is None and a.paragraphs[0] == first
    b = run(f"Lisbon: {BODY}\n\n{BODY2}")  # a known place still is one
    assert b.dateline == "Lisbon" and b.paragraphs[0] == BODY


def test_a_dateline_credit_alone_never_sets_syndicated() -> None:
    a = run(f"HALDEN, Northmark (AP) — {BODY}\n\n{BODY2}", outlet="Valley News")
    assert (a.dateline, a.wire, a.syndicated) == ("HALDEN, Northmark", "AP", False)
    assert any("named only in the dateline" in s for s in a.provenance.signals)
    b = run(f"{BODY}\n\n{BODY2}\n\n—AP", outlet="Valley News")  # a credit line is evidence
    assert b.syndicated is True


# --- words in scripts without spaces ------------------------------------------------------------


def test_a_short_japanese_article_is_not_emptied() -> None:
    sentences = [
        "市は火曜日に新しい橋を開通させた。",
        "工事には二年かかった。",
        "市長は技術者たちに感謝した。",
        "橋は大型トラックも通行できる。",
    ]
    a = run("\n\n".join(sentences))
    assert a.paragraphs == sentences
    assert not a.provenance.removed


def test_quantities_and_key_value_lines_above_the_story_are_content() -> None:
    text = f"200 g Zucker\n\nModerator: Jan Berg\n\n{BODY}\n\n{BODY2}"
    a = run(text, title="Selva bridge cake")
    assert a.paragraphs[:2] == ["200 g Zucker", "Moderator: Jan Berg"]
    assert "section-label" not in reasons(a)


# --- captions, credits, citation marks, bylines ----------------------------------------------------


def test_the_last_paragraph_is_not_a_caption_because_a_credit_follows() -> None:
    last = "Die Brücke soll im Herbst für Radfahrer freigegeben werden"
    a = run(f"{BODY}\n\n{BODY2}\n\n{last}\n\nFoto: Jan Berg")
    assert a.paragraphs[-1] == last
    assert reasons(a)["photo-credit"] == ["Foto: Jan Berg"]
    b = run(f"{BODY}\n\nDie neue Brücke bei Nacht\n\nFoto: Jan Berg\n\n{BODY2}")  # mid-story it is one
    assert reasons(b)["caption"] == ["Die neue Brücke bei Nacht"]


def test_agency_credits_match_their_own_spelling_only() -> None:
    par = "Seit Januar können alle Praxen der Region die elektronische Patientenakte (ePA)"
    a = run(f"{par}\n\n{BODY}", title="Patientenakte in allen Praxen")
    assert a.paragraphs[0] == par and "caption" not in reasons(a)
    caption = "Die neue Brücke am Abend des ersten Tages (EPA)"
    b = run(f"{caption}\n\n{BODY}\n\n{BODY2}")
    assert reasons(b)["caption"] == [caption]


def test_citation_marks_are_reference_marks_only() -> None:
    quote = "“It give[s] us hope for the whole valley,” the mayor said."
    a = run(f"{quote}[1]\n\n{BODY}[citation needed]")
    assert a.paragraphs == [quote, BODY]
    assert reasons(a)["citation-mark"] == ["[1]", "[citation needed]"]


def test_a_lower_case_desk_abbreviation_is_no_author() -> None:
    a = run(f"{BODY}\n\nAutor: red\n\n{BODY2}")
    assert a.author is None
    b = run(f"Autor: Jan Berg\n\n{BODY}\n\n{BODY2}")
    assert b.author == "Jan Berg"


# --- boilerplate tables -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Pour lire la suite de cet article, abonnez-vous dès aujourd'hui", "paywall"),
        ("HAZTE MIEMBRO y apoya el periodismo del valle", "paywall"),
        ("VEA TAMBIÉN: El puente de Selva abre al tráfico", "read-more"),
        ("Contenido relacionado", "read-more"),
        ("Empfohlene Beiträge", "read-more"),
        ("Anzeige", "advertising"),
        ("— Werbung —", "advertising"),
        ("Titelbild: Jan Berg", "picture-label"),
        ("Beitragsbild", "picture-label"),
        ("Reporting by Ana Sol; Editing by Jon Rask", "author-credit"),
        ("Sign up for our Valley Morning newsletter to get the news first.", "newsletter"),
        ("Like this story? Share it with a friend!", "engagement"),
        ("LIVE: Follow our coverage of the Selva bridge opening.", "engagement"),
        ("Suivez notre direct sur l'ouverture du pont de Selva.", "engagement"),
        ("Alle Entwicklungen im Liveticker.", "engagement"),
        ("If you buy something through this post, Valley News may get a share of the sale.", "ad-disclosure"),
        ("Lesezeit: 4 Minuten", "page-widget"),
        ("Tempo de leitura: 2 minutos", "page-widget"),
        ("[Related: Selva ferry timetable changes for the summer]", "read-more"),
        ("기사입력 :[ 2021-03-04 17:32 ]", "date-line"),
        # page furniture of invented events whose lines had become facts and timeline entries
        ("Ti è piaciuto questo articolo? Iscriviti alla nostra newsletter e ricevi le notizie.", "newsletter"),
        ("Abonnieren Sie unseren kostenlosen Newsletter.", "newsletter"),
        ("Schrijf u in voor de nieuwsbrief.", "newsletter"),
        ("Schrijf je in voor onze wielernieuwsbrief en mis niets uit het peloton.", "newsletter"),
        ("Receive the news of the Selva valley in your email.", "newsletter"),
        ("Volg Selva Nieuws ook op Instagram en Facebook.", "engagement"),
        ("Deel dit artikel: WhatsApp | Facebook | X", "engagement"),
        ("Van onze verslaggever • 18 aug.", "author-credit"),
        ("Cet article sera mis à jour.", "correction-notice"),
        ("Mise à jour, mercredi 12 février, 22h15 : cet article a été actualisé avec le bilan.", "correction-notice"),
        ("Nous présentons nos excuses à nos lecteurs.", "correction-notice"),
        ("Correctif : une version précédente indiquait 500 employés. Nous présentons nos excuses.", "correction-notice"),
        ("Ontvang elke vrijdag het laatste nieuws in uw mailbox. Schrijf u in voor de nieuwsbrief.", "newsletter"),
        ("Photo d'archives : le pont de Selva lors de la crue de juin 2021.", "caption"),
        ("Foto de arquivo: o porto de Selva durante as festas de julho de 2021.", "caption"),
    ],
)
def test_boilerplate_phrases_in_several_languages(line: str, reason: str) -> None:
    a = run(f"{BODY}\n\n{line}\n\n{BODY2}\n\n{BODY3}")
    assert line in reasons(a).get(reason, []), reasons(a)
    assert a.paragraphs == [BODY, BODY2, BODY3]


def test_author_bio_goes_only_after_the_story() -> None:
    bio = "Have a tip? Ana Sol may be reached at ana.sol@valley.example."
    a = run(f"{BODY}\n\n{BODY2}\n\n{bio}")
    assert reasons(a)["author-bio"] == [bio]
    b = run(f"{BODY}\n\n{bio}\n\n{BODY2}\n\n{BODY3}")  # mid-story it is about someone
    assert bio in b.paragraphs


def test_a_pitch_inside_the_writers_paragraph_stays() -> None:
    par = "Choosing ten bridges was hard. Leave a comment and tell us which one we missed."
    a = run(f"{BODY}\n\n{par}")
    assert a.paragraphs[-1] == par


# --- bytes, tables, dates ---------------------------------------------------------------------------


def test_sparse_nul_bytes_are_stripped_and_binary_still_refused() -> None:
    page = (f"<html><body><p>{BODY}</p><p>{BODY2}</p></body></html>" * 20).encode()
    sparse = page[:300] + b"\x00" + page[300:900] + b"\x00\x00" + page[900:]
    text = decode_bytes(sparse, "page.html")
    assert "\x00" not in text and BODY in text
    with pytest.raises(InputError, match="binary file"):
        decode_bytes(b"\x00\x01\x02\x03" * 400, "blob.bin")
    with pytest.raises(InputError, match="NUL"):
        decode_bytes(page.replace(b"<p>", b"<p>\x00"), "nul-every-paragraph.html")


def test_tables_are_extracted_row_by_row() -> None:
    rows = "".join(
        f"<tr><td>{i}</td><td>{name}</td><td>{time}</td></tr>"
        for i, name, time in ((1, "Ana Sol", "2:04:11"), (2, "Jon Rask", "2:05:40"))
    )
    html = (
        "<html><head><title>Selva marathon results</title></head><body><article>"
        f"<p>{BODY}</p><p>{BODY2}</p><table><tr><th>Place</th><th>Runner</th><th>Time</th></tr>"
        f"{rows}</table><p>{BODY3}</p></article></body></html>"
    )
    a = clean(read_html("race.html", html))
    assert "1 | Ana Sol | 2:04:11" in a.paragraphs
    assert "2 | Jon Rask | 2:05:40" in a.paragraphs
    assert not any(set(p) <= set("|-: ") for p in a.paragraphs)


def test_publication_date_in_the_pages_own_time_zone() -> None:
    html = (
        "<html><head>"
        '<meta property="article:published_time" content="2021-03-05T02:30:00Z">'
        '<meta property="article:modified_time" content="2021-03-04T22:10:00-05:00">'
        f"<title>Selva bridge opens</title></head><body><article><p>{BODY} {BODY2}</p>"
        f"<p>{BODY3}</p></article></body></html>"
    )
    a = read_html("bridge.html", html)
    assert a.published == "2021-03-04"
    assert any("page's zone" in s for s in a.provenance.signals)


@pytest.mark.parametrize("published", ["99999-01-01", 99999999999999, "0001-01-01"])
def test_dates_out_of_range_are_refused_with_the_record_named(
    tmp_path: Path, published: object
) -> None:
    path = tmp_path / "batch.jsonl"
    good = {"id": "ok", "text": BODY, "published": "2021-03-04"}
    bad = {"id": "bad", "text": BODY2, "published": published}
    path.write_text("\n".join(json.dumps(r) for r in (good, bad)), encoding="utf-8")
    articles, problems = load_report([path])
    assert [a.id for a in articles] == ["ok"] and articles[0].published == "2021-03-04"
    assert problems == [Problem(f"{path}:2", problems[0].reason)]
    assert "out of range" in problems[0].reason and repr(published) in problems[0].reason


@pytest.mark.parametrize("published", ["sometime last spring", {"$date": "x"}, True])
def test_a_date_field_no_reader_understands_is_a_warning_naming_the_record(
    tmp_path: Path, published: object
) -> None:
    path = tmp_path / "batch.jsonl"
    good = {"id": "ok", "text": BODY, "published": "2021-03-04"}
    odd = {"id": "odd", "text": BODY2, "published": published}
    blank = {"id": "blank", "text": BODY3, "published": "  "}  # no date given: no warning
    path.write_text("\n".join(json.dumps(r) for r in (good, odd, blank)), encoding="utf-8")
    articles, problems = load_report([path])
    assert [a.id for a in articles] == ["ok", "odd", "blank"]  # kept, not refused
    assert articles[1].published is None
    assert problems == [Problem(f"{path}:2", problems[0].reason, kept=True)]
    assert "not understood" in problems[0].reason and repr(published)[:20] in problems[0].reason


def test_a_repeated_chinese_sentence_is_found_without_spaces() -> None:
    lede = "市政府周二宣布新桥正式通车并开放给所有车辆。"
    a = run(f"{lede}工程历时两年。\n\n{lede}桥梁可以通行大型卡车。")
    assert reasons(a)["duplicate-sentence"] == [lede]
    assert a.paragraphs[1] == "桥梁可以通行大型卡车。"


def test_the_benchmark_metric_is_the_shingle_match_of_the_article_extraction_benchmark() -> None:
    import importlib.util

    path = Path(__file__).resolve().parents[1] / "bench" / "realworld.py"
    spec = importlib.util.spec_from_file_location("realworld_bench", path)
    assert spec and spec.loader
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    true = "one two three four five six"  # shingles: 1234 2345 3456
    assert bench.match(true, true) == (1.0, 0.0, 0.0)
    tp, fp, fn = bench.match(true, "One two three four five SEVEN")  # 1234 2345 | 345seven
    assert (tp, fp, fn) == (2 / 4, 1 / 4, 1 / 4)
    assert bench.prf(tp, fp, fn)[:2] == (2 / 3, 2 / 3)
    hits = bench.removal_hits(true, "one two", [("three four five six", "tag-line"), ("nine", "x")])
    assert [(h["reason"], h["hit"]) for h in hits] == [("tag-line", 4), ("x", 0)]


@pytest.mark.parametrize(
    "notice",
    [
        "Dieser Artikel wurde automatisch aus einem Nachrichtenfeed der dpa übernommen und nicht redaktionell bearbeitet.",
        "Diese Meldung wurde aus dem dpa-Newsticker übernommen und nicht von der Redaktion bearbeitet.",
        "Este artigo foi publicado a partir de um despacho da agência Lusa.",
        "Cet article est publié à partir d'une dépêche de l'AFP, sans modification par la rédaction.",
    ],
)
def test_agency_feed_notices_mark_a_syndicated_copy(notice: str) -> None:
    a = run(f"{notice}\n\n{BODY}\n\n{BODY2}\n\n{BODY3}")
    assert reasons(a).get("syndication-notice") == [notice]
    assert a.syndicated is True
    # the same words as news stay: a firm that took over costs is no notice
    b = run(f"{BODY}\n\nDie Stadt hat die Kosten übernommen, den Antrag aber nicht bearbeitet.\n\n{BODY2}")
    assert "syndication-notice" not in reasons(b)


def test_a_dateline_of_two_places_is_stripped() -> None:
    # "Haarlem/Bonn (dpa) - Wegen …": two places joined by a slash are one dateline
    a = run(f"Selva/Bonn (dpa) - {BODY}\n\n{BODY2}\n\n{BODY3}")
    assert a.paragraphs == [BODY, BODY2, BODY3]


def test_a_capitals_dateline_with_a_day_and_a_month_is_stripped() -> None:
    # "BERLIN, 13 novembre. Un train …": its "13 novembre" had become a timeline entry
    a = run(f"VELDEN, 13 novembre. {BODY}\n\n{BODY2}\n\n{BODY3}")
    assert a.paragraphs == [BODY, BODY2, BODY3]
    assert reasons(a)["dateline"] == ["VELDEN, 13 novembre."]
    # a street number is no date
    b = run(f"VELDEN, 13 rue Haute. {BODY}\n\n{BODY2}")
    assert "dateline" not in reasons(b)


# --- page furniture in more languages (each line had stayed a fact) ---------------------------


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        (
            "Segui tutte le notizie sul nostro canale Telegram | Condividi su Facebook",
            "Il sindaco segue la vicenda da vicino su richiesta dei cittadini di Valdoria.",
        ),
        (
            "Sigue todas las novedades del torneo en nuestro minuto a minuto",
            "Sigue sin conocerse la causa del incendio, según los bomberos de Valdoria.",
        ),
    ],
)
def test_a_pitch_to_follow_our_coverage_goes(line: str, kept: str) -> None:
    a = run(f"{BODY}\n\n{line}\n\n{kept}\n\n{BODY2}")
    assert reasons(a).get("engagement") == [line]
    assert a.paragraphs == [BODY, kept, BODY2]


@pytest.mark.parametrize(
    "caption",
    [
        "Nella foto: i vigili del fuoco al lavoro sul tetto della scuola di Valdoria, lunedì scorso",
        "Na zdjęciu: strażacy przy zawalonym moście w Borkach, 3 marca. Fot. archiwum",
        "Notre photo : les pompiers devant le pont de la Selva, mardi dernier. ARCHIVES",
    ],
)
def test_a_caption_under_a_label_naming_the_picture_goes(caption: str) -> None:
    a = run(f"{BODY}\n\n{caption}\n\n{BODY2}")
    assert a.paragraphs == [BODY, BODY2]
    kept = "Na zdjęciu widać wyraźnie, że most był już wcześniej uszkodzony, powiedział biegły."
    assert run(f"{BODY}\n\n{kept}\n\n{BODY2}").paragraphs == [BODY, kept, BODY2]


@pytest.mark.parametrize(
    ("notice", "kept"),
    [
        (
            "This is a breaking news story and will be updated.",
            "This is a developing crisis, the minister told reporters on Tuesday.",
        ),
        (
            "This story is developing and will be updated as more information becomes available.",
            "This story of the old bridge is told in the town museum, which reopens in May.",
        ),
        (
            "UPDATED: 3 March 2025, 09:20 GMT — This story has been updated with the name of the second driver.",
            "The report has been updated with new casualty figures, the ministry said.",
        ),
        (
            "Aktualizacja (21:15): uzupełniliśmy tekst o komentarz prezesa spółki.",
            "Aktualizacja, godz. 21:15: Rada nadzorcza przyjęła rezygnację prezesa spółki.",
        ),
        (
            "Rectificatif (12 mars) : dans une version antérieure de cet article, nous indiquions que le pont "
            "mesurait 40 mètres. Nos excuses à nos lecteurs.",
            "Le maire a présenté ses excuses aux habitants de la Selva mardi soir.",
        ),
    ],
)
def test_a_notice_about_the_article_itself_goes(notice: str, kept: str) -> None:
    """An update or correction notice is the newsroom on its text, not news: its driver's
    name, its 40 metres are no outlet's claim about the event. News worded alike stays."""
    a = run(f"{BODY}\n\n{notice}\n\n{kept}\n\n{BODY2}")
    assert reasons(a).get("correction-notice") == [notice]
    assert a.paragraphs == [BODY, kept, BODY2]


@pytest.mark.parametrize(
    "pitch",
    [
        "Sign up for the Evening Digest: five stories from Selva every weekday.",
        "Envie de voyages ? Recevez chaque samedi notre infolettre « Horizons ».",
        "Zapisz się na newsletter „Gazety Selwy” – codziennie rano najważniejsze wiadomości.",
    ],
)
def test_a_newsletter_pitch_goes(pitch: str) -> None:
    a = run(f"{BODY}\n\n{pitch}\n\n{BODY2}")
    assert reasons(a).get("newsletter") == [pitch]
    kept = "More than 300 residents signed up for the evening briefing at the town hall, organisers said."
    assert run(f"{BODY}\n\n{kept}\n\n{BODY2}").paragraphs == [BODY, kept, BODY2]


@pytest.mark.parametrize(
    ("notice", "kept"),
    [
        (
            "Este texto ha sido publicado a partir de un teletipo de la agencia Selva Press y no ha sido "
            "editado por la redacción.",
            "La agencia publicó el informe a partir de datos del ministerio de Valdoria.",
        ),
        (
            "Tekst pochodzi z serwisu agencji Selwa Press i został opublikowany automatycznie.",
            "Informacja o zamknięciu zakładu została opublikowana w czwartek przez spółkę.",
        ),
    ],
)
def test_a_spanish_or_polish_agency_feed_notice_marks_a_copy(notice: str, kept: str) -> None:
    a = run(f"{notice}\n\n{BODY}\n\n{kept}\n\n{BODY2}")
    assert reasons(a).get("syndication-notice") == [notice]
    assert a.syndicated is True and a.paragraphs == [BODY, kept, BODY2]
    assert run(f"{BODY}\n\n{kept}\n\n{BODY2}").syndicated is False


@pytest.mark.parametrize(
    "notice",
    [
        "Ten serwis wykorzystuje pliki cookies. Możesz zmienić ich ustawienia w swojej przeglądarce.",
        "Używamy ciasteczek. Dalsze korzystanie z serwisu oznacza zgodę na ich zapisywanie.",
    ],
)
def test_a_polish_cookie_notice_goes(notice: str) -> None:
    a = run(f"{BODY}\n\n{notice}\n\n{BODY2}")
    assert reasons(a).get("cookie-notice") == [notice]
    kept = "Piekarnia z Borek rozdała w niedzielę tysiąc ciasteczek dzieciom z domu dziecka."
    assert run(f"{BODY}\n\n{kept}\n\n{BODY2}").paragraphs == [BODY, kept, BODY2]


@pytest.mark.parametrize(
    "line",
    [
        "Door onze verslaggever | 3 maart 2025, 09:10",
        "Door onze redactie binnenland | 3 maart 2025 | Bijgewerkt 11:20",
        "Par notre envoyé spécial à Selva | Publié le 3 mars 2025 à 08h00",
        "De nuestro corresponsal en Valdoria | 3 de marzo de 2025, 09:10",
        "By our correspondent in Selva | 3 March 2025, 09:10 GMT",
    ],
)
def test_a_byline_naming_the_outlets_desk_goes(line: str) -> None:
    a = run(f"{BODY}\n\n{line}\n\n{BODY2}")
    assert a.paragraphs == [BODY, BODY2]
    assert a.author is None


def test_a_dateline_and_a_correspondents_byline_on_one_line_go() -> None:
    a = run(f"SELVA (Valdoria) - De notre correspondant, Marc Olivier\n\n{BODY}\n\n{BODY2}")
    assert a.paragraphs == [BODY, BODY2]
    assert a.author == "Marc Olivier" and a.dateline == "SELVA"
    kept = "Door onze verslaggevers werd de brand al om zes uur gemeld bij de brandweer."
    assert run(f"{BODY}\n\n{kept}\n\n{BODY2}").paragraphs == [BODY, kept, BODY2]


# --- a headline quoting the story; datelines with a bracket or an abbreviated date ------------


QUOTE_TITLE = 'Selva flood leaves two dead – "The bridge is gone"'


@pytest.mark.parametrize(
    "quote",
    [
        '"The bridge is gone. We are cut off from the valley," mayor Ana Sol told the regional radio.',
        '"The bridge is gone – we are cut off from the valley," mayor Ana Sol told the regional radio.',
        '"The bridge is gone," Sol said.',
        '"The bridge is gone."',
    ],
)
def test_a_quotation_the_headline_repeats_stays_in_the_body(quote: str) -> None:
    # the headline quotes a line of the story: the story's sentence is no headline printed again
    # (the speaker's line had been left alone: "We are cut off …," mayor Ana Sol told …)
    a = run(f"{BODY}\n\n{quote}\n\n{BODY2}", title=QUOTE_TITLE)
    assert a.paragraphs == [BODY, quote, BODY2]
    assert "headline-repeat" not in reasons(a)
    b = run(f'"The bridge is gone"\n\n{BODY}\n\n{BODY2}', title=QUOTE_TITLE)  # a pull quote goes
    assert b.paragraphs == [BODY, BODY2]


@pytest.mark.parametrize(
    ("first", "dateline", "wire", "partial"),
    [
        ("VARNOST, Portugal (NPA) — ", "VARNOST, Portugal", "NPA", None),
        ("Velmora, 5 nov. (Heraldo Austral) — ", "Velmora, 5 nov.", "Heraldo Austral", "--11-05"),
        ("Velmora, 4 nov (DV) — ", "Velmora, 4 nov", "DV", "--11-04"),
        ("Sarnola, 15 oct (AHN).- ", "Sarnola, 15 oct", "AHN", "--10-15"),
        ("Castrelo, 8 out — ", "Castrelo, 8 out", None, "--10-08"),
        ("Castrelo (Espagne) (AIP) – ", "Castrelo (Espagne)", "AIP", None),
        ("Marvila, Portugal — ", "Marvila, Portugal", None, None),
        ("Kresnik (PAI) – ", "Kresnik", "PAI", None),
        ("Selva/Castel Orno (ena) – ", "Selva/Castel Orno", "ena", None),
        ("CASTEL ORNO (Velluno) — ", "CASTEL ORNO (Velluno)", None, None),
        ("VELDORA/THE NARROWS, Oct 7 – ", "VELDORA/THE NARROWS, Oct 7", None, "--10-07"),
        ("VELDORA. ", "VELDORA", None, None),
        ("Selva/Bonn. ", "Selva/Bonn", None, None),
    ],
)
def test_a_dateline_with_a_bracket_a_country_or_a_short_date_is_stripped(
    first: str, dateline: str, wire: str | None, partial: str | None
) -> None:
    # a place (with its country or region), maybe a day and a month's abbreviation, maybe an
    # agency or outlet in brackets, a dash or a stop: the filing place, left in the first sentence
    a = run(f"{first}{BODY}\n\n{BODY2}", outlet="Valley News")
    assert a.paragraphs == [BODY, BODY2]
    assert (a.dateline, a.wire, a.syndicated) == (dateline, wire, False)
    assert a.provenance.partial_date == partial
    assert reasons(a)["dateline"] == [first.strip()]


@pytest.mark.parametrize(
    "first",
    [
        "Valdoria Rights Council (VRC) – The council said on Monday that the dam inspections were late.",
        "Greenfield (GF) – The group said on Monday that the dam inspections were delayed by a year.",
        "Human Rights Watch (Paris) – The group said on Monday that the inspections were delayed.",
        "Valdoria, Marrow and Selva - The three towns share the cost of the new bridge this year.",
        "U.S. Army engineers said on Monday that the dam inspections were delayed by a full year.",
        "COMMENTARY. The county should never have waited two years to open the bridge over the Selva.",
    ],
)
def test_a_name_before_a_bracket_a_dash_or_a_stop_is_no_dateline(first: str) -> None:
    # an organisation and its acronym, a list of towns, an abbreviation: the story's own words
    a = run(f"{first}\n\n{BODY}", outlet="Valley News")
    assert a.paragraphs[0] == first
    assert (a.dateline, a.wire) == (None, None)
    b = run(f"Kresnik (PAI) – {first}\n\n{BODY}", outlet="Valley News")  # a place before it is one
    assert (b.dateline, b.wire, b.paragraphs[0]) == ("Kresnik", "PAI", first)


def test_a_dateline_under_a_short_line_the_rules_left_is_stripped() -> None:
    # "dal nostro inviato …" or "Compartir: Facebook | X | …" above the first paragraph of prose
    a = run(f"Compartir: Facebook | X | WhatsApp | Correo\n\nSarnola, 15 oct (AHN).- {BODY}\n\n{BODY2}")
    assert (a.dateline, a.wire) == ("Sarnola, 15 oct", "AHN")
    assert BODY in a.paragraphs
