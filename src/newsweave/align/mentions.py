"""Speaker mentions of one article: tokens, names (spaCy persons and a heuristic), role
phrases ("the Russian president") and what each names; `speakers.Speakers` adds the
attribution queries on top."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Self

from newsweave.align.apposed import apposed_run, described_by_role
from newsweave.align.epithets import age_mentions
from newsweave.align.names import (
    AUX,
    COMPANY_NOUNS,
    CONNECTORS,
    COORD,
    CUES,
    DETERMINERS,
    FUNCTION,
    MEDIA_NOUNS,
    NOT_NAMES,
    NOUN_LEADS,
    ORG_WORDS,
    PARTICLES,
    PLACE_PREPOSITIONS,
    PRONOUNS,
    PRONOUNS_OF,
    QUOTE_MARKS,
    RELATIVE_WORDS,
    RELATIVES,
    SAY_CUES,
    SEATS,
    SERVES,
    TITLES,
    TOKEN,
    TOPIC_LEADS_OF,
    Mention,
    Role,
    Tok,
    canonical_names,
    capitalised,
    clean_name,
    clean_org,
    enclitic,
    glued_names,
    names_a_place,
    names_its_noun,
    role_class,
    stem,
    surname_mentions,
)
from newsweave.lang import GENITIVE_AFTER_ROLE, NOUNS_CAPITALISED
from newsweave.model import Article
from newsweave.text.fold import fold
from newsweave.text.nlp import parse
from newsweave.text.sentences import sentence_spans

_CAMEL = re.compile(r"[^\W\d_][^\W\d_A-Z]{3,}[A-Z]")


@dataclass
class MentionIndex:
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
    _name_words: set[str] = field(default_factory=set)  # words of the article's PERSON names
    _tail_names: list[Mention] = field(default_factory=list)
    apposed: list[Mention] = field(default_factory=list)  # names set off by an apposition, no NER
    _subjects: list[tuple[int, Mention]] | None = None  # Speakers.subject_mentions, once
    _run_surnames: set[str] | None = None  # `_surnames`' scan of name-word runs

    @classmethod
    def build(cls, article: Article) -> Self:
        text = article.text
        toks = [Tok(m.group(), fold(m.group()).replace("’", "'"), m.start(), m.end(), capitalised(m.group())) for m in TOKEN.finditer(text)]
        sent_starts = sorted({s.start for s in article.sentences}) or [a for a, _ in sentence_spans(text, article.lang)]
        self = cls(text, article.lang, toks, sent_starts)
        self._starts = [t.start for t in toks]
        self._find_mentions(parse(text, article.lang))
        return self

    # --- token helpers ---------------------------------------------------------

    def tok_index(self, offset: int) -> int:
        """Index of the first token starting at or after `offset`."""
        return bisect_right(self._starts, offset - 1)

    def sent_start_tok(self, i: int) -> bool:
        if i == 0:
            return True
        k = bisect_right(self.sent_starts, self.toks[i].start) - 1
        if k >= 0 and self.sent_starts[k] >= self.toks[i - 1].end:
            return True
        return "\n" in self.text[self.toks[i - 1].end : self.toks[i].start]

    def _sentence_start(self, k: int) -> int:  # the first token of token k's sentence
        while k > 0 and not self.sent_start_tok(k):
            k -= 1
        return k

    def is_stop(self, k: int) -> bool:
        """Sentence-ending punctuation, not the dot of "Dr." or "U.N."."""
        t = self.toks[k]
        if t.text in "!?;":
            return True
        if t.text != ".":
            return False
        prev = self.toks[k - 1] if k else None
        # an initial or a title before it ("U.N.", "Dr."); not a closing quote mark ('…".')
        return not (prev and prev.end == t.start and prev.text.isalpha() and (prev.fold in TITLES or len(prev.text) == 1))

    def is_cue(self, i: int) -> bool:
        if not 0 <= i < len(self.toks):
            return False
        f = self.toks[i].fold
        if f == "according":
            return i + 1 < len(self.toks) and self.toks[i + 1].fold == "to"
        return f in CUES

    # --- mentions --------------------------------------------------------------

    def _find_mentions(self, doc: object | None) -> None:
        self.mentions += self._persons(doc)
        self._discover_names(apposed=doc is None)
        pronouns = PRONOUNS_OF.get(self.lang or "") or PRONOUNS  # "Elle se dit …" is no name
        self.mentions = [m for m in self.mentions if m.j > m.i or self.toks[m.i].fold not in pronouns]
        company = [m.i > 0 and m.kind == "name" and self.toks[m.i - 1].fold in COMPANY_NOUNS for m in self.mentions]
        self.mentions = [replace(m, org=True) if c else m for m, c in zip(self.mentions, company, strict=True)]
        self.mentions += surname_mentions(self.toks, self.mentions, self._surnames() if self.lang in NOUNS_CAPITALISED else set(), self.sent_start_tok)
        self.mentions += age_mentions(self.toks, self.text, self.lang, self.mentions, self._name_like)  # "the 61-year-old", "X, 67,"
        spans = {(m.i, m.j) for m in self.mentions}
        self._build_full_names()
        for i, t in enumerate(self.toks):
            if t.fold in pronouns and (t.fold != "sie" or not t.upper or self.sent_start_tok(i)):
                self.mentions.append(Mention("pronoun", i, i, t.text))
            elif t.fold in RELATIVES:
                self.mentions.append(Mention("relative", i, i, t.text))
        roles = self._role_phrases()
        self.mentions += [m for m in self._tail_names if (m.i, m.j) not in spans]
        self.mentions += [m for m in roles if (m.i, m.j) not in spans]
        self._build_full_names()
        self._learn_roles()
        self._index()

    def _index(self) -> None:
        self._by_end, self._by_start = {}, {}
        for m in self.mentions:
            self._by_end.setdefault(m.j, []).append(m)
            self._by_start.setdefault(m.i, []).append(m)

    def _folds(self, i: int, j: int) -> tuple[str, ...]:
        return tuple(self.toks[k].fold for k in range(i, j + 1))

    def _persons(self, doc: object | None) -> list[Mention]:
        """PERSON entities, plus ORG entities that are really names (the sm models confuse them)."""
        if doc is None:
            return []
        ents: list[tuple[int, int, str]] = []
        others: list[tuple[int, int]] = []
        spans = [(self.tok_index(e.start_char), self.tok_index(e.end_char) - 1, e.label_) for e in doc.ents]  # type: ignore[attr-defined]
        for i, j, label in glued_names(spans, self.toks, self.text):
            if j < i:
                continue
            # a role before a name-like run: a person ("Mayor Ines Kato", "Valdoran President X")
            role = [k for k in range(i, j) if role_class(self.toks[k].text, self.lang) or self.toks[k].fold in TITLES]
            if label in ("PERSON", "PER") and i > 0 and self.toks[i - 1].text.islower() and self.toks[i - 1].fold in MEDIA_NOUNS:
                ents.append((i, j, "OUTLET"))  # "au quotidien Hamburger Tageskurier": no person, whatever the model says
            elif label in ("PERSON", "PER", "ORG") and not names_a_place(self.toks, i, self.lang):
                ents.append((i, j, "PERSON" if label in ("PERSON", "PER") else "ORG"))
            elif role and self._name_like(role[-1] + 1, j):
                ents.append((role[-1] + 1, j, "PERSON"))
            elif not (label in ("MISC", "WORK_OF_ART") and self._name_like(i, j)):
                # the sm models file foreign names under MISC or WORK_OF_ART too ("Marta Vidal")
                others.append((i, j))
        surnames = {self.toks[j].fold for i, j, lab in ents if j > i and lab == "PERSON"}
        full = set(surnames)
        surnames |= {self.toks[j].fold for i, j, lab in ents if lab == "PERSON"}
        self._name_words = {self.toks[k].fold for i, j, lab in ents if lab == "PERSON" for k in range(i, j + 1)}
        out: list[Mention] = []
        for i, j, label in ents:
            # spaCy often glues a leading role ("Infrastrukturminister Tomas Reiner").
            while i < j and (
                role_class(self.toks[i].text, self.lang) or self.toks[i].fold in TITLES
            ):
                i += 1
            while j > i + 1 and self.toks[j].fold in FUNCTION and self.toks[j - 1].text == ".":
                j -= 2  # "Tadeusz K. The night …": the next sentence's first word is no name's
            while label == "PERSON" and i > 1 and self.toks[i - 1].fold in PARTICLES and self._name_word(i - 2):
                i -= 2  # "Maria do | Carmo Teles": the models drop the given name before a particle
            if j - i >= 2 and i > 0 and self.toks[i - 1].fold in ("and", "et", "und", "of", "de"):
                i += 1  # "Water and Infrastructure Tomas Reiner": the title's tail, not a first name
            if label == "ORG":
                tail = self._name_in_org(i, j, surnames)
                if tail is not None:
                    i, label = tail, "PERSON"
                elif described_by_role(self, j):
                    label = "PERSON"
            span = self.text[self.toks[i].start : self.toks[j].end]
            # an organisation keeps its inner lower-case words ("Center for Disease Control and Prevention")
            name = clean_name(span) or (clean_org(span) if label != "PERSON" else None)
            if name:
                out.append(Mention("name", i, j, name, name=name, org=label != "PERSON"))
        people = {self._folds(m.i, m.j) for m in out if not m.org}
        full |= {self.toks[m.j].fold for m in out if not m.org and m.j > m.i}
        for i, j in others:
            # ... and a lone surname under a place ("…," Marow told reporters), or a name
            # opening a "work of art" ("…," Teresa Nielsen Hayden explained): the surname or
            # the name of a person the article names in full is that person
            if i == j and self.toks[i].fold in full:
                continue
            named = max((k for k in range(i, j + 1) if self._folds(i, k) in people), default=i - 1)
            self._nonperson.update(range(named + 1, j + 1))
        return out

    def _name_in_org(self, i: int, j: int, surnames: set[str]) -> int | None:
        """Start of a person name at the end of an ORG span ("the Flood Agency Helena Marsh")."""
        words = self.toks[i : j + 1]
        if not all(t.upper or t.fold in CONNECTORS | DETERMINERS for t in words):
            return None
        last_org = max((k for k in range(i, j + 1) if self.toks[k].fold in ORG_WORDS), default=None)
        if last_org is not None:
            return last_org + 1 if j - last_org == 2 else None
        if len(words) == 1 and words[0].fold in surnames and not words[0].text.isupper():
            return i  # "Cahill thanked …" after "Judge Peter Cahill": the surname (not "UN")
        if words[0].fold in DETERMINERS or not 2 <= len(words) <= 3:
            return None
        if self.toks[j].fold in surnames or len(words) == 2:
            return j - 1
        return None

    def _discover_names(self, apposed: bool = False) -> None:
        """Capitalised subjects of speech verbs that NER missed ("Marsh, head of …, said");
        with no NER (`apposed`), a name a lower-case apposition follows ("Ana Loureiro, professora")."""
        known = {m.j for m in self.mentions}
        for k in range(2, len(self.toks) - 1) if apposed else ():
            nxt, m = self.toks[k + 1], None
            if self.toks[k].text == "," and nxt.text.islower() and nxt.fold not in FUNCTION | RELATIVE_WORDS and k - 1 not in known:
                m = self.heuristic_name(k - 1, forward=False)
            if m is not None and self._name_like(m.i, m.j) and (m.i == 0 or self.toks[m.i - 1].fold not in FUNCTION):
                self.mentions.append(m)
                self.apposed.append(m)
                known.add(m.j)
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
            m = self.heuristic_name(j, forward=False)
            if m is not None and m.i == m.j and self.sent_start_tok(m.i):
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

    def _name_like(self, i: int, j: int) -> bool:
        """Tokens i..j read as a first and last name: two to four capitalised words, none
        all capitals (an acronym) or a function word."""
        toks = self.toks[i : j + 1]
        return 2 <= len(toks) <= 4 and all(  # "Bakker-Vos": each part of a double name
            all(p[:1].isupper() and p[1:].islower() for p in t.text.split("-")) and t.fold not in FUNCTION
            for t in toks
        )

    def _name_word(self, k: int) -> bool:
        """Token k can be a word of a person's name (capitalised, no function word, role,
        cue or organisation word)."""
        t = self.toks[k]
        return (
            t.upper
            and t.text[0].isalpha()
            and t.fold not in FUNCTION
            and t.fold not in CUES
            and role_class(t.text, self.lang) is None
            and t.fold not in NOT_NAMES | TOPIC_LEADS_OF.get(self.lang or "", frozenset())  # "Per X, …"
            and t.fold not in ORG_WORDS
            and k not in self._nonperson
        )

    def heuristic_name(self, i: int, forward: bool = True) -> Mention | None:
        """A capitalised run starting (forward) or ending (backward) at token i."""
        toks = self.toks
        ok = self._name_word

        if not (0 <= i < len(toks)) or not ok(i):
            return None
        a = b = i
        if forward:
            while b + 1 < len(toks) and b - a < 3:
                if ok(b + 1) and _adjacent(toks[b], toks[b + 1], self.text):
                    b += 1
                    continue
                # a particle inside a name: "Jan de Vries", "Ursula von der Leyen"; after the given
                # name only where nouns are capitalised ("Tomas Keller den Anwohnern": an article)
                if b > a and self.lang in NOUNS_CAPITALISED:
                    break
                p = b + 1
                while p < len(toks) and p - b <= 2 and toks[p].fold in PARTICLES and (b > a or toks[p].fold not in COORD):
                    p += 1  # "Ortega y Gasset" after a given name; "Energía y Minería" is a list
                # "Floor Hemmes van de GGD": an acronym after the particle is her service, and so
                # is a word capitalised inside ("Katrin Weyland van TransOder Cargo")
                if p == b + 1 or p >= len(toks) or not ok(p) or toks[p].text.isupper() or _camel(toks[p].text):
                    break
                b = p
        else:
            while (
                a - 1 >= 0
                and b - a < 3
                and ok(a - 1)
                and _adjacent(toks[a - 1], toks[a], self.text)
            ):
                if self.sent_start_tok(a) and self.lang not in ("en", "fr"):
                    break
                a -= 1
        a += 2 * (self.lang == "de" and b - a == 3 and 0 < a and toks[a - 1].fold in DETERMINERS and toks[a].text.endswith("er") and ok(a + 2))  # "Die Leipziger Infektiologin X"
        if b - a == 2 and ok(a + 1) and self.lang in NOUNS_CAPITALISED | GENITIVE_AFTER_ROLE and (
            self.sent_start_tok(a) or (a > 0 and toks[a - 1].fold in DETERMINERS) or (a > 0 and self.lang in GENITIVE_AFTER_ROLE and (role_class(toks[a - 1].text, self.lang) or (toks[a - 1].text.isalpha() and toks[a - 1].text.islower() and toks[a - 1].fold not in FUNCTION and not self.is_cue(a - 1))))
        ):
            a += 1  # "(Der) Seismologe Arvid Tollen", "laut der Vulkanologin Anna Berg", "Premier Salmorii Ilse Marenko", "starosta powiatu Odra-Sprewa Katrin W."; not "Präsident Recep Tayyip Erdogan"
        if (
            self.lang == "de"
            and a == b
            and toks[a].fold not in self._surnames()
            and not (a > 0 and role_class(toks[a - 1].text, self.lang))
        ):
            # German capitalises every noun: a lone word must be a known surname, or follow a role
            return None
        if self.lang == "de" and self._after_noun_lead(a):
            return None  # "am Nachmittag Entwarnung": nouns after an article
        if b - a >= 2 and a > 0 and toks[a - 1].fold in ("and", "et", "und", "of", "de"):
            a += 1  # "… and Infrastructure Tomas Reiner": the title's tail, not a first name
        name = clean_name(self.text[toks[a].start : toks[b].end])
        return Mention("name", a, b, name, name=name) if name else None

    def _after_noun_lead(self, a: int) -> bool:
        """Token a follows a preposition carrying an article ("am", "im")."""
        return a > 0 and self.toks[a - 1].fold in NOUN_LEADS

    def _role_phrases(self) -> list[Mention]:
        out: list[Mention] = []
        toks = self.toks
        for h, t in enumerate(toks):
            rc = role_class(t.text, self.lang)
            # "parole" is a role only as "porte-parole" (one token, or three: porte - parole)
            porte = h - 2 if h >= 2 and toks[h - 1].fold == "-" else h - 1
            if rc is None or (t.fold == "parole" and (porte < 0 or toks[porte].fold != "porte")):
                continue
            cls, prefix = rc
            i = porte if t.fold == "parole" else h
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
                if p.fold in PRONOUNS or (self.sent_start_tok(i) and not p.upper):
                    break
                i -= 1
            j = self._extend_right(h)
            j = self._split_name_tail(h, j)
            mods = {stem(tk.text) for tk in toks[i : j + 1] if tk is not t}
            mods = {m for m in mods if m and m not in FUNCTION and fold(m) not in DETERMINERS}
            mods -= {stem(w) for w in CONNECTORS | DETERMINERS}
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
            and toks[k].fold in CONNECTORS  # "of", "degli", "das": not "and"
            and toks[k].fold not in COORD
            and _adjacent(toks[h], toks[k], self.text)
        ):
            k += 1
            while k < len(toks) and toks[k].fold in DETERMINERS | {"l'"}:
                k += 1
            n = 0
            while (
                k < len(toks) and n < 4 and toks[k].text[0].isalpha() and toks[k].fold not in CUES
            ):
                if toks[k].fold in ("and", "et", "und", "y", "e", "des", "de", "du", "la"):
                    k += 1
                    continue
                if self._person_at(k) or toks[k].fold in FUNCTION or toks[k].fold in PRONOUNS:
                    break
                if toks[k].fold in PLACE_PREPOSITIONS and k + 1 < len(toks) and toks[k + 1].upper:
                    break  # "presidente da Câmara de Comércio | no Rio Grande do Sul, X": a place
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
            and not enclitic(toks, k + 1)  # "o comandante mostrou-se": a verb, no adjective
        ):
            j = k
        # ... and a portfolio elided onto its preposition ("l'assessore regionale all'Energia")
        elided = j + 1 < len(toks) and self.lang in ("fr", "es", "it", "pt") and toks[j + 1].text.split("'")[0].islower()
        return j + 1 if elided and "'" in toks[j + 1].text[1:-1] and toks[j + 1].text.split("'")[-1][:1].isupper() else j

    def _surnames(self) -> set[str]:
        """The last words of the full names the article gives: its name mentions and, where
        no model finds persons (German has none), runs of two name words ("Maja Lund")."""
        if self._run_surnames is None:  # the scan, once; the mentions grow while built
            toks, runs = self.toks, set()
            for k in range(1, len(toks)):
                if (
                    self._name_word(k - 1)
                    and self._name_word(k)
                    and _adjacent(toks[k - 1], toks[k], self.text)
                    and not (k + 1 < len(toks) and self._name_word(k + 1))
                ):
                    runs.add(toks[k].fold)
            self._run_surnames = runs
        return self._run_surnames | {
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
        # "… de l'Environnement Claire Vasseur"; not "der Provinz Varne" (German nouns are capitalised)
        lower_before = (
            j - 2 > h
            and not prev.upper
            and prev.fold not in DETERMINERS | CONNECTORS | MEDIA_NOUNS  # not "au quotidien X"
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
            after = self.toks[m.j + 1] if m.j + 1 < len(self.toks) else None
            # "director del hospital San Leandro": a name right after the role's noun and its article names that noun
            owned = nxt == m.j + 1 and names_its_noun(self.toks, m.i, m.j, self.lang)
            person = None if owned else by_start.get(nxt)
            closes = after is None or after.text in ",.;)" or self.is_cue(m.j + 1)
            if person is None and closes:
                prev = m.i - 1
                if prev >= 0 and self.toks[prev].text == ",":
                    person = by_end.get(prev - 1)
            if person is None:
                person = self._late_apposition(m.j, by_start)
            if person is None and not owned:
                # NER missed the name: a capitalised run right after the role is it
                # ("the head of the Flood Office, Ilse Varga,"; "el alcalde Ramón Tello").
                k = m.j + 2 if after is not None and after.text == "," else m.j + 1
                while self.lang in GENITIVE_AFTER_ROLE and k < min(m.j + 4, len(self.toks) - 1) and self.toks[k].text.isalpha() and self.toks[k].text.islower() and self.toks[k].fold not in FUNCTION:
                    k += 1  # "minister spraw zagranicznych Piotr Malinowski": its complement first
                person = self.heuristic_name(k) or (apposed_run(self, k) if after is not None and after.text == "," else None)
                if person is not None and (len((person.name or "").split()) < 2 or (k in self._nonperson and not apposed_run(self, k))):
                    person = None  # (a name set off by commas after its role is a person's, whatever the model says)
                if person is not None:
                    self.mentions.append(person)
            if person is None or person.name is None or self._serves(m):
                continue  # "le porte-parole de la maire Anne Holt": Holt is the mayor
            name = self.full.get(person.name, person.name)
            self.roles.append(Role(m.role.cls, m.role.mods, name, self.toks[m.i].start))
            m.name = name
        self._build_full_names()

    def _serves(self, role: Mention) -> bool:
        """A role phrase that ends in whom it serves: "the spokesman of Mayor", "le
        porte-parole de la maire"."""
        return any(
            self.toks[k].fold in SERVES
            and all(
                self._title_or_role(x) or self.toks[x].fold in DETERMINERS
                for x in range(k + 1, role.j + 1)
            )
            and self._title_or_role(role.j)
            for k in range(role.i + 1, role.j)
        )

    def _title_or_role(self, k: int) -> bool:
        t = self.toks[k]
        return t.fold.rstrip(".") in TITLES or role_class(t.text, self.lang) is not None

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


def _camel(word: str) -> bool:
    """A word capitalised inside after a syllable or more ("TransOder"): a firm's, no
    surname ("McAllister", "MacDonald", "DeVries", "Bakker-Vos" are)."""
    return bool(_CAMEL.match(word))


def _adjacent(a: Tok, b: Tok, text: str) -> bool:
    gap = text[a.end : b.start]
    return "\n" not in gap and len(gap) <= 2


def best_mention(cands: Iterable[Mention | None]) -> Mention | None:
    order = {"name": 0, "role": 1, "pronoun": 2, "relative": 3}
    ms = [m for m in cands if m is not None]
    # a "name" inside a role phrase is its modifier ("Interior" of "Interior Minister")
    roles = [m for m in ms if m.kind == "role"]
    ms = [m for m in ms if m.kind != "name" or not any(r.i <= m.i and m.j < r.j for r in roles)]
    return min(ms, key=lambda m: (order[m.kind], m.org, -(m.j - m.i))) if ms else None
