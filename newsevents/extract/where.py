"""Stage `where`: place mentions resolved to coordinates, with offsets from sites.

What it appends: ``Mention(kind="place", span, text, value=Place(...), sentence=i)`` for
1. **named places** -- spaCy LOC/GPE entities, entities the model mislabels when the name is a
   country, capital, listed region or a large city, and capitalised names the model missed. Each is
   resolved by the gazetteer (newsevents.geo) against the document's context: the countries it
   names or qualifies ("russe", "Ukrainian"), and the places it mentions unambiguously. "région
   d'Odessa", "Odesa region" resolve to the first-level division (precision ``admin1``).
   A place that speaks or acts ("Bakou a envoyé une lettre", "selon Moscou", "les déclarations
   d'Erevan"), is addressed ("warned Tehran", "a appelé Moscou à", "called on Budapest to") or
   owns something ("l'ambassade d'Azerbaïdjan") is a party: it is *not* emitted (the `who` stage
   makes it a government; ``where_metonymy.is_metonymic`` tells it so); its country still counts as context.
   Mislabelled names ("Kherson" tagged PERSON) are places when a reading is strong; person cues
   (a title or first name before it, "Paris Hilton", "Oleh said") veto names not tagged places.
   A division right after a town qualifies it: "Paris, Texas", "Tripoli, au Liban" (admin1 or
   country), "Valence, dans la Drôme", "Springfield, Clark County" (second level, geo/admin2.py).
   "près de X", "à 3 km au nord de X", "on the outskirts of X" set ``Place.near``; a compass
   direction moves the point by the stated distance.
2. **sites** -- see newsevents/geo/sites.py: a facility noun phrase ("l'ambassade") is a place of
   precision ``site`` located as the document locates the facility (``name=""`` when nothing does);
   an offset from it ("à environ 35 pas de l'ambassade") is ``Place.near`` with ``distance_m``.

Vocabulary: ``lang/<code>/places.yaml``; the tuned numbers are the constants below.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

from newsevents.datafiles import load_yaml
from newsevents.extract.where_airspace import with_airspaces
from newsevents.extract.where_border_villages import with_unlisted_places
from newsevents.extract.where_borders import sides_at_border, with_borders
from newsevents.extract.where_capital import with_capitals
from newsevents.extract.where_coasts import off_coast
from newsevents.extract.where_control import controlled_spot, find_controls, without
from newsevents.extract.where_country_parts import with_country_parts
from newsevents.extract.where_crossings import with_crossings
from newsevents.extract.where_dateline import _dateline_end, _time_tokens, without_datelines
from newsevents.extract.where_joined import cut_at_hyphen, joined_entities, place_parts
from newsevents.extract.where_landmarks import landmark_mentions
from newsevents.extract.where_lines import with_lines
from newsevents.extract.where_metonymy import attributed_name as attributed_name
from newsevents.extract.where_metonymy import is_metonymic
from newsevents.extract.where_offshore import with_offshore
from newsevents.extract.where_parts import (
    after_prep,
    alternate_in_longer_name,
    area_of_settlement,
    continues_name,
    incident_spot,
    incident_town,
    is_name_token,
    possessed_town,
    settled_spot,
    settled_town,
    shouted,
    side_of,
    struck_place,
)
from newsevents.extract.where_quarters import with_quarters
from newsevents.extract.where_rivers import named_rivers
from newsevents.extract.where_seat import seat_tokens
from newsevents.extract.where_shoals import with_shoals
from newsevents.extract.where_sites import Distance, find_distances, offset_point, site_mentions
from newsevents.extract.where_spots import (
    CUE_CITY_POP,
    Spot,
    adjective_unit,
    after_origin_cue,
    demonyms_of,
    inside,
    qualified_towns,
    qualify,
    qualify_admin2,
    weekdays,
)
from newsevents.extract.where_spread import with_spreads
from newsevents.extract.where_support import (
    MAX_STRONG_READINGS,
    PERSON_LABELS,
    SCAN_ALTERNATE_POP,
    STRONG_CITY_POP,
    far_abroad,
    unsupported_town,
)
from newsevents.extract.where_support import country_support as _country_support
from newsevents.extract.where_support import strong as _strong
from newsevents.geo import (
    Candidate,
    Context,
    Gazetteer,
    gazetteer,
    haversine_km,
    hyphen_articles,
    normalize,
    spelled_alike,
)
from newsevents.lang import load_language, section_words
from newsevents.model import Article, Mention, Near, Place
from newsevents.parties.countries import country_from_adjective, country_from_name

# A mislabelled entity is a place when it names a strong place (where_support.STRONG_CITY_POP) or,
# when the town is in a country the document talks about, one at least this large
# ("Ukrainian troops entered Kherson", Kherson tagged PERSON by the small English model).
WEAK_IN_CONTEXT_POP = 20_000
# A demonym counts as this fraction of a named country in the context bonus: "la chaîne américaine"
# must not turn Dublin into Dublin, California (tuned on the POPCORN bench set: 1.0 did that).
DEMONYM_WEIGHT = 0.5
# An unambiguous place (seeds the context): its best reading beats the best reading in another
# country by at least this margin (log10 units, i.e. 100x after priors). 1.5 let Tripoli (Libya)
# override "au Liban" in the same sentence; 2.0 keeps Paris, Kharkiv, Kyiv unambiguous.
UNAMBIGUOUS_MARGIN = 2.0
DISTRICT_KM = 60.0  # a city district lies this near a place the document names (a large city's reach)
MAX_NAME_TOKENS = 5  # longest place name tried when scanning capitalised words
NEAR_CUE_TOKENS = 4  # longest near cue in tokens ("dans les environs de"), read before a name
FIRST_NAMES_FILE = Path(__file__).resolve().parent.parent / "data" / "first_names.yaml"
# entity labels of a capitalised word that continues a person's name ("Paris Hilton"); a date or a
# place after a name ("Kherson Monday") does not
NAME_CONTINUING_LABELS = ("", "PER", "PERSON", "ORG", "MISC", "NORP")
PRECISION = {"city": "city", "admin1": "admin1", "country": "country", "region": "region"}


def run(article: Article) -> Article:
    """Append place mentions (named places and sites) to the article."""
    doc = article.doc
    if doc is None or not len(doc):
        return article
    data = load_language(article.language or "fr").section("places")
    gaz = gazetteer()
    timed = _time_tokens(article)
    spots = named_rivers(doc, find_spots(doc, data, gaz, timed))  # "the Niger River": no place
    controls = find_controls(doc, data, article.language or "fr")
    context = document_context(doc, spots, data, article.language or "fr", gaz,
                               frozenset(i for c in controls for i in c.tokens) | seat_tokens(doc, spots))
    preps = frozenset(str(w).lower() for w in data.get("qualifier_prepositions") or [])
    # a town vouched for by the place after it is no month ("agreed on 12 May, India kept up": not May, India)
    spots = sorted((s for s in spots + [t for t in qualified_towns(doc, spots, gaz, preps)
                                        if not timed.issuperset(range(t.name_start, t.name_end))]
                    if not shouted(doc, s.name_start, s.name_end, gaz, _strong_reading)),  # "TIRÉ SUR LE QG"
                   key=lambda s: s.start)
    qualify(doc, spots, gaz, preps)
    qualify_admin2(doc, spots, gaz)
    language = article.language or "fr"
    for control in controls:  # "the Russian-controlled city of X": not Russia's homonym
        held = controlled_spot(doc, spots, control)
        if held is not None:
            held.controllers |= control.countries
    marks = {id(s): _dateline_end(doc, s, timed) for s in spots}
    filed = without_datelines(context, spots, marks, gaz)  # a district's distance: not from the dateline
    for spot in spots:
        spot.candidate = resolve(spot, without(context, set(spot.controllers)) if spot.controllers
                                 else filed if spot.district_cue else context, gaz, language)
        if spot.candidate is not None and (gaz.alias_abroad(spot.candidate, context) or (
                spot.weak and not spot.after_prep and spot.candidate.country not in context.countries)):
            spot.candidate = None
    for spot in spots:  # "sud du Liban", "eastern Congo": the side of the area (where_parts.py)
        found = side_of(doc, spot.name_start, spot.candidate, data, gaz) if spot.candidate else None
        if found is not None:
            spot.start, spot.candidate = min(spot.start, found[0]), found[1]
            spot.side = True
    support = _country_support(doc, spots, language)
    for spot in spots:  # "the Red Sea" in a story about Yemen: off Yemen's coast
        spot.candidate = off_coast(spot.candidate, support) if spot.candidate else None
    place_labels = set(data.get("place_labels") or [])
    for spot in spots:
        if spot.candidate is not None and (unsupported_town(spot, support, place_labels, gaz)
                                           or adjective_unit(doc, spot, support)
                                           or far_abroad(doc, spot, spots, support)):
            spot.candidate = None
        if after_origin_cue(doc, spot, data):
            spot.context_only = True
        mark = _dateline_end(doc, spot, timed)
        if mark is not None:
            for other in spots:  # "KYIV, Ukraine —": every name of the dateline
                if spot.start <= other.start < mark:
                    other.context_only = True
    distances = find_distances(doc, data)
    sentence_of = {t.i: i for i, s in enumerate(doc.sents) for t in s}
    places = [s for s in spots if s.candidate is not None and not s.metonymic and not s.context_only]
    mentions = [_place_mention(article, doc, s, data, distances, sentence_of) for s in places]
    mentions += site_mentions(article, doc, data, places, distances, gaz, sentence_of)
    mentions = landmark_mentions(article, doc, data, places, sentence_of, mentions)  # "dam east of X"
    mentions = with_capitals(article, doc, data, gaz, sentence_of, mentions)
    mentions = with_airspaces(article, doc, gaz, sentence_of, mentions, spots, data)
    mentions = with_country_parts(article, doc, data, gaz, sentence_of, mentions, spots)
    mentions = with_borders(article, doc, data, gaz, sentence_of, mentions, support)
    mentions = with_shoals(article, doc, data, sentence_of, mentions, gaz, support)  # "near Sabina Shoal"
    mentions = with_lines(article, doc, sentence_of, mentions, support)  # "across the Line of Control"
    mentions = with_crossings(article, doc, data, gaz, sentence_of, mentions, support)  # "the X crossing"
    mentions = with_unlisted_places(article, doc, places, sentence_of, mentions)  # "X, Y state"
    mentions = with_quarters(article, doc, spots, timed, sentence_of, mentions)  # "in the X neighbourhood"
    mentions = sides_at_border(article, doc, data, gaz, sentence_of, mentions)  # "border clashes"
    mentions = with_spreads(article, doc, data, gaz, sentence_of, mentions, spots, support)  # "tout le pays"
    mentions = with_offshore(article, mentions)  # "off the coast of Venezuela": the Caribbean Sea
    article.mentions.extend(mentions)
    return article


# -- finding names ----------------------------------------------------------------------------------
def _strip_leading(doc: Any, start: int, end: int, data: dict[str, Any]) -> int:
    """Skip articles and elided prepositions at the start of a name ("l'Arménie")."""
    arts = {a.strip().lower() for a in data.get("articles") or []}
    while start < end - 1 and (doc[start].lower_ in arts or doc[start].pos_ in ("DET", "ADP")):
        start += 1
    return start


def _strong_reading(cands: list[Candidate]) -> bool:
    """A name whose best reading is strong, or that is the own name of a strong place among its
    first readings ("Kherson": the oblast; "Armenia": the country even when a village comes first)."""
    return _strong(cands[0]) or any(c.primary and _strong(c) for c in cands[1:MAX_STRONG_READINGS])


@functools.cache
def first_names() -> frozenset[str]:
    """Folded first names (newsevents/data/first_names.yaml): person cues."""
    with FIRST_NAMES_FILE.open(encoding="utf-8") as fh:
        return frozenset(normalize(str(n)) for n in (load_yaml(fh) or {}).get("first_names") or [])


def _is_person(doc: Any, spot: Spot, data: dict[str, Any], place_labels: set[str]) -> bool:
    """A name that reads as (part of) a person's name: a title or first name right before it
    ("Mr Jordan", "Georgia Meloni" tagged apart); for names the model did not tag as places also a
    capitalised word right after it ("Paris Hilton"), a lone first name ("Oleh said"), or a word
    that is part of a longer person's name elsewhere in the document ("Jordan Peterson ... Jordan")."""
    titles = {str(t).lower().rstrip(".") for t in data.get("person_titles") or []}
    names = first_names()
    prev = doc[spot.name_start - 1] if spot.name_start > doc[spot.name_start].sent.start else None
    if prev is not None and prev.text[:1].isupper() and (
            prev.lower_.rstrip(".") in titles or normalize(prev.text) in names):
        return True
    if spot.label in place_labels:
        return False
    after = {w.lower() for w in data.get("admin1_after") or []}
    nxt = doc[spot.name_end] if spot.name_end < len(doc) else None
    if nxt is not None and nxt.pos_ == "PROPN" and nxt.is_alpha and nxt.text[:1].isupper() \
            and nxt.lower_ not in after and nxt.ent_type_ in NAME_CONTINUING_LABELS:
        return True
    if spot.name_end - spot.name_start == 1 and normalize(spot.name) in names:
        return True
    key = normalize(spot.name)
    return any(len(e) > spot.name_end - spot.name_start and e.label_ in PERSON_LABELS
               and key in {normalize(t.text) for t in e} and not _division_named(e, key, after)
               for e in doc.ents)


