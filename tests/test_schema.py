"""docs/schema/*.schema.json validate what the model writes, and list every model field."""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from pathlib import Path
from typing import Any

import jsonschema

from newsweave import model
from newsweave.model import Dossier, Event

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = Path(__file__).parent / "fixtures" / "render" / "dossier.json"

# dataclass -> where it is described in the dossier schema ("" is the root object)
DOSSIER_DEFS: dict[type, str] = {
    model.Dossier: "",
    model.EventInfo: "event",
    model.ArticleInfo: "article",
    model.Removed: "removed",
    model.SummaryItem: "summaryItem",
    model.Fact: "fact",
    model.Citation: "citation",
    model.QuoteVariant: "quoteVariant",
    model.QuoteGroup: "quoteGroup",
    model.Divergence: "divergence",
    model.Coverage: "coverage",
    model.TimelineEntry: "timelineEntry",
    model.Entity: "entity",
    model.SourceGroup: "sourceGroup",
}


def load(name: str) -> dict[str, Any]:
    return json.loads((ROOT / "docs" / "schema" / name).read_text(encoding="utf-8"))


def validator(schema: dict[str, Any]) -> Any:
    cls = jsonschema.Draft202012Validator
    cls.check_schema(schema)
    return cls(schema)


def section(schema: dict[str, Any], name: str) -> dict[str, Any]:
    return schema if not name else schema["$defs"][name]


def json_types(tp: Any) -> set[str]:
    """The JSON types a Python annotation allows."""
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        return set().union(*(json_types(a) for a in typing.get_args(tp)))
    if tp is type(None):
        return {"null"}
    if origin is list:
        return {"array"}
    if origin is dict or dataclasses.is_dataclass(tp):
        return {"object"}
    return {str: {"string"}, bool: {"boolean"}, int: {"integer"}, float: {"number"}}[tp]


def schema_types(prop: dict[str, Any], schema: dict[str, Any]) -> set[str]:
    if "$ref" in prop:
        return schema_types(schema["$defs"][prop["$ref"].rsplit("/", 1)[1]], schema)
    if "const" in prop:
        return {"string"}
    t = prop["type"]
    return set(t) if isinstance(t, list) else {t}


def check_in_sync(schema: dict[str, Any], cls: type, name: str) -> None:
    sec = section(schema, name)
    fields = {f.name: f for f in dataclasses.fields(cls)}
    hints = typing.get_type_hints(cls)
    where = f"{cls.__name__} ({name or 'root'})"
    assert set(sec["properties"]) == set(fields), where
    for fname, f in fields.items():
        no_default = f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
        if no_default:
            assert fname in sec["required"], f"{where}.{fname} has no default: it must be required"
        assert schema_types(sec["properties"][fname], schema) == json_types(hints[fname]), (
            f"{where}.{fname}"
        )
    assert set(sec["required"]) <= set(fields), where


def test_dossier_schema_lists_every_model_field() -> None:
    schema = load("dossier.schema.json")
    for cls, name in DOSSIER_DEFS.items():
        check_in_sync(schema, cls, name)
    # every dataclass reachable from Dossier is described
    seen: set[type] = set()
    todo: list[Any] = [Dossier]
    while todo:
        tp = todo.pop()
        if typing.get_origin(tp) is not None:
            todo.extend(typing.get_args(tp))
        elif dataclasses.is_dataclass(tp) and tp not in seen:
            seen.add(tp)  # type: ignore[arg-type]
            todo.extend(typing.get_type_hints(tp).values())
    assert seen <= set(DOSSIER_DEFS), seen - set(DOSSIER_DEFS)


def test_events_schema_lists_every_event_field() -> None:
    check_in_sync(load("events.schema.json"), Event, "event")


def test_hand_made_dossier_validates() -> None:
    d = Dossier.from_dict(json.loads(FIXTURE.read_text(encoding="utf-8")))
    data = json.loads(json.dumps(d.to_dict()))
    validator(load("dossier.schema.json")).validate(data)
    assert data["schema"] == "newsweave.dossier/1"


def test_empty_dossier_validates() -> None:
    d = Dossier(event=model.EventInfo(title="Nothing yet", date=None))
    validator(load("dossier.schema.json")).validate(d.to_dict())


def test_schema_rejects_a_broken_dossier() -> None:
    data = Dossier.from_dict(json.loads(FIXTURE.read_text(encoding="utf-8"))).to_dict()
    data["facts"][0]["status"] = "probably"
    del data["quotes"][0]["variants"]
    errors = list(validator(load("dossier.schema.json")).iter_errors(data))
    assert len(errors) == 2


def test_events_list_validates() -> None:
    events = [
        Event(
            id="e1", title="Bridge closed", date="2031-04-12", articles=["a", "b"], languages=["en"]
        ),
        Event(id="e2", title="Ferry strike", date=None),
    ]
    doc = {"schema": model.EVENTS_SCHEMA, "events": [e.to_dict() for e in events]}
    v = validator(load("events.schema.json"))
    v.validate(doc)
    assert not v.is_valid({"schema": model.EVENTS_SCHEMA, "events": [{"id": "e3", "title": "x"}]})
