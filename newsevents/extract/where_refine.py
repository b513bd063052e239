"""A finer place for an incident placed vaguely: the place a later sentence gives the same act.

Why: wire copy often opens on a region ("une frappe de missile iranien dans le sud d'Israël", "A
glide bomb struck the Kharkiv region") and places the act precisely a sentence later, naming it by
a pronoun ("Les médias indiquent qu'elle s'est produite au sud de Beer-Sheva", "It happened in the
village of Zolochiv"). Keeping the region loses the town, and two outlets' reports of one strike,
one placed at the town and one at the region, stay apart when merged (issue 12).

The pronoun names the incident when a trigger of it, or a noun of an incident (``incident_nouns``
of lang/<code>/places.yaml) no other incident owns, comes before the pronoun in its sentence ("n'a
pas fourni l'emplacement de la frappe, alors que les médias indiquent qu'elle s'est produite au sud
de X"), or when the sentence opens right after the one the act is about (events_resumed.py). Only
the places of the resuming verb's clause count ("..., alors que des sirènes retentissaient à Tel
Aviv" is elsewhere).

The later place wins only when it lies inside the first one: a town of the country the incident is
placed in, of its first-level division, of a compass side of that country ("southern Israel":
the side is a matter of words, not of borders, so any town of the country), or within the radius
geo/parts.py gives a named region's towns ("Donbas"). A town elsewhere is another story.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from newsevents.extract import arguments as args
from newsevents.extract.arguments_places import entered_place, resumed_town
from newsevents.extract.drafts import PRECISION_ORDER
from newsevents.extract.events_resumed import REPORTED_DEPS, about, resuming
from newsevents.extract.stance import fold
from newsevents.extract.stance import lexicon as claims_lexicon
from newsevents.extract.where_parts import SIDE_NAMES
from newsevents.extract.where_same_area import Resumed, same_area_place
from newsevents.geo import haversine_km
from newsevents.geo.parts import REGION_RADIUS_KM
from newsevents.lang import section_words
from newsevents.parties import english_country

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsevents.extract.arguments import Ref
    from newsevents.extract.drafts import Draft
    from newsevents.extract.events import Context
    from newsevents.model import Place

# the end of a border's name as where_borders.border_mention writes it ("Cambodia-Thailand border")
BORDER_SUFFIX = " border"
# the first word of a compass side's name as where_parts / where_country_parts write it
SIDE_WORDS = frozenset(SIDE_NAMES.values())


def compass_side(place: Place) -> bool:
    """The place is a side of a country or division named by a direction ("southern Israel")."""
    return place.precision == "region" and place.name.split(" ", 1)[0] in SIDE_WORDS


def contains(area: Place, spot: Place) -> bool:
    """`spot` is finer than `area` and lies inside it (see the module's docstring)."""
    if PRECISION_ORDER.get(spot.precision, 5) >= PRECISION_ORDER.get(area.precision, 5):
        return False
    if not spot.name or spot.lat is None or spot.lon is None:
        return False
    if not area.country or spot.country != area.country:
        return False
    if area.precision == "country" or compass_side(area):
        return True
    if area.precision == "admin1":
        return bool(area.admin1) and spot.admin1 == area.admin1
    if area.precision == "region" and area.lat is not None and area.lon is not None:
        return haversine_km(area.lat, area.lon, spot.lat, spot.lon) <= REGION_RADIUS_KM
    return False


def on_border(border: Place, spot: Place) -> bool:
    """`spot` is a town or division of one of the two countries of a border the incident is placed
    at ("a clash in the disputed X area, in Ubon Ratchathani province" under a headline's "border
    clash with Cambodia"): a border belongs to no one country (where_borders.border_mention names it
    "<A>-<B> border" with both countries' English names), so its side the text names is finer."""
    if border.country is not None or border.precision != "region" or not border.name.endswith(BORDER_SUFFIX):
        return False
    if spot.country is None or spot.precision not in ("city", "admin1", "region") or spot.lat is None:
        return False
    return english_country(spot.country) in border.name[:-len(BORDER_SUFFIX)].split("-")


def finer_place(place: Place, later: Ref | None) -> Place:
    """The incident's place, or the later one resuming it when that is inside it."""
    if later is None or not contains(place, later.value):
        return place
    return replace(later.value)


def _incident_nouns(language: str) -> frozenset[str]:
    """Nouns naming an incident ("la frappe", "the strike"): an antecedent of the pronoun."""
    return section_words(language, "places", "incident_nouns")


def _resuming_verbs(ctx: Context, d: Draft, n: int, taken: set[int]) -> list[Token]:
    """The verbs of sentence `n` whose pronoun subject names the draft's act: a trigger before it
    in the sentence that is the draft's or no other incident's (`taken`: the other drafts' trigger
    roots), or the sentence opens right after the one the act is about."""
    sent = ctx.sentence(n)
    out = []
    nouns = _incident_nouns(ctx.lang)
    named = [t.root.i for t in ctx.matches.triggers
             if sent.start <= t.root.i < sent.end and t.root.i not in taken]
    named += [t.i for t in sent if t.pos_ == "NOUN" and t.lemma_.lower() in nouns and t.i not in taken]
    opening = n == max(d.sents) + 1 and about(ctx, d, ctx.sentence(n - 1))
    main = {sent.root.i, *(c.i for c in sent.root.children if c.dep_ in REPORTED_DEPS)}
    for tok in sent:
        if tok.pos_ not in ("VERB", "AUX") or not resuming(ctx, tok):
            continue
        if any(i < tok.i for i in named) or (opening and tok.i in main):
            out.append(tok)
    return out


def later_place(ctx: Context, d: Draft, drafts: list[Draft]) -> Ref | None:
    """The place a pronoun resuming the draft's act gives it, in a sentence from its own on: the
    first such verb's clause's best place."""
    taken = {t.root.i for o in drafts if o is not d for t in o.triggers}
    for n in range(d.sent, len(ctx.bounds)):
        for verb in _resuming_verbs(ctx, d, n, taken):
            lo, hi = verb.left_edge.i, verb.right_edge.i + 1
            places = [r for r in ctx.places if r.sent == n and lo <= r.start and r.end <= hi]
            found = args.best_place(places, ctx.doc[verb.i:verb.i + 1], ctx.owner_starts) if places else None
            if found is not None:
                return found
    return None


def refined(ctx: Context, d: Draft, drafts: list[Draft]) -> Place | None:
    """The draft's place, made finer by a later place of the same act inside it, then by a stated
    offset from that same town (offset_place)."""
    if d.place is None:
        return None
    d.place = entered_country(ctx, d)
    place = finer_place(unheld_finer(ctx, d, drafts), later_place(ctx, d, drafts))
    return offset_place(resumed_finer(ctx, d, place), d.places)


def unheld_finer(ctx: Context, d: Draft, drafts: list[Draft]) -> Place:
    """A place of a sentence telling the act that no incident holds, inside the act's vaguer place.

    Why: the parse hangs the unit placing a town the gazetteer lacks on a word no trigger governs
    ("ont attaqué une mosquée du village de X, dans la région de Tillabéri, tuant 44 civils": the
    region on the gerund; "killed four in X, a town in North Waziristan, police said": on the
    reporting verb), so no trigger owns it and the headline's country stands. The smallest unit
    the act's own sentence names around the town is its scene, when it lies inside that country
    (or division: ``contains``); a place another incident holds is that one's.
    """
    place = d.place
    assert place is not None
    held = {(r.start, r.end) for o in drafts for r in o.places}
    for trig in d.triggers:
        n = ctx.sent_of[trig.root.i]
        free = [r for r in ctx.places if r.sent == n and (r.start, r.end) not in held
                and (contains(place, r.value) or on_border(place, r.value)) and not _of_speaker(ctx, r)]
        found = args.best_place(free, trig.span, ctx.owner_starts) if free else None
        if found is not None:
            return replace(found.value)
    return place


INCISE_DEPS = frozenset({"advcl", "parataxis"})  # a reporting verb set after what it reports


def _of_speaker(ctx: Context, ref: Ref) -> bool:
    """A place inside the subject of a reporting verb names the speaker ("a annoncé le parquet
    régional de Lublin", "the Lublin prosecutor's office said"): the seat of who speaks, not the
    scene of what is reported."""
    verbs = claims_lexicon(ctx.lang).verbs
    for tok in ctx.doc[ref.start].ancestors:
        verb = tok.head
        if fold(verb.lemma_.lower()) not in verbs:
            continue
        if tok.dep_.startswith("nsubj"):
            return True
        # an incise after the reported clause inverts its subject, which the parse makes the
        # verb's object (", a annoncé le parquet régional de Lublin")
        if tok.dep_ == "obj" and verb.dep_ in INCISE_DEPS and verb.i < tok.i \
                and not any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
            return True
    return False


def resumed_finer(ctx: Context, d: Draft, place: Place) -> Place:
    """A town the act's sentence resumes by a definite noun ("overran the last army base in the
    town, near the border with Bangladesh", "dans la ville, près de la frontière") over a coarser
    place the sentence names: the town the article named before (arguments_places.resumed_town)
    is the scene when it lies inside that place, or the place is a border or a sea that belongs
    to no one country."""
    if PRECISION_ORDER.get(place.precision, 5) <= PRECISION_ORDER.get("city", 5):
        return place
    town = resumed_town(ctx.places, d.first.span, ctx.owner_starts)
    if town is None or town.value.country is None:
        return place
    if contains(place, town.value) or (place.country is None and place.precision == "region"):
        return replace(town.value)
    return place


def offset_place(place: Place, refs: list[Ref]) -> Place:
    """The place with the distance another mention of the act states from that very town: a
    headline says "près de Djibo" and the body "à une vingtaine de kilomètres au sud de Djibo"; the
    first trigger (the headline's) picks the vaguer mention, the body's measured offset is finer
    (its point is moved by the distance and bearing, where_sites.offset_point)."""
    if place.near is not None and place.near.distance_m is not None:
        return place
    for ref in refs:
        other = ref.value
        if other.near is None or other.near.distance_m is None or other.lat is None:
            continue
        if _same_town(place, other):
            return replace(other)
    return place


def _same_town(a: Place, b: Place) -> bool:
    """Two mentions of one gazetteer town (a site is placed by its town: not the same thing)."""
    if a.precision != "city" or b.precision != "city":
        return False
    if a.geonameid is not None and b.geonameid is not None:
        return a.geonameid == b.geonameid
    return bool(a.name) and (a.name, a.country) == (b.name, b.country)


def entered_country(ctx: Context, d: Draft) -> Place:
    """The country whose airspace a trigger of the act names as entered ("shot down drones that
    entered Polish airspace during a Russian attack on western Ukraine"), when the act was placed in
    another country (the larger attack's, merged into it): an incursion is where it entered. Then
    the finest place of that country the next sentence names that no incident holds ("Debris
    damaged a house in eastern Poland")."""
    place = d.place
    assert place is not None
    owned = [r for t in d.triggers for r in ctx.places if r.sent == ctx.sent_of[t.root.i]
             and entered_place(t.span, r)]
    if not owned or owned[0].value.country == place.country:
        return place
    country = owned[0].value
    held = {(r.start, r.end) for r in d.places}
    later = [r for r in ctx.places if r.sent == max(d.sents) + 1 and (r.start, r.end) not in held
             and contains(country, r.value)]
    return replace(min(later, key=lambda r: PRECISION_ORDER.get(r.value.precision, 5)).value if later
                   else country)


def same_area(ctx: Context, d: Draft, found: list[Draft]) -> Resumed | None:
    """The place of the incident told before `d`, when `d`'s sentence says it happened "in the same
    area" ("au même endroit": where_same_area.py); asked before the paragraph's scene and the
    dateline, which a follow-up act's own words outrank."""
    return same_area_place(d, found, ctx.sentence(d.sent), ctx.article.language or "fr")
