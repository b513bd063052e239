"""A side's statement retelling its own strike is that strike, not another one dated by publication.

Why: "An Israeli air strike hit Sanaa International Airport on Wednesday, killing three people.
The Israeli military said its fighter jets had struck 'terror infrastructure' at the airport and at
power stations in the port of Hodeidah. Thirty people were wounded, the ministry said": the
statement tells no day of its own, so it stood as a third strike dated by publication, with the
toll of the next sentence. A statement by the strike's own side (an actor of the same country)
naming the strike's target again, with no day of its own, retells that strike: it takes the
strike's day, the target named again and a toll borrowed from another sentence go back to the
strike, and what else it names (Hodeidah's power stations) stays a strike of its own that day.
A statement naming nothing else joins the strike.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsevents.model import Party

if TYPE_CHECKING:
    from newsevents.extract.drafts import Draft
    from newsevents.extract.events import Context


def _countries(parties: list[Party]) -> set[str]:
    return {p.country for p in parties if p.country}


def _named_again(d: Draft, host: Draft) -> list[Party]:
    """`d`'s targets the host names too ("the airport" after "Sanaa International Airport")."""
    heads = {p.name.lower().split()[-1] for p in host.targets if p.kind == "facility" and p.name.split()}
    return [p for p in d.targets if p.kind == "facility" and p.name.lower() in heads]


def _host(ctx: Context, d: Draft, drafts: list[Draft]) -> Draft | None:
    if not d.violent or (d.date is not None and not d.date.inferred) or d.dates \
            or ctx.claim_at(d.first.root.i) is None or not _countries(d.actors):
        return None
    told = [h for h in drafts if h is not d and h.violent and h.family == d.family and max(h.sents) < d.sent
            and h.date is not None and not h.date.inferred and _countries(h.actors) & _countries(d.actors)
            and _named_again(d, h)]
    return max(told, key=lambda h: max(h.sents)) if told else None


def fold_retold(ctx: Context, drafts: list[Draft]) -> list[Draft]:
    """Re-date or join a side's statement retelling its own strike (see module)."""
    out: list[Draft] = []
    for d in drafts:
        host = _host(ctx, d, drafts)
        if host is None:
            out.append(d)
            continue
        borrowed = {r.mention.span for r in ctx.numbers
                    if r.mention.span in d.spans and r.sent not in d.sents}
        own_toll = any(r.mention.span in d.spans and r.sent in d.sents for r in ctx.numbers)
        if borrowed and not own_toll:  # the next sentence's toll is the strike's, told before
            host.fatalities = d.fatalities if host.fatalities is None else host.fatalities
            host.injured = d.injured if host.injured is None else host.injured
            host.spans.extend(s for s in d.spans if s in borrowed)
            d.fatalities = d.injured = None
            d.spans = [s for s in d.spans if s not in borrowed]
        again = {id(p) for p in _named_again(d, host)}
        rest = [p for p in d.targets if id(p) not in again and p.kind == "facility"]
        if not rest:
            d.places, d.place, d.targets = [], None, [p for p in d.targets if id(p) not in again]
            host.absorb(d)
            continue
        d.targets = [p for p in d.targets if id(p) not in again]
        d.date, d.dates = host.date, list(host.dates)
        out.append(d)
    return out
