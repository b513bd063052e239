"""Whether a token lies in a clause of its own below a trigger's, one that tells another act (it
has a subject of its own): the dating rules ask it before a date or a place of that clause is
given to the trigger. Moved out of extract/drafts.py, which had grown past 800 lines."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsevents.extract import arguments as args
from newsevents.extract import qualifiers as q

if TYPE_CHECKING:
    from spacy.tokens import Span


def in_own_act(trigger: Span, i: int) -> bool:
    """Token `i` lies in a clause below the trigger's that has a subject of its own, so tells an
    act of its own ("un jour après que le drone a tué un homme à Tel Aviv": that place is the
    drone's). Unlike q.other_clauses, a subjectless relative infinitive ("on its way to strike
    targets ... on Saturday") stays the trigger's: the parser hangs the trigger's date there."""
    head = args.clause_head(trigger.root)
    inside = set(range(trigger.start, trigger.end))
    for tok in head.subtree:
        if tok.i == head.i or tok.i in inside or tok.dep_ not in q.OWN_CLAUSE_DEPS | q.RELATIVE_DEPS:
            continue
        if tok.dep_ in q.RELATIVE_DEPS and tok.head.i in inside:
            continue  # "an airstrike that destroyed the consulate the previous day" is its own
        if not any(c.dep_ in q.OWN_SUBJECT_DEPS for c in tok.children):
            continue
        sub = range(tok.left_edge.i, tok.right_edge.i + 1)
        if i in sub and not any(t in sub for t in inside):
            return True
    return False
