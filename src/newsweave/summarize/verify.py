"""Citations that hold: a summary sentence cites only the articles stating its meaning.

A fact group gathers sentences that are *about* one thing; they need not agree on it (one
outlet gives 54 million where three give 45, one inverts a quote). For a summary item every
(wording, supporting sentence) pair is checked with the comparison machinery the dossier
already has: polarity, modality and roles (`compare.polarity`, `compare.modality`), figures
(`compare.numbers`), the wording of a quote flagged divergent (`QuoteGroup.odd_one_out`),
whose words a quotation is (`Speech`: a sentence quoting other words, or an article that
never quotes the speaker, is no witness), the days named, and, when enabled, NLI. The
wording is then the support sentence most independent sources agree with (the majority
wording), citing exactly those, the dissenters named in the sentence ("45 million euros
(one outlet: 54 million)", "One outlet quotes this differently.") and in
`SummaryItem.differs`, never cited as corroboration."""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from newsweave.align.lexicon import fillers, other_things
from newsweave.align.names import PRONOUNS, QUOTE_MARKS
from newsweave.compare import details, nli, values
from newsweave.compare.acts import acts_apart
from newsweave.compare.claims import (
    has_negator,
    hedged,
    odd_sentences,
    opens_negated,
    other_holder,
    plan_against_deed,
)
from newsweave.compare.details import DetailList, detail_lists, stems
from newsweave.compare.direction import asserts_denied, rejects
from newsweave.compare.divergence import odd_spots
from newsweave.compare.edits import first_full_name, negated_verb, swapped_name, swapped_roles
from newsweave.compare.modality import modal_reason
from newsweave.compare.nouns import pooled
from newsweave.compare.numbers import tallies
from newsweave.compare.polarity import dropped_negation, meaning_differs
from newsweave.compare.quantity import SPANS, Quantity, no_claim
from newsweave.compare.shares import ORDINAL_LANGS, halvings_met
from newsweave.compare.values import (
    comparable,
    contradicts,
    digit_figures,
    implies,
    same_figure,
    same_origin,
)
from newsweave.model import READER_LANG, Article, Divergence, FactGroups, Quote, QuoteGroup
from newsweave.summarize.attribution import other_source
from newsweave.summarize.stated import StatedFigures, quantities
from newsweave.summarize.timeline import deed_days, reference_dates, resolved_days, resolved_months
from newsweave.text.fold import fold
from newsweave.text.sentences import one_sentence

_CLOSING = " .!?…\"'”’»"  # a sentence's final stop and closing quotation marks
NOT_STATED = "figure not stated"  # neither agrees nor dissents: just not cited
PARTIAL = "partial:"  # agrees, but leaves out the figures ending at these offsets
QUOTE_REASON = "quote: worded differently"
QUOTE_WORDS = 5  # a direct quotation this long is words only the same utterance states
SAME_QUOTE = 0.8  # share of a quotation's words another quotation holds to be the same words


def _holds_words(said: dict[int, set[str]], words: set[str]) -> bool:
    """Whether `words` hold SAME_QUOTE of the words of one of the utterances `said`."""
    return any(len(w & words) >= SAME_QUOTE * len(w) for w in said.values())


def _one_thing(q: Quantity) -> bool:
    """A share, an amount or a measure other than a moment's span: two values clash."""
    return q.kind in ("percent", "money") or (q.kind == "measure" and q.unit not in SPANS)


@dataclass
class Check:
    """How the other support sentences stand towards one candidate wording."""

    agree: list[int] = field(default_factory=list)  # rows (always including the wording's own)
    differ: list[tuple[int, str]] = field(default_factory=list)  # (row, reason)
    # agreeing rows stating a quotation of the wording's in other words (cited if close)
    loose: list[int] = field(default_factory=list)
    # agreeing rows whose article leaves out figures of the wording: row -> their ends
    partial: dict[int, tuple[int, ...]] = field(default_factory=dict)


