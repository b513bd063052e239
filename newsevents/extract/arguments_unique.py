"""One party per name in an incident's actors or targets. Moved out of arguments.py (at its size
limit); arguments re-exports it as ``arguments.dedupe_parties``.

A bare site beside the same site named ("airport" beside "Damascus airport") is kept on purpose:
events_retold._named_again finds a side's retelling of its strike by that bare name, so dropping
it here split a retold strike from the strike it retells (tests/test_merge_r24c.py).
"""

from __future__ import annotations

from newsevents.model import Party


def dedupe_parties(parties: list[Party]) -> list[Party]:
    seen: set[str] = set()
    out: list[Party] = []
    for p in parties:
        key = p.name.lower()
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out


# kinds of an actor that acts for its state: its own state is never what it hits
STATE_SIDE_KINDS = frozenset({"state", "government", "military"})
# kinds of a party that undergoes rather than wages: named both as a side of a clash and as what
# was fired on, it is what was fired on
VICTIM_KINDS = frozenset({"civilians", "other", "facility"})


def apart_sides(actors: list[Party], targets: list[Party]) -> tuple[list[Party], list[Party]]:
    """(actors, targets) of an incident with no party on both sides. A party named both way is
    the actor when it can wage ("Lithuania shoots down Russian drones over its territory", merged
    with "drones that crossed into Lithuanian airspace": Lithuania downed, it is no target), the
    target when it is people or a thing ("police clash with demonstrators" merged with "police
    fired live rounds at protesters": the protesters were fired on, whoever fired). Nor is
    the state a state's forces act for a target ("the Estonian army ... Estonia"); people of that
    country hit stay targets: only the state itself is dropped."""
    names = {p.name.lower() for p in targets}
    both = {p.name.lower() for p in actors if p.name.lower() in names}
    victims = {p.name.lower() for p in actors if p.name.lower() in both and p.kind in VICTIM_KINDS}
    actors = [p for p in actors if p.name.lower() not in victims]
    states = {p.country for p in actors if p.kind in STATE_SIDE_KINDS and p.country}
    targets = [p for p in targets if p.name.lower() in victims
               or (p.name.lower() not in both and not (p.kind == "state" and p.country in states))]
    return actors, targets
