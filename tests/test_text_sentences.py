"""Sentence splitting: abbreviations, quotations, languages, and offsets into Article.text."""

from __future__ import annotations

import pytest

from newsweave.model import Article
from newsweave.text import annotate, split_sentences
from newsweave.text.sentences import ends_sentence, quote_spans


@pytest.mark.parametrize(
    ("lang", "text", "count"),
    [
        ("en", "Mr. Smith met Dr. Jones at 10 a.m. on Monday. They spoke for an hour.", 2),
        ("en", "The U.S. Senate voted on Friday. The bill now goes to the House.", 2),
        ("en", "Prices rose 3.5 per cent in May. Analysts had expected less.", 2),
        ("fr", "M. Dupont a rencontré Mme Martin lundi. Ils ont parlé du budget.", 2),
        ("de", "Der Dom wurde im 19. Jahrhundert gebaut. Er ist 100 Meter hoch.", 2),
        ("it", "Il dott. Rossi ha parlato con il sig. Bianchi. La riunione è finita tardi.", 2),
        ("es", "El Sr. García llegó a las 10. Después habló con la prensa.", 2),
        ("ru", "Проф. Иванов выступил в понедельник. Его доклад длился час.", 2),
        ("pt", "O Sr. Silva chegou cedo. Depois falou com os jornalistas.", 2),
        ("id", "Dr. Budi tiba pagi ini. Dia langsung bertemu wartawan.", 2),
        ("zh", "市议会批准了新线路。工程将于明年开始。", 2),
    ],
)
def test_abbreviations_do_not_split(lang: str, text: str, count: int) -> None:
    assert len(split_sentences(text, lang)) == count


def test_a_multi_sentence_quotation_is_one_sentence() -> None:
    text = (
        '"We are not interested in closing the station. There is no point in this," the minister said. '
        "The vote is on Friday."
    )
    assert split_sentences(text, "en") == [
        '"We are not interested in closing the station. There is no point in this," the minister said.',
        "The vote is on Friday.",
    ]


@pytest.mark.parametrize(
    "quoted",
    [
        "“Can we do it alone? No!” added the mayor.",
        "« Nous ne fermerons pas. Jamais ! » a dit le maire.",
        "„Wir schließen nicht. Niemals!“ sagte der Bürgermeister.",
        "»Wir schließen nicht. Niemals!« sagte der Bürgermeister.",
    ],
)
def test_quotes_in_several_styles_are_not_split(quoted: str) -> None:
    lang = {"“": "en", "«": "fr", "„": "de", "»": "de"}[quoted[0]]
    assert split_sentences(f"The meeting ended. {quoted} Then everyone left.", lang)[1] == quoted


def test_a_german_quotation_closing_a_sentence_ends_it() -> None:
    """„…“ closes with the mark English opens with: the next sentence is no part of it."""
    text = "Der Feuerwehrchef hatte gewarnt: „Wir rechnen damit, dass das Feuer Telby erreicht.“ Dazu kam es nicht."
    assert split_sentences(text, "de") == [
        "Der Feuerwehrchef hatte gewarnt: „Wir rechnen damit, dass das Feuer Telby erreicht.“",
        "Dazu kam es nicht.",
    ]


def test_unclosed_quote_does_not_swallow_the_paragraph() -> None:
    text = 'He called it "an irony. The plan failed. The council will vote again in May.'
    assert len(split_sentences(text, "en")) == 3
    assert quote_spans(text) == []


def test_offsets_index_the_article_text() -> None:
    text = (
        "JAKARTA is not here. The first paragraph has two sentences.\n\n"
        "“It is done. We are happy,” she said. Then she left.\n\nShort."
    )
    a = annotate(Article(id="o", text=text))
    assert [s.text for s in a.sentences] == [
        "JAKARTA is not here.",
        "The first paragraph has two sentences.",
        "“It is done. We are happy,” she said.",
        "Then she left.",
        "Short.",
    ]
    for i, s in enumerate(a.sentences):
        assert a.text[s.start : s.end] == s.text
        assert (s.index, s.article_id) == (i, "o")
    assert [s.paragraph for s in a.sentences] == [0, 0, 1, 1, 2]
    assert a.paragraphs == text.split("\n\n")


def test_annotate_recomputes_when_the_text_changed() -> None:
    a = annotate(Article(id="x", text="One sentence here. Another one there."))
    changed = annotate(Article(**{**a.__dict__, "text": "Only this now.", "paragraphs": []}))
    assert [s.text for s in changed.sentences] == ["Only this now."]


def test_unknown_language_falls_back_to_a_splitter() -> None:
    assert split_sentences("Bu bir cümle. Bu da ikinci cümle.", "tr") == [
        "Bu bir cümle.",
        "Bu da ikinci cümle.",
    ]
    assert split_sentences("One. Two.", None) == ["One.", "Two."]


