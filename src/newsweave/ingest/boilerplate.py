"""Page furniture by language: one table per language, compiled into the cleaner's patterns.

Each language's `newsweave.lang.<code>.boilerplate` module lists the phrases a page prints around an
article, never words of the article itself, as lower-case regular-expression fragments
in these tables (a table a module leaves out is one we know no phrases for):

    SEE_ALSO       line openers of "see also" / related-links lines; a bare one opens a
                   list of link titles ("You may also like", "DON'T MISS")    -> read-more
    PAYWALL        subscription pitches, anywhere in a short paragraph       -> paywall
    NEWSLETTER     newsletter sign-up pitches, anywhere in a short paragraph  -> newsletter
    ADVERTISING    ad disclosures that are the whole line ("Anzeige")        -> advertising
    PICTURE_LABEL  labels naming the picture ("Titelbild:", "Beitragsbild")  -> picture-label
    PICTURE_SOURCE where a picture comes from, the bracket closing a short
                   caption ("… en el puente de Teruel, el pasado invierno. (Archivo)") -> caption
    STAFF_CREDIT   credit lines ("Reporting by X; Editing by Y")             -> author-credit
    AUTHOR_BIO     a short bio or contact line after the story               -> author-bio
    ENGAGEMENT     follow / share / comment pitches, in a short paragraph    -> engagement
    DISCLOSURE     ad and affiliate disclosures, in a short paragraph        -> ad-disclosure
    WIDGET         page widgets that are the whole line ("5 min read")       -> page-widget
    CORRECTION     correction and update notices ("Correction: An earlier
                   version of this article said ..."), opening a paragraph   -> correction-notice
    EDITOR_NOTE    an editor's-note label ("Editor's note:", "Anm. d. Red.:")
                   that may stand before a CORRECTION notice                 (label only)
    DESK_BYLINE    a byline naming the outlet's own desk or correspondent, not
                   a person ("Door onze verslaggevers", "De notre
                   correspondante"): the whole line, after a dateline, or one
                   part of a metadata bar                                    -> byline
    AGENCY_FEED    notices that the text is an agency's copy published as
                   received ("… no ha sido editada por la redacción"); the
                   article is marked syndicated                              -> syndication-notice
    SHARE          the words of a share bar besides the networks' names
                   ("Share on", "Condividi su", "Invia con", "Copy the link"):
                   a line of these and two networks or more                  -> share-residue
    DISCLAIMER     the outlet's disclaimers ("… does not constitute
                   investment advice", "… non sostituisce il parere del
                   medico"), in a short paragraph                            -> disclaimer
    BYLINE_ROLE    a byline's role after the name ("By Ana Sol, chief
                   political correspondent"), the last word a role noun      -> byline

Adding a language is adding `lang/<code>/boilerplate.py`; adding a phrase is one line there.
"""

from __future__ import annotations

import re

from newsweave.lang import each

LANGUAGES = tuple(code for code, _ in each("boilerplate"))
TABLES = (
    "SEE_ALSO",
    "PAYWALL",
    "NEWSLETTER",
    "ADVERTISING",
    "PICTURE_LABEL",
    "PICTURE_SOURCE",
    "STAFF_CREDIT",
    "AUTHOR_BIO",
    "ENGAGEMENT",
    "DISCLOSURE",
    "WIDGET",
    "CORRECTION",
    "EDITOR_NOTE",
    "DESK_BYLINE",
    "AGENCY_FEED",
    "SHARE",
    "DISCLAIMER",
    "BYLINE_ROLE",
)


def phrases(table: str) -> list[str]:
    """All languages' entries of one table, longest first (so "read more" wins over "read"), then alphabetical."""
    out: set[str] = set()
    for _, module in each("boilerplate"):
        out.update(getattr(module, table, ()))
    return sorted(out, key=lambda p: (-len(p), p))  # ties in a fixed order, not hash order


