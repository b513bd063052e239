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
from newsevents.extract.drafts_incursion import PRECISE
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
    they are of one kind). The headline may have taken a toll's mention of that next sentence
    already (then its day); and it may name the body's town by its region's short name ("Gaza :
    12 morts dans une double frappe sur l'hôpital ..." then "... de Khan Younès, dans le sud de la
    bande de Gaza": Gaza, read as a town, is a word of the town's division, the Gaza Strip, which
    the body's sentence names; not "Russian strike on Kharkiv" then "a strike hit a market in
    Izium", a town of the Kharkiv region the body does not name)."""
    if not (a.violent and a.lead and not b.lead and b.sent == a.sent + 1
            and (undated(a.date) or a.sents <= {a.sent, b.sent})):
        return False
    pa, pb = a.place, b.place
    if pa is None or pb is None or pa.country != pb.country:
        return False
    if pb.admin1 and pa.name.lower() in pb.admin1.lower().split() and _names_division(b, pa.name):
        return True
    if pa.lat is None or pa.lon is None or pb.lat is None or pb.lon is None:
        return False
    return haversine_km(pa.lat, pa.lon, pb.lat, pb.lon) <= HEADLINE_SCENE_KM


def _names_division(b: Draft, name: str) -> bool:
    """The sentence of ``b`` names the headline's place word outside ``b``'s own town."""
    words = {t.lower_ for t in b.first.span.sent if not b.place or t.text not in (b.place.text or "")}
    return name.lower() in words


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


def wave_totals(a: Draft, b: Draft) -> bool:
    """``b`` counts the night's wave with no town of its own ("Russia launched 310 drones and 22
    missiles overnight") and shares a weapon family with ``a``, the wave's strike on a town ("a
    missile and drone attack hit apartment blocks in X"): one attack told twice, not two."""
    from newsevents.extract.drafts import weapon_families  # drafts imports this module

    return a.place is not None and a.place.precision in PRECISE \
        and (b.place is None or b.place.precision == "country") \
        and bool(weapon_families(a.weapons) & weapon_families(b.weapons))
