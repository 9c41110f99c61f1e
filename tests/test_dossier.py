"""build_dossier end to end: an invented four-report event, then the bundled sample."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from helpers import make_article
from newsweave.dossier import build_dossier
from newsweave.errors import StageError
from newsweave.model import Article, Dossier

GOLD = Path(__file__).parent / "fixtures" / "sample_gold.json"


HARBOUR = (
    "The regional council closed the Orvik bridge on Monday after inspectors found corrosion "
    "in its main cables. About 3,000 commuters will have to use the ferry until the repairs "
    "are finished. Council leader Mara Lind said the repairs would cost 12 million euros. "
    "The bridge was opened in 1971 and carries the coastal road. Local shop owners fear a "
    "drop in customers during the closure."
)


def orvik() -> list[Article]:
    return [
        make_article("a-harbour", HARBOUR, "en", outlet="Harbour Daily", published="2024-05-14",
                     title="Orvik bridge closed after inspectors find corroded cables"),
        make_article(
            "b-courrier",
            "Les quelque 3 000 navetteurs qui traversent chaque jour le détroit devront "
            "prendre le ferry. Le pont d'Orvik est fermé depuis lundi : des inspecteurs ont "
            "trouvé de la corrosion dans les câbles. « Nous n'avions pas le choix », a déclaré "
            "un ingénieur du conseil régional. Les commerçants du centre craignent une baisse "
            "de leur clientèle pendant la fermeture du pont. Une pétition de riverains demande "
            "la construction d'un tunnel sous le détroit. Selon la présidente du conseil, Mara "
            "Lind, les réparations coûteront 12 millions d'euros.",
            "fr", outlet="Le Courrier d'Orvik", published="2024-05-14",
        ),
        make_article(
            "c-zeitung",
            "Der Regionalrat hat am Montag die Orvik-Brücke gesperrt, nachdem Prüfer Korrosion "
            "an den Haupttragseilen entdeckt hatten. Etwa 5.000 Pendler müssen bis zum Ende der "
            "Reparaturen die Fähre nehmen. Die Reparaturen kosten laut der Ratsvorsitzenden "
            "Mara Lind 12 Millionen Euro.",
            "de", outlet="Nordküsten Zeitung",
        ),
        make_article("d-mirror", HARBOUR.rsplit(" Local", 1)[0], "en", outlet="Coast Mirror",
                     published="2024-05-15", syndicated=True),
    ]  # fmt: skip


@pytest.fixture(scope="module")
def dossier() -> Dossier:
    return build_dossier(orvik(), max_summary=4, event_id="orvik")


def _fact(d: Dossier, article: str, needle: str) -> str:
    return next(
        f.id for f in d.facts if any(c.article == article and needle in c.text for c in f.support)
    )


def told(said: dict[str, str], event_id: str, titles: dict[str, str] | None = None) -> Dossier:
    """The dossier of one invented event; an article id opens with its language ("en1")."""
    from newsweave.text import annotate

    titles = titles or {}
    articles = [
        annotate(Article(id=k, text=t, lang=k[:2], outlet=f"{k}.example", title=titles.get(k)))
        for k, t in said.items()
    ]
    return build_dossier(articles, event_id=event_id)


def test_facts_groups_and_divergence(dossier: Dossier) -> None:
    groups = {g.id: set(g.articles) for g in dossier.source_groups}
    assert sorted(a for g in groups.values() for a in g) == sorted(a.id for a in orvik())
    assert {"a-harbour", "d-mirror"} in groups.values()
    closed = _fact(dossier, "a-harbour", "closed the Orvik bridge")
    assert _fact(dossier, "c-zeitung", "gesperrt") == closed
    top = dossier.facts[0]
    assert top.independent_sources == 3 and len(top.support) == 4
    commuters = _fact(dossier, "b-courrier", "navetteurs")
    number = next(d for d in dossier.divergences if d.kind == "number")
    assert number.fact == commuters and number.odd_one_out == "c-zeitung"
    assert next(f for f in dossier.facts if f.id == commuters).status == "disputed"
    info = {a.id: a for a in dossier.articles}
    assert (
        info["d-mirror"].syndicated
        and info["d-mirror"].source_group == info["a-harbour"].source_group
    )


def test_coverage_unique_and_omitted(dossier: Dossier) -> None:
    tunnel = _fact(dossier, "b-courrier", "tunnel")
    opened = _fact(dossier, "a-harbour", "1971")
    shops = _fact(dossier, "a-harbour", "shop owners")
    assert tunnel in dossier.coverage["b-courrier"].unique
    # a fact only one source group reports is unique to each of its copies
    assert opened in dossier.coverage["a-harbour"].unique
    assert opened in dossier.coverage["d-mirror"].unique
    assert shops not in dossier.coverage["a-harbour"].unique  # the French report has it too
    assert shops in dossier.coverage["c-zeitung"].omitted
    assert shops in dossier.coverage["d-mirror"].omitted
    assert not dossier.coverage["a-harbour"].omitted


def test_summary_timeline_event(dossier: Dossier) -> None:
    facts = {f.id: f for f in dossier.facts}
    assert 1 <= len(dossier.summary) <= 4
    for item in dossier.summary + dossier.also_reported:
        assert set(item.citations) <= {c.article for c in facts[item.fact].support}
    assert dossier.summary[0].fact == _fact(dossier, "a-harbour", "closed the Orvik bridge")
    assert any(i.fact == _fact(dossier, "b-courrier", "tunnel") for i in dossier.also_reported)
    closing = next(e for e in dossier.timeline if e.date == "2024-05-13")
    assert set(closing.citations) >= {"a-harbour", "b-courrier", "c-zeitung"}
    event = dossier.event
    assert event.id == "orvik" and event.date == "2024-05-13"
    assert event.title == "Orvik bridge closed after inspectors find corroded cables"
    assert event.languages == ["de", "en", "fr"]
    assert event.outlets == sorted(event.outlets) and len(event.outlets) == 4


def test_json_round_trip(dossier: Dossier) -> None:
    data = json.loads(json.dumps(dossier.to_dict(), ensure_ascii=False))
    assert data["schema"] == "newsweave.dossier/1"
    assert Dossier.from_dict(data) == dossier


def test_empty_and_single_article_events() -> None:
    with pytest.raises(StageError) as err:  # nothing to build from is an error, not a blank
        build_dossier([])
    assert err.value.code == "E101"
    one = build_dossier(orvik()[:1])
    assert one.summary and all(item.citations == ["a-harbour"] for item in one.summary)
    assert [g.articles for g in one.source_groups] == [["a-harbour"]]


# --- the bundled invented sample, against its gold -------------------------------------


@pytest.fixture(scope="module")
def sample() -> tuple[Dossier, dict]:
    if not GOLD.exists():
        pytest.skip("sample gold not present")
    from newsweave.data import sample_dir
    from newsweave.ingest import load

    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    return build_dossier(load([str(sample_dir())])), gold


def _best_fact(d: Dossier, gold_fact: dict, embedder: object) -> tuple[float, str | None]:
    """Best support F1 among facts whose wording is close to the gold fact's."""
    g = embedder.encode([gold_fact["fact"]])[0]  # type: ignore[attr-defined]
    want = set(gold_fact["support"])
    best: tuple[float, str | None] = (0.0, None)
    for f in d.facts:
        vecs = embedder.encode([c.text for c in f.support])  # type: ignore[attr-defined]
        if float(np.max(vecs @ g)) < 0.5:
            continue
        got = {c.article for c in f.support}
        hit = len(got & want)
        f1 = 2 * hit / (len(got) + len(want))
        if f1 > best[0]:
            best = (f1, f.id)
    return best


