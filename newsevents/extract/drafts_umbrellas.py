"""Stage `events`: strikes told as a whole before their parts (fold_umbrellas), before the drafts
of one incident are merged (drafts.merge_across).

Why a module of its own: "trois personnes ont été tuées vendredi dans des frappes israéliennes sur
la Bekaa. Une frappe a visé une voiture près de Baalbek ... Une autre frappe a touché une maison à
Hermel": the plural strikes are the parts told next, not a third incident, nor the first part with
the sum of the tolls; each part is of the whole's day and by its actor. And a barrage told on a
country with a toll of its own, then a town's strike with a smaller one, are two incidents
(keep_parts_apart). drafts.py, which merges the drafts of one incident, is at its size limit.
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


def _plural(d: Draft) -> bool:
    """Told by a plural trigger noun ("des frappes", "strikes", "Russian drones and missiles")."""
    root = d.first.span.root
    return root.pos_ == "NOUN" and "Plur" in root.morph.get("Number")


def _umbrella(d: Draft) -> bool:
    """Strikes told as a whole: a plural trigger noun, placed at no town."""
    return d.violent and _plural(d) and (d.place is None or d.place.precision not in PRECISE)


def _counted(d: Draft) -> int | None:
    """The victims a draft counts of its own, killed or else injured."""
    return d.fatalities if d.fatalities is not None else d.injured


def _whole_and_part(whole: Draft, part: Draft) -> bool:
    """An attack told on a whole country with a toll of its own, then, in the next sentences, one
    strike in a town with a smaller toll of its own ("... contre l'Ukraine, tuant au moins quinze
    personnes dans tout le pays. À Kiev, six personnes ont été tuées dans une frappe"): both counted,
    two incidents. The same toll, or none on either side, is the one strike told twice. Plural
    strikes are no such whole: "Israeli strikes on two villages in southern Lebanon killed five
    people. Three people were killed in a strike on a house in Aitaroun and two others ... in Kfar
    Kila": their toll is the sum of the strikes told next (fold_umbrellas), not a barrage's own."""
    big, small = _counted(whole), _counted(part)
    return whole.violent and part.violent and not _plural(whole) \
        and whole.place is not None and whole.place.precision not in PRECISE \
        and part.place is not None and part.place.precision in PRECISE \
        and 0 < min(part.sents) - max(whole.sents) <= UMBRELLA_REACH \
        and big is not None and small is not None and small < big \
        and (undated(part.date) or undated(whole.date) or _days(part.date) == _days(whole.date))


def keep_parts_apart(drafts: list[Draft]) -> None:
    """A part with a toll of its own after its whole (_whole_and_part) is told apart from what came
    before it (drafts.apart), of the whole's day and by its actors when it names none. One strike
    told in the capital after a barrage with no toll of its own is still that barrage (merge_across)."""
    for part in drafts:
        whole = next((w for w in drafts if w is not part and _whole_and_part(w, part)), None)
        if whole is None:
            continue
        part.separate = True
        part.date = whole.date if undated(part.date) and not undated(whole.date) else part.date
        part.actors = part.actors or list(whole.actors)


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
    keep_parts_apart(out)
    return out
