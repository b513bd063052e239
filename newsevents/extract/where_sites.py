"""Sites and offsets: "l'ambassade d'Azerbaïdjan en Ukraine", "à environ 35 pas du bâtiment".

Two things the `where` stage needs besides named places:

- **Distances** (``find_distances``): "à (environ) N <unit> [direction] de/du <reference>",
  "(about) N <unit> [direction] of/from <reference>". Units and their factors to metres are in
  ``lang/<code>/places.yaml`` (``distance_units``: a pace is 0.75 m). The reference is either a
  named place (its mention gets ``near``) or a site.
- **Sites** (``site_mentions``): facility noun phrases from the ``sites`` table. A site whose
  location is stated ("... en Ukraine", "... à Kharkiv", "... dans la région d'Odessa") registers
  that location under its facility type; every mention of the same facility type in the document
  (before or after) then carries it. A diplomatic mission located only by its host country is in
  that country's capital. Generic nouns ("bâtiment", "building") take the location of the facility
  they belong to ("le bâtiment administratif de l'ambassade") but never register one.

API for the events stage: a site mention is ``Mention(kind="place", value=Place(precision="site",
name=<city of the facility or "">, lat/lon of that city or None, near=Near(what=<English site
description>, distance_m, text=<"à environ 35 pas">) or None))``; its span covers the offset words
and the facility noun phrase.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from newsevents.extract.numbers_lexicon import numbers_lexicon
from newsevents.lang import section_words
from newsevents.model import Article, Mention, Near, Place

if TYPE_CHECKING:
    from newsevents.extract.where_spots import Spot
    from newsevents.geo.index import Candidate, Gazetteer

MAX_SITE_TOKENS = 6  # longest phrase of the tables read by Phrases, in tokens ("au large des côtes de" = 5)
LOCATION_WINDOW = 8  # tokens after a facility phrase searched for "en Ukraine", "à Kharkiv"
# words around a facility noun read as what tells one facility from another of the same type ("the
# German embassy", "l'ambassade d'Allemagne"): two before, three after (covers "de la", "d'", "of the")
QUALIFIER_BEFORE = 2
QUALIFIER_AFTER = 3
# paragraphs at the top of a text read as its headline and lead (a run of line breaks, blank
# lines included, is one token of the parse: one break)
LEAD_PARAGRAPHS = 2
MAX_MODIFIERS = 2  # words between an offset's "of the" and the facility noun ("the Azerbaijani embassy")


@dataclass(slots=True)
class Distance:
    """An offset phrase: tokens [start, end) say "à environ 35 pas"; the reference starts at `target`."""

    start: int
    end: int
    metres: float | None
    bearing: float | None
    target: int
    # the reference is a town a settlement noun names ("... southwest of the port of Hodeidah"): the
    # town's mention keeps its own words, not the noun's (a target's reader links "port of X" by them)
    settled: bool = False

    def char_span(self, doc: Any) -> tuple[int, int]:
        return doc[self.start].idx, doc[self.end - 1].idx + len(doc[self.end - 1])

    def text(self, doc: Any) -> str:
        return doc[self.start:self.end].text


@dataclass(slots=True)
class Site:
    """A facility noun phrase: tokens [start, end); `segments` are its nouns, split at "de"/"of"."""

    start: int
    end: int
    segments: list[list[str]] = field(default_factory=list)  # English words per segment
    keys: list[str] = field(default_factory=list)  # specific (non-generic) facility types
    missions: set[str] = field(default_factory=set)

    @property
    def what(self) -> str:
        """English description: "X de Y" / "X of Y" reads "Y X" ("embassy administrative building")."""
        return " ".join(" ".join(seg) for seg in reversed(self.segments))


def _number(tok: Any, language: str) -> float | None:
    text = tok.text.replace("\u202f", "").replace(" ", "")
    try:
        return float(text.replace(",", "."))
    except ValueError:
        pass
    if not tok.is_alpha:
        return None
    try:
        from text_to_num import text2num

        return float(text2num(tok.lower_, language))
    except (ValueError, ImportError, KeyError):
        return None


_FIRST_WORD = re.compile(r"\w+")


class Phrases:
    """Multi-word phrases matched against a document's tokens, longest first.

    Phrases are indexed by their first word, and a candidate is compared with the document's own
    lower-case token texts and spacing, so "l'ambassade" matches the tokens "l'" + "ambassade".
    """

    def __init__(self, phrases: list[str]) -> None:
        self.by_first: dict[str, list[str]] = {}
        for p in sorted({p.lower() for p in phrases if p}, key=len, reverse=True):
            m = _FIRST_WORD.match(p)
            self.by_first.setdefault(m.group(0) if m else p, []).append(p)

    def match(self, toks: Tokens, i: int) -> int:
        """Number of tokens from i that spell one of the phrases, 0 when none."""
        if i >= len(toks.lows):
            return 0
        for phrase in self.by_first.get(toks.firsts[i], ()):
            text, n = toks.lows[i], 1
            while len(text) < len(phrase) and i + n < len(toks.lows) and n < MAX_SITE_TOKENS:
                text += toks.spaces[i + n - 1] + toks.lows[i + n]
                n += 1
            if text == phrase:
                return n
        return 0


# Phrases of a table, kept per table (keyed on its words): the stages asked for 6 a document, each
# sorting and indexing its table again; a Phrases is never changed once built, so one is shared.
PHRASES_KEPT = 64


@lru_cache(maxsize=PHRASES_KEPT)
def phrases_of(words: tuple[str, ...]) -> Phrases:
    """The Phrases of these words, built once (``Phrases(list(words))``)."""
    return Phrases(list(words))


@dataclass(slots=True)
class Tokens:
    """Lower-case texts, first words and trailing spaces of a document's tokens (read once)."""

    lows: list[str]
    firsts: list[str]
    spaces: list[str]

    @classmethod
    def of(cls, doc: Any) -> Tokens:
        """The document's tokens, read once per Doc (find_distances and find_sites both scan it;
        the last Doc's reading is kept, stages handle one article at a time)."""
        last = _LAST_TOKENS[0]  # (doc, tokens) swapped in one store: safe if threads share it
        if last[0] is not doc:
            lows = [t.lower_ for t in doc]
            firsts = [(m.group(0) if (m := _FIRST_WORD.match(w)) else w) for w in lows]
            last = _LAST_TOKENS[0] = (doc, cls(lows, firsts, [t.whitespace_ for t in doc]))
        return last[1]  # type: ignore[no-any-return]


