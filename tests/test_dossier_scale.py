"""Dossier scale (issue 10): a huge article is capped with a recorded note and builds within
a memory bound (invented, generated text)."""

from __future__ import annotations

import json
import random
import subprocess
import sys
import textwrap

import numpy as np
import pytest

from newsweave.model import Article, Quote

# Built in a child process so its peak RSS (models included) is the dossier's alone.
CHILD = textwrap.dedent(
    """
    import json, random, resource
    from newsweave.dossier import build_dossier
    from newsweave.model import Article
    from newsweave.text import annotate, limits

    rng = random.Random(7)
    names = ["Ilse Varga", "Tomas Brandt", "Mira Okonde", "Pavel Lind", "Ada Ferrow"]
    places = ["Velmar", "Dunmore", "Oster", "Kalvik", "Brennholt", "Saltmere"]
    things = ["ferry", "tram line", "harbour wall", "toll bridge", "water plant", "school"]
    verbs = ["opened", "repaired", "inspected", "closed", "funded", "extended"]
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    paragraphs, size, k = [], 0, 0
    while size < 2_000_000:
        k += 1
        para = " ".join(
            f"{rng.choice(names)} said {rng.choice(places)} {rng.choice(verbs)} the "
            f"{rng.choice(things)} number {k}-{j} on {rng.choice(days)} at a cost of "
            f"{rng.randint(2, 900)} thousand crowns."
            for j in range(5)
        )
        paragraphs.append(para)
        size += len(para) + 2
    text = "\\n\\n".join(paragraphs)
    article = annotate(Article(id="huge", text=text, lang="en", title="A very long report"))
    d = build_dossier([article])
    print(json.dumps({
        "chars_in": len(text),
        "chars_kept": len(article.text),
        "sentences": len(article.sentences),
        "capped": sorted({r.reason for r in article.removed if r.reason in limits.REASONS}),
        "facts": len(d.facts),
        "noted": [r.reason for r in d.articles[0].removed],
        "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }))
    """
)


@pytest.mark.slow
def test_a_two_megabyte_article_is_capped_and_builds_under_1_5_gb() -> None:
    proc = subprocess.run(
        [sys.executable, "-c", CHILD], capture_output=True, text=True, timeout=900, check=False
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    assert out["chars_in"] >= 2_000_000
    assert out["chars_kept"] < out["chars_in"] // 5  # capped ...
    assert "text-too-long" in out["capped"]  # ... with a recorded note
    assert "text-too-long" in out["noted"]  # that the dossier's provenance keeps
    assert out["facts"] > 0
    assert out["rss_mb"] < 1536, out


def _reference_lexical(texts: list[str]) -> np.ndarray:
    from itertools import combinations

    from newsweave.align.quote_groups import _content

    sets = [_content(t) for t in texts]
    out = np.zeros((len(texts), len(texts)), dtype=np.float32)
    for i, j in combinations(range(len(texts)), 2):
        a, b = sets[i], sets[j]
        if a and b:
            out[i, j] = out[j, i] = 0.9 * len(a & b) / len(a | b)
    return out


def test_quote_linking_shortcuts_match_the_pair_loops() -> None:
    """The vectorised word overlap and link-need mask give what the loops over every pair
    of quotes gave (row blocks of 512 included)."""
    from itertools import combinations

    from newsweave.align import quote_groups as qg

    rng = random.Random(3)
    words = "harbour ferry council budget school bridge tram varga brandt lind ramp toll".split()
    texts = [" ".join(rng.sample(words, rng.randint(0, 6))) + " ok" for _ in range(700)]
    quotes = [Quote(article_id=f"a{k % 50}", text=t) for k, t in enumerate(texts)]
    assert np.array_equal(qg._lexical(quotes), _reference_lexical(texts))
    sims = np.random.RandomState(0).uniform(0.3, 0.95, (700, 700)).astype(np.float32)
    sims = np.maximum(sims, sims.T)
    speakers = [None if rng.random() < 0.4 else "Ilse Varga" for _ in range(700)]
    want = []
    for i, j in combinations(range(700), 2):
        unknown = (speakers[i] is None) + (speakers[j] is None)
        if float(sims[i, j]) >= qg.LINK + qg.UNKNOWN_SPEAKER_PENALTY * unknown:
            want.append((i, j))
    assert qg._above_need(sims, speakers) == want


def test_big_event_source_groups_from_candidate_pairs_match_all_pairs(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Past ALL_PAIRS_MAX articles only candidate pairs are compared; on an event of copies,
    rewrites and unrelated reports the groups are those of comparing every pair."""
    from newsweave.compare import independence as ind

    rng = random.Random(5)
    vocab = [f"w{k}" for k in range(400)]
    articles, vectors = [], {}
    basis = np.random.RandomState(1).normal(size=(40, 6, 16)).astype(np.float32)
    for base in range(40):
        paragraphs = [" ".join(rng.choice(vocab) for _ in range(30)) for _ in range(6)]
        for copy in range(3):
            aid = f"b{base}-c{copy}"
            k = copy % 6
            text = "\n\n".join(paragraphs[k:] + paragraphs[:k]) if copy < 2 else ""
            if copy == 2:  # a "translation": other words, the same sentence vectors
                text = " ".join(rng.choice(vocab) for _ in range(120))
            articles.append(Article(id=aid, text=text, lang="en" if copy < 2 else "fr"))
            vectors[aid] = basis[base] / np.linalg.norm(basis[base], axis=1, keepdims=True)

    def key(groups):  # type: ignore[no-untyped-def]
        return sorted((tuple(g.articles), tuple(g.reasons)) for g in groups)

    candidates = ind.source_groups(articles, vectors=vectors)
    monkeypatch.setattr(ind, "ALL_PAIRS_MAX", 10_000)
    every = ind.source_groups(articles, vectors=vectors)
    assert key(candidates) == key(every)
    assert len(every) == 40  # each base: its rotated copy and its "translation"
