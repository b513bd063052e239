"""A protest placed by a town's own building and nothing else ("des milliers de manifestants se sont
rassemblés devant la mairie", "protesters gathered outside city hall"): in the town of the act told
before it in the story (the arrest of that town's mayor).

Why: the gazetteer has towns, not a town's city hall or court; such a gathering kept no place while
the act it answers was placed ("La police a arrêté mercredi le maire de Tbilissi ... Des milliers de
manifestants se sont rassemblés devant la mairie"). The building is a word of `civic_sites`
(events.yaml) hanging from a preposition of the scene (`civic_prepositions`) in the protest's
sentence; the town is the place, of a town's precision, of the nearest draft told before it.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsevents.extract.drafts import Draft
    from newsevents.extract.events import Context

CIVIC_TYPES = frozenset({"protest"})


def civic_town(ctx: Context, drafts: list[Draft]) -> None:
    """Place each unplaced protest at a civic building in the town of the act told before it."""
    sites, preps = ctx.words("civic_sites"), ctx.words("civic_prepositions")
    if not sites or not preps:
        return
    for d in drafts:
        if d.type not in CIVIC_TYPES or d.place is not None or not _at_civic_site(ctx, d, sites, preps):
            continue
        before = [o for o in drafts if o is not d and o.place is not None and o.place.precision == "city"
                  and max(o.sents) <= d.sent]
        if before:
            d.place = replace(max(before, key=lambda o: max(o.sents)).place)


def _at_civic_site(ctx: Context, d: Draft, sites: frozenset[str], preps: frozenset[str]) -> bool:
    for tok in ctx.sentence(d.sent):
        if tok.lemma_.lower() not in sites and tok.lower_ not in sites:
            continue
        marks = [c for c in tok.children if c.dep_ == "case"]
        if tok.head.pos_ == "ADP":
            marks.append(tok.head)
        if any(m.lower_ in preps for m in marks):
            return True
    return False
