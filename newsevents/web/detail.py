"""One incident or one document as the page shows it: each source's text, and where its words are.

Why the server locates the words: a record names the words behind each field (``date.text``,
``location.text``, a party's ``text``...) but not their offsets, while its ``sources`` give the
offsets of every supporting word. The nearest occurrence of a field's words to the record's own
spans is the one the extractor read (the same rule as ``newsevents show``); doing it here keeps
the page a plain renderer of ``[start, end, field]`` marks over a text.
"""

from __future__ import annotations

from typing import Any

from newsevents.web.queries import Register

Record = dict[str, Any]


def _when(when: Record) -> str:
    start, end = when.get("start") or "", when.get("end") or ""
    text = start if start == end or not end else f"{start} – {end}"
    return f"{text} {when['time']}" if when.get("time") else text


def field_words(rec: Record) -> list[tuple[str, str, str]]:
    """(field, value, the words it came from) for each field of an event or claim with words."""
    out: list[tuple[str, str, str]] = []

    def add(label: str, value: str, words: Any) -> None:
        if isinstance(words, str) and words.strip():
            out.append((label, value, words))

    when = rec.get("date") or {}
    add("date", _when(when), when.get("text"))
    loc = rec.get("location") or {}
    add("place", ", ".join(x for x in (loc.get("name"), loc.get("country")) if x), loc.get("text"))
    near = loc.get("near") or {}
    distance = near.get("distance_m")
    add("near", f"{near.get('what', '')}, {distance:g} m" if isinstance(distance, int | float)
        else str(near.get("what") or ""), near.get("text"))
    for key, label in (("actors", "actor"), ("targets", "target"), ("weapons", "weapon")):
        for item in rec.get(key) or []:
            add(label, str(item.get("name") or ""), item.get("text"))
    speaker = rec.get("speaker") or {}
    add("speaker", str(speaker.get("name") or ""), speaker.get("text"))
    for phrase in rec.get("damage") or []:
        add("damage", str(phrase), phrase)
    return out


def clean_spans(text: str, spans: Any) -> list[list[int]]:
    """The well-formed spans inside the text, sorted (a bad span is dropped, never an error)."""
    out: list[list[int]] = []
    for span in spans or []:
        try:
            start, end = int(span[0]), int(span[1])
        except (TypeError, ValueError, IndexError):
            continue
        if 0 <= start < end <= len(text):
            out.append([start, end])
    return sorted(out)


def nearest(text: str, words: str, spans: list[list[int]]) -> tuple[int, int] | None:
    """The occurrence of ``words`` closest to the spans (inside one first), or None."""
    best: tuple[int, int] | None = None
    at = text.find(words)
    while at >= 0:
        end = at + len(words)
        distance = min((max(0, s - end, at - e) for s, e in spans), default=0)
        if best is None or distance < best[0]:
            best = (distance, at)
            if distance == 0:
                break
        at = text.find(words, at + 1)
    return (best[1], best[1] + len(words)) if best is not None else None


def marks(rec: Record, text: str, spans: list[list[int]]) -> list[Record]:
    """Where each field's words stand in one source's text."""
    out: list[Record] = []
    for label, value, words in field_words(rec):
        found = nearest(text, words, spans)
        if found is not None:
            out.append({"field": label, "value": value, "start": found[0], "end": found[1]})
    return out


def _source(rec: Record, source: Record, doc: Record) -> Record:
    text = doc.get("text") or ""
    spans = clean_spans(text, source.get("spans"))
    return {
        "document": doc["id"], "title": doc.get("title"), "url": doc.get("url"), "path": doc.get("path"),
        "language": doc.get("language"), "published": doc.get("published"),
        "spans": spans, "fields": marks(rec, text, spans), "text": text,
    }


def event_detail(register: Register, event: Record) -> Record:
    """An incident with each source's text and marks, the claims about it and its disputes."""
    sources = [s for s in event.get("sources") or [] if s.get("document")]
    docs = register.documents([s["document"] for s in sources])
    claims = register.claims_about(event["id"])
    claim_docs = register.documents([s["document"] for c in claims for s in c.get("sources") or []
                                     if s.get("document") and s["document"] not in docs])
    docs.update(claim_docs)
    return {
        "event": event,
        "sources": [_source(event, s, docs[s["document"]]) for s in sources if s["document"] in docs],
        "claims": [{"claim": c, "sources": [_source(c, s, docs[s["document"]])
                                            for s in c.get("sources") or [] if s.get("document") in docs]}
                   for c in claims],
        "disputes": [d for d in register.disputes() if event["id"] in d.get("events", [])],
    }


def document_detail(register: Register, doc: Record) -> Record:
    """A document with its text and every span found in it: mentions, events and claims."""
    text = doc.get("text") or ""
    mentions, events, claims, id_map = register.document_records(doc["id"])

    def spans_in(rec: Record) -> list[list[int]]:
        """The record's spans in this document (a stored record has one source: its document)."""
        return next((clean_spans(text, s.get("spans")) for s in rec.get("sources") or []
                     if s.get("document") == doc["id"]), [])

    return {
        "document": doc,
        "mentions": [{**{k: v for k, v in m.items() if k not in ("document", "span")},
                      "start": m["span"][0], "end": m["span"][1]}
                     for m in mentions if isinstance(m.get("span"), list) and len(m["span"]) == 2],
        "events": [{"id": e["id"], "merged_into": id_map.get(e["id"], e["id"]), "type": e.get("type"),
                    "status": e.get("status"), "summary": e.get("summary"), "spans": spans_in(e),
                    "fields": marks(e, text, spans_in(e))} for e in events],
        "claims": [{"id": c["id"], "stance": c.get("stance"), "speaker": (c.get("speaker") or {}).get("name"),
                    "content": c.get("content"), "spans": spans_in(c), "fields": marks(c, text, spans_in(c))}
                   for c in claims],
    }
