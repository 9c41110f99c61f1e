"""The dossier as one self-contained HTML page (CSS and JS inline, no network).

Templates live in `templates/`: `base.html` (layout, inline CSS/JS),
`dossier_body.html` (one macro per section, each taking a `DossierView`) and
`dossier.html` (the page). The web UI reuses them through `environment()` /
`TEMPLATES_DIR` and `context()`.

Article text is untrusted: autoescape is on and no template marks an
article-derived string safe; the quote diff escapes each token itself. Every printed string
is also bidi-isolated (`bidi.isolate`), so an override in an outlet name stays inside it.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import jinja2

from newsweave.model import Dossier
from newsweave.render.bidi import isolate
from newsweave.render.view import DossierView

TEMPLATES_DIR = Path(__file__).parent / "templates"


@functools.cache
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES_DIR),
        autoescape=True,
        undefined=jinja2.StrictUndefined,  # a typo in a template fails the tests, not the reader
        trim_blocks=True,
        lstrip_blocks=True,
        finalize=isolate,  # every printed string: right-to-left text cannot reorder the line
    )
    env.filters["isolate"] = isolate  # each item before a join: `xs | map("isolate") | join`
    return env


def context(d: Dossier, *, article_texts: dict[str, str] | None = None) -> dict[str, Any]:
    """What the templates expect: `v`, the dossier's view."""
    return {"v": DossierView(d, article_texts)}


def render(d: Dossier, *, article_texts: dict[str, str] | None = None) -> str:
    """The dossier page; `article_texts` (article id -> cleaned text) adds each article's text
    under its provenance row."""
    return (
        environment().get_template("dossier.html").render(context(d, article_texts=article_texts))
    )
