"""Parts of an area named by a compass direction, for the `where` stage: "sud du Liban", "dans
l'est de la RDC", "southern Lebanon", "the north of Gaza" are the side of the country, division or
region (newsevents/geo/parts.py computes its point), not its centre.

The words are language data (``sides`` and ``side_frames`` in lang/<code>/places.yaml):
a frame is the text right before the area's name with ``{dir}`` for a direction word ("{dir} du",
"the {dir} of"). Only areas have sides: "au nord de Kharkiv" is outside the town, and an offset
from a town is the distances' business (geo/sites.py).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from functools import cache
from typing import Any

from newsevents.extract.where_spots import Spot
from newsevents.geo import Candidate, Gazetteer
from newsevents.geo.parts import part
from newsevents.lang import load_language, section_words

# the English name of a side, for the place's name ("southern Lebanon")
SIDE_NAMES = {"north": "northern", "south": "southern", "east": "eastern", "west": "western",
              "northeast": "north-eastern", "northwest": "north-western", "southeast": "south-eastern",
              "southwest": "south-western"}
INCIDENT_NAME_TOKENS = 4  # longest town name read before or after an incident noun
FRAME_WORDS = 6  # words of text looked at before a name ("dans le sud-est de la")


@cache
def _frames(directions: tuple[tuple[str, tuple[str, ...]], ...], frames: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern over every frame filled with every direction word, anchored at the text's end."""
    alternatives = []
    for side, words in directions:
        body = "|".join(re.escape(w.lower()) for w in sorted(words, key=len, reverse=True))
        for frame in frames:
            pre, _, post = frame.lower().partition("{dir}")
            alternatives.append(rf"{re.escape(pre)}(?P<{side}_{len(alternatives)}>{body}){re.escape(post)}")
    return re.compile(rf"(?:^|(?<=[\s'’]))(?:{'|'.join(alternatives)})\s*$")


def side_before(text_before: str, data: dict[str, Any]) -> tuple[int, str] | None:
    """(offset in `text_before` where the cue starts, direction) when the text ends with a frame."""
    directions = tuple((str(k), tuple(str(w) for w in v)) for k, v in (data.get("sides") or {}).items())
    frames = tuple(str(f) for f in data.get("side_frames") or ())
    if not directions or not frames:
        return None
    m = _frames(directions, frames).search(text_before.lower().replace("’", "'"))
    if m is None:
        return None
    side = next(k for k, v in m.groupdict().items() if v is not None).rsplit("_", 1)[0]
    return m.start(), side


def side_of(doc: Any, name_start: int, cand: Candidate, data: dict[str, Any],
            gaz: Gazetteer) -> tuple[int, Candidate] | None:
    """(first token of the cue, the side as a region) for an area named after a direction cue."""
    if cand.kind == "city" or name_start == 0:
        return None
    first = max(doc[name_start].sent.start, name_start - FRAME_WORDS)
    before = doc[first:name_start]
    text = before.text + doc[name_start - 1].whitespace_
    found = side_before(text, data)
    if found is None:
        return None
    offset, side = found
    start = next((t.i for t in before if t.idx - before.start_char + len(t) > offset), name_start)
    if _placing_adjective(doc, start, name_start, cand, data):
        return None
    point = part(gaz, cand, side)
    if point is None:
        return None
    region = dataclasses.replace(cand, name=f"{SIDE_NAMES[side]} {cand.name}", kind="region",
                                 lat=point[0], lon=point[1], geonameid=None, admin1=None,
                                 admin1_entry=-1, capital=False)
    return start, region


def _placing_adjective(doc: Any, cue: int, name_start: int, cand: Candidate, data: dict[str, Any]) -> bool:
    """"Afghanistan's eastern Khost province", "the eastern Donbas region": a direction adjective
    after a determiner or a possessive, before a division named with its cue noun, says where
    the division lies in its country -- the whole division, not its eastern part ("in eastern
    Kherson region", no determiner, is the part)."""
    if cand.kind not in ("admin1", "region") or cue == 0 or doc[cue].pos_ != "ADJ":
        return False
    if doc[cue - 1].pos_ != "DET" and doc[cue - 1].tag_ != "POS":
        return False
    end = name_start
    while end < len(doc) and doc[end].pos_ == "PROPN":
        end += 1
    cues = {str(w).lower() for w in data.get("admin1_after") or ()}
    return end < len(doc) and doc[end].lower_ in cues


