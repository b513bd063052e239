"""How the CLI shows things: rich tables, the ingest summary, and highlighted source sentences.

Kept apart from cli.py so that the command module stays a list of commands. Every function here
takes export-shaped records (SCHEMA.md) and prints them; none changes anything.
"""

from __future__ import annotations

import dataclasses
import json
import re
from typing import TYPE_CHECKING, Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from newsevents.cli_table import Column, Columns, one_line, print_table

if TYPE_CHECKING:
    from newsevents.ingest import IngestSummary
    from newsevents.model import Article
    from newsevents.store import Store

Record = dict[str, Any]

HIGHLIGHT = "bold black on yellow"
STATUS_STYLE = {"new": "green", "reprocessed": "cyan", "unchanged": "dim", "failed": "red"}

# a sentence ends at . ! ? … (and closing quotes) followed by a space and a capital, digit or
# opening quote, or at a line break; good enough to show context, never used for extraction
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"»”’)]?\s+(?=[\"«“(\d[:upper:]])|\n+".replace(
    "[:upper:]", "A-ZÀ-ÖØ-Þ"))


def sentences(text: str) -> list[tuple[int, int]]:
    """The (start, end) offsets of the text's sentences, for showing a span in context."""
    spans, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        if text[start:m.start()].strip():
            spans.append((start, m.start()))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


def highlighted(text: str, spans: list[list[int]] | list[tuple[int, int]]) -> list[Text]:
    """The sentences of ``text`` that hold a span, with the spanned words highlighted."""
    marks = sorted((int(s), int(e)) for s, e in spans if 0 <= int(s) < int(e) <= len(text))
    lines: list[Text] = []
    for start, end in sentences(text):
        inside = [(max(s, start), min(e, end)) for s, e in marks if s < end and e > start]
        if not inside:
            continue
        line = Text(text[start:end].strip("\n"))
        offset = start + (len(text[start:end]) - len(text[start:end].lstrip("\n")))
        for s, e in inside:
            line.stylize(HIGHLIGHT, s - offset, e - offset)
        lines.append(line)
    return lines


def _add_row(table: Table, *cells: str) -> None:
    """A row of plain text: article words such as "[sic]" must not be read as rich markup."""
    table.add_row(*(Text(c) for c in cells))


def _names(parties: list[Record] | None) -> str:
    return ", ".join(p.get("name") or "?" for p in parties or [])


def _when(when: Record | None) -> str:
    if not when:
        return ""
    start, end = when.get("start", ""), when.get("end", "")
    text = start if start == end else f"{start}/{end}"
    return f"{text} {when['time']}" if when.get("time") else text


def _when_short(when: Record | None) -> str:
    """A date for a table cell, as short as its precision allows: "2025-03" for a month,
    "2025-08-07/08" for a night across two days, "2024-09-22/12-20" for a season."""
    if not when:
        return ""
    start, end = str(when.get("start") or ""), str(when.get("end") or "")
    precision = when.get("precision")
    if precision == "year" and start[:4] == end[:4]:
        text = start[:4]
    elif precision == "month" and start[:7] == end[:7]:
        text = start[:7]
    elif start == end or not end:
        text = start
    elif start[:7] == end[:7]:
        text = f"{start}/{end[8:]}"
    elif start[:4] == end[:4]:
        text = f"{start}/{end[5:]}"
    else:
        text = f"{start}/{end}"
    return f"{text} {when['time']}" if when.get("time") else text


def _place(location: Record | None) -> str:
    if not location:
        return ""
    return ", ".join(x for x in (location.get("name"), location.get("country")) if x)


def _count(value: Any) -> str:
    return "" if value is None else str(value)


def _joined(items: list[Any] | None) -> str:
    return ", ".join(str(x) for x in items or [])


def _status(e: Record) -> str:
    return str(e.get("status") or "")


def _coordinates(location: Record | None) -> str:
    if not location or location.get("lat") is None or location.get("lon") is None:
        return ""
    return f"{location['lat']:.4f},{location['lon']:.4f}"


