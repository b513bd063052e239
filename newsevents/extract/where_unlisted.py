"""A place the gazetteer lacks, named with the unit that holds it, keeps its own name.

Why: small towns and city quarters are often missing from GeoNames ("an air strike on the hospital
in Old Fangak, Jonglei state", "killed six people in Belot, a neighbourhood of Kenscoff", "à X,
un quartier de Djibo", "à X, dans la province du Soum"). Left alone, the unit placed the act under
the unit's own name: the register said "Jonglei" or "Kenscoff", silently dropping the place the
text gave, and two reports of one strike, one naming the town, could not be told apart from a
strike elsewhere in the state. The text says where the name lies: in the unit set beside it.

The name becomes a place at the unit's point with the unit's precision (``admin1`` for a state or
a province: the town is somewhere in it; ``city`` for a quarter of a town), in the unit's country
and first-level division, under the name the text gave. The pattern is syntax, not a list: a
location preposition (``location_preps`` / ``near_cues`` of lang/<code>/places.yaml), a capitalised
name no place mention covers, a comma, then the unit -- a division right away ("X, Jonglei state",
"X, dans la région Amhara"), or a settlement noun (``settlement_nouns``: "a neighbourhood of", "un
quartier de") before a town; "X, a village in Y province" keeps Y's name (tests/test_events_r27.py).
A town right after the comma with no such noun is left alone
("in X, Kenscoff" may list two places); with no comma ("Berezovka in Russia's Belgorod region")
the division still names the place, as tests/test_args_r17.py settled; a settlement noun before the
name ("le village d'Ukpam, dans l'État de Benue") stands for the location preposition. A country
never holds the name: a village at a country's centre is no better than no point. The unit's own
mention takes the name too (whichever the act is given, the name is kept), and so does a name the
other steps already set at the unit's point ("Bel Air" qualified by "Port-au-Prince").
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING, Any

from newsevents.extract.where_neighbours import with_neighbours
from newsevents.geo import gazetteer
from newsevents.lang import section_words
from newsevents.model import Article, Mention, Place

if TYPE_CHECKING:
    from newsevents.extract.where_spots import Spot

# units that hold a name set right beside them, with no settlement noun ("X, Jonglei state"); not a
# region (a district the gazetteer knows as an area, a side of a country: "X, a town in North
# Waziristan" keeps the region's name, as tests/test_events_r27.py settled)
DIVISION_PRECISIONS = frozenset({"admin1", "admin2"})
# units that hold a name told a settlement or a quarter of them ("X, a neighbourhood of Kenscoff")
SETTLED_PRECISIONS = DIVISION_PRECISIONS | {"city"}
# a named area (regions.yaml: "Ituri", "North Darfur" as the text spells it) holds a name set right
# beside it ("à X, dans la province de l'Ituri") or a camp's or village's own name before its noun
# ("the X displacement camp in North Darfur"), never one told "X, a town in Y" (tests r27)
AREA_PRECISIONS = DIVISION_PRECISIONS | {"region"}
# lower-case words between a name and its settlement noun: "the X displacement camp", "the X refugee camp"
MAX_NOUN_MODIFIERS = 2
# words between the comma and the unit: "a small town in the", "une petite localité de la"
MAX_LINK_TOKENS = 6
# mentions a name is not an unlisted place under: a place of its own, a time
OWN_KINDS = frozenset({"place", "time"})
# entity labels of a time, in both models' schemes
TIME_LABELS = frozenset({"DATE", "TIME", "EVENT"})
# the English possessive of a country named between the comma and the unit
POSSESSIVES = frozenset({"'s", "’s"})
# words of the unlisted name: "Old Fangak", "Datu Hoffer", "Fonds-des-Nègres" (hyphens count)
MAX_NAME_TOKENS = 6
BORDER_SUFFIX = " border"
# an area's gazetteer point and the point a mention of it carries agree within this (degrees)
AREA_POINT_DEG = 0.01  # the name where_borders.border_mention gives a border


def with_unlisted(article: Article, doc: Any, places: list[Spot],
                  sentence_of: dict[int, int], mentions: list[Mention]) -> list[Mention]:
    """`mentions` and the towns the gazetteer lacks that a unit named around them places: first a
    town's neighbour (where_neighbours: "la ville voisine de X"), then, for each unit holding such
    a name, that name as a place at the unit (see the module's docstring)."""
    mentions = with_neighbours(article, doc, places, sentence_of, mentions)
    code = article.language or "fr"
    nouns = section_words(code, "places", "settlement_nouns")
    preps = section_words(code, "places", "location_preps") | section_words(code, "places", "near_cues")
    out = list(mentions)
    for m in mentions:
        if m.kind != "place" or not isinstance(m.value, Place) or m.value.lat is None \
                or m.value.precision not in SETTLED_PRECISIONS | AREA_PRECISIONS or m.value.country is None:
            continue
        if m not in out:
            continue  # dropped as a namesake abroad of a name a unit places
        if m.value.precision == "region" and not _area_named(m.value):
            continue  # "dans l'est de la Pologne": a side of a country holds no name (tests r29b)
        unit = doc.char_span(*article.to_nlp(*m.span), alignment_mode="expand")
        if unit is None:
            continue
        found = _name_before(doc, unit.start, nouns, preps, m.value.precision) \
            or _name_of_noun(doc, unit.start, nouns, preps, m.value.precision)
        if found is None:
            continue
        start, end = found
        span = article.to_original(doc[start].idx, doc[end - 1].idx + len(doc[end - 1]))
        words = article.words(span)
        own = [o for o in out if o.kind in OWN_KINDS and o.span[0] < span[1] and span[0] < o.span[1]]
        abroad = [o for o in own if _abroad(o, m.value)]
        if abroad:  # "le camp de X, dans le Darfour-Nord": not the X of another country the gazetteer has
            out = [o for o in out if o not in abroad]
            own = [o for o in own if o not in abroad]
        if any(not _at(o, m.value) for o in own):
            continue  # a place of its own elsewhere (read by the other steps), or a time ("in Ramadan")
        # the unit's words now tell where the name lies: whichever mention the act takes, the name is kept
        named = replace(m.value, name=words, geonameid=None)
        out[out.index(m)] = Mention(m.kind, m.span, m.text, named, m.sentence)
        if not own:
            place = replace(m.value, name=words, text=words, span=span, geonameid=None, near=None)
            out.append(Mention("place", span, words, place, m.sentence))
    return out


def _abroad(mention: Mention, unit: Place) -> bool:
    """A town's reading in another country than the unit set beside it: the text says the name lies
    in the unit, so the gazetteer's namesake abroad is not it."""
    v = mention.value
    return mention.kind == "place" and isinstance(v, Place) and v.precision == "city" \
        and v.country is not None and v.country != unit.country


def _at(mention: Mention, unit: Place) -> bool:
    """A place mention the other steps already set at the unit's very point ("Bel Air" qualified by
    the town after it): the same reading, not a place of its own elsewhere."""
    v = mention.value
    return isinstance(v, Place) and (v.lat, v.lon) == (unit.lat, unit.lon)


def _name_before(doc: Any, i: int, nouns: frozenset[str], preps: frozenset[str],
                 precision: str) -> tuple[int, int] | None:
    """(start, end) of the capitalised name set before the unit starting at token `i`: the link
    words back to a comma (determiners, prepositions, adjectives and one settlement noun), then
    the name, then a location preposition right before it."""
    sent = doc[i].sent
    j, settled = i - 1, False
    divisions = _division_nouns(doc.lang_)
    while j > sent.start and i - j <= MAX_LINK_TOKENS and doc[j].text != ",":
        t = doc[j]
        if (t.lower_ in divisions and t.is_lower) and not (t.lower_ in nouns or t.lemma_.lower() in nouns):
            pass  # "dans la province de l'Ituri": the unit's own noun, whatever tag the parse gives it
        elif t.lower_ in nouns or t.lemma_.lower() in nouns:
            if settled:
                return None
            settled = True
        elif t.text in POSSESSIVES:  # "a town in Burkina Faso's Centre-Nord region"
            while j - 1 > sent.start and doc[j - 1].text[:1].isupper():
                j -= 1
        elif t.pos_ not in ("ADP", "DET", "ADJ") or not t.is_lower:
            return None
        j -= 1
    if j <= sent.start:
        return None
    if doc[j].text != ",":
        return None  # "Berezovka in Russia's Belgorod region": the division names the place (tests r17)
    end = j
    if precision == "region" and settled:
        return None  # "X, a town in North Waziristan": the area's name (tests r27)
    if settled != (precision == "city"):
        return None  # "in X, Kenscoff": maybe two places; "X, a village in Y province": Y (tests r27)
    start = end
    while start > sent.start and end - start < MAX_NAME_TOKENS and _name_word(doc, start - 1, start < end):
        start -= 1
    while start < end and not doc[start].text[:1].isupper():
        start += 1  # no leading hyphen
    if start == end or start <= sent.start:
        return None
    if any(doc[k].ent_type_ in TIME_LABELS for k in range(start, end)):
        return None  # "in Ramadan, Idlib province": a time, not a town
    if not _after_cue(doc, start, preps) and not _settlement_named(doc, start, nouns):
        return None  # "the village of Berezovka in X region": a settlement noun's name, read elsewhere
    return start, end


@cache
def _division_nouns(code: str) -> frozenset[str]:
    """The nouns of a first-level division told before its name ("province", "région"), single words."""
    words = section_words(code, "places", "admin1_before")
    return frozenset(w.split()[0] for w in words)


def _name_of_noun(doc: Any, i: int, nouns: frozenset[str], preps: frozenset[str],
                  precision: str) -> tuple[int, int] | None:
    """(start, end) of the name a settlement noun bears before it, the noun set right before the
    division starting at token `i` by a location preposition: "the Zamzam displacement camp in
    North Darfur", "the Kwatara village in Borno state". The name is the camp's, the division only
    holds it (a quarter of a town is where_unlisted's comma form, or the town's)."""
    if precision not in AREA_PRECISIONS:
        return None
    sent = doc[i].sent
    j = i - 1
    if j <= sent.start or doc[j].lower_ not in preps:
        return None
    j -= 1
    while j > sent.start and doc[j].pos_ == "DET" and doc[j].is_lower:
        j -= 1  # "in the North Darfur state" is no name's
    noun = doc[j]
    if noun.lower_ not in nouns and noun.lemma_.lower() not in nouns:
        return None
    end = j
    while end > sent.start and i - end <= MAX_NOUN_MODIFIERS + 3 and doc[end - 1].is_lower \
            and doc[end - 1].pos_ in ("NOUN", "ADJ") and j - end < MAX_NOUN_MODIFIERS:
        end -= 1
    start = end
    while start > sent.start and end - start < MAX_NAME_TOKENS and _name_word(doc, start - 1, start < end):
        start -= 1
    while start < end and not doc[start].text[:1].isupper():
        start += 1
    if start == end or start <= sent.start or doc[start - 1].pos_ != "DET":
        return None  # "the X camp": a name between the article and the noun, not a sentence's subject
    if any(doc[k].ent_type_ in TIME_LABELS for k in range(start, end)):
        return None
    return start, end


def _settlement_named(doc: Any, start: int, nouns: frozenset[str]) -> bool:
    """A settlement noun and its link end right before token `start`: "le village d'Ukpam, dans
    l'État de Benue", "the village of X, Benue state" (a comma and the division follow: the
    caller checked)."""
    links = section_words(doc.lang_, "places", "settlement_links")
    if start < 2 or doc[start - 1].lower_.replace("’", "'") not in links:
        return False
    noun = doc[start - 2]
    if noun.lower_ in nouns or noun.lemma_.lower() in nouns:
        return True
    if start >= 4 and noun.is_lower and noun.pos_ in ("NOUN", "ADJ", "VERB") \
            and doc[start - 3].lower_.replace("’", "'") in links:
        noun = doc[start - 4]  # "le camp de déplacés de X": the noun's own complement first
        return noun.lower_ in nouns or noun.lemma_.lower() in nouns
    return False


def _after_cue(doc: Any, start: int, cues: frozenset[str]) -> bool:
    """A location preposition or a near cue, in full, ends right before token `start` ("in",
    "près de", "on the outskirts of"; not the bare "of" of "the village of")."""
    for cue in cues:
        n = len(cue.split())
        if start - n >= 0 and " ".join(t.lower_.replace("’", "'") for t in doc[start - n:start]) == cue:
            return True
    return False


def _name_word(doc: Any, k: int, inside: bool) -> bool:
    """Token `k` belongs to a capitalised name: a capitalised word, or a hyphen joining two words
    with no space ("Fonds-des-Nègres") once the name has begun."""
    t = doc[k]
    if t.text[:1].isupper() and t.text[:1].isalpha():
        return True
    return inside and (t.text == "-" or (not t.whitespace_ and k + 1 < len(doc) and doc[k + 1].text == "-"))


def named_in(town: Place, division: Place) -> bool:
    """A town this module kept at its state's point under its own name ("le village d'Ukpam, dans
    l'État de Benue"), and the state itself named by another mention of the incident ("une attaque
    contre un village du Benue" in the headline): same point, same precision, but the town says
    more, whichever mention came first (drafts.better_place). Alike a village kept at a border's point
    (where_border_villages: "à Przewodów, un village près de la frontière ukrainienne") over the
    border alone ("affrontements près de la frontière vénézuélienne" in the headline)."""
    same = town.name != division.name and town.country == division.country \
        and (town.lat, town.lon) == (division.lat, division.lon)
    if same and town.precision == division.precision == "region" and division.country is None:
        return division.name.endswith(BORDER_SUFFIX) and not town.name.endswith(BORDER_SUFFIX)
    if same and town.precision == division.precision == "region":  # "à X, dans la province de l'Ituri"
        return _area_named(division) and not _area_named(town)
    return same and town.precision == division.precision == "admin1" \
        and division.name == division.admin1 and town.admin1 == division.admin1



def _area_named(place: Place) -> bool:
    """The gazetteer knows `place`'s name as an area at its very point (regions.yaml's "Ituri"),
    not only as the name a text gave a camp or a village kept there."""
    if place.lat is None or place.lon is None:
        return False
    gaz = gazetteer()
    cands = (gaz.candidate(e) for e, _ in gaz.entries(place.name))
    return any(c.kind == "region" and abs(c.lat - place.lat) < AREA_POINT_DEG
               and abs(c.lon - place.lon) < AREA_POINT_DEG for c in cands)
