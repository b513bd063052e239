"""Arguments of an event from its clause and its neighbours: the mentions earlier stages found
(time, place, party, weapon, number), placed on the dependency parse.

Why the parse first and proximity second: a sentence often names two incidents and a meeting
("de vives protestations ... contre le fait que le 14 novembre ... un missile est tombé"). A date
belongs to the trigger its words hang from (climbing the heads from the date), and only when no
trigger governs it to the nearest trigger in the sentence. Parties follow the clause roles: the
subject or passive agent is the actor, the noun after "contre"/"sur" or the recipient after "à"
is the target.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Span, Token

from newsevents.extract.arguments_accused import accusation_verb, accused_objects
from newsevents.extract.arguments_acting import acting_subjects, acting_verb, holding_verb
from newsevents.extract.arguments_answer import answers_with, through_quantity
from newsevents.extract.arguments_apposed import object_words, verb_objects
from newsevents.extract.arguments_by import agent_asides, cited, nominal, noun_agent_heads
from newsevents.extract.arguments_climb import postposed_report, undergone_act
from newsevents.extract.arguments_day_object import day_read_objects
from newsevents.extract.arguments_makers import maker_words
from newsevents.extract.arguments_owners import owns_weapon
from newsevents.extract.arguments_pact import provided_for
from newsevents.extract.arguments_passive import passive_patients
from newsevents.extract.arguments_reported import judged_act, reported_act
from newsevents.extract.arguments_seat import seat_of  # noqa: F401  (events.py calls args.seat_of)
from newsevents.extract.arguments_unique import apart_sides, dedupe_parties  # noqa: F401
from newsevents.extract.headline_verbs import headline_passive, headline_verb
from newsevents.extract.numbers_lexicon import numbers_lexicon
from newsevents.extract.where_dateline import dateline_at, line_start
from newsevents.lang import load_language
from newsevents.model import Article, Mention, Party, Weapon
from newsevents.nlp import doc_text

SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubj:pass", "nsubjpass"})
AGENT_DEPS = frozenset({"obl:agent", "agent"})
# how far up the tree a trigger looks for its clause's subject or agent (trigger noun -> verb -> verb)
MAX_CLIMB = 4
# an infinitive or participle clause shares the subject of the verb it hangs from
LINK_DEPS = frozenset({"xcomp", "acl", "advcl", "conj"})
PREP_CLIMB = 3  # a name in apposition hangs from the noun that carries the preposition
STOPPED = -1  # owner_of: the word hangs from a reporting verb, not from any trigger
PLACE_RANK = {"site": 0, "city": 1, "admin1": 2, "region": 3, "country": 4}


@dataclass(slots=True)
class Ref:
    """A mention placed on the Doc: token range and sentence number."""

    mention: Mention
    start: int
    end: int
    sent: int

    @property
    def value(self) -> Any:
        return self.mention.value

    def tokens(self, doc: Doc) -> Span:
        return doc[self.start:self.end]


def index_mentions(article: Article, sent_of: list[int]) -> dict[str, list[Ref]]:
    """The article's mentions by kind, each mapped onto the Doc's tokens."""
    doc = article.doc
    out: dict[str, list[Ref]] = {}
    for m in article.mentions:
        a, b = article.to_nlp(*m.span)
        span = doc.char_span(a, b, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        out.setdefault(m.kind, []).append(Ref(m, span.start, span.end, sent_of[span.start]))
    for refs in out.values():
        refs.sort(key=lambda r: (r.start, r.end))
    return out


def overlapping(refs: list[Ref], start: int, end: int) -> list[Ref]:
    return [r for r in refs if r.start < end and start < r.end]


def token_distance(a: tuple[int, int], b: tuple[int, int]) -> int:
    if a[1] <= b[0]:
        return b[0] - a[1]
    if b[1] <= a[0]:
        return a[0] - b[1]
    return 0


# --- clauses ------------------------------------------------------------------------------------
# auxiliaries of tense and voice, in the labels of both models (UD French, ClearNLP English)
TENSE_AUX_DEPS = frozenset({"aux", "aux:tense", "aux:pass", "auxpass"})


def is_verb(token: Token) -> bool:
    """A verb, or a participle the tagger read as an adjective although it has an auxiliary of
    tense or voice ("les soldats avaient volontairement ouvert le feu": "ouvert" ADJ with
    "avaient" aux:tense): it heads its clause and has a subject and objects like any verb."""
    return token.pos_ in ("VERB", "AUX") or (
        token.pos_ == "ADJ" and any(c.dep_ in TENSE_AUX_DEPS for c in token.children))


def is_content_verb(token: Token) -> bool:
    """A verb (is_verb) that is no auxiliary: one that can have an agent and a patient."""
    return is_verb(token) and token.pos_ != "AUX"


def clause_head(token: Token) -> Token:
    """The verb whose clause contains the token (the token itself when it is a verb)."""
    t = token
    for _ in range(MAX_CLIMB):
        if is_verb(t) or t.head.i == t.i:
            return t
        t = t.head
    return t


def clause_tokens(trigger: Span) -> tuple[int, int]:
    """Token range of the trigger's clause; a relative clause includes its antecedent."""
    head = clause_head(trigger.root)
    lo, hi = head.left_edge.i, head.right_edge.i + 1
    if head.dep_.startswith("acl") and head.head.i != head.i:
        ante = head.head
        lo, hi = min(lo, ante.left_edge.i), max(hi, ante.right_edge.i + 1)
    lo, hi = min(lo, trigger.start), max(hi, trigger.end)
    return lo, hi


