"""Every cleaning rule on invented text: what goes, why, and what is learnt from it."""

from __future__ import annotations

import pytest

from newsweave.ingest import clean
from newsweave.ingest.outlets import normalize_outlet
from newsweave.model import Article


def run(text: str, **fields: object) -> Article:
    return clean(Article(id="t", text=text, **fields))  # type: ignore[arg-type]


def reasons(article: Article) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for r in article.provenance.removed:
        out.setdefault(r.reason, []).append(r.text)
    return out


BODY = (
    "The county opened a new bridge over the Selva river on Tuesday, ending two years of detours."
)
BODY2 = "Engineers said the structure can carry trucks of up to forty tonnes without restrictions."


# --- furniture ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Partager:",
        "follow:",
        "Share",
        "Teilen",
        "Compartir",
        "Condividi",
        "Share this article.",
        "Facebook Twitter Email",
    ],
)
def test_share_and_follow_residue_in_several_languages(line: str) -> None:
    a = run(f"{BODY}\n\n{line}\n\n{BODY2}")
    assert reasons(a)["share-residue"] == [line]
    assert a.paragraphs == [BODY, BODY2]


@pytest.mark.parametrize("line", [".", "\\", "—", "* * *", "342/"])
def test_lone_punctuation_and_backslashes(line: str) -> None:
    a = run(f"{BODY}\n\n{line}\n\n{BODY2}")
    assert reasons(a)["stray-punctuation"] == [line]
    assert a.paragraphs == [BODY, BODY2]


def test_a_sentence_mentioning_sharing_is_prose() -> None:
    text = (
        f"Residents will share the cost of the repairs with the county, the mayor said.\n\n{BODY}"
    )
    assert run(text).paragraphs[0].startswith("Residents will share")


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("- Publicidade-", "advertising"),
        ("ADVERTISEMENT", "advertising"),
        ("🚨 BREAKING 🚨", "breaking-banner"),
        ("Home / News / Bridge opens", "breadcrumb"),
        ("800 (8)_1551336541914.jpg.jpg", "image-file"),
        ("A + A -", "page-controls"),
        ("Dans : Actualité locale.", "section-label"),
        ("Im Video: Die Brücke wird eröffnet", "video-residue"),
        ("Copyright 2021 Valley Broadcasting", "copyright"),
        ("Subscribe now to continue reading.", "paywall"),
        ("Sign up for our daily newsletter", "newsletter"),
    ],
)
def test_page_furniture(line: str, reason: str) -> None:
    a = run(f"{BODY}\n\n{line}\n\n{BODY2}")
    assert line.strip("- ") in " ".join(reasons(a)[reason])
    assert a.paragraphs == [BODY, BODY2]


def test_editor_initials_at_the_end() -> None:
    a = run(f"{BODY}\n\n{BODY2}\n\nkr")
    assert reasons(a)["editor-initials"] == ["kr"]


def test_read_more_block_and_its_link_titles() -> None:
    text = (
        f"{BODY}\n\nRead more\n\nCity council votes on tram budget\n\nWhy the old bridge failed\n\n{BODY2}"
        "\n\nLire aussi : Le pont rouvre enfin"
    )
    a = run(text)
    assert reasons(a)["read-more"] == ["Read more", "Lire aussi : Le pont rouvre enfin"]
    assert reasons(a)["related-links"] == [
        "City council votes on tram budget",
        "Why the old bridge failed",
    ]
    assert a.paragraphs == [BODY, BODY2]


def test_watch_as_prose_is_kept() -> None:
    text = (
        f"{BODY}\n\nWatch the mayor cut the ribbon and the first cars cross the bridge.\n\n{BODY2}"
    )
    assert len(run(text).paragraphs) == 3


# --- social media -----------------------------------------------------------------------


def test_embedded_tweets_keep_their_text_and_lose_signature_and_links() -> None:
    # Issue 11: a post the article quotes is part of the story; before, it was removed whole.
    text = (
        f"{BODY}\n\n"
        '"The bridge is open, drive safely" -@SelvaCounty #bridge pic.twitter.com/AbCdEf123\n\n'
        "— Selva County (@SelvaCounty) March 2, 2021\n\n"
        "Source: Ana Ruiz (@anaruiz) reporter for @ValleyNews\n\n"
        "Crews reopened the east lane at noon https://t.co/Xy12Ab — Selva Roads (@SelvaRoads) March 3, 2021\n\n"
        f"{BODY2}"
    )
    a = run(text)
    assert len(reasons(a)["tweet-signature"]) == 3
    assert reasons(a)["tweet-link"] == ["https://t.co/Xy12Ab"]
    assert a.paragraphs == [
        BODY,
        '"The bridge is open, drive safely"',
        "Crews reopened the east lane at noon",
        BODY2,
    ]
    # recorded as posts: the poster's words, which no stage takes for the outlet's own
    assert a.provenance.posts == [
        '"The bridge is open, drive safely"',
        "Crews reopened the east lane at noon",
    ]
    # the handle after the quote mark signs the quotation; the account line signs nothing
    assert a.provenance.post_handles == ["SelvaCounty", ""]
    assert a.outlet is None  # a "Source:" line naming a Twitter account is not an outlet


