"""Who said it: speech cues, speaker mentions and their resolution to a named person.

An article teaches its own roles: "Belarusian President Alexander Lukashenko" or "the
head of the agency, Helena Marsh" make "the Belarusian leader" / "the head of the
agency" resolvable later in the text. Pronouns resolve to the latest speaker or
sentence-subject person before them. Names come from spaCy PERSON entities (en, fr)
or, for other languages, from capitalised runs next to a cue or a role word (German
capitalises every noun, so a bare capitalised run is never taken as a name there).
Across articles, surnames join "Lukashenko" and "Alexander Lukashenko".
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter, OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache

from newsweave.compare.polarity import fold
from newsweave.lang import each
from newsweave.model import Article
from newsweave.text.nlp import parse


def _s(words: str) -> frozenset[str]:
    return frozenset(fold(w) for w in words.split())


# --- lexicons ----------------------------------------------------------------

_CUES = [m for _, m in each("cues")]  # reporting verbs and titles: newsweave.lang.<code>.cues


def _cues(name: str) -> frozenset[str]:
    """One cue list of every language, folded and merged."""
    return frozenset(fold(w) for m in _CUES for w in getattr(m, name, ()))


# Words that mark reported speech: speech verbs and "according to" markers.
CUES = _cues("REPORTING_VERBS")
# Cues whose speaker follows them ("according to X", "selon X"); "X zufolge" precedes.
SOURCE_CUES = _cues("SOURCE_MARKERS")
# Speech verbs that introduce reported speech ("X said (that) ...").
SAY_CUES = _cues("SAY_VERBS")
THAT = _s("that que qu' dass daß che")
AUX = _s("has have had also later then further a ont avait ha han hat hatte ha è was is")

# Folding strips accents, so Spanish "él" would equal the article "el": left out.
PRONOUNS = _s("he she him her il elle ella er sie ele ela lui lei eux ihm ihn")
RELATIVES = _s("who qui quien quienes")
DETERMINERS = _s(
    "the a an his her its their le la les l' un une son sa ses leur el los las su sus der die "
    "das den dem des ein eine einer sein seine ihr ihre o os um uma seu sua il lo gli i"
)
CONNECTORS = _s("of du de des d' del della der des di da do dos das and et y und e")
FUNCTION = (
    DETERMINERS
    | CONNECTORS
    | THAT
    | _s(
        "in on at to for by with from as but or if when while after before this that these those "
        "à au aux en par pour avec sur dans mais ou a por para con en sin pero zu mit von für "
        "bei nach aber oder im am vom beim zum zur it we they i you nous vous ils elles on"
    )
)
ORG_WORDS = _s(
    "agency ministry department bank league party council committee commission union press "
    "news times post group company corporation inc ltd university institute office service "
    "police army forces court parliament government association federation foundation fund "
    "board authority province state republic kingdom city county region district valley river "
    "dam house agence ministère banque ligue parti conseil comité presse université institut "
    "gouvernement fondation fédération tribunal cour agencia ministerio banco partido consejo "
    "comisión gobierno universidad behörde ministerium partei regierung verband universität "
    "gericht stiftung"
)
NOT_NAMES = _s(
    "however today yesterday meanwhile also but and then now still instead later earlier "
    "monday tuesday wednesday thursday friday saturday sunday january february march april may "
    "june july august september october november december according asked after before "
    "aujourd'hui hier lundi mardi mercredi jeudi vendredi samedi dimanche"
)
TITLES = _cues("TITLES")
ROLE_CLASS = {
    fold(w): cls for m in _CUES for cls, ws in getattr(m, "ROLES", {}).items() for w in ws
}
# German compounds end with the role ("Kremlchef", "Finanzminister").
_COMPOUND_HEADS = sorted(
    (w for w in ROLE_CLASS if len(w) >= 4 and w.isalpha()), key=len, reverse=True
)
# Seats that stand for a country's leader ("the head of the Kremlin" = the Russian president).
SEATS = {"krem": "russ", "elys": "fran", "quir": "ital", "monc": "espa", "bundeskanzleramt": "deut"}

QUOTE_MARKS = frozenset('"“”„«»‹›「」『』')
# Capitalised hyphenated words stay whole ("Jean-Claude", "Jong-un"); "a-t-il" splits.
_TOKEN = re.compile(r"[^\W\d_a-zà-ÿ][^\W_]*(?:-[^\W_]+)+|[^\W_]+(?:['’][^\W_]+)*['’]?|[^\w\s]")


# --- data --------------------------------------------------------------------


@dataclass
class Tok:
    text: str
    fold: str
    start: int
    end: int
    upper: bool


@dataclass
class Role:
    """A role description learned from text: class, modifier stems, the person it names."""

    cls: str
    mods: frozenset[str]
    name: str
    pos: int = 0


@dataclass
class Mention:
    """A possible speaker reference over tokens [i, j] (inclusive)."""

    kind: str  # "name" | "role" | "pronoun" | "relative"
    i: int
    j: int
    text: str
    name: str | None = None
    role: Role | None = None
    org: bool = False


@dataclass
class Attribution:
    mention: Mention | None
    cue: str | None


def role_class(word: str, lang: str | None = None) -> tuple[str, str] | None:
    """(class, compound prefix) for a role word: "Kremlchef" -> ("leader", "kreml") in German."""
    w = fold(word)
    if w in ROLE_CLASS:
        return ROLE_CLASS[w], ""
    if lang == "de" and len(w) > 7 and w.isalpha():
        for head in _COMPOUND_HEADS:
            if w.endswith(head) and len(w) - len(head) >= 3:
                return ROLE_CLASS[head], w[: len(w) - len(head)]
    return None


def _stem(word: str) -> str:
    return fold(word).strip("'’-")[:4]


def surname(name: str) -> str:
    return fold(name.split()[-1]) if name.split() else ""


PARTICLES = _s("de da di del della van von der den du la le bin al ibn dos das y")


def clean_name(text: str) -> str | None:
    """A person name without titles, possessive or stray punctuation; None if implausible."""
    text = re.sub(r"['’]s$", "", text.strip(" ,.;:\"'’“”«»()"))
    words = [w for w in re.split(r"\s+", text) if w]
    while words and fold(words[0]).rstrip(".") in TITLES | set(ROLE_CLASS):
        words = words[1:]
    if not words or len(words) > 5 or any(ch.isdigit() for ch in text):
        return None
    if not all(w[:1].isupper() or fold(w) in PARTICLES for w in words):
        return None
    if not words[0][:1].isupper() or not words[-1][:1].isupper():
        return None
    return " ".join(words)


# --- per-article context -----------------------------------------------------


@dataclass
class Speakers:
    """Speaker mentions of one article and the state needed to resolve them in text order."""

    text: str
    lang: str | None
    toks: list[Tok]
    sent_starts: list[int]
    mentions: list[Mention] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    full: dict[str, str] = field(default_factory=dict)
    _history: list[tuple[int, str | None, str | None]] = field(default_factory=list)
    _by_end: dict[int, list[Mention]] = field(default_factory=dict)
    _by_start: dict[int, list[Mention]] = field(default_factory=dict)
    _starts: list[int] = field(default_factory=list)
    _nonperson: set[int] = field(default_factory=set)
    _tail_names: list[Mention] = field(default_factory=list)

    @classmethod
    def build(cls, article: Article) -> Speakers:
        text = article.text
        toks = [
            Tok(
                m.group(),
                fold(m.group()).replace("’", "'"),
                m.start(),
                m.end(),
                m.group()[0].isupper(),
            )
            for m in _TOKEN.finditer(text)
        ]
        sent_starts = sorted({s.start for s in article.sentences}) or _sentence_starts(text)
        self = cls(text, article.lang, toks, sent_starts)
        self._starts = [t.start for t in toks]
        self._find_mentions(parse(text, article.lang))
        return self

    # --- token helpers ---------------------------------------------------------

    def tok_index(self, offset: int) -> int:
        """Index of the first token starting at or after `offset`."""
        return bisect_right(self._starts, offset - 1)

    def _sent_start_tok(self, i: int) -> bool:
        if i == 0:
            return True
        k = bisect_right(self.sent_starts, self.toks[i].start) - 1
        if k >= 0 and self.sent_starts[k] >= self.toks[i - 1].end:
            return True
        return "\n" in self.text[self.toks[i - 1].end : self.toks[i].start]

    def is_stop(self, k: int) -> bool:
        """Sentence-ending punctuation, not the dot of "Dr." or "U.N."."""
        t = self.toks[k]
        if t.text in "!?;":
            return True
        if t.text != ".":
            return False
        prev = self.toks[k - 1] if k else None
        return not (prev and prev.end == t.start and (prev.fold in TITLES or len(prev.text) == 1))

    def is_cue(self, i: int) -> bool:
        if not 0 <= i < len(self.toks):
            return False
        f = self.toks[i].fold
        if f == "according":
            return i + 1 < len(self.toks) and self.toks[i + 1].fold == "to"
        if f in ("fugte", "fügte"):
            return True
        return f in CUES

    # --- mentions --------------------------------------------------------------

    def _find_mentions(self, doc: object | None) -> None:
        persons = self._persons(doc)
        self.mentions += persons
        self._discover_names()
        spans = {(m.i, m.j) for m in self.mentions}
        self._build_full_names()
        for i, t in enumerate(self.toks):
            if t.fold in PRONOUNS and (t.fold != "sie" or not t.upper or self._sent_start_tok(i)):
                self.mentions.append(Mention("pronoun", i, i, t.text))
            elif t.fold in RELATIVES:
                self.mentions.append(Mention("relative", i, i, t.text))
        roles = self._role_phrases()
        self.mentions += [m for m in self._tail_names if (m.i, m.j) not in spans]
        for m in roles:
            if (m.i, m.j) not in spans:
                self.mentions.append(m)
        self._build_full_names()
        self._learn_roles()
        self._index()

    def _index(self) -> None:
        self._by_end, self._by_start = {}, {}
        for m in self.mentions:
            self._by_end.setdefault(m.j, []).append(m)
            self._by_start.setdefault(m.i, []).append(m)

    def _persons(self, doc: object | None) -> list[Mention]:
        """PERSON entities, plus ORG entities that are really names (the sm models confuse them)."""
        if doc is None:
            return []
        ents: list[tuple[int, int, str]] = []
        for ent in doc.ents:  # type: ignore[attr-defined]
            i, j = self.tok_index(ent.start_char), self.tok_index(ent.end_char) - 1
            if j < i:
                continue
            if ent.label_ in ("PERSON", "PER", "ORG"):
                ents.append((i, j, "PERSON" if ent.label_ in ("PERSON", "PER") else "ORG"))
            else:
                self._nonperson.update(range(i, j + 1))
        surnames = {self.toks[j].fold for i, j, lab in ents if lab == "PERSON"}
        out: list[Mention] = []
        for i, j, label in ents:
            # spaCy often glues a leading role ("Infrastrukturminister Tomas Reiner").
            while i < j and (
                role_class(self.toks[i].text, self.lang) or self.toks[i].fold in TITLES
            ):
                i += 1
            if j - i >= 2 and i > 0 and self.toks[i - 1].fold in ("and", "et", "und", "of", "de"):
                i += (
                    1  # "Water and Infrastructure Tomas Reiner": the title's tail, not a first name
                )
            if label == "ORG":
                tail = self._name_in_org(i, j, surnames)
                if tail is not None:
                    i, label = tail, "PERSON"
            name = clean_name(self.text[self.toks[i].start : self.toks[j].end])
            if name:
                out.append(Mention("name", i, j, name, name=name, org=label == "ORG"))
        return out

    def _name_in_org(self, i: int, j: int, surnames: set[str]) -> int | None:
        """Start of a person name at the end of an ORG span ("the Flood Agency Helena Marsh")."""
        words = self.toks[i : j + 1]
        if not all(t.upper or t.fold in CONNECTORS | DETERMINERS for t in words):
            return None
        last_org = max((k for k in range(i, j + 1) if self.toks[k].fold in ORG_WORDS), default=None)
        if last_org is not None:
            return last_org + 1 if j - last_org == 2 else None
        if words[0].fold in DETERMINERS or not 2 <= len(words) <= 3:
            return None
        if self.toks[j].fold in surnames or len(words) == 2:
            return j - 1
        return None

    def _discover_names(self) -> None:
        """Capitalised subjects of speech verbs that NER missed ("Marsh, head of …, said")."""
        known = {m.j for m in self.mentions}
        for k, t in enumerate(self.toks):
            if t.fold not in SAY_CUES:
                continue
            j = k - 1
            while j >= 0 and self.toks[j].fold in AUX:
                j -= 1
            if j >= 0 and self.toks[j].text == ",":
                c = j - 1
                while c >= 0 and self.toks[c].text not in ",.;:\n" and j - c < 10:
                    c -= 1
                j = c - 1 if c >= 0 and self.toks[c].text == "," else -1
            if j < 0 or j in known:
                continue
            m = self._heuristic_name(j, forward=False)
            if m is not None and m.i == m.j and self._sent_start_tok(m.i):
                # "Engineers said": a lone capitalised sentence opener is a name only
                # when an apposition with a role follows ("Marsh, head of the agency, said").
                insert = self.toks[m.j + 2 : k]
                if not (
                    self.toks[m.j + 1].text == ","
                    and any(role_class(t.text, self.lang) for t in insert)
                ):
                    m = None
            if m is not None:
                self.mentions.append(m)
                known.add(m.j)

    def _heuristic_name(self, i: int, forward: bool = True) -> Mention | None:
        """A capitalised run starting (forward) or ending (backward) at token i."""
        toks = self.toks

        def ok(k: int) -> bool:
            t = toks[k]
            return (
                t.upper
                and t.text[0].isalpha()
                and t.fold not in FUNCTION
                and t.fold not in CUES
                and role_class(t.text, self.lang) is None
                and t.fold not in NOT_NAMES
                and t.fold not in ORG_WORDS
                and k not in self._nonperson
            )

        if not (0 <= i < len(toks)) or not ok(i):
            return None
        a = b = i
        if forward:
            while (
                b + 1 < len(toks)
                and b - a < 3
                and ok(b + 1)
                and _adjacent(toks[b], toks[b + 1], self.text)
            ):
                b += 1
        else:
            while (
                a - 1 >= 0
                and b - a < 3
                and ok(a - 1)
                and _adjacent(toks[a - 1], toks[a], self.text)
            ):
                if self._sent_start_tok(a) and self.lang not in ("en", "fr"):
                    break
                a -= 1
        if self.lang == "de" and a == b and toks[a].fold not in self._surnames():
            return None  # German capitalises every noun: a lone word must be a known surname
        if b - a >= 2 and a > 0 and toks[a - 1].fold in ("and", "et", "und", "of", "de"):
            a += 1  # "… and Infrastructure Tomas Reiner": the title's tail, not a first name
        name = clean_name(self.text[toks[a].start : toks[b].end])
        return Mention("name", a, b, name, name=name) if name else None

    def _role_phrases(self) -> list[Mention]:
        out: list[Mention] = []
        toks = self.toks
        for h, t in enumerate(toks):
            rc = role_class(t.text, self.lang)
            if rc is None or (t.fold == "parole" and (h == 0 or toks[h - 1].fold != "porte")):
                continue
            cls, prefix = rc
            i = h
            while i - 1 >= 0 and h - i < 5:
                p = toks[i - 1]
                if not _adjacent(p, toks[i], self.text):
                    break
                if p.fold in DETERMINERS:
                    i -= 1
                    break
                if p.fold in ("and", "et", "und", "-") and i - 2 >= 0 and toks[i - 2].upper:
                    i -= 1
                    continue
                if p.fold in FUNCTION or p.fold in CUES or not p.text[0].isalpha():
                    break
                if p.fold in PRONOUNS or (self._sent_start_tok(i) and not p.upper):
                    break
                i -= 1
            j = self._extend_right(h)
            j = self._split_name_tail(h, j)
            mods = {_stem(tk.text) for tk in toks[i : j + 1] if tk is not t}
            mods = {m for m in mods if m and m not in FUNCTION and fold(m) not in DETERMINERS}
            mods -= {_stem(w) for w in CONNECTORS | DETERMINERS}
            if prefix:
                mods.add(prefix[:4])
            if cls == "leader":
                mods = {SEATS.get(m, m) for m in mods}
            role = Role(cls, frozenset(mods), "", toks[h].start)
            out.append(Mention("role", i, j, self.text[toks[i].start : toks[j].end], role=role))
        return out

    def _extend_right(self, h: int) -> int:
        """Extend a role head over "of the X" / "de l'agence" / a postnominal adjective."""
        toks, j = self.toks, h
        k = h + 1
        if (
            k < len(toks)
            and toks[k].fold in ("of", "du", "de", "des", "del", "der", "d'", "di", "da", "do")
            and _adjacent(toks[h], toks[k], self.text)
        ):
            k += 1
            while k < len(toks) and toks[k].fold in DETERMINERS | {"l'"}:
                k += 1
            n = 0
            while (
                k < len(toks) and n < 4 and toks[k].text[0].isalpha() and toks[k].fold not in CUES
            ):
                if toks[k].fold in ("and", "et", "und", "y", "e") or toks[k].fold in (
                    "des",
                    "de",
                    "du",
                    "la",
                ):
                    k += 1
                    continue
                if self._person_at(k) or toks[k].fold in FUNCTION or toks[k].fold in PRONOUNS:
                    break
                if not _adjacent(toks[k - 1], toks[k], self.text):
                    break
                j, k, n = k, k + 1, n + 1
            return j
        if (
            self.lang in ("fr", "es", "it", "pt")
            and k < len(toks)
            and toks[k].text.islower()
            and toks[k].fold not in FUNCTION | CUES
            and "'" not in toks[k].fold
            and _adjacent(toks[h], toks[k], self.text)
            and not self.is_cue(k + 1)
        ):
            return k
        return j

    def _surnames(self) -> set[str]:
        return {
            fold(m.name.split()[-1])
            for m in self.mentions + self._tail_names
            if m.kind == "name" and m.name and len(m.name.split()) > 1
        }

    def _split_name_tail(self, h: int, j: int) -> int:
        """Cut a trailing name off a role's right extension: "Minister of Water and
        Infrastructure Tomas Reiner" -> role up to "Infrastructure" + name "Tomas Reiner"."""
        caps = [k for k in range(h + 1, j + 1) if self.toks[k].upper]
        if len(caps) < 2 or caps[-1] != j or caps[-2] != j - 1:
            return j
        tail = self.toks[j - 1 : j + 1]
        if any(t.fold in ORG_WORDS or role_class(t.text, self.lang) for t in tail):
            return j
        last_org = max((k for k in caps if self.toks[k].fold in ORG_WORDS), default=None)
        prev = self.toks[j - 2]
        # "… de l'Environnement Murat Kurum"; not "der Provinz Varne" (German nouns are capitalised)
        lower_before = (
            j - 2 > h
            and not prev.upper
            and prev.fold not in DETERMINERS | CONNECTORS
            and self.lang != "de"
        )
        if (last_org is not None and last_org == j - 2) or len(caps) >= 4 or lower_before:
            name = clean_name(self.text[tail[0].start : tail[1].end])
            if name:
                self._tail_names.append(Mention("name", j - 1, j, name, name=name))
                return j - 2
        return j

    def _person_at(self, k: int) -> Mention | None:
        return next((m for m in self.mentions if m.kind == "name" and m.i == k and not m.org), None)

    def _build_full_names(self) -> None:
        names = [m.name for m in self.mentions if m.kind == "name" and m.name and not m.org]
        self.full = canonical_names(names)

    def _learn_roles(self) -> None:
        """Role phrase + name ("Russian President Vladimir Putin", "X, the head of the agency,")."""
        people = sorted(
            (m for m in self.mentions if m.kind == "name" and not m.org), key=lambda m: m.i
        )
        by_start = {m.i: m for m in people}
        by_end = {m.j: m for m in people}
        for m in [m for m in self.mentions if m.kind == "role"]:
            assert m.role is not None
            nxt = m.j + 1
            if nxt < len(self.toks) and self.toks[nxt].text == ",":
                nxt += 1
            person = by_start.get(nxt)
            after = self.toks[m.j + 1] if m.j + 1 < len(self.toks) else None
            closes = after is None or after.text in ",.;)" or self.is_cue(m.j + 1)
            if person is None and closes:
                prev = m.i - 1
                if prev >= 0 and self.toks[prev].text == ",":
                    person = by_end.get(prev - 1)
            if person is None:
                person = self._late_apposition(m.j, by_start)
            if person is None:
                # NER missed the name: a capitalised run right after the role is it
                # ("the head of the Flood Office, Ilse Varga,"; "el alcalde Ramón Tello").
                k = m.j + 2 if after is not None and after.text == "," else m.j + 1
                person = self._heuristic_name(k)
                if person is not None and (
                    len((person.name or "").split()) < 2 or k in self._nonperson
                ):
                    person = None
                if person is not None:
                    self.mentions.append(person)
            if person is None or person.name is None:
                continue
            name = self.full.get(person.name, person.name)
            self.roles.append(Role(m.role.cls, m.role.mods, name, self.toks[m.i].start))
            m.name = name
        self._build_full_names()

    def _late_apposition(self, j: int, by_start: dict[int, Mention]) -> Mention | None:
        """ "the secretary of state at the interior ministry, Laurent Nuñez": a name closing a
        longer role description after a comma, before any cue or other name."""
        for k in range(j + 1, min(j + 10, len(self.toks) - 1)):
            t = self.toks[k]
            if self.is_stop(k) or self.is_cue(k) or t.text in QUOTE_MARKS or k in by_start:
                return None
            if t.text == "," and k + 1 in by_start:
                person = by_start[k + 1]
                after = self.toks[person.j + 1] if person.j + 1 < len(self.toks) else None
                if after is None or after.text in ",.;)" or self.is_cue(person.j + 1):
                    return person
                return None
        return None

    # --- attribution -------------------------------------------------------------

    def mention_before(self, j: int) -> Mention | None:
        """The mention ending at token j, preferring names over roles over pronouns."""
        cands = self._by_end.get(j, [])
        if not cands and self.lang not in ("en", "fr"):
            h = self._heuristic_name(j, forward=False)
            cands = [h] if h else []
        if (
            not cands
            and 0 <= j < len(self.toks)
            and self.toks[j].upper
            and self.lang in ("en", "fr")
        ):
            h = self._heuristic_name(j, forward=False)
            cands = [h] if h and not self._sent_start_tok(h.i) else []
        return _best(cands)

    def mention_after(self, i: int, lookahead: int = 0) -> Mention | None:
        """The mention starting at token i, or within `lookahead` tokens ("a indiqué vers
        21h30 le général X")."""
        toks = self.toks
        while i < len(toks) and toks[i].fold in (
            "-",
            "t",
            "to",
            ",",
            "the",
            "le",
            "la",
            "el",
            "der",
            "die",
        ):
            if toks[i].fold in ("the", "le", "la", "el", "der", "die") and i in self._by_start:
                break
            i += 1
        for k in range(i, min(i + 1 + lookahead, len(toks))):
            if k > i and (
                toks[k].text in ",.;:!?" or toks[k].text in QUOTE_MARKS or self.is_cue(k)
            ):
                break
            cands = self._by_start.get(k, [])
            if not cands:
                h = self._heuristic_name(k)
                cands = [h] if h else []
            if cands:
                return _best(cands)
        return None

    def subject_before_cue(self, c: int, lo: int) -> Mention | None:
        """Mention just before cue token c (skipping auxiliaries/adverbs), not before token lo."""
        j = c - 1
        while j >= lo and (self.toks[j].fold in AUX or self.toks[j].fold.endswith("ly")):
            j -= 1
        if j < lo:
            return None
        if self.toks[j].text == ",":
            # "X, who joined by video, said": walk back over one comma-delimited insert.
            k = j - 1
            while k >= lo and self.toks[k].text not in ",;:" and not self.is_stop(k) and j - k < 12:
                k -= 1
            if k - 1 >= lo and self.toks[k].text == ",":
                m = self.mention_before(k - 1)
                if m is not None:
                    return m
            return None
        return self.mention_before(j)

    def attribution_after(self, a: int, b: int) -> Attribution:
        """Attribution at the start of the text span [a, b): ', Putin said' / ' added the minister'."""
        i, n = self.tok_index(a), 0
        while i < len(self.toks) and self.toks[i].start < b and self.toks[i].text in ",;:-–—":
            i += 1
        lo = i
        for k in range(i, min(i + 10, len(self.toks))):
            if self.toks[k].start >= b or self.is_stop(k):
                break
            if self.is_cue(k):
                if self.toks[k].fold in SOURCE_CUES:
                    return Attribution(self.mention_after(k + 1), self.toks[k].text)
                m = self.subject_before_cue(k, lo)
                if m is None:
                    m = self.mention_after(k + 1, lookahead=3)
                    if m is not None and self.toks[m.i].start >= b:
                        m = None
                return Attribution(m, self.toks[k].text)
            n += 1
        return Attribution(None, None)

    def attribution_before(self, a: int, b: int) -> Attribution:
        """Attribution in the text span [a, b) before a quote: 'X said:', 'X:', 'said X that'."""
        lo, hi = self.tok_index(a), self.tok_index(b)
        while hi - 1 >= lo and self.toks[hi - 1].text in ",–—-":
            hi -= 1
        if hi - 1 >= lo and self.toks[hi - 1].text == ":":
            m = self.mention_before(hi - 2)
            if m is not None:
                return Attribution(m, ":")
        found: Attribution | None = None
        first_cue: str | None = None
        for k in range(lo, hi):
            if not self.is_cue(k):
                continue
            first_cue = first_cue or self.toks[k].text
            if self.toks[k].fold in SOURCE_CUES:
                m = self.mention_after(k + 1)
            else:
                m = self.subject_before_cue(k, lo)
                # "said X" only right after a comma or quote: "called Putin a brother" names an object
                if m is None and (k == lo or self.toks[k - 1].text in ',:;"“”«»'):
                    m = self.mention_after(k + 1, lookahead=3)
            if m is not None:
                found = Attribution(m, self.toks[k].text)
        if found is not None:
            return found
        colon = hi - 1 >= lo and self.toks[hi - 1].text == ":"
        if first_cue is not None or colon:
            # A participle or insert ("Lukashenko, at one point, called …") keeps the sentence subject.
            first = [
                m for k in range(lo, hi) for m in self._by_start.get(k, []) if m.kind != "relative"
            ]
            people = [m for m in first if not m.org] or first
            return Attribution(people[0] if people else None, first_cue or ":")
        return Attribution(None, None)

    def subject_mentions(self) -> list[tuple[int, Mention]]:
        """Mentions that open a sentence (candidate antecedents for he/she)."""
        out = []
        for m in self.mentions:
            if m.kind in ("name", "role") and not m.org:
                k = m.i
                while (
                    k > 0 and self.toks[k - 1].fold in DETERMINERS and not self._sent_start_tok(k)
                ):
                    k -= 1
                if self._sent_start_tok(k):
                    out.append((self.toks[m.i].start, m))
        return out

    def resolve(self, m: Mention | None, pos: int) -> tuple[str | None, str | None]:
        """(full name, mention text) for mention `m` at char offset `pos`.

        An unresolved role keeps its text ("the Russian president") so that roles learned
        from the other articles of the event can resolve it later; a pronoun passes on
        its antecedent's.
        """
        if m is None:
            return None, None
        if m.kind == "name":
            return self.expand(m.name or ""), m.text
        if m.kind == "role":
            if m.name:
                return m.name, m.text
            assert m.role is not None
            return match_role(m.role, self.roles, pos, self.recent_person(pos)), m.text
        if m.kind == "relative":
            k = m.i - 2 if m.i >= 2 and self.toks[m.i - 1].text == "," else m.i - 1
            prev = _best(self._by_end.get(k, []))
            return self.resolve(prev, pos) if prev and prev.kind != "relative" else (None, None)
        # pronoun: the latest speaker or sentence-opening person before it
        best: tuple[int, str | None, str | None] | None = None
        for entry in self._history:
            if entry[0] < pos and (best is None or entry[0] > best[0]):
                best = entry
        for p, sm in self.subject_mentions():
            if p < pos and (best is None or p > best[0]):
                best = (p, *self.resolve(sm, p))
        if best is None:
            names = [x for x in self.mentions if x.kind == "name" and not x.org]
            before = [x for x in names if self.toks[x.i].start < pos]
            if not before:
                return None, m.text or None
            last = max(before, key=lambda x: x.i)
            return self.resolve(last, pos)[0], m.text or None
        return (best[1], m.text or None) if best[1] else (None, best[2])

    def recent_person(self, pos: int) -> str | None:
        """The latest speaker or sentence-opening person before `pos` (for unresolved roles)."""
        best: tuple[int, str] | None = None
        for p, name, _ in self._history:
            if name and p < pos and (best is None or p > best[0]):
                best = (p, name)
        for p, sm in self.subject_mentions():
            if p < pos and (best is None or p > best[0]) and sm.kind == "name":
                name = self.resolve(sm, p)[0]
                if name:
                    best = (p, name)
        return best[1] if best else None

    def sentence_speaker(self, a: int, b: int) -> Mention | None:
        """The subject of a speech verb in the sentence [a, b) ("X reported on Twitter …")."""
        lo, hi = self.tok_index(a), self.tok_index(b)
        for k in range(lo, hi):
            if self.is_cue(k) and self.toks[k].fold not in SOURCE_CUES:
                m = self.subject_before_cue(k, lo)
                if m is not None and m.kind != "relative":
                    return m
        return None

    def expand(self, name: str) -> str:
        """The article's fullest form of `name` ("Tello" -> "Ramón Tello") when unambiguous."""
        if name in self.full:
            return self.full[name]
        fulls = {f for f in self.full.values() if len(f.split()) > 1 and same_person(name, f)}
        return fulls.pop() if len(fulls) == 1 else name

    def note_speaker(self, pos: int, name: str | None, mention: str | None) -> None:
        self._history.append((pos, name, mention))


