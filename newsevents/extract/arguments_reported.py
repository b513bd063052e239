"""Verbs that speak of an act without doing it: who reports or judges an act is no actor of it.

"The strike was confirmed by the army" (``reported_act_verbs``, passive only: the active subject
of "confirmed the prisoner exchange" is often a side of it); "Rabat a protesté contre
l'arrestation en Espagne d'un diplomate marocain", "Tehran condemned the arrest in Germany of an
Iranian official" (``judging_verbs``, active: who condemns or protests an act is its critic, most
often the side it hit, never its doer). Read by arguments.role_verbs. Vocabulary in
lang/<code>/arguments.yaml.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.lang import section_words

PASSIVE_SUBJECT_DEPS = frozenset({"nsubj:pass", "nsubjpass"})
# how a judged act hangs on the verb: its object, or a prepositional complement ("protesté contre")
JUDGED_DEPS = frozenset({"obj", "dobj", "obl", "obl:arg", "obl:mod", "pobj"})


def reported_act(token: Token, verb: Token) -> bool:
    """The trigger noun is the passive subject of a verb that reports or judges it ("the strike
    was confirmed by the army", "L'assassinat de X a été confirmé par le groupe"): that verb's
    agent speaks of the act, it is no actor of it (one that says it did it claims it: "claim" is
    no such verb)."""
    if verb.i == token.i or token.head.i != verb.i or token.pos_ not in ("NOUN", "PROPN"):
        return False
    return verb.lemma_.lower() in section_words(verb.doc.lang_, "arguments", "reported_act_verbs") \
        and token.dep_ in PASSIVE_SUBJECT_DEPS


def judged_act(token: Token, verb: Token) -> bool:
    """The trigger noun is what an active verb of judging condemns or protests, its object or its
    complement ("a dénoncé l'arrestation", "a protesté contre l'expulsion", "protested against
    the detention"): that verb's subject judges the act, it did not do it."""
    if verb.i == token.i or token.pos_ not in ("NOUN", "PROPN"):
        return False
    if verb.lemma_.lower() not in section_words(verb.doc.lang_, "arguments", "judging_verbs"):
        return False
    head = token.head.head if token.head.pos_ == "ADP" else token.head  # "against the arrest"
    return head.i == verb.i and token.dep_ in JUDGED_DEPS