def test_tweet_quoted_over_several_lines_keeps_its_lines() -> None:
    text = (
        f"{BODY}\n\n“Traffic will be heavy on the first weekend.\n\n"
        "Please use the ring road if you can”-@SelvaPolice #bridge\n\n"
        f"{BODY2}"
    )
    a = run(text)
    assert reasons(a)["tweet-signature"] == ["-@SelvaPolice #bridge"]
    assert a.paragraphs == [
        BODY,
        "“Traffic will be heavy on the first weekend.",
        "Please use the ring road if you can”",
        BODY2,
    ]


# --- dates ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("This Article is From Mar 3, 2021", "2021-03-03"),
        ("Published Thu, Feb 25, 2021 · 07:44 AM", "2021-02-25"),
        ("publié le 30/10/2020 à 09:26", "2020-10-30"),
        ("Veröffentlicht am 5. März 2021", "2021-03-05"),
        ("April 21, 2021, 9:49 AM", "2021-04-21"),
        ("2023-03-10 23:07:53", "2023-03-10"),
        (
            "valley.example.com| 2022-12-19 03:20:45| valley.example.com| 2022-12-19 03:20:45|",
            "2022-12-19",
        ),
        ("Tuesday, June 12, 2018", "2018-06-12"),
    ],
)
def test_date_stamps_set_published(line: str, iso: str) -> None:
    a = run(f"{line}\n\n{BODY}\n\n{BODY2}")
    assert a.published == iso
    assert reasons(a)["date-line"] == [line]


def test_updated_stamp_is_removed_but_not_the_publication_date() -> None:
    a = run(f"Updated: March 9, 2021\n\n{BODY}\n\n{BODY2}")
    assert reasons(a)["date-line"] and a.published is None


def test_collection_metadata_prefix() -> None:
    a = run(f" date 2023-02-06 {BODY}\n\n{BODY2}")
    assert a.published == "2023-02-06"
    assert reasons(a)["collection-metadata"] == ["date 2023-02-06"]
    assert a.paragraphs[0] == BODY
    partial = run(f" date 2023-02 {BODY}\n\n{BODY2}")
    assert partial.published is None and partial.paragraphs[0] == BODY


def test_record_date_wins_over_stamps() -> None:
    assert (
        run(f"This Article is From Mar 3, 2021\n\n{BODY}", published="2021-03-04").published
        == "2021-03-04"
    )


def test_date_from_url() -> None:
    a = run(f"{BODY}\n\n{BODY2}", url="https://valley.example.invalid/2019/04/15/bridge-opens")
    assert a.published == "2019-04-15"
    assert a.outlet == "valley.example.invalid"


# --- metadata lines --------------------------------------------------------------------------


def test_source_author_and_original_title_lines_become_metadata() -> None:
    text = (
        f"Original title: Selva bridge opens to traffic\n\nAuthor: Marta Quell\n\n{BODY}\n\n"
        f"{BODY2}\n\nSource: Fan Page IT"
    )
    a = run(text)
    assert a.provenance.original_title == "Selva bridge opens to traffic"
    assert a.title == "Selva bridge opens to traffic"
    assert a.author == "Marta Quell"
    assert a.outlet == "Fanpage.it"
    assert set(reasons(a)) == {"original-title", "byline", "source-line"}
    assert a.paragraphs == [BODY, BODY2]


def test_source_line_does_not_override_a_known_outlet() -> None:
    a = run(f"{BODY}\n\nSource: Harbour Post", outlet="Valley News")
    assert a.outlet == "Valley News"


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("By Jon Rask", "Jon Rask"),
        ("Par Hélène Marchal", "Hélène Marchal"),
        ("By Valley Editors and Wire Services", "Valley Editors and Wire Services"),
    ],
)
def test_bylines(line: str, author: str) -> None:
    a = run(f"{line}\n\n{BODY}\n\n{BODY2}")
    assert a.author == author and reasons(a)["byline"] == [line]


@pytest.mark.parametrize(
    "line",
    [
        "By the end of the week the county expects normal traffic.",
        "Von Montag an gilt die neue Regel",
    ],
)
def test_by_or_von_opening_a_sentence_is_not_a_byline(line: str) -> None:
    a = run(f"{line}\n\n{BODY}\n\n{BODY2}")
    assert a.author is None and line in a.paragraphs + [a.title]


def test_outlet_names_are_normalised() -> None:
    assert normalize_outlet("Fan Page IT") == "Fanpage.it"
    assert normalize_outlet("www.example.org") == "example.org"
    assert normalize_outlet("Xinhua News Agency") == "Xinhua"
    assert normalize_outlet("Unknown Gazette") == "Unknown Gazette"


def test_trailing_author_credit_in_parentheses() -> None:
    a = run(f"{BODY}\n\n{BODY2} (Lin Haoran)")
    assert a.author == "Lin Haoran"
    assert reasons(a)["author-credit"] == ["(Lin Haoran)"]
    assert a.paragraphs[-1] == BODY2


def test_trailing_organisation_in_parentheses_is_not_an_author() -> None:
    a = run(f"{BODY}\n\n{BODY2} (Valley News Agency)")
    assert a.author is None


