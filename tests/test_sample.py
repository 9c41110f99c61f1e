"""The bundled sample (an invented event) and its gold annotation stay in sync.

Only file-level checks here: ingest, cleaning and the dossier stages are tested
elsewhere against `tests/fixtures/sample_gold.json`.
"""

from __future__ import annotations

import html
import json
from pathlib import Path

import pytest

from newsweave.data import sample_dir

GOLD_PATH = Path(__file__).parent / "fixtures" / "sample_gold.json"
ARTICLE_EXTS = {".txt", ".html", ".jsonl"}


@pytest.fixture(scope="module")
def gold() -> dict:
    return json.loads(GOLD_PATH.read_text(encoding="utf-8"))


def _sample_files() -> list[Path]:
    return sorted(p for p in sample_dir().iterdir() if p.suffix in ARTICLE_EXTS)


@pytest.fixture(scope="module")
def texts() -> dict[str, str]:
    """Article id -> raw text as it sits in the sample (HTML unescaped, JSONL title + text)."""
    out: dict[str, str] = {}
    for path in _sample_files():
        raw = path.read_text(encoding="utf-8")
        if path.suffix == ".jsonl":
            for line in raw.splitlines():
                if line.strip():
                    rec = json.loads(line)
                    out[rec.get("id") or path.stem] = f"{rec.get('title') or ''}\n\n{rec['text']}"
        elif path.suffix == ".html":
            out[path.stem] = html.unescape(raw)
        else:
            out[path.stem] = raw
    return out


def test_sample_dir_holds_only_articles():
    # The description lives beside the folder (data/SAMPLE.md) so that reading the
    # folder as articles picks up nothing else.
    d = sample_dir()
    assert d.is_dir()
    assert (d.parent / "SAMPLE.md").is_file()
    assert {p.suffix for p in d.iterdir()} <= {".txt", ".html", ".jsonl"}


def test_sample_files_decode_and_are_named_nnn_slug():
    files = _sample_files()
    assert files
    for path in files:
        path.read_bytes().decode("utf-8")  # strict
        num, _, slug = path.stem.partition("_")
        assert len(num) == 3 and num.isdigit() and slug, path.name
    assert {p.suffix for p in files} == ARTICLE_EXTS


def test_jsonl_records_have_fields():
    for path in sample_dir().glob("*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            for key in ("id", "url", "outlet", "published", "lang", "title", "text"):
                assert rec.get(key), (path.name, key)


def test_gold_articles_match_sample(gold, texts):
    assert set(gold["articles"]) == set(texts)
    assert len(texts) == 7
    langs = {a["lang"] for a in gold["articles"].values()}
    assert len(langs) >= 2
    for aid, meta in gold["articles"].items():
        assert (sample_dir() / meta["file"]).is_file(), aid


def test_articles_are_news_sized(texts):
    for aid, text in texts.items():
        if aid.startswith("003_"):  # HTML page: count only what is inside the article body
            text = text.split('class="article-body">', 1)[1].split("</div>", 1)[0]
        assert 250 <= len(text.split()) <= 520, aid


def test_quote_variants_appear_literally(gold, texts):
    for quote in gold["quotes"]:
        for variant in quote["variants"]:
            assert variant["text"] in texts[variant["article"]], (quote["id"], variant["article"])
        if quote["divergent"]:
            assert quote["odd_one_out"] in {v["article"] for v in quote["variants"]}


def test_noise_lines_appear_literally(gold, texts):
    for noise in gold["noise_lines"]:
        assert noise["text"] in texts[noise["article"]], noise


def test_references_point_at_known_articles(gold):
    ids = set(gold["articles"])
    fact_ids = {f["id"] for f in gold["key_facts"]}
    for fact in gold["key_facts"]:
        assert set(fact["support"]) <= ids, fact["id"]
    for div in gold["divergences"]:
        assert set(div["articles"]) <= ids, div["id"]
        assert div["odd_one_out"] is None or div["odd_one_out"] in div["articles"]
    groups = {g["id"]: g["articles"] for g in gold["source_groups"]}
    for key, facts in gold["unique_to_one_source"].items():
        owners = set(groups.get(key, [key]))
        assert owners <= ids, key
        for fid in facts:
            assert fid in fact_ids
            support = next(f["support"] for f in gold["key_facts"] if f["id"] == fid)
            assert set(support) == owners, fid


def test_syndicated_copy_repeats_the_wire_body(gold, texts):
    for group in gold["source_groups"]:
        first, *others = (texts[a] for a in group["articles"])
        paragraphs = [p for p in first.split("\n\n")[3:] if p.strip()]
        for other in others:
            shared = sum(p in other for p in paragraphs)
            assert shared >= len(paragraphs) - 1, group["id"]
