"""Citations that hold: figures, quote wording and polarity checked per cited article."""

from __future__ import annotations

import re

import pytest

from newsweave.compare.numbers import find_quantities
from newsweave.compare.values import same_figure
from newsweave.model import Article, Citation, Quote, QuoteGroup, QuoteVariant, Sentence
from newsweave.summarize.notes import dissent_note
from newsweave.summarize.verify import QUOTE_REVERSED, Check, Unit, Verifier, name_speaker
from test_summary import make_article


def units(articles: list[Article]) -> list[Unit]:
    return [Unit(k, a.id, a.sentences[0].text, a.lang, 0) for k, a in enumerate(articles)]


def numbered(texts: list[str]) -> list[Article]:
    """One article per text, with ids a0, a1, ..."""
    return [make_article(f"a{k}", t) for k, t in enumerate(texts)]


def check_first(articles: list[Article]) -> Check:
    """How every article's first sentence stands towards the first article's."""
    us = units(articles)
    return Verifier(articles).check(us[0], us)


def test_number_divergence_across_three_languages() -> None:
    articles = [
        make_article("en", "The town of Valmora will spend 45 million euros on its new tram line."),
        make_article(
            "de", "Die Stadt Valmora gibt 45 Millionen Euro für ihre neue Straßenbahn aus."
        ),
        make_article(
            "fr",
            "La ville de Valmora consacrera 54 millions d'euros à sa nouvelle ligne de tram.",
            "fr",
        ),
        make_article(
            "es", "La ciudad de Valmora gastará 45 millones de euros en su nuevo tranvía.", "es"
        ),
    ]
    articles[1].lang = "de"
    for s in articles[1].sentences:
        s.lang = "de"
    us = units(articles)
    v = Verifier(articles)
    check = v.check(us[0], us)
    assert sorted(check.agree) == [0, 1, 3]
    assert [r for r, _ in check.differ] == [2]
    text = dissent_note(us[0].text, [why for _, why in check.differ])
    assert "45 million euros (one outlet: 54 million)" in text  # in English words: the sentence is English
    # from the dissenting side, nobody agrees: the minority figure is never corroborated
    assert v.check(us[2], us).agree == [2]


def test_figures_an_article_does_not_state_are_not_cited() -> None:
    articles = [
        make_article("a", "The Orvik ferry carried 312 passengers when it ran aground near Skel."),
        make_article("b", "The Orvik ferry ran aground near Skel on Tuesday with its passengers."),
    ]
    us = units(articles)
    check = Verifier(articles).check(us[0], us)
    assert check.agree == [0] and not check.differ  # b neither confirms nor disputes 312


def test_thousands_separators_fold_across_formats() -> None:
    articles = [
        make_article("en", "Some 1,200 people were evacuated from the Lunde valley on Friday."),
        make_article("de", "Rund 1.200 Menschen wurden am Freitag aus dem Lunde-Tal evakuiert."),
        make_article(
            "fr", "Quelque 1 200 personnes ont été évacuées vendredi de la vallée de Lunde.", "fr"
        ),
    ]
    articles[1].lang = "de"
    for s in articles[1].sentences:
        s.lang = "de"
    us = units(articles)
    assert sorted(Verifier(articles).check(us[0], us).agree) == [0, 1, 2]


def test_minority_quote_wording_is_not_cited_for_the_majority() -> None:
    said = [
        '"The harbour can live without the mill, but the mill cannot live without the harbour," Mayor Ostra said.',
        '"The harbour can manage without the mill, but the mill cannot manage without the harbour," Ostra said.',
        '"The harbour can cope without the mill; the mill cannot cope without the harbour," the mayor said.',
        '"The harbour cannot live without the mill, and the mill cannot live without the harbour," Ostra said.',
    ]
    articles = numbered(said)
    group = QuoteGroup(
        id="Q1",
        speaker="Ostra",
        variants=[Citation(a.id, a.sentences[0].text.split('"')[1], 0) for a in articles],
        divergent=True,
        odd_one_out="a3",
    )
    us = units(articles)
    v = Verifier(articles, [group])
    odd = v.check(us[3], us)
    assert odd.agree == [3]
    assert {r for r, _ in odd.differ} == {0, 1, 2}
    major = v.check(us[0], us)
    assert 3 not in major.agree and 3 in {r for r, _ in major.differ}
    note = dissent_note(us[0].text, [why for r, why in major.differ if r == 3])
    assert note.endswith("(One outlet quotes this differently.)")


def test_dossier_summarises_a_divergent_quote_in_its_majority_wording() -> None:
    from newsweave.dossier import build_dossier

    def with_quotes(aid: str, text: str) -> Article:
        article = Article(id=aid, text=text, lang="en", outlet=aid)
        for m in re.finditer(r"\S.*?[.!?][\"”]?(?=\s|$)", text):
            article.sentences.append(
                Sentence(aid, len(article.sentences), m.group(), m.start(), m.end(), 0, "en")
            )
        return article

    arts = [
        with_quotes(
            "a",
            "Mayor Ilse Varga of Tessby met the harbour board on Friday to discuss the ferry "
            'contract. "The harbour can manage without the ferry company, but the ferry company '
            'cannot manage without the harbour," Varga said after the meeting. The contract '
            "runs until 2030.",
        ),
        with_quotes(
            "b",
            "The harbour board of Tessby met Mayor Ilse Varga on Friday about the ferry "
            'contract. "The harbour can do without the ferry company, and the ferry company '
            'cannot do without the harbour," Varga said. The board will vote in June.',
        ),
        with_quotes(
            "c",
            "Tessby's mayor Ilse Varga held talks with the harbour board on Friday over the "
            'ferry contract. "The harbour can cope without the ferry company; the ferry company '
            'cannot cope without the harbour," said Varga. Ferry fares rose last year.',
        ),
        with_quotes(
            "d",
            "Mayor Ilse Varga and the Tessby harbour board met on Friday about the ferry "
            'contract. "The harbour cannot go anywhere without the ferry company, the ferry '
            'company cannot do anything without the harbour," Varga said. Ferry workers '
            "watched the meeting.",
        ),
    ]
    dossier = build_dossier(arts)
    group = next(q for q in dossier.quotes if len(q.variants) == 4)
    assert group.divergent and group.odd_one_out == "d"
    item = next(s for s in dossier.summary if "ferry company" in s.text)
    assert "cannot go anywhere" not in item.text  # the minority wording is not summarised
    assert "d" not in item.citations and item.differs == ["d"]
    # the odd wording inverts it ("cannot go anywhere"): the note says so
    assert len(item.citations) >= 2 and "(One outlet quotes this with the opposite meaning.)" in item.text


def test_no_dissent_from_an_unparsed_figure_or_an_ambiguous_list() -> None:
    articles = [
        make_article("a", "Tova Renn scored Lakeside's third goal in the 59th minute."),
        # states 59 too, in a form the number reader leaves alone, beside another minute
        make_article(
            "b", "Tova Renn a marqué le troisième but à la 59e et Olle à la 65e minute.", "fr"
        ),
        make_article(
            "c",
            "In the 18th minute Dunmore scored, in the 28th Lakeside levelled and in the "
            "38th minute Tova Renn put them ahead.",
        ),
        make_article("d", "Lakeside were given a penalty on 41 minutes after a video review."),
    ]
    us = units(articles)
    v = Verifier(articles)
    assert v.check(us[0], us[:2]).differ == []  # b also says 59: no "(one outlet: 65e)"
    # c lists three minutes: d's 41 answers one of them, which one is unknown
    assert v.check(us[2], [us[2], us[3]]).differ == []


def test_figures_that_can_both_be_true_are_no_dissent() -> None:
    articles = [
        make_article(
            "a", "More than 600 people were injured in the Velmar floods, officials said."
        ),
        make_article(
            "b", "At least 639 people were injured in the Velmar floods, the ministry said."
        ),
        make_article("c", "Some 200 people were injured in the Velmar floods, the mayor said."),
    ]
    check = check_first(articles)
    # "at least 639" agrees with "more than 600": no "(one outlet: 639)", though it is not
    # cited for a figure the reader would not find in it
    assert 1 not in check.agree
    assert [r for r, _ in check.differ] == [2]  # "some 200" cannot be "more than 600"


def test_a_negation_read_across_languages_is_not_cited_but_not_called_a_dissent() -> None:
    articles = [
        make_article("en", "The mayor did not close the harbour."),
        make_article("fr", "Le maire a fermé le port.", "fr"),
        make_article("en2", "The mayor has closed the harbour."),
    ]
    check = check_first(articles)
    assert 1 not in check.agree and [r for r, _ in check.differ] == [2]


def test_distances_from_different_places_do_not_disagree() -> None:
    articles = [
        make_article("a", "The quake's centre lay about 33 km from Dunmore, the survey said."),
        make_article(
            "b", "The quake's centre lay 23 kilometres (14.3 miles) east of Orla, the survey said."
        ),
        make_article("c", "The quake's centre lay 26 km from Dunmore, the survey said."),
    ]
    check = check_first(articles)
    assert [r for r, _ in check.differ] == [2]  # Orla is another place; 26 km from Dunmore is not


def test_a_decimal_is_one_figure_not_its_digits() -> None:
    articles = [
        make_article(
            "a", "Ein Beben der Stärke 6,4 erschütterte am Morgen das Tal von Orsk.", "de"
        ),
        make_article(
            "b", "Das Beben der Stärke 6,9 erschütterte am frühen Morgen das Orsk-Tal.", "de"
        ),
        make_article("c", "A magnitude 6.4 quake shook the Orsk valley in the morning.", "en"),
        make_article(
            "d",
            "The Orsk bank said it would raise more than $2 billion after a $1.8 billion loss.",
            "en",
        ),
    ]
    us = units(articles)
    check = Verifier(articles).check(us[0], us[:3])
    assert sorted(check.agree) == [0, 2]
    assert [r for r, _ in check.differ] == [1]  # "6,9" is no unparsed "6,4"
    # "$1.75 billion" is not stated by an article with "$2 billion" and "$1.8 billion"
    raise_ = make_article(
        "e", "The Orsk bank hoped to gather up to $1.75 billion from investors.", "en"
    )
    pair = [raise_, articles[3]]
    assert Verifier(pair).check(units(pair)[0], units(pair)).agree == [0]


def test_a_clock_time_is_one_figure_not_its_hour() -> None:
    """"vers 19h50" shares the hour of "vers 19H55", not the time: not cited for it."""
    articles = [
        make_article("a", "Vers 19H55, la tour nord du beffroi de Tarn s'est effondrée.", "fr"),
        make_article("b", "La tour nord du beffroi de Tarn s'est effondrée vers 19h50.", "fr"),
        make_article("c", "Le beffroi de Tarn a perdu sa tour nord vers 19h55 lundi.", "fr"),
    ]
    check = check_first(articles)
    assert sorted(check.agree) == [0, 2]
    assert 1 not in check.agree


def test_a_figure_in_words_is_cited_only_where_its_value_is_stated() -> None:
    articles = [
        make_article(
            "a", "Video showed the guard holding the driver down for more than six minutes."
        ),
        make_article(
            "b", "The driver died after the guard held him down for more than seven minutes."
        ),
        make_article(
            "c", "The guard held the driver down for more than six minutes, the court heard."
        ),
    ]
    check = check_first(articles)
    # "more than seven" implies "more than six", but b never says six: not cited, no dissent
    assert sorted(check.agree) == [0, 2] and not check.differ


def test_a_quote_is_not_cited_to_a_sentence_quoting_other_words() -> None:
    said = [
        '"We will have the Tarn bridge open again before the winter," Mayor Ostra said.',
        '"The Tarn bridge will be open again before winter," Ostra told reporters.',
        '"The water is still rising and nobody should go near the Tarn bridge," Ostra said.',
        '"We will have the Tarn bridge open before the winter," Ostra said on Tuesday.',
        "Mayor Ostra said the Tarn bridge would reopen before the winter.",
        "Mayor Ostra said the water near the Tarn bridge was still rising before the winter.",
    ]
    articles = numbered(said)
    quotes = [
        Quote(a.id, a.sentences[0].text.split('"')[1], "Ostra", sentence=0) for a in articles[:4]
    ]
    quotes += [
        Quote("a4", "the Tarn bridge would reopen before the winter", "Ostra", None, False, 0),
        Quote("a5", "the water near the Tarn bridge was still rising", "Ostra", None, False, 0),
    ]
    reopen = QuoteGroup(
        "Q1", "Ostra", [Citation(q.article_id, q.text, 0) for q in (*quotes[:2], quotes[4])]
    )
    groups = [reopen] + [
        QuoteGroup(f"Q{k}", "Ostra", [Citation(quotes[k].article_id, quotes[k].text, 0)])
        for k in (2, 3, 5)
    ]
    us = units(articles)
    check = Verifier(articles, groups, quotes=quotes).check(us[0], us)
    # a1 quotes the same words (its group), a4 reports them in its own words, a3 quotes
    # nearly the same words though no group joined them; a2 quotes another remark, and a5
    # reports another one
    assert sorted(check.agree) == [0, 1, 3, 4] and not check.differ