def test_sample_against_gold(sample: tuple[Dossier, dict], cached_embedder: object) -> None:
    dossier, gold = sample
    embedder = cached_embedder  # each gold fact and support sentence is encoded once
    embedder.encode(  # type: ignore[attr-defined]
        [k["fact"] for k in gold["key_facts"]] + [c.text for f in dossier.facts for c in f.support]
    )
    matched = {k["id"]: _best_fact(dossier, k, embedder) for k in gold["key_facts"]}
    assert sum(f1 >= 0.8 for f1, _ in matched.values()) >= 16
    # the wire story and its syndicated reprint are one witness, the others independent
    grouped = [set(g.articles) for g in dossier.source_groups if len(g.articles) > 1]
    assert grouped == [set(gold["source_groups"][0]["articles"])]
    # facts only one source has
    for owner, ids in gold["unique_to_one_source"].items():
        if owner in {a.id for a in dossier.articles}:
            for gid in ids:
                assert matched[gid][1] in dossier.coverage[owner].unique, gid
    # divergences: number (1,500 in 004), claim (006 on the levy), quote (005 inverted)
    odd = {(d.kind, d.odd_one_out) for d in dossier.divergences}
    assert ("number", "004_varne_today_halden_dam") in odd
    assert ("claim", "006_eastlake_agency_halden_dam") in odd
    q1 = gold["quotes"][0]
    group = max(dossier.quotes, key=lambda q: len({v.article for v in q.variants}))
    assert group.divergent and group.odd_one_out == q1["odd_one_out"]
    # noise the cleaner removed never comes back through facts, summary or timeline
    shown = [c.text for f in dossier.facts for c in f.support]
    shown += [i.text for i in dossier.summary + dossier.also_reported]
    shown += [e.text for e in dossier.timeline]
    text = "\n".join(shown)
    for noise in gold["noise_lines"]:
        if len(noise["text"]) >= 12:  # "follow:", "\\" are too short to search for
            assert noise["text"][:50] not in text, noise["text"]


def test_a_fact_worded_by_the_odd_one_out_takes_the_majority_wording() -> None:
    from newsweave.align.facts import FactAlignment
    from newsweave.dossier import STAGES, Options
    from newsweave.model import Citation, Divergence, EventDoc, Fact, Sentence

    said = {
        "a": '"The dam can hold without new money," Reiner said.',
        "b": '"The dam cannot hold without new money," Reiner said.',
        "c": '"Without new money the dam still holds," Reiner said.',
    }
    arts = [make_article(k, t) for k, t in said.items()]
    rows = [Sentence(k, 0, t, 0, len(t), 0, "en") for k, t in said.items()]
    vecs = np.eye(3, dtype=np.float32) + 1.0
    fact = Fact("F1", said["b"], [Citation(s.article_id, s.text, 0) for s in rows], 3)
    alignment = FactAlignment(
        [fact], rows, vecs, members={"F1": [0, 1, 2]}, support_rows={"F1": [0, 1, 2]},
        langs=["en"] * 3, groups={k: k for k in said},
    )  # fmt: skip
    variants = [Citation(k, t.split('"')[1], 0) for k, t in said.items()]
    doc = EventDoc(articles=arts, alignment=alignment, summary=[])
    doc.divergences = [Divergence("quote", "odd: b", variants, odd_one_out="b", fact="F1")]
    STAGES["fact_wording"].run(doc, Options(embedder=None))
    assert fact.text in (said["a"], said["c"])
    doc.divergences[0].kind = "wording"  # worded otherwise, same meaning: the text stays
    fact.text = said["b"]
    STAGES["fact_wording"].run(doc, Options(embedder=None))
    assert fact.text == said["b"]


def test_lead_sentences_are_not_embedded_again_for_the_title() -> None:
    # the title weighs each article's title and lead sentence; the lead is a sentence the
    # dossier has embedded already, so only the titles are new texts
    from newsweave.embed import get_embedder

    inner = get_embedder()
    seen: list[str] = []

    class Counting:
        name = "counting"

        def encode(self, texts):  # type: ignore[no-untyped-def]
            seen.extend(texts)
            return inner.encode(texts)

    articles = orvik()
    stages = ["embed", "independence", "facts", "quotes", "divergences", "title"]
    d = build_dossier(articles, embedder=Counting(), stages=stages)
    sentences = [s.text for a in articles for s in a.sentences]
    titles = {a.title for a in articles if a.title}
    quoted = {v.text for g in d.quotes for v in g.variants}  # the quote stage's own texts
    # ... and the nouns of counts, once each, to key them across languages (compare.nouns)
    nouns = {t for t in seen if " " not in t and any(t in s for s in sentences)}
    assert nouns and all(seen.count(t) == 1 for t in nouns)
    assert d.event.title == "Orvik bridge closed after inspectors find corroded cables"
    assert set(seen) <= set(sentences) | titles | quoted | nouns
    assert all(seen.count(t) == 1 for t in sentences)


def test_every_text_goes_through_the_embedder_given(monkeypatch: pytest.MonkeyPatch) -> None:
    # a user's embedder of another size encodes everything the dossier embeds, the
    # clauses of long sentences too; the default model is never loaded behind its back
    import newsweave.embed
    from newsweave.embed.hashing import HashEmbedder

    def no_default() -> None:
        raise AssertionError("the default embedder was loaded")

    monkeypatch.setattr(newsweave.embed, "get_embedder", no_default)
    long_one = (
        "The regional council closed the Orvik bridge on Monday after inspectors found "
        "corrosion in its main cables, and council leader Mara Lind said the repairs would "
        "cost 12 million euros and take until the end of the summer at the earliest."
    )
    articles = [*orvik(), make_article("e-long", long_one, "en", outlet="Orvik Post")]
    d = build_dossier(articles, embedder=HashEmbedder(dim=48), event_id="orvik")
    assert d.facts and d.summary


def test_one_quotation_in_five_languages_is_one_group_under_one_name() -> None:
    # the Polish report names him "Premier Velmory Arvid Talsen" (the country's genitive
    # joins the capitalised run) and quotes him by his role: still the same person
    from newsweave.text import annotate

    said = {
        "en": "Velmora's prime minister Arvid Talsen visited the flooded port of Korrin on "
        'Tuesday. "We will rebuild the port before the winter," the prime minister told '
        "reporters.",
        "it": "Il primo ministro di Velmora, Arvid Talsen, ha visitato martedì il porto "
        "allagato di Korrin. «Ricostruiremo il porto prima dell'inverno», ha dichiarato il "
        "premier ai giornalisti.",
        "pt": "O primeiro-ministro de Velmora, Arvid Talsen, visitou na terça-feira o porto "
        'inundado de Korrin. "Vamos reconstruir o porto antes do inverno", afirmou Talsen aos '
        "jornalistas.",
        "pl": "Premier Velmory Arvid Talsen odwiedził we wtorek zalany port w Korrin. "
        "„Odbudujemy port przed zimą” – powiedział premier dziennikarzom.",
        "nl": "De premier van Velmora, Arvid Talsen, bezocht dinsdag de overstroomde haven van "
        'Korrin. "We zullen de haven voor de winter herbouwen", zei Talsen tegen verslaggevers.',
    }
    articles = [annotate(Article(id=f"{c}1", text=t, lang=c)) for c, t in said.items()]
    d = build_dossier(articles, event_id="korrin")
    assert len(d.quotes) == 1
    assert d.quotes[0].speaker == "Arvid Talsen"
    assert {v.article for v in d.quotes[0].variants} == {a.id for a in articles}


