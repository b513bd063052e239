"""Scoring what a store holds against a gold file (the format of ../shared/gold/seeds.gold.json).

The matching rules are the gold file's own (../shared/README.md and its "about" text):
- an exported event matches a gold event when its type is one of the gold ``types`` and its date
  interval overlaps the gold interval (a gold event without a date overlaps anything);
- a matched event is then judged field by field: the date lies inside the gold interval, the
  point lies within ``tolerance_km``, every alias group of actors/targets/weapons is found
  (case- and accent-insensitive substring of an exported name), counts are exact
  (``injured_min`` is a floor), ``near`` distances fall in the gold range, the status is one of
  ``statuses``;
- a claim matches on a speaker alias and at least one keyword in its content; its stance is
  right when it is one of the gold ``stances``; gold ``contradicts`` pairs must be linked.
Each exported record matches at most one gold record (a maximum bipartite matching, required
gold records first), so one vague event cannot be credited for three incidents.

Events marked ``required: false`` are credited when found (they count for precision) and not
penalised when missed (recall counts required ones only).
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from newsevents.errors import GoldFormatError
from newsevents.store import Store
from newsevents.store.views import fold

__all__ = ["GoldFormatError", "Report", "evaluate"]

Record = dict[str, Any]
EARTH_RADIUS_KM = 6371.0088

HEADLINE = ("event_recall", "event_precision", "event_f1", "field_accuracy", "claim_recall",
            "claim_precision", "claim_f1", "stance_accuracy", "contradictions_linked",
            "publication_dates")


# --- results ----------------------------------------------------------------------------------
@dataclass(slots=True)
class FieldResult:
    name: str
    ok: bool
    expected: str
    got: str


@dataclass(slots=True)
class EventResult:
    gold_id: str
    required: bool
    types: list[str]
    matched: str | None = None  # exported event id
    date: Record | None = None  # the gold interval, to tell a wrong date from a wrong type
    fields: list[FieldResult] = field(default_factory=list)


@dataclass(slots=True)
class ClaimResult:
    gold_id: str
    required: bool
    matched: str | None = None  # exported claim id
    stance_ok: bool | None = None
    expected_stances: list[str] = field(default_factory=list)
    got_stance: str | None = None
    direct_quote_ok: bool | None = None


@dataclass(slots=True)
class DocumentResult:
    key: str  # the gold file's document key
    stored: str | None  # the stored document id it was matched to
    published_ok: bool | None = None
    published_expected: str = ""
    published_got: str = ""
    events: list[EventResult] = field(default_factory=list)
    unmatched_events: list[Record] = field(default_factory=list)
    exported_events: int = 0
    claims: list[ClaimResult] = field(default_factory=list)
    unmatched_claims: list[Record] = field(default_factory=list)
    exported_claims: int = 0
    contradictions: list[tuple[str, str, bool]] = field(default_factory=list)


def _ratio(num: int, den: int) -> float:
    """A share, 0.0 when there is nothing to share (never NaN, so floors compare cleanly)."""
    return num / den if den else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(slots=True)
class Report:
    gold: str
    documents: list[DocumentResult]
    # the gold's "clusters": lists of (document, gold event id), one real incident each
    clusters: list[list[tuple[str, str]]] = field(default_factory=list)

    def merge_pairs(self) -> dict[str, int]:
        """Pairwise scoring of cross-document merging over the gold events that were found.

        A pair is two found gold events of different documents. It is a gold pair when one gold
        cluster holds both, a merged pair when the same exported (merged) event matched both.
        Gold events that were not found cannot tell a merge from a miss and are left out, so
        these figures judge merging alone, not detection."""
        matched = {(d.key, e.gold_id): e.matched for d in self.documents for e in d.events
                   if e.matched is not None}
        cluster_of: dict[tuple[str, str], int] = {}
        for i, members in enumerate(self.clusters):
            for member in members:
                cluster_of[member] = i
        found = sorted(matched)
        gold = merged = both = 0
        for i, a in enumerate(found):
            for b in found[i + 1:]:
                if a[0] == b[0]:
                    continue
                same_gold = a in cluster_of and cluster_of.get(b) == cluster_of[a]
                same_export = matched[a] == matched[b]
                gold += same_gold
                merged += same_export
                both += same_gold and same_export
        return {"gold_pairs": gold, "merged_pairs": merged, "right_pairs": both}

    def merging(self) -> dict[str, float]:
        """Pairwise merge precision, recall and F1 (see merge_pairs)."""
        n = self.merge_pairs()
        p, r = _ratio(n["right_pairs"], n["merged_pairs"]), _ratio(n["right_pairs"], n["gold_pairs"])
        return {"merge_precision": p, "merge_recall": r, "merge_f1": _f1(p, r)}

    def counts(self) -> dict[str, int]:
        """The raw numbers behind the headline figures."""
        evs = [e for d in self.documents for e in d.events]
        cls = [c for d in self.documents for c in d.claims]
        fields = [f for e in evs if e.matched for f in e.fields]
        pairs = [p for d in self.documents for p in d.contradictions]
        pubs = [d.published_ok for d in self.documents if d.published_ok is not None]
        return {
            "events_required": sum(e.required for e in evs),
            "events_required_found": sum(e.required and e.matched is not None for e in evs),
            "events_found": sum(e.matched is not None for e in evs),
            "events_exported": sum(d.exported_events for d in self.documents),
            "fields_judged": len(fields),
            "fields_right": sum(f.ok for f in fields),
            "claims_required": sum(c.required for c in cls),
            "claims_required_found": sum(c.required and c.matched is not None for c in cls),
            "claims_found": sum(c.matched is not None for c in cls),
            "claims_exported": sum(d.exported_claims for d in self.documents),
            "stances_right": sum(bool(c.stance_ok) for c in cls if c.matched),
            "contradictions": len(pairs),
            "contradictions_linked": sum(ok for _, _, ok in pairs),
            "published": len(pubs),
            "published_right": sum(bool(p) for p in pubs),
        }

    def headline(self) -> dict[str, float]:
        """The figures the quality gate pins (tests/quality_floor.json), each in [0, 1]."""
        n = self.counts()
        er = _ratio(n["events_required_found"], n["events_required"])
        ep = _ratio(n["events_found"], n["events_exported"])
        cr = _ratio(n["claims_required_found"], n["claims_required"])
        cp = _ratio(n["claims_found"], n["claims_exported"])
        return {
            "event_recall": er, "event_precision": ep, "event_f1": _f1(ep, er),
            "field_accuracy": _ratio(n["fields_right"], n["fields_judged"]),
            "claim_recall": cr, "claim_precision": cp, "claim_f1": _f1(cp, cr),
            "stance_accuracy": _ratio(n["stances_right"], n["claims_found"]),
            "contradictions_linked": _ratio(n["contradictions_linked"], n["contradictions"]),
            "publication_dates": _ratio(n["published_right"], n["published"]),
        }

    def fields(self) -> dict[str, tuple[int, int]]:
        """Per field: (right, judged) over the matched events."""
        out: dict[str, tuple[int, int]] = {}
        for d in self.documents:
            for e in d.events:
                for f in e.fields:
                    right, judged = out.get(f.name, (0, 0))
                    out[f.name] = (right + f.ok, judged + 1)
        return dict(sorted(out.items()))

    def confusion(self) -> dict[tuple[str, str], int]:
        """(gold type, exported type) -> count, the next error to look for at a glance.

        Every required gold event and every exported event is counted once: a found event under
        its own type on both sides; a missed one against the exported event left unmatched in the
        same document whose date overlaps it (the type went wrong), or against ``(date)`` when an
        unmatched event of an accepted type exists but on other dates, else against ``(none)``;
        what is left exported and unmatched counts under ``(none)`` on the gold side (invented).
        """
        table: dict[tuple[str, str], int] = {}

        def add(gold_type: str, got: str) -> None:
            table[(gold_type, got)] = table.get((gold_type, got), 0) + 1

        for d in self.documents:
            spare = list(d.unmatched_events)
            for e in d.events:
                if e.matched is not None:
                    add(e.types[0], e.types[0])
                    continue
                if not e.required:
                    continue
                overlapping = next((x for x in spare if dates_overlap(e.date, x.get("date"))), None)
                if overlapping is not None:
                    spare.remove(overlapping)
                    add(e.types[0], str(overlapping.get("type")))
                elif any(x.get("type") in e.types for x in spare):
                    add(e.types[0], "(date)")
                else:
                    add(e.types[0], "(none)")
            for x in spare:
                add("(none)", str(x.get("type")))
        return dict(sorted(table.items(), key=lambda kv: (-kv[1], kv[0])))

    def to_json(self) -> dict[str, Any]:
        """Everything in the report as plain data (for --json output and for tracking figures)."""
        return {"gold": self.gold, "headline": self.headline(), "counts": self.counts(),
                "fields": {k: {"right": r, "judged": j} for k, (r, j) in self.fields().items()},
                "confusion": [{"gold": g, "exported": x, "count": n}
                              for (g, x), n in self.confusion().items()],
                "merging": self.merging() | self.merge_pairs(),
                "documents": [asdict(d) for d in self.documents]}

    def render(self) -> str:
        """Plain text for the CLI: per-document detail, then the headline figures."""
        return render(self)


# --- matching helpers ---------------------------------------------------------------------------
def aliases_found(groups: list[list[str]], names: Iterable[str]) -> bool:
    """Every alias group has one alias inside one of the names (case/accent-insensitive)."""
    folded = [fold(n) for n in names if n]
    if not groups:
        return not folded
    return all(any(fold(a) in n for a in group for n in folded) for group in groups)


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(h))


def dates_overlap(gold: Record | None, when: Record | None) -> bool:
    if not gold:
        return True
    if not when or not when.get("start"):
        return False
    return when["start"] <= gold["end"] and (when.get("end") or when["start"]) >= gold["start"]


def _party_names(parties: list[Record] | None) -> list[str]:
    return [p.get("name") or "" for p in parties or []]


def _fmt(value: Any) -> str:
    return "-" if value is None else str(value)


def _check_date(g: Record, e: Record) -> FieldResult:
    want, when = g["date"], e.get("date") or {}
    start = when.get("start")
    ok = bool(start) and start >= want["start"] and (when.get("end") or start) <= want["end"]
    got = f"{start}/{when.get('end')}" if start else "-"
    return FieldResult("date", ok, f"{want['start']}/{want['end']}", got)


def _check_time(g: Record, e: Record) -> FieldResult:
    got = (e.get("date") or {}).get("time")
    return FieldResult("time", got == g["time"], g["time"], _fmt(got))


def _check_location(g: Record, e: Record) -> FieldResult:
    want, loc = g["location"], e.get("location") or {}
    expected = f"{want['name'][0] if want.get('name') else ''} ±{want['tolerance_km']} km"
    if loc.get("lat") is None or loc.get("lon") is None:
        return FieldResult("location", False, expected, loc.get("name") or "-")
    km = distance_km(want["lat"], want["lon"], loc["lat"], loc["lon"])
    return FieldResult("location", km <= want["tolerance_km"], expected,
                       f"{loc.get('name')} ({km:.0f} km off)")


def _check_parties(name: str, g: Record, e: Record) -> FieldResult | None:
    names = _party_names(e.get(name))
    if name == "actors" and g.get("actors_required") is False and not names:
        return None  # an optional actor: credited when given, not penalised when missing
    groups = g[name]
    return FieldResult(name, aliases_found(groups, names),
                       " + ".join("|".join(grp) for grp in groups) or "none", ", ".join(names) or "-")


def _check_weapons(g: Record, e: Record) -> FieldResult:
    weapons = e.get("weapons") or []
    # an alias may name the system ("Tochka") or its category ("drone")
    names = [f"{w.get('name') or ''} ({w.get('category') or ''})" for w in weapons]
    return FieldResult("weapons", aliases_found(g["weapons"], names),
                       " + ".join("|".join(grp) for grp in g["weapons"]) or "none", ", ".join(names) or "-")


def _check_count(name: str, g: Record, e: Record) -> FieldResult:
    return FieldResult(name, e.get(name) == g[name], _fmt(g[name]), _fmt(e.get(name)))


def _check_injured_min(g: Record, e: Record) -> FieldResult:
    got = e.get("injured")
    return FieldResult("injured", got is not None and got >= g["injured_min"], f">= {g['injured_min']}",
                       _fmt(got))


def _check_near(g: Record, e: Record) -> FieldResult:
    want = g["near"]
    near = (e.get("location") or {}).get("near") or {}
    got = near.get("distance_m")
    ok = got is not None and want["distance_m_min"] <= got <= want["distance_m_max"]
    return FieldResult("near", ok, f"{want['distance_m_min']}-{want['distance_m_max']} m", _fmt(got))


def _check_status(g: Record, e: Record) -> FieldResult:
    return FieldResult("status", e.get("status") in g["statuses"], "|".join(g["statuses"]),
                       _fmt(e.get("status")))


# (gold key, check): each applies only when the gold event states that key
_EVENT_CHECKS: tuple[tuple[str, Callable[[Record, Record], FieldResult | None]], ...] = (
    ("date", _check_date),
    ("time", _check_time),
    ("location", _check_location),
    ("actors", lambda g, e: _check_parties("actors", g, e)),
    ("targets", lambda g, e: _check_parties("targets", g, e)),
    ("weapons", _check_weapons),
    ("fatalities", lambda g, e: _check_count("fatalities", g, e)),
    ("injured", lambda g, e: _check_count("injured", g, e)),
    ("injured_min", _check_injured_min),
    ("near", _check_near),
    ("statuses", _check_status),
)


def judge_fields(g: Record, e: Record) -> list[FieldResult]:
    """Every field the gold event states, judged on the exported event."""
    out = []
    for key, check in _EVENT_CHECKS:
        if key in g:
            result = check(g, e)
            if result is not None:
                out.append(result)
    return out


def event_candidate(g: Record, e: Record) -> bool:
    return e.get("type") in g["types"] and dates_overlap(g.get("date"), e.get("date"))


def claim_candidate(g: Record, c: Record) -> bool:
    speaker = c.get("speaker") or {}
    names = [speaker.get("name") or "", (c.get("relay") or {}).get("name") or ""]
    if not any(fold(a) in fold(n) for a in g["speaker"] for n in names if n):
        return False
    content = fold(c.get("content") or "")
    return any(fold(k) in content for k in g["keywords"])


def match(gold: list[Record], exported: list[Record], candidate: Callable[[Record, Record], bool],
          score: Callable[[Record, Record], float]) -> dict[int, int]:
    """Gold index -> exported index: a maximum matching (Kuhn's augmenting paths), required gold
    records first, each trying its best-scoring candidates first. Then a required record and an
    optional one swap their records when both still match and the required one scores higher:
    an optional "waves of missiles" found after it may have moved the required "missile hit
    Beersheba" off the strike that matches it on every field (same matches, fairer fields)."""
    options: dict[int, list[int]] = {}
    for gi, g in enumerate(gold):
        cands = [xi for xi, x in enumerate(exported) if candidate(g, x)]
        options[gi] = sorted(cands, key=lambda xi, g=g: (-score(g, exported[xi]), xi))
    owner: dict[int, int] = {}  # exported index -> gold index

    def augment(gi: int, seen: set[int]) -> bool:
        for xi in options[gi]:
            if xi in seen:
                continue
            seen.add(xi)
            if xi not in owner or augment(owner[xi], seen):
                owner[xi] = gi
                return True
        return False

    order = sorted(range(len(gold)), key=lambda gi: (not gold[gi].get("required", True), gi))
    for gi in order:
        augment(gi, set())
    held = {gi: xi for xi, gi in owner.items()}
    optional = [gi for gi in held if not gold[gi].get("required", True)]
    for gi in [gi for gi in held if gold[gi].get("required", True)]:
        for gj in optional:
            xi, xj = held[gi], held[gj]
            if xj in options[gi] and xi in options[gj] and score(gold[gi], exported[xj]) > score(
                    gold[gi], exported[xi]):
                held[gi], held[gj] = xj, xi
    return held


def _field_score(g: Record, e: Record) -> float:
    fields = judge_fields(g, e)
    return sum(f.ok for f in fields) / len(fields) if fields else 0.0


def _stance_score(g: Record, c: Record) -> float:
    content = fold(c.get("content") or "")
    return (c.get("stance") in g["stances"]) + 0.1 * sum(fold(k) in content for k in g["keywords"])


# --- the gold file ------------------------------------------------------------------------------
def _fail(where: str, detail: str, path: str) -> GoldFormatError:
    return GoldFormatError(f"{where}: {detail}", path)


def _strings(value: Any, where: str, path: str, empty_ok: bool = False) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value) or (
            not value and not empty_ok):
        raise _fail(where, "expected a " + ("" if empty_ok else "non-empty ") + "list of strings", path)
    return value


