"""The verb whose subject carried out an attack told as its complement, and that subject: "the
Malian army said it had neutralised a senior Islamic State leader in an air strike", "l'armée
malienne a affirmé avoir neutralisé un chef de l'État islamique lors d'une frappe aérienne".

Why apart from the plain ``perpetrator_verbs`` (kill, tuer): an army's communiqué says its enemy
was "neutralised" or "eliminated", and its object (the leader, his group) is the target, its
subject the actor; but the same verbs tell air defences stopping drones ("neutralised 20 drones
during an overnight attack"), whose subject never made the attack. So the ``neutralising_verbs``
of lang/<code>/arguments.yaml act only on an object that is no weapon. The subject of an
infinitive ("a affirmé avoir neutralisé") is the one of the verb it completes. Read by
arguments.attack_agents and arguments.object_parties.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from newsevents.extract.arguments_answer import answers_with
from newsevents.extract.where_spots import weekdays
from newsevents.lang import section_words

ACTING_SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
DAY_CLAUSE_DEPS = frozenset({"acl"})  # "a affirmé mercredi avoir tué": the infinitive read as the day's
COMPLEMENT_DEPS = frozenset({"xcomp"})  # "a affirmé avoir neutralisé": the infinitive's subject is above


def acting_verb(verb: Token, language: str, weapons: list[Any] | None = None,
                via: Token | None = None) -> bool:
    """A verb whose subject carried out the attack it governs: a ``perpetrator_verbs`` lemma, a verb
    of answering whose answer the attack is (``via``: the attack noun or its preposition;
    arguments_answer), or a ``neutralising_verbs`` one with no weapon mention hung on it after it
    (``weapons``: refs with token ``start``/``end``; none given, only its lemma counts)."""
    lemma = verb.lemma_.lower()
    if lemma in section_words(language, "arguments", "perpetrator_verbs") \
            or answers_with(verb, via, language):
        return True
    if lemma not in section_words(language, "arguments", "neutralising_verbs"):
        return False
    # the weapon hung on the verb after it, whatever the label ("a neutralisé 20 drones" is read
    # as an adverbial modifier as often as an object)
    doc = verb.doc
    return not any(w.start > verb.i and doc[w.start:w.end].root.head.i == verb.i for w in weapons or [])


def acting_subjects(verb: Token) -> list[Token]:
    """The verb's subjects, or those of the verb its infinitive completes when it has none of its
    own ("l'armée a affirmé avoir tué": the army), also when the parser hung the infinitive on the
    day word between them ("a affirmé mercredi avoir « neutralisé »": a clause of "mercredi")."""
    own = [c for c in verb.children if c.dep_ in ACTING_SUBJECT_DEPS]
    above = verb.head
    if not own and verb.dep_ in DAY_CLAUSE_DEPS and above.lower_ in weekdays(verb.doc.lang_):
        above = above.head
    elif own or verb.dep_ not in COMPLEMENT_DEPS:
        return own
    if above.i == verb.i or above.pos_ not in ("VERB", "AUX"):
        return own
    return [c for c in above.children if c.dep_ in ACTING_SUBJECT_DEPS]


def holding_verb(noun: Token, verb: Token, language: str) -> bool:
    """Whether the verb an attack noun hangs from holds what the attack hit as its object: a verb
    whose subject carried the attack out (acting_verb: "les FSR ont tué 43 civils dans une attaque"),
    or a verb of aiming or hitting whose subject is the attack noun itself ("des tirs ont visé un
    camp de la Monusco", "gunfire targeted a UNIFIL position": ``aiming_verbs`` of
    lang/<code>/arguments.yaml). Read by arguments.object_parties."""
    if acting_verb(verb, language):
        return True
    verbs = section_words(language, "arguments", "aiming_verbs")
    return noun.dep_ in ACTING_SUBJECT_DEPS and verb.lemma_.lower() in verbs
