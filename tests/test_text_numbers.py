"""One number parser (newsweave.text.numbers): compare, polarity and dedup read figures alike."""

from __future__ import annotations

import importlib

import pytest

import newsweave.lang as lang
from newsweave.compare.numbers import find_quantities
from newsweave.compare.polarity import numbers as polarity_numbers
from newsweave.ingest import dedup
from newsweave.text.numbers import (
    NUMBER_WORDS,
    decimal_comma,
    is_article,
    parse_number,
    scale_value,
    word_value,
)


@pytest.mark.parametrize(
    ("raw", "code", "value"),
    [
        ("200,000", "en", 200000.0),
        ("200.000", "de", 200000.0),
        ("200 000", "fr", 200000.0),
        ("7,8", "de", 7.8),
        ("7.8", "en", 7.8),
        ("1.234,5", "es", 1234.5),
        ("3,500", "fr", 3.5),  # a lone comma is the decimal mark in French
        ("12", None, 12.0),
    ],
)
def test_separators(raw: str, code: str | None, value: float) -> None:
    parsed = parse_number(raw, code)
    assert parsed is not None and parsed[0] == value
    # compare and polarity read the same figure
    q = [x for x in find_quantities(f"Orvel counted {raw} sheep", code) if x.kind == "count"]
    assert q and q[0].value == value
    assert [v for v, _ in polarity_numbers(f"Orvel counted {raw} sheep", code or "en")] == [value]


@pytest.mark.parametrize(
    ("word", "code", "value"),
    [
        ("twelve", "en", 12),
        ("douze", "fr", 12),
        ("zwölf", "de", 12),
        ("zwolf", "de", 12),  # folded
        ("doce", "es", 12),
        ("dodici", "it", 12),
        ("doze", "pt", 12),
        ("twaalf", "nl", 12),
        ("dwanaście", "pl", 12),
        ("двенадцать", "ru", 12),
        ("dokuz", "tr", 9),
        ("sembilan", "id", 9),
    ],
)
def test_number_words_per_language(word: str, code: str, value: int) -> None:
    assert word_value(word, code) == value


def test_words_belong_to_their_language() -> None:
    assert word_value("sept", "fr") == 7
    assert word_value("sept", "en") is None  # September, not seven, in English
    assert is_article("une", "fr") and not is_article("une", "en")
    assert word_value("one", "en") == 1


def test_compare_and_polarity_agree_on_worded_figures() -> None:
    text = "Les pompiers ont sauvé douze personnes et 1,5 milliard d'euros"
    values = sorted(q.value for q in find_quantities(text, "fr"))
    assert values == [12.0, 1.5e9]
    assert sorted(v for v, _ in polarity_numbers(text, "fr")) == [12.0, 1.5e9]


def test_scales() -> None:
    assert scale_value("milliards", "fr") == 1e9
    assert scale_value("Billion", "de") == 1e12  # German long scale
    assert scale_value("billion", "en") == 1e9
    assert scale_value("millón", "es") == scale_value("millon", "es") == 1e6
    assert scale_value("million", "pl") == 1e6  # English scale words count everywhere
    assert decimal_comma("de") and not decimal_comma("en") and not decimal_comma(None)


def test_a_thousand_and_a_bare_hundred() -> None:
    (q,) = find_quantities("a thousand sheep fled", "en")
    assert q.value == 1000.0
    assert find_quantities("hundred sheep fled", "en") == []
    (q,) = find_quantities("ein Dutzend Schafe", "de")
    assert q.value == 12.0


def test_dedup_number_words() -> None:
    assert dedup.NUMBER_WORDS is NUMBER_WORDS
    for word in ("twelve", "zwölf", "zwolf", "douze", "dwanaście", "двенадцать", "half", "first"):
        assert word in NUMBER_WORDS, word
    # Turkish "on" (ten) and "bin" (thousand) are English and German function words
    assert "on" not in NUMBER_WORDS and "bin" not in NUMBER_WORDS
    a = "Rescuers said twelve people were pulled from the rubble of the Orvel dam on Monday".split()
    b = "Rescuers said fourteen people were pulled from the rubble of the Orvel dam on Monday".split()
    assert not dedup._near_copy(a, set(a), b, set(b))


