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

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from newsweave.align.lexicon import fillers, other_things
from newsweave.align.names import CUES, PRONOUNS, PRONOUNS_OF, QUOTE_MARKS, same_person
from newsweave.align.speakers import for_article
from newsweave.compare import details, nli
from newsweave.compare.acts import acts_apart
from newsweave.compare.certainty import certainty_apart
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
from newsweave.compare.edits import negated_verb, swapped_name, swapped_roles
from newsweave.compare.modality import modal_reason
from newsweave.compare.polarity import dropped_negation, meaning_differs
from newsweave.model import READER_LANG, Article, Divergence, FactGroups, Quote, QuoteGroup
from newsweave.summarize.attribution import other_source
from newsweave.summarize.figure_check import (
    NOT_STATED,
    PARTIAL,
    FigureChecks,
    figure_sides,
    odd_figures,
)
from newsweave.summarize.names_check import EventNames
from newsweave.summarize.stated import StatedFigures
from newsweave.summarize.timeline import deed_days, reference_dates, resolved_days, resolved_months
from newsweave.text.fold import fold
from newsweave.text.sentences import one_sentence

_CLOSING = " .!?…\"'”’»"  # a sentence's final stop and closing quotation marks
QUOTE_REASON = "quote: worded differently"
QUOTE_REVERSED = "quote: the opposite meaning"  # a negation flipped between the two sides
GIVEN_TO = "speaker:"  # + the name of the person the outlet gives the quotation to
QUOTE_WORDS = 5  # a direct quotation this long is words only the same utterance states
NOTED_WORDS = 5  # words of each wording of a quotation whose odd one out the summary names
SAME_QUOTE = 0.8  # share of a quotation's words another quotation holds to be the same words


def _holds_words(said: dict[int, set[str]], words: set[str]) -> bool:
    """Whether `words` hold SAME_QUOTE of the words of one of the utterances `said`."""
    return any(len(w & words) >= SAME_QUOTE * len(w) for w in said.values())


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