def test_reporting_credit() -> None:
    a = run(f"{BODY}\n\n{BODY2} (Reporting by Ola Berg; Editing by Tim Ross)")
    assert a.author == "Ola Berg"
    assert a.paragraphs[-1] == BODY2


# --- machine translation ------------------------------------------------------------------


@pytest.mark.parametrize(
    "notice",
    [
        "Both translated editions of this page are automatically generated by the AI; mistakes can occur.",
        "Powered by automated translation",
        "This article was machine translated.",
        "Cet article a été traduit automatiquement.",
        "Dieser Artikel wurde maschinell übersetzt.",
        "Este artículo fue traducido automáticamente.",
        "Questo articolo è stato tradotto automaticamente.",
        # the source language between the words
        "Dieser Artikel wurde maschinell aus dem Englischen übersetzt.",
        "Cet article a été traduit de l'anglais automatiquement.",
        "This story was translated from Swedish by machine.",
        "Este artículo fue traducido del inglés automáticamente.",
        # the participle and the tool's name
        "Cet article a été traduit de l'espagnol à l'aide d'un outil de traduction automatique, puis relu par notre rédaction.",
        "Este texto fue traducido del francés con un sistema de traducción automática.",
        "Dieser Text wurde mit Hilfe maschineller Übersetzung aus dem Spanischen übersetzt.",
    ],
)
def test_machine_translation_notices(notice: str) -> None:
    a = run(f"{BODY}\n\n{BODY2}\n\n{notice}")
    assert a.machine_translated is True
    assert reasons(a)["machine-translation-notice"] == [notice]
    assert a.paragraphs == [BODY, BODY2]


def test_no_notice_no_machine_translation_flag() -> None:
    # A clumsy text is not evidence: only a notice the rule can see sets the flag.
    assert (
        run(f"The bridge was opened to close by the county.\n\n{BODY}").machine_translated is False
    )


@pytest.mark.parametrize(
    "prose",
    [
        "The start-up sells machine translation to hospitals and says its error rate fell by half this year.",
        "Le marché de la traduction automatique a doublé en cinq ans, selon le rapport publié lundi.",
        "Le roman a été traduit de l'anglais par Marie Dupont, qui vit à Lyon depuis vingt ans.",
        "The report was originally published in 1990 and revised twice since, the ministry said.",
        "Food parcels were distributed by Red Cross volunteers in the three villages on Sunday.",
        "Die maschinelle Übersetzung wird besser, sagte der Forscher, der das Buch übersetzt hat.",
    ],
)
def test_prose_about_translation_or_publishing_is_not_a_notice(prose: str) -> None:
    a = run(f"{BODY}\n\n{prose}")
    assert a.paragraphs == [BODY, prose]
    assert not a.machine_translated and not a.syndicated


# --- syndication and wires -------------------------------------------------------------------


def test_syndication_notice_names_the_outlet() -> None:
    notice = "(This report has not been edited by Daily Beacon staff beyond its title; it is published from a syndicated feed.)"
    a = run(f"{BODY}\n\n{BODY2}\n\n{notice}")
    assert a.syndicated is True
    assert a.outlet == "Daily Beacon"
    assert reasons(a)["syndication-notice"] == [notice]


def test_a_correction_notice_is_no_part_of_the_story() -> None:
    # its old figure would be read as the outlet's ("32 people" against its own 23)
    for notice in (
        "Correction: An earlier version of this article said the floods had killed 32 people. "
        "The correct figure is 23.",
        "Rectificatif : une précédente version de cet article indiquait 32 morts.",
        "In einer früheren Version dieses Artikels hieß es, 32 Menschen seien gestorben.",
    ):
        a = run(f"{BODY}\n\n{BODY2}\n\n{notice}")
        assert reasons(a)["correction-notice"] == [notice]
        assert "32" not in a.text
    # the same words inside the story's prose stay
    prose = f"{BODY}\n\n{BODY2} An earlier version of this report was leaked to the press."
    assert "correction-notice" not in reasons(run(prose))


def test_a_notice_that_the_article_was_syndicated_or_republished_from_an_outlet() -> None:
    for notice, source in (
        ("This article was syndicated from Northern Wire.", "Northern Wire"),
        ("This article is republished from The Conversation under a Creative Commons license.", "The Conversation"),
    ):
        a = run(f"{BODY}\n\n{BODY2}\n\n{notice}")
        assert a.syndicated is True
        assert reasons(a)["syndication-notice"] == [notice]
        assert source not in a.text
    # prose about a book is no notice
    a = run(f"{BODY}\n\n{BODY2}\n\nThe book was originally published in 1990.")
    assert not a.syndicated


@pytest.mark.parametrize(
    ("text", "wire"),
    [
        (f"{BODY}\n\n{BODY2}\n\nWith inputs from PTI", "PTI"),
        (f"{BODY}\n\n{BODY2}\n\n–IANS", "IANS"),
        (f"{BODY}\n\n{BODY2} — Reuters", "Reuters"),
        (f"{BODY}\n\n{BODY2}\n\nVB/AFP", "AFP"),
        (f"{BODY}\n\n{BODY2}\n\nEste contenido fue elaborado con información de EFE.", "EFE"),
    ],
)
def test_wire_credits(text: str, wire: str) -> None:
    a = run(text, outlet="Valley News")
    assert a.wire == wire
    assert a.syndicated is True  # a wire's copy on another outlet
    assert a.paragraphs[-1] == BODY2


