"""What a speaker's follow-up words are about: the incident of the words they said just before.

Why: wire copy tells an incident through a speaker, then quotes the same speaker on it ("Trois
personnes ont été tuées lorsqu'un drone a frappé un bus, a annoncé le gouverneur. « Les Russes
ont délibérément visé un bus rempli de civils », a-t-il écrit."). The quote names no incident
word, and shares too little with the incident (the actor, a target noun) for the weighed score of
link._about; but coming next from the same mouth, and sharing something with what they said
before, it speaks of the same matter. So a claim tied to no incident takes the incidents of the
claim just before it in the text when:

- it is a direct quote (the speaker's own voice on the matter; reported words "Ukraine also
  handed over 11 sailors, X said" tell an act of their own, which the events stage may have missed);
- both have the same speaker and no other claim lies between them;
- its words are at most FOLLOW_UP_MAX_SENTENCES sentences after (a new paragraph of another
  matter is further away, or has its own claims in between);
- no other incident is told between the two (the quote would then rather speak of that one);
- its words share one thing with the incident or with the claim before: a party, place, date or
  weapon (generic ones too, "ce drone") of the incident, or a common noun of the claim before
  ("bus"). A quote sharing nothing ("« Nous demandons une aide internationale »") stays unlinked.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence
    from datetime import date

    from newsevents.model import Claim, Event

# How many sentences (cue to cue) a follow-up may lie after the speaker's claim on the incident:
# the next sentence, or the one after when the parser cuts a quote off its "a-t-il écrit".
FOLLOW_UP_MAX_SENTENCES = 2


class _Feats(Protocol):
    """link.Features, the few sets read here (a Protocol: link imports this module)."""

    weapons: set[str]
    places: set[str]
    parties: set[str]
    dates: list[tuple[date, date]]
    arms: set[str]


def follow_up_about(claims: Sequence[Claim], feats: Sequence[_Feats], nouns: dict[str, set[str]],
                    events: Sequence[Event], event_feats: Callable[[Event], _Feats]) -> None:
    """Set ``about`` on each unlinked claim that follows up its speaker's claim on an incident."""
    order = sorted(range(len(claims)), key=lambda i: claims[i].content_span[0])
    by_id = {e.id: e for e in events}
    for before, after in pairwise(order):
        prev, claim = claims[before], claims[after]
        if claim.about or not claim.direct_quote or not prev.about or not _same_speaker(prev, claim):
            continue
        if prev.sentence < 0 or not 0 <= claim.sentence - prev.sentence <= FOLLOW_UP_MAX_SENTENCES:
            continue
        start, end = prev.content_span[1], claim.content_span[0]
        if any(start <= e.trigger[0] < end and e.id not in prev.about for e in events):
            continue
        f = feats[after]
        told = [by_id[i] for i in prev.about if i in by_id]
        if nouns.get(claim.id, set()) & nouns.get(prev.id, set()) \
                or any(_shares(f, event_feats(e), e) for e in told):
            claim.about = list(prev.about)


def _same_speaker(a: Claim, b: Claim) -> bool:
    return a.speaker.name.strip().lower() == b.speaker.name.strip().lower()


def _shares(f: _Feats, g: _Feats, event: Event) -> bool:
    """One party, place, date or weapon of the claim's words is the incident's."""
    arms = {w.name.strip().lower() for w in event.weapons}
    if f.parties & g.parties or f.places & g.places or f.weapons & g.weapons or f.arms & arms:
        return True
    return any(s1 <= e2 and s2 <= e1 for s1, e1 in f.dates for s2, e2 in g.dates)
