"""Render a `Dossier` as JSON, Markdown or a self-contained HTML page.

- `to_json(d)`: the `newsweave.dossier/1` JSON, exactly `d.to_dict()`.
- `markdown.render(d)`: for terminals and tickets.
- `html.render(d, article_texts=None)`: one HTML file, readable offline.
- `render(d, fmt)`: one of the above by name ("md", "html", "json").
"""

from __future__ import annotations

import json
from pathlib import Path

from newsweave.errors import NewsweaveError
from newsweave.model import Dossier

FORMATS = ("md", "html", "json")
SUFFIXES = {"md": ".md", "html": ".html", "json": ".json"}


def to_json(d: Dossier) -> str:
    return json.dumps(d.to_dict(), ensure_ascii=False, indent=2) + "\n"


def render(d: Dossier, fmt: str, *, article_texts: dict[str, str] | None = None) -> str:
    """`fmt` is "md", "html" or "json"; `article_texts` is used by HTML only."""
    if fmt == "json":
        return to_json(d)
    if fmt == "md":
        from newsweave.render import markdown

        return markdown.render(d)
    if fmt == "html":
        from newsweave.render import html

        return html.render(d, article_texts=article_texts)
    raise NewsweaveError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")


def format_for(path: str | Path) -> str | None:
    """The format a file name asks for (".html"/".htm", ".md"/".markdown", ".json"), if any."""
    suffix = Path(path).suffix.lower()
    return {".html": "html", ".htm": "html", ".md": "md", ".markdown": "md", ".json": "json"}.get(
        suffix
    )


def write_all(
    d: Dossier,
    out_dir: str | Path,
    *,
    stem: str = "dossier",
    article_texts: dict[str, str] | None = None,
) -> dict[str, Path]:
    """Write the dossier in every format into `out_dir` (created if needed); format -> path."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths: dict[str, Path] = {}
    for fmt in FORMATS:
        path = out / f"{stem}{SUFFIXES[fmt]}"
        path.write_text(render(d, fmt, article_texts=article_texts), encoding="utf-8")
        paths[fmt] = path
    return paths
