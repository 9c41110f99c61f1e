"""Language identification: per article, per paragraph when mixed, restricted to supported languages."""

from __future__ import annotations

import pytest

from newsweave.model import Article
from newsweave.text import SUPPORTED, annotate, detect_language
from newsweave.text.lang import detector

SAMPLES = {
    "en": "The city council approved the new tram line on Monday after a long debate about its cost.",
    "fr": "Le conseil municipal a approuvé lundi la nouvelle ligne de tramway après un long débat sur son coût.",
    "de": "Der Stadtrat hat am Montag nach einer langen Debatte über die Kosten die neue Straßenbahnlinie genehmigt.",
    "es": "El ayuntamiento aprobó el lunes la nueva línea de tranvía tras un largo debate sobre su coste.",
    "it": "Il consiglio comunale ha approvato lunedì la nuova linea del tram dopo un lungo dibattito sui costi.",
    "pt": "A câmara municipal aprovou na segunda-feira a nova linha de elétrico depois de um longo debate sobre o custo.",
    "nl": "De gemeenteraad heeft maandag na een lang debat over de kosten de nieuwe tramlijn goedgekeurd.",
    "pl": "Rada miasta zatwierdziła w poniedziałek nową linię tramwajową po długiej debacie o jej kosztach.",
    "ru": "Городской совет в понедельник одобрил новую трамвайную линию после долгих споров о её стоимости.",
    "uk": "Міська рада в понеділок схвалила нову трамвайну лінію після тривалих суперечок щодо її вартості.",
    "id": "Dewan kota menyetujui jalur trem baru pada hari Senin setelah perdebatan panjang tentang biayanya.",
    "tr": "Belediye meclisi pazartesi günü maliyeti hakkındaki uzun bir tartışmanın ardından yeni tramvay hattını onayladı.",
    "ar": "وافق مجلس المدينة يوم الاثنين على خط الترام الجديد بعد نقاش طويل حول تكلفته.",
    "zh": "市议会周一在就成本进行长时间辩论后批准了新的有轨电车线路。",
    "ja": "市議会は月曜日、費用をめぐる長い議論の末に新しい路面電車の路線を承認した。",
    "ko": "시의회는 월요일 비용에 대한 긴 논쟁 끝에 새로운 트램 노선을 승인했다.",
}


def test_every_supported_language_has_a_sample() -> None:
    assert set(SAMPLES) == set(SUPPORTED)


@pytest.mark.parametrize(("lang", "text"), sorted(SAMPLES.items()))
def test_detect_language(lang: str, text: str) -> None:
    assert detect_language(text) == lang


def test_too_little_text_is_undecided() -> None:
    assert detect_language("OK") is None
    assert detect_language("12 345 — 678") is None


def test_detector_is_built_once() -> None:
    assert detector() is detector()


def test_mixed_article_gets_per_paragraph_languages() -> None:
    es = (
        SAMPLES["es"]
        + " Los vecinos celebraron la decisión en la plaza mayor durante toda la tarde."
    )
    en = "Our engineers have therefore concluded that the new line could be finished inside two years from today."
    a = annotate(Article(id="m", text=f"{es}\n\n{en}\n\n{es}"))
    assert a.lang == "es"
    assert a.paragraph_langs == ["es", "en", "es"]
    assert [s.lang for s in a.sentences if s.paragraph == 1] == ["en"]
    assert any("mixed languages" in s for s in a.provenance.signals)


def test_short_paragraphs_inherit_the_article_language() -> None:
    a = annotate(Article(id="s", text=f"{SAMPLES['de']}\n\nFazit\n\n{SAMPLES['de']}"))
    assert a.paragraph_langs == ["de", "de", "de"]


def test_record_language_disagreeing_with_the_text_is_noted() -> None:
    a = annotate(Article(id="r", text=SAMPLES["fr"], lang="en"))
    assert a.lang == "fr"
    assert any("record says language 'en'" in s for s in a.provenance.signals)