def _adjacent(a: Tok, b: Tok, text: str) -> bool:
    gap = text[a.end : b.start]
    return "\n" not in gap and len(gap) <= 2


def _best(cands: Iterable[Mention | None]) -> Mention | None:
    order = {"name": 0, "role": 1, "pronoun": 2, "relative": 3}
    ms = [m for m in cands if m is not None]
    return min(ms, key=lambda m: (order[m.kind], m.org, -(m.j - m.i))) if ms else None


def _sentence_starts(text: str) -> list[int]:
    starts = [0]
    for m in re.finditer(r"[.!?]['\"’”»]?\s+(?=[\"“«„‘'A-ZÀ-Ý])|\n+", text):
        starts.append(m.end())
    return starts


def match_role(role: Role, known: list[Role], pos: int, recent: str | None = None) -> str | None:
    """The person a role description names: same class, modifiers included, latest before pos."""
    cands = [r for r in known if r.name and r.cls == role.cls and role.mods <= r.mods]
    if not cands:
        cands = [
            r for r in known if r.name and r.cls == role.cls and role.mods and role.mods & r.mods
        ]
    if not cands:
        return None
    names = {r.name for r in cands}
    if len(names) == 1:
        return next(iter(names))
    if not role.mods and recent in names:
        return recent  # "the minister" among several: the one the text is talking about
    before = [r for r in cands if r.pos <= pos]
    pick = max(before, key=lambda r: r.pos) if before else min(cands, key=lambda r: r.pos)
    return pick.name