def _acled(e: Record) -> str:
    acled = e.get("acled") or {}
    return " / ".join(str(x) for x in (acled.get("event_type"), acled.get("sub_event_type")) if x)


EVENT_COLUMNS = Columns("events", (
    Column("id", lambda e: e.get("id", ""), "the incident's id (for `newsevents show`)", whole=True, rank=0),
    Column("date", lambda e: _when_short(e.get("date")), "the day, month or interval, and the time",
           whole=True, rank=1),
    Column("type", lambda e: e.get("type", ""), "event type", whole=True, rank=2),
    Column("status", _status, "reported, alleged, disputed or denied", whole=True, rank=6),
    Column("background", lambda e: "recalled" if e.get("background") else "",
           "'recalled' for a past incident an article recalls", whole=True, rank=9),
    Column("summary", lambda e: e.get("summary") or "", "one line on the incident", rank=9, weight=2.0),
    Column("place", lambda e: _place(e.get("location")), "place name and country code", rank=3),
    Column("country", lambda e: (e.get("location") or {}).get("country") or "", "ISO country code",
           whole=True, rank=9),
    Column("coordinates", lambda e: _coordinates(e.get("location")), "latitude,longitude", whole=True,
           rank=9),
    Column("actors", lambda e: _names(e.get("actors")), "who acted", rank=7),
    Column("targets", lambda e: _names(e.get("targets")), "who or what was hit", rank=9),
    Column("weapons", lambda e: _names(e.get("weapons")), "weapons named", rank=9),
    Column("killed", lambda e: _count(e.get("fatalities")), "fatalities (the lowest stated figure)",
           whole=True, rank=4, justify="right"),
    Column("injured", lambda e: _count(e.get("injured")), "injured (the lowest stated figure)", whole=True,
           rank=5, justify="right"),
    Column("damage", lambda e: _joined(e.get("damage")), "damage phrases", rank=9),
    Column("docs", lambda e: str(len(e.get("sources") or [])), "number of source documents", whole=True,
           rank=8, justify="right"),
    Column("sources", lambda e: _joined(s.get("document") for s in e.get("sources") or []),
           "ids of the source documents", rank=9),
    Column("acled", _acled, "ACLED event type / sub-event type", rank=9),
), default=("id", "date", "type", "status", "place", "actors", "killed", "injured", "docs"))


def _content(c: Record) -> str:
    content = one_line(c.get("content") or "")
    return f"“{content}”" if c.get("direct_quote") else content


CLAIM_COLUMNS = Columns("claims", (
    Column("id", lambda c: c.get("id", ""), "the claim's id (for `newsevents show`)", whole=True, rank=0),
    Column("speaker", lambda c: (c.get("speaker") or {}).get("name", ""), "who said it", rank=2),
    Column("stance", lambda c: c.get("stance", ""), "assert, deny, retract, question, demand, condemn",
           whole=True, rank=1),
    Column("content", _content, "what was said (quoted when a direct quote)", rank=3, weight=2.0),
    Column("date", lambda c: _when_short(c.get("date")) if isinstance(c.get("date"), dict) else
           str(c.get("date") or ""), "when it was said, when stated", whole=True, rank=9),
    Column("about", lambda c: _joined(c.get("about")), "the incidents it speaks of", rank=4),
    Column("contradicts", lambda c: _joined(c.get("contradicts")), "the claims it contradicts", rank=5),
    Column("docs", lambda c: str(len(c.get("sources") or [])), "number of source documents", whole=True,
           rank=6, justify="right"),
), default=("id", "speaker", "stance", "content", "about"))

MENTION_COLUMNS = Columns("mentions", (
    Column("span", lambda r: f"{r['span'][0]}-{r['span'][1]}", "start-end offsets in the text",
           whole=True, rank=0),
    Column("kind", lambda r: r.get("kind", ""), "time, place, party, weapon or number", whole=True, rank=1),
    Column("text", lambda r: r.get("text", ""), "the words", rank=2),
    Column("value", lambda r: json.dumps({k: v for k, v in r.items()
                                          if k not in {"document", "kind", "text", "span"}
                                          and v not in (None, False, "")}, ensure_ascii=False),
           "what they were read as (JSON)", rank=3, weight=2.0),
), default=("span", "kind", "text", "value"))

