"""An act told only through its own doer's announcement is ``alleged`` (SCHEMA: ``reported`` is
stated as fact by the article, ``alleged`` only attributed to a source).

"L'armée israélienne annonce avoir frappé le réacteur", "the militia said its fighters had
attacked the base": the article vouches for nothing; the doer's word is the only account of the
act, as the news-dev annotators read it ("junta version only: the strike hit a weapons store" is
alleged). The events stage keeps a statement of an official as how the article knows of a strike
("a missile hit Kyiv, the ministry said"); what makes the difference is that the speaker is the
doer, which only the claims (stage `link`) tell: so this runs after the statuses from the claims.

Violent acts only (drafts.is_violent), as for events_alleged's reported speech: a summons, a
meeting or an exchange is announced by those who take part in it, which is how the article knows.
The doer: one of the incident's actors by name or country (status._accused), or, when the
incident names no actor, words that open on the speaker's own pronoun, possessive or a bare
infinitive (``own_doer_words`` of lang/*/claims.yaml: "its fighters", "avoir frappé"). Another
speaker telling the incident (the struck side's toll), or any word of it outside the doer's claim
(a headline, the article's own sentence), leaves it as it was.

Why a module of its own: one job (a status rule), and status.py is read by several stages.
"""

from __future__ import annotations

from newsevents.extract.drafts import is_violent
from newsevents.extract.status import _accused as accused
from newsevents.lang import section_words
from newsevents.model import Claim, Event

# stances whose words tell the act (status.TELLING)
_TELLING = frozenset({"assert", "condemn"})


def allege_own_acts(claims: list[Claim], events: list[Event], language: str | None) -> None:
    """Mark ``alleged`` each reported incident whose every word lies in claims telling it by its
    doer (see the module docstring)."""
    own = section_words(language, "claims", "own_doer_words") if language else frozenset()
    for e in events:
        if e.status != "reported" or e.trigger is None or not e.spans or not is_violent(e.type):
            continue
        told = [c for c in claims if e.id in c.about and c.stance in _TELLING]
        if not told or not any(_within(e.trigger, c.content_span) for c in told):
            continue
        if not all(_doer(c, e, own, events) for c in told):
            continue
        if all(any(_within(s, w) for c in told for w in (c.content_span, *c.spans)) for s in e.spans):
            e.status = "alleged"


def _within(span: tuple[int, int], outer: tuple[int, int]) -> bool:
    return outer[0] <= span[0] and span[1] <= outer[1]


def _doer(claim: Claim, event: Event, own: frozenset[str], events: list[Event]) -> bool:
    """The claim's speaker is the incident's doer: an actor by name or country, or (no actor
    named) the claimed words open on the speaker's own word ("its fighters", "avoir frappé") and
    the incident is the first act they tell: "it struck nine sites ..., two weeks after an attack
    on tourists killed 26" makes the speaker the doer of the strikes, not of the attack recalled."""
    if event.actors:
        return accused(claim.speaker, event)
    words = claim.content.strip().lower().replace("’", "'").split()
    first = words[0].split("'")[-1] if words else ""
    if not words or not (words[0] in own or first in own) or event.trigger is None:
        return False
    told_before = (o for o in events if o is not event and o.id in claim.about and o.trigger is not None
                   and _within(o.trigger, claim.content_span) and o.trigger[0] < event.trigger[0])
    return next(told_before, None) is None