def _interval(value: Any, where: str, path: str) -> None:
    if not isinstance(value, dict) or "start" not in value or "end" not in value:
        raise _fail(where, 'expected {"start": "YYYY-MM-DD", "end": "YYYY-MM-DD"}', path)
    try:
        start, end = date.fromisoformat(value["start"]), date.fromisoformat(value["end"])
    except (TypeError, ValueError) as exc:
        raise _fail(where, f"not an ISO date ({exc})", path) from None
    if start > end:
        raise _fail(where, f"start {start} is after end {end}", path)


def _check_gold_event(ev: Any, where: str, path: str) -> None:
    if not isinstance(ev, dict) or not isinstance(ev.get("id"), str):
        raise _fail(where, 'expected an object with an "id"', path)
    _strings(ev.get("types"), f"{where}.types", path)
    if "date" in ev:
        _interval(ev["date"], f"{where}.date", path)
    loc = ev.get("location")
    if loc is not None and not (isinstance(loc, dict) and all(
            isinstance(loc.get(k), int | float) for k in ("lat", "lon", "tolerance_km"))):
        raise _fail(f"{where}.location", "expected numbers lat, lon and tolerance_km", path)
    for key in ("actors", "targets", "weapons"):
        if key in ev:
            groups = ev[key]
            if not isinstance(groups, list):
                raise _fail(f"{where}.{key}", "expected a list of alias lists", path)
            for i, group in enumerate(groups):
                _strings(group, f"{where}.{key}[{i}]", path)
    near = ev.get("near")
    if near is not None and not all(isinstance(near.get(k), int | float)
                                    for k in ("distance_m_min", "distance_m_max")):
        raise _fail(f"{where}.near", "expected numbers distance_m_min and distance_m_max", path)
    for key in ("fatalities", "injured", "injured_min"):
        if key in ev and ev[key] is not None and not isinstance(ev[key], int):
            raise _fail(f"{where}.{key}", "expected an integer or null", path)
    if "statuses" in ev:
        _strings(ev["statuses"], f"{where}.statuses", path)


