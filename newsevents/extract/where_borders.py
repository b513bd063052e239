"""Stage `where`, a border between two named countries as a place: "near the Israeli-Lebanese
border", "à la frontière libano-israélienne", "the border between Serbia and Kosovo".

Why: wire copy often places an act on a border and nowhere else; the phrase names two countries
but neither is the place (the neighbour is no more where it happened than the act's own side).
The place is a point on that border at region precision: the midpoint of the two countries'
nearest first-level divisions (GeoNames' representative points), which lies near the border
for neighbours whatever their size ("Northern District" and "South Governorate" for Israel and
Lebanon: within 15 km of it). A border with one country only ("the border with Serbia") takes
the other side from its sentence, else from the country the document is most about; with
neither, it is left to the other readers. Read last (sides_at_border): a border word on an act's
noun naming no country ("border clashes") is the border of the two countries its sentence names,
and troops of two neighbours facing each other at a spot the gazetteer lacks are at theirs.
Vocabulary: ``border_nouns``, ``border_between``, ``border_and`` of
lang/<code>/places.yaml; a combining form ("libano-", "Russo-") is read as the adjective it begins.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from newsevents.extract.where_coasts import DEMONYM_EVIDENCE
from newsevents.geo.index import Gazetteer, haversine_km
from newsevents.lang import section_words
from newsevents.model import Article, Mention, Place
from newsevents.parties import english_country, fold
from newsevents.parties.countries import all_demonyms, country_from_adjective, country_from_name

# nearest divisions farther apart than this are no neighbours' (Mali's Kidal and Algeria's
# Tamanghasset, true neighbours, are 624 km apart: the widest pair in the test tables)
MAX_DIVISION_KM = 800
# shortest combining form read ("indo-", "serbo-"): shorter ones match too many adjectives
MIN_FORM = 3
# words of a country's name or adjective read whole in a sentence ("South Sudanese", "Soudan du Sud")
MAX_NAME_WORDS = 3
_PAIR = re.compile(r"([^\W\d_]+)\s*[-\u2010\u2011\u2013]\s*([^\W\d_]+)")


def with_borders(article: Article, doc: Any, data: dict[str, Any], gaz: Gazetteer,
                 sentence_of: dict[int, int], mentions: list[Mention],
                 support: dict[str, set[str]] | None = None) -> list[Mention]:
    """`mentions`, and a border place for each border noun naming two countries; a country
    mention inside the phrase gives way to it. `support`: the document's evidence per country
    (where._country_support), for a border with one side named in a sentence naming no other."""
    nouns = {str(w).lower() for w in data.get("border_nouns") or ()}
    if not nouns:
        return mentions
    language = article.language or "fr"
    out = list(mentions)
    for tok in doc:
        if tok.lemma_.lower() not in nouns and tok.lower_ not in nouns:
            continue
        found = _pair_around(doc, tok, data, language, support or {})
        if found is None:
            continue
        lo, hi, a, b, _ = found
        if found[4] and _placed_in(article, doc, out, sentence_of.get(tok.i, -1), a):
            continue  # "tombé en Pologne, près de la frontière ukrainienne": in Poland, as said
        span = article.to_original(doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1]))
        mention = border_mention(article, gaz, a, b, span, sentence_of.get(tok.i, -1))
        if mention is None:
            continue
        out = [m for m in out if not (span[0] <= m.span[0] and m.span[1] <= span[1])]
        if any(m.span[0] < span[1] and span[0] < m.span[1] for m in out):
            continue
        out.append(mention)
    return sorted(out, key=lambda m: m.span)


def sides_at_border(article: Article, doc: Any, data: dict[str, Any], gaz: Gazetteer,
                    sentence_of: dict[int, int], mentions: list[Mention]) -> list[Mention]:
    """`mentions` and the borders told by the sides alone, read last (after crossings, lines and
    every place name, which they never override): a border word on an act's noun naming no
    country (sentence_sides), troops of two neighbours at an unnamed spot (forces_at_border)."""
    words = {str(w).lower() for key in ("border_nouns", "border_adjectives") for w in data.get(key) or ()}
    language = article.language or "fr"
    out = list(mentions)
    for tok in doc:
        if tok.lemma_.lower() not in words and tok.lower_ not in words:
            continue
        start, end = article.to_original(tok.idx, tok.idx + len(tok))
        if any(m.span[0] < end and start < m.span[1] for m in out):
            continue
        sides = sentence_sides(tok, gaz, language)
        if sides is not None:
            mention = border_mention(article, gaz, *sides, (start, end), sentence_of.get(tok.i, -1))
            if mention is not None:
                out.append(mention)
    return forces_at_border(article, doc, gaz, sentence_of, out)


def forces_at_border(article: Article, doc: Any, gaz: Gazetteer, sentence_of: dict[int, int],
                     mentions: list[Mention]) -> list[Mention]:
    """"Thai and Cambodian soldiers exchanged gunfire in a disputed area near the X pass", "des
    soldats thaïlandais et cambodgiens ont échangé des tirs": the troops of two neighbouring
    countries facing each other in a sentence that names no place of its own (the pass is not in
    the gazetteer) are at their border: a border mention over that place phrase (_unnamed_scene).
    Troops are ``ground_forces`` of lang/<code>/events.yaml and ``border_forces`` of places.yaml; a
    sentence with any place mention keeps it, so this runs after every other reader of places."""
    language = article.language or "fr"
    forces = section_words(language, "events", "ground_forces") \
        | section_words(language, "places", "border_forces")
    preps = section_words(language, "places", "location_preps")
    placed = {m.sentence for m in mentions}
    out: list[Mention] = []
    for tok in doc:
        if tok.pos_ != "NOUN" or (tok.lower_ not in forces and tok.lemma_.lower() not in forces):
            continue
        sentence = sentence_of.get(tok.i, -1)
        if sentence in placed:
            continue
        nationals: dict[int, str] = {}
        for mod in (c for c in tok.children if c.dep_ in ("amod", "nmod", "compound")):
            for t in (mod, *(c for c in mod.children if c.dep_ == "conj")):
                if (iso := country_from_adjective(t.text, language)) is not None:
                    nationals[t.i] = iso
        if len(set(nationals.values())) != 2:
            continue
        scene = _unnamed_scene(tok.head, preps)
        if scene is None:
            continue
        a, b = dict.fromkeys(nationals[i] for i in sorted(nationals))  # as told: "Thai and Cambodian"
        lo, hi = scene
        span = article.to_original(doc[lo].idx, doc[hi].idx + len(doc[hi]))
        mention = border_mention(article, gaz, a, b, span, sentence)
        if mention is not None:
            out.append(mention)
            placed.add(sentence)
    return sorted([*mentions, *out], key=lambda m: m.span)


def border_mention(article: Article, gaz: Gazetteer, a: str, b: str, span: tuple[int, int],
                   sentence: int) -> Mention | None:
    """The place mention of the border between countries `a` and `b` told by the words at `span`
    (a region at the border's point, of no country), or None when the border is not known."""
    point = border_point(gaz, a, b)
    name_a, name_b = english_country(a), english_country(b)
    if point is None or not name_a or not name_b:
        return None
    # one name per border whichever side the text names first ("Afghan-Pakistani", "Pakistani-Afghan")
    first, second = sorted((name_a, name_b))
    place = Place(name=f"{first}-{second} border", country=None, lat=round(point[0], 5),
                  lon=round(point[1], 5), precision="region", text=article.words(span), span=span)
    return Mention("place", span, article.words(span), place, sentence)


def _placed_in(article: Article, doc: Any, mentions: list[Mention], sentence: int, iso: str) -> bool:
    """The sentence names the country as where something is, after a preposition ("en Pologne",
    "in Poland"), not as a modifier ("Kosovo police")."""
    for m in mentions:
        if m.sentence != sentence or not isinstance(m.value, Place) or m.value.country != iso:
            continue
        span = doc.char_span(*article.to_nlp(*m.span), alignment_mode="expand")
        if span is None or _on_act_noun(span.root):
            continue  # "en représailles à des frappes sur Kaboul": another act's place, not the border's side
        if span.root.dep_ in ("pobj", "obl", "obl:mod") or any(c.dep_ == "case" for c in span.root.children):
            return True
    return False


def _on_act_noun(root: Any) -> bool:
    """A place on a noun rather than on a verb ("des frappes sur Kaboul", "strikes on Kabul"): the
    place of the act that noun tells, not where the sentence's own verb puts anything."""
    head = root.head.head if root.dep_ == "pobj" else root.head
    return head.i != root.i and head.pos_ == "NOUN"


def _pair_around(doc: Any, tok: Any, data: dict[str, Any], language: str,
                 support: dict[str, set[str]]) -> tuple[int, int, str, str, bool] | None:
    """The token range and the two countries a border noun names: "X-Y border", "frontière
    X-Y" (the words right before or after it), "border between X and Y"; last, whether the first
    country is only inferred from the sentence (_one_side_named)."""
    before = doc[max(0, tok.i - 3):tok.i]
    after = doc[tok.i + 1:tok.i + 4]
    for part in (before, after):
        m = _PAIR.search(part.text)
        if m is None or (part is before and part.text[m.end():].strip()):
            continue  # before the noun, the pair ends right at it ("Israeli-Lebanese border")
        if part is after and part.text[:m.start()].strip():
            continue  # after it, the pair starts right there ("frontière libano-israélienne")
        a, b = country_word(m.group(1), language), country_word(m.group(2), language)
        if a and b and a != b:
            first = next(t.i for t in part if t.idx + len(t) > part.start_char + m.start())
            last = next((t.i for t in part if t.idx >= part.start_char + m.end()), part.end)
            return (first, tok.i + 1, a, b, False) if part is before else (tok.i, last, a, b, False)
    pair = _one_side_named(doc, tok, data, language, support)
    if pair is not None:
        return pair
    between = {str(w).lower() for w in data.get("border_between") or ()}
    links = {str(w).lower() for w in data.get("border_and") or ()}
    words = list(doc[tok.i + 1:tok.i + 9])
    if not words or words[0].lower_ not in between:
        return None
    for k, w in enumerate(words):
        if w.lower_ in links:
            a = country_word(_name(words[1:k]), language)
            for j in range(k + 2, len(words) + 1):
                b = country_word(_name(words[k + 1:j]), language)
                if a and b and a != b:
                    return tok.i, words[j - 1].i + 1, a, b, False
            return None
    return None


def _one_side_named(doc: Any, tok: Any, data: dict[str, Any], language: str,
                    support: dict[str, set[str]]) -> tuple[int, int, str, str, bool] | None:
    """"near the border with Serbia", "près de la frontière afghane": one country on the noun,
    the other the only other country its sentence names ("Kosovo police said ...", "une frappe
    pakistanaise"); with several, which border is unknown. With none, the country the document
    is about (document_side: "Colombian soldiers" in the title, towns of Arauca), so "near the
    border with Venezuela" is not placed in Venezuela."""
    withs = {str(w).lower() for w in data.get("border_with") or ()}
    neighbour, hi = None, tok.i + 1
    adjacent = [t for t in doc[max(0, tok.i - 1):tok.i + 2]
                if t.i != tok.i and t.pos_ == "ADJ" and t.head.i == tok.i]
    if adjacent and (iso := country_from_adjective(adjacent[0].text, language)):
        neighbour, hi = iso, max(hi, adjacent[0].i + 1)
    elif tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ in withs:
        words = []
        for t in doc[tok.i + 2:tok.i + 6]:
            if t.is_punct:  # "near the border with Venezuela, the army said": the name ends there
                break
            if t.pos_ != "DET":
                words.append(t)
        for j in range(len(words), 0, -1):
            if (iso := country_word(" ".join(t.text for t in words[:j]), language)) is not None:
                neighbour, hi = iso, words[j - 1].i + 1
                break
    if neighbour is None:
        return None
    lo = min(tok.i, adjacent[0].i) if adjacent else tok.i
    others = {iso for t in tok.sent if not lo <= t.i < hi
              for iso in (country_word(t.text, language),) if iso and iso != neighbour}
    if not others and (side := document_side(support, neighbour)) is not None:
        others = {side}
    return (lo, hi, others.pop(), neighbour, True) if len(others) == 1 else None


def _unnamed_scene(verb: Any, preps: frozenset[str]) -> tuple[int, int] | None:
    """The first and last token of a place phrase on the troops' verb that names no place ("in a
    disputed area near the X pass", "dans une zone disputée"): a common noun after a preposition
    of place, not a time ("on Wednesday morning"). None without one: the border is where the
    sentence says the act happened, not a guess from the sides alone."""
    for noun in verb.children:
        if noun.dep_ == "prep" and noun.lower_ in preps:
            noun = next((c for c in noun.children if c.dep_ == "pobj"), noun)
        elif not any(c.dep_ == "case" and c.lower_ in preps for c in noun.children):
            continue
        if noun.pos_ != "NOUN" or noun.ent_type_ in ("DATE", "TIME"):
            continue
        words = [t for t in noun.subtree if t.pos_ not in ("ADP", "PUNCT") or t.i > noun.i]
        last = max(t.i for t in words)
        while last > noun.i and noun.doc[last].is_punct:
            last -= 1
        return min(t.i for t in words), last
    return None


def sentence_sides(tok: Any, gaz: Gazetteer, language: str) -> tuple[str, str] | None:
    """"ending a week of border clashes", "une semaine d'affrontements frontaliers": a border word
    on the act's noun naming no country is the border of the two neighbouring countries its
    sentence names (the sides: "Pakistan and Afghanistan agreed ..."), not a third country's
    town that places another act of the sentence (the talks' "in Doha"). The coordinated pair of
    countries that are neighbours, else the only two countries named; with more, which border is
    unknown. A bare border noun an act is set on ("attacked army posts along the frontier", "ont
    attaqué des postes à la frontière": bare_border) is read the same way."""
    if (tok.dep_ not in ("compound", "amod") or tok.head.pos_ != "NOUN") and not bare_border(tok, language):
        return None
    named = _sentence_countries(tok, language)
    pairs = {(iso, named[c.i]) for i, iso in named.items() for c in tok.doc[i].children
             if c.dep_ == "conj" and c.i in named and named[c.i] != iso}
    pairs = {p for p in pairs if border_point(gaz, *p) is not None}
    if not pairs and len(set(named.values())) == 2:
        first, second = dict.fromkeys(named[i] for i in sorted(named))
        pairs = {(first, second)}
    return pairs.pop() if len(pairs) == 1 else None


def _sentence_countries(tok: Any, language: str) -> dict[int, str]:
    """The countries the sentence of `tok` names, by the index of the name's last word; a name of
    several words is read whole first ("South Sudanese", "Soudan du Sud": not Sudan's)."""
    named: dict[int, str] = {}
    sent = tok.sent
    i = sent.start
    while i < sent.end:
        for n in range(MAX_NAME_WORDS, 0, -1):
            words = tok.doc[i:i + n]
            if i + n > sent.end or tok.i in range(i, i + n) or words[-1].pos_ not in ("PROPN", "ADJ", "NOUN"):
                continue
            if (iso := country_word(words.text, language)) is not None:
                named[i + n - 1] = iso
                i += n - 1
                break
        i += 1
    return named


def bare_border(tok: Any, language: str) -> bool:
    """A border noun with no word of its own but its determiner, right after a word that sets
    something on it (``border_preps`` of places.yaml: "along the frontier", "le long de la
    frontière"): it names no country, so its sentence's do (a two-town dateline never does)."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    sides = section_words(language, "places", "border_with") \
        | section_words(language, "places", "border_between")
    for child in tok.children:  # "the border with X", "la frontière afghane": a side of its own
        if child.dep_ not in ("det", "case", "fixed", "punct") and any(
                t.lower_ in sides or country_word(t.text, language) for t in child.subtree):
            return False
    k = tok.i
    while k > 0 and tok.doc[k - 1].pos_ == "DET":
        k -= 1
    before = " ".join(t.lower_ for t in tok.doc[max(0, k - 5):k])
    before = before.replace("' ", "'").replace(" '", "'")
    return any(before == p or before.endswith(" " + p) or before.endswith("'" + p)
               for p in section_words(language, "places", "border_preps"))


def document_side(support: dict[str, set[str]], neighbour: str) -> str | None:
    """The country with the most evidence in the document other than the neighbour (distinct
    names; a demonym counts DEMONYM_EVIDENCE), when one leads; none on a tie."""
    weight = {cc: sum(DEMONYM_EVIDENCE if e == "#" else 1.0 for e in found)
              for cc, found in support.items() if cc != neighbour and found}
    if not weight:
        return None
    most = max(weight.values())
    leaders = [cc for cc, n in weight.items() if n == most]
    return leaders[0] if len(leaders) == 1 else None


def _name(tokens: list[Any]) -> str:
    return " ".join(t.text for t in tokens if t.pos_ != "DET")


def country_word(word: str, language: str) -> str | None:
    """A country named, as an adjective or a combining form ("libano", "Russo", "Indo")."""
    if not word:
        return None
    found = country_from_adjective(word, language) or country_from_name(word, language, strict=True)
    if found or len(word) < MIN_FORM + 1 or not word.lower().endswith("o"):
        return found
    stem = fold(word[:-1])
    owners = {iso for adj, iso in _adjectives(language) if adj.startswith(stem)}
    return owners.pop() if len(owners) == 1 else None


@cache
def _adjectives(language: str) -> tuple[tuple[str, str], ...]:
    return tuple((fold(adj), iso) for adj, iso in all_demonyms(language).items())


@cache
def _divisions(gaz: Gazetteer) -> dict[str, list[tuple[float, float]]]:
    out: dict[str, list[tuple[float, float]]] = {}
    for cc, units in gaz.admin1_units().items():
        for _, entry in units:
            c = gaz.candidate(entry)
            out.setdefault(cc, []).append((c.lat, c.lon))
    return out


def border_point(gaz: Gazetteer, a: str, b: str) -> tuple[float, float] | None:
    """The midpoint of the two countries' nearest first-level divisions, or None when they have
    none or lie too far apart to be neighbours."""
    units = _divisions(gaz)
    best: tuple[float, tuple[float, float], tuple[float, float]] | None = None
    for pa in units.get(a, ()):
        for pb in units.get(b, ()):
            d = haversine_km(pa[0], pa[1], pb[0], pb[1])
            if best is None or d < best[0]:
                best = (d, pa, pb)
    if best is None or best[0] > MAX_DIVISION_KM:
        return None
    _, pa, pb = best
    return (pa[0] + pb[0]) / 2, (pa[1] + pb[1]) / 2
