"""Contested propositions: for each, the claims for and against, with speakers, dates, sources.

Why a view of its own: an analyst asks "who says Armenia used the missile, who denies it, and
since when" — a question about a proposition, not about one claim or one event. A dispute is a
connected group of claims linked by ``contradicts`` (within and across documents, see link.py and
newsevents/resolve/claims.py; a link across documents names its proposition), plus any event
whose status is disputed/denied with the claims about it. Works on export-shaped records, so it
runs over the merged cross-document register as well as one article.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

Record = dict[str, Any]
AGAINST = frozenset({"deny", "retract"})


@dataclass(slots=True)
class Side:
    """One claim in a dispute, as an analyst reads it."""

    claim: str
    speaker: str
    stance: str
    content: str
    date: str | None
    documents: list[str]

    def to_json(self) -> dict[str, Any]:
        return {"claim": self.claim, "speaker": self.speaker, "stance": self.stance,
                "content": self.content, "date": self.date, "documents": self.documents}


@dataclass(slots=True)
class Dispute:
    """A contested proposition: the events it is about, and the claims for and against it."""

    proposition: str
    events: list[str]
    for_: list[Side] = field(default_factory=list)
    against: list[Side] = field(default_factory=list)

    @property
    def speakers(self) -> set[str]:
        return {s.speaker for s in self.for_ + self.against}

    def to_json(self) -> dict[str, Any]:
        return {"proposition": self.proposition, "events": self.events,
                "for": [s.to_json() for s in self.for_], "against": [s.to_json() for s in self.against]}


def _side(c: Record) -> Side:
    date = (c.get("date") or {}).get("start")
    docs = sorted({s.get("document") for s in c.get("sources") or [] if s.get("document")})
    return Side(claim=c["id"], speaker=str((c.get("speaker") or {}).get("name", "")),
                stance=str(c.get("stance")), content=str(c.get("content", "")), date=date, documents=docs)


def _components(claims: dict[str, Record]) -> list[list[str]]:
    """Groups of claims connected by ``contradicts``, each sorted, in a stable order."""
    seen: set[str] = set()
    groups: list[list[str]] = []
    for cid in sorted(claims):
        if cid in seen or not claims[cid].get("contradicts"):
            continue
        stack, group = [cid], []
        while stack:
            x = stack.pop()
            if x in seen or x not in claims:
                continue
            seen.add(x)
            group.append(x)
            stack.extend(claims[x].get("contradicts") or [])
        groups.append(sorted(group))
    return groups


def _describe(events: list[Record], against: list[Record]) -> str:
    """A readable proposition: the contested event's summary or type and weapons, else the
    denied words."""
    events = sorted(events, key=lambda e: (e.get("status") not in ("disputed", "denied"), e["id"]))
    for e in events:
        if e.get("summary"):
            return str(e["summary"])
    for e in events:
        weapons = ", ".join(w.get("name", "") for w in e.get("weapons") or [])
        actors = ", ".join(p.get("name", "") for p in e.get("actors") or [])
        date = (e.get("date") or {}).get("text") or (e.get("date") or {}).get("start") or ""
        parts = [actors, str(e.get("type", "")).replace("_", " "), weapons and f"with {weapons}", date]
        return " ".join(p for p in parts if p)
    return str(against[0].get("content", "")) if against else ""


def find_disputes(claims: list[Record], events: list[Record]) -> list[Dispute]:
    """Every contested proposition, with the claims for and against it."""
    by_id = {c["id"]: c for c in claims}
    event_by_id = {e["id"]: e for e in events}
    about: dict[str, list[str]] = defaultdict(list)
    for c in claims:
        for a in c.get("about") or []:
            about[a].append(c["id"])
    disputes: list[Dispute] = []
    covered: set[str] = set()
    for group in _components(by_id):
        members = [by_id[i] for i in group]
        denied = {a for c in members if c.get("stance") in AGAINST for a in c.get("about") or []}
        ev_ids = sorted({a for c in members for a in c.get("about") or [] if a in event_by_id}
                        & (denied or set(event_by_id)))
        disputes.append(_dispute(members, [event_by_id[i] for i in ev_ids]))
        covered.update(ev_ids)
    for e in sorted(events, key=lambda x: x["id"]):
        if e.get("status") in ("disputed", "denied") and e["id"] not in covered:
            members = [by_id[i] for i in sorted(set(about.get(e["id"], []))) if i in by_id]
            if members:
                disputes.append(_dispute(members, [e]))
    return disputes


def _across_documents(members: list[Record]) -> str | None:
    """The proposition the merger named for a link between two documents (``contradicts_on``,
    newsevents.propositions), if the group holds one: the same words for every reader."""
    by_id = {c["id"]: c for c in members}
    found = []
    for c in members:
        docs = {s.get("document") for s in c.get("sources") or []}
        for link in c.get("contradicts_on") or []:
            other = by_id.get(link.get("claim"))
            if other is None or not link.get("proposition"):
                continue
            if not docs & {s.get("document") for s in other.get("sources") or []}:
                found.append(str(link["proposition"]))
    return min(found) if found else None


def _dispute(members: list[Record], events: list[Record]) -> Dispute:
    against = [c for c in members if c.get("stance") in AGAINST]
    support = [c for c in members if c.get("stance") not in AGAINST]
    key = lambda c: ((c.get("date") or {}).get("start") or "", c["id"])  # noqa: E731
    proposition = _across_documents(members) or _describe(events, against)
    return Dispute(proposition=proposition, events=[e["id"] for e in events],
                   for_=[_side(c) for c in sorted(support, key=key)],
                   against=[_side(c) for c in sorted(against, key=key)])
