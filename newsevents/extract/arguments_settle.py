"""Parties of an incident settled after its clause roles are read (arguments.settle_parties): what
a downing downed and who downed it, the groups an exchange hands over, the host countries of a
recall, who summons when no clause says, and the shooter and the aim of an act outside the violent
types ("des tirs de garde-côtes chinois au canon à eau sur des navires philippins").

Why a module of its own: these rules each read one kind of incident, after the general clause
roles of newsevents.extract.arguments, whose helpers they use.
"""

from __future__ import annotations

import functools
from typing import Any

from spacy.tokens import Doc, Span, Token

from newsevents.extract.arguments import (
    PASSIVE_SUBJECT_DEPS,
    SUBJECT_DEPS,
    Ref,
    _cues,
    _marked,
    after_day,
    airspace_owners,
    attackers_only,
    clause_tokens,
    core_parties,
    dedupe_parties,
    is_content_verb,
    is_verb,
    on_noun,
    party_value,
    passive_verb,
    prep_parties,
    role_parties,
)
from newsevents.extract.arguments_envoys import summoned_envoys
from newsevents.extract.arguments_exchange import bystanders, swapped_holders
from newsevents.extract.arguments_held import day_objects, named_after
from newsevents.extract.arguments_purpose import expelled_parties
from newsevents.extract.arguments_rubric import without_rubrics
from newsevents.extract.arguments_sides import TWO_SIDED_TYPES, co_subjects, sides_of
from newsevents.extract.targets_intent import intended_word
from newsevents.extract.where_spots import weekdays
from newsevents.lang import load_language, section_words
from newsevents.model import Article, Party, Place
from newsevents.parties import is_media


def state_parties(parties: list[Party]) -> list[Party]:
    """The states behind a state's act ("le ministère polonais des Affaires étrangères", its
    spokesman): a diplomatic protest is one state's act against another, so each party of another
    kind with a country stands for that country too (role ``implied``, SCHEMA.md), unless the
    state is named already."""
    from newsevents.parties.vocabulary import english_country

    named = {p.country for p in parties if p.kind == "state"}
    out: list[Party] = []
    for p in parties:
        if p.country and p.country not in named and p.kind in ("person", "government"):
            name = english_country(p.country)
            if name:
                named.add(p.country)
                out.append(Party(name, "state", p.country, "implied", p.text, p.span))
    return out


def speakers_in(claims: list[Any], lo: int, hi: int) -> list[Party]:
    """Speakers whose words lie in a character range: who announces a summons without its agent
    ("L'ambassadeur russe a été convoqué ..., a indiqué un communiqué du porte-parole du
    ministère") is who summoned."""
    return [c.speaker for c in claims if c.speaker.kind != "other"
            and c.speaker.span and lo <= c.speaker.span[0] and c.speaker.span[1] <= hi]


def summoner_parties(actors: list[Party], targets: list[Party], claims: list[Any],
                     sentence: tuple[int, int]) -> list[Party]:
    """The actors of a diplomatic protest: without one in its clause, who announces it in its
    sentence (speakers_in) unless that is the side protested to; then the states they stand for
    (state_parties)."""
    if not actors:
        protested = {p.country for p in targets if p.country} | {p.name for p in targets}
        actors = dedupe_parties([p for p in speakers_in(claims, *sentence)
                                 if p.name not in protested and p.country not in protested])
    return actors + state_parties(actors)


# --- who is handed over ---------------------------------------------------------------------------
@functools.cache
def _exchanged_nouns(language: str) -> dict[str, tuple[str, str]]:
    data = load_language(language).section("arguments").get("exchanged_nouns") or {}
    return {str(k).lower(): (str(v["name"]), str(v.get("kind", "other"))) for k, v in data.items()}