_LAST_TOKENS: list[tuple[Any, Any]] = [(None, None)]


def find_distances(doc: Any, data: dict[str, Any]) -> list[Distance]:
    """Every "N <unit> [direction] de/of <reference>" phrase in the document."""
    units = {str(k).lower(): float(v) for k, v in (data.get("distance_units") or {}).items()}
    hedges = {w for h in data.get("distance_hedges") or [] for w in h.lower().replace("'", "' ").split()}
    intros = {w.lower() for w in data.get("distance_intro") or [] if w}
    links = sorted((w.lower().strip() for w in data.get("distance_links") or []), key=len, reverse=True)
    directions = {k.lower(): float(v) for k, v in (data.get("directions") or {}).items()}
    # "40 km off Aden", "à 40 km au large de Hodeïda": an offset out to sea from the town, read here
    # only (the other readers of ``distance_links`` chain facility nouns with them)
    offshore = [w.lower().strip() for w in data.get("offshore_links") or []]
    compass, link_phrases = phrases_of(tuple(directions)), phrases_of((*links, *offshore))
    toks = Tokens.of(doc)
    unit_phrases = phrases_of(tuple(units))  # "nautical miles", "milles nautiques": units of several words
    collective = numbers_lexicon(doc.lang_).collective if doc.lang_ else {}
    collective_links = {w.strip().rstrip("'") for w in links} | {w.strip() for w in links}
    settled, plain_links = frozenset(section_words(doc.lang_, "places", "settlement_nouns")), Phrases(links)
    out: list[Distance] = []
    for i in range(1, len(toks.lows)):
        size = unit_phrases.match(toks, i)
        if not size:
            continue
        factor = units.get(doc[i:i + size].text.lower() if size > 1 else toks.lows[i])
        tok = doc[i]
        start = tok.i - 1
        value = _number(doc[i - 1], doc.lang_)
        if value is None and i >= 2 and toks.lows[i - 1] in collective_links:
            # "à une cinquantaine de mètres": a collective numeral counts the unit
            value = collective.get(toks.lows[i - 2])
            start = tok.i - 2
        elif value is None and toks.lows[i - 1] in collective:
            # "about a dozen kilometres": the numeral noun counts the unit with no "of", after its article
            value = collective[toks.lows[i - 1]]
            start = tok.i - 2 if i >= 2 and doc[i - 2].pos_ == "DET" else tok.i - 1
        if value is None or not factor:
            continue
        while start > tok.sent.start and doc[start - 1].lower_ in hedges | intros:
            start -= 1
        j, bearing = tok.i + size, None
        n = compass.match(toks, j)
        if n:
            bearing = directions[doc[j:j + n].text.lower()]
            j += n
        n = link_phrases.match(toks, j)
        if not n:
            continue
        first = _skip_dets(doc, j + n)
        target = _past_settlement_noun(doc, toks, first, settled, plain_links)
        out.append(Distance(start, j, value * factor, bearing, target, target != first))
    return out