def _division_named(ent: Any, key: str, cues: set[str]) -> bool:
    """A person entity that is the name and a division word after it ("Rakhine State" tagged a
    person by the English model), or the name after the preposition the NER took in ("à l'est de
    Ouallam" tagged "de Ouallam" a person): the place's name, not a longer person's name holding it."""
    words = list(ent)
    while len(words) > 1 and words[0].pos_ in ("ADP", "DET") and words[0].is_lower:  # not "Arvydas" (DET!)
        words = words[1:]
    return all(normalize(t.text) == key or t.lower_ in cues for t in words)


def _in_unit_name(doc: Any, spot: Spot, data: dict[str, Any]) -> bool:
    """A name that is part of a force's or a group's name: right after a capitalised unit word
    ("la Force Qods", "la Brigade Azov") or right before one ("the Quds Force", "the Wagner
    Group"), with nothing between. Such words (``unit_words``) name organisations, not places."""
    words = {str(w).lower() for w in data.get("unit_words") or []}
    sent = doc[spot.name_start].sent
    prev = doc[spot.name_start - 1] if spot.name_start > sent.start else None
    nxt = doc[spot.name_end] if spot.name_end < sent.end else None
    return any(t is not None and t.text[:1].isupper() and t.lower_ in words for t in (prev, nxt))