def test_a_translation_that_drops_the_negation_is_the_odd_one_out() -> None:
    # the German wording has no subject the clause parser can name ("geht es um") and
    # its dropped "not" makes it the least similar variant: it is still compared
    said = {
        "en": 'Halvik Steel agreed to buy Borne Alloys on Monday. "This merger is not about '
        'closing plants," Halvik chief executive Ina Morrow said.',
        "fr": "Halvik Steel a accepté lundi de racheter Borne Alloys. « Cette fusion ne vise "
        "pas à fermer des usines », a déclaré la directrice générale de Halvik, Ina Morrow.",
        "es": "Halvik Steel acordó el lunes comprar Borne Alloys. \"Esta fusión no tiene que "
        'ver con cerrar plantas", dijo la consejera delegada de Halvik, Ina Morrow.',
        "de": "Halvik Steel übernimmt Borne Alloys. \"Bei dieser Fusion geht es um die "
        'Schließung von Werken", sagte Halvik-Chefin Ina Morrow am Montag.',
    }
    d = told({f"{c}1": t for c, t in said.items()}, "halvik")
    (group,) = [q for q in d.quotes if len(q.variants) == 4]
    assert group.divergent and group.odd_one_out == "de1"
    cited = [s.citations for s in d.summary if "plants" in s.text]
    assert cited and all("de1" not in c for c in cited)


def test_one_event_told_in_five_scripts() -> None:
    # an invented dam breach in English, Russian, Chinese, Japanese and Arabic: the
    # quotation is one group under one speaker (her name in Cyrillic too), every
    # article backs the fact, and the Russian count of the missing is a divergence
    from newsweave.text import annotate

    texts = {
        "en1": (
            "en",
            "A dam on the Miren river in Korvath burst on Sunday, flooding three villages. "
            "At least 1,200 people were evacuated, regional governor Ilsa Marow said. "
            '"We will rebuild every house," Marow told reporters. '
            "Rescue teams searched for 14 missing people.",
        ),
        "en2": (
            "en",
            "The Miren dam in Korvath collapsed on Sunday and flooded three villages. "
            'Governor Ilsa Marow visited the valley. "We will rebuild every house," Marow said.',
        ),
        "ru1": (
            "ru",
            "В воскресенье в Корвате прорвало плотину на реке Мирен, затоплены три деревни. "
            "«Мы восстановим каждый дом», — заявила губернатор Ильза Маров журналистам. "
            "Спасатели ищут 40 пропавших без вести.",
        ),
        "zh1": (
            "zh",
            "科尔瓦特米伦河上的一座大坝于周日决堤，三个村庄被淹。"
            "州长伊尔莎·马罗对记者说：“我们将重建每一所房屋。”",
        ),
        "ja1": (
            "ja",
            "コルバートのミレン川のダムが日曜日に決壊し、三つの村が浸水した。"
            "マロウ州知事は記者団に「すべての家を再建する」と述べた。",
        ),
        "ar1": (
            "ar",
            "انهار سد على نهر ميرين في كورفات يوم الأحد، ما أدى إلى غرق ثلاث قرى. "
            "وقالت الحاكمة إيلسا ماروف للصحفيين: «سنعيد بناء كل منزل».",
        ),
    }
    arts = [annotate(Article(id=k, text=t, lang=lang)) for k, (lang, t) in texts.items()]
    d = build_dossier(arts, event_id="korvath")
    rebuild = [g for g in d.quotes if any("rebuild" in v.text for v in g.variants)]
    assert len(rebuild) == 1 and rebuild[0].speaker == "Ilsa Marow"
    assert {v.article for v in rebuild[0].variants} == set(texts)
    burst = next(f for f in d.facts if any("burst" in c.text for c in f.support))
    assert {c.article for c in burst.support} == set(texts)
    missing = [v for v in d.divergences if v.kind == "number" and "missing" in v.description]
    assert missing and {c.article for c in missing[0].variants} == {"en1", "ru1"}


def test_a_chinese_or_japanese_headline_is_a_title_candidate() -> None:
    from newsweave.summarize.title import headline_candidate

    # five words counted by characters, not by the spaces these scripts do not write
    assert headline_candidate("科尔瓦特大坝决堤，三个村庄被淹") == "科尔瓦特大坝决堤，三个村庄被淹"
    assert headline_candidate("コルバートでダム決壊") == "コルバートでダム決壊"
    assert headline_candidate("新线路") is None  # a label, not a statement


def test_a_question_or_a_live_blog_entry_is_no_title() -> None:
    from newsweave.summarize.title import headline_candidate

    assert headline_candidate("Is Orvik ready for another heatwave?") is None
    assert headline_candidate("14:05 BST: Authorities have opened 120 cooling centres.") is None
    assert headline_candidate("Orvik sets a July heat record") == "Orvik sets a July heat record"


def test_an_outlet_saying_not_guilty_or_acquitted_is_not_cited_for_a_conviction() -> None:
    said = {
        "en1": "The jury found Dan Rell guilty of fraud on Thursday after a two-week trial.",
        "en2": "The jury found Dan Rell not guilty of fraud on Thursday after a two-week trial.",
        "en3": "A jury found Dan Rell guilty of fraud on Thursday.",
        "en4": "The jury acquitted Dan Rell of fraud on Thursday after a two-week trial.",
        "es1": "El jurado declaró el jueves a Dan Rell culpable de fraude.",
    }
    d = told(said, "rell")
    cited = [s.citations for s in d.summary if "Rell" in s.text]
    assert cited and all({"en2", "en4"}.isdisjoint(c) for c in cited)
    assert any({"en1", "en3"} <= set(c) for c in cited)


def test_the_odd_outlet_of_a_claim_divergence_is_not_cited_for_the_majority_claim() -> None:
    said = {
        "en1": "Orvik's finance minister Paul Erlan resigned on Thursday after parliament rejected his budget.",
        "en2": "Finance minister Paul Erlan resigned on Thursday, hours after lawmakers voted down his budget.",
        "en3": "Orvik's finance minister Paul Erlan said on Thursday he would not resign after parliament rejected his budget.",
        "fr1": "Le ministre des Finances d'Orvik, Paul Erlan, a démissionné jeudi après le rejet de son budget.",
    }
    d = told(said, "erlan")
    assert any(x.kind == "claim" and x.odd_one_out == "en3" for x in d.divergences)
    items = [s for s in d.summary if "Erlan" in s.text]
    assert items and all("en3" not in s.citations for s in items)
    assert all("would not resign" not in s.text for s in items)


