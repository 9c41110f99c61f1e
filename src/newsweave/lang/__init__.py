"""Language knowledge as data: one package per language, as in spaCy's `lang/`.

Each `lang/<code>/` holds plain data modules, one per kind of knowledge:

- `calendar.py`: month and weekday names (CLDR forms through Babel, plus the spellings
  news uses that CLDR lacks), words naming a day relative to the day of writing
  ("yesterday": DAY_OFFSETS), the cues that tell a date's tense (LAST_WEEK, FUTURE_CUES,
  FUTURE_ENDINGS, PAST_AUXILIARIES, PAST_ENDINGS, PAST_MARKS, PAST_BEFORE, PAST_AFTER, TARGET_BEFORE) and
  the words before a month named alone (MONTH_PREPOSITIONS, MONTH_PARTS: "in early
  October"), and the words of date stamps ("Updated on ... at ...": STAMP_WORDS,
  DATE_CONNECTORS);
- `numbers.py`: number words, scale words, unit and currency words, qualifiers, what a
  count counts, clock and magnitude cues; ordinals and the link word after a rank ("the
  first woman ever to win"); shares written as fractions (FRACTIONS, FRACTION_OF,
  FRACTIONS_ALONE, HALF_ORDINALS: "two-thirds of"); aftershock words; the minute of a
  match (MINUTE_SUFFIXES, MINUTE_WORDS, MINUTE_WORDS_BEFORE, MINUTE_LIST_SUFFIXES,
  MINUTE_ON...: "59th minute");
- `cues.py`: negation and modality cues, reporting verbs, titles, as tuples of words
  written as in the language (the stage that uses them folds them):
    NEGATIONS            negation words ("not", "jamais")
    NEGATION_HEADS       heads of negative concord ("ne" of "ne ... pas")
    NOT_NEGATING         word pairs that look negative but are not (("not", "only"), ...)
    NEGATIVE_ADJECTIVES  negation inside the word ("unable", "impossible")
    NEGATING_PREFIXES    prefixes that negate the word they join ("un", "in")
    NOUNS_CAPITALISED    True where every noun is capitalised (German)
    AUXILIARIES          modal and auxiliary verbs that anchor a clause ("can", "peut")
    NEGATION_TOKENS      negators as the divergence tokenizer sees them ("n't", "n")
    REPORTING_VERBS      words marking reported speech ("said", "dit", "laut")
    SOURCE_MARKERS       markers whose speaker follows them ("according", "selon")
    AGENT_MARKERS        prepositions of an agent ("a survey by X", "par", "von")
    ADDRESS_VERBS        verbs whose next name is the one addressed ("told Reuters")
    ADDRESSEE_MARKERS    prepositions of the one addressed after a speech verb ("à l'AFP")
    SAY_VERBS            speech verbs introducing reported speech ("X said (that) ...")
    COMPLEMENTIZERS      conjunctions opening that speech ("that", "que", "dass")
    COMMA_CLAUSE         True where a comma after the verb opens it ("sagte, die Brücke …")
    BARE_SAY_VERBS       speech verbs taking a clause without "that" ("said Russia will")
    SAY_TIME_WORDS       words of time between such a verb and its clause ("said Monday")
    OBJECT_OPENERS       words opening an object after such a verb ("added a fourth")
    REPORT_VERBS         an outlet relaying someone's words ("…, the BBC reported")
    TITLES               honorifics before a name ("mr", "mme", "herr")
    ROLES                role words by class ({"minister": ("minister", "ministre"), ...})
    COORDINATORS         "and", "but": a new clause with the same subject may follow
    CLAUSE_OPENERS       words that open a clause of its own after a comma ("while")
    CLAUSE_CORRELATIVES  ... except the second half of "not only X, but also Y"
    SPEAKER_LINKS        words between a speaker and the speech verb ("has also")
    THIRD_PERSON         pronouns a speaker is named by ("he", "elle", "er")
    RELATIVE_PRONOUNS    "who", "qui", "quien"
    DETERMINERS          determiners before a role or a name ("the", "sa", "der")
    INDEFINITE_ARTICLES  "a spokesman": someone new, not a person named before
    NAME_CONNECTORS      words inside a role or a name ("minister of", "de")
    NAME_PARTICLES       lower-case particles of a person's name ("de Gaulle", "van Dijk")
    DEFINITE_ARTICLES    articles an entity name drops ("the Kremlin"), and before a rank
    CREDIT_ORG_WORDS     words making a credited name an organisation ("Getty Images")
    LIST_COORDINATORS    words joining the last item of a list ("oil and gas", "et")
    FACT_STOP_WORDS      a short stop list for the fact lexicon's word overlap
    SERVES_WORDS         a role's link to whom it serves ("spokesman for", "von")
    FUNCTION_WORDS       other function words that are never part of a name
    ORG_WORDS            words that make a name an organisation or place ("agency", "cour")
    NOT_NAMES            capitalised words that are never a name ("However", "Monday")
    NEGATING_PAIRS       a verb and the word after it that negate ("failed to")
    PASSIVE_AUXILIARIES  auxiliaries of a passive ("was shut by police": roles not swapped)
  and the pairs of opposite words `compare.direction` reads, inflected forms (and, for
  decisions and states, nouns; a sentence with both sides of a pair takes neither; words
  that are also adjectives, nouns or dates, "a close ally", "fin mars", are left out):
    DIRECTION_UP / _DOWN        a figure raised / cut ("relevé" / "bajó")
    STANCE_DENY / _CONFIRM      denied / confirmed what follows
    VERDICT_GUILTY / _CLEARED   convicted / acquitted
    DECISION_YES / _NO          approved / rejected ("the budget")
    STATE_OPEN / _CLOSED        reopened / closed ("the crossing")
    PHASE_START / _END          began / ended ("the strike"; verbs only)
    COMPASS_NORTH, _SOUTH, _EAST, _WEST   points of the compass, lower case ("North
                                Korea" is a name)
  and what makes a denial deny a statement (`compare.direction.denials`: "denied paying"
  is a negation of paying; "denied the claims" is a stance): DENIAL_COMPLEMENTS (the next
  word: "that", "avoir"), DENIAL_ENDINGS (the next word's: "-ing"), DENIAL_LATE and
  DENIAL_REACH (verb-last languages: "zu" within ten words);
  a name a language leaves out is one we know no words for;
- `closed.py`: the closed-class words the clause reader of `compare.polarity` needs (a
  short stop list, pronouns by person, articles, prepositions, linking conjunctions,
  one-word answers; English clitics and French elisions), built by `compare.closed_words`;
- `boilerplate.py`: phrases pages print around an article (tables named in
  `newsweave.ingest.boilerplate`);
- `stop_words.py`: only where spaCy has none for the language (`stop_words(code)` reads
  spaCy's list, which needs no model, and falls back to this module's STOP_WORDS).

Nothing here imports the rest of newsweave: the parsers in `text/` (one date parser,
one number parser, one `fold`) read this data, and every stage calls those parsers.
Adding a language is adding a package here.
"""