# --- names across articles ---------------------------------------------------


def _name_tokens(name: str) -> list[str]:
    return fold(name).replace("-", " ").split()


@lru_cache(maxsize=4096)
def same_person(a: str, b: str) -> bool:
    """Surname match tolerant to transliteration: Lukashenko ~ Loukachenko, Putin ~ Poutine.

    A lone name also matches the first word of a longer one when that is how the family
    name comes first ("Kim" ~ "Kim Jong-un"); `canonical_names` uses that only as a
    fallback.
    """
    ta, tb = _name_tokens(a), _name_tokens(b)
    if not ta or not tb:
        return False
    if ta == tb:
        return True
    sa, sb = ta[-1], tb[-1]
    if sa != sb and SequenceMatcher(None, sa, sb).ratio() < 0.8:
        return False
    fa, fb = ta[:-1], tb[:-1]
    # "Donald Trump" and "Melania Trump" share a surname, not a person.
    return not (fa and fb and fa[0][:1] != fb[0][:1])


def family_first(short: str, full: str) -> bool:
    """ "Kim" for "Kim Jong Un": a one-word name equal to the first word of a 3-word name."""
    ts, tf = _name_tokens(short), _name_tokens(full)
    return len(ts) == 1 and len(tf) >= 3 and ts[0] == tf[0]