VETO_COLUMNS = Columns("merge", (
    Column("report", lambda v: v.get("a", ""), "a report", whole=True, rank=0),
    Column("never_with", lambda v: v.get("b", ""), "the report it is kept apart from", whole=True, rank=1),
    Column("document", lambda v: v.get("document", ""), "the source split out", whole=True, rank=2),
    Column("when", lambda v: v.get("created_at", ""), "when the split was made", whole=True, rank=3),
), default=("report", "never_with", "document", "when"))


LANGUAGE_COLUMNS = Columns("languages", (
    Column("code", lambda r: r["code"], "ISO 639 code (for --language)", whole=True, rank=0),
    Column("name", lambda r: r["name"], "the manifest's name", rank=3),
    Column("model", lambda r: r["spacy_model"],
           "the spaCy model: a package name or a saved pipeline's folder", rank=2),
    Column("installed", lambda r: "yes" if r["model_installed"] else "no", "whether the model is installed",
           whole=True, rank=1),
    Column("stages", lambda r: ", ".join(r["stages"]), "the stage files it has", rank=4),
    Column("folder", lambda r: "built in" if r["builtin"] else r["folder"],
           "where its data is: built in, or a NEWSEVENTS_LANG_PATH folder", rank=2, weight=2.0),
), default=("code", "name", "model", "installed", "stages", "folder"))


def languages_table(console: Console, records: list[Record], columns: str | None = None) -> None:
    """The languages newsevents reads, with their models and data folders."""
    print_table(console, LANGUAGE_COLUMNS, records, columns, f"languages: {len(records)}")


def events_table(console: Console, events: list[Record], columns: str | None = None) -> None:
    """Incidents, one line each; ``columns``: the --columns choice (None: the defaults)."""
    print_table(console, EVENT_COLUMNS, events, columns, f"incidents: {len(events)}")


def claims_table(console: Console, claims: list[Record], columns: str | None = None) -> None:
    """Claims, one line each; a long content ends in "…" (`newsevents show ID` has it whole)."""
    print_table(console, CLAIM_COLUMNS, claims, columns, f"claims: {len(claims)}")


def as_record(item: Any) -> Record:
    """A dispute (dict, dataclass or object with to_json) as a plain dict."""
    if isinstance(item, dict):
        return item
    if hasattr(item, "to_json"):
        return dict(item.to_json())
    if dataclasses.is_dataclass(item) and not isinstance(item, type):
        return dataclasses.asdict(item)
    return {"dispute": str(item)}


def _side_line(side: Record) -> Text:
    """One claim of a dispute: its id first (for `newsevents show`), who, stance and date, the words."""
    when = f", {side['date']}" if side.get("date") else ""
    content = one_line(side.get("content") or "")
    return Text.assemble("    ", (side.get("claim", ""), "dim"), "  ", (side.get("speaker") or "?", "bold"),
                         f" ({side.get('stance')}{when}): ", content)


def disputes_table(console: Console, disputes: list[Record]) -> None:
    """Each contested proposition, then who says it and who says otherwise, one line per claim
    within the terminal's width (a long claim ends in "…"; `newsevents show CLAIM` has it whole)."""
    console.print(Text(f"disputes: {len(disputes)}", style="bold"))
    for d in disputes:
        if "proposition" not in d:  # an unknown shape: show it as it is
            console.print_json(json.dumps(d, ensure_ascii=False))
            continue
        console.print(Text.assemble("\n", (d["proposition"], "bold"), ("  " + " ".join(d.get("events") or []),
                                                                      "dim")), overflow="fold")
        for label, key in (("for", "for"), ("against", "against")):
            sides = d.get(key) or []
            if sides:
                console.print(Text(f"  {label}:", style="green" if key == "for" else "red"))
                for side in sides:
                    console.print(_side_line(side), no_wrap=True, overflow="ellipsis")


