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


def apart_from_actors(actors: list[Party], targets: list[Party]) -> list[Party]:
    """The targets of an incident that are none of its actors: a party is never both ("Lithuania
    shoots down Russian drones over its territory", merged with "drones that crossed into
    Lithuanian airspace": Lithuania downed, it is no target), nor is the state a state's forces
    act for ("the Estonian army ... Estonia"). People of that country hit stay targets: only the
    state itself is dropped."""
    names = {p.name.lower() for p in actors}
    states = {p.country for p in actors if p.kind in STATE_SIDE_KINDS and p.country}
    return [p for p in targets if p.name.lower() not in names
            and not (p.kind == "state" and p.country in states)]