def test_wire_on_its_own_outlet_is_not_syndicated() -> None:
    a = run("Xinhua News Agency, Beijing, May 4. " + BODY + "\n\n" + BODY2)
    assert a.wire == "Xinhua" and a.outlet == "Xinhua"
    assert a.syndicated is False
    assert a.dateline == "Beijing, May 4"
    assert a.provenance.partial_date == "--05-04" and a.published is None


def test_according_to_a_wire_is_not_a_credit() -> None:
    a = run(f"According to Reuters, {BODY[0].lower()}{BODY[1:]}\n\n{BODY2}", outlet="Valley News")
    assert a.wire is None and a.syndicated is False


# --- datelines -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "dateline", "wire"),
    [
        (f"JAKARTA - {BODY}", "JAKARTA", None),
        (f"NEW YORK (AP) — {BODY}", "NEW YORK", "AP"),
        (f"LUSAIL, Qatar – {BODY}", "LUSAIL, Qatar", None),
        (f"[HANOI] {BODY}", "HANOI", None),
        (f"Geneva, March 11 (IANS) {BODY}", "Geneva, March 11", "IANS"),
        (f"Ciudad de México 15/07/2018.- {BODY}", "Ciudad de México", None),
        (f"Paris - {BODY}", "Paris", None),
        (f"Moscow: {BODY}", "Moscow", None),
        (f"(CNN) — {BODY}", None, "CNN"),
        # an agency the list does not know, credited between a dated place and a dash
        (f"VAUDRECOURT, Nov 21 (CPA) - {BODY}", "VAUDRECOURT, Nov 21", "CPA"),
        (f"PUERTO CELESTE, Valcamar, Nov 22 (Tidewater) - {BODY}", "PUERTO CELESTE, Valcamar, Nov 22", "Tidewater"),
    ],
)
def test_inline_datelines(first: str, dateline: str | None, wire: str | None) -> None:
    a = run(f"{first}\n\n{BODY2}")
    assert a.dateline == dateline
    assert a.wire == wire
    assert a.paragraphs[0] == BODY
    # "(CNN) —" names no place: a wire credit, not a dateline (issue 11)
    assert reasons(a)["dateline" if dateline else "wire-credit"]


def test_agency_credit_in_the_dateline_names_the_outlet_when_none_is_known() -> None:
    a = run(f"HALDEN, Northmark (Continental Press) — {BODY}\n\n{BODY2}")
    assert (a.dateline, a.wire, a.outlet, a.syndicated) == (
        "HALDEN, Northmark",
        "Continental Press",
        "Continental Press",
        False,
    )
    b = run(f"HALDEN, Northmark (Continental Press) — {BODY}\n\n{BODY2}", outlet="Valley News")
    # Issue 11: a dateline credit alone never sets `syndicated` (it used to).
    assert (b.outlet, b.wire, b.syndicated) == ("Valley News", "Continental Press", False)


def test_an_acronym_after_a_name_without_a_dated_place_is_no_credit() -> None:
    first = f"Human Rights Watch (HRW) - the group said on Monday that {BODY[0].lower()}{BODY[1:]}"
    a = run(f"{first}\n\n{BODY2}")
    assert a.wire is None and a.dateline is None and a.paragraphs[0] == first


def test_dateline_alone_on_a_line() -> None:
    a = run(f"{BODY}\n\nMoscow:\n\n{BODY2}")
    assert a.dateline == "Moscow" and a.paragraphs == [BODY, BODY2]


def test_a_heading_with_a_colon_is_not_a_dateline() -> None:
    a = run(f"{BODY}\n\nBackground:\n\n{BODY2}")
    assert a.dateline is None and a.paragraphs == [BODY, "Background:", BODY2]


def test_wire_and_place_alone_on_a_line() -> None:
    a = run(f"Reuters, Istanbul,\n\n{BODY}\n\n{BODY2}", outlet="Valley News")
    assert (a.dateline, a.wire, a.syndicated) == ("Istanbul", "Reuters", False)  # issue 11


def test_speaker_colon_and_mid_story_caps_are_not_datelines() -> None:
    a = run(f"Mayor Quell: “This bridge changes everything for us”\n\n{BODY}\n\nNATO - {BODY2}")
    assert a.dateline is None


def test_dateline_with_full_date_sets_published() -> None:
    assert run(f"Ciudad de México 15/07/2018.- {BODY}\n\n{BODY2}").published == "2018-07-15"


# --- captions and credits ------------------------------------------------------------------