def incident_town(doc: Any, i: int, gaz: Gazetteer, data: dict[str, Any]) -> tuple[int, int, bool] | None:
    """A town named by the incident it saw: "the Lockerbie bombing", "le massacre de Srebrenica" --
    proper nouns (from token i) modifying one of the ``incident_nouns`` (lang/<code>/places.yaml)
    as an English compound before it or a French "de" complement after it. Any town's own
    (primary) name counts, however small (the population floor of bare capitalised words is for
    names that might be common words; here the syntax says something happened there), but only as
    a weak spot: its country must be one the document is about (where.run, _unsupported_town).
    Returns (start, end, weak)."""
    nouns = {str(w).lower() for w in data.get("incident_nouns") or ()}
    of_words = {str(w).lower() for w in data.get("of_words") or ()}
    stop = i
    while stop < min(len(doc), i + INCIDENT_NAME_TOKENS) and doc[stop].pos_ == "PROPN":
        stop += 1
    for end in range(stop, i, -1):
        name = doc[i:end]
        root, head = name.root, name.root.head
        if head.i in range(i, end) or head.lemma_.lower() not in nouns:
            continue
        before = root.dep_ == "compound" and end <= head.i
        after = root.dep_ in ("nmod", "obl") and i > head.i and any(
            c.dep_ == "case" and c.lower_ in of_words for c in root.children)
        cands = gaz.lookup(name.text) if before or after else ()
        if cands and cands[0].kind == "city" and cands[0].primary:
            return i, end, True
    return None


def possessed_town(doc: Any, i: int, gaz: Gazetteer, data: dict[str, Any]) -> tuple[int, int, bool] | None:
    """A town owned by the division named before it ("Borno state's Gwoza district": an
    ``admin1_after`` cue word and a possessive right before the proper nouns from token i). As for
    settled_town, any town's own name counts as a weak spot; the division qualifies it
    (where_spots.possessed_towns). Returns (start, end, weak)."""
    cues = {str(w).lower() for w in data.get("admin1_after") or ()}
    if i < 2 or doc[i - 1].tag_ != "POS" or doc[i - 2].lower_ not in cues:
        return None
    stop = i
    while stop < min(len(doc), i + INCIDENT_NAME_TOKENS) and doc[stop].pos_ == "PROPN":
        stop += 1
    for end in range(stop, i, -1):
        cands = gaz.lookup(doc[i:end].text)
        if cands and cands[0].kind == "city" and cands[0].primary:
            return i, end, True
    return None


def settled_town(doc: Any, i: int, gaz: Gazetteer, data: dict[str, Any]) -> tuple[int, int, bool] | None:
    """A town named after its kind ("the village of Sotk", "le village de Kuriga", "la localité
    d'X": a ``settlement_noun`` and a ``settlement_link`` of lang/<code>/places.yaml right before
    the proper nouns from token i). As for incident_town, the syntax says the name is a place, so
    any town's own (primary) name counts, however small, as a weak spot (its country must be one
    the document is about), and so does an alternate spelling of several words. Returns (start,
    end, weak)."""
    nouns = {str(w).lower() for w in data.get("settlement_nouns") or ()}
    links = {str(w).lower().replace("’", "'") for w in data.get("settlement_links") or ()}
    k = i - 1
    while k > 0 and doc[k].pos_ == "DET":
        k -= 1
    if k < 1 or doc[k].lower_.replace("’", "'") not in links or doc[k - 1].lemma_.lower() not in nouns:
        return None
    stop = i
    while stop < min(len(doc), i + INCIDENT_NAME_TOKENS) and doc[stop].pos_ == "PROPN":
        stop += 1
    for end in range(stop, i, -1):
        if end < stop and doc[end].ent_iob_ != "B":
            continue  # "le village de Let Pan Hla": a leading part of one name is no town of its own
        cands = gaz.lookup(doc[i:end].text)
        # an alternate spelling of several words is a name too ("the town of Bint Jbeil" for Bent
        # Jbaïl); a one-word alternate may be a common word of another language
        if cands and cands[0].kind == "city" and (cands[0].primary or end - i > 1):
            return i, end, True
    return None