def test_what_someone_said_is_cited_only_to_articles_quoting_them() -> None:
    said = [
        "Mayor Ostra said the Tarn bridge would reopen before the winter.",
        "Ostra said the Tarn bridge would reopen before winter.",
        "The Tarn bridge will reopen before the winter.",
        "The Tarn bridge is to reopen before the winter.",
    ]
    articles = numbered(said)
    groups = [
        QuoteGroup(
            "Q1",
            "Lena Ostra",
            [
                Citation("a0", "the Tarn bridge would reopen", 0),
                Citation("a1", "the Tarn bridge would reopen", 0),
            ],
        ),
        # a3 quotes the mayor elsewhere, on another matter; a2 never gives her a word
        QuoteGroup("Q2", "Lena Ostra", [Citation("a3", "we are proud of our engineers", 4)]),
    ]
    us = units(articles)
    check = Verifier(articles, groups).check(us[0], us)
    assert sorted(check.agree) == [0, 1, 3] and not check.differ


def test_a_sentence_about_another_day_is_not_cited() -> None:
    day = {"published": "2031-03-12"}  # a Wednesday
    articles = [
        make_article("a", "The Orvik ferry ran aground near Skel on Monday night.", **day),
        make_article("b", "The Orvik ferry ran aground near Skel on Tuesday morning.", **day),
        make_article("c", "The Orvik ferry ran aground near Skel late on Monday.", **day),
        make_article("d", "The Orvik ferry ran aground near Skel.", **day),
        # published the next day: its "yesterday" is Tuesday
        make_article(
            "e", "The Orvik ferry ran aground near Skel yesterday.", published="2031-03-13"
        ),
    ]
    check = check_first(articles)
    # b and e tell of Tuesday: not witnesses for Monday, but no dissent either
    assert sorted(check.agree) == [0, 2, 3] and not check.differ


def test_a_figure_the_wording_gives_itself_is_no_dissent() -> None:
    articles = [
        make_article("a", "Police said about 20,000 people joined the march against a 30% rise in fuel prices, while organisers put the number at 100,000."),
        make_article("b", "About 100,000 people took part in the march against the fuel price rise, according to organisers."),
        make_article("c", "Quelque 100 000 personnes, selon les organisateurs, ont défilé contre la hausse de 30 % des prix du carburant.", "fr"),
        make_article("d", "Nach Angaben der Polizei beteiligten sich rund 20.000 Menschen an dem Marsch gegen die Erhöhung der Kraftstoffpreise um 30 Prozent.", "de"),
        make_article("e", "Police put the number of people at the march against the fuel price rise at 20,000."),
    ]
    check = check_first(articles)
    # "Police said about 20,000 (one outlet: 100,000)" told the reader an outlet disputes
    # a figure the sentence itself gives as the organisers'
    assert not check.differ
    # ... and with the two estimates a number divergence, the outlet giving only the
    # organisers' figure still states what the wording says of it
    from newsweave.model import Divergence

    crowd = Divergence(
        kind="number",
        description="Figures differ (number of people)",
        variants=[Citation(a.id, a.sentences[0].text, 0) for a in articles],
    )
    us = units(articles)
    assert 2 in Verifier(articles, divergences=[crowd]).check(us[0], us).agree


def test_a_sentence_about_another_month_is_not_cited() -> None:
    day = {"published": "2031-06-03"}
    articles = [
        make_article("a", "The first round of border talks will be held in Morvia in October.", **day),
        make_article("b", "The first round of border talks will be held in Morvia in September.", **day),
        make_article("c", "Le premier cycle de négociations aura lieu en Morvie en octobre.", "fr", **day),
        make_article("d", "The first round of border talks will be held in Morvia on October 12.", **day),
    ]
    check = check_first(articles)
    # b names another month: not a witness (nor a dissent); a day of that month agrees
    assert sorted(check.agree) == [0, 2, 3] and not check.differ


def test_another_score_is_not_cited_though_it_shares_a_figure() -> None:
    articles = [
        make_article("a", "Lakeside led Dunmore 2-0 at half-time in the cup final."),
        make_article("b", "O Lakeside venceu o Dunmore por 4 a 2 nos pênaltis na final.", "pt"),
        make_article("c", "Lakeside were 2-0 up against Dunmore at the break of the final."),
        make_article("d", "Dunmore trailed Lakeside 0-2 at half-time of the cup final."),
    ]
    check = check_first(articles)
    # b's 4-2 is another score (its 2 is no witness); d tells the same score from the other side
    assert sorted(check.agree) == [0, 2, 3] and not check.differ


def test_a_sentence_with_other_figures_is_not_cited_though_its_article_states_these() -> None:
    articles = [
        make_article("a", "Velmar beat Dunmore 4-2 in the cup final on Sunday."),
        # its sentence tells of the goals' minutes; the score is in a later one
        make_article("b", "Velmar scored in the 18th, 38th, 59th and 65th minutes. It ended 4-2."),
        make_article("c", "Le Velmar a battu Dunmore 4-2 en finale de la coupe dimanche.", "fr"),
        # no figure in its sentence: the article, which states the score, is cited
        make_article("d", "Velmar beat Dunmore in the cup final on Sunday. It ended 4-2."),
    ]
    check = check_first(articles)
    assert sorted(check.agree) == [0, 2, 3] and not check.differ


def test_a_speaker_named_only_by_a_pronoun_is_named_in_the_summary_wording() -> None:
    text = '"The Tarn bridge will be open again before the winter," she said on Tuesday.'
    [article] = numbered([text])
    quote = Quote("a0", "The Tarn bridge will be open again before the winter", "Ostra",
                  sentence=0, speaker_mention="she")  # fmt: skip
    group = QuoteGroup("Q1", "Lena Ostra", [Citation("a0", quote.text, 0)])
    v = Verifier([article], [group], quotes=[quote])
    unit = units([article])[0]
    assert v.named(unit, text) == (
        '"The Tarn bridge will be open again before the winter," she [Lena Ostra] said on Tuesday.'
    )
    # named by an earlier sentence ("Mayor Ostra"): the one pronoun outside the quotation
    quote.speaker_mention = "Mayor Ostra"
    assert "she [Lena Ostra] said" in Verifier([article], [group], quotes=[quote]).named(unit, text)
    two = '"The Tarn bridge will be open again before the winter," she told him.'
    french = Unit(0, "a0", "Il faut rouvrir le pont avant l'hiver, a dit la maire.", "fr", 0)
    assert Verifier([article], [group], quotes=[quote]).named(french, french.text) == french.text
    assert Verifier([article], [group], quotes=[quote]).named(unit, two) == two  # which one?
    other = Quote("a0", "before the winter", "Varga", sentence=0, speaker_mention="she")
    assert Verifier([article], [group], quotes=[quote, other]).named(unit, text) == text  # whose?
    # the quoted words are not searched ("she" inside a quotation is someone else), and a
    # sentence that names the speaker already is left as it is
    assert (
        name_speaker('"She knew," he said.', "he", "Piet Varga")
        == '"She knew," he [Piet Varga] said.'
    )
    assert name_speaker("Ostra said she would.", "she", "Lena Ostra") == "Ostra said she would."
    # any part of the name counts (family name first: "Kim" of "Kim Jong Un")
    assert name_speaker('"We met," Kim said, and he smiled.', "he", "Kim Jong Un").count("[") == 0


def test_a_wording_that_is_a_quotation_alone_gets_its_speaker_in_front() -> None:
    text = (
        'Mayor Lena Ostra spoke in Velmar on Tuesday. "The bridge will open before the winter. '
        '"We have worked every night to get there."'
    )
    article = Article(id="a0", text=text, lang="en")
    for k, m in enumerate(re.finditer(r'\S.*?[.!?]"?(?=\s|$)', text)):
        article.sentences.append(Sentence("a0", k, m.group(), m.start(), m.end(), 0, "en"))
    first, second = article.sentences[1], article.sentences[2]
    quote = Quote("a0", "The bridge will open before the winter. We have worked every night",
                  "Lena Ostra", sentence=1, speaker_mention="Mayor Lena Ostra",
                  start=first.start + 1, end=second.end - 1)  # fmt: skip
    group = QuoteGroup("Q1", "Lena Ostra", [Citation("a0", quote.text, 1)])
    v = Verifier([article], [group], quotes=[quote])
    unit = Unit(0, "a0", first.text, "en", 1)
    assert v.named(unit, first.text) == '[Lena Ostra:] "The bridge will open before the winter.'
    # a sentence the quotation runs on into has the same speaker
    later = Unit(1, "a0", second.text, "en", 2)
    assert v.named(later, second.text).startswith("[Lena Ostra:] ")
    # words outside the quotation: nothing to add in front
    said = Unit(0, "a0", '"It opens soon," the mayor said.', "en", 1)
    assert v.named(said, said.text) == said.text
    # ... but a closing note of the dossier's is none of the outlet's words
    cut = '"The bridge will open before the winter …" (One outlet quotes this differently.)'
    assert v.named(unit, cut) == "[Lena Ostra:] " + cut


def test_a_sentence_that_states_a_quotation_in_other_words_is_marked_loose() -> None:
    words = "We will have the Tarn bridge open again before the winter"
    articles = [
        make_article("a0", f'"{words}," Mayor Ostra said.'),
        make_article("a1", f'"{words}," Ostra told reporters.'),
        make_article("a2", "Ostra said repairs on the Tarn bridge should end before the cold months."),
        make_article("a3", "Ostra a promis la réouverture du pont du Tarn avant l'hiver.", "fr"),
    ]
    quotes = [Quote(a, words, "Ostra", sentence=0) for a in ("a0", "a1")]
    groups = [
        QuoteGroup("Q1", "Ostra", [Citation(q.article_id, q.text, 0) for q in quotes]),
        QuoteGroup("Q2", "Ostra", [Citation("a2", "the repairs are on time", 3)]),
        QuoteGroup("Q3", "Ostra", [Citation("a3", "les travaux avancent", 3)]),
    ]
    us = units(articles)
    check = Verifier(articles, groups, quotes=quotes).check(us[0], us)
    # a1 quotes the words; a2 states them only in its own words, which the summary then
    # cites only for a close paraphrase; across languages words tell nothing either way
    assert sorted(check.agree) == [0, 1, 2, 3] and check.loose == [2]


def test_no_dissent_is_named_for_the_figure_most_outlets_give() -> None:
    articles = [
        make_article("a", "The agency AFAD measured the Velmar earthquake at magnitude 7.4."),
        make_article("b", "AFAD also put the Velmar earthquake at magnitude 7.4 on Monday."),
        make_article("c", "The Velmar earthquake had a magnitude of 7.8, seismologists said."),
        *(
            make_article(k, f"A magnitude 7.8 earthquake struck Velmar {when}.")
            for k, when in (("d", "at dawn"), ("e", "on Monday"), ("f", "before sunrise"))
        ),
    ]
    check = check_first(articles[:3] + articles[3:])
    # c gives the figure four outlets give: not cited for 7.4, and not "one outlet: 7.8"
    assert 2 not in check.agree and 2 not in [r for r, _ in check.differ]
    assert 1 in check.agree
    # with only c giving 7.8, it is the one outlet that differs
    assert [r for r, _ in check_first(articles[:3]).differ] == [2]


def test_a_detail_list_filled_otherwise_is_a_dissent_named_after_the_sentence() -> None:
    from newsweave.embed import get_embedder

    articles = numbered(
        [
            "Velmar depends heavily on its neighbour Oread for cheap grain, oil and loans.",
            "Velmar depends heavily on its neighbour Oread for timber and grain supplies.",
            "Velmar depends heavily on its neighbour Oread for cheap grain, oil and credit.",
            "Velmar depends heavily on its neighbour Oread for cheap grain and oil.",
        ]
    )
    us = units(articles)
    check = Verifier(articles, embedder=get_embedder()).check(us[0], us)
    # "credit" says "loans" in other words; "timber" is another thing; a list without
    # "loans" does not state it
    assert check.agree == [0, 2]
    ((row, reason),) = check.differ
    assert row == 1 and reason.startswith("detail:")
    assert dissent_note(us[0].text, [reason]).endswith(
        "grain, oil and loans (one outlet: timber and grain)."
    )
    # without an embedder, items cannot be compared by meaning: no dissent is named
    assert Verifier(articles).check(us[0], us).differ == []
    # a machine translation's items are a machine's words for them: not cited, no dissent
    articles[1].machine_translated = True
    check = Verifier(articles, embedder=get_embedder()).check(us[0], us)
    assert check.agree == [0, 2] and check.differ == []


def test_an_item_named_outside_the_other_list_is_stated() -> None:
    from newsweave.embed import get_embedder

    articles = numbered(
        [
            "The grant from Oread will pay for a new quay and for cranes in the port of Velmar.",
            "The grant from Oread will build a new quay and install cranes in the port of Velmar.",
        ]
    )
    us = units(articles)
    # "quay and install" reads as a list, but the second sentence names the cranes too
    check = Verifier(articles, embedder=get_embedder()).check(us[0], us)
    assert check.agree == [0, 1] and check.differ == []


