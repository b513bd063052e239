"""The export contract: every line of the demo validates against ../shared/schema; ids are stable.

The demo is the examples/ folder ingested through the real pipeline (readers, spaCy, every
stage, the store), twice, into two databases and in two input orders: the exports must be
byte-identical. Format details (CSV columns, GeoJSON) are checked on records built directly.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest
from conftest import ROOT, SCHEMA
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator
from test_store import KYIV, articles, make_article

from newsevents import export
from newsevents.errors import NewsEventsError
from newsevents.model import Place, When
from newsevents.store import Store

EXAMPLES = ROOT / "examples"


def _validator() -> Draft202012Validator:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


VALIDATOR = _validator()


@pytest.fixture(scope="module")
def validator() -> Draft202012Validator:
    return VALIDATOR


def jsonl(store: Store, with_text: bool = False) -> str:
    buf = io.StringIO()
    export.write(store, "jsonl", buf, with_text=with_text)
    return buf.getvalue()


def assert_valid(validator: Draft202012Validator, text: str) -> list[dict]:
    records = []
    for n, line in enumerate(text.splitlines(), 1):
        record = json.loads(line)
        errors = sorted(validator.iter_errors(record), key=str)
        assert not errors, f"line {n} ({record.get('kind')} {record.get('id')}): {errors[0].message}"
        records.append(record)
    return records


# --- the demo, through the real pipeline ----------------------------------------------------------
def ingest_into(db: Path, paths: list[Path], pipe) -> Store:  # type: ignore[no-untyped-def]
    from newsevents.ingest import ingest

    store = Store.open(str(db))
    summary = ingest([str(p) for p in paths], store, pipeline=pipe)
    assert summary.ok, summary.to_json()
    return store


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory, pipe):  # type: ignore[no-untyped-def]
    """The examples ingested twice: as a folder, and file by file in reverse order."""
    base = tmp_path_factory.mktemp("demo")
    files = sorted(EXAMPLES.glob("*.txt"))
    assert files, "examples/ holds the demo articles"
    first = ingest_into(base / "a.db", [EXAMPLES], pipe)
    second = ingest_into(base / "b.db", list(reversed(files)), pipe)
    yield first, second
    first.close()
    second.close()


@pytest.mark.slow
def test_every_exported_line_of_the_demo_validates(demo, validator) -> None:  # type: ignore[no-untyped-def]
    store, _ = demo
    records = assert_valid(validator, jsonl(store, with_text=True))
    kinds = [r["kind"] for r in records]
    assert kinds.count("document") == len(list(EXAMPLES.glob("*.txt")))
    assert kinds == sorted(kinds, key=["document", "event", "claim"].index)  # documents, events, claims


@pytest.mark.slow
def test_demo_ids_are_stable_across_two_ingests(demo) -> None:  # type: ignore[no-untyped-def]
    first, second = demo
    assert jsonl(first) == jsonl(second)
    for fmt in ("csv", "geojson"):
        a, b = io.StringIO(), io.StringIO()
        export.write(first, fmt, a)
        export.write(second, fmt, b)
        assert a.getvalue() == b.getvalue()


@pytest.mark.slow
def test_demo_references_and_spans_hold(demo) -> None:  # type: ignore[no-untyped-def]
    """Every source points into a stored document's text; about/contradicts name exported records."""
    store, _ = demo
    records = [json.loads(line) for line in jsonl(store, with_text=True).splitlines()]
    texts = {r["id"]: r["text"] for r in records if r["kind"] == "document"}
    events = {r["id"] for r in records if r["kind"] == "event"}
    claims = {r["id"] for r in records if r["kind"] == "claim"}
    assert len(events) == sum(r["kind"] == "event" for r in records)  # ids unique
    for r in records:
        for source in r.get("sources", []):
            assert source["document"] in texts
            for start, end in source["spans"]:
                assert 0 <= start <= end <= len(texts[source["document"]])
        if r["kind"] == "claim":
            assert set(r["about"]) <= events, r
            assert set(r["contradicts"]) <= claims, r


# --- formats, on records built directly -------------------------------------------------------------
@pytest.fixture
def store(tmp_path: Path):  # type: ignore[no-untyped-def]
    with Store.open(str(tmp_path / "x.db")) as s:
        art = make_article(n_events=3)
        art.events[1].location = Place("Somewhere", None, None, None, "country")  # no coordinates
        s.save(art)
        other = make_article("Un second article, avec une seule frappe.", path="b.txt", n_events=1)
        other.events[0].date = When(date(2023, 6, 1), date(2023, 6, 1), "day")  # another incident
        s.save(other)
        yield s


def test_jsonl_of_built_records_validates(store: Store, validator) -> None:  # type: ignore[no-untyped-def]
    buf = io.StringIO()
    n = export.write(store, "jsonl", buf)
    records = assert_valid(validator, buf.getvalue())
    assert n == len(records) == 2 + 4 + 4
    assert "text" not in records[0]


@settings(max_examples=25, deadline=None)
@given(batch=st.lists(articles(), min_size=1, max_size=3))
def test_any_stored_records_export_valid_lines(batch: list) -> None:  # type: ignore[type-arg]
    """Whatever the model can hold, merged or not, exports as lines the schema accepts."""
    with Store.open(":memory:") as s:
        for art in batch:
            s.save(art, replace=True)
        assert_valid(VALIDATOR, jsonl(s, with_text=True))