def canonical_names(names: Iterable[str]) -> dict[str, str]:
    """Map each name to the most frequent full form of the same person (ties: longest).

    A bare surname maps to a full name only when exactly one person carries it.
    """
    counts = Counter(n for n in names if n)
    multi = sorted(
        (n for n in counts if len(_name_tokens(n)) > 1), key=lambda n: (-counts[n], -len(n), n)
    )
    canon: dict[str, str] = {}
    for name in multi:
        if name in canon:
            continue
        group = [m for m in multi if m not in canon and same_person(name, m)]
        best = max(group, key=lambda m: (counts[m], len(m)))
        for m in group:
            canon[m] = best
    for name in counts:
        if name not in canon:
            targets = {canon[m] for m in multi if same_person(name, m)}
            if not targets:
                targets = {canon[m] for m in multi if family_first(name, m)}
            canon[name] = targets.pop() if len(targets) == 1 else name
    return canon


_CACHE: OrderedDict[tuple[str, str], Speakers] = OrderedDict()


def for_article(article: Article) -> Speakers:
    """Speakers of `article`, cached per (id, text) so quotes, grouping and entities share it."""
    key = (article.id, article.text)
    sp = _CACHE.get(key)
    if sp is None:
        sp = Speakers.build(article)
        _CACHE[key] = sp
        while len(_CACHE) > 64:
            _CACHE.popitem(last=False)
    else:
        _CACHE.move_to_end(key)
    sp._history = []
    return sp
