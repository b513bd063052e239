""""An overnight attack [...] on Friday": the adjective "overnight" says the act was at night; the
day is the one its clause names. Read alone, "overnight" is the night before publication
(lang/en/time.yaml ``relative_days``), so a report of Friday's raid published on Wednesday also
told a raid of Tuesday night: a second incident at the same village, and a wrong night.

Why here and not in the grammar: the adjective stays the night before publication when its
sentence names no day of its own ("in an overnight raid, police said on Monday": the raid of
Sunday night), which only the sentence's other expressions tell. An expression dating a
statement ("police said on Monday", the `reported` reader) is no day of the act's.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence

from newsevents.temporal.resolve import TimeValue


@functools.cache
def _lead(language: str) -> re.Pattern[str] | None:
    """The words before a night word that make it an adjective (time.yaml ``night_adjective_lead``:
    "an overnight attack")."""
    from newsevents.temporal.lexicon import lexicon

    pattern = lexicon(language).extra.get("night_adjective_lead")
    return re.compile(pattern + r"$", re.IGNORECASE) if pattern else None


def drop_night_adjectives(values: Sequence[TimeValue], text: str, language: str,
                          reported: Callable[[int], bool] | None) -> list[TimeValue]:
    """``values`` without an adjectival night word ("an overnight attack") whose sentence names a
    day of the act's own (a weekday or a date to the day, not a statement's)."""
    lead = _lead(language)
    if lead is None:
        return list(values)

    def own_day(v: TimeValue) -> bool:
        return v.kind == "date" and v.precision == "day" and not (reported and reported(v.span[0]))

    days = {v.sentence for v in values if own_day(v)}
    return [v for v in values if not (v.kind == "relday" and v.sentence in days
                                      and lead.search(text, 0, v.span[0]))]
