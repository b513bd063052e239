"""A river named like a country or a town is not that place ("the Niger River", "le fleuve Congo").

Why: the gazetteer knows populated places and divisions, not watercourses, so "a boat struck a mine
on the Niger River" read the country Niger (1,000 km from the river's Malian reach) and "crossed the
Dnipro River" the city of Dnipro (the front line on the river is 300 km downstream). The word of a
watercourse next to the name (``river_after``/``river_before`` in ``lang/<code>/places.yaml``)
says it is the river: the name is dropped before the document's context is counted, so it neither
places an incident nor lends its namesake country to the context. The incident keeps the other
places of its sentence ("near Gao").
"""

from __future__ import annotations

from typing import Any

from newsevents.extract.where_spots import Spot
from newsevents.lang import section_words


def named_rivers(doc: Any, spots: list[Spot]) -> list[Spot]:
    """The spots without those that name a river (a watercourse word right after or before)."""
    after = section_words(doc.lang_, "places", "river_after")
    before = section_words(doc.lang_, "places", "river_before")
    if not (after or before):
        return spots
    return [s for s in spots if not _river(doc, s, after, before)]


def _river(doc: Any, spot: Spot, after: frozenset[str], before: frozenset[str]) -> bool:
    if spot.name_end < len(doc) and doc[spot.name_end].lower_ in after:
        return True
    return spot.name_start > 0 and doc[spot.name_start - 1].lower_ in before