def phrase_tokens(trigger: Span) -> tuple[int, int]:
    """The trigger's own phrase: a noun's subtree, or the trigger words for a verb."""
    root = trigger.root
    if root.pos_ in ("NOUN", "PROPN"):
        return min(root.left_edge.i, trigger.start), max(root.right_edge.i + 1, trigger.end)
    return trigger.start, trigger.end


def governing_verbs(token: Token) -> list[Token]:
    """The token's verb and the verbs above it, nearest first (at most MAX_CLIMB)."""
    out: list[Token] = []
    t = token
    for _ in range(MAX_CLIMB):
        if is_verb(t):
            out.append(t)
        if t.head.i == t.i:
            break
        t = t.head
    return out


def owner_of(token: Token, trigger_roots: dict[int, int], stop: set[int] | None = None,
             within: tuple[int, int] | None = None) -> int | None:
    """The trigger a word hangs from: the first trigger root among its ancestors (or itself);
    STOPPED when a `stop` token (a reporting verb) comes first, None when neither does before
    the tree leaves the sentence `within`. A reporting verb after the clause it reports does not
    stop it, a verb of undergoing leads to its act (arguments_climb.py)."""
    t = prev = token
    for _ in range(8):
        if (within and not within[0] <= t.i < within[1]) or not same_line(token, t.i):
            return None  # out of the sentence, or of the line: a headline run into the body
        if t.i in trigger_roots:
            return trigger_roots[t.i]
        undergone = undergone_act(t, trigger_roots)
        if undergone is not None:
            return trigger_roots[undergone]
        participle = after_participle(t, trigger_roots)
        if participle is not None:
            return trigger_roots[participle.head.i]
        if stop and t.i in stop:
            return None if postposed_report(prev, t) else STOPPED
        if t.head.i == t.i:
            return None
        prev, t = t, t.head
    return None


def after_participle(t: Token, trigger_roots: dict[int, int]) -> Token | None:
    """The participle on a trigger noun that ``t`` directly follows, when the parser hung ``t`` on
    a verb before that noun ("a démenti toute implication dans l'explosion survenue lundi près d'un
    dépôt": "lundi" on "démenti"); the words right after the participle are its complements."""
    if t.i == 0:
        return None
    prev = t.doc[t.i - 1]
    if prev.dep_ == "acl" and "Part" in prev.morph.get("VerbForm") and prev.head.i in trigger_roots \
            and t.head.i < prev.head.i and t.head.pos_ in ("VERB", "AUX"):
        return prev
    return None


# --- parties ------------------------------------------------------------------------------------
def parties_in(refs: list[Ref], lo: int, hi: int) -> list[Ref]:
    return [r for r in refs if lo <= r.start and r.end <= hi]


def parties_at(refs: list[Ref], token: Token) -> list[Ref]:
    """Party mentions inside a token's subtree (its noun phrase)."""
    return parties_in(refs, token.left_edge.i, token.right_edge.i + 1)


def in_circumstance(token: Token) -> bool:
    """An event noun in a phrase of time or cause of another clause ("Après des tirs de X, Manille
    convoque ...", "Following the strike, Kyiv summoned ..."): that clause's subject is not its
    actor (``circumstance_prepositions`` in arguments.yaml)."""
    preps = _cues(token.doc.lang_)["circumstance_prepositions"]
    return token.pos_ in ("NOUN", "PROPN") and marked_by(token, preps)


def marked_by(token: Token, preps: frozenset[str]) -> bool:
    """The phrase or clause the token heads is introduced by one of the prepositions: its English
    "prep" head, a French "case" child and its "fixed" words ("à la suite de"), or a
    subordinating "mark" ("after a missile hit")."""
    if token.dep_ == "pobj":
        return token.head.lower_ in preps
    return any(c.dep_ in ("case", "fixed", "mark") and c.lower_ in preps for c in token.children) \
        or any(c.dep_ == "case" and any(f.lower_ in preps for f in c.children) for c in token.children)


def role_verbs(token: Token, stop: set[int] | None = None) -> list[Token]:
    """The verbs whose subject or agent is the trigger's: its own verb, and above it only the verbs
    an infinitive or participle depends on ("ont accepté de cesser le feu"), never a reporting
    verb (`stop`: "X a accusé Y d'avoir bombardé" does not make X the attacker), nor the verb of
    a clause the trigger noun only dates or explains (in_circumstance)."""
    if in_circumstance(token):
        return []
    verbs = provided_for(governing_verbs(token))  # "une déclaration prévoyant un cessez-le-feu"
    if not verbs or reported_act(token, verbs[0]) or judged_act(token, verbs[0]):
        return []
    out, lower = verbs[:1], verbs[0]
    for upper in verbs[1:]:
        if lower.dep_ == "conj" and _finite(lower) and on_noun(upper) and not _finite(upper):
            continue  # "ont franchi la ligne établie en 2003 et ont attaqué": not établie's conjunct
        if (lower.dep_ not in LINK_DEPS and not _time_gerund(lower)) or (stop and upper.i in stop) \
                or on_noun(lower) or own_subject(lower) or accusation_verb(upper):
            break
        out.append(upper)
        lower = upper
    return out


