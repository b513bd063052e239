"""Stage `events`, step 6 (see extract/events.py): a breach of a truce that is only an accusation.

Why a module of its own: "Hamas accused Israel of violating the ceasefire", "Moscou a accusé Kiev
de violer la trêve" tell what one side charges the other with, not an act: the day of the
sentence is the accusation's, the accused its object. Such a breach (a trigger marked `breach` in
lang/<code>/events.yaml) is an incident only with something of its own: a scene, a toll, a weapon,
or another act's words merged with it ("accused Israel of violating the truce with a strike on
Rafah that killed three"). A breach told with its own subject ("Israeli troops violated the
ceasefire") is no accusation and stays.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from newsevents.extract.arguments_accused import accused_objects
from newsevents.extract.drafts import Draft
from newsevents.lang import load_language

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
    if not d.triggers or not all(t.spec.breach for t in d.triggers):
        return False
    if d.place is not None or d.fatalities is not None or d.injured is not None or d.weapons:
        return False
    language = ctx.article.language or "fr"
    verbs = _perpetrator_verbs(language)
    return all(accused_objects(t.span, language, verbs) for t in d.triggers)