@pytest.mark.parametrize(
    "caption",
    [
        "On May 2, Governor Ana Sol (right) talked with engineers at the site in the north.Valley News Agency/Photo Pool",
        "Workers paint the railings of the new bridge on Monday. (AP Photo/Jon Rask)",
        "The mayor cuts the ribbon. Photo: AFP",
        "The first cars cross the bridge. Photo / AP",
        "File photo of the old ferry crossing on the Selva river.",
        "Governor Ana Sol (L) and the mayor walk across the deck on Tuesday. (Reuters)",
        "The deck seen from the east bank at dusk | Photo Credit: AFP",
        "© Valley Images . Jon Rask The bridge at night",
        # a labelled caption, about another day than the story's
        "Photo caption: Fishermen mend their nets in the harbour on Thursday, two days before the storm.",
        "Bildunterschrift: Die Brücke am Montag, einen Tag vor der Eröffnung.",
    ],
)
def test_captions_and_picture_credits(caption: str) -> None:
    a = run(f"{BODY}\n\n{caption}\n\n{BODY2}\n\n{BODY2.replace('forty', 'fifty')}")
    removed = reasons(a)
    assert caption in removed.get("caption", []) + removed.get("photo-credit", [])
    assert caption not in a.text


def test_paragraph_above_a_credit_line_is_a_caption_and_its_copy_goes_too() -> None:
    caption = "The new Selva bridge seen from the north bank"
    second = "Cyclists wait for the opening ceremony on the east bank"
    text = (
        f"{caption}\n\n{caption}.   | Photo Credit: AFP\n\n{BODY}\n\n{second}\n\n"
        f"Jon Rask | Getty Images\n\n{BODY2}"
    )
    a = run(text)
    assert reasons(a)["caption"] == [caption, f"{caption}. | Photo Credit: AFP", second]
    assert reasons(a)["photo-credit"] == ["Jon Rask | Getty Images"]
    assert a.paragraphs == [BODY, BODY2]


def test_credit_name_repeated_under_the_caption() -> None:
    text = f"Workers on the deck on Monday. (AP Photo/Jon Rask)\n\nJon Rask\n\n{BODY}\n\n{BODY2}"
    a = run(text)
    assert "Jon Rask" in reasons(a)["photo-credit"] and a.paragraphs == [BODY, BODY2]


def test_agency_line_under_a_picture_description_is_a_photo_credit() -> None:
    text = f"A cyclist crosses the new bridge at dawn on its first day.\n\nAP\n\n{BODY}\n\n{BODY2}"
    a = run(text, outlet="Valley News")
    assert reasons(a)["photo-credit"] == ["AP"] and a.wire is None and not a.syndicated


def test_caption_glued_to_the_top_of_the_first_paragraph() -> None:
    text = f"Governor Ana Sol at the opening | Jon Rask/AFP via Getty Images Selva bridge opens to traffic {BODY}\n\n{BODY2}"
    a = run(text, title="Selva bridge opens to traffic")
    assert reasons(a)["caption"] and a.paragraphs[0] == BODY


# --- inline artefacts -----------------------------------------------------------------------


def test_flag_emoji_at_paragraph_start() -> None:
    a = run(f"{BODY}\n\n🇮🇹“A new start for the town”, said the mayor.")
    assert reasons(a)["flag-emoji"] == ["🇮🇹"]
    assert a.paragraphs[1].startswith("“A new start")


def test_citation_marks() -> None:
    a = run(f"The bridge is 420 metres long.[1] It cost 80 million.[citation needed]\n\n{BODY}")
    assert reasons(a)["citation-mark"] == ["[1]", "[citation needed]"]
    assert "[" not in a.text


# --- headlines and repeats -------------------------------------------------------------------


def test_first_short_line_is_the_headline_and_its_repeat_goes() -> None:
    text = f"Selva Bridge Opens To Traffic\n\n{BODY}\n\nSelva Bridge Opens To 'Traffic'\n\n{BODY2}"
    a = run(text)
    assert a.title == "Selva Bridge Opens To Traffic"
    assert reasons(a)["headline-repeat"] == ["Selva Bridge Opens To 'Traffic'"]
    assert a.paragraphs == [BODY, BODY2]


def test_a_finished_first_sentence_is_not_a_headline() -> None:
    a = run(f"{BODY}\n\n{BODY2}")
    assert a.title is None and a.paragraphs == [BODY, BODY2]


def test_headline_with_site_suffix_and_headline_prefix() -> None:
    a = run(
        f"Selva bridge opens to traffic | valleynews.example\n\nSelva bridge opens to traffic {BODY}\n\n{BODY2}",
        title="Selva bridge opens to traffic",
    )
    assert len(reasons(a)["headline-repeat"]) == 2
    assert a.paragraphs == [BODY, BODY2]


def test_repeated_paragraph_and_reworded_copy_are_kept_once() -> None:
    lede = '"We waited two years for this bridge," mayor Ana Sol said, thanking the engineers and the builders.'
    copy = (
        '"We waited two years for this bridge," Sol said, thanking the engineers and the builders.'
    )
    summary = "The county and the region agreed to share the maintenance costs, mayor Sol said."
    reworded = "The county and the region agreed to share the maintenance costs, the mayor added."
    a = run(f"{lede}\n\n{summary}\n\n{BODY}\n\n{copy}\n\n{reworded}\n\n{BODY2}\n\n{BODY2}")
    assert a.paragraphs == [lede, summary, BODY, BODY2]
    assert len(reasons(a)["duplicate-paragraph"]) == 3


