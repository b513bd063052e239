"""Targets that tell a bare act apart from the incident told before it: a site of its own ("the
statement said soldiers opened fire on the bunker" after a tank fire on a tower). Apart from
drafts.py, which groups every kind of incident, because only fold_mentions asks it."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from newsevents.lang import load_language, supported_languages

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsevents.extract.drafts import Draft
    from newsevents.model import Party

# target kinds that are a place struck (a post, a bunker, a depot), not people or a side
SITE_KINDS = frozenset({"military", "facility"})
# a clause a verb of saying reports ("Le texte rapporte que les soldats ont ouvert le feu")
REPORTED_DEPS = frozenset({"ccomp"})


def own_target(d: Draft, host: Draft, reported: bool = True) -> bool:
    """A bare verb of attack told after the host, in a sentence of its own, names a site the host
    does not have ("... blessés jeudi dans le tir d'un char sur la tour de surveillance. Le texte
    rapporte que les soldats ont ouvert le feu sur le site 31-1 et touché le bunker"): another
    act, unless a definite noun resumes the host ("l'attaque contre le bunker") or both share a
    sentence (one strike that hit two sites). With `reported`, only an item a statement reports
    (the verb the complement of a verb of saying): a bare sentence after the host ("Les soldats
    ont tiré sur une position, touchant un bunker") tells it in more detail (tests/test_args_r7.py).
    A bare verb before the host (a communiqué's "a affirmé avoir frappé des cibles" before "des
    frappes de drones ont tué ...") announces it."""
    if d.definite or min(host.sents) >= d.sent or d.alone is not None:
        # an interception's object is the craft or missile it downed, no site it struck ("Syrian air
        # defences shot down several missiles over the capital" after the strike on a building)
        return False
    if not all(t.root.pos_ in ("VERB", "AUX") and (_reported(t.root) or not reported) for t in d.triggers):
        return False
    theirs = {t.name.lower() for t in host.targets if _site(t)}
    return bool(theirs) and any(_site(t) and t.name.lower() not in theirs for t in d.targets)


def _site(p: Party) -> bool:
    """A target that is a place struck, named by its own noun (a bunker, a post, cameras): the
    targets lexicon gives them no country; men of a side ("Indian soldiers") and the posts of a
    named side ("Indian army positions") carry one, and tell no act apart. Nor does a side's body
    named bare ("un poste de l'armée", its state unresolved: the `bare` name of a parties rule)."""
    return p.kind in SITE_KINDS and p.country is None and p.name.lower() not in _bare_bodies()


@cache
def _bare_bodies() -> frozenset[str]:
    """The bare names of the bodies of parties.yaml's entity rules ("army", "police", "navy"),
    lower case, every language."""
    return frozenset(str(rule["bare"]).lower() for code in supported_languages()
                     for rule in load_language(code).section("parties").get("entities") or []
                     if isinstance(rule, dict) and rule.get("bare"))


def _reported(verb: Token) -> bool:
    """The verb is the complement clause of another verb: an item a statement reports."""
    return verb.dep_ in REPORTED_DEPS and verb.head.pos_ == "VERB"