def test_every_language_has_number_data() -> None:
    for code in lang.CODES:
        nums = lang.data(code, "numbers")
        assert nums is not None, code
        assert nums.WORDS and nums.SCALES, code
        assert all(isinstance(v, int) and v > 0 for v in nums.WORDS.values())


def test_old_number_word_table_is_gone() -> None:
    with pytest.raises(ModuleNotFoundError):
        importlib.import_module("newsweave.ingest.numberwords")


def test_a_figure_written_into_a_german_unit_adjective() -> None:
    def read(text: str) -> list[tuple[float, str | None]]:
        return [(q.value, q.unit) for q in find_quantities(text, "de")]

    assert read("Nach einer zehnstündigen Beratung fiel das Urteil.") == [(10.0, "h")]
    assert read("Die 3-tägige Reise des Bürgermeisters endet am Freitag.") == [(3.0, "d")]
    assert read("Er erhielt eine zweijährige Bewährungsstrafe.") == [(2.0, "yr")]
    assert read("Die stündigen Meldungen der Feuerwehr gingen weiter.") == []  # no figure


@pytest.mark.parametrize(
    ("lang", "text", "counted"),
    [
        ("ru", "Спасатели ищут 40 пропавших без вести.", "missing"),
        ("ru", "Эвакуированы не менее 1 200 человек.", "evacuated"),
        ("nl", "Bij de overstroming vielen 12 doden.", "dead"),
        ("id", "Sedikitnya 14 orang hilang setelah banjir.", "missing"),
        ("tr", "Selde 14 kişi hayatını kaybetti.", "dead"),
        ("ar", "ولا يزال 14 شخصا في عداد المفقودين.", "missing"),
        ("ar", "أسفر الزلزال عن مقتل أكثر من 1300 شخص.", "dead"),  # the killing of
    ],
)
def test_what_a_count_counts_is_read_in_more_languages(lang: str, text: str, counted: str) -> None:
    # the class is what makes "14 missing" and "40 пропавших" one figure told two ways
    (q,) = [q for q in find_quantities(text, lang) if q.kind == "count"]
    assert q.context == counted or q.noun == counted


@pytest.mark.parametrize(
    ("lang", "text", "value", "unit"),
    [
        ("en", "The talks lasted three and a half hours.", 3.5, "h"),
        ("en", "He served two-and-a-half years in prison.", 2.5, "yr"),
        ("es", "Tras tres horas y media de reuniones, firmaron.", 3.5, "h"),
        ("fr", "Le feu a duré trois heures et demie.", 3.5, "h"),
        ("tr", "Görüşme üç buçuk saat sürdü.", 3.5, "h"),
    ],
)
def test_and_a_half_is_half_a_unit_more(lang: str, text: str, value: float, unit: str) -> None:
    # "tres horas y media" read as 3 hours made a divergence quote a figure nobody gave
    (q,) = find_quantities(text, lang)
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize(
    ("lang", "text", "value", "counted", "approx"),
    [
        ("zh", "地区州长说，至少1200人被疏散。", 1200, "evacuated", ">="),
        ("zh", "救援人员正在搜寻14名失踪者。", 14, "missing", None),
        ("zh", "州长表示，已有1200多人被紧急疏散。", 1200, "evacuated", ">"),
        ("zh", "约1.2万名居民被疏散。", 12000, "evacuated", "~"),
        ("ja", "少なくとも1200人が避難した。", 1200, "evacuated", ">="),
        ("ja", "死者は7人に上った。", 7, "dead", None),
        ("ko", "주지사는 최소 1200명이 대피했다고 밝혔다.", 1200, "evacuated", ">="),
        ("ko", "구조대는 실종자 14명을 수색하고 있다.", 14, "missing", None),
    ],
)
def test_chinese_and_japanese_figures_against_their_counters(
    lang: str, text: str, value: float, counted: str, approx: str | None
) -> None:
    # a figure written against its counter ("1200人") was no figure at all; a scale
    # character multiplies it ("1.2万" is 12,000) and a qualifier bounds it
    (q,) = find_quantities(text, lang)
    assert (q.value, q.context, q.approx) == (value, counted, approx)


