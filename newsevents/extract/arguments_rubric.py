"""A country that labels a headline or a live-blog entry ("Colombie : l'ELN attaque un convoi",
"Somalia: al-Shabaab storms a hotel") is the rubric of the story, not a side of the act: the
parser reads it as a second subject of the verb after the colon, and the incident got the country
as an actor beside the group that attacked. Read on the surface of the original text: the name
opens its line and a colon follows it. Called by arguments_settle.settle_parties.
"""

from __future__ import annotations

from newsevents.model import Party

# party kinds a rubric names: the country (a group label stays, it is the act's doer as often)
RUBRIC_KINDS = frozenset({"state"})
# characters between the label and its colon ("Colombie :", "Sudan:")
RUBRIC_GAP = 2


def rubric_label(party: Party, text: str) -> bool:
    """The party's words open a line and a colon follows them (a time "10:30" has digits around)."""
    if party.kind not in RUBRIC_KINDS or party.span is None:
        return False
    start, end = party.span
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip():
        return False
    after = text[end:end + RUBRIC_GAP + 1].lstrip(" \u00a0\u202f")
    return after.startswith(":")


def without_rubrics(parties: list[Party], text: str) -> list[Party]:
    return [p for p in parties if not rubric_label(p, text)]
