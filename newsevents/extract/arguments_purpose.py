"""Whom an offensive sets out to drive away: the object of a purpose infinitive of expelling on the
attack ("une offensive pour déloger l'armée malienne de Kidal", "an offensive to drive the army out
of X"): the side attacked, its target, when the clause names no other (arguments_settle).

Why a module of its own: an offensive is told by its aim more often than by its object; the aim's
verbs are data (``expelling_verbs`` of lang/<code>/arguments.yaml), the rule reads one clause shape.
"""

from __future__ import annotations

from spacy.tokens import Span

from newsevents.extract.arguments import Ref, core_parties
from newsevents.lang import section_words

# how a purpose infinitive hangs from the attack noun or its verb ("pour déloger", "to drive")
PURPOSE_DEPS = frozenset({"advcl", "xcomp", "acl"})
OBJECT_DEPS = frozenset({"obj", "dobj"})


def expelled_parties(trigger: Span, parties: list[Ref], language: str) -> list[Ref]:
    """The parties an attack sets out to expel: the object of an ``expelling_verbs`` infinitive on
    the trigger or on the verb whose object or subject the trigger noun is. A state there is the
    country the fight is in, not a side, and stays out."""
    verbs = section_words(language, "arguments", "expelling_verbs")
    root = trigger.root
    holders = [root]
    if root.pos_ in ("NOUN", "PROPN") and root.head.i != root.i and root.head.pos_ == "VERB":
        holders.append(root.head)  # "ont lancé une offensive pour déloger"
    out: list[Ref] = []
    for holder in holders:
        for aim in holder.children:
            if aim.dep_ not in PURPOSE_DEPS or aim.pos_ != "VERB" or aim.lemma_.lower() not in verbs:
                continue
            for obj in (c for c in aim.children if c.dep_ in OBJECT_DEPS):
                out += [r for r in core_parties(parties, obj) if r not in out and r.value.kind != "state"]
    return out