def _check_gold_claim(cl: Any, where: str, path: str, ids: set[str]) -> None:
    if not isinstance(cl, dict) or not isinstance(cl.get("id"), str):
        raise _fail(where, 'expected an object with an "id"', path)
    _strings(cl.get("speaker"), f"{where}.speaker", path)
    _strings(cl.get("stances"), f"{where}.stances", path)
    _strings(cl.get("keywords"), f"{where}.keywords", path)
    for other in _strings(cl.get("contradicts", []), f"{where}.contradicts", path, empty_ok=True):
        if other not in ids:
            raise _fail(f"{where}.contradicts", f"no claim {other!r} in this document", path)


def _check_gold_document(doc: Any, where: str, path: str) -> None:
    if not isinstance(doc, dict) or not isinstance(doc.get("document"), str):
        raise _fail(where, 'expected an object with a "document" key (a stored id or file stem)', path)
    if doc.get("published") is not None:
        _interval(doc["published"], f"{where}.published", path)
    for key in ("events", "claims"):
        if not isinstance(doc.setdefault(key, []), list):
            raise _fail(f"{where}.{key}", "expected a list", path)
    for i, ev in enumerate(doc["events"]):
        _check_gold_event(ev, f"{where}.events[{i}]", path)
    ids = {c.get("id") for c in doc["claims"] if isinstance(c, dict)}
    for i, cl in enumerate(doc["claims"]):
        _check_gold_claim(cl, f"{where}.claims[{i}]", path, ids)