def _skip_dets(doc: Any, i: int) -> int:
    while i < len(doc) - 1 and doc[i].pos_ == "DET":
        i += 1
    return i


def _past_settlement_noun(doc: Any, toks: Tokens, target: int, nouns: frozenset[str], links: Phrases) -> int:
    """The reference of a distance is the town a settlement noun names ("50 nautical miles southwest
    of the port of Hodeidah", "à 20 km du village de Kyauk Kone": ``settlement_nouns``): the offset is
    from the town, and the noun is no facility of its own (site_mentions skips it)."""
    if target >= len(doc) - 1 or doc[target].lemma_.lower() not in nouns:
        return target
    n = links.match(toks, target + 1)
    name = _skip_dets(doc, target + 1 + n) if n else target
    return name if n and doc[name].text[:1].isupper() else target


def find_sites(doc: Any, data: dict[str, Any]) -> list[Site]:
    """Facility noun phrases, chains included ("bâtiment administratif de l'ambassade")."""
    table = {str(k).lower(): v for k, v in (data.get("sites") or {}).items()}
    plural = phrases_of(tuple(table.keys() | {p + "s" for p in table}))
    links = phrases_of(tuple(w.lower().strip() for w in data.get("distance_links") or []))
    toks = Tokens.of(doc)
    out: list[Site] = []
    i = 0
    while i < len(doc):
        n = plural.match(toks, i) if doc[i].text[:1].islower() or doc[i].is_sent_start else 0
        if not n:
            i += 1
            continue
        site = Site(i, i + n)
        j = i
        while n:
            phrase = doc[j:j + n].text.lower()
            entry = table.get(phrase) or table.get(phrase[:-1]) or {}
            words = str(entry.get("en") or phrase).split()
            if site.segments and j == site.end:  # adjacent nouns: one compound ("embassy building")
                site.segments[-1].extend(words)
            else:
                site.segments.append(words)
            if not entry.get("generic"):
                site.keys.append(str(entry.get("en") or phrase))
            if entry.get("mission"):
                site.missions.add(str(entry.get("en")))
            site.end = j + n
            j = site.end
            while j < len(doc) and doc[j].pos_ == "ADJ":
                j += 1
            k = links.match(toks, j)
            j2 = j + k
            while j2 < len(doc) and doc[j2].pos_ == "DET":
                j2 += 1
            n = plural.match(toks, j2) if (k or j == site.end) and j2 < len(doc) else 0
            j = j2 if n else j
        out.append(site)
        i = site.end
    return out


