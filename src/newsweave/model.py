"""The one data model every stage reads and enriches.

Ingest makes `Article`s; the text stage fills `Article.sentences`; the
dossier stages make `Fact`, `QuoteGroup`, `Divergence` and finally a
`Dossier`; the stream stage makes `Event`s. All types round-trip through
plain JSON with `to_dict()` / `from_dict()`. Dates are ISO strings
("YYYY-MM-DD") so the JSON form and the Python form are the same.
"""

from __future__ import annotations

import dataclasses
import functools
import types
import typing
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar

from newsweave.errors import StageError

T = TypeVar("T")

DOSSIER_SCHEMA = "newsweave.dossier/1"
EVENTS_SCHEMA = "newsweave.events/1"
# Most summary sentences of a dossier (corroborated facts; see `summarize.extractive`).
MAX_SUMMARY = 12
# The reader's language: fact texts, summary wordings and the event title prefer it when
# a source in it states the same thing.
READER_LANG = "en"


class Record:
    """Mixin: JSON round-trip for the dataclasses below."""

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)  # type: ignore[call-overload]

    @classmethod
    def from_dict(cls: type[T], data: dict[str, Any]) -> T:
        return _build(cls, data)


def _build(tp: Any, value: Any) -> Any:
    """Rebuild a value of type `tp` from its JSON form (dataclasses, lists, dicts, optionals)."""
    if value is None:
        return None
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        return _build(args[0], value) if len(args) == 1 else value
    if origin is list:
        (item,) = typing.get_args(tp)
        return [_build(item, v) for v in value]
    if origin is dict:
        _, item = typing.get_args(tp)
        return {k: _build(item, v) for k, v in value.items()}
    if dataclasses.is_dataclass(tp):
        hints, names = _fields(tp)
        return tp(**{k: _build(hints[k], v) for k, v in value.items() if k in names})
    return value


@functools.cache
def _fields(tp: type) -> tuple[dict[str, Any], frozenset[str]]:
    # get_type_hints evaluates every annotation string: once per class, not once per record
    # (loading an event's articles spent most of its time here)
    names = frozenset(f.name for f in dataclasses.fields(tp) if f.init)
    return typing.get_type_hints(tp), names


# --- ingest ------------------------------------------------------------------


@dataclass
class Removed(Record):
    """A line dropped from the body, and why (e.g. "share-residue", "caption")."""

    text: str
    reason: str


@dataclass
class Provenance(Record):
    """What the cleaner saw: signals (human-readable) and removed lines."""

    signals: list[str] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)
    original_title: str | None = None
    cleaned: bool = False  # set by ingest.clean, which then leaves the article alone
    partial_date: str | None = None  # "--MM-DD": a dateline date without a year, resolved per batch
    # social-media posts the body quotes (kept, as quotations are): the poster's words, not
    # the outlet's, so no stage takes them for something the outlet states
    posts: list[str] = field(default_factory=list)
    # the handle signing a quotation in each post ("…”-@DrTedros" -> "DrTedros"), "" when
    # none: the person quoted, whom the cleaner's removed signature would otherwise lose
    post_handles: list[str] = field(default_factory=list)


@dataclass
class Sentence(Record):
    """One sentence of an article body; `start`/`end` are offsets into `Article.text`."""

    article_id: str
    index: int
    text: str
    start: int
    end: int
    paragraph: int = 0
    lang: str | None = None


@dataclass
class Article(Record):
    """One cleaned news report. `id` is the record's id or the file name without extension."""

    id: str
    text: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    dateline: str | None = None
    author: str | None = None
    lang: str | None = None
    url: str | None = None
    source: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    paragraph_langs: list[str | None] = field(default_factory=list)
    machine_translated: bool = False
    syndicated: bool = False
    wire: str | None = None
    provenance: Provenance = field(default_factory=Provenance)
    sentences: list[Sentence] = field(default_factory=list)

    @property
    def removed(self) -> list[Removed]:
        return self.provenance.removed

    def lang_at(self, index: int | None) -> str | None:
        """The language of sentence `index` (a passage may be in another), else the article's."""
        if index is not None and 0 <= index < len(self.sentences):
            return self.sentences[index].lang or self.lang
        return self.lang