def test_another_rank_of_an_achievement_is_a_dissent_and_no_rank_is_not_cited() -> None:
    """"the first rider ever to win" is disputed by "the second rider to win", and not
    stated by a sentence that tells the win without its rank."""
    articles = [
        make_article(
            "a", "Ilse Marten became the first rider ever to win the Korvo hill race twice."
        ),
        make_article("b", "Ilse Marten became the second rider to win the Korvo hill race twice."),
        make_article("c", "Ilse Marten won the Korvo hill race again on Sunday afternoon."),
        make_article(
            "d", "Marten is now the first rider ever to win the Korvo hill race two times."
        ),
    ]
    check = check_first(articles)
    assert sorted(check.agree) == [0, 3]
    assert [r for r, _ in check.differ] == [1]
    assert "(one outlet: second rider to win)" in dissent_note(
        articles[0].sentences[0].text, [why for _, why in check.differ]
    )


def test_a_rank_is_not_stated_by_a_count_of_the_same_value() -> None:
    """"one" of a count is not the "first" of a rank, though both are worth 1."""
    articles = [
        make_article(
            "a", "Ilse Marten became the first rider ever to win the Korvo hill race twice."
        ),
        make_article("b", "Ilse Marten, one of the Borsk riders, won the Korvo hill race twice."),
    ]
    assert check_first(articles).agree == [0]


def test_a_figure_spelled_out_states_it_and_a_partial_one_does_not() -> None:
    # "trois cents" and "dreihundert" state "300"; "no one" is nobody, not a second figure
    articles = [
        make_article("en", "Some 300 workers were evacuated and no one was injured, police said."),
        make_article(
            "fr", "Environ trois cents ouvriers ont été évacués et personne n'a été blessé.", "fr"
        ),
        make_article("es", "Unos trescientos trabajadores fueron evacuados, según la policía.", "es"),
        make_article("de", "Rund fünfhundert Arbeiter wurden evakuiert, sagte die Polizei.", "de"),
    ]
    check = check_first(articles)
    assert sorted(check.agree) == [0, 1, 2]
    # a sentence stating one of two figures in words is not cited for both
    pair = [
        make_article("a", "The 300 workers left at 2 p.m. after the alarm sounded."),
        make_article("b", "Trois cents ouvriers sont partis après l'alarme.", "fr"),
    ]
    assert check_first(pair).agree == [0]


def test_a_part_of_a_whole_that_differs_is_a_dissent_though_the_whole_agrees() -> None:
    articles = [
        make_article("en", "The plan was backed by five of the seven council members in Orvik."),
        make_article("es", "El plan fue respaldado por seis de los siete concejales de Orvik.", "es"),
        make_article("fr", "Le plan a été approuvé par cinq des sept conseillers d'Orvik.", "fr"),
    ]
    check = check_first(articles)
    assert sorted(check.agree) == [0, 2]
    # after "five"; a word of another language in the wording's words, as "five" is written
    assert [(r, why) for r, why in check.differ] == [(1, "number:27:six")]


def test_an_outlet_saying_the_rate_went_down_is_not_cited_for_up() -> None:
    articles = [
        make_article("en", "The Orvik central bank raised its main rate to 4.5 percent on Thursday."),
        make_article("es", "El banco central de Orvik bajó el jueves su tipo principal al 4,5 %.", "es"),
        make_article("fr", "La banque centrale d'Orvik a relevé jeudi son taux principal à 4,5 %.", "fr"),
        make_article("en2", "The Orvik central bank cut its main rate to 4.5 percent on Thursday."),
    ]
    check = check_first(articles)
    assert sorted(check.agree) == [0, 2]
    # in one language the other direction is a dissent; across languages, not cited
    assert [r for r, _ in check.differ] == [3]


def test_a_note_never_goes_inside_a_quotation() -> None:
    said = '"This is the worst storm our region has seen in 30 years," Tomas Kreel said.'
    end = said.index("30 years") + len("30 years")
    assert dissent_note(said, [f"number:{end}:20"]) == (
        '"This is the worst storm our region has seen in 30 years," (one outlet: 20) Tomas '
        "Kreel said."
    )


def test_a_share_is_stated_as_a_fraction_or_a_percent_and_another_share_differs() -> None:
    articles = [
        make_article("en", "Two-thirds of Orvik's council voted for the new bridge."),
        make_article("fr", "Les deux tiers du conseil d'Orvik ont voté pour le nouveau pont.", "fr"),
        make_article("en2", "Some 67% of Orvik's council voted for the new bridge."),
        make_article("en3", "Half of Orvik's council voted for the new bridge."),
    ]
    check = check_first(articles)
    assert sorted(check.agree) == [0, 1, 2]
    assert [r for r, _ in check.differ] == [3]


def test_a_figure_under_another_scale_word_states_it_only_when_equal() -> None:
    # "1.200 millones" is "1.2 billion"; "1,8 milliard" is within rounding of "1.75
    # billion" but is not the figure the reader checks
    articles = [
        make_article("en", "The Orvik court set the fine at $1.2 billion on Monday."),
        make_article("es", "El tribunal de Orvik fijó el lunes la multa en 1.200 millones de dólares.", "es"),
        make_article("fr", "Le tribunal d'Orvik a fixé lundi l'amende à 1,2 milliard de dollars.", "fr"),
    ]
    assert sorted(check_first(articles).agree) == [0, 1, 2]
    articles = [
        make_article("en", "Orvik Bank plans to raise $1.75 billion in new capital."),
        make_article("fr", "Orvik Bank prévoit de lever 1,8 milliard de dollars de capital.", "fr"),
    ]
    assert check_first(articles).agree == [0]


def test_an_outlet_saying_it_was_confirmed_is_not_cited_for_a_denial() -> None:
    articles = [
        make_article("en", "The Orvik mayor denied that the dam had been inspected before the flood."),
        make_article("fr", "Le maire d'Orvik a confirmé que le barrage avait été inspecté avant la crue.", "fr"),
        make_article("en2", "The Orvik mayor confirmed that the dam had been inspected before the flood."),
        make_article("es", "El alcalde de Orvik negó que la presa hubiera sido inspeccionada antes de la crecida.", "es"),
    ]
    check = check_first(articles)
    assert sorted(check.agree) == [0, 3]
    assert [r for r, _ in check.differ] == [2]  # across languages only not cited


def test_a_sentence_naming_another_place_is_not_cited_unless_its_article_names_this_one() -> None:
    articles = [
        make_article("en", "The fire broke out in a warehouse in Orvik's Tarsk district on Monday night."),
        make_article("en2", "The fire broke out in a warehouse in Orvik's Velmar district on Monday night."),
        make_article("en3", "A fire broke out in a warehouse in the Tarsk district of Orvik on Monday night."),
    ]
    assert check_first(articles).agree == [0, 2]  # and no dissent is named
    assert check_first(articles).differ == []
    # a capital for its country: the other article names the capital elsewhere
    capital = [
        make_article("a", "Peskov said plans to draw Minsk into the war were baseless."),
        make_article(
            "b", "Peskov said plans to draw Belarus into the war were baseless. Talks in Minsk went on."
        ),
    ]
    assert check_first(capital).agree == [0, 1]


def test_a_sentence_with_the_winner_and_the_loser_swapped_is_not_cited() -> None:
    articles = [
        make_article("en", "Orvik beat Velmar in the cup final on Sunday to win their first title."),
        make_article("en2", "Velmar beat Orvik in the cup final on Sunday to win their first title."),
        make_article("en3", "Orvik beat Velmar in Sunday's cup final to win their first title."),
    ]
    assert check_first(articles).agree == [0, 2]


def test_another_toll_beside_an_agreeing_figure_is_a_dissent_not_a_partial_citation() -> None:
    articles = [
        make_article("en", "Floods in Orvik have killed 23 people and displaced about 8,000, officials said."),
        make_article("es", "Las inundaciones en Orvik han dejado 32 muertos y 8.000 desplazados.", "es"),
        make_article("fr", "Les inondations ont fait 23 morts à Orvik et 8 000 déplacés.", "fr"),
    ]
    check = check_first(articles)
    assert sorted(check.agree) == [0, 2] and 1 not in check.partial
    assert [(r, why.split(":")[0]) for r, why in check.differ] == [(1, "number")]


def test_a_sentence_crediting_another_source_is_not_cited() -> None:
    articles = [
        make_article("en", "About 20,000 people took part in the march in Orvik, police said."),
        make_article("en2", "About 20,000 people took part in the march in Orvik, organisers said."),
        make_article("en3", "According to police, about 20,000 people took part in the Orvik march."),
    ]
    assert check_first(articles).agree == [0, 2]
    # a person named one way and described another is left to speaker matching
    person = [
        make_article("a", "The dam will hold until the spring, the head of the agency said."),
        make_article("b", "The dam will hold until the spring, Marsh said."),
    ]
    assert check_first(person).agree == [0, 1]


def test_miles_are_compared_as_kilometres_and_another_point_of_the_compass_differs() -> None:
    articles = [
        make_article("en", "The quake struck 24 km north of Orvik."),
        make_article("en2", "The quake struck 15 miles north of Orvik."),
        make_article("en3", "The quake struck 15 km north of Orvik."),
        make_article("en4", "The quake struck 24 km south of Orvik."),
        make_article("fr", "Le séisme a frappé à 24 km au sud d'Orvik.", "fr"),
    ]
    check = check_first(articles)
    assert sorted(check.agree) == [0, 1]
    assert sorted(r for r, _ in check.differ) == [2, 3]  # "15 km"; "south"
    # "North Korea" is a name, not a point of the compass
    named = [
        make_article("a", "Premier Halden met North Varish leader Oda Brenn in Orvik on Tuesday."),
        make_article("b", "Premier Halden met the North Varish leader Oda Brenn in Orvik on Tuesday."),
    ]
    assert check_first(named).agree == [0, 1]


def test_another_ordinal_count_is_a_dissent() -> None:
    articles = [
        make_article("en", "It was Orvik's third title in five years, the coach said."),
        make_article("en2", "It was Orvik's fourth title in five years, the coach said."),
        make_article("en3", "It was Orvik's third title in five years."),
    ]
    check = check_first(articles)
    assert sorted(check.agree) == [0, 2] and [r for r, _ in check.differ] == [1]


def test_an_ordinal_count_is_marked_partial_only_where_its_language_reads_ordinals() -> None:
    articles = [
        make_article("en", "The Orvik central bank raised its rate to 4.5%, its first increase in two years."),
        make_article("en2", "The Orvik central bank raised its rate to 4.5% on Thursday."),
        make_article("de", "Die Notenbank von Orvik erhöhte den Leitzins auf 4,5 %, die erste Erhöhung seit zwei Jahren.", "de"),
    ]
    check = check_first(articles)
    assert sorted(check.agree) == [0, 1, 2]
    assert 1 in check.partial and 2 not in check.partial  # German ordinals are not read


def test_decades_are_compared_as_years() -> None:
    articles = [
        make_article("en", "The river rose to its highest level in three decades."),
        make_article("fr", "Le fleuve a atteint son plus haut niveau depuis trente ans.", "fr"),
        make_article("de", "Der Fluss erreichte den höchsten Stand seit drei Jahrzehnten.", "de"),
        make_article("en2", "The river rose to its highest level in 30 years."),
        make_article("en3", "The river rose to its highest level in two decades."),
    ]
    check = check_first(articles)
    assert sorted(check.agree) == [0, 1, 2, 3]
    assert [r for r, _ in check.differ] == [4]


def test_figures_written_to_tenths_differ_by_a_tenth_not_by_a_share() -> None:
    articles = [
        make_article("en", "Hanna Veld won the election with 52.3% of the vote."),
        make_article("fr", "Hanna Veld a remporté l'élection avec 52,3 % des voix.", "fr"),
        make_article("es", "Hanna Veld ganó las elecciones con el 53,2 % de los votos.", "es"),
        make_article("en2", "Hanna Veld won the election with 52% of the vote."),
    ]
    check = check_first(articles)
    assert sorted(check.agree) == [0, 1]
    assert [r for r, _ in check.differ] == [2]  # 53.2: a tenth apart is no rounding
    # ... while a coarser figure still rounds the finer one, and is no dissent
    from newsweave.compare.numbers import find_quantities
    from newsweave.compare.values import contradicts, same_figure

    (x,) = find_quantities("a loss of 1.75% on its bonds", "en")
    (y,) = find_quantities("a loss of 1.8% on its bonds", "en")
    assert same_figure(x, y) and not contradicts(x, y)