def _time_gerund(verb: Token) -> bool:
    """A gerund after a preposition of time ("has used air strikes since seizing power", "after
    launching the strike"): it has the subject of the clause it dates (circumstance_prepositions)."""
    return verb.dep_ == "pcomp" and verb.head.lower_ in _cues(verb.doc.lang_)["circumstance_prepositions"]


def _finite(verb: Token) -> bool:
    """A verb with a tense of its own (an auxiliary of tense, or a finite form): "ont attaqué",
    "attacked" in "crossed ... and attacked". A finite verb is never the conjunct of a bare
    participle on a noun ("la ligne établie"), whatever the parser hangs it from."""
    return "Fin" in verb.morph.get("VerbForm") or any(
        c.dep_ in ("aux", "aux:tense") and c.pos_ == "AUX" for c in verb.children)


def own_subject(verb: Token) -> bool:
    """A clause with a subject of its own ("Romania summoned the ambassador after a drone was seen
    breaching its airspace", "Kyiv a protesté après que des missiles ont frappé"): it shares
    nothing with the verb above, whose subject did not do what this clause tells."""
    return verb.dep_ in ("advcl", "conj") and any(
        c.dep_ in SUBJECT_DEPS or c.dep_ in PASSIVE_SUBJECT_DEPS for c in verb.children)


def on_noun(verb: Token) -> bool:
    """A past participle on a noun ("des missiles tirés sur le pays", "drones launched at
    Kyiv"): its subject is that noun, not the subject of the verb above ("les défenses
    israéliennes ont intercepté des missiles tirés ..." were not fired by Israel)."""
    return verb.dep_.startswith("acl") and verb.head.pos_ in ("NOUN", "PROPN") \
        and "Part" in verb.morph.get("VerbForm") and "Pres" not in verb.morph.get("Tense")


def acting_noun(verb: Token) -> bool:
    """A present participle on a noun ("militant groups fighting Israel", "des combattants
    attaquant la ville"): a party that noun names is its subject, not the subject of the verb
    above ("Iran provides weapons to groups fighting Israel": Iran does not fight)."""
    return verb.dep_.startswith("acl") and verb.head.pos_ in ("NOUN", "PROPN") \
        and "Part" in verb.morph.get("VerbForm") and "Pres" in verb.morph.get("Tense")


def role_parties(trigger: Span, parties: list[Ref], deps: frozenset[str],
                 stop: set[int] | None = None, pronouns: bool = False) -> list[Ref]:
    """Parties in the given roles (subject, agent...) of the trigger's verbs, nearest verb first;
    with `pronouns`, a reported "it"/"elle" stands for who reports it (speaker_of_pronoun)."""
    for verb in role_verbs(trigger.root, stop):
        found: list[Ref] = []
        own = deps - SUBJECT_DEPS if headline_passive(verb) else deps  # "UN convoy attacked": the patient
        for child in verb.children:
            # a headline's verb read as a noun has its subject as a modifier ("Azerbaijan summons
            # Russian envoy"): triggers.headline_verb
            headline_subject = bool(own & SUBJECT_DEPS) and child.i == verb.i - 1 and headline_verb(verb)
            if child.dep_ in own and (apposed := dateline_subject(child)):
                found.extend(r for a in apposed for r in core_parties(parties, a))
            elif (child.dep_ in own and not answers_with(verb, child, verb.doc.lang_)) or headline_subject:
                found.extend(core_parties(parties, child)
                             or (speaker_of_pronoun(parties, child) if pronouns else []))
            elif own & AGENT_DEPS and verb.i == trigger.root.i:  # the trigger verb's own agent only
                found.extend(r for g in _agents_on_day(child) for r in core_parties(parties, g))
        if not found and own & SUBJECT_DEPS and acting_noun(verb):
            # "groups fighting Israel": the noun a present participle qualifies is its subject,
            # when it names a party ("an air strike targeting X" names none: the verb above acts)
            found = core_parties(parties, verb.head)
            if found:
                return [r for r in found if same_line(verb, r.start)]
        found = [r for r in found if same_line(verb, r.start)]
        if found:
            return found
    return []


def same_line(token: Token, i: int) -> bool:
    """Whether token `i` is on the same line as `token`: the parser runs a headline into the
    paragraph below it ("Azerbaijan summons Russian envoy\n\nAzerbaijan's Foreign Ministry
    summoned ..."), so a role read across a line break belongs to another sentence."""
    doc = token.doc
    a, b = sorted((token.i, i))
    return "\n" not in doc_text(doc)[doc[a].idx:doc[b].idx]


