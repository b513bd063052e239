"""Claims across documents: one claim per statement however many outlets relay it, and the
contradictions between documents, each naming the proposition both sides speak of.

Two claims of different documents are **the same statement** when their speakers have one party
key (newsevents/parties/identity.py), their stances are equal, they are about one incident, and
either their contents are close (rapidfuzz token_set_ratio >= CLAIM_FUZZ, within one language) or,
across languages (a translation shares no words), they are dated alike. Two claims **contradict**
when one denies what the other asserts about one incident (or about two reports naming the same
specific weapon in the same period, with no other perpetrator: "X fired a Scud in October" / "X
never used Scuds that year"), by speakers with different keys.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from rapidfuzz import fuzz

from newsevents.parties.identity import fold, key_of
from newsevents.propositions import proposition, same_fact
from newsevents.resolve import config
from newsevents.resolve.keys import Key, documents, key_of_event

Record = dict[str, Any]
NEGATIVE = frozenset({"deny", "retract"})
POSITIVE = frozenset({"assert", "condemn", "question", "demand"})


def speaker_key(claim: Record) -> str:
    return key_of(claim.get("speaker") or {})


def opposed(a: Record, b: Record) -> bool:
    """One denies what the other asserts (the same fact of it, propositions.same_fact), and they
    are different speakers."""
    sa, sb = a.get("stance"), b.get("stance")
    if not ((sa in NEGATIVE and sb in POSITIVE) or (sb in NEGATIVE and sa in POSITIVE)):
        return False
    # "not hit directly" against "debris fell on it": two facts of one incident, no dispute
    return speaker_key(a) != speaker_key(b) and not _one_country(a, b) and same_fact(a, b)


def _one_country(a: Record, b: Record) -> bool:
    """Two speakers of one country (a governor and the presidency's spokesman) are one side: as
    within an article (extract/link.py), their accounts of one incident are not a dispute."""
    sa, sb = a.get("speaker") or {}, b.get("speaker") or {}
    # an armed group is no side of its country's state (extract/link.py _same_country)
    return sa.get("country") is not None and sa.get("country") == sb.get("country") \
        and "group" not in (sa.get("kind"), sb.get("kind"))


def _when(c: Record) -> tuple[str, str] | None:
    d = c.get("date") or {}
    return (str(d["start"]), str(d.get("end") or d["start"])) if d.get("start") else None


def same_statement(a: Record, b: Record, incidents_a: set[str], incidents_b: set[str],
                   language_a: str | None, language_b: str | None) -> bool:
    """Two outlets relaying one statement (see the module docstring)."""
    if documents(a) & documents(b) or a.get("stance") != b.get("stance"):
        return False
    if speaker_key(a) != speaker_key(b) or not incidents_a & incidents_b:
        return False
    if language_a == language_b:
        ratio = fuzz.token_set_ratio(fold(str(a.get("content") or "")), fold(str(b.get("content") or "")))
        return ratio >= config.CLAIM_FUZZ
    wa, wb = _when(a), _when(b)
    return wa is None or wb is None or (wa[0] <= wb[1] and wb[0] <= wa[1])


def weapon_linked(ka: Key, aa: frozenset[str], kb: Key, ab: frozenset[str]) -> bool:
    """Two unmerged reports whose claims still speak of one act: the same specific weapon,
    compatible types, overlapping dates, and no different perpetrators."""
    if not ka.weapons & kb.weapons or not config.compatible(ka.type, kb.type):
        return False
    return ka.start <= kb.end and kb.start <= ka.end and (not aa or not ab or bool(aa & ab))


def actor_keys(e: Record) -> frozenset[str]:
    return frozenset(key_of(p) for p in e.get("actors") or [] if p.get("name"))


def link_claims(claims: list[Record], events: list[Record], id_map: dict[str, str]) -> list[Record]:
    """Claims with ``about`` pointing at incidents and ``contradicts`` (with ``contradicts_on``:
    the proposition of each link) extended across documents. Inputs are not modified."""
    out = []
    for c in claims:
        c = dict(c)
        c["about"] = sorted({id_map.get(a, a) for a in c.get("about") or []})
        c["contradicts"] = list(c.get("contradicts") or [])
        c["contradicts_on"] = list(c.get("contradicts_on") or [])
        out.append(c)
    by_id = {e["id"]: e for e in events}
    by_event: dict[str, list[Record]] = defaultdict(list)
    for c in out:
        for a in c["about"]:
            by_event[a].append(c)
    for incident, group in by_event.items():
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                if opposed(a, b) and not documents(a) & documents(b):
                    _link(a, b, proposition(by_id.get(incident), a, b))
    _link_on_weapons(out, events)
    for c in out:
        c["contradicts"] = sorted(set(c["contradicts"]))
        seen: dict[str, Record] = {}
        for link in c["contradicts_on"]:
            seen.setdefault(link["claim"], link)
        c["contradicts_on"] = [seen[k] for k in sorted(seen)]
    return out


def _link(a: Record, b: Record, prop: str) -> None:
    if b["id"] not in a["contradicts"]:
        a["contradicts"].append(b["id"])
    if a["id"] not in b["contradicts"]:
        b["contradicts"].append(a["id"])
    a["contradicts_on"].append({"claim": b["id"], "proposition": prop})
    b["contradicts_on"].append({"claim": a["id"], "proposition": prop})


def _link_on_weapons(claims: list[Record], events: list[Record]) -> None:
    info: dict[str, tuple[Key, frozenset[str], Record]] = {}
    for e in events:
        k = key_of_event(e)
        if k is not None and k.weapons:
            info[e["id"]] = (k, actor_keys(e), e)
    by_weapon: dict[str, list[tuple[Record, str]]] = defaultdict(list)
    for c in claims:
        for a in c["about"]:
            if a in info:
                for w in info[a][0].weapons:
                    by_weapon[w].append((c, a))
    for group in by_weapon.values():
        for i, (ca, ea) in enumerate(group):
            for cb, eb in group[i + 1:]:
                if ca is cb or documents(ca) & documents(cb) or not opposed(ca, cb):
                    continue
                (ka, aa, ra), (kb, ab, _) = info[ea], info[eb]
                if weapon_linked(ka, aa, kb, ab):
                    _link(ca, cb, proposition(ra, ca, cb))


def merge_claims(claims: list[Record],
                 languages: dict[str, str] | None = None) -> tuple[list[Record], dict[str, str]]:
    """One claim per statement (see same_statement; ``about`` must already point at incidents):
    the merged claim is its smallest-id member with every member's sources, and the map old id ->
    merged id. ``contradicts`` are remapped to merged ids."""
    from newsevents.resolve.cluster import UnionFind

    languages = languages or {}
    uf = UnionFind(c["id"] for c in claims)
    by_incident: dict[str, list[Record]] = defaultdict(list)
    for c in claims:
        for a in c.get("about") or []:
            by_incident[a].append(c)

    def language(c: Record) -> str | None:
        return languages.get(min(documents(c) or {""}))

    for group in by_incident.values():
        group = sorted(group, key=lambda c: c["id"])
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                if uf.find(a["id"]) != uf.find(b["id"]) and same_statement(
                        a, b, set(a.get("about") or []), set(b.get("about") or []), language(a), language(b)):
                    uf.union(a["id"], b["id"])
    return assemble(claims, {c["id"]: uf.find(c["id"]) for c in claims})


def assemble(claims: list[Record], merged_of: dict[str, str]) -> tuple[list[Record], dict[str, str]]:
    """Merged claim records from per-document claims and the group each belongs to."""
    groups: dict[str, list[Record]] = defaultdict(list)
    for c in sorted(claims, key=lambda c: c["id"]):
        groups[merged_of.get(c["id"], c["id"])].append(c)
    out = []
    for gid, members in groups.items():
        if len(members) == 1 and gid == members[0]["id"]:
            record = dict(members[0])
        else:
            record = dict(members[0])
            record["id"] = gid
            record["sources"] = sorted((s for m in members for s in m.get("sources") or []),
                                       key=lambda s: s.get("document") or "")
            record["about"] = sorted({a for m in members for a in m.get("about") or []})
        links: dict[str, Record] = {}
        for m in members:
            for link in m.get("contradicts_on") or []:
                target = merged_of.get(link["claim"], link["claim"])
                links.setdefault(target, {"claim": target, "proposition": link["proposition"]})
            for other in m.get("contradicts") or []:
                target = merged_of.get(other, other)
                links.setdefault(target, {"claim": target, "proposition": ""})
        links.pop(gid, None)
        record["contradicts"] = sorted(links)
        record["contradicts_on"] = [links[k] for k in sorted(links)]
        out.append(record)
    return sorted(out, key=lambda c: c["id"]), dict(merged_of)