@dataclass
class Unit:
    """One support sentence of a fact: where it comes from and what it says."""

    row: int
    article: str
    text: str
    lang: str | None
    index: int

    @classmethod
    def of(cls, alignment: FactGroups, r: int) -> Unit:
        """The unit of row `r` of `alignment`."""
        s = alignment.sentences[r]
        return cls(r, s.article_id, s.text, s.lang or (alignment.langs[r] if alignment.langs else None), s.index)


class Verifier:
    """Checks (wording, support sentence) pairs for one event."""

    def __init__(
        self,
        articles: Sequence[Article],
        quote_groups: Sequence[QuoteGroup] = (),
        use_nli: bool | None = None,
        quotes: Sequence[Quote] = (),
        embedder: Any = None,
        divergences: Sequence[Divergence] = (),
        nouns: dict[tuple[str | None, str], str] | None = None,  # counts' nouns across languages
    ) -> None:
        self.by_id = {a.id: a for a in articles}
        self.embedder, self.nouns = embedder, nouns or {}  # items by meaning; `nouns.event_nouns`
        self._phrases = details.PhraseVectors(embedder)  # list items across languages, once each
        # divergent quote groups: (variant texts by article, odd article, pairs worded apart)
        self.quotes = [
            ({v.article: (v.text, v.sentence) for v in g.variants}, g.odd_one_out,
             {frozenset(pair) for pair in g.apart})
            for g in quote_groups
            if g.divergent
        ]  # fmt: skip
        # quote group -> pairs of articles whose wordings a divergent group holds apart
        self.apart = {k: {frozenset(p) for p in g.apart} for k, g in enumerate(quote_groups) if g.divergent}
        self.claims = odd_sentences(divergences)  # (article, text, why): "would not resign"
        self.odd = odd_spots(divergences)  # (article, text) of an odd one out -> its fact
        self.stated = StatedFigures(articles, divergences, self.nouns)  # what each article states
        self.use_nli = nli.nli_enabled(use_nli)
        starts = {a.id: [x.start for x in a.sentences] for a in articles}
        self.speech = Speech.of(quote_groups, quotes, starts)
        self._refs, self._dated = reference_dates(articles), {a.id for a in articles if a.published}

    def _quotes_other(self, said: dict[int, set[str]], u: Unit) -> bool:
        """Whether `u`'s sentence quotes other words (directly or in reported speech) than
        the utterances `said` (quote group -> words) a wording quotes directly: it is then
        no witness for them ("No!" said X is not stated by a sentence quoting another
        remark of X's, or of Y's). Its article may carry the same utterance elsewhere, or
        its quote hold the same words."""
        sp = self.speech
        theirs = {
            **sp.said.get((u.article, u.index, True), {}),
            **sp.said.get((u.article, u.index, False), {}),
        }
        if not theirs or set(said) & sp.carries.get(u.article, set()):
            return False
        return not _holds_words(said, set().union(*theirs.values()))

    def _carries(self, said: dict[int, set[str]], u: Unit) -> bool:
        """Whether `u` can stand for the utterances `said` (quote group -> words) a wording
        quotes directly: its article carries one of them (a quote group holds its variant
        there: a translation, reported speech), or `u`'s sentence holds the same words."""
        if set(said) & self.speech.carries.get(u.article, set()):
            return True
        return _holds_words(said, set(_norm(u.text).split()))

    def quote_side(self, u: Unit) -> list[tuple[int, bool]]:
        """(divergent quote group, whether `u` carries its odd wording) per quote it states."""
        out = []
        for k, (variants, odd, _) in enumerate(self.quotes):
            v = variants.get(u.article)
            if v is None:
                continue
            text, sentence = v
            if sentence == u.index or _norm(text)[:40] in _norm(u.text):
                out.append((k, u.article == odd))
        return out

    def figure_reason(self, a: Unit, b: Unit) -> str | None:
        """Why `b`'s article cannot be cited for the figures of `a`, or None. A different figure
        in `b`'s sentence is a dissent ("number: ..."); one without it holds where its article
        states it elsewhere, one with figures of other kinds only (goals' minutes) never."""
        qa = pooled(quantities(a.text, a.lang), a.lang, self.nouns)
        da = digit_figures(a.text)
        if not qa and not da:
            return None
        db = digit_figures(b.text)
        ta, tb = tallies(a.text), tallies(b.text)
        if ta and tb and not ta & tb:
            # another score ("led 3-1 at half-time" / "5 a 3 nos pênaltis"), though one of
            # its figures is the same: not this one; maybe another moment, so no dissent
            return NOT_STATED
        qb = pooled(quantities(b.text, b.lang), b.lang, self.nouns)
        qa, qb = halvings_met(qa, qb)  # "halved the deficit": a share only against a share
        if any(x.value == y.value and {x.approx, y.approx} in ({">", "<"}, {">=", "<"}, {">", "<="}) for x in qa for y in qb):
            return NOT_STATED  # "nearly 100" / "plus de 100": one number, bounds apart
        pairs: list[tuple[Quantity, Quantity]] = []
        in_words = False  # the sentence states every figure of `a`, some in words
        if qa:
            pairs = [(x, y) for x in qa for y in qb if comparable(x, y)]
            pairs += values.lone_counts(qa, qb, a.lang, b.lang)  # "1 200 emplois" / "12,000 jobs"
            clash = [  # no dissent: a figure `a` gives itself, a thousands slip ("8.000" as 8)
                (x, y) for x, y in pairs if contradicts(x, y) and same_origin(a.text, x, b.text, y)
                and not any(same_figure(v, y) for v in qa) and not values.misparse_pair(x, y)
            ]
            # an ordinal states no count ("the first player to score" / "the one Old
            # Trafford has seen"): a rank is stated by a rank only
            stated = any(  # ... nor "three children" a count of people (`counts_apart`)
                same_figure(x, y) and (x.kind == "rank") == (y.kind == "rank")
                and not (a.lang == b.lang and values.counts_apart(x, y))
                for x in qa
                for y in qb
            )
            # every figure stated, some in words ("trois cents" for "300"); figures in
            # digits are checked as written (below)
            in_words = any(not digit_figures(y.text) for y in qb) and all(
                any(same_figure(x, y) for y in qb if comparable(x, y)) for x in qa if not no_claim(x)
            )  # a toll of nobody ("no one was injured") disputes, no outlet need state it
            agrees = stated or any(implies(y, x) for x, y in pairs)
            # a count that clashes with the one count of its kind the other gives is a
            # dissent, though another figure agrees ("five of the seven" / "seis de los
            # siete"); a magnitude or a time may be another agency's or moment's, a sum
            # another thing's ("$31 a share, a 38% premium" / "$4.2bn, a 38% premium")
            clean = [
                (x, y)
                for x, y in clash
                if x.kind in ("count", "rank")  # "the second such accident" / "the third such"
                and [p for p, _ in pairs].count(x) == 1
                and [q for _, q in pairs].count(y) == 1
            ]
            if clean and agrees:
                x, y = clean[0]
                if self.stated.count(y) > self.stated.count(x):
                    return NOT_STATED
                return self._dissent(a, b, x, y)
            if agrees and (one := values.one_apart(qa, qb)):  # "23rd and 67th" / "23. und 76."
                x, y = one  # a dissent, unless most outlets give its value: not cited then
                return NOT_STATED if self.stated.count(y) > self.stated.count(x) else self._dissent(a, b, x, y)
            if agrees and any(_one_thing(x) and values.unanswered(x, y, qa, qb) for x, y in clash):
                return NOT_STATED  # "environ 8 %" / "alrededor del 18%", a count agreeing
            if agrees:
                # agrees; one stated in other words ("at least 639" for "more than 600") is
                # cited only where the article states the figure the reader checks: its digits
                # (below) or its value ("more than nine minutes" is not "more than eight");
                # not where it gives another time ("gegen 5 Uhr" for "around 3 a.m.": no
                # dissent either, the time may be another moment's)
                if (not stated and not da and not self.stated.states(b.article, qa)) or any(x.kind == "time" and not any(same_figure(x, y) for y in qb) for x, _ in clash):
                    return NOT_STATED
                # ... and a figure of `a` its article leaves out is named as given by
                # fewer outlets ("400 pompiers" for "400 firefighters battled for 15 hours")
                # (an ordinal count is read in some languages only: the others' silence on
                # it tells nothing, "die erste Erhöhung")
                left_out = [
                    values.figure_end(a.text, x, noun=True)
                    for x in qa
                    if not no_claim(x) and not (x.ordinal and b.lang not in ORDINAL_LANGS)
                    and not any(same_figure(x, y) or implies(y, x) for y in qb if comparable(x, y))
                    and not any(same_figure(x, y) and x.kind == y.kind for y in qb)
                    and not self.stated.states(b.article, [x])
                ]
                if any(  # its article gives another value ("1,500 jobs"), or its sentence ("86.000" / "68 000")
                    self.stated.gives_other(b.article, x, qa) or self.stated.other_toll(b.article, x) or (x.kind == "count" and any(x is c for c, _ in clash))
                    for x in qa
                    if not no_claim(x) and not self.stated.states(b.article, [x])
                ):
                    return NOT_STATED
                if left_out and not (da and not da & self.stated.digits(b.article)):
                    return PARTIAL + ",".join(map(str, left_out))
            elif not clash and any(
                digit_figures(x.text) & db for x in qa if not any(comparable(x, y) for y in qb)
            ):
                # `b` writes the figure in a form not parsed ("à la 52e et ..."); one it
                # parses as another value shares digits by chance ("19h50" / "19H55")
                pass
            elif len(clash) < len(pairs) or len(pairs) > 1:
                # several figures of one kind on a side ("the 18th, 28th and 38th minute";
                # "31 km from Tarsk, at a depth of 12 km": which answers which is unknown),
                # figures that can both be true ("more than 1,300" / "at least 500"), or
                # distances from other places: no dissent, only not cited
                return NOT_STATED
            elif clash:
                x, y = clash[0]
                if self.stated.count(y) > self.stated.count(x):
                    # most outlets give the other figure ("7.8" of a 7.8 quake, beside
                    # AFAD's 7.4): "one outlet: 7.8" would tell the reader the opposite
                    return NOT_STATED
                if x.kind == "minute" and not _same_lead(a.text, b.text):
                    return NOT_STATED  # another player's minute ("Lund struck in the 86th")
                return self._dissent(a, b, x, y)
            elif not self.stated.states(b.article, qa):
                return NOT_STATED
        # "1.200 millones" states "1.2 billion": the same value under another scale word
        # (exactly: "$1.8 billion" is no "$1.75 billion", though within rounding); "15
        # miles" states "24 km", rounded
        rescaled = {
            d
            for x in qa
            for y in qb
            if comparable(x, y)
            and (
                (x.scaled and y.scaled and math.isclose(x.value, y.value))
                or ((x.converted or y.converted) and same_figure(x, y))
            )
            for d in digit_figures(x.text)
        }
        if da - rescaled and not (da & self.stated.digits(b.article)) and not in_words:
            return NOT_STATED
        # figures of its own, none of these nor of their kind: another moment or count
        return NOT_STATED if da and db and not da & db and not pairs else None

    def _dissent(self, a: Unit, b: Unit, x: Quantity, y: Quantity) -> str:
        """The reason naming `b`'s figure `y` after `a`'s `x` ("45 million euros (one outlet:
        54 million)"), its day where the reports are of two days (a toll since updated); none
        where `b`'s article states `x` too (the new record of 41.6 beside the old 40.9)."""
        told = pooled(self.stated.article_figures(b.article), b.lang, self.nouns)  # "votos": votes
        if any(comparable(x, z) and same_figure(x, z) and z.context == x.context for z in told):
            return NOT_STATED  # ... not a turnout of 52% for "52% of the vote": a swap, a dissent
        ra, rb = self._refs.get(a.article), self._refs.get(b.article)
        day = f"|{(rb - ra).days}|{rb.day} {rb:%B}" if ra and rb and ra != rb and {a.article, b.article} <= self._dated and self.stated.apart_in_time(b.article, x, self._refs) else ""  # undated: no "a day earlier"
        return f"number:{values.figure_end(a.text, x)}:{values.shown(y, a.lang == b.lang, x, a.lang)}{day}"

    def detail_reason(self, a: Unit, b: Unit) -> str | None:
        """A list of `a`'s ("cheap fuel and credit") that `b` fills with other items ("grain
        and fuel deliveries"): a dissent, named at the end of the sentence (inside the list's
        noun phrase it would split it). `b`'s list lacking items of `a`'s, and adding none,
        does not state them. Lists are compared word for word, so within one language only
        (as `compare.details` does), and items that differ only in wording ("officers" /
        "policemen") are no dissent: needs the embedder. (Across languages: `check`.)"""
        if a.lang != b.lang or self.embedder is None:
            return None
        # an item the other sentence names outside its list is stated all the same
        # ("a new spillway and install sensors" names the sensors of "spillway and sensors")
        stems_a, stems_b = stems(a.text), stems(b.text)
        for la in _lists(a.text, a.lang):
            for lb in _lists(b.text, b.lang):
                if not la.items & lb.items or la.items <= stems_b:
                    continue
                if lb.items <= stems_a:
                    return NOT_STATED
                if self._other_things(la, lb):
                    return f"detail:{len(a.text.rstrip(_CLOSING))}:{lb.text}"
        return None

    def _other_things(self, la: DetailList, lb: DetailList) -> bool:
        """Whether the items only one list has name other things ("loans" / "gas"), not one
        thing in other words (`lexicon.other_things`, the test fact grouping tells
        lookalike sentences apart with)."""
        only_a, only_b = (fillers(d.text, set(d.items - e.items)) for d, e in ((la, lb), (lb, la)))
        return other_things([(only_a, only_b)], self.embedder)[0]

    def date_reason(self, a: Unit, b: Unit) -> str | None:
        """NOT_STATED when both sentences name a day (or a month: "in October") and none is
        the same ("Macron said on Tuesday ..." is not stated by "Macron spoke on Monday"):
        relative days are resolved against each article's own date, literally: a weekday the
        day after an early stamp is not read as that day here, as the timeline reads it (the
        stricter reading cites less). Never a dissent: one may tell another day of the story."""
        ra, rb = self._refs.get(a.article), self._refs.get(b.article)
        # the days of the deeds where both tell one ("will reopen on Friday, the agency
        # said on Monday" / "reopened on Monday"), else every day they name
        da, db = deed_days(a.text, a.lang, ra), deed_days(b.text, b.lang, rb)
        if not (da and db):
            da, db = resolved_days(a.text, a.lang, ra), resolved_days(b.text, b.lang, rb)
        ma, mb = resolved_months(a.text, a.lang, ra), resolved_months(b.text, b.lang, rb)
        return NOT_STATED if (da and db and not da & db) or (ma and mb and not ma & mb) else None

    def name_reason(self, a: Unit, b: Unit) -> str | None:
        """NOT_STATED when `b`'s sentence is `a`'s with two names the other way round
        ("Orvik beat Velmar" / "Velmar beat Orvik"), credits another source (", organisers
        said" for ", police said"), or puts another name in the place of one `b`'s article
        never names ("Tarsk district" / "Velmar district"; a capital put for its country,
        "draw Minsk" / "draw Belarus", is named elsewhere in it), or lists names it lacks."""
        if (a.lang == b.lang and (swapped_roles(a.text, b.text, a.lang) or other_source(a.text, b.text))) or (
            other_holder(a.text, a.lang, b.text, b.lang)  # "Sund won with 52.3%" / "Halvorsen ... 52,3 %"
        ):
            return NOT_STATED
        swap = swapped_name(a.text, b.text, a.lang) if a.lang == b.lang else None
        art = self.by_id.get(b.article)
        if art is None or details.names_left_out(a.text, f"{art.title or ''} {art.text}"):
            return None if art is None else NOT_STATED  # "Ermida, Souto and Brufe" for "…, Paço de Covide"
        named = swap is None or re.search(rf"\b{re.escape(fold(swap[0]))}\b", fold(f"{art.title or ''} {art.text}"))
        return None if named else NOT_STATED

    def claim_reason(self, a: Unit, b: Unit) -> str | None:
        """Polarity or roles that differ, or one of the two is the odd sentence of a claim
        divergence. Figures are left to `figure_reason`, which compares only figures that
        count the same thing ("two countries" is no toll)."""
        for odd, text, why in self.claims:  # (a syndicated copy's same words never differ)
            if (a.article == odd and a.text == text) != (b.article == odd and b.text == text) and a.text != b.text:
                return why
        reason = meaning_differs(a.text, b.text, a.lang, b.lang) or ""  # figures: `figure_reason`
        reason = None if reason.startswith("different number") or not reason else reason
        if reason is None and a.lang == b.lang and negated_verb(a.text, b.text, a.lang):
            return NOT_STATED  # "conceded defeat" / "refused to concede" in a longer sentence
        if reason is None and any(opens_negated(x.text) and not has_negator(y.text) for x, y in ((a, b), (b, a))):
            return NOT_STATED  # "No date has been set for a second exchange" / "... planned for Sunday"
        if reason is None and (hedged(a.text, a.lang) != hedged(b.text, b.lang) or plan_against_deed(a.text, a.lang, b.text, b.lang) or acts_apart(a.text, a.lang, b.text, b.lang)):
            return NOT_STATED  # "the plant will close" / "may close" / "has closed"; "remains at large" / "was arrested"
        quoting = _QUOTED.search(a.text) or _QUOTED.search(b.text)  # a quotation's words: strength too
        if reason is None and quoting and (why := modal_reason(a.text, b.text, a.lang, b.lang) or (a.lang != b.lang and one_sentence(a.text) and one_sentence(b.text) and dropped_negation(a.text, b.text, a.lang, b.lang))):
            return why  # '"We will go back on strike if …"' / '"We could …"'; "he did not expect" / „Wir rechnen damit“
        if reason is None and any(
            not rejects(y.text, y.lang) and asserts_denied(x.text, x.lang, y.text)
            for x, y in ((a, b), (b, a))
        ):
            return NOT_STATED  # "denied reports that he would resign" / "Ek resigned"
        return reason

    def named(self, u: Unit, text: str) -> str:
        """`text` (`u`'s wording) with a speaker it names only by a pronoun named too: the
        article's mention is that pronoun, or a mention of an earlier sentence while this
        one, in English, has a single pronoun outside its quotations ('"…," he said'). A
        wording that is a quotation alone gets its speaker in front."""
        found = self.speech.speakers.get((u.article, u.index))
        if found is None:
            carried = self.speech.continued.get((u.article, u.index))
            return speak(text, carried) if carried and _bare_quote(text) else text
        mention, speaker = found
        if not speaker:
            return text
        if _bare_quote(text):
            return speak(text, speaker)
        if mention and fold(mention) in PRONOUNS:
            return name_speaker(text, mention, speaker)
        if (mention and mention.lower() in text.lower()) or u.lang != READER_LANG:
            return text  # named here; or a language with impersonal pronouns ("il faut")
        outside = {fold(w) for w in _WORDS.findall(_QUOTED.sub(" ", text))} & PRONOUNS
        return name_speaker(text, outside.pop(), speaker) if len(outside) == 1 else text

    def check(self, cand: Unit, others: Sequence[Unit]) -> Check:
        """Which of `others` state `cand` with the same meaning."""
        out = Check(agree=[cand.row])
        sides = dict(self.quote_side(cand))
        said = self.speech.said.get((cand.article, cand.index, True), {})
        voices = self.speech.voices_at.get((cand.article, cand.index), set())
        nli_todo: list[Unit] = []
        for u in others:
            if u.row == cand.row:
                continue
            if u.article == cand.article:
                out.agree.append(u.row)
                continue
            reason = NOT_STATED if said and self._quotes_other(said, u) else None
            if any(frozenset((cand.article, u.article)) in self.apart.get(k, ()) for k in said):
                reason = QUOTE_REASON  # its article words the quotation otherwise ("could leave")
            if voices and not voices & self.speech.voices.get(u.article, set()):
                reason = NOT_STATED  # "Ri said ...": an article quoting nothing of Ri's
            for k, odd in self.quote_side(u):
                if k in sides and (sides[k] != odd or frozenset((cand.article, u.article)) in self.quotes[k][2]):
                    reason = QUOTE_REASON  # the other side, or a wording judged apart from this one
                elif odd and k not in sides:
                    reason = reason or NOT_STATED  # the odd wording witnesses no paraphrase
            figures = self.figure_reason(cand, u)
            if figures and figures.startswith(PARTIAL):
                out.partial[u.row] = tuple(int(e) for e in figures[len(PARTIAL) :].split(","))
                figures = None
            reason = (
                reason
                or figures
                or self.detail_reason(cand, u)
                or self.date_reason(cand, u)
                or self.name_reason(cand, u) or (NOT_STATED if self.stated.act_against(u.article, cand.text, cand.lang) else None)
            )
            if reason is None and (claim := self.claim_reason(cand, u)) is not None:
                # a negation read across languages (an idiom, "not to be denied") is too
                # weak to tell the reader an outlet says otherwise: only not cited
                reason = claim if cand.lang == u.lang else NOT_STATED
            if reason is None and cand.lang != u.lang and self.embedder is not None:
                # last, as it embeds: a list item `u` names nowhere (`missing_items`)
                missing = details.missing_items(cand, u, self._phrases)
                reason = NOT_STATED if missing else None
            if reason is None and self.use_nli and cand.lang == u.lang == "en":
                nli_todo.append(u)
                continue
            if reason is None:
                out.agree.append(u.row)
                if said and u.lang == cand.lang and not self._carries(said, u):
                    # another sentence of the speaker's ("no rush" for "Sometimes you
                    # have to walk") or a paraphrase; across languages words tell nothing
                    out.loose.append(u.row)
            elif reason != NOT_STATED:
                out.differ.append((u.row, reason))
        if nli_todo:
            scores = nli.conflict_scores([(cand.text, u.text) for u in nli_todo]) or []
            for u, p in zip(nli_todo, scores, strict=False):
                if p >= nli.CONFLICT:
                    out.differ.append((u.row, f"contradiction by NLI (p={p:.2f})"))
                else:
                    out.agree.append(u.row)
            out.agree.extend(u.row for u in nli_todo[len(scores) :])
        return out


