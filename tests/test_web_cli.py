"""`newsweave serve`: options, token from the environment, loopback warning, --sample."""

from __future__ import annotations

from typing import Any

import pytest
from click.testing import CliRunner

from e2e.support import seeded_store
from newsweave.cli.main import cli
from newsweave.store.base import IngestReport


@pytest.fixture
def captured(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Run `serve` without a server or a database: record what it would start."""
    seen: dict[str, Any] = {}
    import uvicorn

    import newsweave.serve.app as app_module

    real = app_module.create_app

    def fake_create_app(db: str | None, **kwargs: Any) -> Any:
        seen["db"], seen["kwargs"] = db, kwargs
        return real(store=seeded_store(), ingester=lambda *a: IngestReport(), **kwargs)

    monkeypatch.setattr(app_module, "create_app", fake_create_app)
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: seen.update(app=app, run=kw))
    return seen


def test_serve_defaults(captured: dict[str, Any]) -> None:
    result = CliRunner().invoke(cli, ["serve", "--db", "x.db"], env={"NEWSWEAVE_API_TOKEN": ""})
    assert result.exit_code == 0, result.output
    assert captured["db"] == "x.db"
    assert captured["run"]["host"] == "127.0.0.1" and captured["run"]["port"] == 8000
    assert captured["kwargs"]["api_token"] is None
    assert captured["kwargs"]["max_upload_bytes"] == 16 * 1024 * 1024
    assert "warning" not in result.output
    assert "serving on http://127.0.0.1:8000/" in result.output


def test_serve_token_from_env_and_public_host(captured: dict[str, Any]) -> None:
    runner = CliRunner()
    result = runner.invoke(
        cli, ["serve", "--host", "0.0.0.0", "--port", "9001"], env={"NEWSWEAVE_API_TOKEN": ""}
    )
    assert (
        result.exit_code == 0 and "warning: listening on 0.0.0.0 without --token" in result.output
    )
    result = runner.invoke(
        cli,
        ["serve", "--host", "0.0.0.0", "--max-upload-mb", "1"],
        env={"NEWSWEAVE_API_TOKEN": "abc"},
    )
    assert result.exit_code == 0 and "warning" not in result.output
    assert captured["kwargs"]["api_token"] == "abc"
    assert captured["kwargs"]["max_upload_bytes"] == 1024 * 1024


def test_serve_sample_ingests_first(
    captured: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    import newsweave.serve.store_ingest as store_ingest

    calls: list[Any] = []
    monkeypatch.setattr(
        store_ingest,
        "ingest_sample",
        lambda store: calls.append(store) or IngestReport(added=["a", "b"], duplicates=["c"]),
    )
    result = CliRunner().invoke(cli, ["serve", "--sample"], env={"NEWSWEAVE_API_TOKEN": ""})
    assert result.exit_code == 0, result.output
    assert len(calls) == 1 and "sample: 2 article(s) added, 1 already stored" in result.output


def test_serve_help() -> None:
    result = CliRunner().invoke(cli, ["serve", "--help"])
    assert result.exit_code == 0
    for opt in ("--db", "--host", "--port", "--token", "--sample", "NEWSWEAVE_API_TOKEN"):
        assert opt in result.output


def test_serve_allowed_hosts(captured: dict[str, Any]) -> None:
    runner = CliRunner()
    env = {"NEWSWEAVE_API_TOKEN": "", "NEWSWEAVE_ALLOWED_HOSTS": ""}
    result = runner.invoke(cli, ["serve", "--host", "10.1.2.3"], env=env)
    assert result.exit_code == 0, result.output
    assert captured["kwargs"]["allowed_hosts"] == ("10.1.2.3", "localhost", "127.0.0.1", "::1")
    result = runner.invoke(
        cli, ["serve", "--allowed-host", "news.example", "--allowed-host", "127.0.0.1"], env=env
    )
    assert captured["kwargs"]["allowed_hosts"] == ("news.example", "127.0.0.1")
    env["NEWSWEAVE_ALLOWED_HOSTS"] = "a.example b.example"
    result = runner.invoke(cli, ["serve", "--host", "0.0.0.0"], env=env)
    assert captured["kwargs"]["allowed_hosts"] == ("a.example", "b.example")
    env["NEWSWEAVE_ALLOWED_HOSTS"] = ""
    result = runner.invoke(cli, ["serve", "--host", "0.0.0.0"], env=env)
    assert "add --allowed-host NAME" in result.output
