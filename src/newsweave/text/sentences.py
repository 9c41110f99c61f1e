"""Sentence segmentation with character offsets, across languages.

pysbd knows abbreviations ("Dr.", "a.m.", "M.", "dott.") for the languages it
supports but costs about 1 ms a paragraph, so it only sees paragraphs where a
full stop is ambiguous; a plain punctuation rule gives the same answer on the
rest. Languages pysbd lacks go to sentencex. Afterwards, splits that fall inside
a quotation ("... for now. It is too early," she said.) are merged back. Chinese and
Japanese are cut by their own full stops; text in a script without case (Arabic, Hangul)
goes to sentencex, as the rules above look for a capital after a full stop.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from newsweave.lang import alternation, data, merged
from newsweave.text.dates import MONTH_NAMES
from newsweave.text.script import cased

# pysbd's languages (pysbd.languages.LANGUAGE_CODES), less those we never see in news.
PYSBD_LANGS = frozenset(
    {"en", "de", "fr", "es", "it", "nl", "pl", "ru", "zh", "ja", "ar", "da", "el", "bg", "fa", "hi"}
)
_CJK = frozenset({"zh", "ja"})
PYSBD_MAX_CHARS = 5000
MAX_QUOTE = 1000  # characters; a longer "quotation" is more likely an unclosed quote mark

# (a straight single quote opens or closes a quotation too: "… control. 'The fire is …'")
# German opens with the mark French closes with, glued to the word: "… später. »Wir …« Dann";
# French spaces it off: "… avec moi. » Elle se dit …"
_CANDIDATE = re.compile(r"[.!?…]+(?:\s?»)?[\"”“»«’')\]]*\s+(?=(?:[\"“«„‘'(\[]?\s?|[»›])[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁ0-9])")
# Full stops that may not end a sentence: initials, short capitalised words (Mr., Gen., Jan.),
# dotted abbreviations (U.S., a.m.), day numbers (German "19. Jahrhundert"), ellipses.
_LOWER_ABBR = (
    "sig|sigg|dott|prof|avv|ing|arch|sen|dep|pres|gen|col|cap|mons|don|sr|sra|srta|dr|dra|lic|av|vs|ca|vgl|"
    "bzw|nr|no|art|abs|st|hl|ul|pl|płk|ks|inż|mgr|etc|approx|mr|mrs|ms|lt|sgt|capt|gov|rep|jr|jan|feb|"
    "aug|sept|oct|nov|dec|mme|mlle|ste|env|cf|p|pp|op|cit|vol|fig|tel|ggf|usw|evtl|ehem|"
    "corp|inc|ltd|co|bros|dept|univ|assn|ave|blvd|rd|mt|ft|pct|núm|pág|tít|cía|ud|uds|vd|vds"
)
_RISKY = re.compile(
    rf"(?:^|[\s(\"“'‘])(?:[A-Za-zÀ-ÿ]|[A-ZÀ-Þ][a-zà-ÿ]{{1,3}}|[А-ЯЁа-яё]{{1,4}}|\w+\.\w+|\d{{1,2}}|(?i:{_LOWER_ABBR}))"
    r"\.\s+\S|\.\.\.\s|…\s"
)
# Titles before a name and abbreviations before a number: a split right after one is
# a segmenter's mistake (pysbd splits "El Sr. | García"), merged back whatever the splitter.
_TITLE_END = re.compile(
    r"(?:^|[\s(])(?i:mr|mrs|ms|dr|dra|prof|sr|sra|srta|mme|mlle|m|st|gen|col|capt|lt|sgt|gov|sen|rep|rev|"
    r"dott|sig|sigg|avv|ing|arch|mons|don|dña|pres|dep|lic|ks|płk|inż|mgr|prok|mec|dyr|insp|kom|"
    r"asp|podinsp|nadkom|mjr|kpt|red|bp|abp|проф|акад|г-н|г-жа)\.$"
    r"|(?:^|\s)[A-ZÀ-Þ]\.$"
)
# a first name and an initial ("Tadeusz K.", "Michael S."): the way Polish and German
# papers name suspects; a pronoun or an article after it opens the next sentence
_INITIAL_THEN_WORD = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+\s[A-ZÀ-ÖØ-Þ]\.(\s+)([A-ZÀ-ÖØ-Þ][^\W\d_]*)")
# a short word's full stop before a lower-case word: an abbreviation the segmenter did
# not know ("w 2022 r. na siedem lat", "ok. 300 tys. osób", dotted "m.in. dwa"), no sentence end
_SHORT_END = re.compile(r"(?:^|[\s(])(?:[^\W\d_]{1,4}\.)+$")
# a date's abbreviation after its year or month: "2021 r.", "15 maja br.", Russian "2021 г."
_DATE_ABBREVIATION = re.compile(
    rf"(?:\b(?:1[89]|20)\d\d\s+[^\W\d_]|\b(?:{alternation(MONTH_NAMES)})\s+[^\W\d_]{{1,3}})\.$",
    re.IGNORECASE,
)
# ... and approximations in the languages covered ("approx.", "ca.", Polish "ok.", Dutch "ong.",
# German "ungef." and "rd.", French "env.", Spanish and Portuguese "aprox."); not "OK." in
# capitals, which ends a sentence ("It was OK. 20 people came.")
_NUMBER_END = re.compile(
    r"(?:^|[\s(])(?!OK\.)(?i:no|nr|art|p|pp|vol|fig|tel|núm|pág|abs|ch|sec|ok|godz|ca|approx|appr|"
    r"aprox|ong|ungef|rd|env)\.$"
)  # "ok. godz. 15.40"
# a figure, or an amount whose currency comes first: "6170", "PLN 6,170", "€500", "R$ 50"
_AMOUNT_START = re.compile(r"(?:[A-Z]{1,3}\s?)?[$€£¥₹₽]?\s?\d")
# a figure's full stop: an ordinal where a lower-case word follows ("w 34. minucie", Turkish
# "34. dakikada"), or a capital after a word of the language's ORDINAL_DOT_LEADS ("in der
# 88. Minute", "am 3. September"), or a month name after it
_FIGURE_END = re.compile(r"(?:^|[\s(])([^\W\d_]+\s+)?(\d{1,3})\.$")
_MONTH_START = re.compile(rf"(?:{alternation(MONTH_NAMES)})\b", re.IGNORECASE)
# opening quotation mark -> the marks that close it
QUOTE_CLOSERS = {"“": "”", "«": "»", "„": "“”", "‹": "›", "「": "」", "『": "』"}
# ... and German's chevrons, which open where French ones close ("»Wir sind fertig.«")
GERMAN_CLOSERS = {"»": "«", "›": "‹"}
_QUOTE_MARK = re.compile('["“”«»„‹›「」『』]')


_RE_CACHE = 4096


@functools.cache
def _pysbd(lang: str) -> Any:
    import pysbd

    # pysbd formats ~700 regexes per language from its abbreviation lists; past the
    # stdlib's 512-entry pattern cache they are recompiled on every paragraph (2x slower).
    if getattr(re, "_MAXCACHE", _RE_CACHE) < _RE_CACHE:
        re._MAXCACHE = _RE_CACHE  # type: ignore[attr-defined]
    return pysbd.Segmenter(language=lang, clean=False, char_span=False)


def split_sentences(text: str, lang: str | None) -> list[str]:
    """The sentences of `text` (a paragraph or several separated by newlines)."""
    return [text[s:e] for s, e in sentence_spans(text, lang)]


def sentence_spans(text: str, lang: str | None) -> list[tuple[int, int]]:
    """(start, end) offsets of each sentence in `text`; whitespace is never inside a span's ends."""
    spans: list[tuple[int, int]] = []
    for m in re.finditer(r"[^\n]+", text):
        line = m.group(0)
        if line.strip():
            spans.extend((m.start() + s, m.start() + e) for s, e in _paragraph_spans(line, lang))
    return spans