@dataclass
class Speech:
    """Who says what where, from the quote groups: what a summary wording quotes, and
    which articles can be cited for it. An utterance is a quote group's index, or its own
    (negative) number for a quotation no group holds."""

    # (article, sentence, direct) -> {utterance: its words}, for quotations of QUOTE_WORDS+
    said: dict[tuple[str, int, bool], dict[int, set[str]]] = field(default_factory=dict)
    carries: dict[str, set[int]] = field(default_factory=dict)  # article -> its utterances
    voices_at: dict[tuple[str, int | None], set[str]] = field(default_factory=dict)  # speakers
    voices: dict[str, set[str]] = field(default_factory=dict)  # article -> speakers it quotes
    # (article, sentence) -> (how the article names a quotation's speaker, the speaker)
    speakers: dict[tuple[str, int], tuple[str | None, str]] = field(default_factory=dict)
    # (article, sentence) -> the speaker of a direct quotation that runs on into it
    continued: dict[tuple[str, int], str] = field(default_factory=dict)

    @classmethod
    def of(
        cls,
        groups: Sequence[QuoteGroup],
        quotes: Sequence[Quote],
        starts: Mapping[str, Sequence[int]] | None = None,
    ) -> Speech:
        """`starts`: each article's sentence offsets, to follow a quotation over sentences."""
        out = cls()
        where = {}
        for k, g in enumerate(groups):
            for v in g.variants:
                where[v.article, v.sentence, v.text] = k
                out.carries.setdefault(v.article, set()).add(k)
                if g.speaker:
                    out.voices_at.setdefault((v.article, v.sentence), set()).add(g.speaker)
                    out.voices.setdefault(v.article, set()).add(g.speaker)
        for n, q in enumerate(quotes):
            words = set(_norm(q.text).split())
            k = where.get((q.article_id, q.sentence, q.text), -1 - n)
            speaker = groups[k].speaker if k >= 0 else q.speaker
            if q.sentence is not None and speaker:
                key = (q.article_id, q.sentence)
                if out.speakers.setdefault(key, (q.speaker_mention, speaker))[1] != speaker:
                    out.speakers[key] = (None, "")  # two speakers: whose pronoun is unknown
            spans = [q.sentence]  # the sentences a quotation runs over ("– Szkwał … minut. Statek …")
            if starts and q.sentence is not None and q.end is not None:
                spans += [n for n, x in enumerate(starts.get(q.article_id, ())) if n > q.sentence and x < q.end]
            for later in spans[1:] if q.direct and speaker else ():
                out.continued.setdefault((q.article_id, later), speaker)
            if q.sentence is None or len(words) < QUOTE_WORDS:
                continue
            for n in spans:
                out.said.setdefault((q.article_id, n, q.direct), {})[k] = words
        return out


