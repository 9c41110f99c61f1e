"""Loading a spaCy package by name, once, never from the network (for `text/nlp.py` and
the NER child, `text/ner_process.py`)."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

_PIPES = ("tok2vec", "tagger", "morphologizer", "parser", "attribute_ruler", "lemmatizer", "ner")


@cache
def load_model(name: str, ner_only: bool = True) -> Language | None:
    """The spaCy package `name` (NER only unless `ner_only=False`), or None when missing."""
    try:
        import spacy
        from thinc.api import use_ops

        exclude = ["lemmatizer"]
        if ner_only:  # NER carries its own tok2vec in these models, so the shared one can go too
            exclude = [p for p in _PIPES if p != "ner"] + ["senter"]
        # numpy's BLAS for the layers' matrix products instead of thinc's bundled blis: the
        # same entities (checked on the 100 dev articles), NER about 30% faster in wall
        # and CPU time (bench/dossier_scale.py)
        with use_ops("numpy", use_blis=False):
            return spacy.load(name, exclude=exclude)
    except (ImportError, OSError):  # model not installed: heuristics take over
        return None


def entity_triples(doc: Doc) -> list[tuple[int, int, str]]:
    """(start_char, end_char, label) of each named entity of `doc`."""
    return [(e.start_char, e.end_char, e.label_) for e in doc.ents]
