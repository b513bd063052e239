"""A city quarter named by its noun, with no town in its sentence, lies in the dispatch's town.

Why: "DAMASCUS, Oct 12 (AP) - A suicide bomber blew himself up inside a church in the X
neighbourhood on Sunday, killing 22 worshippers, Syria's health ministry said": the quarter is
too small for the gazetteer, the sentence names no town, and the only place of the sentence was
the ministry's country, so the register placed a bombing in a city's church at country
precision. A reporter names a quarter without its town when the town is the one the dispatch is
filed from (the dateline). The quarter's words become a place of that town, city precision: the
town's name and point, the quarter's words in its ``text`` (so a headline naming the town tells
the same incident, drafts.places_compatible). The pattern: a
quarter noun (``quarter_nouns`` of lang/<code>/places.yaml) with a capitalised name right before
it after a determiner ("the X neighbourhood", "the X district") or right after it, with or
without a link word ("le quartier de X", "le quartier X"); a name some place mention covers is
read by the other steps, and a sentence naming a town of its own is left to them.
"""

from __future__ import annotations

from typing import Any

from newsevents.extract.where_dateline import _dateline_end
from newsevents.extract.where_spots import Spot
from newsevents.lang import section_words
from newsevents.model import Article, Mention, Place

# words of a quarter's name: "Bab Touma", "Bourj el-Barajneh" (a lower-case particle inside counts)
MAX_NAME_TOKENS = 5
# precisions of a place that names the sentence's own town: the quarter is left to where_unlisted
TOWN_PRECISIONS = frozenset({"city", "site"})


def with_quarters(article: Article, doc: Any, spots: list[Spot], timed: set[int],
                  sentence_of: dict[int, int], mentions: list[Mention]) -> list[Mention]:
    """`mentions` and, for each quarter named with no town in its sentence, that quarter at the
    dateline's town (see the module's docstring)."""
    code = article.language or "fr"
    nouns = section_words(code, "places", "quarter_nouns")
    if not nouns:
        return mentions
    town = next((s.candidate for s in spots if s.candidate is not None and s.candidate.kind == "city"
                 and _dateline_end(doc, s, timed) is not None), None)
    if town is None:
        return mentions
    links = section_words(code, "places", "settlement_links")
    out = list(mentions)
    for tok in doc:
        if tok.lower_ not in nouns and tok.lemma_.lower() not in nouns:
            continue
        found = _name_before(doc, tok) or _name_after(doc, tok, links)
        if found is None:
            continue
        start, end = found
        span = article.to_original(doc[start].idx, doc[end - 1].idx + len(doc[end - 1]))
        sentence = sentence_of.get(tok.i, -1)
        if any(m.kind in ("place", "time") and m.span[0] < span[1] and span[0] < m.span[1] for m in out):
            continue  # a place of its own, read by the other steps, or a time
        if any(m.kind == "place" and m.sentence == sentence and isinstance(m.value, Place)
               and m.value.precision in TOWN_PRECISIONS for m in out):
            continue  # "in the X neighbourhood of Aleppo": the sentence's own town
        if any(m.kind == "place" and m.sentence == sentence and isinstance(m.value, Place)
               and m.value.country not in (None, town.country) for m in out):
            continue  # "WASHINGTON - ... the X neighbourhood, Yemen's Houthis said": not the dateline's
        words = article.words(span)
        place = Place(name=town.name, country=town.country, lat=town.lat, lon=town.lon, precision="city",
                      admin1=town.admin1, geonameid=town.geonameid, text=words, span=span)
        out.append(Mention("place", span, words, place, sentence))
    return sorted(out, key=lambda m: m.span)


def _name_before(doc: Any, noun: Any) -> tuple[int, int] | None:
    """"the X neighbourhood": capitalised words between a determiner and the noun."""
    end = start = noun.i
    sent = noun.sent
    while start > sent.start and end - start < MAX_NAME_TOKENS and _name_word(doc[start - 1]):
        start -= 1
    if start == end or start <= sent.start or doc[start - 1].pos_ != "DET":
        return None
    return (start, end) if _name_word(doc[start]) and doc[start].text[:1].isalpha() else None


def _name_after(doc: Any, noun: Any, links: frozenset[str]) -> tuple[int, int] | None:
    """"le quartier de X", "le quartier X": capitalised words right after the noun, past a link word."""
    sent = noun.sent
    start = noun.i + 1
    if start < sent.end and doc[start].lower_.replace("’", "'") in links:
        start += 1
    end = start
    while end < sent.end and end - start < MAX_NAME_TOKENS and _name_word(doc[end]):
        end += 1
    while end > start and not doc[end - 1].text[:1].isupper():
        end -= 1  # no trailing particle
    if end == start or not doc[start].text[:1].isupper():
        return None
    return start, end


def _name_word(tok: Any) -> bool:
    """A word of a quarter's name: capitalised, or a short particle or hyphen joined to one."""
    capitalised = any(part[:1].isupper() and part[:1].isalpha() for part in tok.text.split("-"))
    return capitalised or tok.text == "-" or (tok.is_lower and tok.is_alpha and len(tok.text) <= 3
                                              and not tok.whitespace_)
