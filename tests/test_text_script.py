"""Script traits: letter case and word counts across writing systems (invented texts)."""

from __future__ import annotations

from newsweave.text.fold import fold
from newsweave.text.script import cased, latin, size, unspaced, word_count


def test_case_is_read_off_the_letters() -> None:
    assert cased("The tram line opened on Saturday.")
    assert cased("Линия трамвая открылась в субботу.")
    assert cased("2024 — 15:30")  # no letters: case rules keep their answer
    assert not cased("افتتحت مدينة فيلمار خطا جديدا للترام.")
    assert not cased("벨마르 시는 새로운 트램 노선을 개통했다.")
    assert not cased("维尔马市开通了一条新的有轨电车线路。")
    assert not cased("Velmar市は土曜日に新しい路面電車を開業した。")  # a Latin name inside


def test_words_of_unspaced_scripts_are_counted_by_characters() -> None:
    assert word_count("The line links the harbour with the campus.") == 8
    assert word_count("벨마르 시는 새로운 트램 노선을 개통했다.") == 6  # Hangul is spaced
    assert word_count("维尔马市开通了新电车线路。") == 6  # 12 Han characters, two a word
    assert word_count("14人が行方不明となっている。") == 7  # the figure, and 12 characters


def test_a_sentence_and_its_translation_measure_alike() -> None:
    en = "The city of Velmar opened a new tram line on Saturday."
    zh = "维尔马市周六开通了一条新的有轨电车线路。"
    assert size(en) == len(en)
    assert 0.5 * size(en) <= size(zh) <= 2 * size(en)
    assert len(zh) < 0.5 * len(en)  # what a count of characters would say


def test_cyrillic_and_greek_in_latin_letters() -> None:
    assert latin(fold("Лукашенко")) == "lukashenko"
    assert latin(fold("Щербаков")) == "shcherbakov"
    assert latin(fold("Τσίπρας")) == "tsipras"
    assert latin("Marow") == "Marow"  # Latin letters stay as they are


def test_unspaced_scripts() -> None:
    assert unspaced("我们将重建每一所房屋") and unspaced("すべての家を再建する")
    assert not unspaced("벨마르 시는 새로운 트램 노선을 개통했다.")  # Hangul has spaces
    assert not unspaced("The Xinhua agency (新华社) reported it.")