def dateline_subject(subject: Token) -> list[Token]:
    """"MOGADISHU, May 10 (AP) - Al-Shabaab fighters attacked": the parser makes the dateline's
    place the subject and the real one its apposition; the appositions stand for it."""
    doc = subject.doc
    if not line_start(doc, subject.i) or not dateline_at(doc, subject.i):
        return []
    return [c for c in subject.children if c.dep_ == "appos" and c.i > subject.i]


# a bare noun phrase modifying a verb, with no preposition: a day or a span of time ("vendredi",
# "la semaine dernière"), UD (French) and ClearNLP (English) labels
BARE_MODIFIER_DEPS = frozenset({"obl:mod", "npadvmod", "tmod"})
# a day the parser took for a complement of the verb ("a été attaqué lundi par X": lundi xcomp)
DAY_COMPLEMENT_DEPS = frozenset({"xcomp"})


def _agents_on_day(word: Token) -> list[Token]:
    """A passive agent the parser hung on the day before it ("ont été convoqués vendredi par l'UE":
    "par l'UE" under "vendredi"): the complements of a bare time modifier of the verb (no
    preposition of its own) marked by the agent preposition (``agent_preps``). A day has no agent
    of its own, so the verb's it is. The French parser also reads such a day as the verb's
    complement ("a été attaqué lundi par des jihadistes": xcomp); a day noun (``time_nouns``)."""
    day = word.dep_ in BARE_MODIFIER_DEPS or (
        word.dep_ in DAY_COMPLEMENT_DEPS and word.lower_ in numbers_lexicon(word.doc.lang_).time_nouns)
    if not day or any(c.dep_ == "case" for c in word.children):
        return []
    preps = _cues(word.doc.lang_)["agent_preps"]
    return [g for g in word.children if g.dep_ in ("nmod", "pobj", "prep", *AGENT_DEPS)
            and (g.lower_ in preps or any(c.dep_ == "case" and c.lower_ in preps for c in g.children))]


def passive_agents(trigger: Span, parties: list[Ref], language: str,
                   stop: set[int] | None = None) -> list[Ref]:
    """The "par X" / "by X" complement of a passive verb of the trigger, which the parser often
    labels a plain oblique ("ont été tués samedi dans le bombardement ... par les FSR": obl:mod):
    with a passive auxiliary on the verb and the agent preposition on the complement, it is the
    agent all the same."""
    preps = _cues(language)["agent_preps"]
    for verb in role_verbs(trigger.root, stop):
        if not any(c.dep_ in PASSIVE_AUX_DEPS for c in verb.children):
            continue
        found = [r for c in verb.children if c.dep_ in OBLIQUE_DEPS and _marked(c, preps)
                 for r in core_parties(parties, c)]
        if found:
            return found
    return []


PASSIVE_AUX_DEPS = frozenset({"aux:pass", "auxpass"})
OBLIQUE_DEPS = frozenset({"obl", "obl:mod", "obl:arg", "prep"})


def prep_parties(trigger: Span, parties: list[Ref], preps: frozenset[str], lo: int, hi: int) -> list[Ref]:
    """Parties whose noun phrase is introduced by one of the prepositions, inside the clause range
    ("avec le président X", "avec mon collègue russe X": the preposition may sit on the head noun).
    UD parses (French) hang the preposition under its noun ("case"); English parses put the noun
    under the preposition ("prep" -> "pobj"), so both are read."""
    doc = trigger.doc
    of_words = _cues(doc.lang_)["of_prepositions"]
    out: list[Ref] = []
    for r in parties_in(parties, lo, hi):
        tok = doc[r.start:r.end].root
        climbs = 0
        while climbs < PREP_CLIMB:
            cases = {c.lower_ for c in tok.children if c.dep_ == "case"}
            if not cases and tok.dep_ == "pobj" and tok.head.dep_ in ("prep", "dative") \
                    and tok.head.head.dep_ != "prep":  # not the end of "according to", "next to"
                cases = {tok.head.lower_}
            if cases & preps:
                out.append(r)
                break
            if cases and not cases <= of_words:
                break  # "contre un membre du Hezbollah": through the noun the party completes
            if tok.head.i == tok.i or tok.pos_ in ("VERB", "AUX"):
                break
            # a step to the first conjunct is free: "contre des positions de l'armée et de ses
            # supplétifs de l'Africa Corps" climbs as far as "de l'armée" alone
            climbs += tok.dep_ != "conj"
            tok = tok.head
            if tok.lemma_.lower() in _place_nouns(doc.lang_) or tok.pos_ == "ADV":
                # "l'attaque contre la ville natale du président X": the town is hit, not X; "vers
                # Israël tout au long de la guerre Israël-Hamas": an adverbial phrase is no target's
                break
    return out


# kinds of party that are hit, never the attacker: a facility or civilians inside the phrase that
# holds the attack ("causé par une attaque de drones sur les installations de l'usine": the agent
# phrase is the attack itself, the factory in it is what was hit)
NOT_ATTACKER_KINDS = frozenset({"facility", "civilians"})


def attackers_only(refs: list[Ref]) -> list[Ref]:
    """The parties that may have carried an attack out (NOT_ATTACKER_KINDS left out)."""
    return [r for r in refs if r.value.kind not in NOT_ATTACKER_KINDS]


