"""Two statements of one speaker in one sentence that stay two claims (claims._merge_sentence
merges the rest: "il a été souligné que A et il a été demandé B" is one claim).

Why a module of its own: claims.py is at its size limit."""

from __future__ import annotations

from typing import Any


def kept_apart(first: Any, d: Any) -> bool:
    """Whether draft `d` stays a claim of its own beside `first`, an earlier draft of the same
    speaker in the same sentence: a version after a denial, or another stance said by another
    subject (two speakers the register names alike)."""
    return _version_after_denial(first, d) or _other_subject(first, d)


def _version_after_denial(first: Any, d: Any) -> bool:
    """"denied the toll, saying only two soldiers had been wounded": a participle going on from
    a denial tells the speaker's own version, a statement of its own (its words answer the other
    side's as the denial does), though "saying" goes on with an assertion."""
    return d.att.participial and d.stance == "assert" and first.stance == "deny"


def _other_subject(first: Any, d: Any) -> bool:
    """"A faction of the group later said it was behind the attack, but the main group denied
    involvement": two subjects in their own words, two stances, two statements, though both
    resolve to one party (the faction's name is its parent's). Each claim keeps its words and its
    stance; merged, the faction's assertion would read as the group's denial."""
    a, b = first.att.speaker, d.att.speaker
    if a is None or b is None or first.att.inherit or d.att.inherit:
        return False
    return first.stance != d.stance and (a[1] <= b[0] or b[1] <= a[0])