_WORDS = re.compile(r"\w+")
_MARKS = re.escape("".join(sorted(QUOTE_MARKS)))
_QUOTED = re.compile(f"[{_MARKS}][^{_MARKS}]*[{_MARKS}]")  # a quotation, marks included


def name_speaker(text: str, pronoun: str, speaker: str) -> str:
    """`text` with the speaker named after the pronoun that stands for them outside the
    quotation (`'…,' he said` -> `'…,' he [Vladimir Putin] said`): a summary sentence is
    read without the sentences before it. Unchanged when the pronoun is not found."""
    masked = _QUOTED.sub(lambda m: " " * len(m.group()), text)
    m = re.search(rf"\b{re.escape(pronoun)}\b", masked, re.I)
    if m is None or _names(text, speaker):
        return text  # not found, or the sentence names them already ("Kim", "Tedros")
    return f"{text[: m.end()]} [{speaker}]{text[m.end() :]}"


def _names(text: str, speaker: str) -> bool:
    """Whether `text` names `speaker`: any part of the name ("Kim" of "Kim Jong Un")."""
    words = {x.lower() for x in _WORDS.findall(text)}  # once, not per part of the name
    return any(len(w) > 2 and w.lower() in words for w in speaker.split())


_OPEN_QUOTE = re.compile(f"[{_MARKS}].*$", re.S)  # a quotation closed in a later sentence
_NOTE = re.compile(r"\s*\([^()]* this differently\.\)\s*$")  # `notes.dissent_note`'s last words