# --- dossier -----------------------------------------------------------------


@dataclass
class Citation(Record):
    """A piece of text as one article words it."""

    article: str
    text: str
    sentence: int | None = None


@dataclass
class QuoteVariant(Citation):
    """One outlet's wording of a quotation: between quotation marks (`direct`), or in
    reported speech ("Holt said her town has no plan to …"), which is the outlet's
    wording of the words, not the words."""

    direct: bool = True


@dataclass
class Quote(Record):
    """A quotation found in one article (direct, or reported speech)."""

    article_id: str
    text: str
    speaker: str | None = None
    cue: str | None = None
    direct: bool = True
    sentence: int | None = None
    start: int | None = None
    end: int | None = None
    speaker_mention: str | None = None  # how the article names the speaker ("the minister")


@dataclass
class QuoteGroup(Record):
    """The same utterance across articles, each outlet's wording side by side."""

    id: str
    speaker: str | None
    variants: list[QuoteVariant]
    divergent: bool = False
    odd_one_out: str | None = None
    reason: str | None = None
    apart: list[list[str]] = field(default_factory=list)  # article pairs worded to differ


@dataclass
class Fact(Record):
    """Sentences from several articles that state the same thing."""

    id: str
    text: str
    support: list[Citation]
    independent_sources: int = 1
    status: str = "single-source"  # "corroborated" | "single-source" | "disputed"
    source_groups: list[str] = field(default_factory=list)
    score: float = 0.0
    # the articles the citation check finds stating the fact's wording with its meaning
    # (`summarize.verify`); a support sentence outside it is grouped here, not confirmed
    confirmed: list[str] | None = None


@dataclass
class Divergence(Record):
    """Where reports disagree: kind is "number", "claim", "quote" (a quote variant that
    changes the meaning), "wording" (a quote worded otherwise), "detail", "name" (a
    person given another first name) or "date" (a page date its dateline contradicts)."""

    kind: str
    description: str
    variants: list[Citation]
    odd_one_out: str | None = None
    fact: str | None = None

    def odd_variants(self) -> list[Citation]:
        """The odd one out's wordings (none when the divergence names no odd one out)."""
        return [v for v in self.variants if self.odd_one_out and v.article == self.odd_one_out]


@dataclass
class SourceGroup(Record):
    """Articles that are one witness: copies, reprints or translations of one report."""

    id: str
    articles: list[str]
    reasons: list[str] = field(default_factory=list)


@dataclass
class SummaryItem(Record):
    text: str
    citations: list[str]
    fact: str | None = None
    # articles that state this item differently (another figure, the quote worded otherwise,
    # the opposite claim): named in `text`, never cited
    differs: list[str] = field(default_factory=list)


@dataclass
class TimelineEntry(Record):
    date: str
    text: str
    citations: list[str]


@dataclass
class Entity(Record):
    name: str
    type: str  # "PERSON" | "ORG" | "PLACE"
    mentions: dict[str, int] = field(default_factory=dict)


@dataclass
class Coverage(Record):
    unique: list[str] = field(default_factory=list)
    omitted: list[str] = field(default_factory=list)


@dataclass
class ArticleInfo(Record):
    """The provenance row of one article in a dossier."""

    id: str
    outlet: str | None
    title: str | None
    published: str | None
    lang: str | None
    machine_translated: bool
    syndicated: bool
    source_group: str | None = None
    url: str | None = None
    author: str | None = None
    dateline: str | None = None
    wire: str | None = None
    removed: list[Removed] = field(default_factory=list)


@dataclass
class EventInfo(Record):
    title: str
    date: str | None
    languages: list[str] = field(default_factory=list)
    outlets: list[str] = field(default_factory=list)
    id: str | None = None


