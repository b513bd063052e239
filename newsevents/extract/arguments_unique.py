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
