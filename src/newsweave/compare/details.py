"""Detail divergences: lists that fill one slot with different items."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

import numpy as np

from newsweave.compare.claims import NEGATORS, STOP_WORDS
from newsweave.compare.closed_words import ARTICLES, POSSESSIVE_DETS
from newsweave.compare.numbers import find_quantities
from newsweave.compare.polarity import ALL_ANCHORS, ANCHORS
from newsweave.compare.quantity import APPROX_LEADS, APPROX_WORDS, UNIT_WORDS
from newsweave.lang import NOUNS_CAPITALISED, alternation, data, each, merged
from newsweave.model import Article, Citation, Divergence, FactGroups
from newsweave.text.fold import fold, spelled_alike
from newsweave.unionfind import DisjointSets

# "cheap fuel and credit" / "grain and fuel deliveries" / "fuel and grain at a discount": the same
# list slot (the lists share an item) filled with different items. Only common nouns
# (lower-case words) make items: names in a list ("Russia and Belarus") are the event's
# actors, not a detail outlets disagree on.
_CONJ = merged("cues", "LIST_COORDINATORS")
# ... in the sentence's own language where it has them: Italian "o" (or) is the article of
# Portuguese "fechou o acesso"
_CONJ_IN = {code: frozenset(getattr(m, "LIST_COORDINATORS", ())) for code, m in each("cues")}
# the qualifier of a figure right after a word ("displaced about 8,000", "leaving at least")
_QUALIFIER = re.compile(
    rf"\s+(?:(?:{alternation([*APPROX_WORDS, *APPROX_LEADS])}|than|de|que|als)\s+){{0,3}}",
    re.IGNORECASE,
)
_LIST_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*|[,;]", re.UNICODE)
DETAIL_COS = 0.35  # raw cosine for two sentences to be compared for their lists
DETAIL_STEM = 6  # letters of a word that make its item ("supplies" ~ "supply")


@dataclass(frozen=True)
class DetailList:
    items: frozenset[str]  # stemmed items
    text: str  # the list as written


# manner adverbs ("confidently and effectively") describe how, not which details
_ADVERB_ENDINGS = ("ly", "mente")


def _item(word: str) -> str | None:
    w = word.lower()
    if not word.islower() or w in STOP_WORDS or w in NEGATORS or len(w) < 3:
        return None
    if w in UNIT_WORDS:  # "7 minutes and 12 seconds" measures, it lists no details
        return None
    if w.endswith(_ADVERB_ENDINGS) and len(w) > 5:
        return None
    return w[:DETAIL_STEM]


_DETERMINERS = ARTICLES | POSSESSIVE_DETS


def _verbal(
    toks: list[tuple[str, int, int]], k: int, right_end: int, auxiliaries: frozenset[str]
) -> bool:
    """Whether the conjunction at k joins verbs, not nouns: the left word follows an
    auxiliary ("was handcuffed and taken", "fue desviado y …") or the right one takes an
    object ("… and gave the officer", "… y mandó la definición")."""
    b = k - 2
    while b > 0 and toks[b][0].lower().endswith(_ADVERB_ENDINGS):  # "was immediately …"
        b -= 1
    before = toks[b][0].lower() if b >= 0 else ""
    j = next((n for n, t in enumerate(toks) if t[2] == right_end), None)
    after = toks[j + 1][0] if j is not None and j + 1 < len(toks) else ""
    # "build a new spillway and install monitoring equipment": the left noun has its
    # article, the right word none and a bare object after it
    object_after = after.islower() and after not in STOP_WORDS and j == k + 1
    left_article = any(t[0].lower() in ARTICLES for t in toks[max(k - 3, 0) : k - 1])
    return (
        before in auxiliaries
        or after.lower() in _DETERMINERS
        or (left_article and object_after)
    )


def _figure_after(text: str, end: int, lang: str | None) -> bool:
    """Whether a figure follows the word ending at `end`, its qualifier aside ("forced
    3,500", "leaving at least six people homeless"): that word is a verb counting it."""
    m = _QUALIFIER.match(text, end)
    if m is None:
        return False
    at = m.end()
    return text[at : at + 1].isdigit() or any(
        q.start <= at < q.end for q in find_quantities(text, lang)
    )


@lru_cache(maxsize=8192)
def stems(text: str) -> frozenset[str]:
    """Every word of `text` cut as a list item is: an item named outside a list ("build a
    quay and install cranes" names the cranes of "a quay and cranes") is stated all the same.
    Memoised: a sentence meets every sentence it is compared with."""
    return frozenset(m.group().lower()[:DETAIL_STEM] for m in _LIST_WORD.finditer(text))


def detail_lists(text: str, lang: str | None = None) -> list[DetailList]:
    """The coordinated lists of common nouns in a sentence ("oil, gas and loans"); `lang`
    picks the auxiliaries that mark joined verbs (all languages' when unknown)."""
    auxiliaries = ANCHORS.get(lang or "", ALL_ANCHORS)
    conj = _CONJ_IN.get(lang or "") or _CONJ
    toks = [(m.group(), m.start(), m.end()) for m in _LIST_WORD.finditer(text)]
    out = []
    for k, (w, _, _) in enumerate(toks):
        if w.lower() not in conj or k == 0 or k + 1 >= len(toks):
            continue
        right = next(
            (
                (t, e)
                for t, _, e in toks[k + 1 : k + 4]
                if t not in ",;" and t.lower() not in STOP_WORDS
            ),
            None,
        )
        if right is None or _item(right[0]) is None or _item(toks[k - 1][0]) is None:
            continue
        if _verbal(toks, k, right[1], auxiliaries) or _figure_after(text, right[1], lang):
            continue  # joined verbs; one counting a figure ("killed 23 people and forced 8,000")
        items = [_item(right[0]), _item(toks[k - 1][0])]
        start = toks[k - 1][1]
        j = k - 2
        while j >= 1 and toks[j][0] == "," and _item(toks[j - 1][0]):  # "oil, gas and ..."
            items.append(_item(toks[j - 1][0]))
            start = toks[j - 1][1]
            j -= 2
        out.append(DetailList(frozenset(i for i in items if i), text[start : right[1]]))
    return [d for d in out if len(d.items) >= 2]


FRAME_SHARE = 0.75  # shared words (Jaccard) of two sentences outside their lists


def _same_frame(a: str, la: DetailList, b: str, lb: DetailList) -> bool:
    def frame(text: str, d: DetailList) -> set[str]:
        return set(_LIST_WORD.findall(text.replace(d.text, " ").lower())) - {",", ";"}

    wa, wb = frame(a, la), frame(b, lb)
    return bool(wa | wb) and len(wa & wb) >= FRAME_SHARE * len(wa | wb)


def detail_divergences(alignment: FactGroups, articles: Sequence[Article]) -> list[Divergence]:
    """Lists that fill one slot with different items in different articles (same
    language: words are compared). Rows are paired only through a shared item (an
    inverted index), so the cost follows the lists, not all pairs of sentences."""
    sents = alignment.sentences
    # a machine translation's words are its translator's ("for the fright" where the others
    # write "shock"): compared word for word, its lists would differ where the outlets do not
    translated = {a.id for a in articles if a.machine_translated}
    lists: dict[int, list[DetailList]] = {}
    by_item: dict[tuple[str | None, str], list[int]] = {}
    for row, s in enumerate(sents):
        lang = alignment.langs[row] if alignment.langs else s.lang
        found = detail_lists(s.text, lang) if s.article_id not in translated else []
        if found:
            lists[row] = found
            for d in found:
                for it in d.items:
                    by_item.setdefault((lang, it), []).append(row)
    sets: DisjointSets[tuple[int, int]] = DisjointSets()  # (row, list no.)
    differing: set[tuple[int, int]] = set()
    agreeing: set[frozenset[str]] = set()
    seen: set[tuple[int, int]] = set()
    for rows in by_item.values():
        for i, a in enumerate(rows):
            for b in rows[i + 1 :]:
                if (a, b) in seen or sents[a].article_id == sents[b].article_id:
                    continue
                seen.add((a, b))
                if float(alignment.vectors[a] @ alignment.vectors[b]) < DETAIL_COS:
                    continue
                for x, la in enumerate(lists[a]):
                    for y, lb in enumerate(lists[b]):
                        if la.items & lb.items:
                            sets.union((b, y), (a, x))
                            if la.items != lb.items and not (
                                la.items <= stems(sents[b].text)
                                or lb.items <= stems(sents[a].text)
                            ):
                                differing.add((a, b))
                            else:
                                agreeing.add(frozenset((sents[a].article_id, sents[b].article_id)))
    # lists with no item in common, in sentences that are the same but for them ("trucks
    # carrying food, medicine and tents reached Orla" / "... drinking water and fuel ..."):
    # one slot filled otherwise; sentences of one fact only (the index above needs an item)
    for fact in alignment.facts:
        rows = [r for r in alignment.support_rows[fact.id] if r in lists]
        for i, a in enumerate(rows):
            for b in rows[i + 1 :]:
                if sents[a].article_id == sents[b].article_id or alignment.langs and (
                    alignment.langs[a] != alignment.langs[b]
                ):
                    continue
                for x, la in enumerate(lists[a]):
                    for y, lb in enumerate(lists[b]):
                        if not la.items & lb.items and _same_frame(sents[a].text, la, sents[b].text, lb):
                            sets.union((b, y), (a, x))
                            differing.add((a, b))
    # two articles that state one list item for item agree on it, whatever else they add
    differing = {
        (a, b)
        for a, b in differing
        if frozenset((sents[a].article_id, sents[b].article_id)) not in agreeing
    }
    out = []
    for nodes in sets.groups():
        rows = {r for r, _ in nodes}
        if not any(a in rows and b in rows for a, b in differing):
            continue
        # each article's list, preferring one from a differing pair: a list another article
        # repeats item for item is no variant
        in_diff = {r for pair in differing for r in pair}
        per_article: dict[str, tuple[int, DetailList]] = {}
        for r, x in sorted(nodes, key=lambda n: (n[0] not in in_diff, n)):
            per_article.setdefault(sents[r].article_id, (r, lists[r][x]))
        sets = {aid: d.items for aid, (_, d) in per_article.items()}
        if len(per_article) < 2 or len(set(sets.values())) < 2:
            continue
        odd = None
        if len(sets) >= 3:
            for aid, items in sets.items():
                rest = [v for k, v in sets.items() if k != aid]
                if all(v == rest[0] for v in rest) and items != rest[0]:
                    odd = aid
        listing = "; ".join(f"{d.text} ({aid})" for aid, (_, d) in per_article.items())
        out.append(
            Divergence(
                kind="detail",
                description=f"Details differ: {listing}",
                variants=[
                    Citation(aid, sents[r].text, sents[r].index)
                    for aid, (r, _) in per_article.items()
                ],
                odd_one_out=odd,
            )
        )
    out.sort(key=lambda d: d.description)
    return out


# Items of a list read across languages: multilingual USE cosine of an item ("rubber
# bullets") to its closest window of one to three words of the other sentence. Stated
# items score 0.47-0.93 ("blankets" / "Decken", "tear gas" / "Tränengas"), items
# another language leaves out 0.25-0.43 ("rubber bullets" / "Tränengas", "hospitals" /
# "escuelas"): the gap between ITEM_MISSING and ITEM_STATED is left to neither.
ITEM_STATED = 0.45
ITEM_MISSING = 0.42
_WINDOW = 3


def _phrases(text: str, d: DetailList) -> list[list[str]]:
    """Each item of list `d` as written in `text`: with the word next to it outside the
    list where there is one ("tear gas", "rubber bullets" for "gas and rubber"), else its
    word alone (alone, "water" of "water cannon" is as close to "gaz" as to "Wasser")."""
    at = text.find(d.text)
    toks = [(m.group(), m.start()) for m in _LIST_WORD.finditer(text)]
    inside = [k for k, (_, s) in enumerate(toks) if at <= s < at + len(d.text)]
    out = []
    for k in inside:
        w = toks[k][0]
        if _item(w) not in d.items:
            continue
        forms = [
            f"{toks[n][0]} {w}" if n < k else f"{w} {toks[n][0]}"
            for n in (k - 1, k + 1)
            if 0 <= n < len(toks) and n not in inside and _item(toks[n][0])
        ]
        out.append(forms or [w])
    return out


class Said(Protocol):
    """A sentence in its language (`summarize.verify.Unit`)."""

    text: str
    lang: str | None


class PhraseVectors:
    """Unit vectors of short phrases (list items, word windows) by `embedder`, each
    embedded once: a sentence meets every candidate wording of its fact."""

    def __init__(self, embedder: object) -> None:
        self.embedder = embedder
        self.cache: dict[str, np.ndarray] = {}

    def __call__(self, texts: list[str]) -> np.ndarray:
        new = [t for t in dict.fromkeys(texts) if t not in self.cache]
        if new:
            vecs = np.asarray(self.embedder.encode(new), dtype=np.float32)  # type: ignore[attr-defined]
            vecs /= np.maximum(np.linalg.norm(vecs, axis=1, keepdims=True), 1e-12)
            self.cache.update(zip(new, vecs, strict=True))
        return np.stack([self.cache[t] for t in texts]) if texts else np.zeros((0, 0), dtype=np.float32)


@lru_cache(maxsize=8192)
def _item_windows(
    a: str, lang_a: str | None, b: str, lang_b: str | None
) -> tuple[tuple[tuple[list[str], ...], ...], tuple[str, ...], tuple[tuple[int, int], ...]]:
    """(each list of `a`: its items' forms), `b`'s words and its windows, for
    `missing_items`; no lists where there is nothing to compare."""
    lists = tuple(p for d in detail_lists(a, lang_a) if len(p := _phrases(a, d)) >= 2)
    toks = tuple(_LIST_WORD.findall(b))
    if not lists or any(t.lower() in _CONJ for t in toks):
        return (), toks, ()  # `b` lists too, maybe a missing item in words the cosine misses
    # a function word, or a name where common nouns are written in lower case
    names = lang_b not in NOUNS_CAPITALISED
    stop = [t.lower() in STOP_WORDS or t in ",;" or (names and t[:1].isupper()) for t in toks]
    spans = tuple(  # content words at both ends (a short word matches "des", "hat" by noise),
        # three words only around a function word ("balles en caoutchouc")
        (i, j)
        for n in range(1, _WINDOW + 1)
        for i in range(len(toks) - n + 1)
        if not (stop[i] or stop[(j := i + n) - 1]) and "," not in toks[i:j] and ";" not in toks[i:j]
        and (n < 3 or stop[i + 1])
    )  # fmt: skip
    return (lists if spans else ()), toks, spans


def item_texts(a: Said, b: Said) -> list[str]:
    """The phrases `missing_items` embeds for `a` and `b` (to embed many pairs' at once)."""
    lists, toks, spans = _item_windows(a.text, a.lang, b.text, b.lang)
    if not lists:
        return []
    return [f for phrases in lists for item in phrases for f in item] + [" ".join(toks[i:j]) for i, j in spans]


def missing_items(a: Said, b: Said, encode: Callable[[list[str]], np.ndarray]) -> list[str]:
    """Items of a list in `a` that `b`, in another language, names nowhere while it names
    another item of that list alone: "tear gas and rubber bullets" / "Tränengas" (rubber
    bullets). Where `b` lists too (a coordinator, a comma beside the item it names) its
    other items may be a missing one's translation the cosine misses ("new spillway" /
    "neue Hochwasserentlastung gebaut und Sensoren"): nothing is missing then. `encode`
    gives unit vectors of phrases (an embedder's, memoised by the caller)."""
    lists, toks, spans = _item_windows(a.text, a.lang, b.text, b.lang)
    texts = item_texts(a, b)
    if not texts:
        return []
    n = len(texts) - len(spans)
    vecs = encode(texts)
    sims = vecs[:n] @ vecs[n:].T
    rows = iter(range(n))
    out = []
    for phrases in lists:
        scores, where = [], []
        for item in phrases:
            k = max((next(rows) for _ in item), key=lambda r: sims[r].max())
            scores.append(float(sims[k].max()))
            where.append(spans[int(sims[k].argmax())])
        named = [w for w, sc in zip(where, scores, strict=True) if sc >= ITEM_STATED]
        if named and not any("," in toks[max(i - 2, 0) : i] + toks[j : j + 2] for i, j in named):
            out += [item[-1] for item, sc in zip(phrases, scores, strict=True) if sc < ITEM_MISSING]
    return out


# A list of three names or more ("Ermida, Souto and Paço de Covide", "Saint-Fons, Feyzin,
# Vénissieux et Pierre-Bénite"): each item capitalised words, with a particle inside.
_NAME_ITEM = r"[A-ZÀ-ÖØ-Þ][\w'’-]+(?:\s(?:(?:de|do|da|di|del|van|la|le)\s)?[A-ZÀ-ÖØ-Þ][\w'’-]+){0,2}"
_NAME_LIST = re.compile(
    rf"{_NAME_ITEM}(?:,\s+{_NAME_ITEM})+,?\s+(?:{alternation(_CONJ)})\s+{_NAME_ITEM}"
)

_NAME_PAIR = re.compile(rf"{_NAME_ITEM}(?:,\s+{_NAME_ITEM})*,?\s+(?:{alternation(_CONJ)})\s+{_NAME_ITEM}")


# a list right after a coordinator of names opens an apposition: "the presidents of Orlavia
# and Sevrinia, Mirela Dragovan and Anton Keszler" names two presidents, no three items
_AFTER_PAIR = re.compile(rf"[A-ZÀ-ÖØ-Þ][\w'’-]*\s+(?:{alternation(_CONJ)})\s+$")
# a determiner before a capitalised noun ("beider Länder, Mirela Dragovan und Anton
# Keszler", "die Orte Valcorno, San Teo und Brisella"): the noun heads the list, no name
_HEAD_DETERMINERS = frozenset(
    fold(w) for part, name in (("cues", "DETERMINERS"), ("cues", "LIST_HEAD_DETERMINERS"), ("cues", "DEFINITE_ARTICLES"))
    for code in NOUNS_CAPITALISED for w in getattr(data(code, part), name, ())
)  # fmt: skip


def _listing(text: str, m: re.Match[str], lang: str | None = None) -> str:
    """The list of names a match of `_NAME_LIST` or `_NAME_PAIR` in `text` holds: without
    an apposition's head, the names coordinated before it or (where nouns are capitalised,
    `lang`) a noun after a determiner."""
    listing = m.group(0)
    first = listing.split(",", 1)[0]
    before = text[max(0, m.start() - 60) : m.start()]
    if "," in listing and _AFTER_PAIR.search(before):
        return listing[len(first) + 1 :].strip()
    words = re.findall(r"[^\W\d_]+", before)
    if lang in NOUNS_CAPITALISED and words and fold(words[-1]) in _HEAD_DETERMINERS and words[-1].islower():
        head = first.split()[0]
        return listing[len(head) :].lstrip(" ,") if " " in first or "," in listing else listing
    return listing


def names_left_out(text: str, article: str) -> list[str]:
    """Names of a list of three or more in `text` that `article` (its whole text) never
    names while it names two others of the list, or one in a list of its own with another
    name: it lists the slot otherwise ("Ermida, Souto and Brufe" for "Ermida, Souto and
    Paço de Covide"; "Torrevieja y Alicante" for "Torrevieja, Orihuela and Elche"). Across
    languages where a name is translated ("Italy" / "Italië") fewer match, and nothing is said."""
    body = _folded(article)  # one article, checked against many summary wordings
    out: list[str] = []
    for m in _NAME_LIST.finditer(text):
        items = _name_items(_listing(text, m))
        unnamed = [i for i in items if not _named(fold(i), body)]
        if len(items) - len(unnamed) >= 2 or (unnamed and len(unnamed) < len(items) and _listed_otherwise(items, article)):
            out += unnamed
    return out


def _listed_otherwise(items: list[str], article: str) -> bool:
    """Whether `article` lists a name of `items` beside a name not among them."""
    ours = {fold(i) for i in items}
    return any(theirs & ours and theirs - ours for theirs in _article_name_lists(article))


@lru_cache(maxsize=256)
def _article_name_lists(article: str) -> tuple[frozenset[str], ...]:
    """The lists of two names or more of one article (read once, met by many wordings)."""
    return tuple(frozenset(fold(i) for i in _name_items(_listing(article, m))) for m in _NAME_PAIR.finditer(article))


@lru_cache(maxsize=256)
def _folded(text: str) -> str:
    return fold(text)


def _named(name: str, body: str, translated: bool = False) -> bool:
    """Whether folded `body` names folded `name`; with `translated`, a one-word name also
    where a word begins with its four first letters ("Italy" / "Italië") or is spelled
    alike, declined ("Niger" / "Nigru"; not "Austria" / "Australia", a letter apart at most)."""
    if re.search(rf"(?<!\w){re.escape(name)}(?!\w)", body):
        return True
    if not (translated and " " not in name and len(name) >= 5):
        return False
    if re.search(rf"(?<!\w){re.escape(name[:4])}", body) is not None:
        return True
    words = re.findall(rf"(?<!\w){re.escape(name[:3])}\w*", body)
    return any(abs(len(w) - len(name)) <= 1 and spelled_alike(w, name) for w in words)


def _name_items(listing: str) -> list[str]:
    """The names of one list `_NAME_LIST` found, as written."""
    return [i.strip() for i in re.split(rf",|\s(?:{alternation(_CONJ)})\s", listing) if i.strip()]


def name_list_divergences(alignment: FactGroups, articles: Sequence[Article]) -> list[Divergence]:
    """Lists of three names or more that outlets fill otherwise, one naming what the other
    article never names ("Ermida, Souto e Paço de Covide" / "Ermida, Souto and Brufe"; the
    donors, the towns told to stay indoors; a list one article lengthens with a name the
    other never names; "Orla e Brem" beside "Orla, Brem y Tusk" in one fact). Lists sharing
    two names are one slot; a name translated ("Italy" / "Italië", four letters alike) is no
    other name."""
    sents = alignment.sentences
    bodies = {a.id: fold(f"{a.title or ''} {a.text}") for a in articles}
    langs = {a.id: a.lang for a in articles}
    lists: dict[int, tuple[frozenset[str], str]] = {}
    pairs: set[int] = set()  # two names ("A and B"): met by a longer list of their own fact only
    for row, s in enumerate(sents):
        if (m := _NAME_LIST.search(s.text) or _NAME_PAIR.search(s.text)) is not None:
            listing = _listing(s.text, m, s.lang or langs.get(s.article_id))
            lists[row] = (frozenset(fold(i) for i in _name_items(listing)), listing)
            pairs |= {row} if len(lists[row][0]) == 2 else set()
    together = {frozenset((a, b)) for rs in alignment.support_rows.values() for a in rs for b in rs if a in pairs}
    sets: DisjointSets[int] = DisjointSets()
    differing: set[frozenset[int]] = set()

    def unnamed(items: frozenset[str], aid: str) -> list[str]:
        return [x for x in items if not _named(x, bodies.get(aid, ""), translated=True)]

    rows = sorted(lists)
    for i, a in enumerate(rows):
        for b in rows[i + 1 :]:
            (la, _), (lb, _) = lists[a], lists[b]
            ida, idb = sents[a].article_id, sents[b].article_id
            if ida == idb or len(la & lb) < 2 or float(alignment.vectors[a] @ alignment.vectors[b]) < DETAIL_COS:
                continue
            if {a, b} & pairs and frozenset((a, b)) not in together:
                continue
            sets.add(a)
            sets.union(a, b)
            if unnamed(la - lb, idb) or unnamed(lb - la, ida):
                differing.add(frozenset((a, b)))
    out = []
    for comp in sets.groups():
        if not any(pair <= set(comp) for pair in differing):
            continue
        per_article: dict[str, int] = {}
        for r in sorted(comp, key=lambda r: (not any(r in p for p in differing), r)):
            per_article.setdefault(sents[r].article_id, r)
        items = {aid: lists[r][0] for aid, r in per_article.items()}
        odd = None
        for aid, mine in items.items():
            rest = [v for k, v in items.items() if k != aid]
            if len(rest) >= 2 and all(v == rest[0] for v in rest) and mine != rest[0]:
                odd = aid
        listing = "; ".join(f"{lists[r][1]} ({aid})" for aid, r in per_article.items())
        out.append(Divergence(
            kind="detail", description=f"Lists of names differ: {listing}",
            variants=[Citation(aid, sents[r].text, sents[r].index) for aid, r in per_article.items()],
            odd_one_out=odd,
        ))
    out.sort(key=lambda d: d.description)
    return out
