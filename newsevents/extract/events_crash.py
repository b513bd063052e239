"""Stage `events`, step 5 (see extract/events.py): a crewed aircraft's crash and its downing told next.

Why a module of its own: wire copy tells an air crash first, dated and placed ("a military cargo
plane crashed near X on Tuesday, killing nine"), then what brought it down in the next sentence,
undated ("the army said it had been shot down by a drone", "Kiev a affirmé que l'appareil avait
été abattu par la défense antiaérienne"). The crash (a trigger marked `crash` that is a label,
`anaphoric`, in lang/<code>/events.yaml) and that downing are one incident: the downing types it,
the crash gives its day. drafts.fold_mentions joins a mention to an undated host only within the
lead; a crash in the body's first sentence is not in the lead.

A crewed aircraft shot down with no crash told ("its air force had shot down five fighter jets", "a
abattu deux avions de chasse") is an act of its own too, not the interception of a strike told
with its weapon: the jets downed are its target, not the weapon that types it (_crews_downed).
"""

from __future__ import annotations

from newsevents.extract.drafts import Draft, dates_compatible, type_table

# sentences between a crash and the downing told after it; from a headline, past a dateline's line
CRASH_REACH = 1
LEAD_CRASH_REACH = 2


def _crash(d: Draft) -> bool:
    return d.anaphoric and all(t.spec.crash for t in d.triggers)


def fold_crashes(drafts: list[Draft]) -> list[Draft]:
    """Each crash joins the violent act told in the next sentence with no other day: a downing
    ("shot down", "abattu") or a strike, or the crash of the body a headline's crash announces."""
    gone: set[int] = set()
    hosts: set[int] = set()
    for d in sorted((d for d in drafts if _crash(d)), key=lambda d: -max(d.sents)):
        reach = LEAD_CRASH_REACH if d.lead else CRASH_REACH
        after = [s for s in drafts if id(s) not in gone and s is not d and s.violent and not s.distinct
                 and (id(s) in hosts or (not _crash(s) and (not s.anaphoric or s.alone is not None)))
                 and 0 < min(s.sents) - max(d.sents) <= reach and dates_compatible(s.date, d.date)]
        if not after:
            continue
        host = min(after, key=lambda s: min(s.sents))
        host.absorb(d)
        if host.type != host.alone:  # a downing typed by its weapon ("abattu avec un missile"): the act
            host.anaphoric = False
        gone.add(id(d))
        hosts.add(id(host))
    return _crews_downed([d for d in drafts if id(d) not in gone])


def _crews_downed(drafts: list[Draft]) -> list[Draft]:
    """A downing (a trigger with an `alone` type) of a crewed craft (`incursion_platforms` of
    data/event_types.yaml) is an incident of its own, typed by its own weapon, else by its `alone`
    type: the craft downed typed it as the strike it would carry, which it joined (an interception of
    drones or missiles still joins the strike they carry)."""
    table = type_table()
    crewed = {table["weapon_category_types"].get(c) for c in table.get("incursion_platforms") or ()}
    for d in drafts:
        if d.alone is not None and d.downed in crewed and d.anaphoric \
                and all(t.spec.alone is not None for t in d.triggers):
            d.anaphoric = False
            if d.type == d.downed:
                d.type = d.alone
    return drafts
