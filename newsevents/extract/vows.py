"""Stage `events`: a violent act someone vows or pledges to carry out is a promise, no incident.

"Le président a promis de poursuivre l'offensive contre le groupe", "the army vowed to continue its
strikes": the offensive is announced, not told; with the group named as its target it stood as an
incident of the day. Only violent acts: a political act promised ("les deux parties ont promis de
respecter le cessez-le-feu") is a term of an agreement (`agreement_verbs`). The verbs are language
data (`vow_verbs` in lang/*/events.yaml).

Why a module of its own: qualifiers.py, which holds the other tests of what is no act told, is at
its size limit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsevents.extract.drafts import is_violent
from newsevents.extract.qualifiers import HasWords, modal_path

if TYPE_CHECKING:
    from newsevents.extract.triggers import Trigger


def vowed(ctx: HasWords, trig: Trigger, type_: str) -> bool:
    """The violent trigger is an infinitive a verb of vowing governs ("vowed to strike"), or the
    object of one that carries an act out (`vowed_act_verbs`: "promis de poursuivre l'offensive");
    not an act the vow answers ("vowed to avenge the strike")."""
    vows = ctx.words("vow_verbs")
    path = modal_path(trig)
    if not vows or not path or not is_violent(type_) or path[-1].lemma_.lower() not in vows:
        return False
    root = trig.root
    if root.pos_ in ("VERB", "AUX"):
        return True
    doing = root.head
    return doing.pos_ in ("VERB", "AUX") and doing.lemma_.lower() in ctx.words("vowed_act_verbs")
