"""Stage `events`: strikes told as a whole before their parts (fold_umbrellas), before the drafts
of one incident are merged (drafts.merge_across).

Why a module of its own: "trois personnes ont été tuées vendredi dans des frappes israéliennes sur
la Bekaa. Une frappe a visé une voiture près de Baalbek ... Une autre frappe a touché une maison à
Hermel": the plural strikes are the parts told next, not a third incident, nor the first part with
the sum of the tolls; each part is of the whole's day and by its actor. drafts.py, which merges
the drafts of one incident, is at its size limit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsevents.extract.drafts_incursion import PRECISE

# how many sentences after the strikes told as a whole their parts may follow
UMBRELLA_REACH = 3

if TYPE_CHECKING:
    from newsevents.extract.drafts import Draft
    from newsevents.model import When


def undated(w: When | None) -> bool:
    """No day of its own: none, or one inferred (from the publication)."""
    return w is None or w.inferred


def _days(w: When | None) -> tuple[object, object] | None:
    return (w.start, w.end) if w is not None else None


def _umbrella(d: Draft) -> bool:
    """Strikes told as a whole: a plural trigger noun ("des frappes", "strikes"), placed at no town."""
    root = d.first.span.root
    return d.violent and root.pos_ == "NOUN" and "Plur" in root.morph.get("Number") \
        and (d.place is None or d.place.precision not in PRECISE)


def fold_umbrellas(drafts: list[Draft]) -> list[Draft]:
    """Plural strikes placed at no town, then, in the next sentences, two or more strikes each in a
    town of its own: the parts of the whole. Each part takes the whole's day when it tells none and
    its actors when it names none; the whole is no incident of its own, and its toll (their sum) is
    none of a part's. One part alone is the whole told again (drafts.merge_across joins them)."""
    out: list[Draft] = []
    for d in drafts:
        parts = [p for p in drafts if p is not d and p.violent and min(p.sents) > d.sent
                 and min(p.sents) - d.sent <= UMBRELLA_REACH
                 and p.place is not None and p.place.precision in PRECISE] if _umbrella(d) else []
        dated = [p for p in parts if not (undated(p.date) or undated(d.date))]
        if len({p.place.name for p in parts if p.place is not None}) < 2 \
                or any(_days(p.date) != _days(d.date) for p in dated):
            out.append(d)
            continue
        for p in parts:
            p.date = d.date if undated(p.date) and not undated(d.date) else p.date
            p.actors = p.actors or list(d.actors)
            p.spans += [s for s in d.spans if s not in p.spans and s != d.first.span]
    return out
