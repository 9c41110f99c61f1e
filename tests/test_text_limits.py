"""Caps on what any model sees: huge words, huge articles and overlong sentences are cut
before language detection and segmentation, and every cut is recorded on the article."""

from __future__ import annotations

from newsweave.model import Article
from newsweave.text import annotate, limits

LEAD = (
    "The Varne ferry terminal reopened on Tuesday after a week of repairs. "
    "Harbour officials said the new ramp can carry heavier lorries."
)


def _offsets_hold(article: Article) -> bool:
    text = article.text
    return all(text[s.start : s.end] == s.text for s in article.sentences)


def test_a_fifteen_megabyte_word_is_removed_and_recorded() -> None:
    junk = "x" * 15_000_000
    a = annotate(Article(id="w", text=f"{LEAD}\n\nThe ramp {junk} was tested.", lang="en"))
    assert len(a.text) < 1_000
    assert junk[:1000] not in a.text
    assert "The ramp was tested." in a.text
    [cut] = [r for r in a.removed if r.reason == "word-too-long"]
    assert cut.text.startswith("x" * limits.EXCERPT)
    assert "15,000,000 characters" in cut.text and len(cut.text) < 200
    assert any("capped" in s for s in a.provenance.signals)
    assert _offsets_hold(a) and max(len(s.text) for s in a.sentences) < 200


def test_a_paragraph_that_is_only_a_huge_word_disappears() -> None:
    a = annotate(Article(id="w", text=f"{LEAD}\n\n{'ab' * 200_000}", lang="en"))
    assert a.paragraphs == [LEAD] and a.text == LEAD
    assert [r.reason for r in a.removed] == ["word-too-long"]


def test_ordinary_long_tokens_and_cjk_prose_stay() -> None:
    url = "https://example.org/" + "a/" * 60  # 140 characters
    cjk = "市议会批准了新线路" * 40  # 360 characters without a space
    text = f"{LEAD} See {url} for the plan.\n\n{cjk}。"
    a = annotate(Article(id="u", text=text, lang="en"))
    assert a.text == text
    assert a.removed == []


def test_a_two_megabyte_article_is_cut_to_the_sentence_limit() -> None:
    sentence = "Crews on the Varne quay checked {} bolts before the first ferry left."
    paragraphs = [" ".join(sentence.format(p * 10 + k) for k in range(10)) for p in range(3_000)]
    text = "\n\n".join(paragraphs)
    assert len(text) > 2_000_000
    a = annotate(Article(id="big", text=text, lang="en"))
    assert len(a.sentences) == limits.MAX_SENTENCES
    assert len(a.text) <= limits.MAX_TEXT
    assert a.text == "\n\n".join(a.paragraphs)
    assert len(a.paragraph_langs) == len(a.paragraphs)
    assert a.sentences[-1].end == len(a.text)
    assert _offsets_hold(a)
    reasons = {r.reason for r in a.removed}
    assert reasons == {"text-too-long", "sentence-limit"}
    assert all(len(r.text) < 200 for r in a.removed)
    [cut] = [r for r in a.removed if r.reason == "text-too-long"]
    left = len(text) - limits.MAX_TEXT
    assert int(cut.text.split("(")[-1].split()[0].replace(",", "")) >= left


def test_an_overlong_sentence_is_split_at_spaces_not_removed() -> None:
    words = " ".join(f"lorry{i}" for i in range(1_000))  # ~7,900 characters, no full stop
    a = annotate(Article(id="s", text=f"{LEAD}\n\nOfficials listed {words} today.", lang="en"))
    assert a.removed == []
    assert all(len(s.text) <= limits.MAX_SENTENCE for s in a.sentences)
    body = " ".join(s.text for s in a.sentences if s.paragraph == 1)
    assert body == a.paragraphs[1]  # nothing lost: the pieces join back to the paragraph
    assert any("cut from sentences" in s for s in a.provenance.signals)
    assert _offsets_hold(a)


def test_unspaced_text_is_split_hard() -> None:
    run = "市议会批准了新线路" * 300  # 2,700 characters
    a = annotate(Article(id="z", text=run, lang="zh"))
    assert all(len(s.text) <= limits.MAX_SENTENCE for s in a.sentences)
    assert "".join(s.text for s in a.sentences) == run


def test_capping_is_done_once() -> None:
    a = annotate(Article(id="w", text=f"{LEAD} {'y' * 5_000}", lang="en"))
    assert annotate(a) is a
    assert len(a.removed) == 1


def test_normal_articles_are_unchanged() -> None:
    text = f"{LEAD}\n\nA second paragraph says the quay will stay open all winter."
    a = annotate(Article(id="n", text=text, lang="en"))
    assert a.text == text and a.removed == []
    assert not any("capped" in s or "cut from" in s for s in a.provenance.signals)
