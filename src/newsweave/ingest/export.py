"""The JSON record of an article, as `newsweave inspect --format json` prints it (other commands reuse it)."""

from __future__ import annotations

from typing import Any

from newsweave.model import Article


def article_record(article: Article) -> dict[str, Any]:
    """A flat, JSON-ready summary of a cleaned article: metadata, flags, body and removed lines."""
    return {
        "id": article.id,
        "outlet": article.outlet,
        "title": article.title,
        "published": article.published,
        "lang": article.lang,
        "author": article.author,
        "dateline": article.dateline,
        "machine_translated": article.machine_translated,
        "syndicated": article.syndicated,
        "wire": article.wire,
        "url": article.url,
        "source": article.source,
        "original_title": article.provenance.original_title,
        "paragraphs": len(article.paragraphs),
        "paragraph_langs": sorted({lang for lang in article.paragraph_langs if lang}),
        "sentences": len(article.sentences),
        "text": article.text,
        "removed": [{"text": r.text, "reason": r.reason} for r in article.provenance.removed],
        "signals": list(article.provenance.signals),
    }