from __future__ import annotations

import functools
import importlib
import importlib.util
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import ModuleType

CODES: tuple[str, ...] = ("en", "fr", "de", "es", "it", "pt", "nl", "pl", "ru", "tr", "id")
# Languages with some of that data only (how their figures are written, the quotatives
# their quotations are told with), not the calendar, number and page words every language
# in CODES has
PARTIAL: tuple[str, ...] = ("zh", "ja", "ko", "ar")


def data(code: str, part: str) -> ModuleType | None:
    """The `part` module of language `code` (e.g. `data("fr", "calendar")`), or None."""
    if code not in CODES and code not in PARTIAL:
        return None
    try:
        return importlib.import_module(f"newsweave.lang.{code}.{part}")
    except ModuleNotFoundError as exc:
        if exc.name != f"newsweave.lang.{code}.{part}":
            raise  # a broken data module must not look like a missing one
        return None


def merged(part: str, name: str) -> frozenset[str]:
    """The words list `name` of every language's `part` module, merged, as written
    (e.g. `merged("cues", "REPORTING_VERBS")`)."""
    return frozenset(w for _, module in each(part) for w in getattr(module, name, ()))


def alternation(words: Iterable[str]) -> str:
    """`words` as a regex alternation, escaped, longest first ("mid" is tried before "mi")."""
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


def each(part: str) -> Iterator[tuple[str, ModuleType]]:
    """(code, module) for every language that has a `part` module."""
    for code in CODES + PARTIAL:
        module = data(code, part)
        if module is not None:
            yield code, module


@functools.cache
def stop_words(code: str) -> frozenset[str]:
    """Stop words of language `code`: spaCy's list, else `lang/<code>/stop_words.py`, else empty."""
    if code not in CODES:
        return frozenset()
    path = _spacy_lang_file(code, "stop_words.py")
    if path is None:
        return frozenset(getattr(data(code, "stop_words"), "STOP_WORDS", ()))
    # The file alone: importing spacy.lang.<code> runs its tokenizer set-up (2.4 s for fr).
    spec = importlib.util.spec_from_file_location(f"_newsweave_stop_words_{code}", path)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return frozenset(getattr(module, "STOP_WORDS", ()))


def _spacy_lang_file(code: str, name: str) -> Path | None:
    """spaCy's `lang/<code>/<name>` file, found without importing spaCy."""
    spec = importlib.util.find_spec("spacy")
    if spec is None or spec.origin is None:
        return None
    path = Path(spec.origin).parent / "lang" / code / name
    return path if path.is_file() else None


@functools.cache
def all_stop_words() -> frozenset[str]:
    """Stop words of every language here, merged."""
    return frozenset().union(*(stop_words(code) for code in CODES))


# languages that capitalise every noun (German): a capital marks no name there
NOUNS_CAPITALISED = frozenset(code for code, m in each("cues") if getattr(m, "NOUNS_CAPITALISED", False))
# languages where a role's country follows it capitalised, in the genitive (Polish, Russian)
GENITIVE_AFTER_ROLE = frozenset(code for code, m in each("cues") if getattr(m, "GENITIVE_AFTER_ROLE", False))
# languages where the one told follows a speech verb in the dative, bare ("powiedział PAP")
BARE_DATIVE = frozenset(code for code, m in each("cues") if getattr(m, "BARE_DATIVE", False))
