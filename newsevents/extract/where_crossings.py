"""A named border crossing, checkpoint or border post as a place: "at the Torkham border crossing",
"au poste-frontière de Torkham", "the Qalandiya checkpoint".

Why: wire copy of border clashes places the exchange of fire at the crossing and nowhere else. A
crossing's name is seldom a town of the gazetteer and is often tagged an organisation, so the
incident fell back on the country of the first demonym ("Pakistani and Afghan forces exchanged
fire at the Torkham border crossing": Pakistan) and the crossing became its target. A name the
where stage already placed (a town: "the Rafah crossing") is left as it is; a name it did not is
placed on the border between the two countries its sentence names (where_borders.border_point, at
``region`` precision, named "A-B border"), or between the one country it names and the country the
document is most about. With no pair, the crossing is not placed: no point is better than a wrong
one. Vocabulary: ``crossing_nouns`` of lang/<code>/places.yaml.
"""

from __future__ import annotations

from typing import Any

from newsevents.extract.where_borders import border_mention, country_word, document_side
from newsevents.extract.where_sites import Phrases, Tokens, phrases_of
from newsevents.geo.index import Gazetteer, hyphen_articles
from newsevents.model import Article, Mention, Place

MAX_CROSSING_NAME_TOKENS = 4  # "Bab al - Hawa", "Kerem Shalom": longest name read around the noun
NAME_LINKS = frozenset({"de", "du", "d'", "d’", "of"})  # "poste-frontière de Torkham"
# relations of a noun: a noun phrase the tagger took for a verb ("at the Torkham crossing" with
# "crossing" a VERB that is the object of "at") is still the crossing
NOUN_DEPS = frozenset({"pobj", "dobj", "obj", "obl", "nsubj", "nsubjpass", "appos", "attr", "nmod",
                       "compound"})


def _name_token(tok: Any) -> bool:
    return tok.is_alpha and (tok.text[:1].isupper() or tok.lower_ in hyphen_articles())


def find_crossings(doc: Any, nouns: Phrases) -> list[tuple[int, int, int, int]]:
    """(start, end, name_start, name_end) of each named crossing: a capitalised name right before
    the noun ("the Torkham border crossing") or right after it, "de"/"of" allowed ("poste-frontière
    de Torkham"). A noun capitalised at the start of a sentence takes a name after it only through
    "de"/"of": in a title-case headline every word after it is capitalised ("Border Crossing Clash")."""
    out: list[tuple[int, int, int, int]] = []
    toks = Tokens.of(doc)
    i = 0
    while i < len(doc):
        n = nouns.match(toks, i) if doc[i].text[:1].islower() or doc[i].is_sent_start else 0
        if n and doc[i + n - 1].pos_ in ("VERB", "AUX") and doc[i + n - 1].dep_ not in NOUN_DEPS:
            n = 0  # "Israeli troops crossing into Gaza": a verb, no crossing
        if not n:
            i += 1
            continue
        sent = doc[i].sent
        start = i
        while start > sent.start and i - start < MAX_CROSSING_NAME_TOKENS and _name_token(doc[start - 1]):
            start -= 1
        while start < i and not doc[start].text[:1].isupper():
            start += 1
        if start < i:
            out.append((start, i + n, start, i))
            i += n
            continue
        j = i + n
        if j < sent.end and doc[j].lower_ in NAME_LINKS:
            j += 1
        elif doc[i].text[:1].isupper():
            i += n  # "Border Crossing Clash Leaves Two Dead": a title-case headline, no name after
            continue
        end = j
        while end < sent.end and end - j < MAX_CROSSING_NAME_TOKENS and _name_token(doc[end]):
            end += 1
        while end > j and not doc[end - 1].text[:1].isupper():
            end -= 1
        if end > j:
            out.append((i, end, j, end))
        i = max(end, i + n)
    return out


def _pair(doc: Any, sentence: Any, skip: range, language: str,
          support: dict[str, set[str]]) -> tuple[str, str] | None:
    """The two countries the sentence names outside the crossing's own words, in order; with one,
    that one and the country the document is most about."""
    found: list[str] = []
    for t in sentence:
        if t.i in skip or not t.is_alpha or (not t.text[:1].isupper() and language != "fr"):
            continue
        iso = country_word(t.text, language)
        if iso and iso not in found:
            found.append(iso)
    if len(found) == 1 and (side := document_side(support, found[0])) is not None:
        found.append(side)
    return (found[0], found[1]) if len(found) == 2 else None


def with_crossings(article: Article, doc: Any, data: dict[str, Any], gaz: Gazetteer,
                   sentence_of: dict[int, int], mentions: list[Mention],
                   support: dict[str, set[str]]) -> list[Mention]:
    """`mentions`, and a border place for each named crossing no place mention covers."""
    words = [str(w) for w in data.get("crossing_nouns") or ()]
    if not words:
        return mentions
    nouns = phrases_of(tuple(words))
    language = article.language or "fr"
    out = list(mentions)
    for start, end, name_start, name_end in find_crossings(doc, nouns):
        name_span = article.to_original(doc[name_start].idx, doc[name_end - 1].idx + len(doc[name_end - 1]))
        if any(isinstance(m.value, Place) and m.span[0] < name_span[1] and name_span[0] < m.span[1]
               for m in out):
            continue  # "the Rafah crossing": the town, as the where stage read it
        if country_word(doc[name_start:name_end].text, language):
            continue  # "the Israeli checkpoint": whose, not which
        pair = _pair(doc, doc[start].sent, range(start, end), language, support)
        if pair is None:
            continue
        span = article.to_original(doc[start].idx, doc[end - 1].idx + len(doc[end - 1]))
        mention = border_mention(article, gaz, *pair, span, sentence_of.get(start, -1))
        if mention is None or any(m.span[0] < span[1] and span[0] < m.span[1] for m in out):
            continue
        out.append(mention)
    return sorted(out, key=lambda m: m.span)
