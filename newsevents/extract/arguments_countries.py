"""Countries named as places but not as parties, as parties too ("par l'Arménie" is an agent
whichever stage tagged it). Split from arguments.py, which had reached its size limit."""

from __future__ import annotations

from spacy.tokens import Doc

from newsevents.extract.arguments import Ref, overlapping
from newsevents.extract.who_possessive import BODY_KINDS, owns_named_side
from newsevents.model import Mention, Party, Place


def country_parties(places: list[Ref], parties: list[Ref], doc: Doc | None = None) -> list[Ref]:
    """Countries named as places but not as parties, as parties too: "par l'Arménie" is an agent
    whichever stage tagged it. Not the owner of a named side ("Sudan's paramilitary Rapid Support
    Forces": who_possessive.owns_named_side)."""
    out: list[Ref] = []
    for r in places:
        place: Place = r.value
        if place.precision != "country" or overlapping(parties, r.start, r.end):
            continue
        sides = {p.start for p in parties
                 if p.value.kind in BODY_KINDS and p.value.country in (None, place.country)}
        if doc is not None and owns_named_side(doc, r.end - 1, sides):
            continue
        party = Party(place.name, "state", place.country, None, r.mention.text, r.mention.span)
        out.append(Ref(Mention("party", r.mention.span, r.mention.text, party, r.mention.sentence),
                       r.start, r.end, r.sent))
    return out