@dataclass
class Dossier(Record):
    """The cross-checked account of one event; see docs/schema/dossier.schema.json."""

    event: EventInfo
    articles: list[ArticleInfo] = field(default_factory=list)
    summary: list[SummaryItem] = field(default_factory=list)
    also_reported: list[SummaryItem] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    quotes: list[QuoteGroup] = field(default_factory=list)
    divergences: list[Divergence] = field(default_factory=list)
    coverage: dict[str, Coverage] = field(default_factory=dict)
    timeline: list[TimelineEntry] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    source_groups: list[SourceGroup] = field(default_factory=list)
    schema: str = DOSSIER_SCHEMA

    def to_dict(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        return {"schema": data.pop("schema"), **data}

    def independent_sources(self) -> int:
        """How many witnesses the articles are: one per source group (copies, reprints and
        translations of one report), ungrouped articles one each. The one count shown
        everywhere: the store copies it onto the event when it saves the dossier."""
        return len({a.source_group or f"\0{a.id}" for a in self.articles})


# --- stream ------------------------------------------------------------------


@dataclass
class Event(Record):
    """A cluster of articles about one real-world event."""

    id: str
    title: str
    date: str | None
    articles: list[str] = field(default_factory=list)
    first_date: str | None = None
    last_date: str | None = None
    languages: list[str] = field(default_factory=list)
    outlets: list[str] = field(default_factory=list)
    independent_sources: int = 0
    updated: str | None = None


class FactGroups(Protocol):
    """The fact layer as the stages after `align.facts` read it (`align.facts.FactAlignment`
    fills it): the facts, the candidate sentences they were built from and their vectors."""

    facts: list[Fact]
    sentences: list[Sentence]
    vectors: Any  # (sentences, dim) float32 array, raw embeddings
    members: dict[str, list[int]]  # fact id -> rows of `sentences` clustered into it
    support_rows: dict[str, list[int]]  # fact id -> one row per supporting article
    centroids: dict[str, Any]  # fact id -> centred unit vector
    langs: list[str | None]  # language of each row
    groups: dict[str, str]  # article id -> source group id
    clauses: frozenset[int]  # rows cut from a longer sentence (`align.candidates.split_clauses`)

    def pair_score(self, i: int, j: int) -> float:
        """How surely rows i and j state the same thing."""
        ...

    def centred(self, rows: Any) -> Any:
        """Unit vectors of raw embedding `rows` with the event direction removed."""
        ...

    def states_figures(self, i: int, j: int) -> bool:
        """Whether row j states every figure row i states (at least one)."""
        ...

    def wording(self, fid: str, articles: Any, avoid: str | None = None) -> str | None:
        """The support sentence that words fact `fid` best, outside article `avoid`."""
        ...


@dataclass
class EventDoc:
    """One event on its way through the dossier stages (as spaCy's `Doc` through its
    components): each stage reads the layers it requires and fills the ones it assigns.
    A layer is None until its stage has run; `require` turns a missing one into a numbered
    error instead of an empty dossier. Not serialised: the `Dossier` is the output."""

    articles: list[Article]
    vectors: dict[str, Any] | None = None  # article id -> (sentences, dim) float32 array
    source_groups: list[SourceGroup] | None = None
    groups: dict[str, str] | None = None  # article id -> source group id
    alignment: FactGroups | None = None  # filled by the facts stage (align.facts)
    echoed: set[str] | None = None  # single-source facts another source states (align.echoes)
    also_stated: dict[str, set[str]] | None = None  # fact -> articles echoing it outside its support
    quotes: list[Quote] | None = None  # every quotation of every article (align.quotes)
    quote_groups: list[QuoteGroup] | None = None
    quote_divergences: list[Divergence] | None = None
    divergences: list[Divergence] | None = None
    summary: list[SummaryItem] | None = None
    also_reported: list[SummaryItem] | None = None
    timeline: list[TimelineEntry] | None = None
    entities: list[Entity] | None = None
    title: str | None = None
    providers: dict[str, str] = field(default_factory=dict)  # layer -> the stage that fills it

    def require(self, stage: str, *layers: str) -> None:
        """Raise StageError E103 when one of `layers` has not been filled yet."""
        for layer in layers:
            if getattr(self, layer) is None:
                provider = self.providers.get(layer, "?")
                raise StageError("E103", stage=stage, layer=layer, provider=provider)