def load_gold(path: str | Path) -> Record:
    """Read and check a gold file; GoldFormatError says where it is wrong."""
    where = str(path)
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise GoldFormatError("no such file", where) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldFormatError(f"cannot read it ({exc})", where) from None
    except json.JSONDecodeError as exc:
        raise GoldFormatError(f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}",
                              where) from None
    if isinstance(data, dict) and "documents" not in data and "clusters" in data:
        data["documents"] = []  # a clusters-only file: joins events of the other gold files
    if not isinstance(data, dict) or not isinstance(data.get("documents"), list):
        raise GoldFormatError('expected an object with a "documents" list', where)
    for i, doc in enumerate(data["documents"]):
        _check_gold_document(doc, f"documents[{i}]", where)
    _check_clusters(data.setdefault("clusters", []), where)
    return data


def _check_clusters(clusters: Any, path: str) -> None:
    if not isinstance(clusters, list):
        raise _fail("clusters", "expected a list of clusters", path)
    for i, cluster in enumerate(clusters):
        if not isinstance(cluster, list) or not all(
                isinstance(m, list) and len(m) == 2 and all(isinstance(x, str) for x in m) for m in cluster):
            raise _fail(f"clusters[{i}]", 'expected a list of ["document", "event id"] pairs', path)