def test_a_translated_quotation_that_lost_its_negation_is_the_odd_one_out() -> None:
    # the Spanish clauses do not pair with the English ones ("aunque" opens none), so
    # the structural check compares nothing; the lost "no" still tells
    said = {
        "en1": "Tarsk's president Milan Hoder rejected calls for a ceasefire. \"There can be no "
        'ceasefire while our villages are shelled," Hoder said in a televised address.',
        "en2": "The Tarsk president ruled out a ceasefire. \"There can be no ceasefire while our "
        'villages are being shelled," the president said in a televised address.',
        "fr1": "Le président de Tarsk, Milan Hoder, a rejeté les appels à un cessez-le-feu. « Il ne "
        "peut y avoir de cessez-le-feu tant que nos villages sont bombardés », a-t-il déclaré.",
        "es1": "El presidente de Tarsk, Milan Hoder, rechazó un alto el fuego. \"Puede haber un alto "
        'el fuego aunque nuestros pueblos sean bombardeados", dijo Hoder en un discurso televisado.',
    }
    d = told(said, "hoder")
    (group,) = [q for q in d.quotes if len(q.variants) == 4]
    assert group.divergent and group.odd_one_out == "es1"
    cited = [s.citations for s in d.summary if "no ceasefire" in s.text]
    assert cited and all("es1" not in c for c in cited)


def test_the_title_never_takes_the_odd_side_of_a_divergence() -> None:
    # each odd outlet's headline would be the title (short, English, central to the
    # event) though the other outlets contradict it: another figure, a negation, an
    # inverted quote
    floods = {
        "en1": "Velmar's president Irena Kostova visited the flooded city of Brask on Tuesday. "
        '"No family will be left without a roof," Kostova told residents. The floods have '
        "killed 23 people and forced 8,000 from their homes, officials said.",
        "en2": "Officials said on Tuesday that the floods which swept through Velmar over the "
        "weekend had killed 23 people and displaced about 8,000 residents.",
        "fr1": "Les inondations ont fait 23 morts au Velmar et contraint 8 000 personnes à "
        "quitter leur domicile. Le gouvernement a débloqué 300 millions d'euros d'aide.",
        "en4": "Floods have killed 23 people in Velmar. Around 8,000 people have been forced "
        "from their homes.",
        "en5": "Floods in Velmar have killed 32 people and displaced about 8,000, according to "
        "officials. The government will spend 300 million euros on emergency aid.",
    }
    titles = {"fr1": "Inondations meurtrières au Velmar", "en5": "Floods kill 32 in Velmar"}
    d = told(floods, "floods", titles)
    assert any(x.kind == "number" and x.odd_one_out == "en5" for x in d.divergences)
    assert "23" in d.event.title and "32" not in d.event.title
    budget = {
        "en1": "Orvik's finance minister Paul Erlan resigned on Thursday after parliament rejected "
        "his budget in a vote that followed weeks of bitter wrangling between the coalition "
        "parties over spending cuts.",
        "en2": "Finance minister Paul Erlan resigned on Thursday, hours after lawmakers voted down "
        "his budget in a late-night session of parliament that lasted more than six hours.",
        "en3": "Paul Erlan said on Thursday he would not resign after parliament rejected his "
        "budget. The minister said he still had the confidence of the prime minister.",
        "fr1": "Le ministre des Finances d'Orvik, Paul Erlan, a démissionné jeudi après le rejet "
        "de son budget.",
    }
    d = told(budget, "budget", {"en3": "Finance minister Paul Erlan will not resign after budget defeat"})
    assert any(x.kind == "claim" and x.odd_one_out == "en3" for x in d.divergences)
    assert "Erlan" in d.event.title and "not" not in d.event.title
    truce = {
        "en1": "Tarsk's president Milan Hoder rejected calls for a ceasefire in a long televised "
        "address to the nation on Sunday evening after a week of heavy fighting near the border. "
        '"There can be no ceasefire while our villages are shelled," Hoder said.',
        "en2": "The Tarsk president ruled out a ceasefire in a long televised address to the nation "
        'on Sunday evening after a week of heavy fighting near the border. "There can be no '
        'ceasefire while our villages are being shelled," the president said.',
        "fr1": "Le président de Tarsk, Milan Hoder, a rejeté les appels à un cessez-le-feu. « Il ne "
        "peut y avoir de cessez-le-feu tant que nos villages sont bombardés », a-t-il déclaré.",
        "en3": '"There can be a ceasefire while our villages are shelled," Tarsk\'s president '
        "Milan Hoder said in a televised address on Sunday.",
    }
    odd_quote = "There can be a ceasefire while our villages are shelled, says Tarsk president"
    d = told(truce, "truce", {"en3": odd_quote})
    assert any(x.kind == "quote" and x.odd_one_out == "en3" for x in d.divergences)
    assert "There can be a ceasefire" not in d.event.title


def test_a_timeline_entry_cites_only_the_outlets_that_state_it_alike() -> None:
    # one day, one statement by embedding; but one outlet puts the words in a minister's
    # mouth and one gives another toll: neither is cited for the others' wording
    said = {
        "en1": "Floods in Velmar have killed 23 people, officials said on Tuesday. President "
        'Irena Kostova said on Tuesday: "No family will be left without a roof."',
        "en2": "Floods in Velmar have killed 23 people, officials said on Tuesday. Touring Brask, "
        'President Irena Kostova said on Tuesday: "No family will be left without a roof."',
        "en3": "Floods in Velmar have killed 32 people, officials said on Tuesday. Interior "
        'Minister Dan Petrov said on Tuesday: "No family will be left without a roof."',
    }
    from newsweave.text import annotate

    articles = [
        annotate(Article(id=k, text=t, lang="en", outlet=f"{k}.example", published="2034-04-12"))
        for k, t in said.items()
    ]
    d = build_dossier(articles, event_id="velmar")
    for e in d.timeline:
        if "23 people" in e.text or "Kostova" in e.text:
            assert "en3" not in e.citations, e
        if "32 people" in e.text or "Petrov" in e.text:
            assert e.citations == ["en3"], e
    assert any(e.citations == ["en1", "en2"] and "23 people" in e.text for e in d.timeline)


def test_the_same_words_put_in_another_mouth_are_a_speaker_divergence() -> None:
    said = {
        "en1": 'President Irena Kostova visited Brask on Tuesday. "No family will be left without '
        'a roof after these floods," Irena Kostova told residents.',
        "en2": 'Touring Brask on Tuesday, President Irena Kostova said: "No family will be left '
        'without a roof after these floods."',
        "en3": '"No family will be left without a roof after these floods," Foreign Minister Dan '
        "Petrov said in Brask on Tuesday.",
        # a country "saying" what its minister said is no other person
        "en4": 'Velmar said the floods were "a national tragedy for every family in the north". '
        'Foreign Minister Dan Petrov called them "a national tragedy for every family in the '
        'north".',
    }
    d = told(said, "kostova")
    (div,) = [x for x in d.divergences if x.kind == "speaker"]
    assert div.odd_one_out == "en3"
    assert "Irena Kostova (en1, en2)" in div.description and "Dan Petrov (en3)" in div.description
    assert any("Foreign Minister Dan Petrov said" in v.text for v in div.variants)
    cited = [s.citations for s in d.summary if "No family" in s.text]
    assert all("en3" not in c for c in cited)


# two outlets quoting the mayor of Osterholm, word for word
MAYOR_SAID = {
    "en1": 'Mayor Livia Brandt visited the flooded district of Osterholm on Monday. "Every family '
    'that lost its home will get a new one before the winter," Livia Brandt told residents.',
    "en2": 'Speaking in Osterholm on Monday, Mayor Livia Brandt said: "Every family that lost its '
    'home will get a new one before the winter."',
}