def party_value(ref: Ref, role: str | None = None) -> Party:
    p: Party = ref.value
    return Party(p.name, p.kind, p.country, role or p.role, p.text, p.span)


# --- weapons ------------------------------------------------------------------------------------
def weapons_in(refs: list[Ref], lo: int, hi: int) -> list[Ref]:
    return [r for r in refs if lo <= r.start and r.end <= hi]


def weapon_word_hits(doc: Doc, lo: int, hi: int, words: dict[str, str]) -> list[tuple[int, str]]:
    """Generic weapon nouns in a range, as (token index, category), when no stage named them."""
    return [(t.i, words[t.lemma_.lower()]) for t in doc[lo:hi] if t.lemma_.lower() in words]


def keep_weapons(weapons: list[Weapon], categories: list[str]) -> list[Weapon]:
    """Weapons fitting the event's type; a named system replaces the generic noun of its family."""
    fit = [w for w in weapons if not categories or w.category in categories]
    named = [w for w in fit if w.name[:1].isupper()]
    named_cats = {w.category for w in named}
    out: list[Weapon] = []
    seen: set[str] = set()
    for w in fit:
        generic_dup = not w.name[:1].isupper() and (w.category in named_cats or _family(w.category)
                                                     in {_family(c) for c in named_cats})
        if generic_dup or w.name.lower() in seen:
            continue
        seen.add(w.name.lower())
        out.append(w)
    return out


def _family(category: str) -> str:
    return "missile" if category.endswith("missile") else category


# --- attackers named around an attack noun ------------------------------------------------------
PARTICIPLE_DEPS = frozenset({"acl", "acl:relcl", "relcl"})
OWNER_KINDS = frozenset({"state", "military", "group", "government"})  # who can own a weapon fired
# the word a noun hangs from when a preposition links it to its verb: English "in (an attack)", the
# adverb of a French compound preposition ("lors de combats", the parser hangs "combats" on "lors")
LINK_POS = frozenset({"ADP", "ADV"})
OBJECT_DEPS = frozenset({"obj", "dobj", "obl", "obl:arg", "obl:mod", "pobj", "nmod"})


@functools.cache
def _place_nouns(language: str) -> frozenset[str]:
    """Nouns of a place ("ville", "région", "territory"; ``place_nouns`` in lang/<code>/parties.yaml):
    a party completing one names the place's owner or namesake, not what an attack hit."""
    nouns = load_language(language).section("parties").get("place_nouns") or []
    return frozenset(str(w).lower() for w in nouns)


@functools.cache
def _cues(language: str) -> dict[str, frozenset[str]]:
    data = load_language(language).section("arguments")
    return {k: frozenset(str(w).lower() for w in data.get(k) or [])
            for k in ("perpetrator_verbs", "announcing_verbs", "attribution_verbs", "attribution_preps",
                      "agent_preps", "of_prepositions", "responsibility_nouns", "airspace_nouns",
                      "summons_verbs", "summons_place_prepositions", "between_prepositions", "recall_words",
                      "host_prepositions", "circumstance_prepositions", "downing_words", "sponsor_words",
                      "reason_prepositions", "opposing_verbs", "opposing_prepositions",
                      "flag_words", "side_prepositions", "partitive_cases", "patient_nouns",
                      "absolute_markers", "reported_act_verbs", "plural_name_endings",
                      "scene_prepositions", "offshore_words", "sequel_verbs", "sequel_markers")}


def fired_by(trigger: Span, parties: list[Ref], weapons: list[Ref], language: str) -> list[Ref]:
    """Who fired the weapons the trigger's phrase names: the agent of a participle on a weapon noun
    ("intercepté 500 missiles tirés sur le pays par l'Iran", "shot down drones launched by
    Russia"). For an interception it is the attacker, whoever intercepted. The agent by its
    dependency or, the parser often hanging "par X" elsewhere in the participle's phrase, by its
    preposition (``agent_preps``)."""
    root = trigger.root
    doc = trigger.doc
    preps = _cues(language)["agent_preps"]
    lo, hi = root.left_edge.i, root.right_edge.i + 1
    participles = [root] if on_noun(root) else []  # the trigger itself: "missiles tirés par X"
    for w in weapons_in(weapons, lo, hi):
        participles += [c for c in doc[w.start:w.end].root.children
                        if c.dep_ in PARTICIPLE_DEPS and c.pos_ == "VERB"]
    out: list[Ref] = []
    for part in participles:
        inside = range(part.left_edge.i, part.right_edge.i + 1)
        for r in parties:
            tok = doc[r.start:r.end].root
            agent = tok.dep_ in AGENT_DEPS or (tok.head.pos_ == "ADP" and tok.head.dep_ == "agent") \
                or _marked(tok, preps) or (tok.head.pos_ == "ADP" and tok.head.lower_ in preps)
            if r.start in inside and agent and r not in out:
                out.append(r)
    return out or weapon_owners(trigger, parties, weapons)


