"""The rows one processed document writes to the store, and its reports' merge keys, built from
that document alone: by the store when it saves, or ahead of it by a worker of ``ingest --workers N``.

Why a module of its own, below the store: a worker never imports the store (SQLAlchemy), and the
storing process is the one that limits a parallel ingest (its ``save_many`` competes with the
workers for the two cores of the machine it was tuned on). Everything here reads one document
and no database: the document, report, claim and mention rows with their JSON texts, the
records the merge reads back (``as_stored``), and each report's merge key (resolve.keys
``key_of_event``). A worker builds them (``build``) in parallel with the others; the storing
process then only queries, compares and writes (store ``_built``, when the ingest asks for it).

What a worker built is used only while it still describes the article (``Built.describes``: the
same id, text, publication and lists of reports, claims and mentions, as long): a run that
changes an article after it came back (the dating through other sources gives it another
publication) has its rows built again by the store.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from newsevents import ids
from newsevents.model import RECORD_JSON, Article, Claim, EncodedMentions, Event, Published
from newsevents.resolve.keys import Key, key_of_event

Record = dict[str, Any]
# the tables of a document's rows, by name (the store maps them to its tables), in writing order:
# the document first, the others refer to it
TABLES = ("documents", "events", "claims", "mentions")

_JSON_ATOMS = (str, int, bool, type(None))
_INFINITE = (float("inf"), float("-inf"))


def json_plain(value: Any) -> bool:
    """Whether ``json.loads(dumps(value))`` gives ``value`` back as it is, types included: only
    dicts of str keys, lists, str, int, bool, None and finite floats, of exactly those types (a
    tuple comes back a list, an int key a str, a subclass its base). A walk with a stack, no
    recursion: it costs about a quarter of the parse it spares (``as_stored``)."""
    stack = [value]
    pop, push = stack.pop, stack.extend
    while stack:
        v = pop()
        t = type(v)
        if t is dict:
            for k in v:
                if type(k) is not str:
                    return False
            push(v.values())
        elif t is list:
            push(v)
        elif t is float:
            if v != v or v in _INFINITE:
                return False
        elif t not in _JSON_ATOMS:
            return False
    return True


def as_stored(record: Record, text: str) -> Record:
    """``record`` as the merge would read it back from its stored ``text``: the record itself when
    its JSON gives it back unchanged (json_plain), else the parse of the text. Why: the merge of a
    save read every new report and claim back from the JSON just written, a parse per record
    (0.07 s CPU of the storing process's 1.3 s for 300 bench articles, ``ingest --workers 2``),
    and the models' to_json already build plain records."""
    if json_plain(record):
        return record
    parsed: Record = json.loads(text)
    return parsed


def settle_identity(article: Article) -> None:
    """The text hash and the document id: the given id, else one derived from the content."""
    if not article.sha256:
        article.sha256 = hashlib.sha256(article.text.encode("utf-8")).hexdigest()
    if not article.id:
        article.id = ids.document_id(article.sha256)
        for ev in article.events:
            ev.document, ev.id = article.id, ids.event_id(article.id, ev.type, ev.trigger)
        for cl in article.claims:
            cl.document, cl.id = article.id, ids.claim_id(article.id, cl.content_span, cl.speaker.name)


def _unique(records: list[Record]) -> list[Record]:
    """Drop repeated ids (a stage yielding one record twice), keeping the first."""
    seen: set[str] = set()
    out = []
    for r in records:
        if r["id"] not in seen:
            seen.add(r["id"])
            out.append(r)
    return out


@dataclass(slots=True, eq=False)
class Built(EncodedMentions):
    """A document's rows by table name (``TABLES``; the document's without ``ingested_at``, which
    the storing process stamps), the records of its report and claim rows as the merge reads
    them (``as_stored``), and, when asked, each report's merge key (None where it has none).
    Kept in ``Article.encoded_mentions`` (it is the mentions' encoding, and more), with what it
    was built from, for ``describes``."""

    sha256: str
    text: str
    published: Published | None
    events: list[Event]
    claims: list[Claim]
    rows: dict[str, list[Record]]
    event_records: list[Record]
    claim_records: list[Record]
    sizes: tuple[int, int]  # the article's reports and claims when built (before ``_unique``)
    keys: list[Key | None] | None = None

    def describes(self, article: Article) -> bool:
        """Whether these rows are still ``article``'s (see the module's docstring)."""
        return (self.document == article.id and self.sha256 == article.sha256 and self.text is article.text
                and self.published is article.published and self.events is article.events
                and self.claims is article.claims and self.sizes == (len(article.events), len(article.claims))
                and self.mentions is article.mentions and len(self.records) == len(article.mentions))


def build(article: Article, with_keys: bool = False) -> Built:
    """Every row ``article`` writes but its ingestion time, and its records as stored; with
    ``with_keys``, its reports' merge keys too. The article's identity is settled first."""
    settle_identity(article)
    doc = article.document_json(with_text=False)
    published = (doc.get("published") or {}).get("date")
    event_records = _unique([e.to_json() for e in article.events])
    claim_records = _unique([c.to_json() for c in article.claims])
    event_rows = []
    for i, rec in enumerate(event_records):
        when, loc = rec.get("date") or {}, rec.get("location") or {}
        event_rows.append({
            "id": rec["id"], "document": article.id, "ord": i, "type": rec["type"],
            "status": rec.get("status"), "background": bool(rec.get("background")),
            "date_start": when.get("start"), "date_end": when.get("end"),
            "country": loc.get("country"), "record": RECORD_JSON.encode(rec)})
    claim_rows = [
        {"id": rec["id"], "document": article.id, "ord": i,
         "speaker": (rec.get("speaker") or {}).get("name"), "stance": rec.get("stance"),
         "record": RECORD_JSON.encode(rec)}
        for i, rec in enumerate(claim_records)]
    records = article.mention_records()
    mention_rows = [
        {"document": article.id, "ord": i, "kind": m.kind, "start": m.span[0], "end": m.span[1],
         "record": record}
        for i, (m, record) in enumerate(zip(article.mentions, records, strict=True))]
    document_row = {
        "id": article.id, "sha256": article.sha256, "path": article.path, "url": article.url,
        "title": article.title, "language": doc.get("language"), "published": published,
        "record": RECORD_JSON.encode(doc), "text": article.text}
    event_records = [as_stored(x, r["record"]) for x, r in zip(event_records, event_rows, strict=True)]
    claim_records = [as_stored(x, r["record"]) for x, r in zip(claim_records, claim_rows, strict=True)]
    return Built(article.id, article.mentions, records, article.sha256, article.text, article.published,
                 article.events, article.claims,
                 {"documents": [document_row], "events": event_rows, "claims": claim_rows,
                  "mentions": mention_rows},
                 event_records, claim_records, (len(article.events), len(article.claims)),
                 [key_of_event(r) for r in event_records] if with_keys else None)
