"""A denial made before the incident cannot deny it: "The ELN did not claim the attack. In a
statement last week, the rebel group had denied targeting civilians", "La semaine dernière, le
groupe avait démenti viser des civils".

Why apart from link.py: link._about ties a claim to the incidents sharing its words (a place, a
target, the speaker as the incident's actor), whenever the claim was made; a denial dated before
the incident's day is background (the side's earlier position), no answer to the incident, so it
neither is about it nor contradicts the accounts of it, and the incident is not `disputed` for it.
Read once, after the links are made (link.run), on the claim's own date (claims._date_of: a time
expression by its reporting verb) and the incident's.
"""

from __future__ import annotations

from newsevents.model import Article, Claim, Event

# Stances that answer an incident, which a statement made before it cannot do
_ANSWERING = frozenset({"deny", "retract"})


def unlink_earlier_denials(article: Article) -> None:
    """Drop from each denial dated wholly before an incident that incident in ``about``, and its
    contradiction links with claims about that incident only (both ways)."""
    events = {e.id: e for e in article.events}
    by_id = {c.id: c for c in article.claims}
    for claim in article.claims:
        if claim.stance not in _ANSWERING or claim.date is None or not claim.about:
            continue
        earlier = {i for i in claim.about if i in events and _before(claim, events[i])}
        if not earlier:
            continue
        claim.about = [i for i in claim.about if i not in earlier]
        for other_id in list(claim.contradicts):
            other = by_id.get(other_id)
            if other is None or (other.about and not set(other.about) <= earlier):
                continue
            claim.unlink(other)


def _before(claim: Claim, event: Event) -> bool:
    """The statement's date ends before the incident's begins ("last week" before Monday)."""
    return claim.date is not None and event.date is not None and claim.date.end < event.date.start
