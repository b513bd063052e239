"""Stage `events`: a headline's strike and the body's first sentence placing it in another town of
the same scene, before the drafts of one incident are merged (drafts.fold_mentions).

Why a module of its own: "Israeli strike on Gaza school shelter kills 15" then "An Israeli air
strike on a school ... in Jabalia in the northern Gaza Strip killed at least 15": the headline
names the scene by its best-known town, the body by the one it happened in; two towns are two
scenes elsewhere in a text, so the headline's act stood as a second incident dated the day of
publication. drafts.py, which merges the drafts of one incident, is at its size limit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsevents.extract.drafts_umbrellas import undated
from newsevents.geo import haversine_km
from newsevents.settings import HEADLINE_SCENE_KM

if TYPE_CHECKING:
    from newsevents.extract.drafts import Draft


def headline_scene(a: Draft, b: Draft) -> bool:
    """``a`` is an undated violent act of the headline (the lead), ``b`` one told in the sentence
    right after it, both placed in one country HEADLINE_SCENE_KM apart at most (the caller checks
    they are of one kind)."""
    if not (a.violent and a.lead and not b.lead and undated(a.date) and b.sent == max(a.sents) + 1):
        return False
    pa, pb = a.place, b.place
    if pa is None or pb is None or pa.country != pb.country:
        return False
    if pa.lat is None or pa.lon is None or pb.lat is None or pb.lon is None:
        return False
    return haversine_km(pa.lat, pa.lon, pb.lat, pb.lon) <= HEADLINE_SCENE_KM
