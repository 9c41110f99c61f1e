"""Whitespace, entities and paragraph boundaries: the shape of the text, not its content."""

from __future__ import annotations

import html
import re
import unicodedata

from newsweave.ingest.patterns import BYLINE
from newsweave.lang import merged
from newsweave.text.fold import fold, fold_all

_ENTITY = re.compile(r"&(?:#\d{2,6}|#x[0-9a-f]{2,6}|[a-z]{2,8});", re.I)
_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u200b\u200c\u200e\u200f\u2060\ufeff\u00ad]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_BULLET = re.compile(r"^(?:[•·▪●◦‣∙►▶]\s*|[-*+]\s+(?=[\w\"'“«„(]))")
_TERMINAL = re.compile(r"[.!?…:;\"”»’)。！？：；」』）]$")
# Scripts written without spaces between words: Han, kana, Hangul syllables are counted apart.
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_TABLE_RULE = re.compile(r"^\|?(?:\s*:?-{2,}:?\s*\|)+\s*:?-*:?\s*$")


def normalize_text(text: str) -> str:
    """NFC, entities decoded, odd spaces and invisible characters removed, lines stripped."""
    if "&" in text and _ENTITY.search(text):
        text = html.unescape(text)
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = _CONTROL.sub("", _INVISIBLE.sub("", text))
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(_unbullet(line) for line in lines)


# a spoken line a hyphen opens and closes before the speech verb ("- It was luck - said X."):
# a dialogue dash written as a hyphen, kept as a dash, not a list's bullet
_DIALOGUE_HYPHEN = re.compile(r"^-\s+\S.*?\s-\s+((?:[^\W\d_]+\s+){0,2}[^\W\d_]+)")
_SPEECH = fold_all([*merged("cues", "REPORTING_VERBS"), *merged("cues", "SAY_VERBS")])  # as `align.names.CUES`


def _unbullet(line: str) -> str:
    m = _DIALOGUE_HYPHEN.match(line)
    if m is not None and any(fold(w) in _SPEECH for w in m.group(1).split()):
        return "– " + line[2:].lstrip()
    return _BULLET.sub("", line)


def word_count(text: str) -> int:
    """Words of `text`: space-separated tokens, and for CJK scripts one word per two characters
    (a Japanese or Chinese sentence has no spaces, yet it is not "one word")."""
    cjk = len(_CJK.findall(text))
    if not cjk:
        return len(text.split())
    rest = _CJK.sub(" ", text)
    return len(rest.split()) + (cjk + 1) // 2


def table_rows(text: str) -> str:
    """Tables as trafilatura prints them ("| a | b |" lines): rules and empty cells dropped,
    each row one line of its cells joined by " | ", so the cleaning rules see plain rows."""
    if "|" not in text:
        return text
    out = []
    for line in text.split("\n"):
        stripped = line.strip()
        if not (stripped.startswith("|") and stripped.endswith("|")):
            out.append(line)
            continue
        if _TABLE_RULE.match(stripped):
            continue
        cells = [cell.strip() for cell in stripped.strip("|").split("|")]
        out.append(" | ".join(cell for cell in cells if cell))
    return "\n".join(out)


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs of normalised text.

    Blank lines separate blocks. Inside a block each line is a paragraph (most
    scraped text puts one paragraph per line), except that hard-wrapped prose
    (Markdown at 72-100 columns) and lines broken mid-sentence are joined.
    """
    paragraphs: list[str] = []
    for block in re.split(r"\n\s*\n", text):
        lines = [line for line in block.split("\n") if line]
        if not lines:
            continue
        if _hard_wrapped(lines):
            paragraphs.append(" ".join(lines))
            continue
        current = lines[0]
        for line in lines[1:]:
            # A line that starts in lower case continues a sentence broken by the page
            # layout; not a byline under a section label ("Esteri" / "di Paola Ferri").
            if line[0].islower() and not _TERMINAL.search(current) and not BYLINE.match(line):
                current = f"{current} {line}"
            else:
                paragraphs.append(current)
                current = line
        paragraphs.append(current)
    return paragraphs


def _hard_wrapped(lines: list[str]) -> bool:
    """Prose wrapped at a fixed width: lines of similar length, one at least cut mid-sentence."""
    if len(lines) < 2 or max(len(line) for line in lines) > 100:
        return False
    body = lines[:-1]
    if len(lines) == 2:
        return 60 <= len(body[0]) and lines[1][0].islower()
    widths = [len(line) for line in body]
    return (
        min(widths) >= 50
        and max(widths) - min(widths) <= 25
        and not all(_TERMINAL.search(x) for x in body)
    )


_MD_HEADING = re.compile(r"^#{1,6}\s+(.*?)\s*#*\s*$")
_MD_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1")
_MD_RULE = re.compile(r"^\s*(?:[-*_]\s*){3,}$")
_MD_COMMENT = re.compile(r"<!--.*?-->", re.S)


def strip_markdown(text: str) -> tuple[str, str | None, list[str]]:
    """Markdown to plain text: (text, first heading if the file starts with one, images alt texts).

    Only the syntax news files use: headings, links, images, emphasis, quotes, rules.
    """
    text = _MD_COMMENT.sub("", text)
    out: list[str] = []
    images: list[str] = []
    title: str | None = None
    in_fence = False
    for line in text.split("\n"):
        if line.strip().startswith("```"):
            in_fence = not in_fence
            continue
        if in_fence:
            out.append(line)
            continue
        for alt in _MD_IMAGE.findall(line):
            images.append(alt or "image")
        line = _MD_IMAGE.sub("", line)
        if _MD_RULE.match(line):
            out.append("")
            continue
        m = _MD_HEADING.match(line)
        if m:
            if title is None and not any(x.strip() for x in out):
                title = _MD_EMPHASIS.sub(r"\2", _MD_LINK.sub(r"\1", m.group(1)))
                out.append("")
                continue
            line = m.group(1)
            out.extend(["", line, ""])  # a heading is a paragraph of its own
            continue
        line = re.sub(r"^\s*>\s?", "", line)
        line = _MD_EMPHASIS.sub(r"\2", _MD_LINK.sub(r"\1", line))
        out.append(line)
    return "\n".join(out), title, images


_HTML_TAG = re.compile(r"<\s*/?\s*[a-zA-Z][^>]*>")


def looks_like_html(text: str) -> bool:
    """Whether a record's text field carries HTML markup (feeds and CMS exports do)."""
    return bool(_HTML_TAG.search(text[:5000])) and bool(
        re.search(r"<(?:p|br|div|span|a|em|strong|b|i|li|h[1-6])\b", text[:5000], re.I)
    )


def html_fragment_to_text(fragment: str) -> str:
    """Text of an HTML fragment with block elements as paragraphs; scripts and styles dropped."""
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return _HTML_TAG.sub(" ", fragment)
    etree.strip_elements(root, "script", "style", "noscript", "template", with_tail=False)
    for el in root.iter("br"):
        el.tail = "\n" + (el.tail or "")
    blocks = {
        "p",
        "div",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "tr",
        "figcaption",
        "pre",
        "section",
        "article",
    }
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag.lower() in blocks:
            el.tail = "\n\n" + (el.tail or "")
            if el.text:
                el.text = "\n\n" + el.text
    return root.text_content()
