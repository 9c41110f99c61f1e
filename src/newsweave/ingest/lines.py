"""Per-paragraph rules: each one recognises page furniture and records why it went.

A rule gets the paragraph, the working state and the paragraphs kept so far
(`out`, so a credit line can take the caption above it along). It returns None
when it does not apply, "" when the paragraph goes, or an edited paragraph that
the next rules see.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from newsweave.ingest import boilerplate as B
from newsweave.ingest import patterns as P
from newsweave.ingest.dates import find_date, is_stamp_line
from newsweave.ingest.normalize import word_count
from newsweave.ingest.outlets import wire_name
from newsweave.ingest.state import Work, norm

Rule = Callable[[str, Work, list[str]], str | None]

_QUOTE_OPEN = '“"«„'
_TERMINAL = (".", "!", "?", ";", ",", ":", "…", "。", "！", "？", "：", "；", "，")
_VIDEO = re.compile(
    r"^(?:im video|video|vidéo|vídeo|watch|regardez|mira|guarda)\s*:|\bim video\s*:|^im video sehen sie\b",
    re.I,
)


_SENTENCE_BREAK = re.compile(r"[.!?…。！？]\s")
_LEAD_QUESTION = re.compile(r"¿?[^.!?¿]{3,78}\?\s+")


def words(text: str) -> int:
    return word_count(text)


def headline_like(text: str, max_words: int = 25) -> bool:
    """A line shaped like a headline or a link title: short, not a finished sentence."""
    return 1 <= words(text) <= max_words and len(text) <= 200 and not text.endswith(_TERMINAL)


def _caption_candidate(text: str) -> bool:
    return 0 < len(text) <= 400 and text[0] not in _QUOTE_OPEN and words(text) >= 3


# --- furniture --------------------------------------------------------------------------


def stray(par: str, w: Work, out: list[str]) -> str | None:
    if P.STRAY.match(par):
        return w.drop(par, "stray-punctuation")
    return None


def furniture(par: str, w: Work, out: list[str]) -> str | None:
    if len(par) > 250 or (w.title and len(par) >= len(w.title) - 5 and norm(par) == w.title_key()):
        return None
    if P.EDITOR_INITIALS.match(par) and "/" in par:
        # "LQ/AFP": the outlet's and the wire's initials
        wires = [part for part in par.split("/") if wire_name(part)]
        if wires:
            w.set_wire(wires[0], f"credit line {par!r}")
            return w.drop(par, "wire-credit")
    for pattern, reason in (
        (P.SHARE_RESIDUE, "share-residue"),
        (P.PAGE_CONTROLS, "page-controls"),
        (B.ADVERTISING, "advertising"),
        (B.PICTURE_LABEL, "picture-label"),
        (B.WIDGET, "page-widget"),
        (P.BREAKING_BANNER, "breaking-banner"),
        (P.BREADCRUMB, "breadcrumb"),
        (P.IMAGE_FILE, "image-file"),
        (P.SECTION_TAG, "section-label"),
        (P.EDITOR_INITIALS, "editor-initials"),
    ):
        if pattern.match(par):
            return w.drop(par, reason)
    if len(par) <= 140 and _VIDEO.search(par):
        return w.drop(par, "video-residue")
    return None


def share_bar(par: str, w: Work, out: list[str]) -> str | None:
    """Two networks or more and nothing else but share words and separators: "Share on: X |
    Bluesky | Copy the link", "Condividi su Facebook · Invia con Telegram · Email". After
    `read_more`, which calls a pitch that opens a bar ("Deel dit artikel: …") engagement."""
    if len(par) > 200 or len(P.NETWORK.findall(par)) < 2:
        return None
    rest = B.SHARE.sub(" ", P.NETWORK.sub(" ", par))
    return None if any(c.isalnum() for c in rest) else w.drop(par, "share-residue")


_LABEL_LINKS = frozenset("and in of the und et y e de di von für for".split())


def _label(part: str, max_words: int = 10) -> bool:
    """A short run of capitalised words: a name, a desk, a section ("Staff Reporter")."""
    ws = [x for x in part.split() if x != "/"]  # "Redacción / Agencias"
    return 0 < len(ws) <= max_words and ws[0][:1].isupper() and all(
        x[:1].isupper() or x in _LABEL_LINKS for x in ws[1:]
    ) and not part.endswith(_TERMINAL)


def _stamp(part: str) -> bool:
    """A part saying who wrote it or when: a byline, a date, a time, "6 min read"."""
    if P.DATE_STAMP.match(part) or P.UPDATE_STAMP.match(part):
        return True  # "Publié le 08/11/2026 à 07h30, mis à jour à 11h02"
    if words(part) > 8:
        return False  # "20 January 2019 copyright Inexhibit 2019 - ISSN: …" is a footer of its own
    return bool(
        P.BYLINE_LEAD.match(part)
        or _desk_byline(part)
        or P.META_SOURCE.match(part)
        or find_date(part)
        or P.STAMP_VALUE.fullmatch(part)  # "12/11/2025": find_date cannot tell the order
        or P.META_TIME.search(part)
        or B.WIDGET.match(part)
    )


def meta_bar(par: str, w: Work, out: list[str]) -> str | None:
    """A bar of page metadata: "By Priya Raman | Staff Reporter | Updated 2:10 p.m.",
    "Von Jens Reiter | 17.11.2026, 13:12 Uhr" (a byline or a stamp among labels), a
    section path ("Faits divers | Saint-Aubrel"), or a ticker ("SOX ▼1.2% | …")."""
    if len(par) > 200:
        return None
    if P.TICKER.search(par):
        return w.drop(par, "ticker")
    parts = [x.strip(" -–—") for x in P.META_SEPARATOR.split(par)]
    parts = [x for x in parts if x]
    if len(parts) < 2:
        # "Door Joris Verhoeckx maandag 16 juni 2025, 14:20": a byline and its date in one
        dated = P.BYLINE_LEAD.match(par) and find_date(par) and _stamp(par)
        return w.drop(par, "meta-bar") if dated else None
    if any(_stamp(x) for x in parts) and all(
        _stamp(x) or _label(x) or P.SHARE_RESIDUE.match(x) for x in parts
    ):
        return w.drop(par, "meta-bar")
    if (
        len(par) <= 60
        and len(parts) <= 3  # "Ticker | Security | Last | Change": a table's header
        and not P.DASH_SEPARATOR.search(par)  # "TK-Safe – Techniker Krankenkasse": a list item
        and all(x[:1].isupper() and words(x) <= 3 and not any(c.isdigit() for c in x) for x in parts)
    ):
        return w.drop(par, "breadcrumb")
    return None


def cookie_notice(par: str, w: Work, out: list[str]) -> str | None:
    """"We use cookies to improve your experience. Accept all | Manage settings"."""
    if len(par) <= 300 and P.COOKIE_NOTICE.search(par):
        return w.drop(par, "cookie-notice")
    return None


def social(par: str, w: Work, out: list[str]) -> str | None:
    """A post the article quotes keeps its words: only its signature line and links go."""
    if "@" not in par and "twitter.com" not in par and "t.co/" not in par and "x.com/" not in par:
        return None
    edited = par
    m = P.TWEET_SIGNATURE.search(edited)
    if m:
        w.drop(m.group(0), "tweet-signature")
        w.signal("embedded social-media post: signature and links removed, its text kept")
        edited = edited[: m.start()]
    for link in P.TWEET_LINK.findall(edited):
        w.drop(link, "tweet-link")
    edited = P.TWEET_LINK.sub("", edited)
    if edited == par:
        return None
    if m and edited.strip():
        w.posts.append(edited.strip())
        # '"…"-@DrTedros' signs the quotation; '— WHO (@WHO) March 11' only the account
        signer = P.QUOTE_SIGNER.match(m.group(0))
        w.post_handles.append(signer.group(1) if signer else "")
    return edited.strip() or ""


# --- dates, titles, notices ----------------------------------------------------------------


def date_lines(par: str, w: Work, out: list[str]) -> str | None:
    if len(par) > 100:
        return _update_note(par, w)
    m = P.DATE_STAMP.match(par)
    if m:
        found = find_date(m.group(1))
        if found:
            w.set_published(found[0], f"date stamp {par!r}")
            return w.drop(par, "date-line")
    m = P.UPDATE_STAMP.match(par)
    if m and (find_date(m.group(1)) or P.STAMP_VALUE.search(m.group(1))):
        return w.drop(par, "date-line")  # "Last updated: 10:15 GMT"; not "Updated figures show 12 dead"
    iso = is_stamp_line(par)
    if iso:
        w.set_published(iso, f"date line {par!r}")
        return w.drop(par, "date-line")
    return _update_note(par, w)


def _update_note(par: str, w: Work) -> str | None:
    """"Mis à jour le 14/05/2024 à 18h02 — Chiffres provisoires, …": a dated stamp and a short
    note on the article's state, not news (a live blog's "Update 14:05 - Police say …" has no date)."""
    m = P.UPDATE_NOTE.match(par) if len(par) <= 300 else None
    dated = m and (find_date(m.group(1)) or P.NUMERIC_DATE.search(m.group(1)))
    if m and dated and words(m.group(2)) <= 25:
        return w.drop(par, "correction-notice")
    return None


def original_title(par: str, w: Work, out: list[str]) -> str | None:
    m = P.ORIGINAL_TITLE.match(par)
    if not m or len(par) > 300:
        return None
    w.original_title = w.original_title or m.group(1).strip()
    w.signal("'Original title:' line kept as metadata")
    return w.drop(par, "original-title")


def _has_any(text: str, keys: tuple[str, ...]) -> bool:
    """Cheap substring pre-check so the big multilingual patterns only run on candidates."""
    low = text.lower()
    return any(k in low for k in keys)


def machine_translation(par: str, w: Work, out: list[str]) -> str | None:
    if len(par) > 400 or not _has_any(par, P.MT_KEYS):
        return None
    m = P.MT_NOTICE.search(par)
    if not m:
        return None
    w.machine_translated = True
    w.signal(f"machine-translation notice: {m.group(0)!r}")
    return w.drop(par, "machine-translation-notice")


def syndication(par: str, w: Work, out: list[str]) -> str | None:
    if len(par) > 400:
        return None
    if not (_has_any(par, P.SYNDICATION_KEYS) and P.SYNDICATION.search(par)) and not B.AGENCY_FEED.search(par):
        return None
    w.syndicated = True
    w.signal("syndication notice")
    m = P.EDITED_BY_STAFF.search(par)
    if m:
        w.set_outlet(m.group(1), "syndication notice names the publishing outlet")
    m = P.ORIGINALLY_IN.search(par)
    source = m and (m.group(1) or m.group(2))
    if source and wire_name(source):
        w.set_wire(source, "syndication notice")
    elif source:
        w.signal(f"originally published by {source.strip()}")
    return w.drop(par, "syndication-notice")


def wire_credits(par: str, w: Work, out: list[str]) -> str | None:
    if len(par) > 120:
        return None
    m = P.WITH_INPUTS.match(par) or P.WIRE_ALONE.match(par)
    if not m:
        return None
    if (
        P.WIRE_ALONE.match(par)
        and par[0].isalpha()
        and 0 < len(out) <= 2
        and _caption_candidate(out[-1])
    ):
        # "AP" under a picture description near the top credits the picture, not the story.
        _caption(out.pop(), w, "caption", out)
        return _caption(par, w, "photo-credit", out)
    name = re.split(r"\s*(?:,|and|&|et|y|und|/)\s*", m.group(1))[0]
    if wire_name(name):
        w.set_wire(name, f"wire credit {par!r}")
    return w.drop(par, "wire-credit")


def agency_line(par: str, w: Work, out: list[str]) -> str | None:
    """"Source: XNA", "mit Material von xnd": a credit line naming an agency no table knows.
    Where it stood is kept: `clean` takes the agency as the wire only from a line opening or
    closing the story, or one its dateline credit confirms ("Quelle: RKI" under a chart is
    a figure's source)."""
    m = P.AGENCY_LINE.match(par) if len(par) <= 120 else None
    if not m or wire_name(m.group(1) or m.group(3) or ""):
        return None  # a known wire's line is `wire_credits`'
    name = m.group(2) or m.group(1) or m.group(4) or m.group(3)
    w.agency_line = (name, len(out))
    if m.group(1):
        w.set_outlet(name, "'Source:' line")  # as `source_line` does: no other outlet known
        return w.drop(par, "source-line")
    return w.drop(par, "wire-credit")


def source_line(par: str, w: Work, out: list[str]) -> str | None:
    m = P.SOURCE_LINE.match(par)
    if not m:
        return None
    value = m.group(1).strip()
    if wire_name(value):
        w.set_wire(value, "'Source:' line names a wire")
    elif words(value) <= 6 and not re.search(r"https?://|@", value):
        w.set_outlet(value, "'Source:' line")
    return w.drop(par, "source-line")


def byline(par: str, w: Work, out: list[str]) -> str | None:
    if len(par) > 100:
        return None
    # a desk's byline ("By Our Correspondent" names no author), after the dateline it was
    # filed under ("PORTO (Portugal) - De notre correspondante, Claire Duvivier")
    place = P.DATELINE_WIRE.match(par) or P.DATELINE_UPPER.match(par)
    start = place.end() if place and place.group(1) else 0
    desk = _desk_byline(par[start:])
    if not desk:
        m = P.BYLINE_WITH_COLON.match(par) or P.BYLINE.match(par)
        head, comma, role = par.rpartition(",")
        if not m and comma and B.BYLINE_ROLE.fullmatch(role.strip()):
            m = P.BYLINE.match(head)  # "By Laura Finch, chief political correspondent"
            if not m and w.position <= 2:
                # "Ciarán Molloy, Technology Correspondent" atop the story, no "By"; further down
                # a name and a role sign the quote above them
                m = P.PERSON_ALONE.fullmatch(head)
        if not m:
            return None
        w.set_author(m.group(1), "byline")
        return w.drop(par, "byline")
    if desk.group(1):
        w.set_author(desk.group(1), "byline of a correspondent")
    if start and not w.dateline:
        w.dateline = place.group(1).strip()  # type: ignore[union-attr]
        w.signal(f"dateline {w.dateline!r} is where the outlet filed from, not the event's place")
    return w.drop(par, "byline")


def _desk_byline(part: str) -> re.Match[str] | None:
    """A byline naming the outlet's desk or correspondent, not a person, the whole of `part`
    ("Door onze verslaggevers", "Par notre correspondant à Niamey"); its group 1 is the
    correspondent's name where one follows ("De notre correspondante, Claire Duvivier")."""
    m = B.DESK_BYLINE.match(part)
    return P.DESK_TAIL.fullmatch(part, m.end()) if m else None


def read_more(par: str, w: Work, out: list[str]) -> str | None:
    """"See also" lines and the link titles under a bare one; pitches and notices (tables per
    language in `lang/<code>/boilerplate.py`)."""
    if w.related_links:
        if _link_title(par):
            return w.drop(par, "related-links")
        w.related_links = False
    if len(par) <= 200:
        m = B.SEE_ALSO.match(par)
        if m:
            w.related_links = not m.group(1).strip()
            return w.drop(par, "read-more")
    elif len(par) <= 600 and B.SEE_ALSO_LABEL.match(par):
        return w.drop(par, "read-more")
    # the notice may follow an editor's-note label, whose stops ("Anm. d. Red.:") end no sentence
    note = B.EDITOR_NOTE.match(par)
    notice = par[note.end() :] if note else par
    m = B.CORRECTION.search(notice) if len(par) <= 400 else None
    if m and not _SENTENCE_BREAK.search(notice, 0, m.start()):
        # a note on the article, not the news: its old figure is no outlet's figure
        return w.drop(par, "correction-notice")
    if len(par) > 300:
        return None
    # a pitch after a short question ("¿Te interesa la actualidad de Teruel? Únete a nuestro canal de
    # Telegram."): the patterns that want the pitch to open the line see it without the question
    q = _LEAD_QUESTION.match(par)
    after = par[q.end() :] if q else ""
    for pattern, reason in (
        (B.PAYWALL, "paywall"),
        (B.NEWSLETTER, "newsletter"),
        (B.ENGAGEMENT, "engagement"),
        (B.DISCLOSURE, "ad-disclosure"),
        (B.DISCLAIMER, "disclaimer"),
    ):
        m = pattern.search(par)
        # A pitch opens its paragraph; "... is hard. Leave a comment and tell us" is the writer's;
        # a short question may lead it in ("Meer nieuws? Schrijf je in …", "Ti è piaciuto questo articolo?",
        # "Envie de recevoir chaque semaine le meilleur de l'actualité locale ? Inscrivez-vous …")
        lead = par[: m.start()].strip() if m else ""
        if m and (not _SENTENCE_BREAK.search(par, 0, m.start()) or (len(lead) <= 80 and lead.endswith("?"))):
            return w.drop(par, reason)
        m = pattern.search(after) if after else None
        if m and not _SENTENCE_BREAK.search(after, 0, m.start()):
            return w.drop(par, reason)
    if _has_any(par, P.NOTICE_KEYS) and P.COPYRIGHT.search(par):
        return w.drop(par, "copyright")
    # A bio or contact line closes the story; the same words mid-story are about someone.
    if B.AUTHOR_BIO.search(par) and not _prose_follows(w):
        return w.drop(par, "author-bio")
    return None


def staff_credit(par: str, w: Work, out: list[str]) -> str | None:
    """A credit line of its own: "Reporting by Ana Sol; Editing by Jon Rask"."""
    if len(par) > 160 or not B.STAFF_CREDIT.match(par):
        return None
    return w.drop(par, "author-credit")


def _link_title(par: str) -> bool:
    """A line under "You may also like": a headline, a question headline included."""
    return headline_like(par) or (par.endswith("?") and words(par) <= 25 and len(par) <= 200)


# --- captions and picture credits --------------------------------------------------------------


def captions(par: str, w: Work, out: list[str]) -> str | None:
    if len(par) > 600:
        return None
    if w.caption_keys or w.credit_names:
        key = norm(par)
        if key in w.caption_keys:
            return w.drop(par, "caption")
        if len(par) <= 60 and key in w.credit_names:
            return w.drop(par, "photo-credit")
    # Every caption rule needs one of these marks; most paragraphs have none.
    if not (
        par.endswith(")") or "/" in par or "|" in par or "©" in par or _has_any(par, P.CAPTION_KEYS)
    ):
        return None
    if P.FILE_PHOTO.match(par):
        return _caption(par, w, "caption", out)
    if len(par) <= 120 and (P.CREDIT_ONLY.match(par) or P.CREDIT_LINE.match(par)):
        # The paragraph above a bare credit line is the picture's caption, when the story goes
        # on below the credit; a credit after the story's last paragraph credits the lead
        # picture and says nothing about that paragraph.
        if (
            out
            and _caption_candidate(out[-1])
            and not out[-1].endswith(":")
            and _prose_follows(w)
        ):
            _caption(out.pop(), w, "caption", out)
        return _caption(par, w, "photo-credit", out)
    if len(par) <= 300 and P.COPYRIGHT_MARK.search(par):
        return _caption(par, w, "photo-credit", out)
    if par[:1] not in _QUOTE_OPEN and (P.CREDIT_TAIL.search(par) or P.GLUED_CREDIT.search(par)):
        return _caption(par, w, "caption", out)
    source = B.PICTURE_SOURCE.search(par) if len(par) <= 250 else None
    if source and par[:1] not in _QUOTE_OPEN and source.group(0).strip()[1:2].isupper():
        # "Un camión cruza el puente de Teruel, el pasado invierno. (Archivo)": a short line closed by where its
        # picture comes from, capitalised as a credit is; no sentence of news ends so
        return _caption(par, w, "caption", out)
    tail = P.AGENCY_PAREN_TAIL.search(par)
    if tail and (P.POSITION_MARK.search(par) or (len(out) < 4 and len(par) <= 350)):
        return _caption(par, w, "caption", out)
    return None


def _prose_follows(w: Work) -> bool:
    return any(words(par) >= 8 for par in w.paragraphs[w.position + 1 :])


def _caption(par: str, w: Work, reason: str, out: list[str]) -> str:
    """Drop a caption; remember its text and credited names, which pages repeat nearby.

    A copy of the caption already kept (pages print it as alt text and again under
    the picture) goes too.
    """
    credit = (
        P.CREDIT_TAIL.search(par)
        or P.GLUED_CREDIT.search(par)
        or P.AGENCY_PAREN_TAIL.search(par)
        or B.PICTURE_SOURCE.search(par)
    )
    body = par[: credit.start()] if credit else par
    if body.strip():
        key = norm(body)
        w.caption_keys.add(key)
        for i in range(len(out) - 1, max(len(out) - 10, 0) - 1, -1):  # copies sit nearby
            if norm(out[i]) == key:
                w.drop(out.pop(i), "caption")
    credit_text = credit.group(0) if credit else par
    for name in re.split(r"[/|(),:;]", credit_text):
        if words(name) <= 4 and norm(name):
            w.credit_names.add(norm(name))
    w.signal("photo caption or credit removed")
    return w.drop(par, reason)


# --- inline edits ----------------------------------------------------------------------------


def inline(par: str, w: Work, out: list[str]) -> str | None:
    edited = par
    m = P.FLAG_PREFIX.match(edited)
    if m:
        w.drop(m.group(0), "flag-emoji")
        w.signal("flag-emoji artefact at paragraph start")
        edited = edited[m.end() :]
    m = P.UPDATE_LABEL.match(edited)
    if m and len(edited) > m.end() + 20:
        w.drop(m.group(0), "update-label")  # a live blog's "Update, 19.15 Uhr:" before the news
        edited = edited[m.end() :]
    if "[" in edited:
        marks = P.CITATION_MARK.findall(edited)
        if marks:
            for mark in marks:
                w.drop(mark, "citation-mark")
            edited = P.CITATION_MARK.sub("", edited)
    if len(out) < 3 and " | " in edited:
        m = P.CAPTION_PREFIX.match(edited)
        if m:
            _caption(m.group(0), w, "caption", out)
            edited = edited[m.end() :]
    if edited is par:
        return None
    return edited.strip() or ""


RULES: tuple[Rule, ...] = (
    stray,
    furniture,
    social,
    date_lines,
    original_title,
    machine_translation,
    syndication,
    wire_credits,
    agency_line,
    source_line,
    byline,
    staff_credit,
    read_more,
    share_bar,
    captions,
    meta_bar,  # after captions: "Dan Kitwood | Getty Images" credits the caption above it
    cookie_notice,
    inline,
)


def apply_rules(paragraphs: list[str], w: Work) -> list[str]:
    """Run every rule over every paragraph, in order; return the paragraphs kept."""
    out: list[str] = []
    w.paragraphs = paragraphs
    for i, par in enumerate(paragraphs):
        w.position = i
        for rule in RULES:
            result = rule(par, w, out)
            if result is None:
                continue
            par = result
            if not par:
                break
        if par:
            out.append(par)
    return out
