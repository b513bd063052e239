"""Exports: JSON Lines (the contract in ../shared/SCHEMA.md), ACLED-style CSV, GeoJSON.

Why the order is fixed (documents by id, events chronologically, claims by document and
position): two exports of the same database, or of two databases filled from the same input in
another order, must be byte-identical so they can be diffed and cached. Ids are content-derived
(newsevents.ids), so they are the same on every run and machine.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterator
from typing import Any, TextIO

from newsevents.errors import NewsEventsError
from newsevents.store import Store

Record = dict[str, Any]

FORMATS = ("jsonl", "csv", "geojson")

# ACLED's codebook: time_precision 1 = exact day, 2 = within a week, 3 = within a month or wider
ACLED_TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "season": 3, "year": 3, "range": 3}
# geo_precision 1 = the place itself, 2 = a nearby or larger area, 3 = the region or country
ACLED_GEO_PRECISION = {"site": 1, "city": 1, "admin1": 2, "region": 3, "country": 3}

# ACLED-style columns (SCHEMA.md), then ours
CSV_COLUMNS = (
    "event_id", "event_date", "time_precision", "event_type", "sub_event_type", "actor1", "actor2",
    "country", "admin1", "location", "latitude", "longitude", "geo_precision", "source", "notes",
    "fatalities",
    "injured", "weapons", "status", "spans", "type", "event_date_end", "time", "background",
    "targets", "damage",
)


def claim_sort_key(record: Record) -> tuple[str, int, str]:
    """By the first source document, then position in it: the order a reader meets them."""
    sources = record.get("sources") or [{}]
    first = sources[0]
    spans = first.get("spans") or [[0, 0]]
    return (str(first.get("document") or ""), int(spans[0][0]), str(record.get("id") or ""))


def records(store: Store, with_text: bool = False) -> Iterator[Record]:
    """Every export record: documents, then merged events, then claims (deterministic order)."""
    texts = store.texts() if with_text else {}
    for doc in store.documents():
        if with_text:
            doc = {**doc, "text": texts.get(doc["id"], "")}
        yield doc
    yield from store.events()
    yield from sorted(store.claims(), key=claim_sort_key)


# Characters that str.splitlines() and many JSON Lines readers take for line ends, which
# json.dumps(ensure_ascii=False) leaves raw inside strings: escaped, one record stays one line.
_LINE_BREAKS = str.maketrans({"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def jsonl_line(record: Record) -> str:
    """One record as one JSON line (UTF-8 kept readable; line-breaking characters escaped)."""
    return json.dumps(record, ensure_ascii=False).translate(_LINE_BREAKS)


def _jsonl(store: Store, out: TextIO, with_text: bool) -> int:
    n = 0
    for record in records(store, with_text):
        out.write(jsonl_line(record))
        out.write("\n")
        n += 1
    return n


def _names(parties: list[Record] | None) -> str:
    return "; ".join(p.get("name") or "" for p in parties or [])


def _spans(event: Record) -> str:
    """"doc:start-end doc:start-end": the supporting words of every source."""
    return " ".join(f"{s['document']}:{a}-{b}" for s in event.get("sources") or []
                    for a, b in s.get("spans") or [])


def csv_row(event: Record) -> dict[str, Any]:
    """One event as an ACLED-style row (empty cells for unknown values)."""
    when = event.get("date") or {}
    loc = event.get("location") or {}
    acled = event.get("acled") or {}
    return {
        "event_id": event["id"],
        "event_date": when.get("start") or "",
        "time_precision": ACLED_TIME_PRECISION.get(when.get("precision") or "", ""),
        "event_type": acled.get("event_type") or "",
        "sub_event_type": acled.get("sub_event_type") or "",
        "actor1": _names(event.get("actors")),
        "actor2": _names(event.get("targets")),
        "country": loc.get("country") or "",
        "admin1": loc.get("admin1") or "",
        "location": loc.get("name") or "",
        "latitude": "" if loc.get("lat") is None else loc["lat"],
        "longitude": "" if loc.get("lon") is None else loc["lon"],
        "geo_precision": ACLED_GEO_PRECISION.get(loc.get("precision") or "", ""),
        "source": "; ".join(s["document"] for s in event.get("sources") or []),
        "notes": event.get("summary") or "",
        "fatalities": "" if event.get("fatalities") is None else event["fatalities"],
        "injured": "" if event.get("injured") is None else event["injured"],
        "weapons": "; ".join(w.get("name") or "" for w in event.get("weapons") or []),
        "status": event.get("status") or "",
        "spans": _spans(event),
        "type": event.get("type") or "",
        "event_date_end": when.get("end") or "",
        "time": when.get("time") or "",
        "background": "true" if event.get("background") else "false",
        "targets": _names(event.get("targets")),
        "damage": "; ".join(event.get("damage") or []),
    }


def _csv(store: Store, out: TextIO, with_text: bool) -> int:
    writer = csv.DictWriter(out, fieldnames=list(CSV_COLUMNS), lineterminator="\n")
    writer.writeheader()
    n = 0
    for event in store.events():
        writer.writerow(csv_row(event))
        n += 1
    return n


def feature(event: Record) -> Record | None:
    """A GeoJSON Point feature for an event with coordinates (None without them)."""
    loc = event.get("location") or {}
    if loc.get("lat") is None or loc.get("lon") is None:
        return None
    properties = {k: v for k, v in event.items() if k != "kind"}
    return {"type": "Feature", "id": event["id"],
            "geometry": {"type": "Point", "coordinates": [loc["lon"], loc["lat"]]},
            "properties": properties}


def _geojson(store: Store, out: TextIO, with_text: bool) -> int:
    features = [f for f in (feature(e) for e in store.events()) if f is not None]
    json.dump({"type": "FeatureCollection", "features": features}, out, ensure_ascii=False)
    out.write("\n")
    return len(features)


_WRITERS: dict[str, Callable[[Store, TextIO, bool], int]] = {
    "jsonl": _jsonl, "csv": _csv, "geojson": _geojson,
}


def write(store: Store, fmt: str, out: TextIO, with_text: bool = False) -> int:
    """Write the store in a format to ``out``; returns the number of records (lines, rows or
    features). ``with_text`` adds each document's text to its JSONL record."""
    try:
        writer = _WRITERS[fmt.lower()]
    except KeyError:
        raise NewsEventsError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}") from None
    return writer(store, out, with_text)
