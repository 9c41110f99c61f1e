"""The embedder in a child process: same vectors as in-process, errors named, a dead child
replaced, and the stream uses it for the model it loads itself."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from helpers import finishes
from newsweave import stream
from newsweave.embed import get_embedder
from newsweave.embed.hashing import HashEmbedder
from newsweave.embed.process import ProcessEmbedder, process_embedder
from newsweave.errors import NewsweaveError
from newsweave.model import Article
from newsweave.store import open_store

TEXTS = ["The Orvel dam failed on Monday.", "Le barrage d'Orvel a cédé lundi.", "Ünïcødé ✓"]


def test_child_gives_the_same_vectors_as_the_model_in_process() -> None:
    child = process_embedder("use-multilingual")
    here = get_embedder("use-multilingual")
    assert child.dim == here.dim
    got = child.encode(TEXTS)
    assert got.shape == (3, here.dim) and got.dtype == np.float32
    assert np.allclose(got, here.encode(TEXTS), atol=1e-5)
    assert child.encode([]).shape == (0, here.dim)


def test_unknown_model_is_a_clear_error() -> None:
    with pytest.raises(NewsweaveError, match="unknown embedder 'no-such-model'"):
        ProcessEmbedder("no-such-model")


def test_a_dead_child_is_reported_not_hung() -> None:
    child = ProcessEmbedder("use-multilingual")
    child._proc.kill()
    child._proc.wait()
    with pytest.raises(NewsweaveError, match="process ended"):
        child.encode(["anything"])


def _article() -> Article:
    return Article(id="a1", title="Orvel dam fails", text=TEXTS[0], lang="en")


def test_stream_embeds_in_the_child_only_for_its_own_model(tmp_path: Path) -> None:
    store = open_store(str(tmp_path / "s.db"))
    try:
        with stream.Ingestor(store) as own:
            assert own.embed_process
            crashed = process_embedder(own.embedder.name)
            crashed._proc.kill()  # a crash: the next batch gets a new child (the same
            crashed._proc.wait()  # object: asked again, the registry may give the new one)
            assert own.add([_article()]).added == ["a1"]
            assert process_embedder(own.embedder.name).alive
        other = open_store(str(tmp_path / "h.db"))
        with stream.Ingestor(other, HashEmbedder(16)) as given:  # an object: used as it is
            assert not given.embed_process
        other.close()
    finally:
        store.close()


def test_a_child_that_stops_answering_is_stopped_with_a_named_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import os
    import signal

    child = ProcessEmbedder("hash-bow")
    monkeypatch.setenv("NEWSWEAVE_CHILD_TIMEOUT", "1")
    os.kill(child.pid, signal.SIGSTOP)  # alive, but answers nothing
    raised: list[BaseException] = []

    def encode() -> None:
        try:
            child.encode(["The Orvel dam failed on Monday."])
        except BaseException as exc:  # noqa: BLE001 - looked at below
            raised.append(exc)

    assert finishes(encode, 60, child._proc.kill), "waited on a child that answers nothing"
    assert isinstance(raised[0], NewsweaveError)
    assert "embedder 'hash-bow': no answer in 1 s; stopped" in str(raised[0])
    assert not child.alive