def weapon_owners(trigger: Span, parties: list[Ref], weapons: list[Ref]) -> list[Ref]:
    """The states or forces qualifying the weapons the trigger acts on ("shot down 30 of 41 Russian
    drones", "a abattu 45 drones ukrainiens"): who fired them. Only the weapons after a verb
    trigger, its patients: the subject's weapons are the interceptors' ("Polish jets shot down
    ...")."""
    root = trigger.root
    doc = trigger.doc
    first = root.i + 1 if is_verb(root) else root.left_edge.i
    out: list[Ref] = []
    for w in weapons_in(weapons, first, root.right_edge.i + 1):
        wroot = doc[w.start:w.end].root
        out += [r for r in parties if doc[r.start:r.end].root.head == wroot and r not in out
                and r.value.kind in OWNER_KINDS and owns_weapon(doc[r.start:r.end])]
    return out


# kinds of party that announce their own strikes ("l'armée annonce des frappes"); a government
# or an organisation announcing strikes reports someone else's as often
ARMED_KINDS = frozenset({"military", "group"})
# the attack noun as what is announced: its object ("obl:arg" when the parser reads the partitive
# "des frappes" as a preposition)
ANNOUNCED_DEPS = frozenset({"obj", "dobj", "obl:arg"})


def attack_agents(trigger: Span, parties: list[Ref], weapons: list[Ref], language: str) -> list[Ref]:
    """The attacker named around an attack noun, when its clause names none: the agent of the noun
    or of a participle on it ("une attaque menée par X", "a bomb dropped by X"), the complement of
    an attribution participle ("les frappes imputées à X", "blamed on X"), the subject of a verb
    that carries the attack out ("X a mené une frappe", "X killed 43 civilians in an attack") or of
    a verb announcing it when that subject is an armed force ("l'armée annonce des frappes de
    drone", ``announcing_verbs``), a party qualifying a weapon ("frappe de missile iranien")."""
    root, cues = trigger.root, _cues(language)
    if not nominal(root):  # a noun, or a gerund subject ("Shelling by the rebel M23 movement killed")
        return accused_parties(trigger, parties, language)
    nouns = attack_nouns(root, weapons)  # "fire by X" (arguments_by), then "une attaque menée par X"
    out = [r for h in noun_agent_heads(nouns, language) for r in core_parties(parties, h)
           if r.start not in agent_asides(h)]
    for child in (c for noun in nouns for c in noun.children):
        if child.dep_ not in PARTICIPLE_DEPS or child.pos_ not in ("VERB", "AUX"):
            continue
        attribution = child.lemma_.lower() in cues["attribution_verbs"]
        for arg in child.children:
            agent = arg.dep_ in AGENT_DEPS or (arg.dep_ == "prep" and arg.lower_ == "by")
            if agent or (attribution and _marked(arg, cues["attribution_preps"])):
                out += core_parties(parties, arg)
        if not out:  # "une embuscade tendue par des jihadistes": "par X" hung on the noun
            out += [r for arg in child.head.children if arg.i > child.i and arg.dep_ == "nmod"
                    and _marked(arg, cues["agent_preps"]) for r in core_parties(parties, arg)]
    if not out:
        head = root.head
        if head.i != root.i and head.pos_ in LINK_POS:  # English "in an attack", "lors de combats"
            head = head.head
        head, via = through_quantity(head, root if root.head.pos_ not in LINK_POS else root.head, language)
        if head.lemma_.lower() in cues["responsibility_nouns"] and head.head.i != head.i:
            via, head = head, head.head  # "claimed responsibility for the attack"
        elif head.dep_ in BARE_MODIFIER_DEPS and head.pos_ == "NOUN" and head.head.pos_ == "VERB":
            via, head = head, head.head  # "ont tendu dimanche une embuscade": hung on the day
        if is_content_verb(head) and (via.dep_ in OBJECT_DEPS | {"prep", "advmod"} or answers_with(
                head, via, language)) and acting_verb(head, language, weapons, via):
            for child in acting_subjects(head):  # "X a affirmé avoir tué ...": X
                out += core_parties(parties, child) or speaker_of_pronoun(parties, child)
        elif head.pos_ == "VERB" and via.dep_ in ANNOUNCED_DEPS \
                and head.lemma_.lower() in cues["announcing_verbs"]:
            # "L'armée annonce des frappes de drone": a force announcing strikes made them
            out += [r for child in head.children if child.dep_ in SUBJECT_DEPS
                    for r in core_parties(parties, child) if r.value.kind in ARMED_KINDS]
    if not out:
        lo, hi = root.left_edge.i, root.right_edge.i + 1
        for w in weapons_in(weapons, lo, hi):
            wroot = trigger.doc[w.start:w.end].root
            out += [r for r in parties if trigger.doc[r.start:r.end].root.head == wroot
                    and owns_weapon(trigger.doc[r.start:r.end])]
    if not out:
        out = accused_parties(trigger, parties, language)
    unique: list[Ref] = []
    for r in out:
        if r not in unique:
            unique.append(r)
    return unique


