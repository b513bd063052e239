"""Stage `events`: a ship's crew taken, told after the attack on that ship, is that attack.

Why a module of its own: "Yemen's Houthi rebels said they had sunk the bulk carrier ... several crew
members were taken by the rebels. ... The embassy accused the Houthis of kidnapping the crew": the
abduction of "the crew" names the crew of the ship the story told attacked, no second incident
(the place of its sentence is the accuser's, "the U.S. Embassy in Yemen"). Such an abduction (a
trigger of the ACLED sub-event of abductions) of a crew noun (`crew_nouns` in
lang/<code>/events.yaml), with no toll, no named victim and no day of its own, joins the latest
violent incident told before it that one of its doers did (or any, when it names none), the lead's
first. Its words stay out of that incident's spans: the accuser's claim would then be about the
attack and contradict the attacker's own account of it ("we sank the ship with drones"), whose
weapons weapons_voice then drops as one side's version; the quarrel is over the crew, not the
attack. events.py is at its size limit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsevents.extract.events_split import SEIZURE_SUB_EVENT

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsevents.extract.drafts import Draft
    from newsevents.extract.events import Context

# what an abduction verb or noun takes its victims by ("kidnapping the crew", "enlevé l'équipage",
# "l'enlèvement de l'équipage", "the crew were taken")
VICTIM_DEPS = frozenset({"obj", "dobj", "nsubjpass", "nsubj:pass", "nmod", "pobj"})


def _crew_taken(ctx: Context, d: Draft) -> bool:
    """Every trigger of the abduction takes a crew noun (or "crew members": a crew noun below it)."""
    crew = ctx.words("crew_nouns")

    def named(tok: Token) -> bool:
        return tok.lemma_.lower() in crew or tok.lower_ in crew \
            or any(c.dep_ in ("compound", "nmod") and (c.lemma_.lower() in crew or c.lower_ in crew)
                   for c in tok.children)

    def takes(root: Token) -> bool:
        near = [c for c in root.children if c.dep_ in VICTIM_DEPS]
        near += [n for c in root.children if c.dep_ == "prep" for n in c.children if n.dep_ == "pobj"]
        return any(named(c) for c in near)

    return bool(d.triggers) and all(takes(t.root) for t in d.triggers)


def fold_crew_taken(ctx: Context, drafts: list[Draft]) -> list[Draft]:
    """Each abduction of a ship's crew with nothing of its own joins the attack told before it."""
    out: list[Draft] = []
    for d in drafts:
        host = None
        own_day = d.date is not None and not d.date.inferred
        if dict(d.acled or {}).get("sub_event_type") == SEIZURE_SUB_EVENT and not own_day and not d.targets \
                and d.fatalities is None and d.injured is None and _crew_taken(ctx, d):
            doers = {p.name for p in d.actors}
            told = [o for o in out if o.violent and max(o.sents) < min(d.sents)
                    and (not doers or doers & {p.name for p in o.actors})]
            # the story's ship first (the lead's attack), else the latest: "the crew" is the crew of
            # the ship the story is about, not of another recalled after it
            host = max(told, key=lambda o: (o.lead, max(o.sents))) if told else None
        if host is None:
            out.append(d)
        else:
            host.sents |= d.sents
    return out
