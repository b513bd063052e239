"""Stage `events`, step 6 (see extract/events.py): a breach of a truce that is only an accusation.

Why a module of its own: "Hamas accused Israel of violating the ceasefire", "Moscou a accusé Kiev
de violer la trêve" tell what one side charges the other with, not an act: the day of the
sentence is the accusation's, the accused its object. Such a breach (a trigger marked `breach` in
lang/<code>/events.yaml) is an incident only with something of its own: a scene, a toll, a weapon,
or another act's words merged with it ("accused Israel of violating the truce with a strike on
Rafah that killed three"). A breach told with its own subject ("Israeli troops violated the
ceasefire") is no accusation and stays. Nor is a breach told in a relative clause of an act
("condemned an attack that violates the ceasefire"): it says what that act is, no act of its own.

A truce named as what is violated ("une attaque qui viole le cessez-le-feu conclu en novembre
2024") is no new agreement: with a date of its own it is the recalled pact (news-dev's gold keeps
"the November 27 ceasefire" as background), its parties only those of its own phrase, never who
denounces the violation; with none, no event (breached_pacts).
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsevents.extract.arguments_accused import accused_objects
from newsevents.extract.drafts import Draft
from newsevents.lang import load_language

# how a relative clause hangs from its noun (English ClearNLP, French UD)
RELATIVE_DEPS = frozenset({"relcl", "acl:relcl"})
# how a pact hangs from the verb or noun of its violation ("viole le cessez-le-feu", "violation of
# the truce", "la violation de la trêve")
BREACHED_DEPS = frozenset({"obj", "dobj", "nmod", "pobj"})

if TYPE_CHECKING:
    from newsevents.extract.events import Context


@cache
def _perpetrator_verbs(language: str) -> frozenset[str]:
    """The verbs whose subject did the act (arguments.yaml), which end the climb to an accusation."""
    words = load_language(language).section("arguments").get("perpetrator_verbs") or []
    return frozenset(str(w).lower() for w in words)


def accused_breach(ctx: Context, d: Draft) -> bool:
    """True when `d` is only a breach of a truce one side is accused of, with no scene, toll or
    weapon of its own: the accusation's words, no incident."""
    own = d.fatalities is not None or d.injured is not None or bool(d.weapons)
    described = {t.root.head.i for t in d.triggers if t.spec.breach and t.root.dep_ in RELATIVE_DEPS}
    if described and all(t.root.i in described or (t.spec.breach and t.root.head.i in described)
                         for t in d.triggers):  # "an attack that violates the truce": the noun and its clause
        return not own
    if not d.triggers or not all(t.spec.breach for t in d.triggers):
        return False
    if d.place is not None or own:
        return False
    language = ctx.article.language or "fr"
    verbs = _perpetrator_verbs(language)
    return all(accused_objects(t.span, language, verbs) for t in d.triggers)


def _breached(ctx: Context, d: Draft) -> bool:
    """Every trigger of the pact hangs from a word of violation (`violation_words`)."""
    words = ctx.words("violation_words")
    def head_word(tok: Token) -> Token:
        return tok.head.head if tok.dep_ == "pobj" else tok.head
    return bool(words) and all(t.root.dep_ in BREACHED_DEPS and head_word(t.root).lemma_.lower() in words
                               for t in d.triggers)


def breached_pacts(ctx: Context, drafts: list[Draft]) -> list[Draft]:
    """A pact named as what an act violates: with no stated date of its own no event; with one, its
    parties only those named inside its own phrase ("le cessez-le-feu conclu entre Israël et le
    Hezbollah"), not the subject of the denouncing verb."""
    out: list[Draft] = []
    for d in drafts:
        if d.violent or not d.triggers or not _breached(ctx, d):
            out.append(d)
            continue
        if d.date is None or d.date.inferred:
            continue
        spans = [ctx.original(ctx.doc[t.root.left_edge.i:t.root.right_edge.i + 1]) for t in d.triggers]
        d.actors = [p for p in d.actors if p.span and any(lo <= p.span[0] < hi for lo, hi in spans)]
        out.append(d)
    return out