# --- per document --------------------------------------------------------------------------------
def _sourced_in(records: list[Record], doc_id: str) -> list[Record]:
    return [r for r in records if any(s.get("document") == doc_id for s in r.get("sources") or [])]


def as_reported(record: Record, doc_id: str) -> Record:
    """A merged incident as one of its documents reports it: the casualty figures that document
    states (``source_figures``, issue 12) instead of the incident's own (ACLED's lowest), since a
    document's gold holds the figures it states."""
    own = next((f for f in record.get("source_figures") or [] if f.get("document") == doc_id), None)
    if own is None:
        return record
    return {**record, "fatalities": own.get("fatalities"), "injured": own.get("injured")}


def _score_events(result: DocumentResult, gold: list[Record], exported: list[Record]) -> None:
    pairs = match(gold, exported, event_candidate, _field_score)
    result.exported_events = len(exported)
    for gi, g in enumerate(gold):
        er = EventResult(g["id"], g.get("required", True), list(g["types"]), date=g.get("date"))
        if gi in pairs:
            e = exported[pairs[gi]]
            er.matched, er.fields = e["id"], judge_fields(g, e)
        result.events.append(er)
    taken = set(pairs.values())
    result.unmatched_events = [e for xi, e in enumerate(exported) if xi not in taken]