def _paragraph_spans(par: str, lang: str | None) -> list[tuple[int, int]]:
    lang = (lang or "en").lower()
    if lang in _CJK:
        pieces = _rule_split(par, _CJK_END)
    elif lang not in PYSBD_LANGS or not cased(par):
        pieces = _sentencex(par, lang)
    elif not _CANDIDATE.search(par):
        pieces = [par]
    elif len(par) > PYSBD_MAX_CHARS:
        pieces = _sentencex(par, lang)  # pysbd slows down sharply on very long paragraphs
    elif _RISKY.search(par):
        pieces = _pysbd(lang).segment(par)
    else:
        pieces = _rule_split(par)
    return merge_quoted(par, merge_abbreviations(par, _locate(par, pieces), lang))


# a full stop of Chinese or Japanese, with the closing marks after it; a sentence goes on
# when a particle or a comma follows ("「…。」と述べた": "… he said")
_CJK_END = re.compile(r"[。！？!?]+[」』”’）)\]]*(?![と、，,っ」』”’])")


def _rule_split(par: str, ends: re.Pattern[str] = _CANDIDATE) -> list[str]:
    """`par` cut after each match of `ends`."""
    pieces, start = [], 0
    for m in ends.finditer(par):
        pieces.append(par[start : m.end()])
        start = m.end()
    pieces.append(par[start:])
    return pieces