# what a noun phrase says about its head that names someone else ("les Houthis, un mouvement
# soutenu par l'Iran", "the RSF, a paramilitary group in Sudan")
ASIDE_DEPS = frozenset({"appos", "acl", "acl:relcl", "relcl", "parataxis", "advcl", "conj"})
# ... at any depth of the phrase, the clauses (a coordinated word deep in it is still the phrase's:
# "l'artillerie russe et biélorusse")
CLAUSE_ASIDE_DEPS = ASIDE_DEPS - {"conj"}


def accused_parties(trigger: Span, parties: list[Ref], language: str) -> list[Ref]:
    """Who is accused of the attack ("a accusé l'Ukraine d'avoir mené une attaque"): arguments_accused."""
    objects = accused_objects(trigger, language, _cues(language)["perpetrator_verbs"])
    return [r for obj in objects for r in core_parties(parties, obj)]


def attack_nouns(root: Token, weapons: list[Ref] | None = None) -> list[Token]:
    """The attack noun and the weapon noun completing it: a participle on either describes the
    attack ("une attaque à la roquette attribuée à l'Iran": the parser hangs it on "roquette").
    With the weapon mentions given, a completing noun that names none is what was attacked ("the
    attack on a convoy escorted by the army": the escort is the victims' side, no attacker)."""
    return [root, *(c for c in root.children if c.dep_ in ("nmod", "compound") and c.pos_ == "NOUN"
                    and (weapons is None or any(r.start <= c.i < r.end for r in weapons)))]


def core_parties(refs: list[Ref], token: Token) -> list[Ref]:
    """Party mentions in a token's noun phrase, its own words only (an apposition hung far off: "they
    attacked the ship X, the third ship ..."), without its asides ("les FSR, un groupe ... au Soudan")."""
    aside = {t.i for c in token.children if c.dep_ in ASIDE_DEPS and not naming_apposition(c)
             for t in c.subtree}
    # a clause deeper in the phrase speaks of another noun ("des tirs ... dans la ville de X,
    # contrôlée par la Russie": Russia controls the town, it did not fire); a sponsor qualifies
    # the actor ("Iran-backed rebels", "un groupe proche de l'Iran"), it is not one; nor is a
    # weapon's maker ("a Russian-made drone", "un drone de fabrication turque": maker_words)
    sponsors, makers = _cues(token.doc.lang_)["sponsor_words"], maker_words(token.doc.lang_)
    aside |= {t.i for c in token.subtree if c.i != token.i and (
        (c.dep_ in CLAUSE_ASIDE_DEPS and not naming_apposition(c)) or c.lemma_.lower() in makers or cited(c)
        or (c.pos_ in ("VERB", "ADJ") and (c.lemma_.lower() in sponsors or c.lower_ in sponsors)))
              for t in c.subtree}
    # a phrase setting the noun off a coast names where, not who ("un drone au large du Yémen")
    offshore = _cues(token.doc.lang_)["offshore_words"]
    aside |= {t.i for c in token.subtree if c.i > token.i and c.lemma_.lower() in offshore
              for t in c.subtree}
    span, own = range(token.left_edge.i, token.right_edge.i + 1), {t.i for t in token.subtree}
    found = [r for r in refs if r.start in span and r.end - 1 in span and own & set(range(r.start, r.end))
             and (r.start <= token.i < r.end or token.doc[r.start:r.end].root.i not in aside)]  # "armés"
    return _without_home_states(found, token.doc)


def naming_apposition(tok: Token) -> bool:
    """A close apposition that names its common noun ("the militant group Hamas", "fighters of
    the jihadist group JNIM"): a proper name right after the noun, no comma between. Unlike a
    loose apposition ("the RSF, a paramilitary group in Sudan"), it is the noun's own name, so
    the party it names is the phrase's, not an aside."""
    head = tok.head
    if tok.dep_ != "appos" or head.pos_ != "NOUN" or tok.pos_ != "PROPN" or not head.i < tok.i:
        return False
    return not any(t.is_punct for t in tok.doc[head.i + 1:tok.left_edge.i])


def _without_home_states(found: list[Ref], doc: Doc) -> list[Ref]:
    """"Yemen's Houthi rebels", "les rebelles houthis du Yémen": a state qualifying the same noun
    as a named armed group is where the group comes from, not a second actor."""
    groups = [r for r in found if r.value.kind == "group"]
    if not groups or len(groups) == len(found):
        return found
    heads = {doc[r.start:r.end].root.head.i for r in groups}
    heads |= {i for r in groups for i in range(r.start, r.end)}
    return [r for r in found if r.value.kind != "state" or doc[r.start:r.end].root.dep_ == "conj"
            or doc[r.start:r.end].root.head.i not in heads]


def _marked(tok: Token, preps: frozenset[str]) -> bool:
    """A complement introduced by one of the prepositions (a "case" child, or an English "prep")."""
    if tok.dep_ == "prep":
        return tok.lower_ in preps
    return any(c.dep_ == "case" and c.lower_ in preps for c in tok.children)