def _score_claims(result: DocumentResult, gold: list[Record], exported: list[Record]) -> None:
    pairs = match(gold, exported, claim_candidate, _stance_score)
    result.exported_claims = len(exported)
    found: dict[str, Record] = {}
    for gi, g in enumerate(gold):
        cr = ClaimResult(g["id"], g.get("required", True), expected_stances=list(g["stances"]))
        if gi in pairs:
            c = exported[pairs[gi]]
            found[g["id"]] = c
            cr.matched, cr.got_stance = c["id"], c.get("stance")
            cr.stance_ok = c.get("stance") in g["stances"]
            if "direct_quote" in g:
                cr.direct_quote_ok = bool(c.get("direct_quote")) == bool(g["direct_quote"])
        result.claims.append(cr)
    taken = set(pairs.values())
    result.unmatched_claims = [c for xi, c in enumerate(exported) if xi not in taken]
    result.contradictions = _contradictions(gold, found)


def _contradictions(gold: list[Record], found: dict[str, Record]) -> list[tuple[str, str, bool]]:
    """Each gold contradiction pair once, and whether the exported claims link it."""
    pairs: list[tuple[str, str, bool]] = []
    seen: set[frozenset[str]] = set()
    for g in gold:
        for other in g.get("contradicts") or []:
            key = frozenset((g["id"], other))
            if key in seen:
                continue
            seen.add(key)
            a, b = found.get(g["id"]), found.get(other)
            linked = bool(a and b and (b["id"] in (a.get("contradicts") or [])
                                       or a["id"] in (b.get("contradicts") or [])))
            pairs.append((g["id"], other, linked))
    return pairs