def test_a_chinese_date_or_time_is_no_count() -> None:
    assert find_quantities("2031年5月4日，大坝决堤。", "zh") == []
    assert find_quantities("6월 12일 오후, 두 정상이 만났다.", "ko") == []
    assert [q.value for q in find_quantities("3个村庄被淹，10时30分洪水退去。", "zh")] == [3]
    assert [q.value for q in find_quantities("The G7 met on 4 May.", "en")] == []


def test_an_arabic_at_least_after_the_figure_bounds_it() -> None:
    # "1200 شخص على الأقل": without the bound, "1,500 evacuated" elsewhere would be a dissent
    (q,) = find_quantities("قالت الحاكمة إن 1200 شخص على الأقل تم إجلاؤهم.", "ar")
    assert (q.value, q.approx, q.context) == (1200, ">=", "evacuated")


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("en", "About three hundred workers were evacuated.", 300),
        ("en", "Fifty-one percent of voters agreed.", 51),
        ("en", "one hundred and fifty troops", 150),
        ("fr", "Environ trois cents ouvriers ont été évacués.", 300),
        ("fr", "Quatre-vingts pompiers sont intervenus.", 80),
        ("fr", "Deux mille cinq cents soldats.", 2500),
        ("fr", "vingt et un morts", 21),
        ("de", "Rund dreihundert Arbeiter wurden evakuiert.", 300),
        ("de", "Dreiundzwanzig Tote.", 23),
        ("es", "Unos trescientos trabajadores fueron evacuados.", 300),
        ("es", "Mil quinientos soldados.", 1500),
        ("pt", "Cerca de trezentos trabalhadores.", 300),
        ("it", "Circa trecento lavoratori evacuati.", 300),
        ("nl", "Ongeveer driehonderd arbeiders.", 300),
    ],
)
def test_numbers_spelled_out_in_several_words_or_one_compound(
    lang: str, text: str, value: int
) -> None:
    # "trois cents" read as 3 and "Fifty-one" as 50 and 1: a false divergence with "300"
    assert [q.value for q in find_quantities(text, lang)] == [value]


def test_a_spelled_out_figure_keeps_its_unit() -> None:
    (q,) = find_quantities("three hundred million dollars", "en")
    assert (q.value, q.kind, q.unit) == (3e8, "money", "USD")
    (q,) = find_quantities("trois cents kilomètres", "fr")
    assert (q.value, q.kind, q.unit) == (300, "measure", "km")
    # "unos" (some) is no "one", "hundreds" stays vague
    assert [q.value for q in find_quantities("Unos 300 trabajadores.", "es")] == [300]
    assert find_quantities("Hundreds of people were evacuated.", "en") == []


def test_no_one_is_nobody_not_one() -> None:
    read = [(q.value, q.context) for q in find_quantities(
        "Two guards and one paramedic were injured at the Ostrel depot, but no one was killed.", "en"
    )]
    assert read == [(2.0, "injured"), (1.0, "injured"), (0.0, "dead")]  # no "1 dead": nobody
    assert find_quantities("Pas un seul blessé n'est à déplorer.", "fr") == []


def test_a_part_of_a_whole_counts_what_the_whole_counts_in_any_language() -> None:
    # "five of the seven board members" / "seis de los siete miembros": comparable though
    # the nouns are in two languages; "des" before "sept" is an article, not "some"
    read = {
        lang: [(q.value, q.noun) for q in find_quantities(text, lang)][:1]
        for lang, text in (
            ("en", "The decision was backed by five of the seven board members."),
            ("es", "La decisión fue respaldada por seis de los siete miembros del consejo."),
            ("fr", "La décision a été approuvée par cinq des sept membres du conseil."),
            ("de", "Fünf der sieben Ratsmitglieder stimmten für die Entscheidung."),
        )
    }
    assert read == {
        "en": [(5.0, "out of 7")], "es": [(6.0, "out of 7")],
        "fr": [(5.0, "out of 7")], "de": [(5.0, "out of 7")],
    }  # fmt: skip