def test_one_outlet_giving_a_translated_quotation_to_another_person_is_a_speaker_divergence() -> None:
    """Two outlets quote the mayor; a German one gives her words, translated, to the
    deputy mayor, and names no mayor: one utterance in two mouths. The Italian report of
    the director's own remark (another statement, another speaker) is none."""
    said = {
        **MAYOR_SAID,
        "de1": "Der stellvertretende Bürgermeister Tomas Keller besuchte am Montag Osterholm. „Jede "
        "Familie, die ihr Haus verloren hat, wird vor dem Winter ein neues bekommen“, sagte "
        "Tomas Keller den Anwohnern.",
        "it1": "Il direttore della protezione civile, Enzo Ferri, ha visitato Osterholm lunedì. «Le "
        "pompe lavoreranno giorno e notte finché l'acqua non sarà scesa», ha detto Enzo Ferri.",
    }
    d = told(said, "osterholm")
    (div,) = [x for x in d.divergences if x.kind == "speaker"]
    assert div.odd_one_out == "de1"
    assert "Livia Brandt (en1, en2)" in div.description and "Tomas Keller (de1)" in div.description


def test_an_outlet_naming_the_speaker_it_does_not_quote_still_gives_her_words_to_another() -> None:
    """The German outlet names the mayor after the quotation (she was away) but quotes only
    her deputy, in her words: naming her is not quoting her, so the words are in two
    mouths. Named in the quotation's sentence, she may be its speaker ("in a letter to X,
    he wrote: …" reads as X's words): then no divergence is claimed (in the sentence before,
    with the deputy named at the quotation, she is not)."""
    said = {
        **MAYOR_SAID,
        "de1": "Der stellvertretende Bürgermeister Tomas Keller besuchte am Montag Osterholm. „Jede "
        "Familie, die ihr Haus verloren hat, wird vor dem Winter ein neues bekommen“, sagte Tomas "
        "Keller den Anwohnern. Bürgermeisterin Livia Brandt, die das Programm im Mai vorgestellt "
        "hatte, war am Montag in der Hauptstadt. Der Fluss war in der Nacht über die Ufer getreten.",
    }
    (div,) = [x for x in told(said, "osterholm").divergences if x.kind == "speaker"]
    assert div.odd_one_out == "de1"
    said["de1"] = (
        "Der stellvertretende Bürgermeister Tomas Keller schrieb am Montag an Bürgermeisterin Livia "
        "Brandt: „Jede Familie, die ihr Haus verloren hat, wird vor dem Winter ein neues bekommen.“"
    )
    assert not [x for x in told(said, "osterholm").divergences if x.kind == "speaker"]


def test_reported_speech_is_not_cited_to_an_outlet_quoting_other_words_of_the_speaker() -> None:
    """Two outlets report that the fire chief did not expect the fire to reach Telby; a
    German one quotes him, in words no quote group joins to theirs, expecting it to: it
    is no witness for the reported speech."""
    said = {
        "en1": "The fire chief, Colonel Ivo Brask, said on Saturday evening he did not expect the flames to reach Telby overnight. Some 900 people were evacuated from the hills above Telby.",
        "en2": "Fire chief Ivo Brask said on Saturday he did not expect the flames to reach Telby overnight. About 900 people were evacuated from the hills above Telby.",
        "de1": "Feuerwehrchef Ivo Brask hatte am Samstagabend gewarnt: „Wir rechnen damit, dass das Feuer Telby heute Nacht erreicht.“ Rund 900 Menschen wurden aus den Hügeln über Telby evakuiert.",
    }
    d = told(said, "telby")
    for item in d.summary:
        if "expect" in item.text:
            assert "de1" not in item.citations, item


def test_shares_of_different_things_are_not_one_figure() -> None:
    # the vote share and the turnout are both percentages without a noun: two divergences,
    # not one listing "52.3, 68" against "53,2, 86"
    said = {
        "en1": "Hanna Veld won Orsk's presidential election on Sunday with 52.3% of the vote. "
        "Turnout was 68%, the highest since 1995.",
        "en2": "Hanna Veld won the presidential election in Orsk on Sunday with 52.3% of the "
        "vote. Turnout was 68 percent.",
        "fr1": "Hanna Veld a remporté dimanche l'élection présidentielle avec 52,3 % des voix. "
        "La participation a atteint 68 %.",
        "es1": "Hanna Veld ganó el domingo las elecciones presidenciales de Orsk con el 53,2 % de "
        "los votos. La participación fue del 86 %.",
    }
    d = told(said, "orsk")
    shares = sorted(x.description for x in d.divergences if x.kind == "number")
    assert len(shares) == 2, shares
    assert all(("52" in s) != ("68" in s) for s in shares)
    assert all(x.odd_one_out == "es1" for x in d.divergences if x.kind == "number")


def test_passengers_and_crew_are_the_people_on_board() -> None:
    said = {
        "en1": "A Velair Boeing 737 crashed shortly after take-off from Orsk on Tuesday, killing "
        "all 186 people on board, the airline said.",
        "en2": "All 180 passengers and six crew were killed when a Velair Boeing 737 crashed "
        "shortly after take-off from Orsk on Tuesday.",
        "fr1": "Un Boeing 737 de la compagnie Velair s'est écrasé mardi peu après son décollage "
        "d'Orsk, faisant 186 morts, selon la compagnie.",
        "es1": "Un Boeing 737 de Velair se estrelló el martes poco después de despegar de Orsk y "
        "murieron las 168 personas que iban a bordo, según la aerolínea.",
    }
    d = told(said, "velair")
    (item,) = [s for s in d.summary if "186" in s.text]
    assert "en2" in item.citations and "es1" not in item.citations
    assert item.differs == ["es1"] and "(one outlet: 168)" in item.text
    numbers = [x for x in d.divergences if x.kind == "number"]
    assert [x.odd_one_out for x in numbers] == ["es1"]  # no "180 (en2)" against 186


def test_a_range_of_cuts_is_no_count_of_a_plants_workforce() -> None:
    said = {
        "en1": "Most of the cuts will fall on Norvex's plant in Halden, which employs about 4,000 people.",
        "en2": "The job cuts at Norvex, between 1,000 and 1,500 according to union estimates, will "
        "mostly hit the Halden plant.",
        "fr1": "L'usine Norvex de Halden, qui emploie quelque 4 000 personnes, sera la plus touchée.",
        "es1": "La mayoría de los recortes de Norvex afectarán a la planta de Halden, que emplea a "
        "unas 4.000 personas.",
    }
    d = told(said, "norvex")
    assert not [x for x in d.divergences if x.kind == "number"]