def _curly(fragment: str) -> str:
    """The fragment with each straight apostrophe matching a typographic one too: pages print
    "lettre d’information", "Foto d’archivio" as often as with "'" (inside a class "[\\w'’]"
    the mark is added, outside it becomes "['’]")."""
    out: list[str] = []
    in_class = False
    i = 0
    while i < len(fragment):
        c = fragment[i]
        if c == "\\":
            out.append(fragment[i : i + 2])
            i += 2
            continue
        if c == "'":
            out.append("'’" if in_class else "['’]")
        else:
            out.append(c)
            if c == "[" and not in_class:
                in_class = True
                if fragment[i + 1 : i + 2] == "^":
                    out.append("^")
                    i += 1
                if fragment[i + 1 : i + 2] == "]":  # "[]…]": a bracket first is a member
                    out.append("]")
                    i += 1
            elif c == "]" and in_class:
                in_class = False
        i += 1
    return "".join(out)


def _union(table: str) -> str:
    return "|".join(_curly(p) for p in phrases(table))


_I = re.I
# (?!\w) and not \b: entries such as "watch:" end in punctuation.
# "[Related: ...]" and "(Leggi anche su: ...)" are the same line in brackets.
SEE_ALSO = re.compile(rf"^[\[(]?(?:{_union('SEE_ALSO')})(?!\w)\s*[:.…»>|-]*\s*(.*?)[\])]?$", _I)
# The same label and a colon or a dash opening a longer paragraph: another story's teaser
# ("RELATED: Wildfire forces 600 from their homes - Firefighters battled …", "LEGGI ANCHE –
# Monte Cerreto, fiamme nella pineta: …")
SEE_ALSO_LABEL = re.compile(rf"^[\[(]?(?:{_union('SEE_ALSO')})(?<!:)(?:\s*:|\s+[–—-]\s)", _I)
PAYWALL = re.compile(_union("PAYWALL"), _I)
NEWSLETTER = re.compile(_union("NEWSLETTER"), _I)
ADVERTISING = re.compile(rf"^[\W_]*(?:{_union('ADVERTISING')})[\W_]*$", _I)
# a label and a colon ("Nella foto:"), or an abbreviation's stop ("Fot. Kolejka …")
PICTURE_LABEL = re.compile(rf"^(?:{_union('PICTURE_LABEL')})(?:\s*(?:[:|/©]|$)|(?<=\.)\s)", _I)
# "(Archivo)", "(Foto de arquivo)" closing the paragraph; `lines.py` wants a short one
PICTURE_SOURCE = re.compile(rf"\s*\((?:{_union('PICTURE_SOURCE')})\)\s*$", _I)
STAFF_CREDIT = re.compile(rf"^\(?\s*(?:{_union('STAFF_CREDIT')})\s+(\S[^;)]*)", _I)
AUTHOR_BIO = re.compile(_union("AUTHOR_BIO"), _I)
ENGAGEMENT = re.compile(_union("ENGAGEMENT"), _I)
DISCLOSURE = re.compile(_union("DISCLOSURE"), _I)
WIDGET = re.compile(rf"^[\W_]*(?:{_union('WIDGET')})[\W_]*$", _I)
CORRECTION = re.compile(_union("CORRECTION"), _I)
# "Anm. d. Red.: In einer früheren Version …": the label's stops are no sentence break, so
# `lines.py` looks for the notice after it; opening the paragraph only ("er [Anm. d. Red.:
# gemeint ist X] habe" is an aside in a sentence)
EDITOR_NOTE = re.compile(rf"^[\[(]?(?:{_union('EDITOR_NOTE')})\s*[:–—-]\s*", _I)
# the label only: `lines.py` checks what may follow it (a correspondent's name)
DESK_BYLINE = re.compile(rf"^(?:{_union('DESK_BYLINE')})(?!\w)", _I)
AGENCY_FEED = re.compile(_union("AGENCY_FEED"), _I)
# a share bar's words, each whole ("Share" and "on", not the "on" of "onward"); `lines.py`
# takes them and the networks' names out and wants nothing but separators left
SHARE = re.compile(rf"(?<!\w)(?:{_union('SHARE')})(?!\w)", _I)
DISCLAIMER = re.compile(_union("DISCLAIMER"), _I)
# "chief political correspondent", "envoyée spéciale à Dakar": a few words, a role, a place
BYLINE_ROLE = re.compile(
    rf"(?:[\w'’-]+\s+){{0,4}}(?:{_union('BYLINE_ROLE')})(?:\s+(?:in|at|à|au|en|a|em|w|im|op)\s+[\w'’ -]{{2,30}})?\.?",
    _I,
)
