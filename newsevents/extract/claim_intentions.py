"""An intention ruled out is no version of what happened: "Thailand said it had no plans to attack
Cambodian territory", "il n'est pas question de frapper l'Iran", "we have no intention of bombing".

Why apart from link.py: the words deny (content cues ``deny``), and they name the other side and
its land, so the weak link (shared party and place) made them a denial of the incident the page
tells, and a contradiction of the account of it. Yet the speaker speaks of what it will not do,
not of what was done: the claim is about no incident and contradicts no account. Read once, after
the links are made (link.run), on the claimed words: a phrase of the language's
``ruled_out_cues``. A denial that also names the incident's words keeps them (the strong link,
words inside the claim, is not undone here: only claims whose incident lies outside their words).
"""

from __future__ import annotations

from newsevents.extract.stance import Lexicon, fold
from newsevents.extract.status import inside
from newsevents.model import Article


def unlink_ruled_out(lex: Lexicon | None, article: Article) -> None:
    """Clear ``about`` and ``contradicts`` (both ways) of a denial that rules out an intention."""
    if lex is None or not lex.ruled_out_cues:
        return
    by_id = {c.id: c for c in article.claims}
    events = {e.id: e for e in article.events}
    for claim in article.claims:
        if claim.stance != "deny" or not any(p in fold(claim.content) for p in lex.ruled_out_cues):
            continue
        if any(e is not None and inside(e.trigger, claim.content_span)
               for e in map(events.get, claim.about)):
            continue
        claim.about = []
        for other_id in claim.contradicts:
            other = by_id.get(other_id)
            if other is not None and claim.id in other.contradicts:
                other.contradicts.remove(claim.id)
        claim.contradicts = []
