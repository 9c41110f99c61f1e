"""Who said it: speech cues, speaker mentions and their resolution to a named person.

An article teaches its own roles: "Belarusian President Alexander Lukashenko" makes
"the Belarusian leader" resolvable later in the text. Pronouns and age epithets ("the
61-year-old") resolve to the latest speaker or sentence-subject person before them.
Names come from spaCy PERSON entities or capitalised runs next to a cue or a role word
(German capitalises every noun: a bare capitalised run is no name there)."""

from __future__ import annotations

from newsweave.align.addressee import addressed
from newsweave.align.antecedents import named_between, sentence_person, unnamed_speaker_before
from newsweave.align.apposed import apposed_run
from newsweave.align.apposition import (
    INSERT_TOKENS,
    affiliated,
    after_preposition,
    before_insert,
    insert_open,
    introduced_name,
    opening_name,
    past_portfolios,
    ranked_name,
    relative_subject,
    role_then_name,
    unnamed_subject,
)
from newsweave.align.epithets import epithet_person
from newsweave.align.mentions import MentionIndex, best_mention
from newsweave.align.names import (
    AUX,
    CLAUSE_OPENERS,
    CONNECTORS,
    COORD,
    DETERMINERS,
    DETERMINERS_OF,
    INDEFINITE,
    NOT_DETERMINERS_OF,
    OBJECT_PRONOUNS,
    PLACE_LEADS,
    PLACE_PREPOSITIONS,
    QUOTE_MARKS,
    RELATIVE_WORDS,
    RELATIVES,
    SAY_TIME,
    SCENE_OPENERS,
    SERVES,
    SOURCE_CUES,
    THAT,
    TITLES,
    Attribution,
    Mention,
    match_role,
    names_its_noun,
    role_class,
    same_person,
)
from newsweave.align.openers import opening_mentions
from newsweave.compare.closed_words import (
    PREPOSITIONS,  # "talks with X": X is an object
    S_IS,  # "he's": "he is", no possessive
)
from newsweave.ingest.outlets import wire_name
from newsweave.lang import BARE_DATIVE
from newsweave.model import Article
from newsweave.text.cache import TextCache

# How far after a quotation its attribution may run: a name with a role set off by commas
# comes first ("Ilse Varga, the chief state prosecutor for the northern region, said": 13 tokens)
ATTRIBUTION_TOKENS = 16
SCENE_REACH = 7  # tokens of a scene phrase between a speech verb and its subject
_LINKS = AUX | COORD  # what may stand between a named subject and its verb


