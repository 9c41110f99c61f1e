"""Dossier scale (issue 10): a huge article is capped with a recorded note and builds within
a memory bound (invented, generated text)."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

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