def test_different_paragraphs_with_shared_words_are_kept() -> None:
    a = run(
        "The bridge opened on Tuesday after two years of work by the county engineers.\n\n"
        "The tunnel closed on Tuesday after two years of complaints by the local residents."
    )
    assert len(a.paragraphs) == 2


def test_repeated_sentence_inside_another_paragraph() -> None:
    a = run(f"{BODY} {BODY2}\n\nTraffic was light in the morning. {BODY2}")
    assert reasons(a)["duplicate-sentence"] == [BODY2]
    assert a.paragraphs[1] == "Traffic was light in the morning."


def test_repeated_tag_line_and_lead_labels() -> None:
    a = run(f"World News\n\nLocal economy\n\n{BODY}\n\nLocal economy\n\n{BODY2}")
    assert reasons(a)["tag-line"] == ["Local economy", "Local economy"]
    assert reasons(a)["section-label"] == ["World News"]
    assert a.paragraphs == [BODY, BODY2]


def test_section_headings_inside_the_story_stay() -> None:
    a = run(f"{BODY}\n\nWhat happens next\n\n{BODY2}")
    assert a.paragraphs == [BODY, "What happens next", BODY2]


# --- the whole stage -------------------------------------------------------------------------


def test_clean_is_idempotent_and_keeps_offsets_consistent() -> None:
    a = run(f"Partager:\n\nJAKARTA - {BODY}\n\n{BODY2}")
    assert clean(a) is a
    assert a.text == "\n\n".join(a.paragraphs)
    assert a.provenance.cleaned


def test_every_removed_line_is_absent_from_the_body_and_has_a_reason() -> None:
    text = (
        "This Article is From Mar 3, 2021\n\nFerry Strike Halts Crossings\n\nPartager:\n\n"
        f"OSLO - {BODY}\n\nFerry Strike Halts Crossings\n\n{BODY2}\n\n"
        "Other language editions here are automatically generated by the AI.\n\n."
    )
    a = run(text)
    for r in a.provenance.removed:
        assert r.reason and r.text
    assert "Partager" not in a.text and "automatically" not in a.text and "OSLO" not in a.text
    assert a.provenance.signals


def test_a_lead_that_starts_with_the_headline_keeps_its_words() -> None:
    # The headline is the lead's first words; the sentence goes on in lower case.
    lead = "Selva county could close the old bridge over the river if the inspection fails, officials said."
    a = run(f"{lead}\n\n{BODY2}", title="Selva county could close the old bridge")
    assert a.paragraphs == [lead, BODY2]
    assert "headline-repeat" not in reasons(a)


def test_a_headline_joined_to_its_standfirst_or_byline_is_still_cut() -> None:
    title = "Selva county opens its new river bridge"
    a = run(f"{title} – two years of detours end\n\n{BODY}\n\n{BODY2}", title=title)
    assert a.paragraphs[0] == "two years of detours end"
    b = run(f"{title} by Ana Sol Tuesday, May 5, 2026 {BODY}\n\n{BODY2}", title=title)
    assert b.paragraphs[0].startswith("by Ana Sol")


# --- page chrome around a scraped excerpt ---------------------------------------------------


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("By Lena Osei | Staff Reporter | Published Oct. 3, 2026 at 7:45 a.m. | Updated 2:10 p.m.", "meta-bar"),
        ("Von Jonas Kreil | 04.10.2026, 13:12 Uhr", "meta-bar"),
        ("Redacción / Agencias | Actualizado: 04/10/2026 13:05", "meta-bar"),
        ("Tomas Vire · Oct 4, 2026 · 6 min read", "meta-bar"),
        ("Régions | Par Anne Lory | Publié le 04/10/2026 à 07h30, mis à jour à 11h02", "meta-bar"),
        ("Faits divers | Selva", "breadcrumb"),
        ("Selva Post › Region", "breadcrumb"),
        ("BRNT $71.20 ▼0.4% | Gold $2,604 ▲0.2%", "ticker"),
        ("TICKER: Selva Index 1,842 (+1.2%) | Brent $81.20", "ticker"),
        ("We use cookies to improve your experience on our site. Accept all | Manage settings", "cookie-notice"),
        ("Ce site utilise des témoins (cookies). En poursuivant votre navigation, vous acceptez notre politique.", "cookie-notice"),
        ("We use cookies to improve your experience. By continuing to browse you agree to our cookie policy.", "cookie-notice"),
        ("Wij gebruiken cookies om je de beste ervaring te bieden. Door verder te surfen ga je akkoord.", "cookie-notice"),
        ("Deze website maakt gebruik van cookies. Lees ons cookiebeleid.", "cookie-notice"),
        ("NEWSLETTER: Get the Selva Post's morning briefing in your inbox. Sign up here.", "newsletter"),
        ("Newsletter: Das Wichtigste aus Selva jeden Morgen in Ihrem Postfach – jetzt anmelden", "newsletter"),
        ("Abonnieren Sie unseren Newsletter „Selva am Morgen“ – werktags um 6 Uhr.", "newsletter"),
        ("Infolettre : recevez chaque matin l'essentiel de l'actualité régionale.", "newsletter"),
        ("Subscreva a nossa newsletter e receba as principais notícias todas as manhãs.", "newsletter"),
        ("Receba as notícias da Gazeta Selvense no seu e-mail", "newsletter"),
        ("Meer nieuws? Schrijf je in voor onze dagelijkse nieuwsbrief en mis niets.", "newsletter"),
        ("Cet article vous est offert. Abonnez-vous pour 1 € le premier mois.", "paywall"),
        ("Sigue toda la última hora en nuestro canal de WhatsApp", "engagement"),
        ("Share on Facebook | Share on X | 14 comments", "share-residue"),
        ("Partager : Facebook · X · Courriel", "share-residue"),
        ("Share on Facebook Share on X Email Listen to this story (3 min)", "share-residue"),
    ],
)
def test_page_chrome_of_a_scraped_excerpt(line: str, reason: str) -> None:
    a = run(f"{BODY}\n\n{line}\n\n{BODY2}")
    assert reasons(a).get(reason) == [line]
    assert a.paragraphs == [BODY, BODY2]