def _admin1_suffix(doc: Any, start: int, end: int, data: dict[str, Any]) -> int:
    """End of the name without a trailing "Oblast"/"region" word (English "Odesa Oblast")."""
    after = {w.lower() for w in data.get("admin1_after") or []}
    if end - start > 1 and doc[end - 1].lower_ in after:
        return end - 1
    return end


def find_spots(doc: Any, data: dict[str, Any], gaz: Gazetteer, timed: set[int] | None = None) -> list[Spot]:
    """Place names: NER entities first, then capitalised words the model missed. A time entity
    (``time_labels``) may run over a name the `when` stage did not read as time ("in Kyiv
    overnight" tagged TIME whole): its words outside `timed` (the time mentions) are scanned."""
    place_labels = set(data.get("place_labels") or [])
    weak_labels = set(data.get("weak_labels") or [])
    skip_labels = set(data.get("skip_labels") or [])
    spots: list[Spot] = []
    covered: set[int] = set()
    inside_skipped: set[int] = set()
    suffix_labels = set(data.get("suffix_labels") or [])
    time_labels = set(data.get("time_labels") or [])
    for ent in joined_entities(doc, gaz, place_labels | weak_labels):  # "Jammu and Kashmir": one
        covered.update(i for i in range(ent.start, ent.end)
                       if ent.label_ not in time_labels or timed is None or i in timed)
        if ent.label_ in skip_labels:
            inside_skipped.update(range(ent.start, ent.end))
        if ent.label_ in skip_labels or (ent.label_ not in place_labels and ent.label_ not in weak_labels):
            continue
        prep = after_prep(doc, ent.start, data) or struck_place(ent.root, data)  # "missiles hit Kramatorsk"
        for part in place_parts(doc, ent, gaz):
            spot = _entity_spot(doc, part, data, gaz, strict=ent.label_ not in place_labels,
                                suffix=ent.label_ in suffix_labels, prep=prep and part.start == ent.start) \
                or incident_spot(doc, part, gaz, data) or settled_spot(doc, part, gaz, data) \
                or _unlisted_division(doc, part, data, ent.label_ in place_labels)
            if spot is not None:
                _extend_left(doc, spot, gaz)
                _extend_right(doc, spot, gaz, part.start)
                spot.after_prep = prep
                spots.append(spot)
    spots += _scan_capitalised(doc, data, gaz, covered)
    # names inside organisations: a country there is an owner ("ministère ... de l'Azerbaïdjan"),
    # only context; a town locates the organisation ("l'université de New York")
    for spot in _scan_capitalised(doc, data, gaz, set(range(len(doc))) - inside_skipped):
        top = gaz.lookup(spot.name)
        spot.context_only = bool(top) and top[0].kind != "city"
        spots.append(spot)
    districts, demonyms = {str(w).lower() for w in data.get("district_words") or []}, demonyms_of(doc.lang_)
    generic = {normalize(w) for w in data.get("generic_names") or []}
    spots = [s for s in spots if normalize(s.name) not in generic
             and not (s.label not in place_labels and normalize(s.name) in demonyms)
             and not _is_person(doc, s, data, place_labels) and not _in_unit_name(doc, s, data)
             and not _cut_water_name(doc, s, data) and not cut_at_hyphen(doc, s.name_start, s.name_end, gaz)]
    nouns = {str(w).lower() for w in data.get("settlement_nouns") or []}
    links = {str(w).lower() for w in data.get("settlement_links") or []}
    name_ends = frozenset(s.name_end for s in spots)
    for spot in spots:
        _mark_admin1_cue(doc, spot, data, name_ends)
        spot.admin1_cue = spot.admin1_cue or area_of_settlement(doc, spot, data)
        cue_words = (*range(spot.start, spot.name_start), *range(spot.name_end, spot.end))
        spot.district_cue = spot.admin1_cue and any(doc[i].lower_ in districts for i in cue_words)
        k = spot.name_start - 1
        while k > 0 and doc[k].pos_ == "DET":
            k -= 1
        spot.settled = k > 0 and doc[k].lower_.replace("’", "'") in links \
            and doc[k - 1].lemma_.lower() in nouns
        spot.tail = continues_name(doc, spot.name_start, data)
        first = max(doc[spot.name_start].sent.start, spot.name_start - 8)
        spot.doc_tokens_before = list(doc[first:spot.name_start])
    spots.sort(key=lambda s: s.start)
    return spots


