"""The verb a date's words hang from: climb the parse from the date's root to the first verb or
auxiliary of its sentence (at most ``arguments.MAX_CLIMB`` steps). Several dating rules ask it
first (a date in a clause on another act's noun, in a reported clause whose subject is a
trigger, after the words of an answered act) and then test that verb in their own way."""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any

from newsevents.extract import arguments as args
from newsevents.extract.arguments import Ref

if TYPE_CHECKING:
    from spacy.tokens import Token

VERB_POS = ("VERB", "AUX")


def verb_above(ctx: Any, ref: Ref, stop: AbstractSet[int] = frozenset()) -> Token | None:
    """The first verb above the date ``ref`` inside its sentence; None when the climb leaves the
    sentence, reaches the root first, passes a token of ``stop`` or runs out of steps."""
    lo, hi = ctx.bounds[ref.sent]
    t = ref.tokens(ctx.doc).root
    for _ in range(args.MAX_CLIMB):
        if t.head.i == t.i or not lo <= t.head.i < hi or t.head.i in stop:
            return None
        t = t.head
        if t.pos_ in VERB_POS:
            return t
    return None
