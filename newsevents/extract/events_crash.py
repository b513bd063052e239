"""Stage `events`, step 5 (see extract/events.py): a crewed aircraft's crash and its downing told next.

Why a module of its own: wire copy tells an air crash first, dated and placed ("a military cargo
plane crashed near X on Tuesday, killing nine"), then what brought it down in the next sentence,
undated ("the army said it had been shot down by a drone", "Kiev a affirmé que l'appareil avait
été abattu par la défense antiaérienne"). The crash (a trigger marked `crash` that is a label,
`anaphoric`, in lang/<code>/events.yaml) and that downing are one incident: the downing types it,
the crash gives its day. drafts.fold_mentions joins a mention to an undated host only within the
lead; a crash in the body's first sentence is not in the lead.
"""

from __future__ import annotations

from newsevents.extract.drafts import Draft, dates_compatible

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
    return [d for d in drafts if id(d) not in gone]