def exchanged_groups(sentence: Span, language: str, to_original: Any, parties: list[Ref]) -> list[Party]:
    """The groups an exchange hands over, named by a noun of its sentence ("Russia and Ukraine
    exchanged prisoners", "l'échange de 26 détenus", "ten soldiers were released in exchange
    for ..."): the ``exchanged_nouns`` of arguments.yaml, by lemma, with their English name.
    A noun that is a named person's title ("l'ancien soldat Paul Whelan") is that person, no group.
    `to_original` maps a token's (start_char, end_char) to the article's offsets."""
    nouns = _exchanged_nouns(language)
    named = {i for r in parties if r.value.kind == "person" for i in range(r.start, r.end)}
    out: list[Party] = []
    for tok in sentence:
        found = nouns.get(tok.lemma_.lower()) or nouns.get(tok.lower_)
        titled = tok.i in named or any(c.pos_ == "PROPN" and c.dep_ in ("appos", "flat", "flat:name", "nmod")
                                       for c in tok.children) or tok.head.pos_ == "PROPN"
        if tok.pos_ == "NOUN" and found and not titled and all(p.name != found[0] for p in out):
            span = to_original(tok.idx, tok.idx + len(tok))
            out.append(Party(found[0], found[1], None, None, tok.text, span))  # type: ignore[arg-type]
    return out


# --- recalls ----------------------------------------------------------------------------------------
def recall_hosts(trigger: Span, places: list[Ref], language: str) -> list[Party]:
    """The countries a state recalls its own envoys from: "l'Algérie a rappelé ses ambassadeurs au
    Mali et au Niger", "recalled its ambassadors to Mali and Niger". A recall (``recall_words``)
    of envoys with a possessive ("ses", "its") protests against the host country, named after a
    ``host_prepositions`` word on the recall or on the envoy noun (or coordinated with one); the
    envoy, the recalling state's own, is not what the protest is against."""
    cues = _cues(language)
    doc = trigger.doc
    words = [t for t in trigger if t.lemma_.lower() in cues["recall_words"]]
    own = [t for t in trigger if t.pos_ == "NOUN" and any(
        c.dep_ in ("det", "poss") and ("Yes" in c.morph.get("Poss") or c.dep_ == "poss") for c in t.children)]
    if not words or not own:
        return []
    anchors = {t.i for t in words + own}
    out: list[Party] = []
    for r in places:
        tok = doc[r.start:r.end].root
        while tok.dep_ == "conj" and tok.head.i != tok.i:  # "au Mali et au Niger", "to Mali and Niger"
            tok = tok.head
        head = tok.head.head if tok.dep_ == "pobj" else tok.head
        prep = tok.head if tok.dep_ == "pobj" else next((c for c in tok.children if c.dep_ == "case"), None)
        place: Place = r.value
        if head.i in anchors and prep is not None and prep.lower_ in cues["host_prepositions"] \
                and place.precision == "country" and all(p.country != place.country for p in out):
            out.append(Party(place.name, "state", place.country, None, r.mention.text, r.mention.span))
    return out


# --- what was shot down -------------------------------------------------------------------------
CRAFT_DEPS = frozenset({"obj", "dobj", "nsubj:pass", "nsubjpass", "nmod", "pobj"})
# who may be named as the owner of a downed craft: a state ("un drone malien") or an armed body
# ("a Houthi drone", "un drone du Hezbollah" when the parser hangs it on the craft)
CRAFT_OWNER_KINDS = frozenset({"state", "group", "military"})


def downing_sides(trigger: Span, parties: list[Ref], weapons: list[Ref],
                  language: str) -> tuple[list[Ref], list[Party], list[Ref]]:
    """(who downed, what was downed, the owners named with it) for a shoot-down or destruction of
    an aircraft (the trigger is one of the ``downing_words``): the aircraft the verb takes as
    object or passive subject, or the noun's "de"/"of" complement ("la destruction d'un drone
    malien", "shot down five Indian aircraft") is the target, named with its owner's demonym
    ("Malian drone"), and its owner is no actor; the noun's "par"/"by" complement is who downed
    it ("par l'armée algérienne")."""
    from newsevents.parties.vocabulary import english_demonym

    cues = _cues(language)
    root = trigger.root
    if not any(t.lemma_.lower() in cues["downing_words"] for t in trigger):
        return [], [], []
    if any(c.dep_ in PRONOMINAL_DEPS and c.pos_ == "PRON" for c in root.children):
        return [], [], []  # a pronominal verb falls, it downs nothing ("deux roquettes se sont abattues")
    doc = trigger.doc
    crafts: list[Party] = []
    owners: list[Ref] = []
    for w in weapons:
        tok = doc[w.start:w.end].root
        if not _downed_craft(tok, root, cues):
            continue
        ref = next((r for r in parties if r.value.kind in CRAFT_OWNER_KINDS
                    and (r.value.country or r.value.kind != "state")
                    and doc[r.start:r.end].root.head.i == tok.i), None)
        country = ref.value.country if ref is not None else None
        # a state's craft is named with its demonym ("Malian drone"), an armed body's with the
        # words that name it ("a Houthi drone": Houthi drone)
        owner = english_demonym(country) if ref is not None and ref.value.kind == "state" else \
            ref.mention.text[:1].upper() + ref.mention.text[1:] if ref is not None else None
        name = f"{owner} {w.value.name}" if owner else w.value.name
        owners += [ref] if ref is not None else []
        if all(c.name != name for c in crafts):
            crafts.append(Party(name, "military", country, None, w.mention.text, w.mention.span))
    downers = [r for r in parties if doc[r.start:r.end].root.head.i == root.i and root.pos_ == "NOUN"
               and _marked(doc[r.start:r.end].root, cues["agent_preps"])]
    return downers, crafts, owners