def _score_published(result: DocumentResult, want: Record | None, doc: Record) -> None:
    if not want:
        return
    result.published_expected = f"{want['start']}/{want['end']}"
    got = (doc.get("published") or {}).get("date")
    result.published_got = _fmt(got)
    result.published_ok = bool(got) and want["start"] <= got <= want["end"]


def stored_keys(doc: Record) -> set[str]:
    """The names a gold file may use for a stored document: its id, its file stem and name,
    and the record id after '#' for a JSONL line."""
    keys = {doc["id"]}
    path = doc.get("path") or ""
    if path:
        base, _, anchor = path.partition("#")
        keys |= {Path(base).name, Path(base).stem}
        if anchor:
            keys.add(anchor)
    return keys


def score_document(g: Record, doc: Record | None, events: list[Record],
                   claims: list[Record]) -> DocumentResult:
    result = DocumentResult(g["document"], doc["id"] if doc else None)
    if doc is None:  # not ingested: everything in it is missed
        result.events = [EventResult(e["id"], e.get("required", True), list(e["types"]), date=e.get("date"))
                         for e in g["events"]]
        result.claims = [ClaimResult(c["id"], c.get("required", True), expected_stances=list(c["stances"]))
                         for c in g["claims"]]
        result.contradictions = _contradictions(g["claims"], {})
        if g.get("published"):
            result.published_ok = False
            result.published_expected = f"{g['published']['start']}/{g['published']['end']}"
            result.published_got = "not in the store"
        return result
    _score_published(result, g.get("published"), doc)
    _score_events(result, g["events"], [as_reported(e, doc["id"]) for e in _sourced_in(events, doc["id"])])
    _score_claims(result, g["claims"], _sourced_in(claims, doc["id"]))
    return result


def evaluate(gold_path: str | Path | list[str | Path], store: Store | str) -> Report:
    """Score a store (or a database path/URL) against one gold file or several (their documents
    scored together, as one report); raises GoldFormatError."""
    paths = list(gold_path) if isinstance(gold_path, list) else [gold_path]
    golds = [load_gold(p) for p in paths]
    if not isinstance(store, Store):
        with Store.open(str(store)) as opened:
            return evaluate(paths, opened)
    by_key: dict[str, Record] = {}
    for doc in store.documents():
        for key in stored_keys(doc):
            by_key.setdefault(key, doc)
    events, claims = store.events(), store.claims()
    results = [score_document(g, by_key.get(g["document"]), events, claims)
               for gold in golds for g in gold["documents"]]
    clusters = [[(m[0], m[1]) for m in cluster] for gold in golds for cluster in gold["clusters"]]
    return Report(", ".join(map(str, paths)), results, clusters)


# --- rendering ------------------------------------------------------------------------------------
def _mark(ok: bool | None) -> str:
    return {True: "ok", False: "XX", None: "--"}[ok]