def test_a_qualifier_before_joined_figures_qualifies_both() -> None:
    read = [(q.value, q.approx) for q in find_quantities(
        "At least 12 people were killed and 40 injured in the Orvik floods.", "en"
    )]  # fmt: skip
    assert read == [(12.0, ">="), (40.0, ">=")]
    read = [(q.value, q.approx) for q in find_quantities("con más de 4 mil fallecidos y 100 mil contagios", "es")]
    assert read == [(4000.0, ">"), (100000.0, ">")]
    # a figure with its own qualifier keeps it
    assert [q.approx for q in find_quantities("12 dead and at least 40 injured", "en")] == [None, ">="]


@pytest.mark.parametrize(
    ("lang", "text", "value", "approx"),
    [
        ("en", "Two-thirds of voters backed the plan.", 66.7, "~"),
        ("en", "Nearly half the homes were destroyed.", 50, "<"),
        ("en", "More than a third of the staff will go.", 33.3, ">"),
        ("en", "It needs a two-thirds majority.", 66.7, "~"),
        ("fr", "La moitié des maisons ont été détruites.", 50, "~"),
        ("fr", "4 200 salariés, dont un tiers à Kessel.", 33.3, "~"),
        ("es", "Dos tercios de los votantes lo apoyaron.", 66.7, "~"),
        ("de", "Zwei Drittel der Stimmen gingen an Berg.", 66.7, "~"),
        ("it", "Un terzo dei lavoratori è in cassa integrazione.", 33.3, "~"),
        ("pt", "Três quartos dos votos.", 75, "~"),
        ("nl", "De helft van de huizen is verwoest.", 50, "~"),
    ],
)
def test_a_share_written_as_a_fraction_is_a_percent(
    lang: str, text: str, value: float, approx: str
) -> None:
    # "two-thirds" was a count of 2 and "un tiers" no figure: "33%" could not meet it
    shares = [(q.value, q.kind, q.approx) for q in find_quantities(text, lang) if q.unit == "%"]
    assert shares == [(value, "percent", approx)]
    assert all(q.kind == "percent" or q.value > 1000 for q in find_quantities(text, lang))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "He scored early in the second half of the match."),
        ("en", "A quarter of an hour later the police arrived."),
        ("en", "She is running for a third term."),
        ("en", "Profits rose for two quarters in a row."),
        ("en", "I only add a cup and a half of sugar."),
        ("fr", "Un quart d'heure plus tard, la police est arrivée."),
        ("es", "Marcó en la segunda mitad del partido."),
        ("de", "Er traf in der zweiten Hälfte der Partie."),
        ("pt", "Ficou num quarto de hotel."),
    ],
)
def test_halves_of_time_ordinals_and_rooms_are_no_shares(lang: str, text: str) -> None:
    assert [q for q in find_quantities(text, lang) if q.kind == "percent"] == []


def test_what_a_count_counts_is_not_read_from_another_figures_words() -> None:
    # the words before "8.000" belong to "32": the 8,000 are displaced, not dead
    read = [(q.value, q.context) for q in find_quantities("Las inundaciones han dejado 32 muertos y 8.000 desplazados.", "es")]
    assert read == [(32, "dead"), (8000, "evacuated")]
    read = [(q.value, q.context) for q in find_quantities("Employs 1,300 people in 15 countries and 1,300 people abroad.", "en")]
    assert read[-1] == (1300, "people")


def test_an_ordinal_after_a_possessive_counts_its_noun() -> None:
    read = {
        lang: [(q.value, q.kind, q.noun) for q in find_quantities(text, lang)][:1]
        for lang, text in (
            ("en", "It was Orvik's third title in five years."),
            ("es", "Orvik ganó su tercer título en cinco años."),
            ("fr", "Orvik a remporté son troisième titre en cinq ans."),
        )
    }
    assert read == {"en": [(3, "count", "title")], "es": [(3, "count", "titul")], "fr": [(3, "count", "titre")]}
    # a rank of an achievement, or a capitalised title, is no count
    assert find_quantities("He was the first player to score twice.", "en") == []
    assert find_quantities("Her First Minister spoke.", "en") == []