def interceptors(trigger: Span, parties: list[Ref], language: str, own: list[Ref],
                 attackers: list[Ref]) -> list[Ref]:
    """Who intercepted, not who fired (``attackers``): the interception's own parties and the
    subject of a downing verb ("Lithuania shoots down Russian drones", "des avions lettons ont
    abattu des drones"), which stands for the actor of a downing told alone. Joined to the attack
    the crafts made, they are no actor of it: the crafts' launcher is (Draft.defenders)."""
    subject: list[Ref] = []
    if any(t.lemma_.lower() in _cues(language)["downing_words"] for t in trigger) and is_verb(trigger.root):
        subject = attackers_only(role_parties(trigger, parties, SUBJECT_DEPS, pronouns=True))
    return [r for i, r in enumerate(own + subject) if r not in attackers and r not in (own + subject)[:i]]


@functools.cache
def _quantity_nouns(language: str) -> frozenset[str]:
    """Nouns that count the crafts downed ("une dizaine de drones", "a number of drones"): the
    collective numerals of numbers.yaml and ``quantity_nouns`` of arguments.yaml."""
    return section_words(language, "numbers", "collective_numerals") \
        | section_words(language, "arguments", "quantity_nouns")


def _downed_craft(tok: Token, root: Token, cues: dict[str, frozenset[str]]) -> bool:
    """Whether the weapon noun is what the downing verb or noun took: its object, passive subject
    or complement, or the object the parser lost to the day between them ("a abattu mardi des
    drones russes": the craft an ``nmod`` of "mardi" (arguments.after_day), or an ``obl`` of the
    verb marked only by the partitive article it read as a preposition, ``partitive_cases``; or
    an ``nmod`` of the weekday the parser took for the object: "a abattu dimanche des drones"; or
    a bare ``obl`` with no preposition at all: "a abattu vendredi trois drones")."""
    if _marked(tok, cues["agent_preps"]):
        return False
    head = tok.head.head if tok.dep_ == "pobj" else tok.head
    if head.i == root.i and tok.dep_ in CRAFT_DEPS:
        return True
    if tok.dep_ in ("nmod", "pobj") and head.i < tok.i and head.i != root.i \
            and head.lemma_.lower() in _quantity_nouns(root.doc.lang_):
        return _downed_craft(head, root, cues)  # "une dizaine de drones", "a number of drones"
    cases = [c for c in tok.children if c.dep_ == "case"]
    partitive = all(c.lower_ in cues["partitive_cases"] for c in cases)
    day = tok.head
    if day.head.i == root.i and day.i < tok.i and (after_day(tok) or (
            tok.dep_ == "nmod" and partitive and day.lower_ in weekdays(root.doc.lang_))):
        return True  # the day word the verb's object or modifier, the craft hung on it
    # an object with no preposition the parser read as a bare modifier of the verb, the day word
    # before it ("a abattu vendredi trois drones": "drones" an ``obl:mod``)
    return head.i == root.i and root.pos_ == "VERB" and tok.i > root.i and tok.dep_.startswith("obl") \
        and partitive


def _intruding(crafts: list[Party], triggers: list[Span], doc: Doc) -> bool:
    """Whether a downed craft is the doer of another act of the incident, in a clause on its noun
    ("a number of Russian drones that had entered its airspace"): the incident is that act, whose
    actor is the craft's owner (arguments.weapon_owners), and the downing only ends it."""
    roots = {t.root.i for t in triggers}
    for craft in crafts:
        if craft.span is None:
            continue
        tokens = [t for t in doc if craft.span[0] <= t.idx < craft.span[1]]
        if any(c.dep_ in ("relcl", "acl", "acl:relcl") and any(g.i in roots for g in c.subtree)
               for t in tokens for c in t.children):
            return True
    return False