def mentions_table(console: Console, article: Article, records: list[Record],
                   columns: str | None = None) -> None:
    title = Text(f"{article.path or article.id} ({article.language}), mentions: {len(records)}")
    print_table(console, MENTION_COLUMNS, records, columns, title)


def stats_table(console: Console, counts: Record) -> None:
    table = Table(title="newsevents", show_header=False)
    table.add_column("what")
    table.add_column("count", justify="right")
    for key, value in counts.items():
        if isinstance(value, dict):
            for sub, n in value.items():
                _add_row(table, f"{key}: {sub}", str(n))
        else:
            _add_row(table, key, "" if value is None else str(value))
    console.print(table)


def field_words(rec: Record) -> list[tuple[str, str, str]]:
    """(field, value, the words it came from) for every field of an event or claim that has words."""
    out: list[tuple[str, str, str]] = []

    def add(label: str, value: str, words: Any) -> None:
        if isinstance(words, str) and words.strip():
            out.append((label, value, words))

    when = rec.get("date") or {}
    add("date", _when(when), when.get("text"))
    loc = rec.get("location") or {}
    add("location", _place(loc), loc.get("text"))
    near = loc.get("near") or {}
    distance = near.get("distance_m")
    add("near", f"{near.get('what', '')}, {distance:g} m" if distance is not None else near.get("what", ""),
        near.get("text"))
    for key in ("actors", "targets", "weapons"):
        for item in rec.get(key) or []:
            add(key[:-1], item.get("name", ""), item.get("text"))
    speaker = rec.get("speaker") or {}
    add("speaker", speaker.get("name", ""), speaker.get("text"))
    for phrase in rec.get("damage") or []:
        add("damage", phrase, phrase)
    return out


def locate(text: str, spans: list[list[int]], words: str) -> tuple[int, int] | None:
    """Where ``words`` stand in ``text``: inside the record's own spans first, else anywhere."""
    for s, e in sorted((int(a), int(b)) for a, b in spans):
        at = text.find(words, max(0, s - len(words)), e + len(words))
        if at >= 0:
            return (at, at + len(words))
    at = text.find(words)
    return (at, at + len(words)) if at >= 0 else None


def _rule_words(reason: Record | None) -> str:
    """Why a report was merged, in words: "same place as ev_x (8.6 km)"."""
    if not reason:
        return "the report the incident is named after"
    km = f", {reason['km']:g} km" if reason.get("km") is not None else ""
    shared = f", shared: {', '.join(reason['shared'])}" if reason.get("shared") else ""
    what = {"place": "same place as", "contains": "its area contains, or is inside, the place of",
            "target": "names the same target as", "weapon": "names the same weapon as",
            "parties": "same parties, same day as", "group": "same armed group, area and weeks as",
            "span": "unplaced, same type and stated range of days as",
            }.get(str(reason.get("rule")), str(reason.get("rule")))
    return f"{what} {reason.get('with')} ({reason.get('rule')}{km}{shared})"


def _report_line(member: Record | None, entry: Record) -> Text:
    """One source of an incident: its report's date, place and figures, and why it was merged."""
    parts = [f"report {entry.get('event')}"]
    if member is not None:
        parts.append(f"{member.get('type', '')} {_when(member.get('date'))}".strip())
        if _place(member.get("location")):
            parts.append(_place(member.get("location")))
        for label, key in (("killed", "fatalities"), ("injured", "injured")):
            if member.get(key) is not None:
                parts.append(f"{label} {member[key]}")
    return Text.assemble(("  " + " · ".join(parts), "dim"), "\n  merged: ", _rule_words(entry.get("reason")))


