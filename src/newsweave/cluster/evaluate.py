"""B-cubed precision, recall and F1 of a clustering against gold labels."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping


def bcubed(pred: Mapping[str, str], gold: Mapping[str, str]) -> tuple[float, float, float]:
    """(precision, recall, F1) over the items of `gold`; `pred` and `gold` map item -> cluster."""
    items = [i for i in gold if i in pred]
    if not items:
        return 0.0, 0.0, 0.0
    pair = Counter((pred[i], gold[i]) for i in items)
    pred_size = Counter(pred[i] for i in items)
    gold_size = Counter(gold[i] for i in items)
    p = sum(pair[(pred[i], gold[i])] / pred_size[pred[i]] for i in items) / len(items)
    r = sum(pair[(pred[i], gold[i])] / gold_size[gold[i]] for i in items) / len(items)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f