def _render_document(d: DocumentResult) -> list[str]:
    lines = [f"== {d.key}" + (f"  (stored as {d.stored})" if d.stored and d.stored != d.key else "")]
    if d.stored is None:
        lines.append("   not in the store: every record of it counts as missed")
    if d.published_ok is not None:
        lines.append(f"   [{_mark(d.published_ok)}] published {d.published_got}"
                     f"  (gold {d.published_expected})")
    lines.append(f"   events: {sum(e.matched is not None for e in d.events)}/{len(d.events)} gold found,"
                 f" {d.exported_events} exported")
    for e in d.events:
        req = "required" if e.required else "optional"
        if e.matched is None:
            lines.append(f"   [{'XX' if e.required else '--'}] {e.gold_id} ({req}, {'|'.join(e.types)}):"
                         " not found")
            continue
        lines.append(f"   [ok] {e.gold_id} ({req}) -> {e.matched}")
        lines += [f"        [{_mark(f.ok)}] {f.name}: {f.got}  (gold {f.expected})" for f in e.fields]
    lines += [f"   [+?] exported, no gold match: {x['id']} {x.get('type')} "
              f"{(x.get('date') or {}).get('start') or '-'}" for x in d.unmatched_events]
    lines.append(f"   claims: {sum(c.matched is not None for c in d.claims)}/{len(d.claims)} gold found,"
                 f" {d.exported_claims} exported")
    for c in d.claims:
        if c.matched is None:
            lines.append(f"   [{'XX' if c.required else '--'}] {c.gold_id}: not found")
            continue
        quote = "" if c.direct_quote_ok is None else f", direct quote {_mark(c.direct_quote_ok)}"
        lines.append(f"   [ok] {c.gold_id} -> {c.matched}: stance {c.got_stance} "
                     f"[{_mark(c.stance_ok)}] (gold {'|'.join(c.expected_stances)}){quote}")
    for x in d.unmatched_claims:
        speaker = (x.get("speaker") or {}).get("name")
        content = (x.get("content") or "")[:60]
        lines.append(f"   [+?] exported, no gold match: {x['id']} {speaker}: {content!r}")
    lines += [f"   [{_mark(ok)}] contradiction {a} <-> {b}" for a, b, ok in d.contradictions]
    return lines


def render(report: Report) -> str:
    """Per-document detail, the per-field table, then the headline figures."""
    lines = [f"gold: {report.gold}", ""]
    for d in report.documents:
        lines += [*_render_document(d), ""]
    lines.append("fields (matched events):")
    lines += [f"   {name:<12} {right}/{judged}" for name, (right, judged) in report.fields().items()]
    lines += ["", "types (gold -> exported; (none): missed or invented, (date): right type, other dates):"]
    lines += [f"   {g:<22} -> {x:<22} {n}" for (g, x), n in report.confusion().items()]
    n = report.counts()
    lines += ["", "headline:"]
    detail = {
        "event_recall": f"{n['events_required_found']}/{n['events_required']} required",
        "event_precision": f"{n['events_found']}/{n['events_exported']} exported",
        "field_accuracy": f"{n['fields_right']}/{n['fields_judged']}",
        "claim_recall": f"{n['claims_required_found']}/{n['claims_required']} required",
        "claim_precision": f"{n['claims_found']}/{n['claims_exported']} exported",
        "stance_accuracy": f"{n['stances_right']}/{n['claims_found']}",
        "contradictions_linked": f"{n['contradictions_linked']}/{n['contradictions']}",
        "publication_dates": f"{n['published_right']}/{n['published']}",
    }
    for name, value in report.headline().items():
        lines.append(f"   {name:<22} {value:6.3f}   {detail.get(name, '')}")
    if report.clusters:
        pairs = report.merge_pairs()
        right = pairs["right_pairs"]
        merge_detail = {"merge_precision": f"{right}/{pairs['merged_pairs']} merged pairs",
                        "merge_recall": f"{right}/{pairs['gold_pairs']} gold pairs (found events)"}
        for name, value in report.merging().items():
            lines.append(f"   {name:<22} {value:6.3f}   {merge_detail.get(name, '')}")
    return "\n".join(lines)
