"""Stage `where`, the evidence a document gives for a town's country, and the towns it rules out.

Why: a name that matches a town is not a place of the story unless something points to its country.
A small town in a country nothing else names is a word that happens to match (unsupported_town); a
town of any size in a country nothing else names, in a sentence that places the act in another
country and far from all of its places, is a village the gazetteer lacks that shares a foreign
city's name ("près de Kobé, à une trentaine de kilomètres de Gao, dans le nord du Mali": not Kobe,
Japan): far_abroad. Split from where.py (the evidence and the rules that read it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from newsevents.extract.where_seat import source_seat
from newsevents.geo import Candidate, Gazetteer, haversine_km, normalize
from newsevents.parties.countries import country_from_adjective

if TYPE_CHECKING:
    from newsevents.extract.where_spots import Spot

# A mislabelled entity (PER, MISC, NORP...) or an unlabelled capitalised word is read as a place
# only when it names a country, region, admin1 unit, capital, or a city at least this large.
# Tuned on the seeds and bench texts: 100k keeps weapon names that are also small towns, and first
# names, out.
STRONG_CITY_POP = 100_000

# A capitalised word outside entities that is only an *alternate* name of a city must name a city
# this large ("Dnipropetrovsk" for Dnipro; not the 100k towns whose alternates are common words)
SCAN_ALTERNATE_POP = 300_000
# ... and an alternate name ("près de Qamichli") or a mislabelled own name ("in Eilat", ORG) after
# a preposition of place names a city this large
PLACED_ALTERNATE_POP = 50_000

# Readings of a mislabelled name looked at for a strong one ("Kherson": a 66k town in GeoNames' own
# figures, but also the oblast): the first few, largest first, cover every homonym that matters.
MAX_STRONG_READINGS = 5

PERSON_LABELS = ("PER", "PERSON")


def strong(c: Candidate) -> bool:
    return c.kind != "city" or c.capital or c.population >= STRONG_CITY_POP


def country_support(doc: Any, spots: list[Spot], language: str) -> dict[str, set[str]]:
    """Country -> the evidence for it in the document: the folded names of the countries, regions
    and strong towns resolved in it (two hamlets do not vouch for each other: "Croix-Rouge" is not
    Croix and Rougé in France), and "#" for a demonym ("frappe israélienne")."""
    out: dict[str, set[str]] = {}
    for tok in doc:
        if tok.is_alpha and tok.ent_type_ not in PERSON_LABELS:
            code = country_from_adjective(tok.text, language)
            if code:
                out.setdefault(code, set()).add("#")
    for spot in spots:
        c = spot.candidate
        if c is not None and c.country and (c.kind != "city" or strong(c)):
            out.setdefault(c.country, set()).add(normalize(spot.name))
    return out


def unsupported_town(spot: Spot, support: dict[str, set[str]], place_labels: set[str],
                      gaz: Gazetteer) -> bool:
    """A town that is small (under STRONG_CITY_POP; under SCAN_ALTERNATE_POP when reached through
    one of its alternate names), not a capital, in a country nothing else in the document points
    to: a common word or a foreign name that happens to match ("Al" of "Al Ahli" -> Ål in Norway,
    "Hamas" -> Hamm). A qualified name ("Paris, Texas") carries its own evidence, and so does a
    town's own name tagged as a place after a preposition of place ("on the outskirts of Bakhmut")."""
    c = spot.candidate
    if c is None or c.kind != "city" or c.capital or spot.forced is not None or spot.qualifier is not None:
        return False
    if spot.tail:  # "Cuhurestii de Jos": the end of a longer name is no town of an unrelated country
        return not (support.get(c.country or "", set()) - {normalize(spot.name)})
    own = c.primary or c.population >= PLACED_ALTERNATE_POP  # "Banjska": an alternate of Bansko (BG)
    if (spot.settled and (own or spot.name_end - spot.name_start > 1)) or (spot.after_prep and own and (
            spot.label in place_labels or c.population >= PLACED_ALTERNATE_POP)):
        return False  # "à Qamichli"; "in Eilat" tagged an organisation: a town after "in" places
    if any(r.primary and strong(r) for r in gaz.lookup(spot.name)[:MAX_STRONG_READINGS]):
        return False  # "Kherson": also the name of its oblast
    if c.population >= (STRONG_CITY_POP if c.primary else SCAN_ALTERNATE_POP):
        return False
    return not (support.get(c.country or "", set()) - {normalize(spot.name)})


# A town whose country nothing else in the document names is out of its sentence when every other
# place the sentence names lies in another country and farther than this: a town of a continent
# away ("Kobé" among the towns of northern Mali: 12,000 km) is a namesake, while a city across a
# border or a sea the story spans ("de Benghazi ... au large de l'Italie": 700 km) keeps its reading
FAR_ABROAD_KM = 3000.0


def far_abroad(doc: Any, spot: Spot, spots: list[Spot], support: dict[str, set[str]]) -> bool:
    """A town (not a capital, not qualified) or a first-level division ("the Litoral penitentiary
    in Guayaquil": not Cameroon's Littoral) in a country nothing else in the document points to,
    whose sentence (or, naming no other, the document) names places only in other countries, all
    farther than FAR_ABROAD_KM: the
    sentence says which country the town is in, and that country has no town of its name the
    gazetteer knows. The place falls back to the other places of the sentence ("à une trentaine de
    kilomètres de Gao", "dans le nord du Mali")."""
    c = spot.candidate
    if c is None or c.kind not in ("city", "admin1") or c.capital or spot.forced is not None \
            or spot.qualifier is not None or spot.context_only \
            or support.get(c.country or "", set()) - {normalize(spot.name)}:
        return False
    sent = doc[spot.name_start].sent.start
    # where a source sits says nothing of the story's country ("selon l'OSDH, basé au Royaume-Uni")
    placed = [s for s in spots if s is not spot and s.candidate is not None and not s.context_only
              and not s.metonymic and not source_seat(doc[s.name_start:s.name_end].root)]
    # the sentence's other places, else (a sentence naming no other: "près de Boni, dans la région
    # de Douentza" with Douentza unknown) the document's, which say where the story is
    others = [s.candidate for s in placed if doc[s.name_start].sent.start == sent] \
        or [s.candidate for s in placed]
    return bool(others) and all(
        o.country != c.country and o.country and haversine_km(c.lat, c.lon, o.lat, o.lon) > FAR_ABROAD_KM
        for o in others)