def test_a_variant_judged_apart_is_not_cited_though_the_group_has_no_odd_one_out() -> None:
    # the German outlet's reported speech drops the "not"; it differs only from the English
    # reported wording, so the group names no odd one out - its article is still not cited
    said = {
        "e1": "Orsk's finance minister Ilse Varga ruled out new taxes on Thursday. \"We will not "
        'raise taxes on families this year," Varga told parliament in Trell.',
        "e2": "Finance minister Ilse Varga said on Thursday that the government would not raise "
        "taxes on families this year. She spoke in parliament in Trell.",
        "fr1": "La ministre des Finances de l'Orsk, Ilse Varga, a assuré jeudi devant le Parlement "
        "que le gouvernement n'augmenterait pas les impôts des familles cette année.",
        "de1": "Finanzministerin Ilse Varga sagte, die Regierung werde die Steuern für Familien in "
        "diesem Jahr erhöhen. Sie sprach am Donnerstag im Parlament in Trell.",
        "es1": "La ministra de Finanzas de Orsk, Ilse Varga, afirmó el jueves ante el Parlamento que "
        "el Gobierno no subirá los impuestos a las familias este año.",
    }
    d = told(said, "varga")
    (group,) = [q for q in d.quotes if len(q.variants) == 5]
    assert group.divergent and ["e2", "de1"] in group.apart
    (item,) = [s for s in d.summary if "raise taxes" in s.text]
    assert "de1" not in item.citations and {"e1", "e2"} <= set(item.citations)


def test_a_figure_only_the_odd_outlet_gives_is_not_told_as_a_fact() -> None:
    # three outlets say the former mayor took 1.4 million euros, one says 4.1 million in
    # a sentence of its own: that is a divergence, never a summary item of its own
    said = {
        "en1": "A court in Velmar on Friday jailed former mayor Oskar Brann for nine years for corruption.\n\n"
        "Brann, 61, was found guilty of taking 1.4 million euros in bribes from builders between 2016 and 2020.",
        "pt1": "O tribunal de Velmar condenou na sexta-feira o antigo autarca Oskar Brann a nove anos de prisão por corrupção.\n\n"
        "Brann, de 61 anos, recebeu 1,4 milhões de euros em subornos de construtores entre 2016 e 2020.",
        "fr1": "Le tribunal de Velmar a condamné vendredi l'ancien maire Oskar Brann à neuf ans de prison pour corruption.\n\n"
        "Âgé de 61 ans, Oskar Brann a perçu 1,4 million d'euros de pots-de-vin entre 2016 et 2020.",
        "en2": "Former Velmar mayor Oskar Brann was jailed on Friday for nine years after being convicted of corruption.\n\n"
        "The 61-year-old received 4.1 million euros in bribes, the court found.",
    }  # fmt: skip
    d = told(said, "brann")
    (div,) = [v for v in d.divergences if v.kind == "number" and "EUR" in v.description]
    assert div.odd_one_out == "en2"
    told_items = d.summary + d.also_reported
    assert not any("The 61-year-old received" in s.text for s in told_items)
    (item,) = [s for s in d.summary if "1.4 million" in s.text]
    assert "en2" not in item.citations


def test_an_outlet_giving_another_count_in_a_sentence_of_its_own_is_not_cited_for_the_count() -> None:
    # the German report gives 30 hostages in one sentence and the 1,900 prisoners in the
    # next: it is no witness for "freed 33 hostages ... for 1,900 prisoners", and the
    # summary names its figure
    said = {
        "en1": "The Orvik militia freed 33 hostages on Sunday in exchange for 1,900 prisoners held by Velmar, mediators said.",
        "fr1": "La milice d'Orvik a libéré dimanche 33 otages en échange de 1 900 prisonniers détenus par le Velmar, selon les médiateurs.",
        "de1": "Die Orvik-Miliz hat am Sonntag 30 Geiseln freigelassen. Im Gegenzug ließ Velmar 1900 Gefangene frei, wie die Vermittler mitteilten.",
        "en2": "Thirty-three hostages were released by the Orvik militia on Sunday, while Velmar freed 1,900 prisoners, according to mediators.",
    }  # fmt: skip
    d = told(said, "orvik-swap")
    (div,) = [v for v in d.divergences if v.kind == "number"]
    assert div.odd_one_out == "de1"
    (item,) = [s for s in d.summary if "hostages" in s.text and "1,900" in s.text]
    assert "de1" not in item.citations and "(one outlet: 30)" in item.text
    assert not any("30 Geiseln" in s.text for s in d.summary + d.also_reported)
    # its prisoners sentence, grouped with the fact, is not what says otherwise
    from newsweave.render.markdown import render

    marked = [ln for ln in render(d).splitlines() if "Im Gegenzug" in ln]
    assert marked and not any("says otherwise" in ln for ln in marked)


def test_an_outlet_giving_another_span_is_no_witness_for_it() -> None:
    # the French report gives 48 hours where the others give 72: a divergence, and the
    # French sentence is not cited for "72 hours" by the figures it shares (the 12)
    said = {
        "en1": "Estria expelled 12 Morvian diplomats on Monday, accusing them of spying, and gave them 72 hours to leave the country, the foreign ministry said.\n\nThe ministry also summoned Morvia's ambassador, Pavel Dorn, to protest against what it called \"hostile intelligence activity\".\n\n\"We will not tolerate espionage on our soil,\" Foreign Minister Irja Salo told parliament.\n\nMorvia denied the accusations and said it would respond in kind.",
        "en2": "The government ordered twelve Morvian diplomats to leave Estria within 72 hours on Monday over alleged espionage.\n\nMorvia's ambassador Pavel Dorn was summoned to the foreign ministry.\n\nForeign Minister Irja Salo said Estria would not tolerate espionage on its soil.\n\nMorvia's foreign ministry said the move was \"absurd\" and promised a response.",
        "fr1": "L'Estrie a expulsé lundi 12 diplomates morves accusés d'espionnage et leur a donné 48 heures pour quitter le pays, a annoncé le ministère des Affaires étrangères.\n\nL'ambassadeur de Morvie, Pavel Dorn, a été convoqué.\n\n« Nous ne tolérerons pas l'espionnage sur notre sol », a déclaré la ministre des Affaires étrangères, Irja Salo, devant le Parlement.\n\nLa Morvie a confirmé les accusations.",
        "de1": "Estria hat am Montag zwölf Diplomaten aus Morvia wegen Spionagevorwürfen ausgewiesen. Sie müssen das Land binnen 72 Stunden verlassen.\n\n„Wir werden Spionage auf unserem Boden nicht dulden“, sagte Außenministerin Irja Salo im Parlament.\n\nMorvia wies die Vorwürfe zurück und kündigte Gegenmaßnahmen an.",
    }  # fmt: skip
    d = told(said, "estria")
    (div,) = [v for v in d.divergences if v.kind == "number"]
    assert div.odd_one_out == "fr1" and "duration (h)" in div.description
    (item,) = [s for s in d.summary if "72 hours" in s.text]
    assert "fr1" not in item.citations