class Speakers(MentionIndex):
    """Speaker mentions of one article and the state needed to resolve them in text order."""

    def mention_before(self, j: int) -> Mention | None:
        """The mention ending at token j, preferring names over roles over pronouns."""
        cands = self._by_end.get(j, [])
        if not cands and self.lang not in ("en", "fr"):
            h = self.heuristic_name(j, forward=False)
            cands = [h] if h else []
        if not cands and 0 <= j < len(self.toks) and self.toks[j].upper and self.lang in ("en", "fr"):
            h = self.heuristic_name(j, forward=False)
            # a capitalised word opening a sentence is a name only if the article names
            # that person elsewhere ("Ri said" after "Ri Yong-ho"), not "Police said"
            known = h is not None and all(
                self.toks[k].fold in self._name_words for k in range(h.i, h.j + 1)
            )
            cands = [h] if h and (known or not self.sent_start_tok(h.i)) else []
        best = best_mention(cands)
        if best is not None and best.kind == "name" and (owner := next((r for r in self._by_end.get(best.i - 1, []) if self._owns_next(r)), None)):
            return owner  # "el director del hospital San Leandro dijo": the director (not "of the Interior X")
        if best is not None and best.kind == "name" and best.i >= 2:
            # "the spokesman of Anne Holt said", "a spokesman for Mayor Anne Holt said",
            # "porte-parole de Velmar-Énergie a déclaré": the name completes a role phrase, and
            # the role is who speaks
            k = best.i - 1
            while k > 0 and self._title_or_role(k):
                k -= 1
            # (or a role phrase the name ends: "the harbour master of Vilar said")
            role = next((m for m in [*self._by_end.get(k - 1, []), *cands] if m.kind == "role" and m.i < best.i), None)
            if role is not None and self.toks[k].fold in SERVES:
                # "Anne Holt, the mayor of Dunmore said": the name the role is apposed to
                named = role.i >= 2 and self.toks[role.i - 1].text == ","
                before = self._by_end.get(role.i - 2, []) if named else []
                return next((m for m in before if m.kind == "name" and not m.org), role)
            if best.org:
                # "Dr. Anne Holt of the Health Department says": the person speaks
                k = best.i - 1
                while k > 0 and self.toks[k].fold in DETERMINERS:
                    k -= 1
                person = next(
                    (m for m in self._by_end.get(k - 1, []) if m.kind == "name" and not m.org),
                    None,
                )
                if person is not None and self.toks[k].fold in SERVES:
                    return person
        return best

    def mention_after(self, i: int, lookahead: int = 0) -> Mention | None:
        """The mention starting at token i, or within `lookahead` tokens ("a indiqué vers
        21h30 le général X")."""
        toks = self.toks
        articles = ("the", "le", "la", "el", "der", "die")
        while i < len(toks) and toks[i].fold in ("-", "t", "to", ",", *articles):
            if toks[i].fold in articles and i in self._by_start:
                break
            i += 1
        # "said U.S. Attorney Dana Kell": an initialism describes whoever follows it
        while i + 1 < len(toks) and len(toks[i].text) == 1 and toks[i].upper and toks[i + 1].text == ".":
            i += 2
        # "wrote 43-year-old Anton Keller", "said 12-time champion …": a hyphenated
        # number compound describes whoever follows it
        if i + 2 < len(toks) and toks[i].text.isdigit() and toks[i + 1].text == "-":
            i += 1
            while i + 1 < len(toks) and toks[i].text == "-" and toks[i + 1].text.isalpha():
                i += 2
        # "said Rep. Ivo Brandt", "said Dr. Anna Keller": a title and its stop come first
        while i + 1 < len(toks) and toks[i].fold in TITLES and i not in self._by_start:
            i += 2 if toks[i + 1].text == "." else 1
        past = -1  # a place after a preposition, passed over
        for k in range(i, min(i + 1 + lookahead, len(toks))):
            if toks[k].text in QUOTE_MARKS:
                break  # the quotation itself: 'saying, "I'm praying …"' names nobody
            if toks[k].fold in SOURCE_CUES:
                break  # "one commenter said, according to Li Wen": a source, no subject
            if toks[k].text in ".!?" or (k > i and (toks[k].text in ",;:" or self.is_cue(k))):
                break  # the sentence ends: "– zapowiedział. Samorządowcy …" names nobody
            cands = self._starting_at(k)
            if cands and k > 0 and ((k > i and toks[k - 1].fold in PLACE_LEADS) or toks[k - 1].fold in PLACE_PREPOSITIONS or (lookahead > 3 and k > i and toks[k - 1].fold in PREPOSITIONS)):
                past = max(past, best_mention(cands).j)  # "dijo … en Brask la ministra …"
            if k <= past:
                continue
            if cands:
                m = best_mention(cands)
                if m.kind == "name" and m.i == m.j and (named := self._described_name(m.j + 1, m.org)):
                    return named  # "zei de Spaanse visser Rui Matos": a proper adjective, a noun
                if m.kind == "name" and m.org:
                    # "responded ORVA administrator Tim Holloway": the organisation's person
                    # speaks; an organisation reached past other words is the verb's object
                    # ("testified before the House Committee"), not its subject; the rest of the
                    # organisation's name may come first ("said Slovakia in Motion leader X")
                    role = next((t for t in range(m.j + 1, m.j + 5) if t < len(toks) and role_class(toks[t].text, self.lang)), m.j + 1)
                    return self._role_then_name(m.j + 1) or self._role_then_name(role) or (m if k == i else None)
                if (m.kind != "role" and m.age is None) or self._serves(m):
                    return m  # "the spokesman of Mayor | Anne Holt": Holt is served
                return (None if self._owns_next(m) else self.apposed_name(m.j + 1)) or m
        return None

    def _described_name(self, i: int, by_org: bool) -> Mention | None:
        """A full name after one to three lower-case words from token i (what the one
        capitalised word before them describes: "Spaanse visser", "ICMA marine biologist")."""
        k = i
        while k < min(i + 3, len(self.toks)) and self.toks[k].text.isalpha() and self.toks[k].text.islower() and self.toks[k].fold not in PREPOSITIONS and not self.is_cue(k):
            k += 1
        m = best_mention(self._starting_at(k)) if k > i and self._starting_at(k) else None
        # (a role among the words, or a firm's, makes a person of a name the small models
        # call a firm: "ICMA marine biologist Helena Prata")
        person = m is not None and (not m.org or by_org or any(role_class(self.toks[x].text, self.lang) for x in range(i, k)))
        return m if person and m.kind == "name" and m.j > m.i else None

    def _owns_next(self, r: Mention) -> bool:
        return r.kind == "role" and names_its_noun(self.toks, r.i, r.j, self.lang)

    def apposed_name(self, i: int, width: int = 4) -> Mention | None:
        """The name after a short description from token i, set off by a comma ("said the
        spokesman, Andre Finot"); an acronym set off in it ("(AEL)") counts no width."""
        width += 3 * sum(t.text == "(" for t in self.toks[i : i + width])  # "( AEL )"
        for k in range(i, min(i + width, len(self.toks) - 1)):
            t = self.toks[k].text
            if t in ".;:!?" or t in QUOTE_MARKS or self.is_cue(k):
                return None
            if all(self._in_role(x) or self._role_adjective(x, i) for x in range(i, k)) and (k == i or (self._names_owner(k) and not names_its_noun(self.toks, i, k - 1, self.lang))):
                # "le ministre belge de l'Intérieur Marc Orvik": the role's own
                # complement, then the name, with no comma
                # (no German NER: there, also a capitalised run right after the role)
                at = self._starting_at(k) if k == i and self.lang == "de" else self._by_start.get(k, [])
                named = [c for c in at if c.kind == "name" and not c.org]
                if named:
                    return best_mention(named)
                if k > i and role_class(self.toks[i].text, self.lang) and (run := apposed_run(self, k)):
                    return run  # a name the model missed ("… de la Santé publique Joris Vandamme.")
            if t == ",":  # "…, l'avvocato Gianluca Berardi", "…, le commandant Óscar Rivas": a role first
                at = (past := past_portfolios(self, k)) + 1 + (self.toks[past + 1].fold in DETERMINERS)
                at += at < len(self.toks) - 1 and bool(role_class(self.toks[at].text, self.lang))
                # (after a list of portfolios the model may call the name an organisation)
                named = best_mention(c for c in self._starting_at(at) if c.kind == "name" and (not c.org or (past > k and self._name_like(c.i, c.j))))
                # a role's holder the model took for a place ("the spokeswoman of X, Marta Ferrándiz,")
                return named or (apposed_run(self, at) if role_class(self.toks[i].text, self.lang) else None)
        return None

    def _role_then_name(self, i: int) -> Mention | None:
        """A person's name after role words starting at token i ("administrator Tim
        Holloway", "spokesman Remi Dufour"); None when no role word comes first."""
        k = i
        while k < len(self.toks) and role_class(self.toks[k].text, self.lang) is not None:
            k += 1
        if k == i and i + 1 < len(self.toks) and self.toks[i].text.isalpha() and self.toks[i].text.islower():
            k += 1  # a role word of no list ("said BVB speaker Tobias Rinn", a translation)
        if k == i:
            return None
        named = [c for c in self._by_start.get(k, []) if c.kind == "name" and not c.org]
        return best_mention(named) if named else None

    def _starting_at(self, k: int) -> list[Mention]:
        """The mentions starting at token k, else a capitalised run there."""
        return self._by_start.get(k) or [h for h in [self.heuristic_name(k)] if h]

    def _in_role(self, k: int) -> bool:
        """Token k can continue a role phrase: "de", "of the", "l'Intérieur", "Interior", "(AEL)"."""
        t = self.toks[k]
        return t.fold in CONNECTORS or t.fold in DETERMINERS or t.text[:1].isupper() or t.text in ("(", ")") or (
            t.fold[:2] in ("l'", "d'") and t.text[2:3].isupper()
        )

    def _role_adjective(self, x: int, i: int) -> bool:
        """Token x is a role's head (at i) or a lower-case word right after it or after a capitalised
        one ("le ministre flamand de la Santé publique X"), not "the spokesman for the family of X"."""
        t = self.toks[x]
        after = x == i + 1 or (x > i and self.toks[x - 1].text[:1].isupper())
        return role_class(self.toks[i].text, self.lang) is not None and (x == i or (t.text.islower() and after and not self.is_cue(x)))

    def _names_owner(self, k: int) -> bool:
        """The word before token k ends a role's complement, so a name at k is the role's
        holder: not "of" ("the spokesman of Anne Holt") nor a role ("… of Mayor Anne Holt")."""
        prev = self.toks[k - 1]
        return prev.fold not in SERVES and role_class(prev.text, self.lang) is None

    def subject_before_cue(self, c: int, lo: int) -> Mention | None:
        """Mention just before cue token c (skipping auxiliaries/adverbs), not before token lo."""
        j = c - 1
        while j >= lo and (self.toks[j].fold in AUX or self._adverb(j)):
            j -= 1
        if j < lo:
            return None
        if j - 1 >= lo and self.toks[j].text in QUOTE_MARKS and self.toks[j - 1].text == ",":
            j -= 1  # '… called the offer "an insult," said': the comma inside the quotation
        if self.toks[j].text == ",":
            head = best_mention(self._starting_at(lo))  # "Ana Ruiz, que llegó ayer a …, ha destacado"
            if head and head.j + 2 < j and self.toks[head.j + 1].text == "," and self.toks[head.j + 2].fold in RELATIVE_WORDS:
                return head
            # "X, who joined by video, said": walk back over one comma-delimited insert;
            # one with a relative clause may run longer ("X, a teacher who took over …, said")
            k = insert_open(self, j - 1, lo, 2 * INSERT_TOKENS - 1)
            if j - k > INSERT_TOKENS and not any(self.toks[x].fold in RELATIVES for x in range(k + 1, j)):
                return None
            if k - 1 >= lo and self.toks[k].text == ",":
                # "El ministro de Economía, Pablo Soto, afirmó": the insert is the name (`ranked_name`)
                inner = ranked_name(self, k, j - 1) or self.mention_before(j - 1)
                if inner is not None and inner.kind == "name" and inner.i == k + 1:
                    return inner
                # ... or two inserts: "Élodie Marchal, une touriste de 31 ans, hospitalisée à X, a raconté"
                m = self.mention_before(k - 1) or relative_subject(self, k + 1) or before_insert(self, k - 1, lo)
                if m is not None and m.org:  # "Tomas Reyl, director of the X Agency,
                    m = before_insert(self, k - 1, lo) or m  # which owns it, said"
                if m is not None:  # not "Uma moradora de Braga, de 71 anos, contou": a place
                    return unnamed_subject(self, m) if m.kind in ("name", "role") and self._after_preposition(m) else m
            return None
        m = self.mention_before(j)
        if (m is None or m.kind == "name") and (person := affiliated(self, j, lo)):
            return person  # "Arvid Tollen vom Seismologischen Institut warnte"
        if m is not None and m.kind in ("name", "role") and self._after_preposition(m):
            return None  # "the letter addressed to Mayor Anne Holt said": an object
        return m

    def _adverb(self, k: int) -> bool:
        """Token k is an English "-ly" adverb ("Kim quickly responded"), not a name ("Kelly")."""
        return self.toks[k].text.endswith("ly") and self.toks[k].text[:1].islower()

    def attribution_after(self, a: int, b: int) -> Attribution:
        """Attribution at the start of the text span [a, b): ', Putin said' / ' added the minister'."""
        i, n = self.tok_index(a), 0
        while i < len(self.toks) and self.toks[i].start < b and self.toks[i].text in ",;:-–—":
            i += 1
        lo = i
        for k in range(i, min(i + ATTRIBUTION_TOKENS, len(self.toks))):
            if self.toks[k].start >= b or self.is_stop(k):
                break
            if k > lo and self.toks[k].text == "," and self._opens_clause(k + 1):
                break  # '… the "one country" formula, while the police say …': not its cue
            if self.is_cue(k):
                if self.toks[k].fold in SOURCE_CUES:
                    return Attribution(self.mention_after(k + 1), self.toks[k].text)
                m, j = self.subject_before_cue(k, lo), k + 1  # j: where a subject after the cue starts
                if m is None:  # past words of time ("a prévenu samedi soir le colonel …")
                    t = next((x for x in range(k + 1, k + 4) if x >= len(self.toks) or self.toks[x].fold not in SAY_TIME), k + 4)
                    # "mówiła podczas czwartkowej konferencji w Dublinie wicekomisarz X": a scene first
                    m = self.mention_after(t, lookahead=SCENE_REACH if t < len(self.toks) and self.toks[t].fold in SCENE_OPENERS else 3)
                    inverted = k == lo and m is not None and m.i == k + 1 and m.kind == "name" and not m.org and not (self.lang in BARE_DATIVE and wire_name(m.text))
                    if m is not None and addressed(self, m) and not inverted and self._determiner(j := m.j + 1):
                        m = self.mention_after(j, lookahead=3)  # "afirmou ao Diário X o capitão …": past the one told
                    if m is not None and (self.toks[m.i].start >= b or (addressed(self, m) and not inverted)):
                        m = None  # past the span, or the one told ("… told Reuters"); not '"…", tells Ana Ruiz'
                    if k + 1 < len(self.toks) and self.toks[k + 1].fold in THAT:
                        m = None  # "e prometeu que o Governo vai …": the subject of what is said
                # "said the minister", "the expert warned": a subject described, no bare cue
                after_cue = self._determiner(j)
                described = after_cue or (k - 2 >= lo and self.toks[k - 1].text.islower() and self._determiner(k - 2))
                if (m is None or (m.kind == "role" and not m.name)) and after_cue:
                    m = self.apposed_name(j + 1, width=8) or m  # "said the spokesman (of X), Andre Finot"
                if (m is None or m.kind == "role") and not after_cue:
                    m = role_then_name(self, k + 1) or m  # no article: "заявила директор … Клер Остерман"
                # after a quote, a cue with no subject ("…» en los próximos días, agregó")
                # refers back; not one followed by its subject ("a déclaré la porte-parole")
                # ... and only a cue that starts its own clause: right after the quote or a
                # conjunction ("“…”, added", "« … » y añadió"), or after a comma ("« … » en
                # los próximos días, agregó"); not one the sentence goes on with ("“…”
                # before describing …") or whose subject is a word we do not resolve
                # ("they said": not the last person named)
                own_clause = self.toks[k - 1].text == "," or self._links_only(lo, k)
                bare = m is None and not described and own_clause
                return Attribution(m, self.toks[k].text, bare=bare)
            n += 1
        return Attribution(None, None)

    def _links_only(self, a: int, b: int) -> bool:
        """Tokens a..b-1 only link a subject named to its speech verb ("y aseguró", ", added")."""
        return all(self.toks[k].fold in _LINKS or self.toks[k].text in ",;" for k in range(a, b))

    def _object(self, m: Mention) -> bool:
        """Mention `m` is a pronoun that is never a subject ("describing her daughter")."""
        return m.kind == "pronoun" and self.toks[m.i].fold in OBJECT_PRONOUNS

    def _opens_clause(self, k: int) -> bool:
        """Token k starts a clause of its own (after a comma), not a speech cue."""
        return k < len(self.toks) and self.toks[k].fold in CLAUSE_OPENERS and not self.is_cue(k)

    def attribution_before(self, a: int, b: int) -> Attribution:
        """Attribution in the text span [a, b) before a quote: 'X said:', 'X:', 'said X that'."""
        lo, hi = self.tok_index(a), self.tok_index(b)
        while hi - 1 >= lo and self.toks[hi - 1].text in ",–—-":
            hi -= 1
        if hi - 1 >= lo and self.toks[hi - 1].text == ":":
            m = self.mention_before(hi - 2)
            if m is not None and not addressed(self, m) and not self._after_preposition(m):
                return Attribution(m, ":")  # not "… had a warning for Minister X:"
        found: Attribution | None = None
        first_cue: str | None = None
        for k in range(lo, hi):
            if not self.is_cue(k):
                continue
            first_cue = first_cue or self.toks[k].text
            if self.toks[k].fold in SOURCE_CUES:
                # "según la vulcanóloga Ana Ruiz": a role the lexicon lacks, after its article
                # (not "según consignó EFE": the agency's verb)
                m = self.mention_after(k + 1, lookahead=2 if self._determiner(k + 1) else 0)
            else:
                m = self.subject_before_cue(k, lo)
                # "said X" only right after a comma or quote: "called Holt a friend" names an object
                if m is None and (k == lo or self.toks[k - 1].text in ',:;"“”«»'):
                    m = self.mention_after(k + 1, lookahead=3)
                    if m is not None and (addressed(self, m) or self._object(m)):
                        m = None  # "…, told Newsweek:": the one addressed
            if m is not None and m.i < hi:  # not a word of the quotation ("said: ‘It's …")
                found = Attribution(m, self.toks[k].text)
        if found is not None:
            return found
        colon = hi - 1 >= lo and self.toks[hi - 1].text == ":"
        if first_cue is not None or colon:
            # A participle or insert ("Holt, in a later speech, called …") keeps the sentence subject.
            first = [
                m
                for k in range(lo, hi)
                for m in self._by_start.get(k, [])
                if m.kind != "relative"
                # "a assuré que la fin de la réunion avec Anne Holt a été « très cordiale »":
                # a name after a preposition is no subject
                and not (m.kind == "name" and self._after_preposition(m))
                # "Ford's father told Starner that …": the one told is no subject
                and not addressed(self, m)
                # nor "her" in "testified, describing her daughter as “…”"
                and not self._object(m)
            ]
            # nor is the owner of the subject ("Ford's father", "the reporter Nisan
            # Ahmado's source said"), and an organisation before it is none either
            owned = any(self.possessive(m.j) for m in first)
            first = [m for m in first if not self.possessive(m.j)]
            people = [m for m in first if not m.org] or ([] if owned else first)
            if not people:  # "Batalov, who had run the bank since 2021, … statement:"
                people = [m for k in range(lo, min(lo + 4, hi)) if (m := relative_subject(self, k))][:1]
            if self.lang not in ("en", "fr") and (named := opening_name(self, lo, hi)):
                # no NER: "Tomas Reyl, directeur van …, keek vooruit:" (a role apposed)
                people = [named] if not people or people[0].i == named.j + 2 else people
            people = people or [m for m in [introduced_name(self, lo, hi)] if colon and self.lang not in ("en", "fr") and m]
            # "… «muy detallado» y aseguró «…»": the cue's subject is the one before
            # (not "Segundo a sentença, … em «luvas»": a source cue names its source, a
            # document here, never the last speaker)
            cue_at = next((k for k in range(lo, hi) if self.is_cue(k)), hi)
            bare = not people and self._links_only(lo, cue_at) and not (cue_at < hi and self.toks[cue_at].fold in SOURCE_CUES)
            return Attribution(people[0] if people else None, first_cue or ":", bare=bare)
        return Attribution(None, None)

    def _determiner(self, k: int) -> bool:
        return k < len(self.toks) and self.toks[k].fold not in NOT_DETERMINERS_OF.get(self.lang or "", ()) and (
            self.toks[k].fold in DETERMINERS
            or self.toks[k].fold in DETERMINERS_OF.get(self.lang or "", ())
            or self.toks[k].fold in INDEFINITE
            or self.possessive(k)  # "Ford's father told": the father, not Ford
        )

    def possessive(self, k: int) -> bool:
        """Token k is an English possessive ("Ford’s"), not a subject's "is" ("he's")."""
        return 0 <= k < len(self.toks) and self.toks[k].fold.endswith("'s") and self.toks[k].fold[:-2] not in S_IS

    def subject_mentions(self) -> list[tuple[int, Mention]]:
        """Mentions that open a sentence or speak ("…, the prosecutor, Rémy Heitz, said"):
        candidate antecedents for he/she. Computed once per article."""
        if self._subjects is None:
            self._subjects = opening_mentions(self) + self._cue_subjects() + [(self.toks[m.i].start, m) for m in self.apposed]
        return self._subjects

    def _cue_subjects(self) -> list[tuple[int, Mention]]:
        out = []
        for k in range(len(self.toks)):
            if not self.is_cue(k) or self.toks[k].fold in SOURCE_CUES:
                continue
            lo = k
            while lo > 0 and k - lo < 40 and not self.sent_start_tok(lo):
                lo -= 1
            # "…, rappelle Nathalie Perrin, juriste": a speaker named after an inverted cue too
            m = self.subject_before_cue(k, lo) or (self.mention_after(k + 1) if k and self.toks[k - 1].text == "," else None)
            if m is not None and m.kind == "role" and not m.name:  # "…, said the spokeswoman of X, Ana Ruiz"
                m = self.apposed_name(m.i + self._determiner(m.i), width=8) or m
            if m is None or m.kind not in ("name", "role") or m.org:
                continue
            if m.kind == "name" and m.i > 0 and self.toks[m.i - 1].fold in DETERMINERS:
                continue  # "der Anwalt der Orvik Familie sprach": the name is no subject
            out.append((self.toks[m.i].start, m))
        return out

    def resolve(self, m: Mention | None, pos: int) -> tuple[str | None, str | None]:
        """(full name, mention text) for mention `m` at char offset `pos`.

        An unresolved role keeps its text ("the Russian president") so that roles learned
        from the other articles of the event can resolve it later; a pronoun passes on
        its antecedent's."""
        if m is None:
            return None, None
        if m.kind == "name":
            return self.expand(m.name or ""), m.text
        if m.kind == "role":
            if m.name:
                return m.name, m.text
            assert m.role is not None
            if self.indefinite(m):
                return None, m.text
            return match_role(m.role, self.roles, pos, self.recent_person(pos)), m.text
        if m.kind == "relative":
            k = m.i - 2 if m.i >= 2 and self.toks[m.i - 1].text == "," else m.i - 1
            prev = best_mention(self._by_end.get(k, []))
            return self.resolve(prev, pos) if prev and prev.kind != "relative" else (None, None)
        if m.age and (who := epithet_person(m, self.mentions, self.toks, self.text, self.expand)) is not None:
            return who or None, m.text  # "the 61-year-old": whom the article gives that age
        # pronoun: the person named first, as a subject, before it in its own sentence ("When
        # President Ghani announced the swap, he said …"); else the latest speaker or
        # sentence-opening person before it, no organisation ("…, the BBC reported. … he said")
        opener = sentence_person(self, m)
        if opener is not None:
            return self.resolve(opener, pos)[0], m.text or None
        if unnamed_speaker_before(self, m):
            return None, m.text or None
        orgs = {x.name for x in self.mentions if x.org and x.name}
        best: tuple[int, str | None, str | None] | None = None
        for entry in self._history:
            if entry[1] in orgs and entry[1] is not None:
                continue
            if entry[0] < pos and (best is None or entry[0] > best[0]):
                best = entry
        for p, sm in self.subject_mentions():
            if p < pos and (best is None or p > best[0]):
                best = (p, *self.resolve(sm, p))
        if best is not None and (other := named_between(self, m, best[0], pos, best[1])) is not None:
            return other or None, m.text or None  # someone else named since
        if best is None:  # the last person named, unless only as an object ("a protégé of X")
            names = [
                x
                for x in self.mentions
                if x.kind == "name" and not x.org and not self._after_preposition(x)
            ]
            before = [x for x in names if self.toks[x.i].start < pos]
            if not before:
                return None, m.text or None
            last = max(before, key=lambda x: x.i)
            return self.resolve(last, pos)[0], m.text or None
        return (best[1], m.text or None) if best[1] else (None, best[2])

    def _after_preposition(self, x: Mention) -> bool:
        return after_preposition(self, x)

    def indefinite(self, m: Mention) -> bool:
        """"a French fire official", "ein Sprecher": someone new and unnamed, never a
        person the article named before."""
        return self.toks[m.i].fold in INDEFINITE

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


# Quotes, quote grouping and entities each read every article of an event: the cache must
# hold a whole big event (64 entries evicted constantly at 500 articles and rebuilt each
# article three times), bounded by text size too (tokens cost ~40 bytes per character).
CACHE_ARTICLES = 2048
CACHE_CHARS = 4_000_000
_CACHE: TextCache[Speakers] = TextCache()


def for_article(article: Article) -> Speakers:
    """Speakers of `article`, cached per (id, text) so quotes, grouping and entities share it."""
    key = (article.id, article.text)
    sp = _CACHE.get(key)
    if sp is None:
        sp = Speakers.build(article)
        _CACHE.put(key, sp, CACHE_CHARS, CACHE_ARTICLES)
    sp._history = []
    return sp
