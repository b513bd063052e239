"""Stage `events`: an incident told again by the day it began is the incident already told
(drafts.same_incident).

"Le siège d'un hôtel ... a pris fin samedi après plus de 18 heures de combats. L'attaque a
commencé vendredi soir lorsqu'un kamikaze ...": the definite attack noun, subject of a verb of
beginning (`phase_verbs`), names the siege told before it and dates its start, the evening before
the day it ended. The two dates differ, but they tell one incident's span, not two incidents.

Why a module of its own: drafts.py is at its size limit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsevents.lang import section_words

if TYPE_CHECKING:
    from newsevents.extract.drafts import Draft

# a start at most this many days before the day the incident told before is dated (a siege begun
# the evening before it ended)
BEGUN_DAYS = 1
SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "nsubjpass"})


def begun_before(d: Draft, host: Draft) -> bool:
    """``d`` is a definite mention told after ``host``, the subject of a verb of beginning
    ("L'attaque a commencé vendredi soir", "The assault began on Friday evening"), dated up to
    BEGUN_DAYS before the host's day."""
    if not (d.definite or d.opens_definite) or min(host.sents) >= d.sent:
        return False
    if d.date is None or host.date is None:
        return False
    roots = [t.root for t in d.triggers]
    verbs = section_words(roots[0].doc.lang_, "events", "phase_verbs")
    # grouped with the act it began with ("a commencé par l'explosion d'un camion piégé"), the
    # definite noun may not be the first trigger
    if not any(r.dep_ in SUBJECT_DEPS and r.head.lemma_.lower() in verbs for r in roots):
        return False
    return 0 <= (host.date.start - d.date.end).days <= BEGUN_DAYS
