"""Stage `events` (see extract/events.py): the country a summons told in a fronted scene is made by.

Why a module of its own: in a round-up of summonses ("Berlin a convoqué l'ambassadeur ... En
Finlande, l'ambassadeur a également été convoqué par le ministère des Affaires étrangères"), the
bare ministry names no country, and the one named before it is another's; the sentence's fronted
country ("En Finlande,", "In Finland,") says who summoned. Without it, that summons takes the
earlier summoner and joins its act.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsevents.extract.targets import country_of
from newsevents.model import Party, Place
from newsevents.parties.countries import country_name

if TYPE_CHECKING:
    from newsevents.extract.drafts import Draft
    from newsevents.extract.events import Context

# words between the preposition and the comma that closes a fronted country ("En Finlande,")
FRONTED_WORDS = 4


def fronted_summoner(ctx: Context, d: Draft) -> Party | None:
    """The country the summons' sentence opens on after a host preposition, closed by a comma
    ("En Finlande, frontalière de la Russie, ...", "In Finland, ..."), when none of the draft's
    actors is of that country."""
    sent = ctx.sentence(d.sent)
    if len(sent) < 3 or sent[0].lower_ not in ctx.words("host_prepositions"):
        return None
    place = next((r for r in ctx.places if sent.start < r.start <= sent.start + 2
                  and getattr(r.value, "precision", None) == "country"), None)
    if place is None or place.end >= sent.end or ctx.doc[place.end].text != "," \
            or place.end - sent.start > FRONTED_WORDS:
        return None
    text = ctx.doc[place.start:place.end].text
    found = country_of(text, ctx.lang)
    if found is None or any(a.country == found[1] for a in d.actors):
        return None
    return Party(found[0], "state", found[1], None, text, ctx.original(ctx.doc[place.start:place.end]))


def host_summoner(post: Place) -> list[Party]:
    """One of several envoys summoned, each at his post, with no summoner of its own ("tout comme
    son homologue à Paris"): the country of the post summoned him."""
    name = country_name(post.country) if post.country else None
    return [Party(name, "state", post.country)] if name else []