# the reflexive pronoun of a pronominal verb (UD French "s'abattre": expl:comp / expl:pv)
PRONOMINAL_DEPS = frozenset({"expl:comp", "expl:pv"})


# --- who is held ------------------------------------------------------------------------------------
# incident types whose patient is their target: who is arrested, detained or jailed
PATIENT_TYPES = frozenset({"arrest"})
# how a name hangs from the noun that describes it ("le journaliste américain X", "l'ex-Marine X")
NAME_DEPS = frozenset({"appos", "flat", "flat:name"})


def held_parties(trigger: Span, parties: list[Ref], language: str) -> list[Ref]:
    """Who an arrest holds: the object of the verb ("le FSB a arrêté le journaliste X", "police
    detained the blogger X") or the subject of its passive ("le militant X a été arrêté"), the
    noun its participle qualifies ("l'ex-Marine X, emprisonné depuis 2018", "a nurse detained in
    Niger"; through an apposition, "X, le reporter du journal Y détenu depuis mars", to the name it
    describes), or the "de"/"of" complement of its noun ("l'arrestation de l'opposant X", "the
    arrest of activist X"). A describing noun stands for the name in apposition to it (held_by);
    a state or a government is where or by whom one is held, not who is."""
    root = trigger.root
    of_words = _cues(language)["of_prepositions"]
    out: list[Ref] = []
    if is_content_verb(root) and _participle(root):
        noun = root.head
        while noun.dep_ == "appos" and noun.head.i != noun.i:
            noun = noun.head
        out += held_by(noun, parties) or _named_before(noun, parties)
    elif is_content_verb(root):
        patients = [c for c in root.children if c.dep_ in ("obj", "dobj")] + day_objects(root)
        if passive_verb(root):
            patients += [c for c in root.children if c.dep_ in PASSIVE_SUBJECT_DEPS]
        out += [r for c in patients for r in held_by(c, parties) or named_after(c, parties)]
    elif root.pos_ == "NOUN":
        for c in root.children:
            if c.dep_ == "prep" and c.lower_ in of_words:  # English: the noun hangs under "of"
                out += [r for g in c.children if g.dep_ == "pobj" for r in held_by(g, parties)]
            elif c.dep_ in ("nmod", "obl") and _marked(c, of_words):
                out += held_by(c, parties)
        incised = _of_after_incise(root, of_words)
        if incised is not None and not out:  # a name the parties stage read with its apposition
            out += held_by(incised, parties) or [r for r in parties if r.start <= incised.i < r.end]
    return [r for r in out if r.value.kind not in ("state", "government")]


# the longest time or place phrase set between commas after a noun ("l'élimination, dans la nuit
# de lundi à mardi, de X"), in tokens
INCISE_MAX_TOKENS = 10


def _of_after_incise(noun: Token, of_words: frozenset[str]) -> Token | None:
    """The noun of the "de"/"of" complement a phrase between commas parts from its noun
    ("l'élimination, dans la nuit de lundi à mardi, de Hassan X", "the killing, overnight on
    Tuesday, of X"): the parser hangs it on the verb or on the incise, never on the noun."""
    doc = noun.doc
    if noun.i + 2 >= len(doc) or doc[noun.i + 1].text != ",":
        return None
    close = next((t.i for t in doc[noun.i + 2:noun.i + 2 + INCISE_MAX_TOKENS] if t.text == ","), None)
    if close is None or close + 2 >= len(doc) or doc[close + 1].lower_ not in of_words:
        return None
    prep = doc[close + 1]
    if prep.dep_ == "case":
        return prep.head if prep.head.i > prep.i else None
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


def _complement_parties(trigger: Span, parties: list[Ref], language: str) -> list[Ref]:
    """Every party named inside the "de"/"of" complement of a noun trigger, appositions included."""
    root = trigger.root
    if root.pos_ != "NOUN":
        return []
    of_words = _cues(language)["of_prepositions"]
    spans = [(c.left_edge.i, c.right_edge.i + 1) for c in root.children
             if (c.dep_ == "prep" and c.lower_ in of_words)
             or (c.dep_ in ("nmod", "obl") and _marked(c, of_words))]
    incised = _of_after_incise(root, of_words)
    spans += [(incised.left_edge.i, incised.right_edge.i + 1)] if incised is not None else []
    return [r for r in parties if any(lo <= r.start and r.end <= hi for lo, hi in spans)]


