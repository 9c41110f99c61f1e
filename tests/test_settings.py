"""The settings table (newsweave.settings): the README's copy, every variable the source
names, typed reading with clear errors, and the CLI options built from it."""

from __future__ import annotations

import os
import re
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from newsweave import settings
from newsweave.settings import SETTINGS, SettingError

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src" / "newsweave"
NAME = re.compile(r"\bNEWSWEAVE_[A-Z][A-Z_]*\b")


def _sources() -> dict[str, str]:
    return {
        str(p.relative_to(SRC)): p.read_text(encoding="utf-8")
        for p in SRC.rglob("*.py")
        if p.name != "settings.py"
    }


def test_readme_block_is_the_generated_table() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert settings.with_table(readme) == readme, (
        "the README's settings table is stale: run `python -m newsweave.settings README.md`"
    )
    for s in SETTINGS.values():
        assert f"`{s.env}`" in readme


def test_every_variable_named_in_the_source_is_in_the_table() -> None:
    known = {s.env for s in SETTINGS.values()}
    named = {(m, path) for path, text in _sources().items() for m in NAME.findall(text)}
    missing = sorted(f"{name} ({path})" for name, path in named if name not in known)
    assert not missing, "add these to settings.SETTINGS:\n" + "\n".join(missing)


def test_only_settings_reads_the_environment_for_them() -> None:
    # os.environ / getenv / click envvar= with a NEWSWEAVE_ name belong in settings.py
    direct = re.compile(r"(environ|getenv|envvar)\W[^\n]*NEWSWEAVE_|startswith\(\"NEWSWEAVE_")
    found = [
        f"{path}: {line.strip()}"
        for path, text in _sources().items()
        for line in text.splitlines()
        if direct.search(line)
    ]
    assert not found, "read these through newsweave.settings:\n" + "\n".join(found)


def test_defaults_when_unset_or_empty() -> None:
    for env in ({}, {s.env: "" for s in SETTINGS.values()}):
        assert settings.get("nli", env) is False
        assert settings.get("spacy", env) is True and settings.get("embed_process", env) is True
        assert settings.get("max_bytes", env) == 20 * 1024 * 1024
        assert settings.get("embedder", env) == "use-multilingual"
        assert settings.get("spacy_models", env) == {}
        assert settings.get("allowed_hosts", env) == ()
        assert settings.get("api_token", env) is None
        assert 1 <= settings.get("threads", env) <= 4


def test_ner_process_by_default_only_with_a_second_cpu(monkeypatch: pytest.MonkeyPatch) -> None:
    for cpus, expected in ((1, False), (2, True), (None, False)):
        monkeypatch.setattr(os, "cpu_count", lambda cpus=cpus: cpus)
        assert settings.get("ner_process", {}) is expected
    assert settings.get("ner_process", {"NEWSWEAVE_NER_PROCESS": "0"}) is False


def test_set_default_leaves_a_value_the_user_set(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSWEAVE_NER_PROCESS", "")  # restored (unset) after the test
    monkeypatch.delenv("NEWSWEAVE_NER_PROCESS")
    settings.set_default("ner_process", "0")
    assert settings.get("ner_process") is False
    monkeypatch.setenv("NEWSWEAVE_NER_PROCESS", "1")
    settings.set_default("ner_process", "0")
    assert settings.get("ner_process") is True


def test_values_parse() -> None:
    assert settings.get("threads", {"NEWSWEAVE_THREADS": "3"}) == 3
    assert settings.get("threads", {"NEWSWEAVE_THREADS": "0"}) == settings.get("threads", {})
    assert settings.get("nli", {"NEWSWEAVE_NLI": "1"}) is True
    assert settings.get("spacy", {"NEWSWEAVE_SPACY": "0"}) is False
    assert settings.get("fetch_private", {"NEWSWEAVE_FETCH_PRIVATE": "yes"}) is True
    assert settings.get("max_bytes", {"NEWSWEAVE_MAX_BYTES": " 2000 "}) == 2000
    models = settings.get("spacy_models", {"NEWSWEAVE_SPACY_MODELS": "en=a, FR=b ,de="})
    assert models == {"en": "a", "fr": "b", "de": None}
    hosts = settings.get("allowed_hosts", {"NEWSWEAVE_ALLOWED_HOSTS": " a.example  b.example"})
    assert hosts == ("a.example", "b.example")


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("threads", "abc"),
        ("threads", "-1"),
        ("max_bytes", "20MB"),
        ("max_bytes", "0"),
        ("nli", "maybe"),
        ("spacy", "2"),
        ("spacy_models", "en_core_web_sm"),
    ],
)
def test_bad_values_name_the_variable(name: str, value: str) -> None:
    env = SETTINGS[name].env
    with pytest.raises(SettingError) as caught:
        settings.get(name, {env: value})
    message = str(caught.value)
    assert message.startswith(f"{env}={value!r}: expected"), message