def settled_spot(doc: Any, ent: Any, gaz: Gazetteer, data: dict[str, Any]) -> Spot | None:
    """A town named after its kind that the model labelled otherwise ("the town of Bint Jbeil"
    PERSON): a weak spot, as settled_town."""
    found = settled_town(doc, ent.start, gaz, data) if doc[ent.start].pos_ == "PROPN" else None
    if found is None:
        return None
    start, end, weak = found
    return Spot(start, end, start, end, doc[start:end].text, ent.label_, weak=weak)


def incident_spot(doc: Any, ent: Any, gaz: Gazetteer, data: dict[str, Any]) -> Spot | None:
    """The incident town inside an entity the model labelled otherwise ("massacre de Srebrenica"
    MISC, "the Lockerbie" ORG): a weak spot, as incident_town."""
    for k in range(ent.start, ent.end):
        found = incident_town(doc, k, gaz, data) if doc[k].pos_ == "PROPN" else None
        if found is not None:
            start, end, weak = found
            return Spot(start, end, start, end, doc[start:end].text, ent.label_, weak=weak)
    return None


def continues_name(doc: Any, start: int, data: dict[str, Any]) -> bool:
    """The name ends a longer proper name: right after "<Capitalised> de" ("Cuhurestii de Jos",
    "Valea de Jos", "Marathon de Londres"). Such a town needs other evidence for its country
    (where._unsupported_town): "Jos" there is "lower" in Romanian, not the Nigerian city. Not after
    the name of a site told with its noun ("l'hôpital Ahli de Gaza", "le camp Zamzam d'El-Facher":
    ``sites`` and ``settlement_nouns`` of lang/<code>/places.yaml): that is the site's town."""
    of_words = {str(w).lower() for w in data.get("of_words") or ()}
    if start < 2 or doc[start - 1].lower_ not in of_words:
        return False
    word = doc[start - 2]
    if not (word.is_alpha and word.text[:1].isupper() and not word.is_sent_start):
        return False
    first = start - 2  # the first word of the name before "de" ("Al-Chifa", "Ahli Arab")
    while first > 1 and (doc[first - 1].text == "-" or _capitalised_word(doc[first - 1])):
        first -= 1
    return doc[first - 1].lower_ not in site_nouns(doc.lang_)


def _capitalised_word(tok: Any) -> bool:
    return tok.is_alpha and tok.text[:1].isupper()


@cache
def site_nouns(language: str) -> frozenset[str]:
    """The last word of each ``sites`` key and the ``settlement_nouns`` of lang/<code>/places.yaml."""
    data = load_language(language).section("places")
    return frozenset(str(k).lower().split()[-1] for k in data.get("sites") or {}) \
        | frozenset(str(w).lower() for w in data.get("settlement_nouns") or ())


def shouted(doc: Any, start: int, end: int, gaz: Gazetteer,
            strong: Callable[[list[Candidate]], bool]) -> bool:
    """A name read in a line written in capitals ("ISRAËL ACCUSÉ D'AVOIR TIRÉ SUR LE QG"): in
    capitals, with a word in capitals next to it in its sentence, and written nowhere else in the
    text as a name (capital initial, then lower case). Capitals hide whether a word is a name
    ("TIRÉ" is a verb, not the Israeli town Tirat Karmel's alternate name); only a strong reading
    (a country, a capital, a large city: `strong` of the gazetteer's readings) or the body writing
    it as a name ("Pokrovsk" after "FRAPPE SUR POKROVSK") vouches for it."""
    words = doc[start:end]
    if not words.text.isupper() or sum(c.isalpha() for c in words.text) < 3:
        return False
    sent = words.sent
    near = [doc[i] for i in (start - 1, end) if sent.start <= i < sent.end]
    if not any(t.is_alpha and len(t) > 1 and t.text.isupper() for t in near):
        return False
    cands = gaz.lookup(words.text)
    if cands and strong(cands):
        return False
    folded = words.text.lower()
    n = end - start
    return not any(doc[i:i + n].text.lower() == folded and doc[i].text[:1].isupper()
                   and not doc[i:i + n].text.isupper() for i in range(len(doc) - n + 1))


def before_misread_verb(doc: Any, spot: Spot) -> bool:
    """The name is right before a reporting verb the tagger misreads ("Kigali dément tout soutien":
    "dément" read as an adverb, the name as the root): the claims data's ``verb_forms``. A name
    that denies or condemns is a government, not a place."""
    from newsevents.extract.stance import fold
    from newsevents.extract.stance import lexicon as claims_lexicon

    if spot.name_end >= len(doc):
        return False
    nxt = doc[spot.name_end]
    return nxt.pos_ not in ("VERB", "AUX") and fold(nxt.text) in claims_lexicon(doc.lang_).verb_forms


