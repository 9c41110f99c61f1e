"""Bidirectional isolation of untrusted strings in HTML.

An outlet name holding a right-to-left override (U+202E) or right-to-left letters would,
printed as is, reorder whatever follows it on the line: the next outlet, the date. Every
string a template prints goes through `isolate` (the environments' `finalize`): one with
right-to-left letters or bidi controls is wrapped in FIRST STRONG ISOLATE ... POP DIRECTIONAL
ISOLATE, the plain-text form of `<bdi>`. The closing PDI also ends any embedding or override
the string left open, so nothing leaks out; it works inside attributes (tooltips) too.
Strings without such characters are printed unchanged.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import quote

from markupsafe import Markup

FSI, PDI = "\u2068", "\u2069"
# Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan... presentation forms, RTL historic scripts,
# and the bidi formatting characters themselves (marks, embeddings, overrides, isolates)
_NEEDS_ISOLATION = re.compile(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
    "\U00010800-\U00010fff\U0001e800-\U0001efff]"
)


def isolate(value: Any) -> Any:
    """`value` wrapped in FSI/PDI if it is a plain string that could reorder its neighbours.
    Markup (our own HTML, already isolated inside) passes unchanged."""
    if isinstance(value, str) and not isinstance(value, Markup) and _NEEDS_ISOLATION.search(value):
        return FSI + value + PDI
    return value


def unisolate(text: str) -> str:
    """A string typed back into a form: without the isolation marks `isolate` added."""
    return text.replace(FSI, "").replace(PDI, "")


def web_url(url: str | None) -> str | None:
    """An http(s) URL fit for an href, else None: a `javascript:` or `data:` URL from a feed
    must never become a link. Non-ASCII (and so any bidi control) is percent-encoded, so the
    link is plain ASCII that `isolate` leaves alone."""
    u = (url or "").strip()
    if not re.match(r"https?://", u, re.I):
        return None
    return quote(u, safe=":/?#[]@!$&'()*+,;=%~")