def _bare_quote(text: str) -> bool:
    """A quotation and nothing else, a closing note aside ('"We have searched every street …."';
    its closing mark may be in a later sentence of the article)."""
    outside = _OPEN_QUOTE.sub("", _QUOTED.sub(" ", _NOTE.sub("", text)))
    return text.lstrip()[:1] in QUOTE_MARKS and not _WORDS.search(outside)


SPEAKER_NAMED = re.compile(r"^\[[^\]]*:\]\s*")  # what `speak` puts in front


def speak(text: str, speaker: str) -> str:
    """A bare quotation with its speaker in front: `[Tedros Adhanom:] "…"`; unchanged when
    the quotation names them itself."""
    return text if _names(text, speaker) else f"[{speaker}:] {text.strip()}"


def _norm(text: str) -> str:
    return " ".join(_WORDS.findall(text.lower()))


def _same_lead(a: str, b: str) -> bool:
    """Whether `b` names the first full name `a` gives (its subject, mostly: "Tomas Reyes
    put Harlow ahead in the 34th minute"); true when `a` gives none."""
    lead = first_full_name(a)
    return lead is None or lead in fold(b)


@lru_cache(maxsize=8192)
def _lists(text: str, lang: str | None) -> tuple[DetailList, ...]:
    """`detail_lists`, memoised: a sentence meets every candidate wording of its fact."""
    return tuple(detail_lists(text, lang))
