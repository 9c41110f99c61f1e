"""Quotations in embedded social-media posts that a handle signs ('"…"-@DrTedros').

The cleaner removes a post's signature line and keeps the handle that signed its
quotation (`Provenance.post_handles`); a signature it left in the text is read here too.
The quotation goes to the one person the article names with a part of the name in the
handle, else to the handle alone, which `quote_groups` resolves against the whole event.
"""

from __future__ import annotations

import re

from newsweave.align.names import QUOTE_MARKS, Attribution, signed_name
from newsweave.align.speakers import Speakers
from newsweave.model import Article

__all__ = ["handle_after", "signed_by", "signed_posts"]

_HANDLE = re.compile(r"[”»\"']?\s?[-–—]\s?@(\w{3,})")


def handle_after(text: str, close: int) -> str | None:
    """The handle signing the quotation whose closing mark is at `close`, if any."""
    m = _HANDLE.match(text, close)
    return m.group(1) if m else None


def signed_posts(article: Article) -> dict[int, str]:
    """Closing-mark offset -> handle, for the posts whose quotation a handle signed."""
    out = {}
    prov = article.provenance
    for post, handle in zip(prov.posts, prov.post_handles, strict=False):
        at = article.text.find(post)
        if handle and at >= 0 and post[-1:] in QUOTE_MARKS:
            out[at + len(post) - 1] = handle
    return out


def signed_by(sp: Speakers, handle: str) -> Attribution:
    """The attribution of a quotation `handle` signed (see the module)."""
    people = [x for x in sp.mentions if x.kind == "name" and not x.org and x.name]
    name = signed_name(handle, (x.name or "" for x in people))
    found = [x for x in people if x.name == name]
    mention = max(found, key=lambda x: x.j - x.i) if found else None
    return Attribution(mention, "@" + handle)