def record(console: Console, rec: Record, store: Store) -> None:
    """A record as JSON, then each field with its words lit in their sentence, then each source
    document: for an incident, its report's date, place and figures and why it was merged, then
    the document's sentences with every supporting word lit."""
    console.print_json(json.dumps(rec, ensure_ascii=False))
    if rec.get("kind") == "document":
        return
    entries = {e.get("document"): e for e in rec.get("merged_from") or [] if isinstance(e, dict)}
    members = {m["id"]: m for m in store.members(rec["id"])} if entries else {}
    sources = rec.get("sources") or []
    docs = [store.document(source.get("document", "")) for source in sources]  # each read once
    first = docs[0] if docs else None
    if first is not None:
        console.print(Text("\nfields and their words", style="bold"))
        text = first.get("text") or ""
        for label, value, words in field_words(rec):
            span = locate(text, sources[0].get("spans") or [], words)
            console.print(Text(f"  {label}: ", style="bold") + Text(value))
            for line in highlighted(text, [span] if span else []):
                console.print(Text("      ") + line, soft_wrap=True)
    for source, doc in zip(sources, docs, strict=True):
        if doc is None:
            continue
        title = doc.get("title") or doc.get("path") or doc["id"]
        console.print(Text(f"\n{doc['id']}  {title}", style="bold"))
        entry = entries.get(doc["id"])
        if entry is not None:
            console.print(_report_line(members.get(str(entry.get("event"))), entry), soft_wrap=True)
        for line in highlighted(doc.get("text") or "", source.get("spans") or []):
            console.print(Text("  ") + line, soft_wrap=True)


def vetoes_table(console: Console, vetoes: list[Record], columns: str | None = None) -> None:
    """The splits users made with `merge --undo`: reports kept apart."""
    print_table(console, VETO_COLUMNS, vetoes, columns, f"kept apart by merge --undo: {len(vetoes)} pairs")


def undo_summary(console: Console, done: Record) -> None:
    """What `merge --undo` did."""
    split = ", ".join(done["split"])
    now = done.get("now") or {}
    moved = sorted({now.get(x) or x for x in done["split"]})
    kept = sorted({v for k, v in now.items() if k not in done["split"] and v})
    console.print(Text(f"split {done['document']} (report {split}) out of {done['incident']}: it is now "
                       f"{', '.join(moved)}; the other sources are in {', '.join(kept) or 'nothing'}.",
                       style="bold"), soft_wrap=True)
    console.print(Text(f"remembered ({done['vetoes']} new pair(s) kept apart): re-ingesting or --reprocess "
                       "will not merge them again; `newsevents merge` lists every split."), soft_wrap=True)


def ingest_summary(console: Console, summary: IngestSummary, db: str, verbose: bool) -> None:
    """Failures and warnings always, every document with --verbose, then one summary line.

    A document that failed because the database stopped the run (locked, read-only, full) is
    named without that reason: the summary line says it once, not once per document."""
    for o in summary.outcomes:
        if verbose or o.status == "failed":
            stopped = o.status == "failed" and summary.aborted is not None and o.reason == summary.aborted
            detail = ("not saved (the run stopped: see below)" if stopped
                      else o.reason if o.status == "failed"
                      else f"{o.document}  {o.events} events, {o.claims} claims" if o.status != "unchanged"
                      else f"{o.document} already stored")
            console.print(Text.assemble((f"{o.status:<11}", STATUS_STYLE[o.status]), f" {o.where}: ",
                                        detail or ""), soft_wrap=True)
        for warning in o.warnings:
            console.print(Text.assemble(("warning    ", "yellow"), f" {o.where}: {warning}"), soft_wrap=True)
    if verbose:
        for path in summary.skipped:
            console.print(Text.assemble(("skipped    ", "dim"), f" {path}: no reader for this type of file"))
    line = f"{db}: {summary.line()}"
    if summary.interrupted:
        line += " — interrupted: the documents above are saved; run again to finish"
    if summary.aborted:
        line += f" — stopped: {summary.aborted}"
    console.print(Text(line, style="bold red" if not summary.ok else "bold"), soft_wrap=True)