def test_bad_value_read_at_call_time(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsweave.ingest.sources import max_bytes_default

    monkeypatch.setenv("NEWSWEAVE_MAX_BYTES", "2000")
    assert max_bytes_default() == 2000
    monkeypatch.setenv("NEWSWEAVE_MAX_BYTES", "lots")
    with pytest.raises(SettingError, match="NEWSWEAVE_MAX_BYTES='lots'"):
        max_bytes_default()


def test_check_names_every_bad_variable() -> None:
    settings.check({"NEWSWEAVE_NLI": "1"})
    with pytest.raises(SettingError) as caught:
        settings.check({"NEWSWEAVE_NLI": "2", "NEWSWEAVE_THREADS": "x", "NEWSWEAVE_SPACY": "0"})
    assert "NEWSWEAVE_NLI='2'" in str(caught.value) and "NEWSWEAVE_THREADS='x'" in str(caught.value)


def test_exported_sends_only_set_newsweave_variables() -> None:
    env = {"NEWSWEAVE_NLI": "1", "NEWSWEAVE_THREADS": "", "OPENBLAS_THREAD_TIMEOUT": "4", "X": "y"}
    assert settings.exported(env) == {"NEWSWEAVE_NLI": "1"}


def _command(name: str) -> click.Command:
    from newsweave.cli.main import cli

    cmd = cli.get_command(click.Context(cli), name)
    assert cmd is not None
    return cmd


def test_cli_options_come_from_the_table() -> None:
    for s in SETTINGS.values():
        for command in s.commands:
            opts = [p for p in _command(command).params if s.option in getattr(p, "opts", ())]
            assert len(opts) == 1, (command, s.option)
            assert opts[0].envvar == s.env and opts[0].help == s.help, (command, s.option)


def test_db_declared_once() -> None:
    helps = set()
    for name in ("ingest", "events", "show", "serve", "watch"):
        (db,) = [p for p in _command(name).params if p.name == "db"]
        assert db.default == settings.DEFAULT_DB
        helps.add(db.help)
    assert len(helps) == 1
    assert sum(text.count('"--db"') for text in _sources().values()) == 1


def test_cli_bad_variable_is_a_usage_error(tmp_path: Path) -> None:
    from newsweave.cli.main import cli

    (tmp_path / "a.txt").write_text("Some words here.\n", encoding="utf-8")
    result = CliRunner().invoke(
        cli, ["inspect", str(tmp_path / "a.txt")], env={"NEWSWEAVE_MAX_BYTES": "big"}
    )
    assert result.exit_code == 2
    assert "NEWSWEAVE_MAX_BYTES" in result.output and "expected a whole number" in result.output
    # any command, before any work: a variable it does not use is checked too
    result = CliRunner().invoke(
        cli, ["events", "--db", str(tmp_path / "none.db")], env={"NEWSWEAVE_NLI": "yes please"}
    )
    assert result.exit_code == 2
    assert "error: NEWSWEAVE_NLI='yes please': expected 1 or 0" in result.output
    help_text = CliRunner().invoke(cli, ["inspect", "--help"]).output
    assert "NEWSWEAVE_MAX_BYTES" in help_text and "20 MB" in help_text


def test_nli_asked_for_without_the_extra_stops_before_any_work(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsweave.cli.main import cli
    from newsweave.compare import nli

    monkeypatch.setattr(nli, "installed", lambda: False)
    result = CliRunner().invoke(
        cli, ["events", "--db", str(tmp_path / "none.db")], env={"NEWSWEAVE_NLI": "1"}
    )
    assert result.exit_code == 2 and "[E106]" in result.output
    assert not (tmp_path / "none.db").exists()