def test_a_verb_one_outlet_negates_is_not_cited_wherever_it_stands() -> None:
    articles = numbered(
        [
            "Her rival, former prime minister Karl Amsel, conceded defeat in a speech in Trell.",
            "Karl Amsel, a former prime minister, refused to concede and said he would go to court.",
            "Karl Amsel didn't concede defeat in his speech in Trell.",
            "Karl Amsel, the former prime minister, conceded defeat in Trell.",
        ]
    )
    check = check_first(articles)
    assert sorted(check.agree) == [0, 3]
    assert check.differ == [] or all(r in (1, 2) for r, _ in check.differ)
    # a negation moved or on a noun is no negated verb
    moved = numbered(
        [
            "Aldoria has no wish to take over its neighbours, for us that doesn't make sense, he said.",
            "Aldoria has no wish to annex its neighbours, that would make no sense at all, he said.",
        ]
    )
    assert check_first(moved).agree == [0, 1]
    noun = numbered(
        [
            "The summit in Velmar broke up early without a deal on Thursday.",
            "The summit in Velmar broke up early with no deal on Thursday.",
        ]
    )
    assert check_first(noun).agree == [0, 1]


def test_the_one_count_of_each_sentence_is_compared_across_languages() -> None:
    # "emplois", "jobs", "empleos" cannot be compared as words; one count each, in digits,
    # in sentences of one fact, count one thing
    articles = [
        make_article("fr", "Norvex va supprimer 1 200 emplois, soit environ 8 % de ses effectifs.", "fr"),
        make_article("en", "Norvex will cut 1,200 jobs, about 8% of its workforce."),
        make_article("en2", "Norvex will cut 12,000 jobs, about 8% of its workforce."),
        make_article("es", "Norvex recortará 1.200 empleos, alrededor del 18% de su plantilla.", "es"),
    ]
    check = check_first(articles)
    assert sorted(check.agree) == [0, 1]
    assert [r for r, _ in check.differ] == [2]  # 12,000
    # 18% for "environ 8 %" beside the agreeing 1.200: not cited, though no dissent is named


def test_another_term_beside_an_agreeing_amount_is_not_cited() -> None:
    articles = numbered(
        [
            "A court sentenced Viktor Hale to 12 years in prison for taking bribes of 2.3 million euros.",
            "A court sentenced Viktor Hale to 21 years in prison for taking bribes of 2.3 million euros.",
            "A court sentenced Viktor Hale to 12 years in prison for taking bribes of 2.3 million euros.",
            # the moments of a match are many: another minute is no other figure for this one
        ]
    )
    assert sorted(check_first(articles).agree) == [0, 2]


def test_an_economy_that_shrank_is_not_cited_for_one_that_grew() -> None:
    articles = [
        make_article("en", "Orsk's economy grew 2.1% in the third quarter, the statistics office said."),
        make_article("en2", "Orsk's economy shrank 2.1% in the third quarter, the statistics office said."),
        make_article("de", "Die Wirtschaft von Orsk schrumpfte im dritten Quartal um 2,1 Prozent.", "de"),
        make_article("en3", "Orsk's economy expanded 2.1% in the third quarter, the statistics office said."),
        make_article("fr", "L'économie d'Orsk s'est contractée de 2,1 % au troisième trimestre.", "fr"),
    ]
    check = check_first(articles)
    assert sorted(check.agree) == [0, 3]
    assert [r for r, _ in check.differ] == [1]


def test_an_outlet_giving_another_count_elsewhere_is_no_witness_for_it() -> None:
    from newsweave.compare.numbers import find_quantities
    from newsweave.model import Divergence
    from newsweave.summarize.stated import StatedFigures

    # jobs are a count compared across languages and facts ("1.500 Stellen" / "15,000 jobs")
    (q,) = find_quantities("Im Werk sollen 1.500 Stellen wegfallen.", "de")
    assert q.context == "jobs"
    articles = [
        make_article("a", "Valdor Motors will cut 15,000 jobs at its Ostrava plant after profit fell 12% to $2.4 billion."),
        make_article("b", "Valdor Motors said its profit fell 12% to $2.4 billion. It will cut 1,500 jobs at its Ostrava plant."),
        make_article("c", "Der Gewinn von Valdor Motors sank um 12 Prozent auf 2,4 Milliarden Dollar. Im Werk Ostrava sollen 1.500 Stellen wegfallen.", "de"),
    ]
    jobs = Divergence(
        kind="number",
        description="Figures differ (number of jobs)",
        variants=[Citation("a", articles[0].sentences[0].text, 0)]
        + [Citation(a.id, a.sentences[1].text, 1) for a in articles[1:]],
        odd_one_out="a",
    )
    wording, *others = units(articles)
    assert StatedFigures(articles, [jobs]).gives_other("b", find_quantities(wording.text, "en")[0])
    check = Verifier(articles, divergences=[jobs]).check(wording, [wording, *others])
    # b and c state the profit in the sentence, and 1,500 jobs in the next one: "will cut
    # 15,000 jobs (one outlet)" cited them for a count their articles give otherwise
    assert check.agree == [wording.row]
    # without the divergence the count is only left out, as before
    partial = Verifier(articles).check(wording, [wording, *others])
    assert sorted(partial.partial) == [u.row for u in others]


def test_the_odd_wording_of_a_quote_witnesses_no_paraphrase_of_it() -> None:
    articles = [
        make_article("a", "Lena Ostra ruled out any coalition with the far right in a speech in Vestra."),
        make_article("b", '"We will not form a coalition with the far right," Ostra told supporters.'),
        make_article("c", '"We will not form any coalition with the far right," Ostra said in Vestra.'),
        make_article("d", '"Wir werden eine Koalition mit den Rechtsextremen bilden", sagte Ostra.', "de"),
    ]
    group = QuoteGroup(
        id="Q1",
        speaker="Lena Ostra",
        variants=[Citation(a.id, a.sentences[0].text.split('"')[1], 0) for a in articles[1:]],
        divergent=True,
        odd_one_out="d",
    )
    us = units(articles)
    # the paraphrase is in no quote group: the German outlet, whose quote says the party
    # will form the coalition, was cited for "ruled out any coalition"
    check = Verifier(articles, [group]).check(us[0], us)
    assert 3 not in check.agree


def test_a_note_on_a_figure_goes_after_the_compound_it_opens() -> None:
    articles = [
        make_article("a", "A three-day rail strike began in Veland on Monday, the operator said."),
        make_article("b", "Une grève de trois jours a débuté lundi dans les chemins de fer du Veland.", "fr"),
        make_article("c", "A four-day rail strike began in Veland on Monday, the operator said."),
    ]
    check = check_first(articles)
    # "A three (one outlet: four)-day rail strike": the note split the word
    assert [(r, why) for r, why in check.differ] == [(2, "number:11:four")]  # after "three-day"


def test_no_one_killed_disputes_two_killed() -> None:
    articles = [
        make_article("a", "A road bridge collapsed in Kolm on Friday, killing two workers and injuring five."),
        make_article("b", "A road bridge collapsed in Kolm on Friday, but no one was killed and five were injured."),
        make_article("c", "Un pont s'est effondré vendredi à Kolm, tuant deux ouvriers et en blessant cinq.", "fr"),
    ]
    check = check_first(articles)
    # "no one was killed" is a toll of zero: b is no witness for two dead, it disputes it
    # (the injured five were read as the dead before: "killing two workers and injuring five")
    assert 1 not in check.agree and [r for r, _ in check.differ] == [1]
    assert 2 in check.agree


def test_another_players_minute_is_no_dissent() -> None:
    articles = [
        make_article("a", "Tomas Reyes put Harlow ahead in the 34th minute before Ola Berg equalised after the break."),
        make_article("b", "Ola Berg had equalised for Dunmore after the break, but Kai Lund struck in the 86th minute."),
        make_article("c", "Tomas Reyes gave Harlow the lead in the 34th minute, and Ola Berg equalised after the break."),
    ]
    check = check_first(articles)
    # "the 34th minute (one outlet: 86th minute)": b's minute is Lund's winner, not Reyes's goal
    assert not check.differ and 1 not in check.agree
    # the same player's goal at another minute still disputes it
    articles[1] = make_article("b", "Tomas Reyes put Harlow ahead in the 36th minute before Ola Berg equalised after the break.")
    assert [r for r, _ in check_first(articles).differ] == [1]


def test_a_sum_of_another_thing_beside_an_agreeing_figure_is_no_dissent() -> None:
    from newsweave.summarize.verify import Unit, Verifier

    # a price per share and the deal's value share the premium: two sums, not two versions
    a = "Helvion will pay $31 a share, a premium of 38% on Friday's close."
    b = "The offer values Norsk Batteri at $4.2bn, a premium of 38% on Friday's close."
    v = Verifier([make_article("a", a), make_article("b", b)])
    reason = v.figure_reason(Unit(0, "a", a, "en", 0), Unit(1, "b", b, "en", 0))
    assert not (reason or "").startswith("number:")


def test_a_statement_of_what_was_denied_is_no_witness_of_the_denial() -> None:
    from newsweave.summarize.verify import NOT_STATED, Unit, Verifier

    denied = "The Velmar defence ministry denied that its troops had crossed the border into Orvik."
    crossed = "Velmar troops crossed the border into Orvik on Friday, the army said."
    rejected = "Velmar rejected claims that its troops had crossed the border into Orvik."
    v = Verifier([make_article(k, t) for k, t in (("a", denied), ("b", crossed), ("c", rejected))])
    unit = {k: Unit(i, k, t, "en", 0) for i, (k, t) in enumerate((("a", denied), ("b", crossed), ("c", rejected)))}
    assert v.claim_reason(unit["a"], unit["b"]) == NOT_STATED
    assert v.claim_reason(unit["a"], unit["c"]) is None  # a rejection is a denial too


def test_a_possibility_is_no_witness_for_a_certainty() -> None:
    from newsweave.summarize.verify import NOT_STATED, Unit, Verifier

    will = "The Orvik steel plant will close next year, the company said."
    may = "The Orvik steel plant may close next year, the company said."
    fr = "L'aciérie d'Orvik pourrait fermer l'an prochain, selon l'entreprise."
    later = "The Orvik steel plant will close next year, fuelling fears that the port may shut too."
    texts = (("a", will, "en"), ("b", may, "en"), ("c", fr, "fr"), ("d", later, "en"))
    v = Verifier([make_article(k, t, lang) for k, t, lang in texts])
    unit = {k: Unit(i, k, t, lang, 0) for i, (k, t, lang) in enumerate(texts)}
    assert v.claim_reason(unit["a"], unit["b"]) == NOT_STATED
    assert v.claim_reason(unit["a"], unit["c"]) == NOT_STATED
    # a later clause's "may" leaves the statement certain
    assert v.claim_reason(unit["a"], unit["d"]) is None


def test_a_condition_is_no_witness_for_a_certainty() -> None:
    from newsweave.summarize.verify import NOT_STATED, Unit, Verifier

    will = "Velmar Motors will cut 1,800 jobs at its Orvik plant by 2029, the company said."
    cond = "Velmar Motors could cut up to 1,800 jobs at its Orvik plant if talks with unions fail."
    first = "If talks fail, Velmar Motors will cut 1,800 jobs at its Orvik plant."
    de = "Falls die Gespräche scheitern, streicht Velmar Motors in Orvik 1800 Stellen."
    texts = (("a", will, "en"), ("b", cond, "en"), ("c", first, "en"), ("d", de, "de"))
    v = Verifier([make_article(k, t, lang) for k, t, lang in texts])
    unit = {k: Unit(i, k, t, lang, 0) for i, (k, t, lang) in enumerate(texts)}
    for other in "bcd":
        assert v.claim_reason(unit["a"], unit[other]) == NOT_STATED
    assert v.claim_reason(unit["b"], unit["c"]) is None  # two conditions
    # hedges are read in the sentence's language: French "si" is "so" as often as "if"
    from newsweave.compare.claims import hedged

    assert hedged("Si las negociaciones fracasan, Velmar recortará 1.800 empleos.", "es")
    assert not hedged("La secousse, si forte qu'on l'a sentie jusqu'à Orvik, a tué deux habitants.", "fr")


def test_the_day_of_the_deed_is_checked_not_the_day_it_was_said() -> None:
    from newsweave.summarize.verify import NOT_STATED, Unit, Verifier

    will = "The Orvik bridge will reopen to traffic on Friday, the roads agency said on Monday."
    done = "The Orvik bridge reopened to traffic on Monday after eight months of repairs."
    said = "The roads agency said on Monday that the Orvik bridge would reopen soon."
    texts = (("a", will), ("b", done), ("c", said))
    v = Verifier([make_article(k, t, published="2026-05-04") for k, t in texts])
    unit = {k: Unit(i, k, t, "en", 0) for i, (k, t) in enumerate(texts)}
    assert v.date_reason(unit["a"], unit["b"]) == NOT_STATED  # Friday's reopening, not Monday's
    assert v.date_reason(unit["a"], unit["c"]) is None  # both tell Monday's saying


def test_an_allegation_is_no_witness_for_the_deed() -> None:
    from newsweave.compare.claims import hedged

    assert hedged("Orvik mayor Piet Laan allegedly took bribes worth 400,000 euros.", "en")
    assert hedged("Der Bürgermeister hat mutmaßlich Bestechungsgelder angenommen.", "de")
    # "reportedly", French "aurait": attributed, as "said" is, not a possibility
    assert not hedged("The quake reportedly caused a small tsunami on Samos.", "en")
    assert not hedged("La crue aurait tué au moins 4 personnes selon un élu du canton.", "fr")