def test_a_verb_of_dying_after_the_count_makes_it_the_dead() -> None:
    for text, code in (
        ("Al menos 22 personas murieron en el terremoto.", "es"),
        ("Pelo menos 22 pessoas morreram no terremoto.", "pt"),
    ):
        (q,) = find_quantities(text, code)
        assert (q.value, q.context) == (22, "dead")


def test_a_number_in_a_name_is_no_figure_and_a_glued_unit_is_read() -> None:
    def read(text: str) -> list[tuple[float, str]]:
        return [(q.value, q.kind) for q in find_quantities(text, "en")]

    assert read("A Velair Boeing 737 crashed near Orsk.") == []
    assert read("The council invoked Article 5 of the treaty.") == []
    # ... but a score, a count after a place or a weekday, and a plural noun stay figures
    assert (4.0, "count") in read("Valdora beat Kessland 4-2 in the cup final.")
    assert read("In Izmir 20 buildings collapsed.") == [(20.0, "count")]
    assert read("On Tuesday 14 people died.") == [(14.0, "count")]
    assert read("Then Kairi Brooks 18 points.") == [(18.0, "count")]
    (km,) = find_quantities("It came down about 12km south of the airport.", "en")
    assert (km.value, km.unit) == (12.0, "km")


def test_two_counts_of_people_joined_by_and_are_also_their_sum() -> None:
    found = find_quantities("All 180 passengers and six crew were killed.", "en")
    (whole,) = [q for q in found if q.noun == "people"]
    assert (whole.value, whole.context) == (186.0, "dead")
    assert [q.noun for q in found if q is not whole] == ["part 1 of a sum", "part 2 of a sum"]
    # a toll and a count of the injured are no parts of one whole
    assert all(q.value != 52 for q in find_quantities("12 people were killed and 40 injured.", "en"))


def test_a_quarter_point_is_no_share() -> None:
    # it is a quarter of a percentage point
    for text, code in (
        ("La banque a relevé son taux d'un quart de point, à 4,5 %.", "fr"),
        ("The bank raised its rate by a quarter of a point to 4.5%.", "en"),
    ):
        assert [(q.value, q.unit) for q in find_quantities(text, code)] == [(0.25, "pp"), (4.5, "%")]
    assert [q.value for q in find_quantities("Un quart des électeurs s'est abstenu.", "fr")] == [25.0]


def test_an_age_is_read_as_an_age() -> None:
    for text, code in (
        ("Viktor Hale, 58, was also fined 500,000 euros.", "en"),
        ("The court also fined the 58-year-old 500,000 euros.", "en"),
        ("Viktor Hale, aged 58, was fined.", "en"),
        ("Zudem muss der 58-Jährige eine Geldstrafe zahlen.", "de"),
        ("Viktor Hale, âgé de 58 ans, a été condamné.", "fr"),
    ):
        (age, *_) = find_quantities(text, code)
        assert (age.value, age.unit, age.context) == (58.0, "yr", "age"), text
    # a span of years is no age, nor is a ten-year trip in German
    (ban,) = find_quantities("He was barred from public office for ten years.", "en")
    (trip,) = find_quantities("Die 10-jährige Reise endete in Orsk.", "de")
    assert ban.context is None and trip.context is None


def test_a_range_is_one_figure_that_holds_what_falls_within_it() -> None:
    from newsweave.compare.values import contradicts, same_figure

    (rng,) = find_quantities("Between 30 and 40 people were killed in the landslide.", "en")
    assert (rng.value, rng.high, rng.context) == (30.0, 40.0, "dead")
    (inside,) = find_quantities("At least 35 people were killed in the landslide.", "en")
    (outside,) = find_quantities("Fifty people were killed in the landslide.", "en")
    assert same_figure(rng, inside) and not contradicts(rng, inside)
    assert not same_figure(rng, outside) and contradicts(rng, outside)
    (fr,) = find_quantities("Entre 30 et 40 personnes ont été tuées.", "fr")
    assert (fr.value, fr.high) == (30.0, 40.0)
    # two figures of two things joined by "and" are no range
    assert [q.high for q in find_quantities("12 people were killed and 40 injured.", "en")] == [None, None]


