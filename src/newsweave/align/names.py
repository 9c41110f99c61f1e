"""Speaker vocabulary (reporting verbs, titles, roles from `newsweave.lang`) and name
utilities shared by mention finding, attribution and entities."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from newsweave.lang import NOUNS_CAPITALISED, each, merged
from newsweave.text.fold import fold, fold_all, spelled_alike
from newsweave.text.script import latin

# --- lexicons ----------------------------------------------------------------

_CUES = [m for _, m in each("cues")]  # reporting verbs and titles: newsweave.lang.<code>.cues


def _cues(name: str) -> frozenset[str]:
    """One cue list of every language, folded and merged."""
    return fold_all(merged("cues", name))


def _per_language(name: str) -> dict[str, frozenset[str]]:
    """One cue list of each language apart, folded: language code -> words."""
    return {code: fold_all(getattr(m, name, ())) for code, m in each("cues")}


# Words that mark reported speech: speech verbs and "according to" markers (the verbs
# that introduce reported speech among them: a language lists those in SAY_VERBS only).
CUES = _cues("REPORTING_VERBS") | _cues("SAY_VERBS")
# Cues whose speaker follows them ("according to X", "selon X"); "X zufolge" precedes.
SOURCE_CUES = _cues("SOURCE_MARKERS")
# What marks the one words are said to ("told Reuters", "a déclaré à l'AFP"), no speaker.
ADDRESS_VERBS = _cues("ADDRESS_VERBS")
ADDRESSEE_MARKERS = _cues("ADDRESSEE_MARKERS")
AGENT_MARKERS = _cues("AGENT_MARKERS")
# Speech verbs that introduce reported speech ("X said (that) ...").
SAY_CUES = _cues("SAY_VERBS")
NOT_SPOKEN = _cues("NOT_SPOKEN_OBJECTS")  # "claimed responsibility": no speech follows
SAY_TIME = _cues("SAY_TIME_WORDS")  # "a prévenu samedi soir le colonel …"
THAT = _cues("COMPLEMENTIZERS")  # "said that …", "a dit que …", "sagte, dass …"
COMMA_CLAUSE = frozenset(code for code, m in each("cues") if getattr(m, "COMMA_CLAUSE", False))
# Words between a speaker and the speech verb that do not break the link ("X has also
# said", "Kim even responded"): auxiliaries and a few adverbs.
AUX = _cues("SPEAKER_LINKS")
COORD = _cues("COORDINATORS")
# Words that open a new clause after a comma (", while the police say …"): its own subject
CLAUSE_OPENERS = _cues("CLAUSE_OPENERS")
# Words that open a scene-setting phrase before a sentence's subject ("At a hearing, X …")
SCENE_OPENERS = _cues("SCENE_OPENERS")

# Folding strips accents, so Spanish "él" would equal the article "el": left out.
PRONOUNS = _cues("THIRD_PERSON")
# ... of each language: the Italian article "Il" opening a sentence is no French "il"
PRONOUNS_OF = _per_language("THIRD_PERSON")
OBJECT_PRONOUNS = _cues("OBJECT_PRONOUNS")  # never a sentence's subject
RELATIVES = _cues("RELATIVE_PRONOUNS")
DETERMINERS = _cues("DETERMINERS")
DETERMINERS_OF = _per_language("LOCAL_DETERMINERS")  # Dutch "de": a preposition elsewhere
NOT_DETERMINERS_OF = _per_language("NOT_DETERMINERS")  # Spanish "a": an article elsewhere
# "a French fire official", "un porte-parole": someone new, never a person named before
INDEFINITE = _cues("INDEFINITE_ARTICLES")
CONNECTORS = _cues("NAME_CONNECTORS")
# what links a role to the person it serves: "a spokesman for", "ein Sprecher von"; not
# "and", which joins two roles of one person ("chairman, CEO and president Lena Marsh")
SERVES = (CONNECTORS - COORD) | _cues("SERVES_WORDS")
# ... those that carry an article ("del", "des", "of the"): a name after the lower-case
# noun they govern names that noun ("el director del hospital San Leandro": the hospital)
ARTICLED = (CONNECTORS - COORD - {"de", "di", "of", "d'", "da"}) | DETERMINERS


def names_its_noun(toks: list[Tok], i: int, j: int, lang: str | None = None) -> bool:
    """Whether a name right after the role phrase at tokens i..j, with no comma between,
    names the lower-case noun the phrase ends with ("el director del hospital | San Leandro":
    the hospital) rather than the role's holder; not a portfolio ("of the Interior X").
    Where every noun is capitalised the noun may be ("der Direktor des Krankenhauses | San
    Leandro")."""
    noun = toks[j].text.islower() or (lang in NOUNS_CAPITALISED and toks[j].text.isalpha())
    return j - i >= 2 and toks[j - 1].fold in ARTICLED and noun and (j + 1 >= len(toks) or toks[j + 1].text != ",")
PLACE_LEADS = _cues("FUNCTION_WORDS")  # "en Brask", "in Orsk": a place or time, no subject
FUNCTION = DETERMINERS | CONNECTORS | THAT | PLACE_LEADS
ORG_WORDS = _cues("ORG_WORDS")
COMPANY_NOUNS = _cues("COMPANY_NOUNS")  # "la société X": a firm's name
MEDIA_NOUNS = _cues("MEDIA_NOUNS")  # "au quotidien X": X is the outlet
NOT_NAMES = _cues("NOT_NAMES")
PLACE_PREPOSITIONS = _cues("PLACE_PREPOSITIONS")  # "una taberna en Nas": a place, no subject
TOPIC_LEADS = _cues("TOPIC_PREPOSITIONS")
TOPIC_LEADS_OF = _per_language("TOPIC_PREPOSITIONS")
RELATIVE_WORDS = _cues("RELATIVE_WORDS")  # "Azure Meridian, którym dowodzi …": no person described  # "For X, the opening was personal": X, the topic
VENUES = _cues("VENUE_NOUNS")  # "stadio Arrigo Bassi", "rue Victor Hugo": a place's name
VENUES_OF = _per_language("VENUE_NOUNS")
TITLES = _cues("TITLES")
# a deputy's prefix written as one word with the role ("wiceminister", "viceministro")
ROLE_PREFIXES = tuple(sorted(_cues("ROLE_PREFIXES"), key=len, reverse=True))
ROLE_CLASS = {
    fold(w): cls for m in _CUES for cls, ws in getattr(m, "ROLES", {}).items() for w in ws
}
# A woman's form of a role by its ending ("entrenadora" -> "entrenador"), per language,
# with the roles of that language it leads to (French "ministère" is no English "minister")
_FEMININE = {
    code: (
        tuple((fold(f), fold(m)) for f, m in getattr(mod, "FEMININE_ENDINGS", ())),
        {fold(w): cls for cls, ws in getattr(mod, "ROLES", {}).items() for w in ws},
    )
    for code, mod in each("cues")
}
# German compounds end with the role ("Kremlchef", "Finanzminister").
_COMPOUND_HEADS = sorted(
    (w for w in ROLE_CLASS if len(w) >= 4 and w.isalpha()), key=len, reverse=True
)
# Seats that stand for a country's leader ("the head of the Kremlin" = the Russian president).
SEATS = {"krem": "russ", "elys": "fran", "quir": "ital", "monc": "espa", "bundeskanzleramt": "deut"}

QUOTE_MARKS = frozenset('"“”„«»‹›「」『』')
# Capitalised hyphenated words stay whole ("Jean-Claude", "Jong-un"), as does a particle
# hyphened to a capitalised part ("al-Hadrani"); "a-t-il" splits.
_PREFIXES = "|".join(sorted(merged("cues", "NAME_PREFIXES"), key=len, reverse=True))
PREFIXED = re.compile(rf"(?:{_PREFIXES})-[^\W\d_a-zà-ÿ]")
TOKEN = re.compile(
    rf"(?:{_PREFIXES})-[^\W\d_a-zà-ÿ][^\W_]*|[^\W\d_a-zà-ÿ][^\W_]*(?:-[^\W_]+)+|[^\W_]+(?:['’][^\W_]+)*['’]?|[^\w\s]"
)


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
    age: str | None = None  # an age epithet's ("the 61-year-old"), a kind of pronoun


@dataclass
class Attribution:
    mention: Mention | None
    cue: str | None
    bare: bool = False  # a cue after the quote without subject ("…», agregó"): like "he"


def names_a_place(toks: list[Tok], i: int, lang: str | None) -> bool:
    """Whether the name starting at token i is a place's: a venue noun opens it ("the Stadio
    Arrigo Bassi") or stands just before it ("lo stadio Arrigo Bassi", "rue Victor Hugo")."""
    return toks[i].fold in VENUES or (i > 0 and toks[i - 1].fold in VENUES_OF.get(lang or "", ()))


def surname_mentions(
    toks: list[Tok], mentions: list[Mention], runs: set[str], opens: Callable[[int], bool]
) -> list[Mention]:
    """The lone surnames of the article's full-named persons that no mention covers
    ("Brodek, 58, left the hall": the NER model finds no person opening a sentence); where
    no model finds persons, the last words of two-name runs (`runs`: "Anselm Brodek") where
    they open a sentence ("Brodek verließ den Saal"). Not one after another capitalised word
    ("Maria Brodek" is someone else) nor one glued to its neighbour ("Notre-Dame")."""
    last = {
        fold(m.name.split()[-1]) for m in mentions
        if m.kind == "name" and not m.org and m.name and len(m.name.split()) > 1
    }
    covered = {k for m in mentions for k in range(m.i, m.j + 1)}
    return [
        Mention("name", k, k, t.text, name=t.text)
        for k, t in enumerate(toks)
        if t.upper and (t.fold in last or (t.fold in runs and opens(k)))
        and k not in covered and not (k and toks[k - 1].upper)
        and not (k and toks[k - 1].end == t.start)
        and not (k + 1 < len(toks) and toks[k + 1].start == t.end and toks[k + 1].text in "-'’")
    ]


def role_class(word: str, lang: str | None = None) -> tuple[str, str] | None:
    """(class, compound prefix) for a role word: "Kremlchef" -> ("leader", "kreml") in German."""
    w = fold(word).replace("’", "'")
    # "l'avocate", "d'ambassadeur": the article elided onto the role
    for v in (w, w[2:]) if w[:2] in ("l'", "d'") else (w,):
        if v in ROLE_CLASS:
            return ROLE_CLASS[v], ""
        endings, roles = _FEMININE.get(lang or "", ((), {}))
        for fem, masc in endings:
            base = v[: len(v) - len(fem)] + masc
            if v.endswith(fem) and len(v) > len(fem) + 3 and base in roles:
                return roles[base], ""
    prefix = next((p for p in ROLE_PREFIXES if w.startswith(p) and len(w) > len(p) + 3), None)
    if prefix is not None and (found := role_class(w[len(prefix) :], lang)) is not None and not found[1]:
        return found[0], prefix
    if "-" in w.strip("-"):
        # a hyphenated compound ends with its role ("Aemet-Sprecher", "ex-minister")
        prefix, _, head = w.rpartition("-")
        found = role_class(head, lang)
        # ... unless two roles make one ("Secretary-General", "Attorney-General")
        if found is not None and len(prefix) >= 2 and not role_class(prefix, lang):
            return found[0], prefix + found[1]  # "Vize-Außenministerin": a compound's head too
    if lang in ("de", "nl") and len(w) > 7 and w.isalpha():  # compounds: "Polizeisprecher", "politiewoordvoerster"
        for head in _COMPOUND_HEADS:
            if w.endswith(head) and len(w) - len(head) >= 3:
                return ROLE_CLASS[head], w[: len(w) - len(head)]
    return None


def stem(word: str) -> str:
    return fold(word).strip("'’-")[:4]


def surname(name: str) -> str:
    return fold(name.split()[-1]) if name.split() else ""


PARTICLES = _cues("NAME_PARTICLES")
NOUN_LEADS = _cues("NOUN_LEADS")  # German "am", "im": a capitalised word after one is a noun
_NAME_LEAD = TITLES | frozenset(ROLE_CLASS)  # words before a person's name: "Dr", "minister"


def _name_words(text: str, lead: frozenset[str]) -> list[str]:
    """The words of a name in `text`, without stray punctuation, a possessive or leading
    words of `lead` (folded; a title's stop ignored)."""
    text = re.sub(r"['’]s$", "", text.strip(" ,.;:\"'’“”«»()"))
    words = [w for w in re.split(r"\s+", text) if w]
    while words and fold(words[0]).rstrip(".") in lead:
        words = words[1:]
    return words


def capitalised(word: str) -> bool:
    """A word that can stand in a name: capitalised, or a particle hyphened to one ("al-Hadrani")."""
    return word[:1].isupper() or bool(PREFIXED.match(word))


def _capitalised_ends(words: list[str]) -> bool:
    return bool(words) and words[0][:1].isupper() and capitalised(words[-1])


def adjective_compound(word: str) -> bool:
    """A capitalised word whose last hyphen part is a lower-case word ("Bush-era",
    "Paris-based"). Alone, no name: names join capitalised parts ("Jean-Claude"), and a
    lower-case part follows a surname ("Cheuk Hau-yip")."""
    head, _, tail = word.rpartition("-")
    return bool(head) and head[:1].isupper() and len(tail) > 1 and tail[:1].islower()


def clean_name(text: str) -> str | None:
    """A person name without titles, possessive or stray punctuation; None if implausible."""
    words = _name_words(text, _NAME_LEAD)
    if not words or len(words) > 5 or any(ch.isdigit() for ch in text):
        return None
    if not all(capitalised(w) or fold(w) in PARTICLES for w in words):
        return None
    if len(words) == 1 and adjective_compound(words[0]):
        return None  # "Bush-era", "Texas-based": a name made an adjective, nobody's name
    return " ".join(words) if _capitalised_ends(words) else None


MAX_ORG_WORDS = 8


def clean_org(text: str) -> str | None:
    """An organisation's name without a leading article or possessive ("the Centers for
    Disease Control and Prevention"): its inner words may be lower case, its first and
    last are capitalised; None if implausible."""
    words = _name_words(text, DETERMINERS)
    if len(words) > MAX_ORG_WORDS or not _capitalised_ends(words):
        return None
    return " ".join(words)




@lru_cache(maxsize=16384)
def _name_tokens(name: str) -> tuple[str, ...]:
    # in Latin letters: "Маров" is "Marow" spelled another way, as "Poutine" is "Putin"
    return tuple(latin(fold(name)).replace("-", " ").split())


@lru_cache(maxsize=4096)
def _ends_with(full: tuple[str, ...], short: tuple[str, ...]) -> bool:
    """The whole of a name of two words or more ends `full`."""
    return 2 <= len(short) <= len(full) and full[-len(short) :] == short


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
    short, long = sorted((ta, tb), key=len)
    if len(short) >= 2 and len(long) == len(short) + 1 and long[: len(short)] == short:
        return True  # a second surname dropped: "Ignacio Ferrer" for "Ignacio Ferrer Baeza"
    sa, sb = ta[-1], tb[-1]
    if sa != sb and not spelled_alike(sa, sb) and not spelled_alike(_sound(sa), _sound(sb)):
        return False
    if sa == sb and (_ends_with(ta, tb) or _ends_with(tb, ta)):
        # "Velmory Arvid Talsen" ("Premier Velmory Arvid Talsen": a genitive the capitalised
        # run took in) or a middle name: the whole of the shorter name ends the longer
        return True
    fa, fb = ta[:-1], tb[:-1]
    # "Donald Trump" and "Melania Trump" share a surname, not a person.
    return not (fa and fb and _sound(fa[0])[:1] != _sound(fb[0])[:1])


# German and French transliterations of one Russian, Ukrainian or Greek name ("Wolkow" /
# "Volkov", "Schewtschenko" / "Shevchenko", "Jurij" / "Yuri"), read alike
_SOUNDS = (("tsch", "ch"), ("sch", "sh"), ("w", "v"), ("j", "i"), ("y", "i"), ("ou", "u"))


def _sound(word: str) -> str:
    if word[:2] == "gi" and word[2:3] in ("a", "o", "u"):
        word = word[1:]  # Greek "Giannis" / "Yannis" / "Jannis"
    for a, b in _SOUNDS:
        word = word.replace(a, b)
    return word[1:] if word[:2] == "ie" else word  # "Yelena" / "Elena", "Ievgen" / "Yevgen"


HANDLE_PART = 5  # letters of a name part that a handle must contain ("DrTedros": "tedros")


def signed_name(handle: str, names: Iterable[str]) -> str | None:
    """The one person among `names` a social-media handle names ("DrTedros" -> "Tedros
    Adhanom Ghebreyesus"): a part of the name of HANDLE_PART letters or more is in it.
    None when nobody or more than one person fits."""
    folded = fold(handle)
    found = {
        n for n in names if any(len(w) >= HANDLE_PART and w in folded for w in _name_tokens(n))
    }
    return found.pop() if len(found) == 1 else None


def family_first(short: str, full: str) -> bool:
    """ "Kim" for "Kim Jong Un": a one-word name equal to the first word of a 3-word name."""
    ts, tf = _name_tokens(short), _name_tokens(full)
    return len(ts) == 1 and len(tf) >= 3 and ts[0] == tf[0]


def _carried(name: str, group: list[str], counts: Counter[str]) -> int:
    """How often `name` is written, alone or ending a longer form: "Giorgos Dionysiou"
    over "Ert Giorgos Dionysiou", a broadcaster's name glued on; not "Der Beek" cut from
    "Van Der Beek" after its particle."""
    short = _name_tokens(name)
    n = len(short)
    total = 0
    for other in group:
        full = _name_tokens(other)
        if _ends_with(full, short) and (len(full) == n or full[-n - 1] not in PARTICLES):
            total += counts[other]
    return total


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
        best = max(group, key=lambda m: (_carried(m, group, counts), counts[m], len(m)))
        for m in group:
            canon[m] = best
    for name in counts:
        if name not in canon:
            targets = {canon[m] for m in multi if same_person(name, m)}
            if not targets:
                targets = {canon[m] for m in multi if family_first(name, m)}
            canon[name] = targets.pop() if len(targets) == 1 else name
    return canon


PLACE_LABELS = frozenset({"GPE", "LOC"})


def glued_names(spans: list[tuple[int, int, str]], toks: list[Tok], text: str) -> list[tuple[int, int, str]]:
    """Entity spans (first token, last token, label) with two one-word places side by
    side opening a clause read as one person: the models cut a foreign name in two
    ("Halina" GPE, "Dobrzańska" GPE); two places are never written that way. Not after a
    word ("the advocacy group Passagiersrecht Nederland": an organisation the model took
    for places)."""
    out: list[tuple[int, int, str]] = []
    for i, j, label in spans:
        prev = out[-1] if out else None
        if (
            prev is not None and i == j == prev[1] + 1 == prev[0] + 1
            and label in PLACE_LABELS and prev[2] in PLACE_LABELS
            and text[toks[prev[0]].end : toks[i].start] == " "
            and (prev[0] == 0 or not toks[prev[0] - 1].text.isalpha())
            and all(toks[k].text.isalpha() and toks[k].text[:1].isupper() and toks[k].text[1:].islower() for k in (prev[0], i))
        ):
            out[-1] = (prev[0], i, "PERSON")
            continue
        out.append((i, j, label))
    return out


def enclitic(toks: list, k: int) -> bool:
    """Tokens k, k+1 are a hyphen and a short pronoun ("-se", "-lhe"): the word before is a verb."""
    return k + 1 < len(toks) and toks[k].text == "-" and toks[k + 1].text.islower() and len(toks[k + 1].text) <= 3


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
