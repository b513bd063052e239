"""Stage `where`, a landmark placed by its bearing from a town: "near the X dam east of Aleppo",
"près du barrage de X, à l'est d'Alep", "near the X bridge south of the city of Y".

Why: the gazetteer has towns, not dams, bridges or airfields; such a landmark named with a compass
bearing from a town is where the act happened, and the town only says where it lies. Read as the
town alone, the act lost the landmark and its offset (placed in the city itself), and the landmark,
left as a bare noun phrase, read as the act's target. The mention is a site (``sites`` of
lang/<code>/places.yaml) at the town's point, its `near` keeping the landmark and the words from
the cue of nearness to the town ("near the X dam east of Aleppo"); its span covers both, so the
town's own mention gives way to it. Bearings are ``directions``, links ``distance_links`` of
places.yaml; an offset with a distance ("10 km east of X") is where_sites.find_distances's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from newsevents.extract.where_sites import Phrases, Site, Tokens, find_sites
from newsevents.lang import section_words
from newsevents.model import Article, Mention, Near, Place

if TYPE_CHECKING:
    from newsevents.extract.where_spots import Spot

MAX_NAME_TOKENS = 4  # words of a landmark's own name before ("the Tishreen dam") or after it ("de X")


def landmark_mentions(article: Article, doc: Any, data: dict[str, Any], places: list[Spot],
                      sentence_of: dict[int, int], mentions: list[Mention]) -> list[Mention]:
    """`mentions`, with a site mention for each facility followed by a bearing from a named town;
    the mentions inside its span (the town's, a bare site mention of the facility) give way."""
    directions = tuple(str(k).lower() for k in data.get("directions") or ())
    if not directions:
        return mentions
    compass = Phrases(list(directions))
    links = Phrases([str(w).lower().strip() for w in data.get("distance_links") or ()])
    toks = Tokens.of(doc)
    language = article.language or "fr"
    cues = Phrases(list(section_words(language, "places", "near_cues")))
    near_de = {c.split()[0] for c in section_words(language, "places", "near_cues") if c.endswith(" de")}
    by_start = {s.start: s for s in places if s.candidate is not None and s.candidate.kind != "country"}
    out = list(mentions)
    for site in find_sites(doc, data):
        if not site.keys:
            continue  # a generic noun ("building") names no landmark
        found = _bearing_town(doc, toks, site, compass, links, by_start)
        if found is None:
            continue
        spot, named = found
        start = _near_start(doc, toks, _name_start(doc, site.start), cues, near_de)
        span = article.to_original(doc[start].idx, doc[spot.end - 1].idx + len(doc[spot.end - 1]))
        loc = spot.candidate
        assert loc is not None
        what = " ".join([*named, site.what]) if named else site.what
        near = Near(what, None, article.words(span), span)
        place = Place(name=loc.name, country=loc.country, lat=round(loc.lat, 5), lon=round(loc.lon, 5),
                      precision="site", admin1=loc.admin1, geonameid=loc.geonameid,
                      text=article.words(span), span=span, near=near)
        out = [m for m in out if not (span[0] <= m.span[0] and m.span[1] <= span[1])]
        out.append(Mention("place", span, article.words(span), place, sentence_of.get(site.start, -1)))
    return sorted(out, key=lambda m: m.span)


def _bearing_town(doc: Any, toks: Tokens, site: Site, compass: Phrases, links: Phrases,
                  by_start: dict[int, Spot]) -> tuple[Spot, list[str]] | None:
    """The town a bearing right after the facility names ("dam east of Aleppo", "barrage de X, à
    l'est d'Alep"), and the landmark's own name words (before it in English, after "de" in French)."""
    first = site.start
    while first > max(doc[site.start].sent.start, site.start - MAX_NAME_TOKENS) and \
            doc[first - 1].pos_ == "PROPN" and doc[first - 1].text[:1].isupper():
        first -= 1
    named = [t.text for t in doc[first:site.start]]
    j = site.end
    n = links.match(toks, j)  # "barrage de Tichrine": the landmark's name after it
    if n and j + n < len(doc) and doc[j + n].text[:1].isupper() and j + n not in by_start:
        k = j + n
        while k < len(doc) and k - j <= MAX_NAME_TOKENS and doc[k].text[:1].isupper() and k not in by_start:
            k += 1
        named, j = [t.text for t in doc[j + n:k]], k
    if j < len(doc) and doc[j].text == ",":
        j += 1
    n = compass.match(toks, j)
    if not n:
        return None
    j += n
    n = links.match(toks, j)
    if not n:
        return None
    j += n
    while j < len(doc) and doc[j].pos_ == "DET":
        j += 1
    spot = by_start.get(j) or next((s for s in by_start.values() if s.name_start == j), None)
    return (spot, named) if spot is not None else None


def _name_start(doc: Any, i: int) -> int:
    """The first token of a landmark's phrase: its proper name and determiner before the noun."""
    while i > doc[i].sent.start and (doc[i - 1].pos_ == "PROPN" or doc[i - 1].pos_ == "DET"):
        i -= 1
    return i


def _near_start(doc: Any, toks: Tokens, i: int, cues: Phrases, near_de: set[str]) -> int:
    """The start of a cue of nearness right before token i ("near", "près de"), else i; "près du
    barrage": the cue's "de" merged with the article (`near_de`: the cues' first words)."""
    for k in range(max(doc[i].sent.start, i - 4), i):
        n = cues.match(toks, k)
        if n and k + n >= i:
            return k
    if i >= 2 and toks.lows[i - 1] in ("du", "des") and toks.lows[i - 2] in near_de:
        return i - 2
    return i