def _sentencex(par: str, lang: str) -> list[str]:
    from sentencex import segment

    return list(segment(lang, par))


def _locate(par: str, pieces: list[str]) -> list[tuple[int, int]]:
    """Offsets of segmenter output in `par` (segmenters may drop or move whitespace)."""
    spans: list[tuple[int, int]] = []
    cursor = 0
    for piece in pieces:
        piece = piece.strip()
        if not piece:
            continue
        at = par.find(piece, cursor)
        if at < 0:  # the segmenter changed the text; fall back to one span for the rest
            rest = par[cursor:]
            if rest.strip():
                lead = len(rest) - len(rest.lstrip())
                spans.append((cursor + lead, cursor + len(rest.rstrip())))
            return spans
        spans.append((at, at + len(piece)))
        cursor = at + len(piece)
    return spans


_SENTENCE_END = re.compile(r"[.!?…。！？．]['\"’”»)」』）]*\s*$")


def ends_sentence(text: str) -> bool:
    """Whether `text` ends as a sentence does, in any script: ".", "!", "?", "…" or "。",
    closing quotes and brackets after."""
    return bool(_SENTENCE_END.search(text))


def one_sentence(text: str) -> bool:
    """Whether `text` holds no sentence break (a full stop, "!" or "?" before a capital)."""
    return _CANDIDATE.search(text.rstrip()) is None


def ends_with_title(text: str) -> bool:
    """Whether `text` ends with a title or an initial ("Mr.", "Dr.", "J."): a full stop
    there does not end a sentence when a name follows."""
    return bool(_TITLE_END.search(text))


@functools.cache
def _sentence_openers(lang: str) -> frozenset[str]:
    """Pronouns and articles of `lang` that never go on a name ("The", "Er", "Il"); name
    particles of any language ("De", "La", "Van") may, so they are left out."""
    cues = data(lang, "cues")
    words = {w.lower() for part in ("THIRD_PERSON", "DETERMINERS") for w in getattr(cues, part, ())}
    particles = {w.lower() for part in ("NAME_PARTICLES", "NAME_PREFIXES") for w in merged("cues", part)}
    return frozenset(w for w in words - particles if len(w) > 1)


def _initial_cuts(par: str, lang: str) -> list[tuple[int, int]]:
    """(end, start) of the gaps where a name's initial is followed by a pronoun or an
    article: "… captain Tadeusz K. | The night he spent in custody …" is two sentences,
    which segmenters keep as one."""
    openers = _sentence_openers(lang)
    return [
        (m.start(1), m.end(1))
        for m in _INITIAL_THEN_WORD.finditer(par)
        if m.group(2).lower() in openers and (m.start() == 0 or not par[m.start() - 1].isalnum())
    ]


def merge_abbreviations(par: str, spans: list[tuple[int, int]], lang: str = "en") -> list[tuple[int, int]]:
    """Undo splits after a title ("Dr.", "Sr.", "M.") before a name, "No." before a number, or
    a short word before a lower-case one ("r. na") or ending a bare date ("W 2021 r.");
    cut, and keep cut, where a named initial ends a sentence (`_initial_cuts`)."""
    cuts = _initial_cuts(par, lang)
    for gap_end, gap_start in cuts:
        spans = [piece for s, e in spans for piece in (
            ((s, gap_end), (gap_start, e)) if s < gap_end < e else ((s, e),))]  # fmt: skip
    if len(spans) < 2:
        return spans
    merged = [spans[0]]
    for start, end in spans[1:]:
        before = par[merged[-1][0] : merged[-1][1]]
        nxt = par[start : start + 1]
        if (
            (nxt.isupper() and ends_with_title(before) and (merged[-1][1], start) not in cuts)
            or (_NUMBER_END.search(before) and _AMOUNT_START.match(par, start))
            or (_SHORT_END.search(before) and (nxt.islower() or _date_only(before)))
            or nxt in ("ª", "º")  # an ordinal's indicator after its full stop: "a 12.ª edição"
            or ordinal_stop(before, par[start:end], lang)
        ):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def ordinal_stop(before: str, after: str, lang: str | None) -> bool:
    """Whether the full stop ending `before` is an ordinal's ("in der 88.", "w 34.", "am
    3.") going on into `after`: a lower-case word follows in any language, a month name,
    or a capital after a word of the language's ORDINAL_DOT_LEADS ("der", "am")."""
    m = _FIGURE_END.search(before)
    if not m or not after:
        return False
    if after[0].islower() or _MONTH_START.match(after):
        return True
    lead = (m.group(1) or "").strip().lower()
    return bool(lead) and lead in _ordinal_leads(lang)