def test_a_caption_credited_to_a_photographer_for_the_outlet_goes() -> None:
    caption = "Crowds wait by the Selva bridge on Sunday morning. (Luc Varenne for The Selva Post)"
    a = run(f"{BODY}\n\n{caption}\n\n{BODY2}")
    assert reasons(a)["caption"] == [caption] and a.paragraphs == [BODY, BODY2]


def test_a_caption_whose_credit_names_a_photographer_by_initial_goes() -> None:
    caption = "Smoke rises over the Selva bridge after the blast. Photo: J. Amsel / Selva Wire"
    a = run(f"{BODY}\n\n{caption}\n\n{BODY2}")
    assert reasons(a)["caption"] == [caption] and a.paragraphs == [BODY, BODY2]


def test_a_live_blog_update_label_goes_and_its_news_stays() -> None:
    a = run(f"{BODY}\n\nUpdate, 18.40 Uhr: Die Brücke ist wieder für den Verkehr freigegeben.")
    assert reasons(a)["update-label"] == ["Update, 18.40 Uhr:"]
    assert a.paragraphs[-1] == "Die Brücke ist wieder für den Verkehr freigegeben."


def test_a_labelled_photo_caption_goes_and_the_sentence_above_stays() -> None:
    """"Photo: … (Archive)" is a caption of its own; the credit in it takes no sentence of
    the story along (the old rule took the paragraph above a credit for its caption)."""
    caption = "Photo: The Selva bridge during a flood drill in May. (Archive)"
    a = run(f"{BODY}\n\nThe mayor declared a day of celebration.\n\n{caption}\n\n{BODY2}")
    assert reasons(a)["caption"] == [caption]
    assert "The mayor declared a day of celebration." in a.paragraphs


@pytest.mark.parametrize(
    "line",
    [
        "Ticker | Security | Last | Change",  # a table's header
        "Selva Transit – Regional Bus Company",  # an item of a list
        "Mayor Ana Holt: the bridge opens on Tuesday | the detour ends then",
        "Officials said the cookies handed out at the opening were made by a local bakery.",
    ],
)
def test_lines_like_chrome_that_are_the_story_stay(line: str) -> None:
    a = run(f"{BODY}\n\n{line}\n\n{BODY2}")
    assert line in a.paragraphs


def test_a_byline_line_under_a_section_label_is_no_continuation_of_it() -> None:
    """"Esteri" / "di Paola Ferri" on two lines: a section label and a byline, not one
    headline "Esteri di Paola Ferri" (a line in lower case after an unfinished one
    otherwise continues it)."""
    body = "Il ministro dei Trasporti si è dimesso lunedì dopo lo scandalo degli appalti.\nLa premier ha accettato le dimissioni e ha nominato un ministro ad interim."
    a = run(f"Esteri\ndi Paola Ferri\n{body}", lang="it")
    assert a.title != "Esteri di Paola Ferri"
    assert "Paola Ferri" not in a.text


def test_a_section_label_of_two_words_and_a_sign_is_no_headline() -> None:
    """"POLICY & MARKETS" above a story with no title is the page's section, not its
    headline; "Selva bridge opens" is one."""
    assert run(f"POLICY & MARKETS\n\n{BODY}\n\n{BODY2}").title is None
    assert run(f"Selva bridge opens\n\n{BODY}\n\n{BODY2}").title == "Selva bridge opens"


def test_a_paywall_notice_of_two_sentences_goes() -> None:
    notice = "This content is for subscribers. You have 2 free articles left this month."
    a = run(f"{notice}\n\n{BODY}\n\n{BODY2}")
    assert notice in reasons(a).get("paywall", []) and notice not in a.text


