"""Language knowledge lives as data in newsweave.lang.<code>: importable, self-contained, used."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

import newsweave.lang as lang
from newsweave.align import names
from newsweave.compare import claims, polarity
from newsweave.ingest import boilerplate as B

LANG_DIR = Path(lang.__file__).parent
MODULES = sorted(LANG_DIR.rglob("*.py"))
CUE_LANGS = ("en", "fr", "de", "es", "it", "pt")  # the languages the cue lists were written for


def _dotted(path: Path) -> str:
    rel = path.relative_to(LANG_DIR.parent.parent).with_suffix("")
    parts = rel.parts[:-1] if rel.name == "__init__" else rel.parts
    return ".".join(parts)


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(LANG_DIR)))
def test_every_lang_module_imports(path: Path) -> None:
    assert importlib.import_module(_dotted(path)) is not None


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(LANG_DIR)))
def test_lang_imports_nothing_else_from_newsweave(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            names = [node.module or ""] if node.level == 0 else []  # relative: inside lang
        else:
            continue
        for name in names:
            if name == "newsweave" or name.startswith("newsweave."):
                assert name == "newsweave.lang" or name.startswith("newsweave.lang."), (
                    f"{path} imports {name}"
                )


def test_every_code_has_a_package() -> None:
    for code in lang.CODES:
        assert (LANG_DIR / code / "__init__.py").is_file(), code
    assert lang.data("xx", "cues") is None
    assert lang.data("en", "no_such_part") is None


@pytest.mark.parametrize("code", CUE_LANGS)
def test_cue_names_present(code: str) -> None:
    cues = lang.data(code, "cues")
    assert cues is not None
    for name in ("NEGATIONS", "AUXILIARIES", "REPORTING_VERBS", "SOURCE_MARKERS", "SAY_VERBS"):
        words = getattr(cues, name)
        assert isinstance(words, tuple) and words, (code, name)
        assert all(isinstance(w, str) and w == w.strip() and w for w in words), (code, name)
    roles = cues.ROLES
    assert roles and all(isinstance(ws, tuple) and ws for ws in roles.values())


def test_cues_reach_the_stages() -> None:
    # folded, merged over languages
    assert {"jamais", "nicht", "nunca", "nao"} <= polarity.ALL_NEGATIONS
    assert "pourrait" in polarity.ANCHORS["fr"]
    assert ("not", "only") in polarity.NOT_NEGATING
    assert {"said", "declare", "sagte", "dijo", "disse", "detto"} <= names.CUES
    assert {"according", "selon", "laut"} <= names.SOURCE_CUES
    assert {"mr", "mme", "herr", "senor"} <= names.TITLES
    assert names.ROLE_CLASS["ministre"] == names.ROLE_CLASS["minister"] == "minister"
    assert names.ROLE_CLASS["spokesperson"] == "official"  # the later class wins, as before
    # claims keep accents and clitics
    assert {"n't", "ningún", "não"} <= claims.NEGATORS


def test_stop_words() -> None:
    fr = lang.stop_words("fr")
    assert {"le", "et", "dans"} <= fr
    assert "président" not in fr
    assert lang.stop_words("xx") == frozenset()
    merged = lang.all_stop_words()
    assert fr <= merged and lang.stop_words("de") <= merged


def test_boilerplate_tables_come_from_lang() -> None:
    assert B.LANGUAGES == tuple(code for code, _ in lang.each("boilerplate"))
    assert set(B.LANGUAGES) == set(lang.CODES)
    see_also = B.phrases("SEE_ALSO")
    assert "lire aussi" in see_also and "read more" in see_also
    assert [len(p) for p in see_also] == sorted((len(p) for p in see_also), reverse=True)
    assert B.phrases("SEE_ALSO") == see_also  # a fixed order, run after run


@pytest.mark.parametrize(
    ("pattern", "line", "hit"),
    [
        ("SEE_ALSO", "Lire aussi : Le conseil municipal vote le budget", True),
        ("SEE_ALSO", "[Related: Harbour bridge closes for repairs]", True),
        ("SEE_ALSO", "The harbour bridge closed for repairs on Monday.", False),
        ("PAYWALL", "Cet article est réservé aux abonnés.", True),
        ("ADVERTISING", "— Anzeige —", True),
        ("ADVERTISING", "Die Anzeige erschien am Montag in der Zeitung.", False),
        ("WIDGET", "5 min de lecture", True),
        ("STAFF_CREDIT", "Propos recueillis par Jeanne Martin", True),
    ],
)
def test_boilerplate_patterns_match_invented_lines(pattern: str, line: str, hit: bool) -> None:
    regex = getattr(B, pattern)
    found = regex.match(line) if pattern in ("SEE_ALSO", "STAFF_CREDIT") else regex.search(line)
    assert bool(found) is hit