def test_a_figure_given_to_another_person_is_not_stated() -> None:
    from newsweave.compare.claims import other_holder

    won = "Centrist Ana Lind won the presidential run-off on Sunday with 52.3% of the vote, beating Erik Sand."
    other = "Nationalist Erik Sand won the presidential run-off on Sunday with 52.3% of the vote, ahead of Ana Lind."
    fr = "La centriste Ana Lind a remporté dimanche le second tour avec 52,3 % des voix, contre Erik Sand."
    assert other_holder(other, "en", fr, "fr") and other_holder(won, "en", other, "en")
    assert not other_holder(won, "en", fr, "fr")  # the same person
    assert not other_holder(other, "en", "Erik Sand conceded defeat late on Sunday.", "en")  # no figure
    # a subject named after a place, a score told from the loser's side: the same deed
    mayor = "Former Tessa mayor Pavel Rusk was sentenced on Friday for embezzling 2.4 million euros."
    assert not other_holder(mayor, "en", "L'ancien maire de Tessa Pavel Rusk a détourné 2,4 millions d'euros.", "fr")
    won = "Harlow City beat Dunmore Rovers 2-1 in the cup final on Saturday."
    assert not other_holder(won, "en", "Dunmore Rovers lost 1-2 to Harlow City in Saturday's cup final.", "en")


def test_two_minute_lists_apart_in_one_goal_name_the_other_minute() -> None:
    from newsweave.summarize.verify import NOT_STATED, Unit, Verifier

    en = "Striker Jonas Berg scored twice, in the 23rd and 67th minutes."
    fr = "L'attaquant Jonas Berg a marqué un doublé, aux 23e et 67e minutes."
    de = "Stürmer Jonas Berg traf in der 23. und 76. Minute."
    texts = (("en", en, "en"), ("fr", fr, "fr"), ("de", de, "de"))
    v = Verifier([make_article(k, t, lang) for k, t, lang in texts])
    unit = {k: Unit(i, k, t, lang, 0) for i, (k, t, lang) in enumerate(texts)}
    assert (v.figure_reason(unit["en"], unit["de"]) or "").startswith("number:")
    assert "76" in (v.figure_reason(unit["en"], unit["de"]) or "")
    # the minority's list cites nobody who gives the other minute
    assert v.figure_reason(unit["de"], unit["en"]) == NOT_STATED


def test_an_article_reporting_the_quote_inverted_is_not_cited_for_it_by_another_sentence() -> None:
    said = [
        '"Tarnland will never leave the alliance," President Olsen said in Kessla on Thursday.',
        '"Tarnland will never leave the alliance," Olsen told reporters in Kessla on Thursday.',
        "Velmar's leader met President Olsen in Kessla on Thursday. Olsen said Tarnland could leave the alliance.",
    ]
    articles = numbered(said)
    quotes = [Quote(a.id, "Tarnland will never leave the alliance", "Olsen", sentence=0) for a in articles[:2]]
    quotes.append(Quote("a2", "Tarnland could leave the alliance", "Olsen", None, False, 1))
    group = QuoteGroup(
        "Q1", "Olsen", [Citation(q.article_id, q.text, q.sentence) for q in quotes],
        divergent=True, apart=[["a0", "a2"], ["a1", "a2"]],
    )
    us = units(articles)  # a2's first sentence: the meeting, no quotation
    check = Verifier(articles, [group], quotes=quotes).check(us[0], us)
    assert 1 in check.agree and 2 not in check.agree


def test_a_dissent_of_another_day_is_named_with_its_day() -> None:
    from newsweave.summarize.verify import Unit, Verifier

    now = make_article("a", "Four miners are still missing after the Kessla mine collapse.", published="2026-10-06")
    before = make_article("b", "Fifteen miners are still missing after the Kessla mine collapse.", published="2026-10-05")
    same = make_article("c", "Twelve miners are still missing after the Kessla mine collapse.", published="2026-10-06")
    v = Verifier([now, before, same])
    u = [Unit(k, x.id, x.sentences[0].text, "en", 0) for k, x in enumerate((now, before, same))]
    assert v.figure_reason(u[0], u[1]) == "number:4:Fifteen|-1|5 October"
    # the days apart in words: "5 October" would add two figures no cited outlet gives
    assert dissent_note(now.text, ["number:4:Fifteen|-1|5 October"]).startswith("Four (one outlet, a day earlier: Fifteen)")
    assert dissent_note(now.text, ["number:4:Fifteen|3|9 October"]).startswith("Four (one outlet, three days later: Fifteen)")
    assert dissent_note(now.text, ["number:4:Fifteen|-30|6 September"]).startswith("Four (one outlet, 6 September: Fifteen)")
    assert dissent_note(now.text, ["number:4:Fifteen", "number:4:Eleven"]).startswith("Four (one outlet: Fifteen; one outlet: Eleven)")
    assert "(two outlets: Fifteen)" in dissent_note(now.text, ["number:4:Fifteen", "number:4:Fifteen"])
    assert v.figure_reason(u[0], u[2]) == "number:4:Twelve"
    # an undated report is read at the others' date for its relative days, but is no
    # report "of another day": its dissent is named without one
    undated = make_article("d", "Eleven miners are still missing after the Kessla mine collapse.")
    v = Verifier([before, now, undated])  # the undated one read on 5 October, the first date
    u = [Unit(k, x.id, x.sentences[0].text, "en", 0) for k, x in enumerate((now, before, undated))]
    assert v.figure_reason(u[0], u[2]) == "number:4:Eleven"


def test_a_plan_is_no_witness_for_the_deed_done() -> None:
    from newsweave.compare.claims import tense
    from newsweave.summarize.verify import NOT_STATED, Unit, Verifier

    plan = "Velcor plans to close its Orla plant next year, cutting 600 jobs, the company said."
    done = "Velcor has closed its Orla plant, cutting 600 jobs."
    fr = "Velcor va fermer son usine d'Orla l'an prochain, supprimant 600 emplois."
    texts = (("a", plan, "en"), ("b", done, "en"), ("c", fr, "fr"))
    v = Verifier([make_article(k, t, lang) for k, t, lang in texts])
    unit = {k: Unit(i, k, t, lang, 0) for i, (k, t, lang) in enumerate(texts)}
    assert v.claim_reason(unit["a"], unit["b"]) == NOT_STATED
    assert v.claim_reason(unit["a"], unit["c"]) is None  # both look ahead
    assert (tense(plan, "en"), tense(done, "en"), tense("The plant is large.", "en")) == ("ahead", "done", None)
    # a speech verb's past is no deed: "a annoncé qu'il ferait appel" still looks ahead
    assert tense("Son avocat a annoncé qu'il ferait appel.", "fr") != "done"
    assert tense("Velcor a fermé son usine d'Orla.", "fr") == "done"


def test_a_dissenting_bound_keeps_its_qualifier() -> None:
    from newsweave.compare.numbers import find_quantities
    from newsweave.compare.values import shown

    (more,) = find_quantities("Die Fähre hatte mehr als 170 Menschen an Bord.", "de")
    (about,) = find_quantities("Une vingtaine de personnes ont été secourues.", "fr")
    assert shown(more, False) == "more than 170" and shown(about, False) == "about 20"


def test_bounds_apart_on_one_number_are_no_witness() -> None:
    from newsweave.summarize.verify import NOT_STATED, Unit, Verifier

    nearly = "Nearly 100 people were hurt when a stand gave way at the Orla stadium on Sunday."
    over = "Plus de 100 personnes ont été blessées dimanche au stade d'Orla."
    v = Verifier([make_article("a", nearly), make_article("b", over, "fr")])
    assert v.figure_reason(Unit(0, "a", nearly, "en", 0), Unit(1, "b", over, "fr", 0)) == NOT_STATED


def test_another_rank_beside_an_agreeing_figure_is_a_dissent() -> None:
    from newsweave.summarize.verify import Unit, Verifier

    second = "It was the second such accident at the Orla ground in five years."
    third = "It was the third such accident at the Orla ground in five years."
    v = Verifier([make_article("a", second), make_article("b", third), make_article("c", second)])
    reason = v.figure_reason(Unit(0, "a", second, "en", 0), Unit(1, "b", third, "en", 0)) or ""
    assert reason.startswith("number:") and "third" in reason


def test_a_list_item_another_language_leaves_out_is_not_stated() -> None:
    from helpers import make_article as article
    from newsweave.embed import get_embedder

    articles = [
        article("en", "Police fired tear gas and rubber bullets at protesters in Danport on Saturday."),
        article("de", "Die Polizei hat am Samstag in Danport Tränengas gegen Demonstranten eingesetzt.", "de"),
        article("fr", "La police a tiré samedi des gaz lacrymogènes et des balles en caoutchouc sur des manifestants à Danport.", "fr"),
    ]  # fmt: skip
    us = units(articles)
    check = Verifier(articles, embedder=get_embedder()).check(us[0], us)
    # the German report names the tear gas alone: it is not cited for the rubber bullets
    assert check.agree == [0, 2] and check.differ == []


def test_a_list_worded_otherwise_in_another_language_is_still_stated() -> None:
    from helpers import make_article as article
    from newsweave.embed import get_embedder

    articles = [
        article("en", "The grant will pay for a new spillway and for sensors in the Orla dam."),
        article("de", "Mit dem Geld sollen eine neue Hochwasserentlastung gebaut und Sensoren im Damm von Orla installiert werden.", "de"),
        article("es", "La policía usó gas lacrimógeno en Orla.", "es"),
    ]  # fmt: skip
    us = units(articles)
    check = Verifier(articles, embedder=get_embedder()).check(us[0], us[:2])
    # "Hochwasserentlastung" is far from "spillway" by the cosine, but the German sentence
    # lists two items of its own: nothing is called missing
    assert check.agree == [0, 1]


def test_an_intention_is_no_witness_for_the_deed() -> None:
    check = check_first(
        numbered(
            [
                "Transport Minister Ilse Varga offered to resign on Monday over the rail chaos.",
                "Transport Minister Ilse Varga resigned on Monday over the rail chaos.",
                "Transport Minister Ilse Varga offered her resignation on Monday over the rail chaos.",
            ]
        )
    )
    assert check.agree == [0, 2] and check.differ == []
    fr = [
        make_article("a", "La ministre Ilse Varga a proposé lundi sa démission.", lang="fr"),
        make_article("b", "La ministre Ilse Varga a démissionné lundi.", lang="fr"),
    ]
    us = [Unit(k, x.id, x.sentences[0].text, "fr", 0) for k, x in enumerate(fr)]
    assert Verifier(fr).check(us[0], us).agree == [0]


def test_a_part_of_a_whole_is_no_witness_for_the_whole() -> None:
    articles = [
        make_article("a", "Rebels in Karsa freed all 40 hostages on Thursday."),
        make_article("b", "Rebels in Karsa freed 24 of the 40 hostages on Thursday."),
        make_article("c", "Des rebelles ont libéré jeudi à Karsa 24 des 40 otages.", "fr"),
        make_article("d", "The remaining 16 hostages in Karsa are still held."),
    ]
    check = check_first(articles)
    assert check.agree == [0]


def test_a_figure_given_to_the_other_name_is_not_stated() -> None:
    check = check_first(
        numbered(
            [
                "Pellin shares jumped 28% on the news, while Halvard shares fell 4%.",
                "Halvard shares jumped 28% on the news.",
                "Pellin shares jumped 28% after the deal was announced.",
            ]
        )
    )
    assert check.agree == [0, 2]


def test_a_start_told_done_is_not_stated_by_one_to_come() -> None:
    check = check_first(
        numbered(
            [
                "The truce between Tarsk and Velm began on Tuesday, mediators said.",
                "The truce between Tarsk and Velm will start on Thursday, mediators said.",
                "The truce between Tarsk and Velm started on Tuesday, the mediators said.",
            ]
        )
    )
    assert check.agree == [0, 2]


def test_a_count_of_another_thing_does_not_state_the_toll() -> None:
    check = check_first(
        numbered(
            [
                "Twelve people died, including three children, when fire swept through a block in Orla.",
                "Three people died when fire swept through a block in Orla.",
                "Twelve people died when fire swept through a block in Orla, three of them children.",
            ]
        )
    )
    assert 1 not in check.agree


def test_a_plea_is_no_verdict() -> None:
    from helpers import make_article as article

    articles = [
        article("en", "Former banker Lina Holt pleaded not guilty on Monday to fraud charges in Velm."),
        article("en2", "Former banker Lina Holt was found not guilty of fraud on Monday in Velm."),
        article("fr", "L'ancienne banquière Lina Holt a plaidé non coupable lundi des accusations de fraude à Velm.", "fr"),
    ]
    us = units(articles)
    assert Verifier(articles).check(us[0], us).agree == [0, 2]


def test_an_event_called_off_is_not_stated_by_one_that_began() -> None:
    from helpers import make_article as article

    articles = [
        article("en", "Unions called off a metro strike planned for Monday in Velm after a pay deal."),
        article("en2", "A metro strike began in Velm on Monday, leaving commuters stranded."),
        article("de", "Die Gewerkschaften haben den für Montag geplanten Metro-Streik in Velm abgesagt.", "de"),
    ]
    us = units(articles)
    assert Verifier(articles).check(us[0], us).agree == [0, 2]


