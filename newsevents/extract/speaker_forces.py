"""The force a generic noun names as a speaker: "The force said", "the military said", "la force
paramilitaire a affirmé" after the story named the army, the group or the command that acts.

Why apart from speakers.py: the who stage files "the military" or "the force" as a bare institution
with no country, or not at all, so the claim's speaker read "force"; a reader searching the register
for the army that spoke finds nothing. The noun (``force_nouns`` of lang/*/claims.yaml) resumes the
armed body the article has in mind: the one that spoke last before it, else the one named last.
"""

from __future__ import annotations

from typing import Any

from newsevents.extract.speaker_anaphora import plural_noun
from newsevents.extract.stance import fold
from newsevents.model import Party

# the kinds of party an armed body is (an army, a command; a paramilitary or rebel group)
FORCE_KINDS = ("military", "group")
STATE_KINDS = ("military",)


def generic_force(lex: Any, party: Party, head: Any) -> bool:
    """The speaker is only a force noun with its determiner and describing words ("the force",
    "the paramilitary force", "l'armée"), no country nor name of its own."""
    if head is None or head.pos_ != "NOUN" or party.country is not None:
        return False
    if fold(head.text) not in lex.force_nouns and fold(head.lemma_) not in lex.force_nouns:
        return False
    return party.name == party.name.lower() and not any(t.pos_ == "PROPN" for t in head.subtree)


def named_force(lex: Any, spoken: list[Party], mentions: list[tuple[int, int, Party]], start: int,
                doc: Any, words: str, noun: str = "") -> Party | None:
    """The armed body the force noun resumes: the latest speaker of a force's kind before it
    (a command that spoke once speaks again: "the Sudanese army said ... The force said"; a body
    whose name holds a force noun, "Guyana's defence force", is one), else the latest such party
    named before it, people named by a plural noun left out ("two soldiers", "Venezuelan troops",
    "deux Casques bleus" are not the force; an armed group is, "les Forces de soutien rapide"). A
    party named by the same bare words is no antecedent."""
    # "the army", "l'armée" are a state's forces: an armed group named before is not them
    kinds = STATE_KINDS if lex.state_force_nouns & {fold(noun), *fold(words).split()} else FORCE_KINDS

    def named(p: Party) -> bool:
        own_noun = kinds is FORCE_KINDS and bool(lex.force_nouns & set(fold(p.name).split()))
        armed = p.kind in kinds or own_noun
        return armed and fold(p.name) != fold(words) and (p.country is not None or any(
            w[:1].isupper() for w in p.name.split()))

    for party in reversed(spoken):
        if named(party):
            return party
    for s, e, party in reversed([m for m in mentions if m[0] < start]):
        span = doc.char_span(s, e, alignment_mode="expand") if doc is not None else None
        if named(party) and (party.kind == "group" or span is None or not plural_noun(span.root)):
            return party
    return None


def group_as_army(lex: Any, word: str, party: Party) -> bool:
    """"The army said" after "the National Liberation Army (ELN)": a state's force noun
    (``state_force_nouns``) inside an armed group's name does not make the group the army meant --
    a bare "the army" is the state's, as in ``named_force``."""
    return party.kind == "group" and word in lex.state_force_nouns


def resumed_kinds(lex: Any, word: str, institutions: tuple[str, ...], head: Any = None) -> tuple[str, ...]:
    """The kinds of party a bare institution noun may resume when no speaker's name holds it: an
    institution, an armed group too for a group noun ("the paramilitary group"), but a state's
    forces only for a state's force noun ("the army said" after "the defence ministry said" is
    not the ministry, nor the "National Liberation Army" named before). A group noun that says
    it is armed ("le groupe armé", "the militia": ``armed_words``) resumes an armed group only:
    with none named, it is not the United Nations office that spoke before ("the group said"
    alone may still be a rights group)."""
    if word in lex.state_force_nouns:
        return STATE_KINDS
    if word in lex.group_nouns and (word in lex.armed_words or (head is not None and any(
            c.dep_ == "amod" and fold(c.text) in lex.armed_words for c in head.children))):
        return ("group",)
    return institutions + (("group",) if word in lex.group_nouns else ())