def area_of_settlement(doc: Any, spot: Spot, data: dict[str, Any]) -> bool:
    """"a Sagaing village", "un village de Sagaing": a name modifying a small-settlement noun
    (``area_modified_nouns``), or completing one that has an indefinite article, names the area
    the village lies in, not the village -- it reads as the first-level division of that name when
    there is one (as "Kherson region" does). The village of that name is "the village of X", "le
    village de X", a settlement link with a definite article (``settled``)."""
    areas = data.get("area_modified_nouns") or ()
    if spot.name_end < len(doc) and doc[spot.name_end].lemma_.lower() in areas:
        last = doc[spot.name_end - 1]
        return last.head.i == spot.name_end and last.dep_ in ("compound", "amod", "nmod")
    links = {str(w).lower().replace("’", "'") for w in data.get("settlement_links") or ()}
    k = spot.name_start - 1
    while k > 0 and doc[k].pos_ == "DET":
        k -= 1
    if k < 1 or doc[k].lower_.replace("’", "'") not in links or doc[k - 1].lemma_.lower() not in areas:
        return False
    return any(c.dep_ == "det" and "Ind" in c.morph.get("Definite") for c in doc[k - 1].children)


def after_prep(doc: Any, i: int, data: dict[str, Any]) -> bool:
    """A preposition of place right before token i ("in", "à", "around"), articles skipped."""
    preps = {p.lower() for p in data.get("location_preps") or []}
    preps |= {c.split()[-1].lower() for c in data.get("near_cues") or []}
    j = i - 1
    while j >= 0 and doc[j].pos_ == "DET":
        j -= 1
    return j >= 0 and doc[j].lower_ in preps


def is_name_token(tok: Any) -> bool:
    """A capitalised word that may start a name. At a sentence start capitals say nothing, so the
    small English model's NOUN tag ("Odesa came under attack") is accepted when it heads a phrase,
    not a modifier ("Mobile phone networks"); adjectives and verbs ("Nice", "Reading") never are."""
    if not (tok.is_alpha and tok.text[:1].isupper()):
        return False
    if tok.pos_ == "ADJ" and tok.dep_ == "amod" and tok.head.pos_ == "NOUN" and tok.head.is_lower:
        return False  # a capitalised adjective on a common noun: "Western navies", "Arab states"
    if tok.pos_ == "PROPN" or not tok.is_sent_start:
        return True
    return tok.pos_ == "NOUN" and tok.dep_ not in ("compound", "amod", "nmod")


# subject labels of a passive verb (UD French, ClearNLP English)
PASSIVE_SUBJECTS = frozenset({"nsubj:pass", "nsubjpass"})


def struck_place(root: Any, data: dict[str, Any]) -> bool:
    """A name that is what a strike verb hit (``struck_place_verbs``): its object ("Russian glide
    bombs hit Kostiantynivka", "des drones ont frappé Sumy") or its passive subject ("Baalbek was
    hit by Israeli strikes"). The syntax says it is a place, as a preposition of place does: a
    town's own name counts however small (where._unsupported_town), as after "in"."""
    verbs = data.get("struck_place_verbs") or ()
    head = root.head
    if head.i == root.i or head.pos_ != "VERB" or head.lemma_.lower() not in verbs:
        return False
    return root.dep_ in ("dobj", "obj") or root.dep_ in PASSIVE_SUBJECTS


def alternate_in_longer_name(doc: Any, stop: int, cands: list[Candidate]) -> bool:
    """The name read ends before a capitalised word of the same proper name ("Ben" of "Ben Gurion
    airport", "aéroport Ben Gourion") and is only another place's alternate name (Bern's "Ben"):
    the first word of a person's or a site's name, no place. A place's own name keeps its reading
    ("Gaza" of a name "Gaza City" the gazetteer lacks), and so does one before a weekday or a month
    ("struck Kiev Tuesday": English capitalises them)."""
    if not cands or cands[0].primary or stop >= len(doc):
        return False
    nxt = doc[stop]
    if nxt.pos_ != "PROPN" or not nxt.is_alpha or not nxt.text[:1].isupper() or nxt.is_sent_start:
        return False
    language = doc.lang_
    return nxt.lower_ not in section_words(language, "time", "weekdays") \
        and nxt.lower_ not in section_words(language, "time", "months")