def test_people_rescued_are_not_stated_by_people_still_trapped() -> None:
    check = check_first(
        numbered(
            [
                "All 33 miners trapped in the Karvo mine were rescued on Wednesday, officials said.",
                "Thirty-three miners remain trapped in the Karvo mine, officials said on Wednesday.",
                "The 33 miners trapped in the Karvo mine were brought to the surface on Wednesday.",
            ]
        )
    )
    assert 1 not in check.agree


def test_a_minister_who_resigned_is_not_stated_by_one_dismissed() -> None:
    from helpers import make_article as article

    articles = [
        article("en", "Transport Minister Ilse Varga resigned on Monday over the rail chaos."),
        article("en2", "Transport Minister Ilse Varga was sacked on Monday over the rail chaos."),
        article("fr", "La ministre des Transports Ilse Varga a été limogée lundi après le chaos ferroviaire.", "fr"),
        article("es", "La ministra de Transportes, Ilse Varga, dimitió el lunes por el caos ferroviario.", "es"),
    ]
    us = units(articles)
    check = Verifier(articles).check(us[0], us)
    assert check.agree == [0, 3] and [r for r, _ in check.differ] == [1]


def test_a_fire_under_control_is_not_stated_by_one_still_burning() -> None:
    check = check_first(
        numbered(
            [
                "The fire at the Orla depot was brought under control on Tuesday, firefighters said.",
                "The fire at the Orla depot is still burning, firefighters said on Tuesday.",
                "Firefighters said the fire at the Orla depot had been extinguished on Tuesday.",
            ]
        )
    )
    assert check.agree == [0, 2]


def test_suspects_released_are_not_stated_by_suspects_charged() -> None:
    from helpers import make_article as article

    articles = [
        article("it", "I due uomini fermati martedì per il furto al museo di Orla sono stati rilasciati senza accuse.", "it"),
        article("en", "The two men detained on Tuesday over the Orla museum theft were released without charge.", "en"),
        article("de", "Die beiden am Dienstag nach dem Diebstahl im Museum von Orla festgenommenen Männer wurden angeklagt.", "de"),
        article("fr", "Les deux hommes interpellés mardi après le vol au musée d'Orla ont été relâchés sans poursuites.", "fr"),
    ]
    us = units(articles)
    check = Verifier(articles).check(us[1], us)
    assert 2 not in check.agree and {0, 1, 3} <= set(check.agree)


def test_a_count_of_votes_is_disputed_by_another_count_of_votes_in_another_language() -> None:
    """"79 votes" / "77 voix": with the nouns pooled across languages the French count
    disputes the English one, though each sentence counts three things."""
    from helpers import make_article as article
    from newsweave.align.facts import align_facts
    from newsweave.compare.nouns import event_nouns
    from newsweave.embed import get_embedder

    articles = [
        article("en", "The motion won 79 votes in the Orla assembly, with 74 deputies against it."),
        article("fr", "La motion a recueilli 77 voix dans l'assemblée d'Orla, 74 députés ont voté contre.", "fr"),
        article("es", "La moción obtuvo 79 votos en la asamblea de Orla, con 74 diputados en contra.", "es"),
    ]
    nouns = event_nouns(align_facts(articles), articles, get_embedder())
    us = units(articles)
    plain = Verifier(articles).check(us[0], us)
    check = Verifier(articles, nouns=nouns).check(us[0], us)
    # votes are one count class in every language ("voix", "votos"): the map is not needed
    assert 1 not in plain.agree and [r for r, _ in plain.differ] == [1] and 2 in plain.agree
    assert 1 not in check.agree and [r for r, _ in check.differ] == [1] and 2 in check.agree



def test_a_thousands_slip_in_a_translation_is_no_dissent() -> None:
    # a machine translation keeps the Dutch "8.000" (eight thousand); read in English it
    # is 8: "(one outlet: 8.000)" beside "8.000" told the reader of a dissent nobody made
    articles = [
        make_article("en", "About 8.000 travellers are stranded abroad after the airline collapsed."),
        make_article("nl", "Ongeveer 8.000 reizigers zitten vast in het buitenland na het faillissement.", "nl"),
    ]
    check = check_first(articles)
    assert not check.differ


def test_will_is_not_cited_for_could() -> None:
    """A certainty is not what an outlet saying a possibility states, inside a quotation
    or out: '"We will stop the buses again if …"' is not cited to '"We could stop …"'."""
    articles = numbered(
        [
            'But she had a warning for the mayor: "We will stop the buses again if the city breaks its word".',
            'But she warned: "We could stop the buses again if the city breaks its word".',
            'Okoro warned that drivers could stop the buses again if the city broke its word.',
            'She said: "We will stop the buses again if the city breaks its word".',
        ]
    )
    check = check_first(articles)
    assert 3 in check.agree and 1 not in check.agree and 2 not in check.agree
    assert {r for r, _ in check.differ} == {1, 2}


def test_a_wire_and_its_copy_against_one_outlet_is_summarised_in_the_wires_wording() -> None:
    """A wire story and its syndicated copy are one witness, as is the one outlet that
    drops the "not": a tie of witnesses, but the quotation's odd wording is never the one
    the summary tells, and the dossier opens with what two witnesses state."""
    from newsweave.dossier import build_dossier

    wire = (
        "A cargo ship ran aground off Cape Selva early on Sunday, spilling about 300 tonnes "
        "of fuel oil along the coast, the coastguard said. All 18 crew members were lifted "
        'to safety by helicopter. "We do not believe the ship is at risk of breaking apart," '
        "said Marta Olsen, a spokeswoman for the owner, Brinemar Shipping."
    )
    arts = [
        Article(id="w1", text=wire, lang="en", outlet="wire.example"),
        Article(id="w2", text=wire, lang="en", outlet="copy.example"),
        Article(
            id="t",
            lang="en",
            outlet="tabloid.example",
            text=(
                "SHOCKING pictures show oil-soaked beaches at Cape Selva after a stricken cargo "
                "ship smashed into rocks late on Saturday night. A cargo ship ran aground off "
                "Cape Selva, spilling fuel oil along the coast. "
                '"We believe the ship is at risk of breaking apart," said Marta Olsen of '
                "Brinemar Shipping."
            ),
        ),
    ]
    from newsweave.text import annotate

    dossier = build_dossier([annotate(a) for a in arts])
    group = next(q for q in dossier.quotes if len(q.variants) == 3)
    assert group.divergent and group.odd_one_out == "t"
    item = next(s for s in dossier.summary if "breaking apart" in s.text)
    assert "do not believe" in item.text and "t" not in item.citations
    assert len(set(dossier.summary[0].citations)) >= 2


def test_an_outlet_stating_the_figure_itself_is_no_dissent_from_it() -> None:
    """The old record, 40.9, against a sentence of the new one, 41.6, whose article gives
    the old record too: two things it states, no outlet saying the old record was 41.6."""
    articles = numbered(
        [
            "The reading beat the previous all-time high of 40.9 degrees, set in 2014.",
            "The thermometer hit 41.6 degrees, the highest ever measured in the city. The previous record, 40.9 degrees, dated from 2014.",
            "The thermometer hit 41.6 degrees, the highest ever measured in the city.",
        ]
    )
    us = units(articles)
    v = Verifier(articles)
    assert not (v.figure_reason(us[0], us[1]) or "").startswith("number:")
    assert v.figure_reason(us[0], us[2]).startswith("number:")  # it says nothing of 40.9


def test_a_swap_of_two_shares_stays_a_dissent() -> None:
    """An outlet giving 61% of the vote and a turnout of 52% swaps the two: its 52% is no
    share of the vote, so "52% (one outlet: 61%) of the vote" stays."""
    articles = numbered(
        [
            "Ana Roel won the Tessby mayoral election on Sunday with 52% of the vote, results showed.",
            "Ana Roel was elected mayor of Tessby on Sunday with 61% of the vote. Turnout was 52%.",
        ]
    )
    us = units(articles)
    assert (Verifier(articles).figure_reason(us[0], us[1]) or "").startswith("number:")


def test_a_stored_amount_given_otherwise_beside_a_shared_time_is_no_witness() -> None:
    """"The fire broke out at about 4.40am in a hall holding some 30 tonnes" (one outlet)
    against "rund 300 Tonnen" / "zo'n 300 ton" at the same clock time: a measure the other
    outlets give otherwise (their time agreeing, the Dutch "4.40 uur" a clock time too) is
    not theirs to witness, nor "(two outlets)" of a figure they are said to leave out
    (their "about 300" is no "about 280 minutes" of the clock time, as figures of two
    kinds never are)."""
    from newsweave.compare.numbers import find_quantities
    from newsweave.model import Divergence

    assert [q.kind for q in find_quantities("Het vuur ontstond rond 4.40 uur in de loods.", "nl")] == ["time"]
    articles = [
        make_article("a", "The fire broke out at about 4.40am in a hall of the Varnex plant that held some 30 tonnes of solvents."),
        make_article("b", "Das Feuer brach gegen 4.40 Uhr in einer Halle des Werks Varnex aus, in der rund 300 Tonnen Lösungsmittel lagerten.", "de"),
        make_article("c", "Het vuur ontstond rond 4.40 uur in een loods van Varnex met zo'n 300 ton oplosmiddelen.", "nl"),
        make_article("d", "In the hall of Varnex lay some 300 tonnes of solvents."),
    ]
    tonnes = Divergence(
        kind="number",
        description="Figures differ (tonnes)",
        variants=[Citation(a.id, a.sentences[0].text, 0) for a in articles],
        odd_one_out="a",
    )
    wording, *others = units(articles)
    check = Verifier(articles, divergences=[tonnes]).check(wording, [wording, *others])
    assert check.agree == [wording.row]
    assert not check.partial


def test_a_crowd_count_given_otherwise_is_a_dissent_not_a_figure_left_out() -> None:
    """"68 000 people marched, police said; 200 000, organisers" against "la policía
    contabilizó 86.000 manifestantes, frente a los 200.000": marchers and "manifestantes"
    are one crowd, so the Spanish outlet dissents on the police count (it was cited with
    "(three outlets)" beside 68 000, as if it left the figure out)."""
    from newsweave.compare.numbers import find_quantities

    assert find_quantities("Unos 8.600 manifestantes recorrieron el centro.", "es")[0].context == "protesters"
    articles = [
        make_article("a", "In Ostra, 6,800 people marched according to the police, 20,000 according to the organisers."),
        make_article("b", "In Ostra 6,800 people marched, police said, while organisers counted 20,000."),
        make_article("c", "En Ostra, la policía contabilizó 8.600 manifestantes, frente a los 20.000 que reivindicaron los organizadores.", "es"),
    ]
    wording, *others = units(articles)
    check = Verifier(articles).check(wording, [wording, *others])
    assert 2 not in check.agree and 2 not in check.partial


@pytest.mark.parametrize(
    ("told", "other", "lang"),
    [
        # caught against still at large
        ("The escaped inmate Declan Rusk was arrested on Monday near Ardmoor, police said.",
         "Continuam a monte Declan Rusk e outros dois reclusos evadidos de Ardmoor.", "pt"),
        # let go against held
        ("The captain of the tanker was questioned on Tuesday and released without charge.",
         "Le capitaine du pétrolier a été placé en garde à vue mardi après-midi.", "fr"),
        # kept open against closed
        ("The Linden primary school remained open on Friday after the outbreak.",
         "Die Linden-Grundschule blieb am Freitag nach dem Ausbruch geschlossen.", "de"),
        # a proposal accepted against one rejected
        ("The pilots' union accepted the mediation offered by the transport ministry on Monday.",
         "El sindicato de pilotos rechazó el lunes la mediación ofrecida por el Ministerio de Transportes.", "es"),
        # work halted against work going on
        ("Velmora Pharma has suspended production of Kalvex at its Leiden plant pending an investigation.",
         "De productie van Kalvex in Leiden gaat gewoon door, benadrukt Velmora Pharma.", "nl"),
    ],
)  # fmt: skip
def test_a_state_is_not_stated_by_its_opposite_in_another_language(told: str, other: str, lang: str) -> None:
    """An invented prison escape, oil spill and school outbreak: the summary said the leader
    was arrested, the captain released, the school open, citing outlets that say he is at
    large ("a monte", "latitanti"), in custody ("garde à vue", "quedó detenido"), closed
    ("geschlossen")."""
    from helpers import make_article as article

    articles = [article("en", told), article("en2", told.replace("on ", "on the ", 1)), article("x", other, lang)]
    us = units(articles)
    assert Verifier(articles).check(us[0], us).agree == [0, 1]


