"""Stage `events`: what names the scene of an incident and what does not. A headline's strike and
the body's first sentence placing it in another town of the same scene are one incident
(headline_scene, read by drafts.fold_mentions); the flag a ship flies names no scene (flag_place).

Why a module of its own: "Israeli strike on Gaza school shelter kills 15" then "An Israeli air
strike on a school ... in Jabalia in the northern Gaza Strip killed at least 15": the headline
names the scene by its best-known town, the body by the one it happened in; two towns are two
scenes elsewhere in a text, so the headline's act stood as a second incident dated the day of
publication. drafts.py, which merges the drafts of one incident, is at its size limit.

"Le missile a frappé le vraquier battant pavillon de la Barbade", "the Panama-flagged bulk
carrier": the country is the ship's registry, and read as a place it made the strike a second
incident in the Caribbean.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsevents.extract.arguments import _cues
from newsevents.extract.drafts_umbrellas import undated
from newsevents.geo import haversine_km
from newsevents.settings import HEADLINE_SCENE_KM

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from newsevents.extract.arguments import Ref
    from newsevents.extract.drafts import Draft

# the words a flag word may have between it and the country ("pavillon de la Barbade")
FLAG_GAP_POS = frozenset({"ADP", "DET"})
FLAG_GAP = 2


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


def flag_place(doc: Doc, ref: Ref, language: str) -> bool:
    """The place mention is the flag a ship flies: after a flag word, only prepositions and
    articles between ("battant pavillon de la Barbade", "sous pavillon panaméen"), or before
    "-flagged" ("a Panama-flagged bulk carrier"); `flag_words` of arguments.yaml."""
    flag_words = _cues(language)["flag_words"]
    after = doc[ref.end:ref.end + 2]
    if len(after) == 2 and after[0].text == "-" and after[1].lower_ in flag_words:
        return True
    i = ref.start - 1
    while i >= 0 and ref.start - i <= FLAG_GAP + 1 and doc[i].pos_ in FLAG_GAP_POS:
        i -= 1
    return i >= 0 and ref.start - i <= FLAG_GAP + 1 and doc[i].lower_ in flag_words
