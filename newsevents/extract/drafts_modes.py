"""Stage `events`: whether two diplomatic measures of one side are two acts (drafts.same_incident).

Why a module of its own: a summons, the recall of one's own envoy and an expulsion are separate
acts even told on one day by one side (`separate_modes` in data/event_types.yaml), but one sentence
telling several measures against one state ("said it was recalling its ambassador and expelling the
other side's envoy") is one incident, whose draft holds each measure's trigger: a headline telling
one of them ("expels envoy") is that incident, not another act. drafts.py is at its size limit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Collection

    from newsevents.extract.drafts import Draft


def _modes(d: Draft) -> set[str]:
    """The measures a draft tells: its own mode and each of its triggers' (grouped in one sentence)."""
    return {m for m in (d.mode, *(t.spec.mode for t in d.triggers)) if m}


def modes_apart(a: Draft, b: Draft, separate: Collection[str]) -> bool:
    """Two drafts are two acts when each tells only separate measures and they share none."""
    ma, mb = _modes(a), _modes(b)
    return bool(ma) and bool(mb) and ma.isdisjoint(mb) and ma <= set(separate) and mb <= set(separate)