def _entity_spot(doc: Any, ent: Any, data: dict[str, Any], gaz: Gazetteer, strict: bool,
                 suffix: bool = False, prep: bool = False) -> Spot | None:
    """The place an entity names: whole ("Le Caire"), without its article ("l'Arménie"), without a
    leading "région de"; for place labels also its longest leading part ("Erevan de missiles") or
    what follows a "de" inside it ("centrale nucléaire de Zaporijjia"). After a preposition of place
    (``prep``: "à Bint Jbeil, dans le sud du Liban", the name tagged a person) a mislabelled town
    however small is a weak spot, which counts only in a country the document is about."""
    end = ent.end
    days = weekdays(doc.lang_)
    while end > ent.start + 1 and (doc[end - 1].is_punct or doc[end - 1].lower_ in days):
        end -= 1  # "district de Poonch mercredi", "Poonch mardi": the NER took the day in
    stripped = _strip_leading(doc, ent.start, end, data)
    inner = _strip_cue_prefix(doc, stripped, end, data)
    cue = inner > stripped
    starts = [inner] if cue else [ent.start, stripped]
    name_end = _admin1_suffix(doc, starts[-1], end, data)
    # "Marathon de Londres", "centrale nucléaire de Zaporijjia"; a place entity opening on a common
    # noun is a site named with its town ("l'hôpital Ahli de Gaza")
    if not strict or suffix or not doc[stripped].text[:1].isupper():
        starts += [_skip_det(doc, t.i + 1, name_end)
                   for t in doc[stripped:name_end - 1] if t.lower_ in (data.get("of_words") or ())]
    if not strict and doc[stripped].lower_ in (data.get("feature_prefixes") or ()):  # "Ras al-Naqoura"
        starts.append(stripped + 1)
    for start in dict.fromkeys(starts):
        for stop in range(name_end, start, -1) if not strict else (name_end,):
            cands = gaz.lookup(doc[start:stop].text)
            if not cands or (strict and not _strong_reading(cands) and not (
                    _cue_around(doc, start, stop, data) and any(c.kind == "admin1" for c in cands))
                    and ((cands[0].population < WEAK_IN_CONTEXT_POP
                          and not (prep and cands[0].kind == "city")) or start != starts[0])):
                continue
            if not _capitalised(doc[start:stop].text) and cands[0].kind != "region" \
                    and not (cue and cands[0].kind == "admin1"):
                continue  # "centrale" is a noun here, not a place called Centrale ("l'État kachin" is one)
            if stop < name_end and not _strong_reading(cands):
                continue  # a leading word of a longer name: "Al" of "Al Ahli Arab" is no Ål
            if stop < name_end and alternate_in_longer_name(doc, stop, cands):
                continue  # "Ben" of "Ben Gurion airport" is no Bern
            first = ent.start if start in (ent.start, stripped, inner) else start
            spot = Spot(first, end if stop == name_end else stop, start, stop, doc[start:stop].text,
                        ent.label_)
            spot.admin1_cue = cue or (name_end < end and stop == name_end)
            spot.weak = strict and not _strong_reading(cands) and not (
                spot.admin1_cue or _cue_around(doc, start, stop, data))
            return spot
    return None