@pytest.mark.parametrize("value", ["a\x85b", "a\u2028b", "a\u2029b", "a\nb\r\x0bc\x1cd", "é « » ’"])
def test_a_record_is_always_one_line(value: str) -> None:
    line = export.jsonl_line({"kind": "document", "title": value})
    assert len(line.splitlines()) == 1
    assert json.loads(line)["title"] == value


def test_with_text_adds_each_documents_text(store: Store) -> None:
    docs = [r for r in export.records(store, with_text=True) if r["kind"] == "document"]
    assert {d["text"] for d in docs} == {make_article().text, "Un second article, avec une seule frappe."}


def test_export_does_not_depend_on_the_order_of_ingest(tmp_path: Path) -> None:
    a, b = make_article(n_events=3), make_article("Autre texte, autre frappe.", n_events=2)
    outputs = []
    for name, order in (("ab.db", (a, b)), ("ba.db", (b, a))):
        with Store.open(str(tmp_path / name)) as s:
            for art in order:
                s.save(art)
            outputs.append(jsonl(s))
    assert outputs[0] == outputs[1]


def test_csv_has_the_acled_columns_then_ours(store: Store) -> None:
    buf = io.StringIO()
    n = export.write(store, "csv", buf)
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert n == len(rows) == len(store.events())
    header = buf.getvalue().splitlines()[0].split(",")
    acled = ["event_id", "event_date", "time_precision", "event_type", "sub_event_type", "actor1",
             "actor2", "country", "admin1", "location", "latitude", "longitude", "geo_precision",
             "source", "notes", "fatalities"]
    assert header[: len(acled)] == acled
    assert {"injured", "weapons", "status", "spans"} <= set(header)
    strike = next(r for r in rows if r["type"] == "missile_strike" and r["weapons"])
    assert strike["time_precision"] == "1"  # ACLED: exact day
    assert strike["geo_precision"] == "1"  # city
    assert (float(strike["latitude"]), float(strike["longitude"])) == (KYIV.lat, KYIV.lon)
    assert strike["actor1"] == "Russia" and strike["weapons"] == "Tochka-U"
    assert strike["fatalities"] == "0" and strike["injured"] == ""
    assert strike["spans"].startswith(f"{strike['source']}:0-5")


def test_geojson_holds_the_events_with_coordinates(store: Store) -> None:
    buf = io.StringIO()
    n = export.write(store, "geojson", buf)
    collection = json.loads(buf.getvalue())
    assert collection["type"] == "FeatureCollection"
    with_coords = [e for e in store.events() if (e["location"] or {}).get("lat") is not None]
    assert n == len(collection["features"]) == len(with_coords) == 3
    for feature, event in zip(collection["features"], with_coords, strict=True):
        assert feature["id"] == event["id"]
        assert feature["geometry"] == {"type": "Point",
                                       "coordinates": [event["location"]["lon"], event["location"]["lat"]]}
        assert feature["properties"]["type"] == event["type"]


def test_an_empty_store_exports_nothing(tmp_path: Path) -> None:
    with Store.open(str(tmp_path / "empty.db")) as s:
        assert export.write(s, "jsonl", io.StringIO()) == 0
        buf = io.StringIO()
        assert export.write(s, "geojson", buf) == 0
        assert json.loads(buf.getvalue()) == {"type": "FeatureCollection", "features": []}


def test_an_unknown_format_is_a_clear_error(store: Store) -> None:
    with pytest.raises(NewsEventsError, match="jsonl, csv, geojson"):
        export.write(store, "xml", io.StringIO())


# the fields issue 12 adds to merged records (SCHEMA.md allows additions; these pin their shape)
REASON = {"type": ["object", "null"], "required": ["rule", "with", "km", "shared"],
          "properties": {"rule": {"enum": ["place", "contains", "target", "weapon", "parties"]}}}
MERGE_FIELDS = {
    "type": "object",
    "required": ["merged_from", "source_figures", "figures_differ"],
    "properties": {
        "merged_from": {"type": "array", "minItems": 1, "items": {
            "type": "object", "required": ["event", "document", "reason"],
            "properties": {"reason": REASON}}},
        "source_figures": {"type": "array", "minItems": 1, "items": {
            "type": "object", "required": ["document", "event", "fatalities", "injured"]}},
        "figures_differ": {"type": "boolean"},
    },
}


def test_merged_events_export_their_sources_figures_and_reasons(tmp_path: Path, validator) -> None:  # type: ignore[no-untyped-def]
    from test_merge_order import scenario

    with Store.open(str(tmp_path / "merged.db")) as store:
        for art in scenario():
            store.save(art)
        buf = io.StringIO()
        export.write(store, "jsonl", buf)
    records = assert_valid(validator, buf.getvalue())
    events = [r for r in records if r["kind"] == "event"]
    merged = Draft202012Validator(MERGE_FIELDS)
    for e in events:
        assert not list(merged.iter_errors(e)), e["id"]
        assert len(e["merged_from"]) == len(e["sources"]) == len(e["source_figures"])
    assert max(len(e["sources"]) for e in events) == 3
