"""Outlet and wire-agency names: one spelling per organisation.

The table is small on purpose: it fixes the spellings we have met (a "Source:"
line, a host name, a wire credit) so that the independence stage sees one
outlet, not three. Unknown names pass through unchanged.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from newsweave.text.fold import fold

# lower-cased variant -> canonical outlet name
_OUTLETS = {
    "fan page it": "Fanpage.it",
    "fan page": "Fanpage.it",
    "fanpage": "Fanpage.it",
    "fanpage it": "Fanpage.it",
    "fanpage.it": "Fanpage.it",
    "ndtv": "NDTV",
    "ndtv.com": "NDTV",
    "ndtv staff": "NDTV",
    "bbc news": "BBC",
    "bbc.com": "BBC",
    "bbc.co.uk": "BBC",
    "the new york times": "The New York Times",
    "nytimes.com": "The New York Times",
    "the guardian": "The Guardian",
    "theguardian.com": "The Guardian",
    "cnn.com": "CNN",
    "edition.cnn.com": "CNN",
    "voi.id": "VOI",
    "voi": "VOI",
}

# lower-cased variant -> canonical wire name. Wires are outlets too: a Xinhua
# report published by Xinhua is not syndicated, one published by NDTV is.
_WIRES = {
    "ap": "AP",
    "associated press": "AP",
    "the associated press": "AP",
    "ap photo": "AP",
    "afp": "AFP",
    "agence france-presse": "AFP",
    "agence france presse": "AFP",
    "reuters": "Reuters",
    "thomson reuters": "Reuters",
    "dpa": "dpa",
    "deutsche presse-agentur": "dpa",
    "efe": "EFE",
    "agencia efe": "EFE",
    "europa press": "Europa Press",
    "ansa": "ANSA",
    "xinhua": "Xinhua",
    "xinhua news agency": "Xinhua",
    "xinhuanet": "Xinhua",
    "新华社": "Xinhua",
    "ians": "IANS",
    "pti": "PTI",
    "ani": "ANI",
    "uni": "UNI",
    "upi": "UPI",
    "bloomberg": "Bloomberg",
    "tass": "TASS",
    "ria novosti": "RIA Novosti",
    "interfax": "Interfax",
    "anadolu": "Anadolu",
    "anadolu agency": "Anadolu",
    "kyodo": "Kyodo",
    "kyodo news": "Kyodo",
    "yonhap": "Yonhap",
    "apa": "APA",
    "kna": "KNA",
    "aap": "AAP",
    "antara": "Antara",
    "bernama": "Bernama",
    "ann": "ANN",
    "sputnik": "Sputnik",
    "notimex": "Notimex",
    "télam": "Télam",
    "telam": "Télam",
    "lusa": "Lusa",
    "pap": "PAP",
    "cnn": "CNN",
    "cnn wire": "CNN",
    "apro": "Apro",
}

# host-name suffix -> the organisation behind it, to tell a wire's own site from a reprint
_OWNERS = {
    "news.cn": "Xinhua",
    "xinhuanet.com": "Xinhua",
    "apnews.com": "AP",
    "reuters.com": "Reuters",
    "afp.com": "AFP",
    "dpa.com": "dpa",
    "efe.com": "EFE",
    "ansa.it": "ANSA",
    "ndtv.com": "NDTV",
    "cnn.com": "CNN",
    "proceso.com.mx": "Apro",
}

WIRE_NAMES_RE = "|".join(
    sorted((re.escape(k) for k in _WIRES if k.isascii() and len(k) > 1), key=len, reverse=True)
)



def _credit_spelling(key: str) -> str:
    """A credit alternative: short names (acronyms) only in the wire's own spelling, long ones in any case."""
    canonical = _WIRES[key]
    if len(key) <= 5 and " " not in key:
        return re.escape(canonical)
    return f"(?i:{re.escape(key)})"


# Wire names as credits print them: "(AP)", "— Reuters", "dpa"; "(ePA)" or "(Ap)" is not one.
WIRE_CREDIT_RE = "|".join(
    sorted(
        {_credit_spelling(k) for k in _WIRES if k.isascii() and len(k) > 1},
        key=len,
        reverse=True,
    )
)


def _key(name: str) -> str:
    key = re.sub(r"\s+", " ", name.strip().strip(".,;:()[]").lower())
    return key[4:] if key.startswith("www.") else key


def wire_name(name: str | None) -> str | None:
    """The canonical wire-agency name, or None when `name` is not a known wire."""
    if not name:
        return None
    return _WIRES.get(_key(name))


def normalize_outlet(name: str | None) -> str | None:
    """One spelling per outlet ("Fan Page IT" -> "Fanpage.it"); unknown names unchanged."""
    if not name:
        return None
    name = re.sub(r"\s+", " ", name).strip().strip(".,;:")
    if not name:
        return None
    key = _key(name)
    return (
        _OUTLETS.get(key)
        or _WIRES.get(key)
        or (name[4:] if name.lower().startswith("www.") else name)
    )


def outlet_from_url(url: str | None) -> str | None:
    """The host name of `url` without "www." (how the corpus names outlets)."""
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    return normalize_outlet(host) if host else None


def same_outlet(a: str | None, b: str | None) -> bool:
    """Whether two outlet/wire names are one organisation ("Xinhua" vs "xinhua news agency")."""
    if not a or not b:
        return False
    na = _owner(a)
    nb = _owner(b)
    return na.lower() == nb.lower()


def initials_of(acronym: str, outlet: str) -> bool:
    """Whether `acronym` spells the outlet's name: its first letter the name's, the rest in
    order in it ("NRF" and nordrhein-funk.de, "HDN" and harbourdaily-news.com). Loose on
    purpose: it only keeps an outlet's own credit from reading as another's copy."""
    letters = re.sub(r"[^a-z]", "", fold(_key(outlet).split(".")[0]))
    wanted = re.sub(r"[^a-z]", "", fold(acronym.lower()))
    if len(wanted) < 2 or not letters.startswith(wanted[0]):
        return False
    rest = iter(letters[1:])
    return all(c in rest for c in wanted[1:])


def _owner(name: str) -> str:
    key = _key(name)
    for suffix, owner in _OWNERS.items():
        if key == suffix or key.endswith("." + suffix):
            return owner
    return wire_name(name) or normalize_outlet(name) or ""