@functools.cache
def _ordinal_leads(lang: str | None) -> frozenset[str]:
    return frozenset(w.lower() for w in getattr(data(lang or "en", "numbers"), "ORDINAL_DOT_LEADS", ()))


def stop_continues(before: str, after: str, lang: str | None) -> bool:
    """Whether a full stop ending `before` leaves the sentence going on into `after`, as
    `merge_abbreviations` reads it: a title before a name, an abbreviation before a
    number or a lower-case word, an ordinal ("in der 88. Minute")."""
    before, after = before.rstrip(), after.lstrip()
    if not before.endswith(".") or not after:
        return False
    return bool(
        (after[0].isupper() and ends_with_title(before))
        or (_NUMBER_END.search(before) and _AMOUNT_START.match(after))
        or (_SHORT_END.search(before) and after[0].islower())
        or ordinal_stop(before, after, lang)
    )


def _date_only(piece: str) -> bool:
    """A few words ending in a date and its abbreviation ("W 2021 r.", "Do 15 maja br."): a
    date that opens a sentence, not a sentence ("Sie kostet ca. 500 Euro." and "Koszt
    wyniesie 6170 zł." are sentences)."""
    return len(piece.split()) <= 5 and bool(_DATE_ABBREVIATION.search(piece))


def quote_spans(par: str) -> list[tuple[int, int]]:
    """(open, close) offsets of the quotations in a paragraph; an unclosed quote gives none."""
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    closers = ""
    for m in _QUOTE_MARK.finditer(par):
        i, ch = m.start(), m.group(0)
        if open_at is None:
            if ch in QUOTE_CLOSERS:
                open_at, closers = i, QUOTE_CLOSERS[ch]
            elif ch == '"' and (i == 0 or not par[i - 1].isalnum()):
                open_at, closers = i, '"'
            elif ch in GERMAN_CLOSERS and par[i + 1 : i + 2].isalnum() and (i == 0 or not par[i - 1].isalnum()):
                open_at, closers = i, GERMAN_CLOSERS[ch]  # German: »Wir sind fertig.«
        elif ch in closers:
            spans.append((open_at, i))
            open_at = None
        elif ch == "“" and closers == "”":
            open_at = i  # a second opening mark: the first quote was never closed
    return spans


def straight_quote_opens(text: str, i: int) -> bool:
    """Whether the straight single quote at `i` opens a quotation: after a space, a bracket
    or a dash, before a letter or digit (the apostrophe of "it's" opens nothing)."""
    prev = text[i - 1] if i else " "
    nxt = text[i + 1] if i + 1 < len(text) else ""
    return (prev.isspace() or prev in '([{—–-/:“"«') and nxt.isalnum()


def straight_quote_closes(text: str, j: int) -> bool:
    """Whether the single quote at `j` can close a quotation: after a non-space, before no
    letter or digit ("don't", "Russia’s" close nothing)."""
    prev = text[j - 1] if j else ""
    nxt = text[j + 1] if j + 1 < len(text) else ""
    return bool(prev) and not prev.isspace() and not nxt.isalnum()


def single_quote_spans(par: str) -> list[tuple[int, int]]:
    """(open, close) offsets of quotations in straight single quotes ("'We are ready. We
    go,' he said."), opened and closed as `straight_quote_opens` and `_closes` read them."""
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    for i, ch in enumerate(par):
        if ch != "'":
            continue
        if open_at is None and straight_quote_opens(par, i):
            open_at = i
        elif open_at is not None and straight_quote_closes(par, i):
            spans.append((open_at, i))
            open_at = None
    return spans


def merge_quoted(par: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Merge neighbouring sentences when the split between them falls inside one quotation."""
    if len(spans) < 2:
        return spans
    quotes = [(o, c) for o, c in [*quote_spans(par), *single_quote_spans(par)] if c - o <= MAX_QUOTE]
    if not quotes:
        return spans
    merged = [spans[0]]
    for start, end in spans[1:]:
        if any(o < start <= c for o, c in quotes):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged
