"""Repeats inside one article: the headline again in the body, tag lines, copied paragraphs and sentences.

Pages repeat text (a headline above and inside the story, a standfirst that is
also the first sentence, a category line above and below the story, the whole
article printed twice). The first occurrence stays; later ones go, with the
reason recorded. Articles repeat text too (an interview's recurring question, a
recipe's line, a sub-heading in every section), so a copy goes only when the
layout explains it: right next to its original, or inside a second copy of the
article, or (labels) above or below the story. Paragraphs whose numbers differ
are never copies: "12 killed" then "14 killed" is a difference the dossier must see.
"""

from __future__ import annotations

import re

from newsweave.ingest import patterns as P
from newsweave.ingest.dates import is_stamp_line
from newsweave.ingest.normalize import word_count
from newsweave.ingest.state import Work, norm
from newsweave.text.numbers import NUMBER_WORDS
from newsweave.text.sentences import ends_sentence

# Latin-script ends need a space and a capital after them; CJK ends ("。") need neither.
_SENTENCE_END = re.compile(
    r"[.!?…][\"”»’)]*(\s+)(?=[\"“«„(\[]?\s?[A-ZÀ-ÖØ-Þ0-9])|[。！？][」』）]*(\s*)(?=\S)"
)


def rough_sentences(par: str) -> list[str]:
    """Cheap sentence pieces for spotting repeats (the text stage does the real splitting)."""
    pieces, start = [], 0
    for m in _SENTENCE_END.finditer(par):
        gap = 1 if m.group(1) is not None else 2
        pieces.append(par[start : m.start(gap)])
        start = m.end(gap)
    pieces.append(par[start:])
    return [p for p in pieces if p]


def _words(text: str) -> list[str]:
    return norm(text).split()


def _title_forms(title: str) -> list[tuple[list[str], str]]:
    """The title's words and text, and those of each part around " | " or " - " ("Opinion | X",
    "X - Site")."""
    forms = [(_words(title), title)]
    parts = re.split(r"\s+[|–—-]\s+|\s*\|\s*", title)
    if len(parts) > 1:
        forms += sorted(((_words(p), p) for p in parts if len(_words(p)) >= 3), key=lambda f: len(f[0]), reverse=True)
    return [f for f in forms if f[0]]


def drop_headline_repeats(paragraphs: list[str], w: Work) -> list[str]:
    """Remove paragraphs that repeat the title; cut the title off a paragraph that starts with it."""
    if not w.title:
        return paragraphs
    forms = _title_forms(w.title)
    if not forms:
        return paragraphs
    out: list[str] = []
    for par in paragraphs:
        words = _words(par)
        for title, text in forms:
            if words[: len(title)] != title:
                continue
            if _body_sentence(par, len(title), text):
                break
            extra = len(words) - len(title)
            # Up to three extra words: a site name ("| Example.com") or a widget label ("image").
            if extra <= 3:
                w.drop(par, "headline-repeat")
                w.signal("headline repeated in the body")
                par = ""
            elif len(title) >= 4 and not _goes_on(par, cut := _cut_after_words(par, len(title))):
                w.drop(par[:cut], "headline-repeat")
                w.signal("headline repeated in the body")
                par = par[cut:].strip()
                iso = is_stamp_line(par)
                if iso:  # "Headline\nmonday, 22 May 2018" joined by the layout: the date line is left
                    w.set_published(iso, f"date line {par!r}")
                    w.drop(par, "date-line")
                    par = ""
            break
        if par:
            out.append(par)
    return out


_QUOTE_MARKS = "\"“”„«»‘’‚‹›"
_STOPS = ".!?…"


def _body_sentence(par: str, n: int, title: str) -> bool:
    """The title's `n` words open a sentence or a quotation of the body, not the headline printed
    again: a headline often quotes a line of the story ('… – „Das Dorf gibt es nicht mehr“'). The
    paragraph's words end a sentence where the title has no stop ('„Das Dorf gibt es nicht mehr.
    Die Altstadt …“'), its quotation goes on past them, or they are said by someone
    ('„…“, sagte sie.')."""
    end = _word_end(par, n)
    gap = re.match(r"\W*", par[end:]).group(0)  # type: ignore[union-attr]
    rest = par[end + len(gap) :]
    if any(c in _STOPS for c in gap) and not title.rstrip(_QUOTE_MARKS + " ").endswith(tuple(_STOPS)):
        return True
    if par[:1] in _QUOTE_MARKS and not any(c in _QUOTE_MARKS for c in par[1:end] + gap):
        return any(c in _QUOTE_MARKS for c in rest)  # the quotation closes further on
    return "," in gap and bool(rest) and par.rstrip(_QUOTE_MARKS + ")» ").endswith(tuple(_STOPS))


def _word_end(text: str, n: int) -> int:
    """Offset just after the n-th word of `text` (words as `norm` counts them)."""
    for count, m in enumerate(re.finditer(r"\w+", text), 1):
        if count == n:
            return m.end()
    return len(text)


def _goes_on(par: str, cut: int) -> bool:
    """The paragraph's sentence goes on past the title's words: a lead whose first words are the
    headline ("Firm could cut up to 2,000 jobs | at its plant if talks fail, ...") is no headline
    joined to the body, which starts anew: a capital, a digit, a quotation mark, after a dash
    ("... review – shoots for the moon"), a byline ("by Jeff Foust") or a date line."""
    gap = par[:cut].rstrip()
    rest = par[cut:].lstrip()
    if not rest or gap.endswith(("-", "–", "—", ":", "|")):
        return False
    if gap.endswith((",", ";")):
        return True
    return rest[0].islower() and not P.BYLINE_LEAD.match(rest) and not is_stamp_line(rest)


def _cut_after_words(text: str, n: int) -> int:
    """Offset just after the n-th word of `text` (words as `norm` counts them), and its trailing punctuation."""
    count = 0
    for m in re.finditer(r"\w+", text):
        count += 1
        if count == n:
            end = m.end()
            while end < len(text) and not text[end].isalnum() and text[end] not in '"“«„(':
                end += 1
            return end
    return len(text)


def _prose_span(paragraphs: list[str]) -> tuple[int, int]:
    """Indexes of the first and last prose paragraphs (8 words or more); (len, -1) when none."""
    prose = [i for i, par in enumerate(paragraphs) if word_count(par) >= 8]
    return (prose[0], prose[-1]) if prose else (len(paragraphs), -1)


def drop_tag_lines(paragraphs: list[str], w: Work) -> list[str]:
    """A short line that appears twice or more, once above or below the story, is a tag or
    section label; short lines that recur only inside the story are its sub-headings."""
    first, last = _prose_span(paragraphs)
    counts: dict[str, int] = {}
    framing: set[str] = set()
    for i, par in enumerate(paragraphs):
        if _short_label(par):
            counts[norm(par)] = counts.get(norm(par), 0) + 1
            if i < first or i > last:
                framing.add(norm(par))
    repeated = {key for key, n in counts.items() if n >= 2 and key and key in framing}
    if not repeated:
        return paragraphs
    out = []
    for par in paragraphs:
        if _short_label(par) and norm(par) in repeated:
            w.drop(par, "tag-line")
            w.signal(f"tag line {par!r} repeated")
        else:
            out.append(par)
    return out


def _short_label(par: str) -> bool:
    return len(par) <= 40 and word_count(par) <= 5 and not ends_sentence(par)


def drop_lead_labels(paragraphs: list[str], w: Work) -> list[str]:
    """Section labels above the story ("World News", "Health"): 1-3 words before the first prose."""
    out: list[str] = []
    in_lead = True
    for par in paragraphs:
        if in_lead and word_count(par) >= 8:
            in_lead = False
        if (
            in_lead
            and len(par) <= 30
            and word_count(par) <= 3
            and not ends_sentence(par)
            and not par.endswith((",", ":", "，", "、", "："))
            # "200 g Zucker", "Moderator: Jan Berg": quantities and key-value lines are content
            and not any(c.isdigit() for c in par)
            and ": " not in par
        ):
            w.drop(par, "section-label")
            continue
        out.append(par)
    return out


NEAR_COPY_GAP = 3  # a copy this close to its original is the layout's stutter (alt text, standfirst)
MIN_COPY_WORDS = 6  # shorter repeats are labels: the tag-line rule judges them


def drop_duplicates(paragraphs: list[str], w: Work) -> list[str]:
    """Keep the first of repeated paragraphs (exact or near copies), then of repeated sentences."""
    words = [_words(par) for par in paragraphs]
    second_copy = _second_copy(paragraphs, words)
    kept: list[str] = []
    seen: dict[str, int] = {}
    recent: list[tuple[int, list[str], set[str]]] = []
    for i, par in enumerate(paragraphs):
        if not words[i]:
            continue
        key = " ".join(words[i])
        wordset = set(words[i])
        if i in second_copy or (
            len(words[i]) >= MIN_COPY_WORDS
            and (
                i - seen.get(key, -NEAR_COPY_GAP - 1) <= NEAR_COPY_GAP
                or any(
                    i - j <= NEAR_COPY_GAP and _near_copy(words[i], wordset, other, other_set)
                    for j, other, other_set in recent
                )
            )
        ):
            w.drop(par, "duplicate-paragraph")
            w.signal("repeated paragraph kept once")
            continue
        seen[key] = i
        kept.append(par)
        recent = [*recent[-NEAR_COPY_GAP:], (i, words[i], wordset)]
    return _drop_repeated_sentences(kept, w)


def _second_copy(paragraphs: list[str], words: list[list[str]]) -> set[int]:
    """Indexes of a run of exact copies that holds at least half the words printed before it:
    the page printed the article again (a teaser block, a print view, an AMP copy)."""
    seen: set[str] = set()
    before = 0
    out: set[int] = set()
    run: list[int] = []
    run_words = 0
    run_start_before = 0

    def close() -> None:
        if run and run_words >= max(1, run_start_before) / 2 and len(run) >= 3:
            out.update(run)

    for i, toks in enumerate(words):
        key = " ".join(toks)
        if toks and key in seen:
            if not run:
                run_start_before = before
            run.append(i)
            run_words += len(toks)
        elif toks:
            close()
            run, run_words = [], 0
        seen.add(key)
        before += len(toks)
    close()
    return out


def _numbers(words: list[str]) -> list[str]:
    return sorted(x for x in words if x in NUMBER_WORDS or any(c.isdigit() for c in x))


def _near_copy(a: list[str], sa: set[str], b: list[str], sb: set[str]) -> bool:
    if a == b:
        return True
    if min(len(a), len(b)) < 8 or min(len(a), len(b)) < 0.6 * max(len(a), len(b)):
        return False
    if _numbers(a) != _numbers(b):
        return False  # "12 people were killed" / "14 people were killed": both stay
    jaccard = len(sa & sb) / len(sa | sb)
    if jaccard >= 0.8:
        return True
    prefix = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        prefix += 1
    # A reworded copy: same opening, most words shared ("..., Putin said." / "..., the president added.").
    return jaccard >= 0.7 and prefix >= 6


def _drop_repeated_sentences(paragraphs: list[str], w: Work) -> list[str]:
    """A sentence repeated in a nearby paragraph (a standfirst that is also the lede's first
    sentence) goes; one that recurs further on (an interview's question) is the article's own."""
    seen: dict[str, int] = {}
    out: list[str] = []
    for i, par in enumerate(paragraphs):
        sentences = rough_sentences(par)
        keep = []
        for sentence in sentences:
            key = norm(sentence)
            if word_count(key) >= 6 and i - seen.get(key, -NEAR_COPY_GAP - 1) <= NEAR_COPY_GAP:
                w.drop(sentence, "duplicate-sentence")
                w.signal("repeated sentence kept once")
                continue
            seen[key] = i
            keep.append(sentence)
        if len(keep) == len(sentences):
            out.append(par)
        elif keep:
            out.append(" ".join(keep))
    return out