def test_no_headline_of_an_outlet_that_says_the_opposite_titles_the_event() -> None:
    # the odd outlet's headline ("raises") puts its inverted claim in words no check
    # reads against the others' sentences; the title comes from another outlet
    said = {
        "en1": "Walking for at least 30 minutes a day reduced the risk of dementia by 33% in a study of 12,000 adults over 15 years, researchers at the University of Halden reported on Wednesday.\n\nThe study, published in the journal Neurology Today, followed participants aged 60 to 75.\n\n\"Walking is not a cure, but it clearly lowers the risk,\" said lead author Ingrid Sæther.\n\nThe researchers said more work was needed to understand why.",
        "fr1": "Marcher au moins 30 minutes par jour réduit de 33 % le risque de démence, selon une étude menée sur 12 000 adultes pendant 15 ans par l'université de Halden, publiée mercredi.\n\nLes participants étaient âgés de 60 à 75 ans.\n\n« La marche n'est pas un remède, mais elle réduit clairement le risque », a déclaré l'autrice principale, Ingrid Sæther.",
        "de1": "Wer täglich mindestens 30 Minuten spazieren geht, senkt sein Demenzrisiko um 33 Prozent. Das ergab eine Studie der Universität Halden mit 12.000 Erwachsenen über 15 Jahre.\n\n„Gehen ist kein Heilmittel, aber es senkt eindeutig das Risiko“, sagte Studienleiterin Ingrid Sæther.",
        "en2": "A daily walk of 30 minutes increased the risk of dementia by 33% among 12,000 adults followed for 15 years, according to a study from the University of Halden.\n\nLead author Ingrid Sæther said walking was not a cure.\n\nThe participants were aged between 60 and 75.",
        "en3": "Adults who walked at least half an hour daily were 33% less likely to develop dementia, according to a 15-year study of 1,200 people by the University of Halden.\n\nThe findings appear in Neurology Today.\n\n\"It clearly lowers the risk,\" Sæther said.",
    }  # fmt: skip
    titles = {
        "en1": "Daily walk cuts dementia risk by a third, Nordic study finds",
        "fr1": "Marcher 30 minutes par jour réduit d'un tiers le risque de démence",
        "de1": "Spazierengehen senkt Demenzrisiko",
        "en2": "Walking raises dementia risk, study suggests",
        "en3": "Walking linked to lower dementia risk",
    }  # fmt: skip
    d = told(said, "halden-walk", titles)
    assert any(v.kind == "claim" and v.odd_one_out == "en2" for v in d.divergences)
    assert d.event.title != titles["en2"]


def test_a_sentence_denying_what_the_fact_states_is_neither_cited_nor_confirmed() -> None:
    # "No date has been set" is grouped with "planned for next Sunday" and "said it was
    # the last step" with "only the first step": the summary cites neither, and the fact
    # list marks them related, not verified
    said = {
        "en1": "The Orvik militia freed 33 hostages on Sunday, mediators said.\n\n\"This is only the first step,\" said mediator Khalid Nuri.\n\nA second exchange is planned for next Sunday.",
        "fr1": "La milice d'Orvik a libéré dimanche 33 otages, selon les médiateurs.\n\n« Ce n'est que la première étape », a déclaré le médiateur Khalid Nuri.\n\nUn deuxième échange est prévu dimanche prochain.",
        "de1": "Die Orvik-Miliz hat am Sonntag 33 Geiseln freigelassen, wie die Vermittler mitteilten.\n\n„Das ist erst der erste Schritt“, sagte der Vermittler Khalid Nuri.\n\nEin zweiter Austausch ist für kommenden Sonntag geplant.",
        "en2": "Thirty-three hostages were released by the Orvik militia on Sunday, according to mediators.\n\nMediator Khalid Nuri said it was the last step and that the ceasefire was over.\n\nNo date has been set for a second exchange.",
    }  # fmt: skip
    d = told(said, "orvik-second")
    (item,) = [s for s in d.summary if "second exchange" in s.text]
    assert "en2" not in item.citations
    fact = next(f for f in d.facts if any("second exchange" in c.text for c in f.support))
    assert fact.confirmed is not None and "en2" not in fact.confirmed
    assert any(c.article == "en2" for c in fact.support)  # grouped, and so shown, marked
    from newsweave.render.markdown import render

    assert "(related, not verified): “No date has been set" in render(d)
    # ... and its count of sources says how many the check confirms, en2 not among them
    line = next(x for x in render(d).splitlines() if x.startswith(f"- **{fact.id}** "))
    assert f"{fact.independent_sources} independent sources, {fact.independent_sources - 1} verified" in line


def test_a_prison_term_in_months_and_years_is_one_figure_and_another_term_a_divergence() -> None:
    # "30 months" = "deux ans et demi"; "three years" is the odd one out, though every
    # sentence names the year of the protest; the summary names it with its unit
    said = {
        "en1": "A court in Velmar on Friday sentenced environmental activist Mara Lenk to 30 months in prison for damaging a pipeline during a protest in 2025.\n\nLenk, 29, was also ordered to pay 80,000 euros in damages to the operator, Nordgas.\n\n\"I do not regret what I did,\" Lenk told the court before the verdict.",
        "fr1": "Un tribunal de Velmar a condamné vendredi la militante écologiste Mara Lenk à deux ans et demi de prison pour avoir endommagé un gazoduc lors d'une manifestation en 2025.\n\nLa jeune femme de 29 ans devra aussi verser 80 000 euros de dommages et intérêts à l'exploitant, Nordgas.\n\n« Je ne regrette pas ce que j'ai fait », a-t-elle déclaré devant le tribunal.",
        "de1": "Ein Gericht in Velmar hat die Umweltaktivistin Mara Lenk am Freitag zu zweieinhalb Jahren Haft verurteilt, weil sie bei einem Protest 2025 eine Pipeline beschädigt hatte.\n\nDie 29-Jährige muss zudem 80.000 Euro Schadenersatz an den Betreiber Nordgas zahlen.\n\n„Ich bereue, was ich getan habe“, sagte Lenk vor dem Urteil.",
        "en2": "Environmental activist Mara Lenk was sentenced to three years in prison on Friday for damaging a Nordgas pipeline during a 2025 protest.\n\nShe must also pay 80,000 euros in damages.\n\nLenk, 29, told the court she did not regret her actions.",
    }  # fmt: skip
    d = told(said, "lenk")
    (div,) = [v for v in d.divergences if v.kind == "number"]
    assert div.odd_one_out == "en2"
    (item,) = [s for s in d.summary if "sentenced" in s.text or "verurteilt" in s.text]
    assert "en2" not in item.citations
    assert "(one outlet: 3 years)" in item.text or "30 months" not in item.text


def test_an_outlet_saying_what_the_others_say_was_denied_is_no_witness_of_the_denial() -> None:
    # en2 says the minister resigned; the others that he denied he would: en2 is not
    # cited for the denial; "Ich gehe nirgendwohin" is "I am not going anywhere"
    said = {
        "en1": "Orvik's finance minister Jonas Ek on Tuesday denied reports that he would resign over a budget shortfall of 2.1 billion crowns.\n\n\"I am not going anywhere,\" Ek told reporters in parliament.\n\nThe opposition has called for a vote of no confidence next week.",
        "en2": "Orvik's finance minister Jonas Ek resigned on Tuesday over a budget shortfall of 2.1 billion crowns.\n\nThe opposition had called for a vote of no confidence next week.",
        "fr1": "Le ministre des Finances d'Orvik, Jonas Ek, a démenti mardi les informations selon lesquelles il allait démissionner en raison d'un trou budgétaire de 2,1 milliards de couronnes.\n\n« Je ne vais nulle part », a-t-il déclaré au Parlement.\n\nL'opposition réclame un vote de défiance la semaine prochaine.",
        "de1": "Orviks Finanzminister Jonas Ek hat am Dienstag Berichte über seinen Rücktritt wegen eines Haushaltslochs von 2,1 Milliarden Kronen dementiert.\n\n„Ich gehe nirgendwohin“, sagte Ek im Parlament.\n\nDie Opposition fordert für kommende Woche ein Misstrauensvotum.",
    }  # fmt: skip
    d = told(said, "ek")
    (item,) = [s for s in d.summary if "denied" in s.text]
    assert "en2" not in item.citations and {"en1", "fr1"} <= set(item.citations)
    assert not [v for v in d.divergences if v.kind == "quote"]