def test_ends_sentence_reads_the_final_stop_and_closing_marks() -> None:
    assert ends_sentence("The gates hold.") and ends_sentence('"They will hold all winter."  ')
    assert ends_sentence("Who knows?»") and ends_sentence("and so on…")
    assert not ends_sentence("The gates hold,") and not ends_sentence('she called it a "bridge"')


def test_scripts_without_case_are_split_at_their_full_stops() -> None:
    # no capital follows an Arabic full stop: the rule that looks for one never fired
    ar = (
        "افتتحت مدينة فيلمار يوم السبت خطا جديدا للترام. "
        "وقالت رئيسة البلدية: «التذاكر مجانية في الأسبوع الأول». "
        "ويربط الخط الميناء بالحرم الجامعي."
    )
    assert len(split_sentences(ar, "ar")) == 3
    # Chinese: a full stop inside the closing quote ends the sentence after the quote
    zh = "市长对记者说：“第一周车票免费。”该线路连接港口和大学校园。"
    assert split_sentences(zh, "zh") == [
        "市长对记者说：“第一周车票免费。”",
        "该线路连接港口和大学校园。",
    ]
    # Japanese: "「…。」と述べた" goes on after the quote
    ja = "市長は「最初の週は無料にする。」と述べた。路線は港と大学を結ぶ。"
    assert split_sentences(ja, "ja") == [
        "市長は「最初の週は無料にする。」と述べた。",
        "路線は港と大学を結ぶ。",
    ]


def test_a_quotation_in_single_quotes_is_split_from_its_neighbours_and_kept_whole() -> None:
    """Outlets (and translations) that quote in straight single quotes: a sentence ends
    before "'The …" and after "….'", and a quotation of two sentences stays one sentence
    as a double-quoted one does; "it's" and "the miners' union" quote nothing."""
    text = (
        "By noon the crews had the blaze under control. 'It is under control, but it is not "
        "out', said Ilse Varnholt. 'We stay all night. We will not leave,' she added. "
        "It's the miners' union that asked for help."
    )
    assert split_sentences(text, "en") == [
        "By noon the crews had the blaze under control.",
        "'It is under control, but it is not out', said Ilse Varnholt.",
        "'We stay all night. We will not leave,' she added.",
        "It's the miners' union that asked for help.",
    ]


def test_a_german_quotation_in_chevrons_opens_a_sentence() -> None:
    """»…« opens with the mark French closes with: "… später. »Wir …«" is two sentences, and
    the narration before the quotation is not taken into it (it had been read as reported
    speech of the quotation's "sagte er")."""
    text = "Der Minister sprach später. »Wir kürzen nicht.« Dann ging er."
    assert split_sentences(text, "de") == [
        "Der Minister sprach später.",
        "»Wir kürzen nicht.«",
        "Dann ging er.",
    ]


def test_a_pronoun_after_a_named_initial_opens_the_next_sentence() -> None:
    """Suspects named "first name + initial" end a sentence on the initial: "… skipper
    Marek W. The night he spent …" is two sentences (the second had been cited as part of
    the first); an initial inside a name ("Harold J. Brandt", "K. De Wachter") is kept."""
    text = "Police detained the skipper Marek W. The night he spent in a cell. He was sober."
    assert split_sentences(text, "en") == [
        "Police detained the skipper Marek W.",
        "The night he spent in a cell.",
        "He was sober.",
    ]
    assert split_sentences("Festgenommen wurde Jonas P. Er soll gefahren sein.", "de") == [
        "Festgenommen wurde Jonas P.",
        "Er soll gefahren sein.",
    ]
    kept = "Mayor Harold J. Brandt met Ilse K. De Wachter in Ostend."
    assert split_sentences(kept, "en") == [kept]


def test_an_abbreviation_before_a_lower_case_word_ends_no_sentence() -> None:
    """Polish dates write "r." (roku) after the year: "skazany w 2019 r. na sześć lat" is one
    sentence (it had been cut, and "na sześć lat …" stood alone, so a summary sentence lost
    the sentence's length); a bare date before a capital opens the sentence it dates."""
    text = (
        "Reporter Jan Malec, skazany w 2019 r. na sześć lat więzienia, wrócił do domu. "
        "W 2020 r. Sejm uchwalił ustawę. Od 3 marca 2021 r. Rada obraduje co tydzień."
    )
    assert split_sentences(text, "pl") == [
        "Reporter Jan Malec, skazany w 2019 r. na sześć lat więzienia, wrócił do domu.",
        "W 2020 r. Sejm uchwalił ustawę.",
        "Od 3 marca 2021 r. Rada obraduje co tydzień.",
    ]
    # a date's abbreviation after its month ("br.", this year's) opens the sentence it dates
    assert split_sentences("Do 15 maja br. Sejm nie obraduje. To długo.", "pl") == [
        "Do 15 maja br. Sejm nie obraduje.",
        "To długo.",
    ]
    kept = "The mayor left at 6 p.m. It was late. No. We will not go."
    assert split_sentences(kept, "en") == ["The mayor left at 6 p.m.", "It was late.", "No.", "We will not go."]