def _own_location(doc: Any, site: Site, places: list[Spot], data: dict[str, Any]) -> Spot | None:
    """A place stated right after the facility with a location preposition ("en Ukraine")."""
    preps = {p.lower() for p in data.get("location_preps") or []}
    of = {w.strip().lower() for w in [*(data.get("distance_links") or []), *(data.get("of_words") or [])]}
    settlements = {str(w).lower() for w in data.get("settlement_nouns") or ()}
    limit = min(len(doc), site.end + LOCATION_WINDOW)
    for spot in places:
        if not site.end <= spot.start < limit:
            continue
        between = doc[site.end:spot.start]
        if any(t.is_punct or t.pos_ in ("VERB", "AUX") for t in between):
            continue
        k = _before_dets(doc, spot.start - 1, site.end)
        if k - 1 >= site.end and doc[k].lower_ in of and doc[k - 1].lower_ in settlements:
            # "at a market in the town of Mellit in North Darfur state": the town, not the state
            k = _before_dets(doc, k - 2, site.end)
        if k >= site.end and doc[k].lower_ in preps:
            return _possessed(doc, spot, places) or spot
        # "l'hôpital de Kharkiv", "the port of Odesa" -- but "l'ambassade de France" names an owner
        cand = spot.candidate
        if k >= site.end and doc[k].lower_ in of and not site.missions and cand is not None \
                and cand.kind != "country" and k == site.end:
            return spot
    return None


def _possessed(doc: Any, spot: Spot, places: list[Spot]) -> Spot | None:
    """The place a country's possessive qualifies ("a market in Sudan's North Darfur", "in Congo's
    Ituri province"): that place locates the facility, the country only says where it lies."""
    if spot.end >= len(doc) or doc[spot.end].tag_ != "POS":
        return None
    return next((s for s in places if s.start == spot.end + 1), None)


def _before_dets(doc: Any, k: int, start: int) -> int:
    """The first token at or before k that is no determiner (down to start - 1)."""
    while k >= start and doc[k].pos_ == "DET":
        k -= 1
    return k


def _leads_to(doc: Any, target: int, start: int) -> bool:
    """The offset's reference is this site, right there or after modifiers ("the Azerbaijani embassy")."""
    if not 0 <= start - target <= MAX_MODIFIERS:
        return False
    return all(t.pos_ in ("ADJ", "PROPN", "DET", "NUM") for t in doc[target:start])


def _located(spot: Spot, site: Site, gaz: Gazetteer) -> Candidate | None:
    cand = spot.candidate
    if cand is None:
        return None
    if cand.kind == "country" and site.missions and cand.country:
        return gaz.capital_of(cand.country) or cand
    return cand


def site_mentions(article: Article, doc: Any, data: dict[str, Any], places: list[Spot],
                  distances: list[Distance], gaz: Gazetteer, sentence_of: dict[int, int]) -> list[Mention]:
    """Place mentions (precision "site") for facilities with a known location or a stated offset."""
    sites = find_sites(doc, data)
    located: list[tuple[Site, Candidate, set[str]]] = []
    for site in sites:
        spot = _own_location(doc, site, places, data)
        loc = _located(spot, site, gaz) if spot is not None else None
        if loc is not None:
            located.append((site, loc, _qualifiers(doc, site)))
    own = {site.start: loc for site, loc, _ in located}
    # "50 nautical miles southwest of the port of Hodeidah": the port names the reference town
    passed = {i for d in distances for i in range(d.end, d.target)}
    out = []
    for site in sites:
        if site.start in passed:
            continue
        loc = own.get(site.start) or _same_facility(doc, site, located)
        dist = next((d for d in distances if _leads_to(doc, d.target, site.start)), None)
        if loc is None and dist is None:
            continue
        out.append(_site_mention(article, doc, site, loc, dist, sentence_of))
    return out


def _qualifiers(doc: Any, site: Site) -> set[str]:
    """Words that tell this facility from another of its type: adjectives and names just before
    ("German", "Azerbaijani") and names just after ("d'Allemagne", "of France")."""
    sent = doc[site.start].sent
    before = doc[max(sent.start, site.start - QUALIFIER_BEFORE):site.start]
    after = doc[site.end:min(sent.end, site.end + QUALIFIER_AFTER)]
    words = {t.lower_ for t in before if t.pos_ in ("ADJ", "PROPN")}
    for t in after:
        if t.is_punct or t.pos_ in ("VERB", "AUX"):
            break
        if t.pos_ in ("PROPN", "ADJ") and t.text[:1].isupper():
            words.add(t.lower_)
    return words