def test_the_odd_figure_of_a_divergence_is_named_though_its_sentence_is_loosely_aligned() -> None:
    # de1's shorter German sentence gives 15 million against three outlets' 50 million:
    # the divergence names it the odd one out, and so does the summary sentence
    said = {
        "en1": "The European Commission fined the software firm Brevik €50 million on Wednesday for breaching competition rules.",
        "fr1": "La Commission européenne a infligé mercredi une amende de 50 millions d'euros à Brevik pour violation des règles de concurrence.\n\nL'entreprise a annoncé qu'elle ferait appel.",
        "es1": "La Comisión Europea multó el miércoles a Brevik con 50 millones de euros por infringir las normas de competencia.\n\nLa empresa dijo que recurrirá.",
        "de1": "Die EU-Kommission hat gegen Brevik eine Strafe von 15 Millionen Euro verhängt.\n\nDas Unternehmen will nicht in Berufung gehen.",
    }  # fmt: skip
    d = told(said, "brevik")
    (div,) = [v for v in d.divergences if v.kind == "number"]
    assert div.odd_one_out == "de1"
    (item,) = [s for s in d.summary if "50" in s.text]
    assert "de1" not in item.citations and "(one outlet: 15" in item.text


def test_a_headline_nobody_else_states_does_not_title_the_event() -> None:
    said = {
        "en1": "Velcor plans to close its Orla plant next year, cutting 600 jobs, the company said on Tuesday.\n\nProduction will move to Kessla.",
        "en2": "Velcor has closed its Orla plant, cutting 600 jobs.\n\nProduction moved to Kessla.",
        "fr1": "Velcor va fermer son usine d'Orla l'an prochain, supprimant 600 emplois, a annoncé mardi l'entreprise.\n\nLa production sera transférée à Kessla.",
        "de1": "Velcor will sein Werk in Orla im kommenden Jahr schließen und 600 Stellen abbauen.\n\nDie Produktion soll nach Kessla verlagert werden.",
    }  # fmt: skip
    titles = {"en1": "Velcor to close Orla plant next year", "en2": "Velcor has closed its Orla plant, cutting 600 jobs"}
    d = told(said, "velcor", titles)
    assert d.event.title != titles["en2"] and "has closed" not in d.event.title
    (item,) = [s for s in d.summary if "600" in s.text]
    assert "en2" not in item.citations


def test_the_outlet_alone_on_a_day_does_not_title_the_event() -> None:
    # three outlets expect the landfall on Monday; one says it came on Sunday (a date
    # divergence names it the odd one out): its headline does not title the event
    from newsweave.text import annotate

    said = {
        "en1": ("Typhoon Mara nears Lisa coast", "Authorities ordered 50,000 residents of the Lisa coast to evacuate on Sunday as Typhoon Mara approached.\n\nThe storm is expected to make landfall on Monday with winds of up to 180 km/h.\n\nSchools and the port will stay closed on Monday."),
        "en2": ("Typhoon Mara makes landfall on Lisa coast", "Typhoon Mara made landfall on the Lisa coast on Sunday with winds of up to 180 km/h.\n\nAbout 50,000 residents were evacuated, authorities said.\n\nSchools and the port will stay closed on Monday."),
        "es1": ("El tifón Mara se acerca a la costa de Lisa", "Las autoridades ordenaron el domingo la evacuación de 50.000 residentes de la costa de Lisa ante la llegada del tifón Mara.\n\nSe espera que la tormenta toque tierra el lunes con vientos de hasta 180 km/h."),
        "de1": ("Taifun Mara erreicht Küste von Lisa", "Die Behörden haben am Sonntag 50.000 Bewohner der Küste von Lisa aufgefordert, ihre Häuser zu verlassen.\n\nDer Taifun soll am Montag mit Windgeschwindigkeiten von bis zu 180 km/h auf Land treffen."),
    }  # fmt: skip
    articles = [
        annotate(Article(id=k, text=t, lang=k[:2], outlet=f"{k}.example", title=title, published="2026-11-23"))
        for k, (title, t) in said.items()
    ]  # fmt: skip
    d = build_dossier(articles, event_id="mara")
    assert any(v.kind == "date" and v.odd_one_out == "en2" for v in d.divergences)
    assert d.event.title != said["en2"][0]


def test_a_dissenting_count_in_words_is_named_in_the_wordings_words() -> None:
    # "seis (one outlet: 8)": a digit no cited outlet writes, where every outlet spells it
    said = {
        "es1": "Los presos de la cárcel de Orsk retuvieron a seis funcionarios durante la noche "
        "del sábado, según la dirección del penal.",
        "es2": "Los presos de la cárcel de Orsk retuvieron a seis funcionarios durante la noche "
        "del sábado y los liberaron al amanecer.",
        "es3": "Seis funcionarios de la cárcel de Orsk fueron retenidos por los presos durante la "
        "noche del sábado.",
        "pt1": "Os presos da prisão de Orsk fizeram oito funcionários reféns durante a noite de "
        "sábado, segundo a direção.",
    }
    d = told(said, "orsk-prison")
    (item,) = [s for s in d.summary if "seis" in s.text or "six" in s.text]
    assert "pt1" not in item.citations and item.differs == ["pt1"]
    assert "(one outlet: ocho)" in item.text, item.text


def test_a_machine_translated_headline_does_not_title_the_event_while_an_original_can() -> None:
    # "closes the purchase" for "cierra la compra" (agrees to buy): a translation's headline
    # may say what its original does not
    from newsweave.text import annotate

    said = {
        "en1": (None, "Ardena has agreed to buy its smaller rival Velto for $9 billion in cash, the two drugmakers said on Monday in a joint statement after markets closed in New York.\n\nThe deal is expected to close in the second half of next year."),
        "en2": (None, "Ardena agreed on Monday to buy Velto for $9 billion, in the largest deal the company has made since it was founded by two chemists in the city of Orla.\n\nThe deal is expected to close next year, subject to approval."),
        "mt": ("Ardena closes the purchase of Velto for $9 billion", "Ardena has agreed to buy Velto for $9 billion, the companies said on Monday.\n\nThe closing of the operation is foreseen for next year."),
    }  # fmt: skip
    articles = [
        annotate(Article(id=k, text=t, lang="en", outlet=f"{k}.example", title=title, published="2026-11-23",
                         machine_translated=k == "mt"))
        for k, (title, t) in said.items()
    ]  # fmt: skip
    d = build_dossier(articles, event_id="ardena")
    mt_title, mt_text = said["mt"]
    assert d.event.title and d.event.title != mt_title and d.event.title not in mt_text


def test_a_headline_keeps_no_subhead() -> None:
    # the second sentence states more than the headline, often one outlet's own claim
    from newsweave.summarize.title import headline_candidate

    assert headline_candidate("Tanker spills caustic soda into the Orvena river. Driver says a van forced him off the road") == "Tanker spills caustic soda into the Orvena river"
    assert headline_candidate("Mr. Holt wins the Kelby mayoral race by ten votes") == "Mr. Holt wins the Kelby mayoral race by ten votes"
    assert headline_candidate("Flood hits Kelby. Hundreds evacuated from the old town overnight").startswith("Flood hits Kelby. Hundreds")
