"""A country told "off the coast of X" is the sea off X's coast, not X.

Why: "U.S. forces struck a boat off the coast of Venezuela", "au large des côtes du Yémen": the
act happened at sea; the country's point is its middle, hundreds of kilometres inland, and the
register said the boat was struck in Venezuela. The sea is the one data/coasts.yaml lists for that
country: the one the document names when it names one ("... off Yemen. The Houthis have attacked
ships in the Red Sea"), else the country's only sea there; with several and none named, the
country stays (which sea is unknown). The place is the sea at the point off that country's coast,
region precision, of no country (as a sea named outright: where_coasts.off_coast). Links: the
``offshore_links`` of lang/<code>/places.yaml ("off the coast of ", "au large du ").
"""

from __future__ import annotations

from dataclasses import replace

from newsevents.extract.where_coasts import coast_table
from newsevents.lang import section_words
from newsevents.model import Article, Mention, Place

# the precision of a place a sea replaces: only a whole country ("off Venezuela"); a town told
# "off the port of X" is a distance's reference, read by where_sites
COUNTRY_PRECISION = "country"


def with_offshore(article: Article, mentions: list[Mention]) -> list[Mention]:
    """`mentions`, a country told after an offshore link replaced by the sea off its coast."""
    links = sorted(section_words(article.language or "fr", "places", "offshore_links"), key=len, reverse=True)
    if not links:
        return mentions
    table = coast_table()
    named = {m.value.name for m in mentions if isinstance(m.value, Place) and m.value.name in table}
    out = list(mentions)
    for k, m in enumerate(mentions):
        v = m.value
        if m.kind != "place" or not isinstance(v, Place) or v.precision != COUNTRY_PRECISION or not v.country:
            continue
        before = article.text[max(0, m.span[0] - 40):m.span[0]].lower().replace("’", "'")
        if not any(before.endswith(link if link.endswith(("'", " ")) else link + " ") for link in links):
            continue
        if _particle_before(article, m):
            continue  # "Kyiv fended off Russia's assault": a verb's particle, not the sea
        seas = [sea for sea, coasts in table.items() if v.country in coasts]
        told = [sea for sea in seas if sea in named]
        sea = told[0] if len(told) == 1 else seas[0] if len(seas) == 1 else None
        if sea is None:
            continue
        lat, lon = table[sea][v.country]
        out[k] = Mention(m.kind, m.span, m.text, replace(v, name=sea, country=None, lat=lat, lon=lon,
                                                         precision="region", admin1=None, geonameid=None))
    return out


# dependency labels of a verb's particle ("fended off", "sealed off") in both models' schemes
PARTICLE_DEPS = frozenset({"prt", "compound:prt"})


def _particle_before(article: Article, mention: Mention) -> bool:
    """The word right before the country is a verb's particle, not a preposition of the sea."""
    doc = article.doc
    span = doc.char_span(*article.to_nlp(*mention.span), alignment_mode="expand") if doc is not None else None
    return span is not None and span.start > 0 and doc[span.start - 1].dep_ in PARTICLE_DEPS