def _same_facility(doc: Any, site: Site, located: list[tuple[Site, Candidate, set[str]]]) -> Candidate | None:
    """Location of the facility a bare mention refers to: among located ones of the same type, the
    one with the same qualifiers ("the German embassy" -> the German one), else the latest before it,
    else the first after it. That last for a diplomatic mission (a story has few: "à 35 pas du
    bâtiment de l'ambassade" before "l'ambassade d'Azerbaïdjan en Ukraine"), and for other
    facilities only from the headline and lead, which name briefly what the body locates: further
    down, a bare "le ministère" before "le ministère des Affaires étrangères à Moscou" is another
    state's ministry as often as the same one (each state of a story has its own). Two embassies in
    one story keep their own cities."""
    same = [(other, loc, q) for other, loc, q in located if set(other.keys) & set(site.keys)]
    if not same:
        return None
    mine = _qualifiers(doc, site)
    if mine:
        same = [x for x in same if x[2] & mine] or same
    before = [x for x in same if x[0].start < site.start]
    if before:
        return before[-1][1]
    return same[0][1] if site.missions or _in_lead(doc, site.start) else None


def _in_lead(doc: Any, i: int) -> bool:
    """Token i lies in the first LEAD_PARAGRAPHS paragraphs of the text (headline, lead)."""
    breaks = sum(1 for t in doc[:i] if "\n" in t.text or ("\n" in t.whitespace_ and not t.is_space))
    return breaks < LEAD_PARAGRAPHS


# what a facility placed only by an area is known to: that area ("an army base in northern Israel")
AREA_PRECISIONS = {"country": "country", "admin1": "admin1", "region": "region"}


def _precision(loc: Candidate | None, dist: Distance | None) -> str:
    """"site", unless all that places the facility is an area: its country ("le consulat iranien
    en Syrie": a consulate need not be in the capital), a province or a part of a land ("an army
    base in northern Israel", "un dépôt dans la région de Briansk"): then only that area is known,
    and the town a sentence names is a finer scene than this mention."""
    if dist is None and loc is not None and loc.kind in AREA_PRECISIONS:
        return AREA_PRECISIONS[loc.kind]
    return "site"


def _site_mention(article: Article, doc: Any, site: Site, loc: Candidate | None, dist: Distance | None,
                  sentence_of: dict[int, int]) -> Mention:
    start = dist.start if dist is not None else site.start
    span = article.to_original(doc[start].idx, doc[site.end - 1].idx + len(doc[site.end - 1]))
    near = None
    if dist is not None:
        near = Near(site.what, round(dist.metres, 2) if dist.metres is not None else None, dist.text(doc),
                    article.to_original(*dist.char_span(doc)))
    place = Place(name=loc.name if loc else "", country=loc.country if loc else None,
                  lat=round(loc.lat, 5) if loc else None, lon=round(loc.lon, 5) if loc else None,
                  precision=_precision(loc, dist), admin1=loc.admin1 if loc else None,
                  geonameid=loc.geonameid if loc else None, text=article.words(span), span=span, near=near)
    return Mention("place", span, article.words(span), place, sentence_of.get(site.start, -1))


def offset_point(lat: float, lon: float, metres: float, bearing_deg: float) -> tuple[float, float]:
    """The point `metres` away from (lat, lon) on a compass bearing (spherical earth)."""
    r = metres / 6_371_000.0
    b = math.radians(bearing_deg)
    p1, l1 = math.radians(lat), math.radians(lon)
    p2 = math.asin(math.sin(p1) * math.cos(r) + math.cos(p1) * math.sin(r) * math.cos(b))
    l2 = l1 + math.atan2(math.sin(b) * math.sin(r) * math.cos(p1), math.cos(r) - math.sin(p1) * math.sin(p2))
    return math.degrees(p2), (math.degrees(l2) + 540) % 360 - 180
