"""Drafts of airspace incursions ("violation de l'espace aérien", "drones entered the airspace"):
what types them and what tells them apart from a hit told beside them. Apart from drafts.py,
which groups every kind of incident, because an incursion is typed by what crossed, which a
mention other than its own may name (another report of it, the drones downed in it)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsevents.extract.drafts import Draft

# place precisions of a town or a site: a hit placed so is told apart from an incursion
PRECISE = frozenset({"site", "city"})


def crossed(a: Draft, b: Draft) -> str | None:
    """The type an incursion with no weapon of its own (`other`, not violent) takes from another
    mention of it: the weapon the other incursion names ("Violation de l'espace aérien" over "une
    violation de l'espace aérien par un drone") or the one an interception downed ("les drones
    abattus"). Not the interception's own type, which its agent may give ("shot down by fighter
    jets": the jets did not cross)."""
    if not a.incursion or a.violent:
        return None
    if b.incursion and b.violent:
        return b.type
    return b.downed if b.alone is not None else None


def incursion_and_hit(a: Draft, b: Draft) -> bool:
    """An airspace incursion and a hit on a site told in other sentences are two incidents, even
    on one night: "l'armée a signalé une violation de l'espace aérien du pays" and "un missile a
    frappé un immeuble dans le village de X" (news-dev's golds code the incursion over the country
    and the house hit in a village apart). The hit names what it struck or a town."""
    if a.incursion == b.incursion or a.sents & b.sents:
        return False
    hit = b if a.incursion else a
    return bool(hit.targets) or (hit.place is not None and hit.place.precision in PRECISE)
