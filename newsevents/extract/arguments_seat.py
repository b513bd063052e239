"""Where an act done at home happened when the text names no town: the seat of the actor's state
(its capital). A summons is at the summoning state's foreign ministry, in its capital; a meeting
the text places in the actor's own country and no finer ("Iran's Supreme National Security
Council met in Iran") is there too. Split from arguments.py (the events stage calls it as
``arguments.seat_of``).
"""

from __future__ import annotations

from newsevents.model import Party, Place

# events a state performs at home, in its capital unless a town of its own is named: a summons
# happens at the foreign ministry of the state that summons ("Paris a convoqué l'ambassadeur").
SEAT_TYPES = frozenset({"diplomatic_protest"})
# acts placed at the seat only when the text places them in the actor's own country and no finer:
# "Iran's Supreme National Security Council met" (Iran) is in Tehran; a call or talks placed
# nowhere are not guessed (two sides, two capitals)
COUNTRY_SEAT_TYPES = frozenset({"consultation"})
SEAT_SAME_KM = 30.0  # a capital and the town its name reads as are one place within this distance


def seat_of(event_type: str, actors: list[Party], place: Place | None) -> Place | None:
    """The capital of the first actor's country for an act done at home (SEAT_TYPES; for
    COUNTRY_SEAT_TYPES only in place of that country itself), when no town of that country is the
    event's place already; None otherwise. The place's evidence is the words naming the actor."""
    if event_type not in SEAT_TYPES | COUNTRY_SEAT_TYPES:
        return None
    actor = next((p for p in actors if p.country), None)
    if actor is None or actor.country is None:
        return None
    if event_type in COUNTRY_SEAT_TYPES and not (
            place is not None and place.precision == "country" and place.country == actor.country):
        return None
    if place is not None and place.country == actor.country and place.precision in ("city", "site"):
        return None
    from newsevents.geo import gazetteer, haversine_km

    gaz = gazetteer()
    capital = gaz.capital_of(actor.country)
    if capital is None:
        return None
    # the reading the `where` stage gives the capital's name, so that a summons whose text names
    # the capital ("à New Delhi" -> Delhi) is the same place as the seat (GeoNames: New Delhi)
    named = gaz.best(capital.name, kinds=("city",))
    if named is not None and haversine_km(named.lat, named.lon, capital.lat, capital.lon) <= SEAT_SAME_KM:
        capital = named
    return Place(capital.name, capital.country, round(capital.lat, 5), round(capital.lon, 5), "city",
                 capital.admin1, capital.geonameid, actor.text, actor.span)
