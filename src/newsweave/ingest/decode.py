"""Bytes to text: BOMs, UTF-8, then a guess for legacy encodings; binary files refused.

Order: BOM sniffing (UTF-8/16/32), BOM-less UTF-16, strict UTF-8, a declared
charset (HTML meta / HTTP header), charset-normalizer for multi-byte legacy
encodings, and a Latin/Cyrillic heuristic for single-byte ones (charset-normalizer
confuses cp1252 with cp1250 on short French or German texts).
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from newsweave.errors import InputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Magic numbers of binary formats people drop into article folders by mistake.
_MAGIC = (
    (b"%PDF", "PDF"),
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\x7fELF", "executable"),
    (b"RIFF", "RIFF media"),
)

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN_EXT = re.compile(r"[A-Za-z\u00c0-\u024f]")
_WORD = re.compile(r"\w+")
_BAD_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
# Multi-byte encodings charset-normalizer is good at; single-byte guesses are re-checked.
_MULTIBYTE = (
    "shift_jis",
    "cp932",
    "euc_jp",
    "gb2312",
    "gbk",
    "gb18030",
    "big5",
    "euc_kr",
    "cp949",
    "iso2022",
)


def sniff_binary(data: bytes) -> str | None:
    """Name the binary format of `data`, or None when it may be text."""
    for magic, name in _MAGIC:
        if data.startswith(magic):
            return name
    return None


def declared_charset(data: bytes, content_type: str | None = None) -> str | None:
    """The charset an HTTP header or an HTML <meta> declares, if Python knows it."""
    candidates = []
    if content_type:
        m = re.search(r"charset\s*=\s*\"?([A-Za-z0-9_.:-]+)", content_type, re.I)
        if m:
            candidates.append(m.group(1))
    m = _META_CHARSET.search(data[:4096])
    if m:
        candidates.append(m.group(1).decode("ascii", "ignore"))
    for name in candidates:
        try:
            return codecs.lookup(name).name
        except LookupError:
            continue
    return None


def decode_bytes(data: bytes, record: str, content_type: str | None = None) -> str:
    """Decode `data` to str, or raise InputError naming `record` when it is not text."""
    return decode_noted(data, record, content_type)[0]


def decode_noted(
    data: bytes, record: str, content_type: str | None = None
) -> tuple[str, str | None]:
    """`decode_bytes`, and a note for the user when bytes had to be replaced."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _checked(data[len(bom) :].decode(encoding, errors="replace"), record), None
    kind = sniff_binary(data)
    if kind:
        raise InputError(record, f"binary file ({kind}), not text")
    utf16 = _bomless_utf16(data)
    if utf16:
        return _checked(data.decode(utf16, errors="replace"), record), None
    if b"\x00" in data:
        # A few stray NULs in a text page (22 in 194 KB, a CMS glitch) are dropped; text
        # with NULs throughout is a binary format.
        if data.count(0) > max(8, len(data) // 1000):
            raise InputError(record, "binary file (contains NUL bytes), not text")
        data = data.replace(b"\x00", b"")
    try:
        return _checked(data.decode("utf-8"), record), None
    except UnicodeDecodeError:
        pass
    damaged = _damaged_utf8(data)
    if damaged is not None:
        return _checked(damaged[0], record), damaged[1]
    declared = declared_charset(data, content_type)
    if declared and declared not in ("utf-8", "ascii"):
        try:
            return _checked(data.decode(declared), record), None
        except (UnicodeDecodeError, LookupError):
            pass
    return _checked(_guess_legacy(data), record), None


def _damaged_utf8(data: bytes) -> tuple[str, str] | None:
    """UTF-8 with a few invalid bytes mixed in (a bad concatenation, a cut upload): more valid
    multi-byte characters than invalid bytes. Read as UTF-8 with U+FFFD for the bad bytes,
    and say so; a legacy reading (cp1251) of the whole would garble every valid character."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    valid = sum(1 for ch in text if ord(ch) > 127 and ch != "\ufffd")
    if bad <= 0 or valid <= bad:
        return None
    return text, f"invalid UTF-8: {bad} byte sequence(s) replaced with U+FFFD"


def _bomless_utf16(data: bytes) -> str | None:
    # ASCII-heavy UTF-16 has a NUL in every other byte.
    sample = data[:2000]
    if len(sample) < 8:
        return None
    even = sample[0::2].count(0) / (len(sample) / 2)
    odd = sample[1::2].count(0) / (len(sample) / 2)
    if odd > 0.4 and even < 0.05:
        return "utf-16-le"
    if even > 0.4 and odd < 0.05:
        return "utf-16-be"
    return None


def _guess_legacy(data: bytes) -> str:
    best = from_bytes(data).best()
    if best is not None and best.encoding.startswith(_MULTIBYTE):
        return str(best)
    return _latin_or_cyrillic(data)


def _latin_or_cyrillic(data: bytes) -> str:
    """cp1251 when it yields whole Cyrillic words, else cp1252, else latin-1."""
    as_cyr = data.decode("cp1251", errors="replace")
    words = [w for w in _WORD.findall(as_cyr) if not w.isascii()]
    if words:
        cyrillic = [w for w in words if _CYRILLIC.search(w)]
        mixed = [w for w in cyrillic if _LATIN_EXT.search(w)]
        # Latin text read as cp1251 gives words like "prйsident": Cyrillic glued to Latin.
        if len(cyrillic) >= 0.8 * len(words) and len(mixed) <= 0.1 * len(cyrillic):
            return as_cyr
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _checked(text: str, record: str) -> str:
    sample = text[:20000]
    if sample and len(_BAD_CONTROL.findall(sample)) > 0.01 * len(sample):
        raise InputError(record, "binary file (control characters), not text")
    return text