class Verifier(FigureChecks):
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
        # ... whose odd wording says the opposite ("cannot" / "can"), not only otherwise
        self.reversed = [bool(g.reason) and g.reason.startswith(("negation", "answer")) for g in quote_groups if g.divergent]
        # quote group -> pairs of articles whose wordings a divergent group holds apart
        self.apart = {k: {frozenset(p) for p in g.apart} for k, g in enumerate(quote_groups) if g.divergent}
        self.claims = odd_sentences(divergences)  # (article, text, why): "would not resign"
        self.odd = odd_spots(divergences)  # (article, text) of an odd one out -> its fact
        self.sides = figure_sides(divergences)  # a number divergence's two sides
        self.given_to = _given_to(divergences, quote_groups)  # (article, sentence) -> odd, name
        self.odd_given = odd_figures(divergences)  # ... and the odd one's figures there
        self.stated = StatedFigures(articles, divergences, self.nouns)  # what each article states
        self.use_nli = nli.nli_enabled(use_nli)
        starts = {a.id: [x.start for x in a.sentences] for a in articles}
        self.speech = Speech.of(quote_groups, quotes, starts)
        self._refs, self._dated = reference_dates(articles), {a.id for a in articles if a.published}
        self.names = EventNames(articles, (q.speaker for q in quotes if q.speaker))  # people quoted

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

    def _narrates(self, said: dict[int, set[str]], cand: Unit, u: Unit) -> bool:
        """Whether `u` tells what a wording quoting `said` quotes as narration: its article
        carries none of those words, and its sentence quotes nothing, reports no speech
        and does not name the speaker ("The strong wind made the helicopter's work hard"
        for '"The wind was our worst enemy," the rescue chief said')."""
        if self._carries(said, u) or _QUOTED.search(u.text):
            return False
        words = {fold(w) for w in _norm(u.text).split()}
        who = self.speech.speakers.get((cand.article, cand.index), (None, ""))[1]
        surname = [fold(w) for w in _norm(who).split()[-1:]] if who else []
        return not any(w in CUES for w in words) and not (surname and surname[0] in words)

    def _gives_to_other(self, cand: Unit, u: Unit) -> bool:
        """Whether `u`'s article gives its quotation in `u` to someone other than the speaker
        the wording `cand` names: a person it names itself, or a description it never
        resolves ("his counterpart", "a rescuer") where the wording writes the speaker's
        name. A pronoun left unresolved says nothing either way."""
        who = self.speech.speakers.get((cand.article, cand.index), (None, ""))[1]
        theirs = self.speech.own.get((u.article, u.index), [])
        if not who or not theirs or _written(_QUOTED.sub(" ", u.text), who):
            return False  # (its sentence names the speaker: "Kyodo reported that Ri said …")
        named = _written(_QUOTED.sub(" ", cand.text), who)
        if any(speaker and (same_person(speaker, who) or _written(who, speaker)) for _, speaker in theirs):
            return False  # "Ri" for "Ri Yong Ho"
        return any(
            (speaker and not same_person(speaker, who))
            or (named and not speaker and mention and fold(mention) not in PRONOUNS)
            for mention, speaker in theirs
        )

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

    def quote_dissent(self, u: Unit) -> dict[str, str]:
        """The outlets that quote `u`'s quotation otherwise, by the reason to name them
        with: the odd wording of a divergent quote `u` words as the others do (flipped or
        not), and the odd one out giving the words to another person."""
        out = {}
        for k, odd in self.quote_side(u):
            variants, art, _ = self.quotes[k]
            if _norm(variants[u.article][0]) not in _norm(u.text):
                continue  # the sentence opens like the quotation, no more ("Un débit de 35 …")
            # a short answer may answer another question ("No, not at all" / "absolutely")
            if not odd and art is not None and all(len(_WORDS.findall(variants[a][0])) >= NOTED_WORDS for a in (art, u.article)):
                out[art] = QUOTE_REVERSED if self.reversed[k] else QUOTE_REASON
        for art, name in self.given_to.get((u.article, u.index), []):
            out.setdefault(art, GIVEN_TO + name)
        return out

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
                    if any(self.by_id[u.article].machine_translated for u in (a, b) if u.article in self.by_id):
                        return NOT_STATED  # a machine's words for the items ("water watch" for Wasserwacht)
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
        if self.names.unsaid(a.text, b.article):
            return NOT_STATED  # "Falzoni said …" / an article never naming Falzoni
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
            return speak(text, carried) if carried and _bare_quote(text) else self._subject_named(u, text)
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

    def _subject_named(self, u: Unit, text: str) -> str:
        """`text` with the person named that its opening pronoun stands for in its article
        ("She [Annelie Brandstätter] cancelled all public events …"): after another
        summary sentence, "She" reads as that sentence's person. English only (German
        "Sie" may be they)."""
        first = _WORDS.match(text)
        art = self.by_id.get(u.article)
        if u.lang != READER_LANG or first is None or fold(first.group()) not in PRONOUNS_OF.get(u.lang, ()) or art is None or u.index >= len(art.sentences):
            return text
        sp = for_article(art)
        start = art.sentences[u.index].start
        m = sp.mention_after(sp.tok_index(start))
        if m is None or m.kind != "pronoun" or sp.toks[m.i].start != start:
            return text
        name, _ = sp.resolve(m, start)
        return name_speaker(text, first.group(), name) if name else text

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
            if said and self._narrates(said, cand, u):
                reason = NOT_STATED  # told as narration: no quotation, no speaker, no speech
            if any(frozenset((cand.article, u.article)) in self.apart.get(k, ()) for k in said):
                reason = QUOTE_REASON  # its article words the quotation otherwise ("could leave")
            if voices and not voices & self.speech.voices.get(u.article, set()):
                reason = NOT_STATED  # "Ri said ...": an article quoting nothing of Ri's
            if said and self._gives_to_other(cand, u):
                reason = NOT_STATED  # '"…," Holt said' / '« … », a répondu son homologue'
            for k, odd in self.quote_side(u):
                if k in sides and (sides[k] != odd or frozenset((cand.article, u.article)) in self.quotes[k][2]):
                    # the other side, or a wording judged apart from this one
                    reason = QUOTE_REVERSED if self.reversed[k] and sides[k] != odd else QUOTE_REASON
                elif odd and k not in sides:
                    reason = reason or NOT_STATED  # the odd wording witnesses no paraphrase
            figures = self.figure_reason(cand, u)
            if figures and figures.startswith(PARTIAL):
                out.partial[u.row] = tuple(int(e) for e in figures[len(PARTIAL) :].split(","))
                figures = None
            if certainty_apart(cand.text, cand.lang, u.text, u.lang):
                reason = reason or NOT_STATED  # "not clear whether it was insured" / "it was insured"
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
    # (article, sentence) -> (mention, speaker the article itself names, or None) per quotation
    own: dict[tuple[str, int], list[tuple[str | None, str | None]]] = field(default_factory=dict)

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
            if q.sentence is not None:
                out.own.setdefault((q.article_id, q.sentence), []).append((q.speaker_mention, q.speaker))
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


def _written(text: str, name: str) -> bool:
    """Whether `text` writes a part of `name` as a word: as `_names`, and a two-letter part
    capitalised as written ("Ri" of "Ri Yong Ho", "Xi")."""
    return _names(text, name) or any(
        len(w) == 2 and w[0].isupper() and re.search(rf"\b{re.escape(w)}\b", text) for w in name.split()
    )


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


@lru_cache(maxsize=8192)
def _lists(text: str, lang: str | None) -> tuple[DetailList, ...]:
    """`detail_lists`, memoised: a sentence meets every candidate wording of its fact."""
    return tuple(detail_lists(text, lang))


def _given_to(divergences: Sequence[Divergence], groups: Sequence[QuoteGroup]) -> dict[tuple[str, int], list[tuple[str, str]]]:
    """Each sentence on the larger side of a speaker divergence with an odd one out ->
    (that outlet, the person it gives the words to: its flagged group's speaker)."""
    out: dict[tuple[str, int], list[tuple[str, str]]] = {}
    for d in divergences:
        if d.kind != "speaker" or d.odd_one_out is None:
            continue
        name = next((g.speaker for g in groups if g.odd_one_out == d.odd_one_out and (g.reason or "").startswith("speaker") and g.speaker), "")
        for v in d.variants:
            if v.article != d.odd_one_out and v.sentence is not None:
                out.setdefault((v.article, v.sentence), []).append((d.odd_one_out, name))
    return out