def held_by(noun: Token, parties: list[Ref]) -> list[Ref]:
    """The parties a held noun names: its own phrase (core_parties) and the name in apposition to
    it ("le militant X", "the blogger X": the parser hangs the name beside the noun), persons
    first (the newspaper of "le reporter du journal Y" is not who is held)."""
    found = core_parties(parties, noun)
    found += [r for c in noun.children if c.dep_ in NAME_DEPS for r in core_parties(parties, c)
              if r not in found]
    return [r for r in found if r.value.kind == "person"] or found


def _named_before(noun: Token, parties: list[Ref]) -> list[Ref]:
    """The person a describing noun follows after a comma, as an apposition the parser did not
    attach ("le photographe X, le correspondant du journal Y détenu depuis mai"); the parties
    stage may have read that apposition into the person's mention already."""
    first = noun.left_edge.i
    persons = [r for r in parties if r.value.kind == "person"]
    covering = [r for r in persons if r.start < noun.i < r.end]
    if covering or first < 2 or noun.doc[first - 1].text != ",":
        return covering
    return [r for r in persons if r.end == first - 1]


def _participle(verb: Token) -> bool:
    """A past participle qualifying a word (on_noun, or a noun the tagger read as a verb: "le
    reporter du journal détenu depuis mars")."""
    return verb.dep_.startswith("acl") and verb.head.i != verb.i and (
        on_noun(verb) or ("Part" in verb.morph.get("VerbForm") and verb.head.dep_ == "appos"))


# --- flags ---------------------------------------------------------------------------------------
def flag_states(parties: list[Ref], doc: Doc, language: str) -> set[tuple[int, int]]:
    """Spans of the states named as the flag a ship flies ("a Liberian-flagged ship", "un cargo
    battant pavillon libérien": ``flag_words``): a registry, not what was attacked."""
    words = _cues(language)["flag_words"]
    out: set[tuple[int, int]] = set()
    for r in parties:
        after = doc[r.end:r.end + 2]
        flagged = len(after) == 2 and after[0].text == "-" and after[1].lower_ in words
        if r.value.kind == "state" and (flagged or (r.start > 0 and doc[r.start - 1].lower_ in words)):
            out.add(r.mention.span)
    return out


# how a unit's name hangs from the unit noun ("le front Carolina Ramirez", "the X front")
UNIT_NAME_DEPS = frozenset({"appos", "nmod", "flat", "flat:name", "compound"})
# the kinds of party that may command a unit: the group a front or brigade belongs to
UNIT_OWNER_KINDS = frozenset({"group", "organization", "military", "state", "government"})


def unit_names(parties: list[Ref], doc: Doc, language: str) -> set[tuple[int, int]]:
    """Spans of the names of a unit of an armed group named with the group ("le front Carolina
    Ramirez des dissidents des FARC", "le bloc Magdalena Medio de l'ELN": ``unit_nouns`` of
    arguments.yaml): the unit acts as the group, its name (often a dead fighter's, read as a
    person) is no party of its own. A unit named alone ("le front Al-Nosra") is a party."""
    nouns = section_words(language, "arguments", "unit_nouns")
    out: set[tuple[int, int]] = set()
    for r in parties:
        root = doc[r.start:r.end].root
        unit = root.head
        # the name right after the noun, no preposition of its own ("le front de l'Est" names no unit)
        if root.dep_ not in UNIT_NAME_DEPS or unit.i in range(r.start, r.end) \
                or unit.lemma_.lower() not in nouns or any(c.dep_ == "case" for c in root.children
                                                          if c.i < root.i):
            continue
        span = {t.i for t in unit.subtree}
        owners = [o for o in parties if o is not r and o.start in span and o.start >= r.end
                  and o.value.kind in UNIT_OWNER_KINDS]
        if owners:
            out.add(r.mention.span)
    return out


def landmark_parties(parties: list[Ref], doc: Doc, language: str) -> set[tuple[int, int]]:
    """Spans of the parties named as a landmark of the scene ("missiles hit a residential area
    near the U.S. consulate", "une maison proche de l'hôpital": ``landmark_prepositions`` of
    targets.yaml), as the targets stage leaves such facilities out: where, not what was hit."""
    from newsevents.extract.targets import landmark  # targets.py reads this module's Ref

    return {r.mention.span for r in parties if landmark(doc[r.start:r.end], language)}


