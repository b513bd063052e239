"""Talks, truces, deals and exchanges a sentence names without telling them as held: a swap named
by the deal that set it ("a swap agreed at talks last week") and a deal named as what was not had
("ended without agreement on a ceasefire"). Split out of extract/qualifiers.py, which re-exports
both for the draft builder."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsevents.extract.qualifiers import HasWords
    from newsevents.extract.triggers import Trigger

PREPOSITIONAL_DEPS = frozenset({"pobj", "nmod", "obl"})


def agreed_participle(ctx: HasWords, trig: Trigger) -> bool:
    """An exchange named by the deal that set it ("in the first stage of a swap agreed at talks last
    week", "dans le cadre d'un échange conclu lors des pourparlers"): a participle of agreeing
    describes the noun, a preposition's object, so the act told is the clause's own release, and
    the participle's date is the deal's. The caller asks it of `agreed_terms` types; a swap that is
    a clause's subject ("the swap agreed in May took place on Friday") is told. The participles'
    lemmas are language data (`agreeing_participles`)."""
    words, root = ctx.words("agreeing_participles"), trig.root
    return bool(words) and root.pos_ in ("NOUN", "PROPN") and root.dep_ in PREPOSITIONAL_DEPS \
        and any(c.dep_ in ("acl", "acl:relcl", "relcl") and (c.lemma_.lower() in words or c.lower_ in words)
                for c in root.children)


# how far a noun hangs below a preposition of absence ("without agreement on a ceasefire"): its
# own preposition, the carrying noun, the preposition of absence
ABSENCE_CLIMB = 3


def lacking(ctx: HasWords, trig: Trigger) -> bool:
    """A talk, truce or deal named as what was not had ("the meeting ended without agreement on a
    ceasefire", "la réunion s'est achevée sans accord de cessez-le-feu"): no such event. The
    trigger's noun hangs from the preposition of absence, itself or through a preposition and a
    carrying noun (`standing_carriers`). The caller asks it of non-violent types only ("killed
    without warning" tells a killing). The prepositions are language data (`absence_prepositions`)."""
    words, root = ctx.words("absence_prepositions"), trig.root
    if not words or root.pos_ not in ("NOUN", "PROPN"):
        return False
    if any(c.dep_ == "case" and c.lower_ in words for c in root.children):
        return True  # French hangs the preposition from the noun: "sans cessez-le-feu"
    t = root
    for _ in range(ABSENCE_CLIMB):
        if t.head.i == t.i:
            return False
        t = t.head
        if t.lower_ in words:
            return True
        if not (t.pos_ == "ADP" or t.lemma_.lower() in ctx.words("standing_carriers")):
            return False
        if any(c.dep_ == "case" and c.lower_ in words for c in t.children):
            return True  # "sans accord sur un cessez-le-feu"
    return False