def _unlisted_division(doc: Any, ent: Any, data: dict[str, Any], place_label: bool) -> Spot | None:
    """A name the gazetteer lacks, with a division word around it ("in Oddar Meanchey province",
    "la province d'Oddar Meanchey" -- tagged a person: the cue word before it is enough): a spot
    all the same, which `resolve` reads as another spelling of a division of a country the
    document is about (gaz.admin1_spelled), or drops."""
    stripped = _strip_leading(doc, ent.start, ent.end, data)
    inner = _strip_cue_prefix(doc, stripped, ent.end, data)
    name_end = _admin1_suffix(doc, inner, ent.end, data)
    if name_end <= inner or not _capitalised(doc[inner:name_end].text):
        return None
    if not (inner > stripped or _cue_before(doc, inner, data) is not None) and not (
            place_label and (name_end < ent.end or _cue_around(doc, inner, name_end, data))):
        return None
    spot = Spot(ent.start, ent.end, inner, name_end, doc[inner:name_end].text, ent.label_)
    spot.admin1_cue = True
    return spot


def _cut_water_name(doc: Any, spot: Spot, data: dict[str, Any]) -> bool:
    """The spot is the head noun alone of a water body's name the gazetteer lacks ("the Gulf of
    Tonkin", "the Sea of Marmara": ``water_heads`` of places.yaml, then "of"/"de"): no place -- a
    unit named Gulf (Papua New Guinea's) is not that sea."""
    heads = section_words(doc.lang_, "places", "water_heads")
    links = section_words(doc.lang_, "places", "water_links")
    return normalize(spot.name) in heads and spot.name_end < len(doc) \
        and doc[spot.name_end].lower_.replace("’", "'") in links


def _capitalised(word: str) -> bool:
    """A capital at the start, or after an elided article ("el-Fasher", "al-Naqoura")."""
    return word[:1].isupper() or any(p[:1].isupper() for p in word.replace("’", "-").replace("'", "-")
                                     .split("-")[1:2])


def _cue_around(doc: Any, start: int, stop: int, data: dict[str, Any]) -> bool:
    """An admin1 word right before or after the name ("région de X", "X region")."""
    after = {w.lower() for w in data.get("admin1_after") or []}
    return _cue_before(doc, start, data) is not None or (stop < len(doc) and doc[stop].lower_ in after)


def _skip_det(doc: Any, i: int, end: int) -> int:
    while i < end - 1 and doc[i].pos_ == "DET":
        i += 1
    return i


def _strip_cue_prefix(doc: Any, start: int, end: int, data: dict[str, Any]) -> int:
    """Skip "région d'" inside an entity ("région d'Odessa" labelled as one LOC)."""
    before = {w.lower() for w in data.get("admin1_before") or []}
    links = {w.strip().lower() for w in data.get("admin1_links") or []}
    i = start
    if i < end - 1 and doc[i].lower_ in before:
        i += 1
        while i < end - 1 and (doc[i].lower_ in links or doc[i].pos_ == "DET"):
            i += 1
    return i