@pytest.mark.parametrize(
    ("lang", "first", "then"),
    [
        # an approximation before a figure, or before an amount whose currency comes first,
        # in each language covered: no sentence end (the figure had been cut from its
        # sentence, and the sentence's end then missed: "… ungef." | "300 Euro … mehr.")
        ("en", "In hand, that is approx. EUR 2,140 a month.", "The rise is large."),
        ("en", "The Orvik levy brings in approx. €300 a year.", "Others pay more."),
        ("pl", "Na rękę to ok. PLN 4100 miesięcznie.", "Podwyżka jest duża."),
        ("de", "Die Abgabe bringt ungef. 300 Euro im Jahr.", "Andere zahlen mehr."),
        ("de", "Die Abgabe bringt rd. 300 Euro im Jahr.", "Andere zahlen mehr."),
        ("nl", "De heffing levert ong. 300 euro per jaar op.", "Anderen betalen meer."),
        ("fr", "La taxe rapporte env. EUR 300 par an.", "D'autres paient plus."),
        ("es", "La tasa deja aprox. 300 euros al año.", "Otros pagan más."),
        ("pt", "A taxa rende aprox. R$ 300 por ano.", "Outros pagam mais."),
        ("it", "La tassa rende ca. EUR 300 l'anno.", "Altri pagano di più."),
        # a true end before a capital or a figure still ends the sentence: after a currency
        # word (a few words with a figure are no bare date, as "W 2021 r." is), after "OK."
        ("de", "Sie kostet ca. 300 Euro.", "Das ist viel."),
        ("pl", "Abonament kosztuje 2000 zł.", "To dużo."),
        ("en", "The Orvik vote was OK.", "20 people came."),
    ],
)
def test_an_approximation_before_an_amount_ends_no_sentence(lang: str, first: str, then: str) -> None:
    assert split_sentences(f"{first} {then}", lang) == [first, then]


def test_an_ordinal_indicator_after_its_full_stop_goes_on_the_sentence() -> None:
    """Portuguese "12.ª", "3.º": the segmenter had cut after "12.", and the sentence
    stopped at "venceu hoje a 12."."""
    text = "A escritora de Orvik venceu hoje a 12.ª edição do prémio. O júri reuniu-se à tarde."
    assert split_sentences(text, "pt") == [
        "A escritora de Orvik venceu hoje a 12.ª edição do prémio.",
        "O júri reuniu-se à tarde.",
    ]


@pytest.mark.parametrize(
    ("lang", "text", "count"),
    [
        # an ordinal's full stop before a lower-case word (Polish, Turkish) ends nothing
        ("pl", "Goście strzelili gola w 27. minucie po rzucie rożnym. W 64. minucie padło wyrównanie.", 2),
        ("pl", "Zebranie odbędzie się 4. października w ratuszu. Przyjdą wszyscy radni.", 2),
        ("tr", "Ev sahibi takım 52. dakikada öne geçti. Maç berabere bitmedi.", 2),
        # a German ordinal before its capitalised noun, after an article or "am"/"zum"
        ("de", "Die Kapelle spielte am 4. Oktober zum 12. Mal in Hallenbrück. Es kamen viele Gäste.", 2),
        # ... but a cardinal figure may end a sentence, and a year does
        ("de", "Die Orgel von Hallenbrück stammt aus dem Jahr 1874. Sie wurde 1990 renoviert.", 2),
    ],
)
def test_ordinal_full_stops_do_not_split(lang: str, text: str, count: int) -> None:
    assert len(split_sentences(text, lang)) == count


def test_clause_cuts_keep_an_ordinal_with_its_noun() -> None:
    """A long sentence is cut into clauses for the facts, never at an ordinal's stop the
    segmenter kept ("In der 71. Minute traf …" had been cut into "… In der 71." and
    "Minute traf …")."""
    from newsweave.align.candidates import split_clauses
    from newsweave.model import Sentence

    text = (
        "Dann kam die Szene, über die man in Hallenbrück noch lange reden wird: In der 71. Minute "
        "traf der eingewechselte Jonas Perlbach nach einem Freistoß die Latte, und der Schiedsrichter "
        "zeigte danach auf den Punkt, weil ein Verteidiger den Ball mit der Hand gespielt hatte."
    )
    parts = split_clauses(Sentence("a1", 0, text, 0, len(text), 0, "de"))
    assert not any(p.text.endswith("71.") for p in parts)
    assert any("In der 71. Minute traf" in p.text for p in parts)
