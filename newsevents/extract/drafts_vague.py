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
    sentences, a definite one ("the clashes", "ces affrontements") told up to `reach` sentences
    after it, or one going on from it (`goes_on`)."""
    if not d.vague or s.family != d.family:
        return False
    if d.lead and 0 < min(s.sents) - d.sent <= reach:
        return True
    if d.definite and not d.distinct and 0 < d.sent - max(s.sents) <= reach:
        return True
    return goes_on(d, s)


def goes_on(d: Draft, s: Draft) -> bool:
    """`d`, a vague noun with no place and no side of its own, in the sentence right after `s` tells
    how that clash went on or ended ("JNIM fighters attacked the camp on Tuesday morning. After
    heavy fighting, the attackers were pushed back in the evening"): the same attack, no second one."""
    return not d.distinct and not d.places and not d.actors and s.violent and d.sent - max(s.sents) == 1


def bare_pair(d: Draft, b: Draft, reach: int) -> bool:
    """Two mentions left unjoined (`d` after `b`) that may be one incident: both bare attack words or
    both vague nouns; or a vague noun going on from a bare attack (`goes_on`), or a headline's
    vague noun announcing the attack the lead tells ("Couvre-feu après des affrontements meurtriers"
    then "des partisans ... ont attaqué un rassemblement")."""
    return b.anaphoric == d.anaphoric or goes_on(d, b) or announced(b, d, reach)