def _cue_before(doc: Any, name_start: int, data: dict[str, Any]) -> int | None:
    """Where an admin1 cue ("région d'", "oblast de", "region of", "région russe de") before a name
    starts, else None."""
    links = {w.strip().lower() for w in data.get("admin1_links") or []}
    j = name_start - (name_start > 0 and doc[name_start - 1].lower_ in links)
    if j > 1 and country_from_adjective(doc[j - 1].text, doc.lang_):  # "la région russe de Belgorod"
        j -= 1
    before: dict[int, str] = {}  # the n words before j, lower-cased: read once per length, not per cue
    for cue in data.get("admin1_before") or []:
        n = len(cue.split())
        if j - n >= 0 and (before[n] if n in before else before.setdefault(n, doc[j - n:j].text.lower())) \
                == cue.lower():
            return j - n
    return None


def _extend_left(doc: Any, spot: Spot, gaz: Gazetteer) -> None:
    """"bande de Gaza", "mer Noire": lower-case words before an entity that make a region's name."""
    sent_start = doc[spot.name_start].sent.start
    for k in (3, 2, 1):
        first = spot.name_start - k
        if first < sent_start or doc[first].pos_ in ("DET", "ADP", "PUNCT", "VERB", "AUX"):
            continue
        if not doc[first].text[:1].islower():
            continue
        cands = gaz.lookup(doc[first:spot.name_end].text)
        if cands and cands[0].kind in ("region", "admin1", "country"):
            spot.start = min(spot.start, first)
            spot.name_start = first
            spot.name = doc[first:spot.name_end].text
            return


def _extend_right(doc: Any, spot: Spot, gaz: Gazetteer, ent_start: int) -> None:
    """"mer de Chine méridionale" tagged "mer de Chine": lower-case words after an entity that make
    a region's name with it (read alone, "Chine" would be the country)."""
    sent_end = doc[spot.name_start].sent.end
    for k in (2, 1):
        stop = spot.name_end + k
        if stop > sent_end or not all(t.is_alpha and t.text[:1].islower() for t in doc[spot.name_end:stop]):
            continue
        for first in dict.fromkeys((ent_start, spot.start, spot.name_start)):
            cands = gaz.lookup(doc[first:stop].text)
            if cands and cands[0].kind == "region":
                spot.start, spot.name_start, spot.end, spot.name_end = first, first, max(spot.end, stop), stop
                spot.name = doc[first:stop].text
                return


def _scan_capitalised(doc: Any, data: dict[str, Any], gaz: Gazetteer, covered: set[int]) -> list[Spot]:
    """Capitalised words outside entities that name a strong place ("mer Noire" too)."""
    out: list[Spot] = []
    i = 0
    while i < len(doc):
        if i in covered or not is_name_token(doc[i]):
            i += 1
            continue
        found = _longest_match(doc, i, covered, gaz, _placed(doc, i, data)) \
            or incident_town(doc, i, gaz, data) \
            or settled_town(doc, i, gaz, data) or possessed_town(doc, i, gaz, data)
        if found is None:
            i += 1
            continue
        start, end, weak = found
        spot = Spot(start, end, start, end, doc[start:end].text, "", weak=weak)
        spot.after_prep = after_prep(doc, start, data) or struck_place(doc[start:end].root, data)
        out.append(spot)
        covered.update(range(start, end))
        i = end
    return out


def _placed(doc: Any, i: int, data: dict[str, Any]) -> bool:
    """Token i follows a preposition of place or a near cue whole ("à", "in", "près de", "near"),
    articles skipped: not any "de" (after_prep reads the last word of a near cue alone). A month
    or a weekday is time ("agreed in May": not Mayville)."""
    if doc[i].lower_ in section_words(doc.lang_, "time", "months") or doc[i].lower_ in weekdays(doc.lang_):
        return False
    j = i - 1
    while j >= 0 and doc[j].pos_ == "DET":
        j -= 1
    if j < 0:
        return False
    if doc[j].lower_ in {str(p).lower() for p in data.get("location_preps") or []}:
        return True
    before = " " + doc[max(0, j - NEAR_CUE_TOKENS):j + 1].text.lower()
    return any(before.endswith(" " + str(c).lower()) for c in data.get("near_cues") or [])


def _longest_match(doc: Any, i: int, covered: set[int], gaz: Gazetteer,
                   placed: bool = False) -> tuple[int, int, bool] | None:
    """The longest place name through token i (starting up to 2 lower-case words before), and
    whether it is weak (a mid-sized town: kept only in context or after a preposition of place).
    A town's own name right after a preposition of place (`placed`: "près de Ouallam" in a headline
    the NER left untagged) is weak however small: its country must be one the document names
    (where_support.unsupported_town)."""
    sent_start = doc[i].sent.start
    for start in (i - 2, i - 1, i):
        if start < sent_start or any(t in covered for t in range(start, i)):
            continue
        article = start == i - 2 and _hyphen_article(doc, start)  # "near ad-Damazin": one name
        if start < i and not article and (doc[start].is_punct
                                          or doc[start].pos_ in ("DET", "ADP", "VERB", "AUX")):
            continue
        for end in range(min(len(doc), i + MAX_NAME_TOKENS), i, -1):
            if any(t in covered for t in range(i, end)) or doc[end - 1].is_punct or doc[end - 1].is_space:
                continue
            cands = gaz.lookup(doc[start:end].text)
            if not cands:
                continue
            best = cands[0]
            if alternate_in_longer_name(doc, end, cands):
                continue
            if start < i and not article and best.kind not in ("region", "admin1", "country"):
                continue  # "mer Noire", "bande de Gaza" -- not "la Paris"
            if _strong(best) and not (best.kind == "city" and not best.primary and not best.capital
                                      and best.population < SCAN_ALTERNATE_POP):
                return start, end, False
            # a hyphenated alternate ("Beer-Sheva") is no common word: weak like a primary name
            hyphenated = end - start > 1 and "-" in doc[start:end].text
            if (start == i or article) and best.kind == "city" and (best.primary or hyphenated) \
                    and doc[i].pos_ == "PROPN" and (best.population >= WEAK_IN_CONTEXT_POP
                                                    or (placed and start == i and best.primary)):
                return start, end, True
    return None


