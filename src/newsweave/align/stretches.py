"""The stretches two quotations of one utterance share: outlets quote different lengths
of what was said (a sentence more, one clause of it), and only what both quote can be
compared word for word (`quote_groups`)."""

from __future__ import annotations

import re
from itertools import combinations
from typing import Any

import numpy as np

from newsweave.align.quote_marks import n_words

CLAUSE_END = re.compile(r"[,;:]\s+")
_SHORT = 4  # words: a sentence shorter is no unit to align across languages
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'”»’]?\s+(?=[\"'“«‘]?[A-ZÀ-Ý])")


def pieces(text: str) -> list[str]:
    """The sentences of a quotation, a short one joined to the next ("We will appeal. This
    verdict ..." / "Podríamos apelar. Esta sentencia ...": dropped, the two-word sentence
    would leave its translation's "We will appeal." without a counterpart)."""
    out: list[str] = []
    carry = ""
    for part in _SENTENCE_END.split(text):
        part = f"{carry} {part}".strip()
        carry = part if n_words(part) < _SHORT else ""
        if not carry:
            out.append(part)
    if carry and out:
        out[-1] = f"{out[-1]} {carry}"
    return out


def common_stretches(texts: list[str], embedder: Any) -> dict[tuple[int, int], tuple[str, str]]:
    """For two variants quoting different stretches of one utterance, what both quote:
    the longer one's sentences closest to each sentence of the shorter ("Our thoughts are
    with the families." / « Nos pensées vont aux familles. Personne ne sera laissé
    seul »: the second sentence has no counterpart to be judged against), or its clause
    closest to a partial quotation of one clause («más rápido de lo que esperábamos» /
    "… faster than we expected, but the job is not yet done")."""
    sents = [pieces(t) or [t] for t in texts]
    clauses = [[c for c in CLAUSE_END.split(t) if c.strip()] or [t] for t in texts]
    pairs: dict[tuple[int, int], tuple[int, list[str], list[str]]] = {}
    for i, j in combinations(range(len(texts)), 2):
        long, short = (i, j) if len(sents[i]) > len(sents[j]) else (j, i)
        if len(sents[long]) != len(sents[short]):
            pairs[i, j] = (long, sents[long], sents[short])
            continue
        long, short = (i, j) if len(clauses[i]) > len(clauses[j]) else (j, i)
        if len(clauses[short]) == 1 and len(sents[short]) == 1 and len(clauses[long]) > 1:
            pairs[i, j] = (long, clauses[long], [texts[short]])
    if not pairs:
        return {}
    flat = sorted({p for _, ls, ss in pairs.values() for p in ls + ss} | set(texts))
    row = {p: k for k, p in enumerate(flat)}
    vecs = np.asarray(embedder.encode(flat), dtype=np.float32)
    out: dict[tuple[int, int], tuple[str, str]] = {}
    for (i, j), (long, long_parts, short_parts) in pairs.items():
        short = j if long == i else i
        cos = vecs[[row[p] for p in long_parts]] @ vecs[[row[p] for p in short_parts]].T
        keep = sorted(set(cos.argmax(axis=0).tolist()))
        # one sentence may say what the other puts in two ("Esto no es un lujo, es una
        # inversión …" / "This is not a luxury. It is an investment …"): then the whole
        # longer quote is closer to it than any of its sentences, and is what both quote
        if float(vecs[row[texts[long]]] @ vecs[row[texts[short]]]) >= float(cos[keep].max()):
            continue
        kept = " ".join(long_parts[k] for k in keep)
        out[i, j] = (kept, texts[j]) if long == i else (texts[i], kept)
    return out