# --- parties settled after the clause roles ---------------------------------------------------------
EXCHANGE_TYPES = frozenset({"prisoner_exchange"})
# incidents an aim of expelling a side tells the target of (arguments_purpose.expelled_parties)
EXPELLING_TYPES = frozenset({"armed_clash", "shelling", "air_strike", "drone_strike"})


# incident types outside the violent ones that may still be aimed at someone ("other": water
# cannon fired at ships, an aircraft fired on): their target is read as a violent one's, by its
# preposition ("sur", "contre", "at": target_prepositions in lang/<code>/events.yaml)
AIMED_TYPES = frozenset({"other"})
OWNER_NOUN_HOPS = 3  # nouns between the act and its owner: "tirs" <- "canon" <- "eau" <- "des garde-côtes"


def noun_owners(trigger: Span, parties: list[Ref], language: str) -> list[Ref]:
    """Parties completing an incident noun with "de"/"of" or as a modifier ("des tirs de
    garde-côtes chinois", "Chinese coast guard fire"): who does it (attackers_only)."""
    root = trigger.root
    if root.pos_ not in ("NOUN", "PROPN"):
        return []
    of_words = _cues(language)["of_prepositions"]
    out = []
    for r in parties:
        tok = trigger.doc[r.start:r.end].root
        cases = {c.lower_ for c in tok.children if c.dep_ == "case"}
        modifier = _under(tok, root) and tok.dep_ in ("nmod", "compound", "poss") and cases <= of_words
        if modifier or (tok.dep_ == "pobj" and tok.head.head == root and tok.head.lower_ in of_words):
            out.append(r)
    return attackers_only(out)


def _under(tok: Any, root: Any) -> bool:
    """The token hangs from `root` directly or through the nouns of its phrase ("des tirs au canon
    à eau des garde-côtes": the parser hangs the owner on the weapon's last noun)."""
    head = tok.head
    for _ in range(OWNER_NOUN_HOPS):
        if head == root:
            return True
        if head.pos_ != "NOUN" or head.dep_ != "nmod" or head.head.i == head.i:
            return False
        head = head.head
    return head == root