@pytest.mark.parametrize(
    "line",
    [
        "Last updated: 10:15 GMT",
        "Mis à jour le 12/03/2025 à 10h15",
        "This story was updated at 10:15.",
        "Este contenido ha sido actualizado el 12/03/2025 a las 10:15.",
        "Dieser Artikel wurde am 12. März 2025 um 10.15 Uhr aktualisiert.",
        "Dit artikel is bijgewerkt op 12 maart om 10.15 uur.",
    ],
)
def test_an_update_stamp_of_a_time_or_a_numeric_date_goes(line: str) -> None:
    """A page's update stamp is no sentence of the story (it was a summary sentence, with a
    dissent note on its minutes); news that starts with "Updated" stays."""
    a = run(f"{BODY}\n\n{line}\n\n{BODY2}")
    assert a.paragraphs == [BODY, BODY2]
    kept = "Updated figures show 12 dead and 40 injured in the town."
    assert run(f"{BODY}\n\n{kept}\n\n{BODY2}").paragraphs == [BODY, kept, BODY2]


def test_a_related_story_teaser_of_any_length_goes() -> None:
    """"RELATED: <headline> - <teaser>" is another story's, however long its teaser."""
    teaser = (
        "RELATED: Grass fire near Orlen forces 300 from their homes (May 2023) - Crews fought "
        "for two days last spring to contain a blaze that burned 25 hectares of heath near the "
        "old quarry road. Nobody was hurt and the road reopened a week later."
    )
    a = run(f"{BODY}\n\n{teaser}\n\n{BODY2}")
    assert a.paragraphs == [BODY, BODY2]
    assert reasons(a)["read-more"] == [teaser]


def test_a_related_story_teaser_after_a_dash_goes() -> None:
    """"LEGGI ANCHE – <headline>. <teaser>": the label set off by a dash opens another
    story's paragraph (its 250 hectares were read as this fire's)."""
    teaser = (
        "LEGGI ANCHE – Monte Orlen, fiamme nella pineta: evacuate 300 persone. Il rogo, divampato "
        "a luglio dello scorso anno, aveva distrutto 250 ettari di bosco prima di essere domato."
    )
    a = run(f"{BODY}\n\n{teaser}\n\n{BODY2}")
    assert a.paragraphs == [BODY, BODY2]


@pytest.mark.parametrize("line", ["2 min read . Updated: 14 May 2024, 09:31", "Lecture : 3 min."])
def test_a_reading_time_line_goes(line: str) -> None:
    """A reading-time widget ("2 min read . Updated: …", "Lecture : 3 min.") is no figure of
    the story: two outlets' "2" and "3" minutes were a duration divergence."""
    a = run(f"{BODY}\n\n{line}\n\n{BODY2}")
    assert a.paragraphs == [BODY, BODY2]


@pytest.mark.parametrize(
    "notice",
    [
        "Este texto foi publicado a partir de um feed de agência, sem modificações. Apenas o título foi alterado.",
        "Questo articolo è stato pubblicato dal feed di un'agenzia senza modifiche.",
        "Dieser Text wurde ohne Änderungen aus einem Agentur-Feed veröffentlicht.",
    ],
)
def test_a_wire_feed_notice_in_other_languages_marks_a_copy(notice: str) -> None:
    """A Portuguese, Italian or German "published from an agency feed" notice: the article
    is syndicated, the notice no sentence of it (left in, it also kept the dateline after it,
    "Cuévanos, 13 ago 2025 (AAN) –", whose date became a false date divergence)."""
    a = run(f"{notice}\n\n{BODY}\n\n{BODY2}")
    assert a.syndicated is True and a.paragraphs == [BODY, BODY2]
    kept = "La decisione è stata pubblicata ieri dall'agenzia Ansa con molti dettagli sul bilancio."
    assert run(f"{BODY}\n\n{kept}").paragraphs == [BODY, kept]


@pytest.mark.parametrize(
    "line", ["Lunedì 16 giugno 2025 - Aggiornato alle 12:40", "Door Joris Verhoeckx maandag 16 juni 2025, 14:20"]
)
def test_a_date_and_update_or_byline_line_goes(line: str) -> None:
    """A date and an update stamp set off by a hyphen, a byline and its date in one line:
    page metadata (their 12:40 and 14:20 were an invented prison escape's time divergence)."""
    a = run(f"{BODY}\n\n{line}\n\n{BODY2}")
    assert a.paragraphs == [BODY, BODY2]


def test_a_dialogue_dash_written_as_a_hyphen_is_kept_and_a_list_bullet_goes() -> None:
    # "- It was sheer luck - said X." is a spoken line (a translation wrote the dash as a
    # hyphen): taking the hyphen for a bullet left the quote with no opening dash, unfound
    text = (
        f"{BODY}\n\n- It was sheer luck. The rope held - said the rescuer Ola Brenn.\n\n"
        f"- Ropes and helmets for every climber\n\n{BODY2}"
    )
    paragraphs = run(text).paragraphs
    assert paragraphs[1].startswith("– It was sheer luck.")
    assert paragraphs[2] == "Ropes and helmets for every climber"


def test_a_dialogue_hyphen_before_any_speech_verb_is_kept() -> None:
    # Dutch "bevestigde" is listed among the verbs that introduce reported speech only
    paragraphs = run(f"{BODY}\n\n- Het was puur geluk - bevestigde de kapitein.\n\n{BODY2}").paragraphs
    assert paragraphs[1].startswith("– Het was puur geluk")