def _hyphen_article(doc: Any, i: int) -> bool:
    """Token i is a lower-case Arabic article joined by a hyphen to the capitalised word after it
    ("ad-Damazin", "as-Suki"; geo.hyphen_articles): the three tokens spell one name."""
    return i + 2 < len(doc) and doc[i].text in hyphen_articles() and doc[i + 1].text == "-" \
        and not doc[i].whitespace_ and not doc[i + 1].whitespace_ and doc[i + 2].text[:1].isupper()


def _mark_admin1_cue(doc: Any, spot: Spot, data: dict[str, Any], name_ends: frozenset[int]) -> None:
    """"région d'Odessa", "region of Idlib", "Odesa region": extend the spot over the cue words. A
    cue word right after another name (`name_ends`: the token after each spot's name) is that
    name's: "the Gwadar district of Balochistan province" names a district of the province."""
    cue = _cue_before(doc, spot.name_start, data)
    if cue is not None and cue < spot.start and cue not in name_ends:
        spot.admin1_cue = True
        spot.start = cue
        return
    after = {w.lower() for w in data.get("admin1_after") or []}
    if spot.end < len(doc) and doc[spot.end].lower_ in after:
        spot.admin1_cue = True
        spot.end += 1


# -- context and resolution -----------------------------------------------------------------------
def document_context(doc: Any, spots: list[Spot], data: dict[str, Any], language: str,
                     gaz: Gazetteer, controllers: frozenset[int] = frozenset()) -> Context:
    """Countries the document is about, and the points of its unambiguous places. Words naming
    who controls a place (`controllers`, token indices: where_control.py) are not counted."""
    for spot in spots:
        spot.metonymic = is_metonymic(doc, spot, data, gaz)
    ctx = Context.empty()
    for tok in doc:
        if tok.is_alpha and tok.ent_type_ not in ("PER", "PERSON") and tok.i not in controllers:
            code = country_from_adjective(tok.text, language)
            if code:
                ctx.add(code, DEMONYM_WEIGHT)
    spots = [s for s in spots if not any(i in controllers for i in range(s.name_start, s.name_end))]
    for spot in spots:  # countries named, then places unambiguous given those countries
        top = gaz.best(spot.name)
        if top is not None and top.kind == "country" and top.country:
            ctx.add(top.country)
    found: list[Candidate] = []
    for spot in spots:
        ranked = gaz.rank(spot.name, ctx)
        if not ranked or ranked[0][1].kind == "country":
            continue
        top_score, top = ranked[0]
        # another place's alternate name does not rival a place's own ("Kherson" is also a Greek
        # village's variant); an alternate name never outweighs another place's own ("Pokrovsk":
        # Engels' old name, and the Ukrainian town's own)
        rival = next((s for s, c in ranked[1:]
                      if c.country != top.country and (c.primary or not top.primary)), None)
        # nor does a small town's alternate abroad ("le village de Zike" in Nigeria: not Syke, Germany)
        if (not top.primary and any(c.primary and c.country != top.country for _, c in ranked[1:])) \
                or gaz.alias_abroad(top, ctx):
            continue
        if rival is None or top_score - rival >= UNAMBIGUOUS_MARGIN:
            found.append(top)
            if top.kind in ("city", "admin1") and not spot.metonymic and not spot.context_only:
                ctx.place(top.lat, top.lon, top.country)
    for c in found:
        if c.country:
            ctx.add(c.country)
    return ctx


def _near_context(c: Candidate, context: Context, km: float) -> bool:
    others = [d for p in context.points if (d := haversine_km(c.lat, c.lon, *p)) > 1.0]
    return not others or min(others) <= km


def _ranked(gaz: Gazetteer, name: str, context: Context, language: str,
            kinds: tuple[str, ...] | None = None) -> list[Candidate]:
    """Readings best first; a country only under a name of this language ("Mexico" in French is
    the city: the country is "Mexique"; "Georgia", the US state), or when only small towns share
    the name ("au Congo", ambiguous in the table: a country, not a Brazilian hamlet)."""
    ranked = [c for _, c in gaz.rank(name, context, kinds)]
    if any(c.kind != "country" and (c.kind != "city" or c.population >= STRONG_CITY_POP) for c in ranked):
        ranked = [c for c in ranked if c.kind != "country"
                  or country_from_name(name, language, strict=True)] or ranked
    return ranked


