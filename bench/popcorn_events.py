"""Recall of violent event mentions and of casualty counts on POPCORN (French, 400 short reports).

    .venv/bin/python bench/popcorn_events.py [--limit N] [--errors]

POPCORN annotates event entities (BOMBING, POLITICAL_VIOLENCE, RIOT, CIVIL_WAR_OUTBREAK, ... plus
non-violent ACCIDENT, FIRE, NATURAL_EVENT ...) with their mentions, and DEATHS_NUMBER /
INJURED_NUMBER relations from an event to a quantity whose ``value`` is the count (the quantity's
mention offsets are unreliable, so only the value is used).

Measures:
- event recall, per violent POPCORN type: a gold event is found when one of our events has a
  supporting span (trigger or argument words) overlapping one of its mentions;
- document recall: documents with a violent gold event where we code at least one violent event;
- casualty recall: a DEATHS_NUMBER (INJURED_NUMBER) value is found when one of our events in the
  document has ``fatalities`` (``injured``) equal to it. Reported for relations from violent
  events (what the schema codes) and for all relations (accidents and disasters included, which
  the schema does not cover, so a low figure there is expected).
  POPCORN writes an uncounted plural ("plusieurs blessés", "de nombreuses victimes") as a
  QUANTITY_FUZZY of value 2 where we write 1 (at least one), as bench/popcorn_numbers.py notes;
  such a gold count is found when our event has 1 ("some"). The strict figure (exact value) is
  printed too.
The texts have no publication date; a fixed one is given so that undated news is kept.
"""

from __future__ import annotations

import sys
from collections import Counter
from datetime import date

from popcorn import ROOT, command_line, is_fuzzy_some, load, quantity_value

sys.path.insert(0, str(ROOT))

VIOLENT = ("BOMBING", "POLITICAL_VIOLENCE", "RIOT", "CIVIL_WAR_OUTBREAK", "COUP_D_ETAT")
VIOLENT_EVENT_TYPES = ("missile_strike", "air_strike", "drone_strike", "shelling", "explosion",
                       "armed_clash", "attack_on_civilians")
PUBLISHED = date(2020, 1, 1)


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(a < end and start < b for a, b in spans)


def main() -> None:
    args = command_line(__doc__, "print the missed gold events")

    from newsevents.model import Article, Published
    from newsevents.pipeline import Failure, Pipeline

    data, keys = load(args.limit)
    articles = [Article(text=data[k]["text"], id=k, language="fr", published=Published(PUBLISHED))
                for k in keys]
    gold_n: Counter[str] = Counter()
    found_n: Counter[str] = Counter()
    cas = Counter()
    docs_violent = docs_found = 0
    for art in Pipeline().process_many(articles):
        if isinstance(art, Failure):
            print(f"failed: {art.where}: {art.error}", file=sys.stderr)
            continue
        doc = data[art.id]
        entities = {e["id"]: e for e in doc["entities"]}
        spans = [s for e in art.events for s in (e.spans or [e.trigger])]
        violent = [e for e in doc["entities"] if e["type"] in VIOLENT]
        if violent:
            docs_violent += 1
            docs_found += any(e.type in VIOLENT_EVENT_TYPES or (e.plover or {}).get("mode") == "riot"
                              for e in art.events)
        for ent in violent:
            gold_n[ent["type"]] += 1
            hit = any(_overlaps(spans, m["start"], m["end"]) for m in ent["mentions"])
            found_n[ent["type"]] += hit
            if not hit and args.errors:
                print(f"missed {art.id} {ent['type']}: {[m['value'] for m in ent['mentions']]}")
        for head, rel, tail in doc["relations"]:
            if rel not in ("DEATHS_NUMBER", "INJURED_NUMBER"):
                continue
            value = quantity_value(entities[tail])
            field = "fatalities" if rel == "DEATHS_NUMBER" else "injured"
            accepted = {value}
            if is_fuzzy_some(entities[tail], value):
                accepted.add(1)
            strict = value is not None and any(getattr(e, field) == value for e in art.events)
            hit = value is not None and any(getattr(e, field) in accepted for e in art.events)
            scope = "violent" if entities[head]["type"] in VIOLENT else "other"
            cas[(scope, rel, "gold")] += 1
            cas[(scope, rel, "found")] += hit
            cas[(scope, rel, "strict")] += strict
            if not hit and args.errors and scope == "violent":
                ours = [(e.type, e.fatalities, e.injured) for e in art.events]
                print(f"missed {art.id} {rel} = {value}: {ours}")

    print(f"POPCORN train: {len(keys)} documents")
    print(f"{'violent type':22} {'gold':>5} {'found':>6} {'recall':>7}")
    for t in VIOLENT:
        if gold_n[t]:
            print(f"{t:22} {gold_n[t]:>5} {found_n[t]:>6} {found_n[t] / gold_n[t]:>7.3f}")
    total, hit = sum(gold_n.values()), sum(found_n.values())
    print(f"{'all violent':22} {total:>5} {hit:>6} {hit / max(total, 1):>7.3f}")
    print(f"documents with a violent event coded: {docs_found}/{docs_violent} "
          f"= {docs_found / max(docs_violent, 1):.3f}")
    for scope in ("violent", "other"):
        for rel in ("DEATHS_NUMBER", "INJURED_NUMBER"):
            g, f, x = cas[(scope, rel, "gold")], cas[(scope, rel, "found")], cas[(scope, rel, "strict")]
            if g:
                print(f"casualties {rel:15} from {scope:7} events: {f}/{g} = {f / g:.3f}"
                      f"  (exact value only: {x}/{g} = {x / g:.3f})")


if __name__ == "__main__":
    main()