def airspace_owners(trigger: Span, parties: list[Ref], lo: int, hi: int, language: str) -> list[Ref]:
    """A state whose airspace or territory an incident entered is its target ("l'intrusion de
    drones dans l'espace aérien polonais", "drones violated Romania's airspace"): a party
    qualifying or completing one of the ``airspace_nouns`` in the clause."""
    nouns = _cues(language)["airspace_nouns"]
    doc = trigger.doc
    out: list[Ref] = []
    for r in parties_in(parties, lo, hi):
        tok = doc[r.start:r.end].root
        head = tok.head.head if tok.head.pos_ == "ADP" else tok.head
        if head.i != tok.i and head.lemma_.lower() in nouns and r.value.kind in ("state", "government"):
            out.append(r)
    return out


def object_parties(trigger: Span, parties: list[Ref], language: str) -> list[Ref]:
    """Who was attacked, as the object of the attack: of the trigger verb ("l'armée a frappé des
    positions du Hezbollah", "bombed the RSF"; the subject of the passive trigger verb: "le camp
    a été bombardé"), of a participle on the attack noun ("une frappe
    visant deux membres du Hezbollah", "a strike targeting Hezbollah operatives"), or of the verb
    that carries the attack out ("les FSR ont tué 43 civils dans une attaque"). A country there
    is where the attack fell ("bombardé des localités russes"), a place rather than a target."""
    root = trigger.root
    holders: list[Token] = []
    if is_content_verb(root):
        holders.append(root)
    elif root.pos_ in ("NOUN", "PROPN"):
        holders += [c for c in root.children if c.dep_ in PARTICIPLE_DEPS and c.pos_ == "VERB"]
        head = root.head.head if root.head.pos_ in LINK_POS and root.head.i != root.i else root.head
        if head.i != root.i and head.pos_ == "VERB" and holding_verb(root, head, language):
            holders.append(head)
    out: list[Ref] = []
    for verb in holders:
        patients = verb_objects(verb)  # "targeted commanders gathered in X": arguments_apposed
        patients += [g for c in verb.children if c.dep_ in BARE_MODIFIER_DEPS and c.i > verb.i
                     for g in c.children if after_day(g)]  # "a tué mercredi un commandant"
        patients += day_read_objects(verb, language)  # the day read as the object: "a tué lundi, à Tyr, X"
        if passive_verb(verb):  # "the Eternity C being attacked", "X was killed in a strike"
            patients += passive_patients(verb, language)
        for child in patients:
            if child.i not in range(trigger.start, trigger.end) and same_line(verb, child.i):
                for obj in object_words(child):
                    out += [r for r in core_parties(parties, obj) if r not in out and r.value.kind != "state"
                            and same_line(verb, r.start)
                            and not _in_adverbial(trigger.doc[r.start:r.end].root, obj)]
    return out


def after_day(tok: Token) -> bool:
    """A verb's object the parser hung on the bare day word between them ("a tué mercredi un
    commandant du PKK": "commandant" an ``nmod`` of "mercredi", no preposition of its own but a
    partitive article read as one, ``partitive_cases``: "a bombardé dimanche des caches"); the day
    word a bare noun modifier of the verb (``BARE_MODIFIER_DEPS``)."""
    day = tok.head
    partitive = _cues(tok.doc.lang_)["partitive_cases"]
    return tok.dep_ == "nmod" and day.i < tok.i and day.dep_ in BARE_MODIFIER_DEPS \
        and day.pos_ in ("NOUN", "PROPN") and day.head.pos_ == "VERB" \
        and not any(c.dep_ == "case" and c.lower_ not in partitive for c in tok.children)


def _in_adverbial(tok: Token, top: Token) -> bool:
    """The token hangs from `top` through an adverb ("des missiles vers Israël tout au long de la
    guerre Israël-Hamas"): a phrase of time or manner, not part of what was hit."""
    while tok.i != top.i and tok.head.i != tok.i:
        tok = tok.head
        if tok.pos_ == "ADV":
            return True
    return False


def passive_verb(verb: Token) -> bool:
    """A verb with a passive auxiliary ("a été bombardé", "was being attacked"), or a headline's
    bare participle (headline_passive): its subject is what the act hit (object_parties), not
    who did it."""
    return any(c.dep_ in ("aux:pass", "auxpass") for c in verb.children) or headline_passive(verb)


# the parties settled after the clause roles live in arguments_settle.py, which reads the helpers
# above; imported last so that both modules load in either order
from newsevents.extract.arguments_settle import interceptors, settle_parties  # noqa: E402, F401

__all__ = ["settle_parties"]
# the place of an incident (best_place, scene_place) lives in arguments_places.py, which reads the
# clause helpers above (the events stage calls it as ``arguments.best_place``)
from newsevents.extract.arguments_places import (  # noqa: E402, F401
    behind_reason,
    best_place,
    place_rank,
    scene_place,
    speaker_tokens,
)

# a subject pronoun standing for a party (speaker_of_pronoun) lives in arguments_pronouns.py
from newsevents.extract.arguments_pronouns import REPORTED_DEPS, speaker_of_pronoun  # noqa: E402, F401

# the sides of a summons and of a pact live in arguments_sides.py (events.py: arguments.sides_of)
from newsevents.extract.arguments_sides import (  # noqa: E402, F401
    SIDES_TYPES,
    sides_of,
    summons_roles,
    with_conjuncts,
)