def resolve(spot: Spot, context: Context, gaz: Gazetteer, language: str = "fr") -> Candidate | None:
    """The best reading of a spot; "région d'X" prefers X's first-level division."""
    if spot.forced is not None:
        return spot.forced
    if spot.qualifier is not None:
        within = [c for c in _ranked(gaz, spot.name, context, language) if inside(c, spot.qualifier)]
        if within:
            return within[0]
    if not spot.admin1_cue:
        return next(iter(_ranked(gaz, spot.name, context, language)), None)
    units = gaz.rank(spot.name, context, kinds=("admin1", "region"))
    city = gaz.best(spot.name, context, kinds=("city",))
    if spot.district_cue and city is not None:  # a district named after its seat ("Poonch district"),
        # not a namesake far from every place the document names (Kherson's "Dniprovskyi district")
        return city if _near_context(city, context, DISTRICT_KM) else None
    # the division named by the cue, unless the town is in a country the document is about and
    # the division is not ("Kachin state": the Burmese state, not the Volhynian hamlet Kachyn)
    # nor when the town is only a look-alike of the name ("Bari region" in a story about US strikes:
    # the division of Somalia, not Vermont, the state of the town Barre)
    if units and (city is None or units[0][1].country == city.country
                  or context.bonus(units[0][1].country) >= context.bonus(city.country)
                  or not spelled_alike(city.name, spot.name)):
        return units[0][1]
    if not units and (unit := gaz.admin1_spelled(spot.name, context.countries | {city.country or ""} if city
                                                 else context.countries)):
        return unit  # "Khost province": GeoNames' Khowst, the province of the town Khost
    if not units and city is not None and (own := gaz.admin1_of(city)) and spelled_alike(own.name, city.name):
        return own  # "Gedaref state": the town Al Qadarif's own division, named after it
    if city is not None and not units and city.population < CUE_CITY_POP:
        return None  # "la province du Soum": a province the gazetteer lacks, not a hamlet's region
    if city is not None:
        return gaz.admin1_of(city) or city
    return gaz.best(spot.name, context)


# -- emission ---------------------------------------------------------------------------------------
def _place_mention(article: Article, doc: Any, spot: Spot, data: dict[str, Any],
                   distances: list[Distance], sentence_of: dict[int, int]) -> Mention:
    c = spot.candidate
    assert c is not None
    start, end = (spot.start if spot.admin1_cue or spot.side else spot.name_start), spot.end
    near = None
    dist = next((d for d in distances if d.target in (spot.start, spot.name_start)), None)
    lat, lon = c.lat, c.lon
    if dist is not None:
        start = start if dist.settled else min(start, dist.start)
        near = Near(c.name, dist.metres, dist.text(doc), article.to_original(*dist.char_span(doc)))
        if dist.bearing is not None and dist.metres:
            lat, lon = offset_point(lat, lon, dist.metres, dist.bearing)
    else:
        near = _near_cue(article, doc, spot, data, c)
    span = article.to_original(doc[start].idx, doc[end - 1].idx + len(doc[end - 1]))
    place = Place(name=c.name, country=c.country, lat=round(lat, 5), lon=round(lon, 5),
                  precision=PRECISION[c.kind],  # type: ignore[arg-type]
                  admin1=c.admin1 if c.kind in ("city", "admin1") else None, geonameid=c.geonameid,
                  text=article.words(span), span=span, near=near)
    return Mention("place", span, article.words(span), place, sentence_of.get(spot.name_start, -1))


def _near_cue(article: Article, doc: Any, spot: Spot, data: dict[str, Any], c: Candidate) -> Near | None:
    """"près de Kharkiv", "on the outskirts of Odesa": the place is a reference point; so is a town
    named with its settlement noun ("near the town of Saravena", "près de la ville de Tibú")."""
    sent_start = doc[spot.start].sent.start
    start = _settlement_start(doc, spot) if spot.settled else spot.start
    before = doc[max(sent_start, start - 6):start].text.lower().replace("’", "'")
    for cue in sorted(data.get("near_cues") or [], key=len, reverse=True):
        cue_l = cue.lower()
        if before.endswith(cue_l) or before.endswith(cue_l + " la") or before.endswith(cue_l + " the") \
                or before.endswith(cue_l + " l'") or before.endswith(cue_l + " le"):
            i = before.rfind(cue_l)
            cstart = doc[max(sent_start, start - 6)].idx + i
            span = article.to_original(cstart, doc[spot.end - 1].idx + len(doc[spot.end - 1]))
            return Near(c.name, None, article.words(span), span)
    return None


def _settlement_start(doc: Any, spot: Spot) -> int:
    """The first word of the settlement noun phrase before a settled town's name ("the small town
    of" in "near the small town of X"): spot.settled says a link and a settlement noun stand there."""
    k = spot.name_start - 1
    while k > 0 and doc[k].pos_ == "DET":
        k -= 1
    k -= 1  # the settlement noun before the link
    while k > 0 and doc[k - 1].pos_ in ("ADJ", "DET"):
        k -= 1
    return min(k, spot.start)