def test_a_list_of_names_is_not_stated_by_an_article_listing_others() -> None:
    """An invented dam failure: the summary named three villages and cited an outlet that
    names two of them and another ("Ermida, Souto and Brufe"); a country list in another
    language ("Italië") is not read as leaving a name out."""
    from helpers import make_article as article

    told = "The flood reached the villages of Orvela, Santo Brás and Vale de Cima on Monday."
    articles = [
        article("en", told),
        article("en2", told.replace("on Monday", "on Monday morning")),
        article("x", "On Monday the water reached the villages of Orvela, Santo Brás and Ribalta.", "en"),
    ]
    us = units(articles)
    assert Verifier(articles).check(us[0], us).agree == [0, 1]
    countries = "The batch went to the Netherlands, Germany and Italy, the company said on Monday."
    dutch = article("nl", "De partij ging naar Nederland, Duitsland en Italië, meldde het bedrijf maandag.", "nl")
    from newsweave.compare.details import names_left_out

    assert names_left_out(countries, dutch.text) == []


def test_an_article_giving_another_clock_time_is_not_cited() -> None:
    """An invented cyclone: the summary said landfall came "around 3 a.m." and cited an
    outlet saying "gegen 5 Uhr" as one that merely left the time out ("(three outlets)")."""
    from helpers import make_article as article

    told = (
        "The storm made landfall near the town of Velle at around 3 a.m. local time on Tuesday, "
        "with sustained winds of 185 km/h and gusts of up to 215 km/h, the weather service said."
    )
    other = (
        "Der Zyklon war am Dienstag gegen 5 Uhr Ortszeit nahe der Küstenstadt Velle auf Land "
        "getroffen, mit Böen von bis zu 215 Kilometern pro Stunde."
    )
    articles = [article("en", told), article("en2", told.replace("on Tuesday", "Tuesday")), article("x", other, "de")]
    us = units(articles)
    out = Verifier(articles).check(us[0], us)
    assert out.agree == [0, 1]
    assert 2 not in out.partial


def test_a_quotation_over_two_sentences_is_no_witness_for_another_remark() -> None:
    """An invented ferry capsize: a Polish outlet's dash quotation of the rescue chief runs
    over two sentences ("– Szkwał przyszedł nagle. Statek przewrócił się … – powiedział …");
    its second sentence was cited for his other remark, "There is still a chance …"."""
    from newsweave.model import Quote

    said = '"There is still a chance that someone survived under the hull," said rescue chief Jarek Piet.'
    polish = "– Szkwał przyszedł nagle i bez ostrzeżenia. Statek przewrócił się w kilka sekund – powiedział Jarek Piet z pogotowia."
    articles = [make_article("a0", said), make_article("a1", said.replace("rescue chief", "chief")), make_article("a2", polish, "pl")]
    words = "Szkwał przyszedł nagle i bez ostrzeżenia. Statek przewrócił się w kilka sekund"
    start = polish.index(words)
    quotes = [
        Quote("a0", said.split('"')[1], "Jarek Piet", sentence=0),
        Quote("a1", said.split('"')[1], "Jarek Piet", sentence=0),
        Quote("a2", words, "Jarek Piet", sentence=0, start=start, end=start + len(words)),
    ]
    groups = [
        QuoteGroup("Q1", "Jarek Piet", [Citation(q.article_id, q.text, 0) for q in quotes[:2]]),
        QuoteGroup("Q2", "Jarek Piet", [Citation("a2", words, 0)]),
    ]
    second = articles[2].sentences[1]
    us = [*units(articles[:2]), Unit(2, "a2", second.text, "pl", 1)]
    assert Verifier(articles, groups, quotes=quotes).check(us[0], us).agree == [0, 1]


def test_a_sentence_with_the_time_and_another_moment_states_the_time() -> None:
    """"at 8.15pm, 45 minutes before the 9pm kick-off" states 8.15pm; the kick-off is
    another moment, no clashing time."""
    articles = [
        make_article("a", "The crush at Gate 3 of the Orla stadium happened at 8.15pm on Wednesday."),
        make_article("b", "The crush at Gate 3 of the Orla stadium happened at 8.15pm, 45 minutes before the 9pm kick-off."),
        make_article("c", "At 8.15pm on Wednesday the crush at Gate 3 of the Orla stadium happened."),
    ]
    assert sorted(check_first(articles).agree) == [0, 1, 2]


def test_a_round_hour_qualified_holds_the_minutes_near_it() -> None:
    """"shortly before 9pm" is no other time than "20.50"; "vers 19h50" stays another
    time than "vers 19H55" (see test_a_clock_time_is_one_figure_not_its_hour)."""
    before = find_quantities("The federation called off the match shortly before 9pm.", "en")[0]
    exact = find_quantities("The federation suspended the match at 20.50 hours.", "en")[0]
    assert same_figure(before, exact)


def test_an_article_giving_another_toll_is_no_witness_for_the_toll() -> None:
    """A sentence that leaves the toll out, of an article saying "the death toll has risen
    to four", does not back "three people were killed" (it had been cited, the toll noted
    as given by fewer outlets)."""
    articles = [
        make_article("a", "Three people were killed when an avalanche swept away a group of nine ski tourers above Varnes on Tuesday."),
        make_article("b", "An avalanche swept away a group of nine ski tourers above Varnes on Tuesday. The death toll has since risen to four."),
        make_article("c", "Three people were killed on Tuesday when an avalanche swept away nine ski tourers above Varnes."),
    ]
    check = check_first(articles)
    assert 2 in check.agree and 1 not in check.agree


def test_an_article_telling_only_the_other_act_witnesses_none_of_its_sentences() -> None:
    """An article saying the guard "blieb unverletzt" (and nowhere that he was hurt) is no
    witness for "the guard was slightly injured", through whichever of its sentences."""
    articles = [
        make_article("a", "The night guard of the Orla museum was slightly injured and taken to hospital."),
        make_article("b", "Der Nachtwächter des Orla-Museums wurde überwältigt. Der Mann blieb unverletzt, stand aber unter Schock.", "de"),
        make_article("c", "Le gardien de nuit du musée d'Orla a été légèrement blessé et hospitalisé.", "fr"),
    ]
    check = check_first(articles)
    assert 2 in check.agree and 1 not in check.agree


def test_a_dissent_is_of_another_day_only_if_no_outlet_of_its_day_gives_the_figure() -> None:
    """"58-year-old (one outlet, a day later: 56)" tells the reader the figure may have been
    updated; where an outlet of the dissenter's own day gives 58, it is a slip, no update,
    and the note names no day."""
    from newsweave.summarize.verify import Unit, Verifier

    first = make_article("a", "A 58-year-old miner died in the Kessla quarry.", published="2026-06-11")
    late = make_article("b", "A 56-year-old miner died in the Kessla quarry.", published="2026-06-12")
    same_day = make_article("c", "A 58-year-old miner died in the Kessla quarry.", published="2026-06-12")
    u = [Unit(k, x.id, x.sentences[0].text, "en", 0) for k, x in enumerate((first, late, same_day))]
    assert Verifier([first, late]).figure_reason(u[0], u[1]) == "number:13:56|1|12 June"
    assert Verifier([first, late, same_day]).figure_reason(u[0], u[1]) == "number:13:56"


def test_a_syndicated_copys_same_words_are_never_a_claims_odd_one_out() -> None:
    # a claim divergence names the wire's sentence odd; its syndicated copy, word for word
    # the same, is worded for the summary: the wire states it too, and is cited
    from newsweave.model import Divergence

    text = "His driver, who was abducted with him, was freed at the same time."
    articles = [make_article("copy", text), make_article("wire", text), make_article("fr", "Son chauffeur est toujours entre les mains des ravisseurs.", "fr")]
    odd = Divergence(kind="claim", description="a release against a detention", variants=[Citation("wire", text, 0), Citation("fr", articles[2].sentences[0].text, 0)], odd_one_out="wire")
    us = units(articles)
    check = Verifier(articles, divergences=[odd]).check(us[0], us)
    assert 1 in check.agree and 2 not in check.agree


def test_a_list_of_names_an_article_fills_otherwise_in_another_language() -> None:
    from newsweave.compare.details import names_left_out

    wording = "The injured were taken to hospitals in Varnsee, Ostrow and Kellin."
    # it names one of them beside another name: the slot is listed otherwise
    assert names_left_out(wording, "Los heridos fueron trasladados a hospitales de Varnsee y Dolmar.") == ["Ostrow", "Kellin"]
    # the same list, or a list of other things, says nothing against it
    assert names_left_out(wording, "Los heridos fueron trasladados a Varnsee, Ostrow y Kellin.") == []
    assert names_left_out(wording, "Fueron trasladados a Varnsee. El alcalde vive entre Dolmar y Sevilla.") == []


def test_an_article_never_writing_a_name_the_event_writes_alike_is_not_cited() -> None:
    # "Kellerby" and "Brenna Holt" are written alike in English, French and Spanish; the
    # Spanish report is about another town and never names either
    articles = [
        make_article("en", "Mayor Brenna Holt ordered the Kellerby water intake closed at dawn, officials in the town of Kellerby said."),
        make_article("fr", "La maire Brenna Holt a fait fermer à l'aube la prise d'eau de Kellerby, dans la commune de Kellerby.", "fr"),
        make_article("es", "La alcaldesa de Dunmore, Inés Robles, ordenó cerrar al amanecer la toma de agua de Dunmore.", "es"),
    ]
    us = units(articles)
    quoted = [Quote(article_id="en", text="We will reopen it on Friday", speaker="Brenna Holt")]
    check = Verifier(articles, quotes=quoted).check(us[0], us)
    assert 1 in check.agree and 2 not in check.agree
    assert 2 not in [r for r, _ in check.differ]  # not cited, and no dissent either
    assert 2 in Verifier(articles).check(us[0], us).agree  # nobody quoted: no such check


def test_a_surname_one_language_alone_writes_asks_nothing_of_the_others() -> None:
    from newsweave.summarize.names_check import EventNames

    articles = [
        make_article("en", "The Portuguese navy said on Tuesday that the exercise off Vilar had ended."),
        make_article("fr", "La marine portugaise a indiqué mardi que l'exercice au large de Vilar était terminé.", "fr"),
    ]
    names = EventNames(articles, ["Ana Vilar", "Rui Portuguese"])
    assert "vilar" in names.invariant and "portuguese" not in names.invariant
    assert names.unsaid(articles[0].sentences[0].text, "fr") == []


def test_a_quotation_is_not_cited_to_a_sentence_telling_it_as_narration() -> None:
    words = "The wind was our worst enemy, the helicopter could only fly in short windows"
    articles = [
        make_article("a0", f'"{words}," the head of the rescue station said.'),
        make_article("a1", f'"{words}," the head of the rescue station told reporters.'),
        make_article("a2", "The strong wind made the work of the helicopter hard, as it could only fly in short windows."),
    ]
    quotes = [Quote(a, words, None, sentence=0) for a in ("a0", "a1")]  # a speaker unnamed
    groups = [QuoteGroup("Q1", None, [Citation(q.article_id, q.text, 0) for q in quotes])]
    us = units(articles)
    check = Verifier(articles, groups, quotes=quotes).check(us[0], us)
    # a2 tells it as its own narration: no quotation, no speech, no speaker
    assert sorted(check.agree) == [0, 1] and not check.differ


def test_two_outlets_apart_on_a_figure_with_no_odd_one_witness_neither_side() -> None:
    # "14 winched, the other 24 by rope" / "24 winched, the other 14 by rope": the same two
    # numbers, swapped; a divergence holds them apart with no odd one out
    from newsweave.model import Divergence

    articles = [
        make_article("a", "A helicopter winched 14 people from the upper cabin and rescuers lowered the other 24 on ropes."),
        make_article("b", "A helicopter winched 24 people from the upper cabin and rescuers lowered the other 14 on ropes."),
    ]
    apart = Divergence(
        kind="number",
        description="Figures differ (people): 14 (a); 24 (b)",
        variants=[Citation(a.id, a.sentences[0].text, 0) for a in articles],
        odd_one_out=None,
    )
    us = units(articles)
    check = Verifier(articles, divergences=[apart]).check(us[0], us)
    assert check.agree == [0] and not check.differ


def test_an_article_giving_another_sum_is_no_witness_by_a_sentence_sharing_another_figure() -> None:
    # b values the haul at 2.1 million elsewhere; its sentence on the 1624 portrait shares
    # the wording's year, not its sum
    from newsweave.model import Divergence

    articles = [
        make_article("a", "They took three paintings worth 1.2 million euros, including a portrait painted in 1624."),
        make_article("b", "The most precious piece is a portrait painted in 1624. The stolen works are worth 2.1 million euros together.", "en"),
        make_article("c", "The three stolen paintings are worth 1.2 million euros in all."),
    ]
    sums = Divergence(
        kind="number",
        description="Figures differ (sum): 1.2 million euros (a, c); 2.1 million euros (b)",
        variants=[Citation("a", articles[0].sentences[0].text, 0), Citation("c", articles[2].sentences[0].text, 0), Citation("b", articles[1].sentences[1].text, 1)],
        odd_one_out="b",
    )
    us = [Unit(0, "a", articles[0].sentences[0].text, "en", 0), Unit(1, "b", articles[1].sentences[0].text, "en", 0)]
    check = Verifier(articles, divergences=[sums]).check(us[0], us)
    assert check.agree == [0]