def test_a_ten_and_a_unit_in_words_are_one_figure_where_text2num_does_not_read() -> None:
    for text, code in (
        ("Powodzie zabiły dwadzieścia trzy osoby.", "pl"),
        ("Погибли двадцать три человека.", "ru"),
        ("Sel yirmi üç kişiyi öldürdü.", "tr"),
    ):
        assert [q.value for q in find_quantities(text, code)] == [23.0], text


def test_an_abbreviated_scale_keeps_its_currency() -> None:
    for text, code in (
        ("Der Konzern zahlt 2,5 Mrd. Euro für Olvin.", "de"),
        ("Il gruppo paga 2,5 mld di euro per Olvin.", "it"),
    ):
        (q,) = find_quantities(text, code)
        assert (q.value, q.kind, q.unit) == (2.5e9, "money", "EUR"), text
    # a sentence that ends with a scale word gives the next one's first word no currency
    (q,) = find_quantities("Kosten: 2,5 Milliarden. Euro ist die Währung.", "de")
    assert q.unit is None


def test_two_words_can_tell_what_a_count_counts() -> None:
    # "ums Leben gekommen" is German for "died": a cue of two words ("ums_leben" in the data)
    (q,) = find_quantities("Bei der Explosion sind 41 Bergleute ums Leben gekommen.", "de")
    assert q.context == "dead"


def test_a_toll_verb_earlier_in_the_clause_names_the_dead() -> None:
    # German puts the verb first: "starben ... 21 Menschen" counts the dead, as "21 people
    # died" does; a verb in another clause names nobody of it
    (q,) = find_quantities(
        "Seit Montag starben nach Angaben der Behörden in Orvik mindestens 21 Menschen.", "de"
    )
    assert (q.value, q.context) == (21.0, "dead")
    read = [(q.value, q.context) for q in find_quantities(
        "Nachdem zwei Menschen starben, flohen 40 Menschen aus Orvik.", "de"
    )]
    assert read == [(2.0, "dead"), (40.0, "people")]


def test_portuguese_and_italian_qualifiers_bound_their_figure() -> None:
    # "pelo menos 12 mortos" is "at least 12 dead" in every language's divergence
    read = {
        lang: [(q.value, q.approx, q.context) for q in find_quantities(text, lang)]
        for lang, text in (
            ("pt", "Pelo menos 12 pessoas morreram em Orvik."),
            ("it", "Almeno 12 persone sono morte a Orvik, oltre 300 i feriti."),
        )
    }
    assert read == {
        "pt": [(12.0, ">=", "dead")],
        "it": [(12.0, ">=", "dead"), (300.0, ">", "injured")],
    }


def test_months_are_a_span_of_years() -> None:
    # "30 months" states "deux ans et demi"; "six mois" half a year
    read = [
        (round(q.value, 3), q.unit)
        for lang, text in (("en", "She was jailed for 30 months."), ("fr", "Elle a été condamnée à six mois."))
        for q in find_quantities(text, lang)
    ]
    assert read == [(2.5, "yr"), (0.5, "yr")]


def test_a_whole_is_told_by_its_part_and_a_remainder_counts_what_is_left() -> None:
    read = [(q.value, q.noun) for q in find_quantities("Rebels freed 24 of the 40 hostages on Thursday.", "en")]
    assert read == [(24.0, "out of 40")]  # no count of 40 hostages freed
    for text, code in (
        ("The remaining 16 hostages are still held.", "en"),
        ("Les 16 autres otages sont toujours détenus.", "fr"),
        ("Los 16 rehenes restantes siguen retenidos.", "es"),
    ):
        (q,) = find_quantities(text, code)
        assert (q.value, q.context) == (16.0, "remaining hostages")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Douze personnes ont perdu la vie et 43 ont été blessées.", "fr"),
        ("Doce personas perdieron la vida en el choque.", "es"),
        ("Doze pessoas perderam a vida no acidente.", "pt"),
        ("Dodici persone hanno perso la vita nello scontro.", "it"),
        ("Twelve people lost their lives in the crash.", "en"),
    ],
)
def test_people_who_lost_their_lives_are_the_dead(text: str, lang: str) -> None:
    """"Douze personnes ont perdu la vie" counts the dead, as "twelve killed" does: read as
    people, against "At least nine people were killed" it was a figure left out, and the
    outlet was cited for nine."""
    assert find_quantities(text, lang)[0].context == "dead"
    assert find_quantities("Twelve people lost their homes in the fire.", "en")[0].context != "dead"


