"""Which incident a vague clash noun ("affrontements", "clashes", "fighting") names again.

Why a module of its own: a vague noun names no incident by itself; drafts.fold_mentions joins it
to one of its family only when the text ties them. A headline's vague noun announces the clash the
next sentences tell ("Libye : affrontements meurtriers à Tripoli"), and a definite one told after a
clash names it again ("Pakistani and Afghan forces exchanged heavy fire ... The crossing was closed
after the clashes"): left on its own it took the toll a side's spokesman gave next ("He said three
Afghan border guards were wounded") and stood as a second clash with no place and no actor.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsevents.extract.drafts import Draft


def announced(d: Draft, s: Draft, reach: int) -> bool:
    """`d`, a vague noun, names `s` of its family: a headline's announcing it in the next `reach`
    sentences, or a definite one ("the clashes", "ces affrontements") told up to `reach` sentences
    after it."""
    if not d.vague or s.family != d.family:
        return False
    if d.lead and 0 < min(s.sents) - d.sent <= reach:
        return True
    return d.definite and not d.distinct and 0 < d.sent - max(s.sents) <= reach
