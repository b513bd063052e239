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

if TYPE_CHECKING:
    from newsevents.ingest import IngestSummary
    from newsevents.model import Article
    from newsevents.store import Store

Record = dict[str, Any]

# table columns never wrapped: ids and enum values are read whole
KEEP_WHOLE = {"id", "date", "type", "status", "stance", "about", "contradicts"}
CONTENT_WIDTH = 70  # characters of a claim's content shown in the table
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


def _place(location: Record | None) -> str:
    if not location:
        return ""
    return ", ".join(x for x in (location.get("name"), location.get("country")) if x)


def _count(value: Any) -> str:
    return "" if value is None else str(value)


def events_table(console: Console, events: list[Record]) -> None:
    table = Table(title=f"incidents: {len(events)}", show_lines=False, expand=False)
    for name in ("id", "date", "type", "status", "place", "actors", "targets", "weapons", "killed",
                 "injured", "docs"):
        table.add_column(name, no_wrap=name in KEEP_WHOLE, min_width=min(len(name), 8))
    for e in events:
        _add_row(table, e.get("id", ""), _when(e.get("date")), e.get("type", ""),
                      e.get("status", "") + ("\nbackground" if e.get("background") else ""),
                      _place(e.get("location")), _names(e.get("actors")), _names(e.get("targets")),
                      _names(e.get("weapons")), _count(e.get("fatalities")), _count(e.get("injured")),
                      str(len(e.get("sources") or [])))
    console.print(table)


def claims_table(console: Console, claims: list[Record]) -> None:
    table = Table(title=f"claims: {len(claims)}")
    for name in ("id", "speaker", "stance", "content", "about", "contradicts"):
        table.add_column(name, overflow="fold", no_wrap=name == "id", min_width=min(len(name), 8))
    for c in claims:
        content = c.get("content") or ""
        if len(content) > CONTENT_WIDTH:
            content = content[:CONTENT_WIDTH - 1] + "…"
        if c.get("direct_quote"):
            content = f"“{content}”"
        _add_row(table, c.get("id", ""), (c.get("speaker") or {}).get("name", ""), c.get("stance", ""),
                      content, "\n".join(c.get("about") or []), "\n".join(c.get("contradicts") or []))
    console.print(table)


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
    when = f", {side['date']}" if side.get("date") else ""
    content = side.get("content") or ""
    if len(content) > CONTENT_WIDTH * 2:
        content = content[:CONTENT_WIDTH * 2 - 1] + "…"
    return Text.assemble("    ", (side.get("speaker") or "?", "bold"), f" ({side.get('stance')}{when}): ",
                         content, (f"  {side.get('claim', '')}", "dim"))


def disputes_table(console: Console, disputes: list[Record]) -> None:
    """Each contested proposition, then who says it and who says otherwise."""
    console.print(Text(f"disputes: {len(disputes)}", style="bold"))
    for d in disputes:
        if "proposition" not in d:  # an unknown shape: show it as it is
            console.print_json(json.dumps(d, ensure_ascii=False))
            continue
        console.print(Text.assemble("\n", (d["proposition"], "bold"), ("  " + " ".join(d.get("events") or []),
                                                                      "dim")), soft_wrap=True)
        for label, key in (("for", "for"), ("against", "against")):
            sides = d.get(key) or []
            if sides:
                console.print(Text(f"  {label}:", style="green" if key == "for" else "red"))
                for side in sides:
                    console.print(_side_line(side), soft_wrap=True)


def mentions_table(console: Console, article: Article, records: list[Record]) -> None:
    table = Table(title=Text(f"{article.path or article.id} ({article.language}), mentions: {len(records)}"))
    for name in ("span", "kind", "text", "value"):
        table.add_column(name, overflow="fold")
    skip = {"document", "kind", "text", "span"}
    for r in records:
        value = {k: v for k, v in r.items() if k not in skip and v not in (None, False, "")}
        _add_row(table, f"{r['span'][0]}-{r['span'][1]}", r["kind"], r["text"],
                      json.dumps(value, ensure_ascii=False))
    console.print(table)


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
            "parties": "same parties, same day as"}.get(str(reason.get("rule")), str(reason.get("rule")))
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


def vetoes_table(console: Console, vetoes: list[Record]) -> None:
    """The splits users made with `merge --undo`: reports kept apart."""
    table = Table(title=f"kept apart by merge --undo: {len(vetoes)} pairs")
    for name in ("report", "never with", "source split out", "when"):
        table.add_column(name, no_wrap=True)
    for v in vetoes:
        _add_row(table, v["a"], v["b"], v["document"], v["created_at"])
    console.print(table)


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
    """Failures and warnings always, every document with --verbose, then one summary line."""
    for o in summary.outcomes:
        if verbose or o.status == "failed":
            detail = o.reason if o.status == "failed" else (
                f"{o.document}  {o.events} events, {o.claims} claims" if o.status != "unchanged"
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