def test_a_surname_misspelled_by_a_letter_or_declined_is_still_written() -> None:
    from newsweave.summarize.names_check import EventNames

    articles = [
        make_article("en", "Interior minister Arda Taslan said six buildings collapsed in Kelbaz."),
        make_article("fr", "Le ministre de l'Intérieur Arda Taslan a dit que six immeubles se sont effondrés.", "fr"),
        make_article("en2", "The minister Arda Tasln reported the collapse of six buildings in Kelbaz."),
        make_article("pl", "Minister Taslana poinformował o zawaleniu się sześciu budynków.", "pl"),
        make_article("es", "El ministro informó del derrumbe de seis edificios en Kelbaz.", "es"),
    ]
    names = EventNames(articles, ["Arda Taslan"])
    said = articles[0].sentences[0].text
    assert names.unsaid(said, "en2") == [] and names.unsaid(said, "pl") == []
    assert names.unsaid(said, "es") == ["taslan"]


def test_a_quotation_an_article_gives_to_someone_else_is_not_cited_for_the_named_speaker() -> None:
    # '"…," Holt added' cited to « … », a répondu son homologue (an unresolved other) and to
    # '"…," said Berg' (another person): only the article giving the words to Holt is a witness
    said = [
        'Holt added: "The river must join our two valleys, not split them," at the signing.',
        '"The river must join our two valleys, not split them," Holt said at the signing.',
        "Son homologue a répondu : « La rivière doit unir nos deux vallées, pas les séparer. »",
        '"The river must join our two valleys and not split them," said Berg.',
    ]
    articles = numbered(said)
    articles[2].lang = articles[2].sentences[0].lang = "fr"
    words = ["The river must join our two valleys, not split them"] * 2 + [
        "La rivière doit unir nos deux vallées, pas les séparer.",
        "The river must join our two valleys and not split them",
    ]
    quotes = [
        Quote("a0", words[0], "Ida Holt", ":", True, 0, speaker_mention="Holt"),
        Quote("a1", words[1], "Ida Holt", "said", True, 0, speaker_mention="Holt"),
        Quote("a2", words[2], None, "a répondu", True, 0, speaker_mention="Son homologue"),
        Quote("a3", words[3], "Per Berg", "said", True, 0, speaker_mention="Berg"),
    ]
    group = QuoteGroup("Q1", "Ida Holt", [Citation(q.article_id, q.text, 0) for q in quotes])
    us = units(articles)
    check = Verifier(articles, [group], quotes=quotes).check(us[0], us)
    assert sorted(check.agree) == [0, 1]


def test_a_quotation_relayed_by_an_agency_or_given_to_a_short_name_is_still_the_speakers() -> None:
    # "Kyodo reported that Ri said …" gives the words to Ri; "Ri" is "Ri Sol Ju"
    said = [
        'Ri Sol Ju said the talks would "go on until every family is home again," after the meeting.',
        'Tarsk News reported that Ri said the talks would "go on until every family is home again," later.',
        'Ri said the talks would "go on until every family is home again," on Friday.',
    ]
    articles = numbered(said)
    text = "go on until every family is home again"
    quotes = [
        Quote("a0", text, "Ri Sol Ju", "said", True, 0, speaker_mention="Ri Sol Ju"),
        Quote("a1", text, "Tarsk News", "reported", True, 0, speaker_mention="Tarsk News"),
        Quote("a2", text, "Ri", "said", True, 0, speaker_mention="Ri"),
    ]
    group = QuoteGroup("Q1", "Ri Sol Ju", [Citation(q.article_id, q.text, 0) for q in quotes])
    us = units(articles)
    check = Verifier(articles, [group], quotes=quotes).check(us[0], us)
    assert sorted(check.agree) == [0, 1, 2]


def test_the_odd_one_out_of_a_number_divergence_is_named_with_the_figure_it_gives() -> None:
    # "quelque 150 000" is roughly apart from "around 180,000" (no rounding rule calls it
    # a clash), and "Cinque anni" sits beside a twelve-year ban: the divergence found the
    # dissent, so the note names the odd outlet's figure there, and that one only
    from newsweave.model import Divergence

    def noted(texts: list[tuple[str, str]], description: str) -> tuple[Check, str]:
        articles = [make_article(aid, text, lang) for aid, (text, lang) in zip("abc", texts, strict=True)]
        divergence = Divergence(
            kind="number",
            description=description,
            variants=[Citation(a.id, a.sentences[0].text, 0) for a in articles],
            odd_one_out="b",
        )
        us = units(articles)
        check = Verifier(articles, divergences=[divergence]).check(us[0], us)
        return check, dissent_note(us[0].text, [w for _, w in check.differ])

    check, note = noted(
        [
            ("Around 180,000 passengers will be hit by the strike, the operator Nordair said.", "en"),
            ("Quelque 150 000 passagers seront touchés par la grève, selon l'exploitant Nordair.", "fr"),
            ("Unos 180.000 pasajeros se verán afectados por la huelga, según el operador Nordair.", "es"),
        ],
        "Figures differ (number of people): 180,000 (a); 150 000 (b); 180.000 (c)",
    )
    assert sorted(check.agree) == [0, 2] and [r for r, _ in check.differ] == [1]
    assert "Around 180,000 (one outlet: about 150,000) passengers" in note
    check, note = noted(
        [
            ("The court sentenced Orlan Pesk to five years and six months in prison and fined him 2 million euros.", "en"),
            ("Cinque anni di carcere, una multa di 2 milioni di euro e dodici anni di interdizione per Orlan Pesk.", "it"),
            ("Orlan Pesk wurde zu fünf Jahren und sechs Monaten Haft und 2 Millionen Euro Geldstrafe verurteilt.", "de"),
        ],
        "Figures differ (duration (yr)): five years and six months (a); Cinque (b); fünf Jahren und sechs Monaten (c)",
    )
    assert [r for r, _ in check.differ] == [1]
    assert "five years and six months (one outlet: five years) in prison" in note


def test_the_odd_outlet_of_a_quotation_is_named_though_its_sentence_is_not_a_support() -> None:
    # the inverted wording and the words given to another person sit in other fact groups
    # (other languages): the summary sentence still tells that one outlet differs
    from newsweave.model import Divergence

    articles = [
        make_article("en", '"The storm was not the cause of the grounding," captain Mira Holst told reporters.'),
        make_article("de", "„Der Sturm war nicht die Ursache der Havarie“, sagte Kapitänin Mira Holst.", "de"),
        make_article("nl", "„De storm was wel de oorzaak van de stranding”, zei Holst.", "nl"),
        make_article("it", "«Il porto è rimasto aperto tutta la notte», ha detto il sindaco Aldo Ferri.", "it"),
        make_article("fr", "« Le port est resté ouvert toute la nuit », a déclaré le maire Aldo Ferri.", "fr"),
        make_article("pl", "„Port był otwarty przez całą noc” – powiedziała kapitan Mira Holst.", "pl"),
    ]
    flipped = QuoteGroup(
        "Q1", "Mira Holst",
        [QuoteVariant(a.id, a.sentences[0].text, 0) for a in articles[:3]],
        divergent=True, odd_one_out="nl", reason="negation flipped",
    )  # fmt: skip
    ferri = QuoteGroup("Q2", "Aldo Ferri", [QuoteVariant(a.id, a.sentences[0].text, 0) for a in articles[3:5]])
    holst = QuoteGroup(
        "Q3", "Mira Holst", [QuoteVariant("pl", articles[5].sentences[0].text, 0)],
        divergent=True, odd_one_out="pl", reason="speaker: 2 other outlets give these words to Aldo Ferri (Q2)",
    )  # fmt: skip
    given = Divergence(
        kind="speaker",
        description="The same words are attributed to Aldo Ferri (it, fr) and to Mira Holst (pl)",
        variants=[Citation(a.id, a.sentences[0].text, 0) for a in articles[3:]],
        odd_one_out="pl",
    )
    v = Verifier(articles, [flipped, ferri, holst], divergences=[given])
    us = units(articles)
    assert v.quote_dissent(us[0]) == {"nl": QUOTE_REVERSED}
    assert v.quote_dissent(us[2]) == {}  # the odd wording itself names nobody
    assert v.quote_dissent(us[4]) == {"pl": "speaker:Mira Holst"}
    said = dissent_note(us[4].text, list(v.quote_dissent(us[4]).values()))
    assert said.endswith("Aldo Ferri. (One outlet gives these words to Mira Holst.)")
    # a short answer may answer another question: "absolutely" / "No, not at all"
    answers = [make_article("a", 'Asked about a new deal, Holst said "absolutely".'), make_article("b", '"No, not at all," Holst said.')]
    short = QuoteGroup("Q1", "Mira Holst", [QuoteVariant("a", "absolutely", 0), QuoteVariant("b", "No, not at all", 0)], divergent=True, odd_one_out="b", reason="negation dropped")
    assert Verifier(answers, [short]).quote_dissent(units(answers)[0]) == {}


def test_a_sentence_telling_a_thing_unknown_is_no_witness_of_it_told_as_fact() -> None:
    # "not clear whether the cargo was insured" / "Il carico era interamente assicurato":
    # neither is cited for the other, in either language
    articles = [
        make_article("en", "It was not immediately clear whether the cargo of the Delmar barge was insured."),
        make_article("it", "Il carico della chiatta Delmar era comunque interamente assicurato.", "it"),
        make_article("de", "Ob die Ladung der Delmar-Barke versichert war, ist noch unklar.", "de"),
        make_article("en2", "Whether the Delmar barge's cargo was insured was not known."),
    ]
    check = check_first(articles)
    assert sorted(check.agree) == [0, 2, 3] and 1 not in [r for r, _ in check.differ]
    us = units(articles)
    assert Verifier(articles).check(us[1], us).agree == [1]


def test_a_part_of_a_sum_another_outlet_gives_otherwise_is_a_dissent() -> None:
    # "312 passengers and 24 crew" / "318 Passagiere und 24 Crew-Mitglieder": the sums (336,
    # 342) are near, the crew the same, but the passengers differ: no witness of 312
    articles = [
        make_article("en", "There were 312 passengers and 24 crew on board the Delmar ferry."),
        make_article("de", "An Bord der Delmar-Fähre: 318 Passagiere und 24 Crew-Mitglieder.", "de"),
        make_article("it", "A bordo del traghetto Delmar c'erano 312 passeggeri e 24 membri dell'equipaggio.", "it"),
    ]
    check = check_first(articles)
    assert sorted(check.agree) == [0, 2]
    assert [r for r, _ in check.differ] == [1]
    assert "312 (one outlet: 318) passengers" in dissent_note(articles[0].sentences[0].text, [w for _, w in check.differ])


def test_an_article_giving_another_measure_elsewhere_is_no_witness_of_this_one() -> None:
    # b's sentence gives the satellite's worth only; b says elsewhere the rocket was lost
    # "un peu plus de trois minutes" after lift-off: not cited for "two and a half minutes"
    articles = [
        make_article("en", "The Delmar rocket was lost about two and a half minutes after lift-off, destroying a 90 million euro satellite."),
        make_article("fr", "Le satellite, d'une valeur de 90 millions d'euros, devait observer les côtes. La fusée Delmar a été perdue un peu plus de trois minutes après son décollage.", "fr"),
        make_article("it", "Il satellite da 90 milioni di euro è andato perso con il razzo Delmar. Il razzo è esploso circa due minuti e mezzo dopo il decollo.", "it"),
    ]
    check = check_first(articles)
    assert 1 not in check.agree and 2 in check.agree


def test_a_sentence_opening_with_she_names_whom_it_stands_for() -> None:
    # after another summary sentence, "She" would read as that sentence's person
    article = make_article(
        "a",
        "Police spokeswoman Dora Lint said divers were searching the river. Mayor Ilse Varga "
        "said the town was in shock. She cancelled all public events in the city for the week.",
    )
    v = Verifier([article])
    third = article.sentences[2]
    assert third.text.startswith("She")
    said = v.named(Unit(0, "a", third.text, "en", 2), third.text)
    assert said == "She [Ilse Varga] cancelled all public events in the city for the week."
    second = article.sentences[1]
    assert v.named(Unit(1, "a", second.text, "en", 1), second.text) == second.text


def test_a_clock_time_dissenting_in_another_language_is_named_as_a_time() -> None:
    # "rond 22.40 uur" is read as minutes of the day (1360): named "22:40", never "1,360"
    articles = [
        make_article("en", "The Delmar ferry ran aground on the Morella shoal at about 9:40 p.m. on Friday."),
        make_article("nl", "De veerboot Delmar liep vrijdag rond 22.40 uur vast op de zandbank Morella.", "nl"),
        make_article("it", "Il traghetto Delmar si è incagliato venerdì alle 21.40 sulla secca Morella.", "it"),
    ]
    check = check_first(articles)
    assert [r for r, _ in check.differ] == [1]
    note = dissent_note(articles[0].sentences[0].text, [w for _, w in check.differ])
    assert "9:40 p.m. (one outlet: 22:40)" in note