def test_miles_at_sea_and_in_other_languages_are_distances() -> None:
    """"three nautical miles" and "cinco milhas" are distances in km, so they compare (they
    were counts of nothing, and an outlet giving five was cited for three)."""
    (sea,) = find_quantities("It capsized roughly three nautical miles off the cape.", "en")
    assert (sea.kind, sea.unit, round(sea.value, 2)) == ("measure", "km", 5.56)
    (pt,) = find_quantities("virou a cerca de cinco milhas do cabo.", "pt")
    assert (pt.kind, pt.unit) == ("measure", "km")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The miners were brought up one by one, and 14 were treated.", "en"),
        ("Los mineros salieron uno a uno del pozo y 14 fueron atendidos.", "es"),
        ("Les mineurs sont remontés un à un, et 14 ont été soignés.", "fr"),
    ],
)
def test_a_number_word_repeated_is_a_manner_not_a_count(text: str, lang: str) -> None:
    """"one by one" says how, not how many: read as two counts of one (or a range from one
    to one) it gave the note "one (one outlet) by one" in a summary."""
    assert [q.value for q in find_quantities(text, lang)] == [14.0]


def test_weeks_are_a_span_of_days() -> None:
    """"two weeks" states "14 días", not "due giorni": as a count of weeks it compared with
    nothing, and an outlet giving two days was cited for two weeks."""
    (en,) = find_quantities("The pier will stay shut for at least two weeks.", "en")
    (it,) = find_quantities("Il molo resterà chiuso per almeno due giorni.", "it")
    (pl,) = find_quantities("Pomost będzie zamknięty przez dwa tygodnie.", "pl")
    assert (en.unit, en.value, pl.value, it.unit, it.value) == ("d", 14.0, 14.0, "d", 2.0)


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Gusts reached more than 110km/h on the coast.", "en", 110.0),
        ("Winds of 50 mph tore off roofs.", "en", 80.5),
        ("Rajadas de 95 km/h atingiram a vila.", "pt", 95.0),
        ("Windstoten van 120 km/u raakten het dorp.", "nl", 120.0),
        ("Vientos de 80 kilómetros por hora azotaron el pueblo.", "es", 80.0),
        ("Raffiche a 90 chilometri orari hanno colpito il paese.", "it", 90.0),
    ],
)
def test_a_speed_is_no_distance(text: str, lang: str, value: float) -> None:
    """"110km/h" is a speed: read as 110 km it was set against a wreck's distance from the
    coast as a number divergence."""
    (q,) = find_quantities(text, lang)
    assert (q.unit, q.value) == ("km/h", value)


@pytest.mark.parametrize(
    ("text", "lang", "contexts"),
    [
        # "and one died": a count of one with its own verb ends the first figure's clause
        ("Nine climbers were rescued alive and one died on the ridge.", "en", [None, "dead"]),
        # a spelled figure before the conjunction bounds the clause as digits do
        ("Two were killed and six were rescued from the hut.", "en", ["dead", None]),
        # … but not a count of one named with its noun: both died
        ("Four hikers and one guide died in the avalanche.", "en", ["dead", "dead"]),
    ],
)
def test_a_toll_verb_of_another_figure_names_no_dead(text: str, lang: str, contexts: list[str | None]) -> None:
    """"Seven were rescued alive and one died": the seven were read as dead, and a
    divergence set "One" against "Seven" as the number dead."""
    assert [q.context for q in find_quantities(text, lang)] == contexts
