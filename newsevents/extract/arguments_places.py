"""The place of an incident among the place mentions its triggers own (``best_place``), or, when its
own sentences name none, the scene set before it in its paragraph (``scene_place``). Split from
arguments.py (the events stage calls them as ``arguments.best_place`` / ``arguments.scene_place``).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span, Token

from newsevents.extract.arguments import (
    AGENT_DEPS,
    MAX_CLIMB,
    PLACE_RANK,
    SUBJECT_DEPS,
    Ref,
    _cues,
    clause_tokens,
    governing_verbs,
    is_verb,
    marked_by,
    passive_verb,
    token_distance,
)
from newsevents.extract.arguments_accused import ACCUSED_HOPS
from newsevents.extract.arguments_shown import shown_place
from newsevents.extract.where_airspace import owned_airspace
from newsevents.extract.where_metonymy import apposed_to_place_noun
from newsevents.extract.where_reference import named_over_reference
from newsevents.extract.where_seat import seat_starts
from newsevents.extract.where_sites import Site, find_sites
from newsevents.extract.where_speech import speech_place
from newsevents.extract.where_target_side import OBJECT_DEPS, off_side, target_side
from newsevents.extract.where_victims import line_like, victims_place
from newsevents.geo import gazetteer
from newsevents.lang import load_language, section_words
from newsevents.model import Place

# the headline: the paragraph (0) that sets the scene of a story for a site the text places nowhere
# (a town first named further down is a detail of the story, not its scene: "Communities in Kutum
# have put up some of the fiercest resistance")
SCENE_PARAGRAPHS = 0


def best_place(places: list[Ref], trigger: Span, owners: set[int], reasons: bool = True) -> Ref | None:
    """The place of an incident: the most precise place in the sentence, nearest first; a place of
    the trigger's sentence outside its clause comes after the others ("l'ambassadeur ne s'est pas
    présenté au ministère pour s'expliquer sur le missile qui a violé l'espace aérien polonais":
    the ministry is where the envoy did not go, not where the missile flew).

    Places inside a facility owner's phrase ("l'ambassade d'Azerbaïdjan") name an owner, not the
    scene, and rank after the others (`owners` holds their first tokens). The country whose
    airspace the trigger itself names ("a violé l'espace aérien de la Pologne", "the drone
    breached Romania's airspace") is where an incursion happened: the places in it rank first
    ("near Galati" is finer), before those elsewhere (the town the missile was flying to).

    A place inside the subject phrase of a verb that reports the trigger's clause, or the site the
    speaker names elsewhere (speaker_places), is where the speaker is, never the act's place; nor,
    for a violent act, is a place set on a verb of saying after it ("said in Islamabad", "Speaking
    in Moscow, ...": where_speech.speech_place).

    A place in the phrase of another act this one follows or answers ranks after the others; with
    ``reasons`` False (a non-violent act) it is never the place. A place inside an absolute
    participle clause with a subject of its own ("..., with sirens sounding in Haifa":
    in_absolute_clause) ranks after all of those, asides included (the trigger may be a gerund
    whose clause leaves the act's place out: "hit a gas station in X, killing six, with sirens
    sounding in Y").
    """
    if not reasons:  # a summons or a protest is never where the act it answers happened
        places = [r for r in places if not behind_reason(trigger, trigger.doc[r.start:r.end].root)]
    if reasons:  # "recalled its envoy from X, a day after a landmine wounded ..."
        places = own_phrase_places(places, trigger)
    speaking = speaker_places(trigger, places)  # "the Russian embassy in Bucharest denied that ..."
    if reasons:  # "..., the army said in a statement issued in Islamabad" (where_speech.py)
        speaking |= speech_starts(trigger, places)
    speaking |= seat_starts(trigger.doc, places)  # "..., selon l'OSDH, basé au Royaume-Uni" (where_seat)
    places = [r for r in places if r.start not in speaking]
    if reasons:  # "struck Cambodian targets after Cambodian rockets hit X in Thailand" (where_target_side)
        side = target_side(trigger)
        places = [r for r in places
                  if not off_side(trigger, side, r.value.country, trigger.doc[r.start:r.end].root)]
    if not places:
        return None
    pos = (trigger.start, trigger.end)
    sent = trigger.sent
    lo, hi = clause_tokens(trigger)
    entered = {r.value.country for r in places if entered_place(trigger, r)}

    def key(r: Ref) -> tuple[bool, bool, bool, bool, bool, int, int]:
        aside = (sent.start <= r.start < sent.end and not lo <= r.start < hi) \
            or behind_reason(trigger, trigger.doc[r.start:r.end].root)
        return (r.start in owners or _qualifies_settlement(trigger.doc[r.start:r.end].root),
                bool(entered) and r.value.country not in entered,
                _acting_subject(trigger, trigger.doc[r.start:r.end].root),
                in_absolute_clause(trigger, trigger.doc[r.start:r.end].root), aside,
                place_rank(r.value), token_distance(pos, (r.start, r.end)))

    best = min(places, key=key)
    if reasons and line_like(best.value):  # "shelling across the LoC killed 12 people in X" (where_victims)
        finer = [r for r in places if victims_place(trigger, trigger.doc[r.start:r.end].root)
                 and place_rank(r.value) < place_rank(best.value)]
        best = min(finer, key=key) if finer else best
    if reasons:  # "the X camp in North Darfur, south of the city of Y": X, near Y (where_reference)
        best = named_over_reference(places, best, trigger)
    return best


# the dependency of a clause a verb reports or judges ("denied that a drone had entered", "a démenti
# qu'un drone ait pénétré"), in both models' labels
COMPLEMENT_DEPS = frozenset({"ccomp"})


def speech_starts(trigger: Span, places: list[Ref]) -> set[int]:
    """First tokens of the places that locate a statement ("said in Islamabad", "Speaking in
    Moscow, ..."): where_speech.speech_place."""
    return {r.start for r in places if speech_place(trigger.doc[r.start:r.end].root, trigger.root, r.end)}


def speakers(trigger: Span) -> list[Token]:
    """The subjects of the verbs above the clause complement that holds the trigger ("The Russian
    embassy in Bucharest denied that any Russian drone had entered Romanian airspace", "L'ambassade
    de Russie à Bucarest a démenti qu'un drone russe ait pénétré ..."): who speaks of the act. Only
    an active subject (a passive one is told something) and only above a clause complement: the
    subject of "tried to strike" is who struck."""
    out: list[Token] = []
    token, reported = trigger.root, False
    for _ in range(MAX_CLIMB + 1):
        if token.head.i == token.i:
            break
        reported = reported or token.dep_ in COMPLEMENT_DEPS
        token = token.head
        if reported and is_verb(token):
            out += [c for c in token.children if c.dep_ in SUBJECT_DEPS]
    return out


def speaker_tokens(trigger: Span) -> frozenset[int]:
    """The words of the speakers' phrases (speakers), with what qualifies them ("in Bucharest")."""
    return frozenset(i for s in speakers(trigger) for i in range(s.left_edge.i, s.right_edge.i + 1))


def speaker_places(trigger: Span, places: list[Ref]) -> set[int]:
    """First tokens of the places that are where the speaker of the trigger's clause is (speakers):
    the speaker's own noun as a site ("the Russian embassy"); a place its phrase sets it at ("in
    Bucharest", "à Bucarest": ``scene_prepositions``) when that phrase names a site, a building that
    speaks from where it stands, or the speaker is an envoy at his post (``envoy_words``):
    "Officials in Kharkiv said a missile hit the city" are most often the scene's own authorities;
    a site named by the speaker's noun elsewhere ("Embassy denies drone claim" over "The Russian
    embassy in Bucharest denied that ..."), which the `where` stage locates alike. Not a place the
    speaker's noun governs ("le gouverneur de la région de Koursk a affirmé qu'une frappe ...": his
    region is most often the scene)."""
    found = speakers(trigger)
    if not found:
        return accuser_places(trigger, places)
    doc = trigger.doc
    heads = {s.i for s in found}
    nouns = {s.lemma_.lower() for s in found if s.pos_ == "NOUN"}
    speaking = speaker_tokens(trigger)
    scenes = _cues(doc.lang_)["scene_prepositions"]
    envoys = _envoy_words(doc.lang_)  # "the Russian ambassador in Bucharest": posted there, like his embassy
    sited = any(r.start in speaking and r.value.precision == "site" for r in places) \
        or any(s.lemma_.lower() in envoys or s.lower_ in envoys for s in found)
    out: set[int] = set()
    for r in places:
        token = doc[r.start:r.end].root
        if r.start not in speaking:
            if r.value.precision == "site" and token.lemma_.lower() in nouns:
                out.add(r.start)
        elif (token.i in heads and not apposed_to_place_noun(doc, r.start)) \
                or (sited and _set_at(token, heads, scenes)):
            out.add(r.start)
    return out | accuser_places(trigger, places)


def accuser_places(trigger: Span, places: list[Ref]) -> set[int]:
    """First tokens of the places set at a verb of accusation or attribution above the trigger ("In
    Islamabad, Pakistan's foreign office accused India of a ceasefire violation along the border",
    "À Moscou, le ministère a accusé Kiev d'avoir bombardé une centrale"): the place of the statement,
    where the accuser speaks, not where the act it tells of happened (the accused acted elsewhere).
    Only a phrase hung on that verb and marked by a preposition of scene (``scene_prepositions``),
    and the country owning the accusing body ("Pakistan's foreign office": a possessor in the
    verb's subject); the trigger itself being the accusing verb's object ("blamed the attack on X")
    counts alike."""
    doc = trigger.doc
    verbs = _accusing_verbs(doc.lang_)
    verb, token = None, trigger.root
    for _ in range(ACCUSED_HOPS):
        if token.head.i == token.i:
            break
        token = token.head
        if token.pos_ == "VERB" and token.lemma_.lower() in verbs:
            verb = token
            break
    if verb is None:
        return set()
    scenes = _cues(doc.lang_)["scene_prepositions"]
    out: set[int] = set()
    for r in places:
        place = doc[r.start:r.end].root
        head = place.head.head if place.dep_ == "pobj" else place.head
        at_verb = head.i == verb.i and place.dep_ not in SUBJECT_DEPS and marked_by(place, scenes)
        owning = place.dep_ == "poss" and place.head.dep_ in SUBJECT_DEPS and place.head.head.i == verb.i
        if at_verb or owning:
            out.add(r.start)
    return out


def _accusing_verbs(language: str) -> frozenset[str]:
    """``accusation_verbs`` and ``attribution_verbs`` of lang/<code>/arguments.yaml."""
    return section_words(language, "arguments", "accusation_verbs") \
        | section_words(language, "arguments", "attribution_verbs")


def _envoy_words(language: str) -> frozenset[str]:
    """``envoy_words`` of lang/<code>/events.yaml: a diplomat speaks from his post abroad."""
    return section_words(language, "events", "envoy_words")


def _set_at(token: Token, heads: set[int], scenes: frozenset[str]) -> bool:
    """The place's phrase, below a speaker's noun, is marked by a preposition of scene."""
    for _ in range(MAX_CLIMB):
        if marked_by(token, scenes):
            return True
        if token.head.i == token.i or token.head.i in heads:
            return False
        token = token.head
    return False


def _qualifies_settlement(token: Token) -> bool:
    """The place qualifies a settlement noun named after it ("the Damascus suburb of Kisweh", "the
    Gaza city of Rafah"): the town after "of" is the scene, the qualifier only says where it lies
    (``settlement_nouns`` of lang/<code>/places.yaml)."""
    head = token.head
    if token.dep_ not in ("compound", "amod", "nmod") or head.i == token.i or head.i < token.i:
        return False
    nouns = _settlement_nouns(token.doc.lang_)
    return head.lemma_.lower() in nouns and any(
        c.dep_ in ("prep", "nmod") and c.i > head.i for c in head.children)


def _settlement_nouns(language: str) -> frozenset[str]:
    return section_words(language, "places", "settlement_nouns")


def behind_reason(trigger: Span, token: Token) -> bool:
    """The place is in the phrase of another act the trigger's act follows or answers ("convoqué
    à Bakou après une frappe sur l'ambassade à Kiev", "summoned in Baku after a missile hit the
    embassy in Kyiv", "over a drone incursion near Galati": ``reason_prepositions`` in
    arguments.yaml): the scene of that act, not of this one."""
    preps = _cues(token.doc.lang_)["reason_prepositions"]
    inside = range(trigger.start, trigger.end)
    node = token.head
    for _ in range(2 * MAX_CLIMB):
        if node.i in inside:
            return False
        if node.pos_ in ("NOUN", "PROPN", "VERB") and marked_by(node, preps):
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def own_phrase_places(places: list[Ref], trigger: Span) -> list[Ref]:
    """The places, less the national capitals of the trigger's sentence named before the phrase
    that tells its act as an earlier one (earlier_act): where the other clause's government acts
    (recalls, summons, accuses), not where a mine went off. A region there is kept ("accused X of
    backing armed groups in the Kidal region, after an attack ...": the act is likely near it);
    a place after the phrase too, which the parse hangs elsewhere ("après une réunion ... en X")."""
    earlier = earlier_act(trigger)
    if earlier is None:
        return places
    return [r for r in places
            if not (earlier.sent.start <= r.start < earlier.left_edge.i and _capital(r.value))]


def _capital(place: Place) -> bool:
    """The place is its country's national capital (GeoNames' capital)."""
    capital = gazetteer().capital_of(place.country) if place.country and place.precision == "city" else None
    return capital is not None and capital.geonameid == place.geonameid


def earlier_act(trigger: Span) -> Token | None:
    """The head of the phrase or clause that tells the trigger's act as the earlier one another
    clause follows ("Thailand recalled its ambassador from X, a day after a landmine wounded five
    soldiers", "a rappelé son ambassadeur à X, au lendemain de l'explosion d'une mine": a
    ``circumstance_prepositions`` marker, or an ``earlier_act_nouns`` noun of places.yaml above the
    trigger). A place of its sentence outside that phrase is the other clause's, never this act's
    (the recall's, not the blast's): ``best_place`` drops it. None when the trigger's act is the
    sentence's own."""
    preps = _cues(trigger.doc.lang_)["circumstance_prepositions"]
    nouns = section_words(trigger.doc.lang_, "places", "earlier_act_nouns")
    node = trigger.root
    for _ in range(MAX_CLIMB):
        if node.head.i == node.i:
            return None
        if node.lemma_.lower() in nouns or node.lower_ in nouns \
                or (node.pos_ in ("NOUN", "PROPN", "VERB") and marked_by(node, preps)):
            return node
        node = node.head
    return None


def in_absolute_clause(trigger: Span, token: Token) -> bool:
    """The place is inside an absolute participle clause, one with a subject of its own that the
    trigger is not in ("Iran fired missiles at Israel, with sirens sounding in Haifa", "alarms
    blaring across Odesa", "des sirènes retentissant à plusieurs reprises à Tel Aviv"): it says
    where that clause's subject was (where the sirens sounded), not where the act happened, so it
    ranks after the act's own places (still the place when the sentence names no other). A
    participle of an act ("with drones striking Odesa": a trigger word) tells the act itself."""
    words = range(trigger.start, trigger.end)
    node = token
    for _ in range(2 * MAX_CLIMB):
        if node.i in words:
            return False
        if _absolute_participle(node):
            root = trigger.root.i
            return not node.left_edge.i <= root <= node.right_edge.i \
                and not (node.dep_.startswith("acl") and node.head.left_edge.i <= root <= node.head.i)
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _absolute_participle(verb: Token) -> bool:
    """A present participle with no auxiliary and a subject of its own: a subject child ("with
    sirens sounding", "alarms blaring"), or the noun it qualifies when that noun's phrase opens
    after a comma or an absolute marker ("..., des sirènes retentissant": ``absolute_markers`` of
    arguments.yaml), so it is no complement of the clause before it."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() in act_lemmas(verb.doc.lang_):
        return False
    form = verb.morph.get("VerbForm")
    present = verb.tag_ == "VBG" or ("Part" in form and "Pres" in verb.morph.get("Tense"))
    if not present or any(c.dep_.startswith("aux") for c in verb.children):
        return False
    if any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return True
    noun = verb.head
    if not verb.dep_.startswith("acl") or noun.i == verb.i or noun.pos_ != "NOUN" or noun.i > verb.i:
        return False
    before = noun.left_edge.i - 1
    markers = _cues(verb.doc.lang_)["absolute_markers"]
    return before >= 0 and (verb.doc[before].text == "," or verb.doc[before].lower_ in markers)


@cache
def act_lemmas(language: str) -> frozenset[str]:
    """The one-word triggers of the events lexicon (lang/<code>/events.yaml): a participle of one
    ("with drones striking Odesa") tells an act, not a circumstance of it."""
    from newsevents.extract.triggers import lexicon

    return frozenset(s.phrase.lower() for s in lexicon(language).triggers if " " not in s.phrase.strip())


def _acting_subject(trigger: Span, token: Token) -> bool:
    """The place is inside the subject of the active trigger verb ("La Russie et les Occidentaux
    ont échangé 26 prisonniers en Turquie", "Russia attacked Ukraine", "des drones venus de Russie
    ont frappé Kharkiv") or inside its agent ("lancé par les Houthis du Yémen"): a state that acted
    or where the attackers came from, so any other place of the clause is the scene before it."""
    verb = trigger.root
    if not is_verb(verb) or verb.pos_ == "AUX":
        return False
    scenes = _cues(verb.doc.lang_)["scene_prepositions"]
    set_at_scene = marked_by(token, scenes)
    for _ in range(MAX_CLIMB):
        if token.head.i == token.i or token.head.i == verb.i:
            break
        token = token.head
        set_at_scene = set_at_scene or (token.head.i != verb.i and marked_by(token, scenes))
    if token.head.i != verb.i:
        return False
    # the agent of a passive or a participle is who acted too ("un drone lancé par les Houthis du
    # Yémen a frappé Eilat": Yemen is where the Houthis come from); not a place the agent's phrase
    # sets it at ("touché par un drone au large d'Odessa", "hit by a drone off Odesa": the scene)
    agent = token.dep_ in AGENT_DEPS or marked_by(token, _cues(verb.doc.lang_)["agent_preps"])
    return (agent and not set_at_scene) or (token.dep_ in SUBJECT_DEPS and not passive_verb(verb))


def entered_place(trigger: Span, ref: Ref) -> bool:
    """The place owns an airspace noun that is part of the trigger or hangs from one of its words
    ("violé l'espace aérien de la Pologne", "flew into the country's airspace")."""
    if ref.value.precision != "country":
        return False
    noun = owned_airspace(trigger.doc[ref.start:ref.end].root)
    if noun is None:
        return False
    words = range(trigger.start, trigger.end)
    head = noun.head.head if noun.head.pos_ == "ADP" else noun.head
    # or a relative clause on the trigger's own object: "shot down drones that entered Polish
    # airspace during an attack on western Ukraine" is an act in Poland
    return noun.i in words or head.i in words or (
        head.dep_ in RELATIVE_DEPS and head.head.head.i in words and head.head.dep_ in OBJECT_DEPS)


def place_rank(place: Place) -> int:
    """How precise a place is (PLACE_RANK, lower is finer)."""
    return PLACE_RANK.get(place.precision, 5)


def scene_place(places: list[Ref], trigger: Span, sent: int, paragraph_of: list[int],
                owners: set[int]) -> Ref | None:
    """The place of an incident whose own sentences name none: the nearest place named before it
    in its paragraph ("Un affrontement a rapidement fait rage" after "... la frontière du
    Cachemire"), the most precise first (a town over the country of a previous sentence). Not
    across a paragraph: a new paragraph may move to another scene. Not where the speaker of the
    trigger's clause is (speaker_places), nor where a statement was made (speech_starts). With none
    before it, where a video of it shows it (arguments_shown: "a video showing a boat exploding in X")."""
    places = own_phrase_places(places, trigger)
    speaking = speaker_places(trigger, places) | speech_starts(trigger, places) \
        | seat_starts(trigger.doc, places)
    unit = apposed_unit([r for r in places if r.start not in owners | speaking], trigger) \
        or target_relative_place([r for r in places if r.start not in owners | speaking], trigger)
    if unit is not None:
        return unit
    before = [r for r in places if r.start < trigger.start and r.start not in owners | speaking
              and paragraph_of[r.sent] == paragraph_of[sent] and r.value.lat is not None]
    if not before:
        return shown_place(places, trigger, paragraph_of, sent, owners | speaking) \
            or resumed_town(places, trigger, owners | speaking) \
            or site_town(places, trigger, paragraph_of, owners | speaking)
    return min(before, key=lambda r: (r.value.precision == "country", trigger.start - r.start))


RELATIVE_DEPS = frozenset({"relcl", "acl:relcl"})
MAX_TARGET_HOPS = 3  # the antecedent to the trigger: "on" -> "protesters", or a French "obl" straight


def target_relative_place(places: list[Ref], trigger: Span) -> Ref | None:
    """The place of an act that has none of its own, named in a relative clause on one of its
    arguments ("opened fire on protesters who stormed parliament in Nairobi", "a ouvert le feu sur
    des manifestants qui avaient envahi le parlement à Nairobi"): where the people it was done to
    were, so where it happened. The first such place after the trigger in its sentence; the
    antecedent hangs on the trigger's words or on their verb ("fire on" of "opened fire on Tuesday
    on demonstrators who ..."). Only a place set by a preposition of scene (``scene_prepositions``
    of arguments.yaml): not where they were heading, nor a town they had left."""
    words = {*range(trigger.start, trigger.end), *(v.i for v in governing_verbs(trigger.root)[:1])}
    scene = _cues(trigger.doc.lang_)["scene_prepositions"]
    for r in places:
        if r.start < trigger.end or not trigger.sent.start <= r.start < trigger.sent.end:
            continue
        node = trigger.doc[r.start:r.end].root
        if not marked_by(node, scene):  # "a minibus that was heading to X", "men who had fled X"
            continue
        for _ in range(MAX_CLIMB):
            if node.dep_ in RELATIVE_DEPS or node.head.i == node.i:
                break
            node = node.head
        if node.dep_ not in RELATIVE_DEPS:
            continue
        ante = node.head
        for _ in range(MAX_TARGET_HOPS):
            if ante.head.i == ante.i or ante.head.i in words:
                break
            ante = ante.head
        if ante.head.i in words:
            return r
    return None


# the precisions of a unit placing a town the gazetteer lacks ("X, a village in Nabatieh province")
UNIT_PRECISIONS = frozenset({"admin1", "region"})
# words skipped back from a unit to the settlement noun before it ("a village in the", "un village de la")
MAX_UNIT_LINK_TOKENS = 3


def apposed_unit(places: list[Ref], trigger: Span) -> Ref | None:
    """"killed two people in Aitaroun, a village in Nabatieh province", "ont tué 12 villageois à X,
    une localité de la région de Y": a division named after a settlement noun set beside a name,
    in the act's clause after it, places a town the gazetteer lacks (no place mention of its own,
    and the parse hangs the division on no trigger) -- the smallest unit the text names around it,
    rather than no place at all. Nouns: ``settlement_nouns`` of lang/<code>/places.yaml."""
    doc = trigger.doc
    nouns = _settlement_nouns(doc.lang_)
    lo, hi = clause_tokens(trigger)
    for ref in sorted(places, key=lambda r: r.start):
        if ref.value.precision not in UNIT_PRECISIONS or not trigger.end <= ref.start < hi or ref.start < lo:
            continue
        i = ref.start - 1
        while i > ref.start - 1 - MAX_UNIT_LINK_TOKENS and i > 0 and doc[i].pos_ in ("ADP", "DET"):
            i -= 1
        if i == ref.start - 1 or doc[i].lemma_.lower() not in nouns:
            continue
        i -= 1
        while i > 0 and doc[i].pos_ in ("ADJ", "DET"):
            i -= 1
        if i > 0 and doc[i].text == "," and doc[i - 1].text[:1].isupper():
            return ref
    return None


def site_town(places: list[Ref], trigger: Span, paragraph_of: list[int], skip: set[int]) -> Ref | None:
    """"Soudan : des drones frappent Kassala ... Lundi, une première frappe avait touché la caserne
    d'Al-Ingaz, près du marché": a facility (``sites`` of lang/<code>/places.yaml) the text places
    nowhere, in a story whose headline sets one town as the scene and that names no other town
    before it, stands in that town -- the story's scene, not no place at all."""
    sent = trigger.sent
    if not any(sent.start <= site.start < sent.end for site in _sites(trigger.doc)):
        return None
    towns = [r for r in places if r.end <= sent.start and r.start not in skip
             and r.value.precision in ("city", "site") and r.value.lat is not None]
    if not towns or len({r.value.name for r in towns}) > 1 or paragraph_of[towns[0].sent] > SCENE_PARAGRAPHS:
        return None
    return next((r for r in reversed(towns) if r.value.precision == "city"), None)


def _sites(doc: Doc) -> list[Site]:
    return find_sites(doc, load_language(doc.lang_).section("places"))


def _resuming_nouns(language: str) -> frozenset[str]:
    return section_words(language, "places", "resuming_settlement_nouns")


def resumed_town(places: list[Ref], trigger: Span, skip: set[int]) -> Ref | None:
    """"The city, about 35 kilometres from the front line, was hit by drones", "La ville a été
    frappée": a definite or demonstrative town noun with no name of its own in the act's sentence
    resumes the last town the article named, in any paragraph before (the town it is about: a
    feature opens on its residents, the attack comes a paragraph later). Nouns:
    ``resuming_settlement_nouns`` of lang/<code>/places.yaml."""
    nouns = _resuming_nouns(trigger.doc.lang_)
    sent = trigger.sent
    if not any(t.lemma_.lower() in nouns and definite(t) and not _named(t) for t in sent):
        return None
    towns = [r for r in places if r.end <= sent.start and r.start not in skip
             and r.value.precision == "city" and r.value.lat is not None]
    return max(towns, key=lambda r: r.start) if towns else None


def _named(token: Token) -> bool:
    """A town noun given a name of its own ("the city of X", "la ville de X", "X city"): a proper
    noun hung on it, or on the preposition it governs (a distance, "about 35 kilometres from the
    front line", names none; nor does a place further down a common noun: "dans la ville, près de
    la frontière avec le Mali" is hung on the town noun by the French parser)."""
    return any(c.pos_ == "PROPN" or (c.pos_ == "ADP" and any(g.pos_ == "PROPN" for g in c.children))
               for c in token.children if c.dep_ != "det")


def definite(token: Token) -> bool:
    """A noun with a definite article or a demonstrative ("the city", "la ville", "cette ville")."""
    return any(c.dep_ == "det" and ("Def" in c.morph.get("Definite") or "Dem" in c.morph.get("PronType"))
               for c in token.children)