def settle_parties(kind: str, triggers: list[Span], actors: list[Party], targets: list[Party],
                   sentence: Span, article: Article, mentions: tuple[list[Ref], list[Ref], list[Ref]],
                   language: str) -> tuple[list[Party], list[Party]]:
    """(actors, targets) of an incident once its clause roles are read: what a downing downed and
    who downed it (downing_sides), the groups an exchange hands over (exchanged_groups), the host
    countries of a recall (recall_hosts) and who summons when no clause says (summoner_parties).
    `mentions` holds the article's parties, places and weapons placed on the Doc."""
    parties, places, weapons = mentions
    entered_all: set[tuple[int, int]] = set()
    for trigger in triggers:
        # the state whose airspace the act entered was entered, it did not enter ("breaches
        # Romania's airspace": Romania is inside the trigger's words, not its subject)
        lo, hi = clause_tokens(trigger)
        entered = {r.mention.span for r in airspace_owners(trigger, parties, lo, hi, language)}
        entered_all |= entered
        targets = targets + [p for p in actors if p.span in entered]
        actors = [p for p in actors if p.span not in entered]
        by, crafts, owners = downing_sides(trigger, parties, weapons, language)
        if _intruding(crafts, triggers, trigger.doc):
            # "shot down Russian drones that had entered its airspace": the intrusion's act, whose
            # actor is the crafts' owner; the crafts downed are still what the incident took -- a
            # side's crafts only ("Russian drones"): an unowned craft "which hit the base" after "failed
            # to intercept the drone" is the strike's weapon, nothing downed
            targets = targets + [c for c in crafts if c.country]
            continue
        dropped = {r.mention.span for r in owners + by}
        if owners and not by and all(p.span in dropped for p in actors):
            # the owners of what was downed did not down it: the trigger's subject did ("l'armée
            # polonaise a abattu des drones russes")
            by = attackers_only(role_parties(trigger, parties, SUBJECT_DEPS, pronouns=True))
        actors = [party_value(r) for r in by] + [p for p in actors if p.span not in dropped]
        targets = crafts + [p for p in targets if p.span not in dropped]
    if kind in TWO_SIDED_TYPES:  # "X and Y exchanged fire": Y is a side, not left out
        acting = {p.span for p in actors}
        actors = actors + [party_value(r) for t in triggers for r in co_subjects(t, parties, acting)]
    if kind in EXPELLING_TYPES and not targets:  # "une offensive pour déloger l'armée de Kidal"
        acting = {p.span for p in actors}
        targets = [party_value(r) for t in triggers for r in expelled_parties(t, parties, language)
                   if r.mention.span not in acting]
    if kind in AIMED_TYPES and not targets:  # "des tirs au canon à eau sur des navires philippins"
        preps = frozenset(str(w).lower() for w in
                          load_language(language).section("events").get("target_prepositions") or [])
        targets = [party_value(r) for t in triggers
                   for r in prep_parties(t, parties, preps, *clause_tokens(t))]
    if kind in AIMED_TYPES and not actors:  # "des tirs de garde-côtes chinois": who fires
        # not the state whose airspace was entered ("une violation de l'espace aérien du pays")
        owners = [r for t in triggers for r in noun_owners(t, parties, language)
                  if r.mention.span not in entered_all]
        actors = [party_value(r) for r in owners]
        targets = [p for p in targets if p.span not in {r.mention.span for r in owners}]
    # who is held is no actor of the arrest, nor who is killed of the killing named by a noun
    # ("l'assassinat d'Ahmed X", "the targeted killing of a commander": patient_nouns)
    patient = triggers if kind in PATIENT_TYPES else \
        [t for t in triggers if t.root.lemma_.lower() in _cues(language)["patient_nouns"]]
    if patient:
        held = [r for t in patient for r in held_parties(t, parties, language)]
        names = {r.value.name for r in held}
        # and the group of who is held or killed is described with him, it did not act ("Ahmed X,
        # un commandant du Hezbollah"): parties inside the noun's complement are no actors
        described = {r.mention.span for t in patient for r in _complement_parties(t, parties, language)}
        actors = [p for p in actors if p.name not in names and p.span not in described]
        targets = targets + [party_value(r) for r in held]
    if kind in EXCHANGE_TYPES:
        targets = targets + exchanged_groups(sentence, language, article.to_original, parties)
        targets = targets + [p for t in triggers
                             for p in swapped_holders(t, places, parties, language, article.to_original)]
        welcomed = bystanders(targets, parties, sentence, language)  # "welcomed by President X"
        targets = [p for p in targets if p.span not in welcomed]
    if kind == "diplomatic_protest":
        targets = [p for t in triggers for p in recall_hosts(t, places, language)] or targets
        if not targets:  # "severed diplomatic ties with Venezuela": the state it breaks with
            acting = {p.span for p in actors}
            targets = [p for t in triggers for r in sides_of(t, parties, language, *clause_tokens(t))
                       if (p := party_value(r)).span not in acting]
        chars = article.to_original(sentence.start_char, sentence.end_char)
        actors = summoner_parties(actors, targets, article.claims, chars)
        # the summoned diplomats and the states they serve ("les ambassadeurs du Togo"), never
        # the summoning state's own
        own = {p.country for p in actors if p.country}
        targets = targets + [p for t in triggers
                             for p in summoned_envoys(t, parties, language, article.to_original)
                             if p.country is None or p.country not in own]
    # what a side says it strikes in general names no target ("said Israel was striking government bodies")
    flags = flag_states(parties, sentence.doc, language) | landmark_parties(parties, sentence.doc, language) \
        | {r.mention.span for r in parties if intended_word(sentence.doc[r.start:r.end].root, language)}
    targets = [p for p in targets if p.span not in flags]
    units = unit_names(parties, sentence.doc, language)  # "le front X des dissidents des FARC"
    actors = [p for p in actors if p.span not in units]
    targets = [p for p in targets if p.span not in units]
    # an outlet or agency reports the incident and is never a party to it ("France 24", "AFP")
    actors = [p for p in actors if not is_media(p.name)]
    targets = [p for p in targets if not is_media(p.name)]
    # "Colombie : l'ELN attaque ...": the country labelling the headline is its rubric, no side
    actors, targets = without_rubrics(actors, article.text), without_rubrics(targets, article.text)
    return dedupe_parties(actors), dedupe_parties(targets)
