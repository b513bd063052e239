"""An attack noun attributed by a verb, or claimed in a live blog's later entry, names the incident
already told (drafts.fold_mentions).

Why: "Treize policiers ont été tués jeudi lorsque leur hélicoptère a été abattu par un drone ... Les
autorités ont attribué l'attaque aux dissidents des FARC": "l'attaque" is the downing told before,
whose author the clause gives (arguments_accused.blamed_on). Given an actor, the bare noun became an
incident of its own, typed by default (armed_clash) and dated by publication, whenever the act it
resumes was of another type or itself a bare mention (an interception, "a fait exploser"). With no
date, place or toll of its own it joins the last violent incident told before it, whose type and
day stand, and gives it its actor.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsevents.extract.arguments_accused import attributed

if TYPE_CHECKING:
    from newsevents.extract.drafts import Draft


def _placeless(d: Draft) -> bool:
    """No place, no toll of its own, not marked as another act."""
    return not d.places and d.fatalities is None and d.injured is None and not d.distinct


def _bare(d: Draft) -> bool:
    """Nothing of its own but what the attributing clause gives: no stated date, no place, no toll."""
    return (d.date is None or d.date.inferred) and _placeless(d)


def _claimed_entry(d: Draft) -> bool:
    """The object of a claim of responsibility told in a live blog's later entry ("11:40 GMT - The
    RSF claimed responsibility for the attack"): the entries keep incidents apart (drafts.apart),
    and the entry's clock dates the claim, not the act."""
    return d.claimed and d.entry and _placeless(d)


def attributed_host(d: Draft, told: list[Draft]) -> Draft | None:
    """The incident an attributed definite attack noun resumes: the last violent one told before it,
    not an answer to it ("Des rebelles ont attaqué un poste. En riposte, l'armée a bombardé leurs
    positions. L'armée a attribué l'attaque aux ADF": the rebels' attack). So does the attack a live
    blog's later entry says was claimed (_claimed_entry), on or after its day."""
    if not (d.definite and d.anaphoric):
        return None
    claimed = _claimed_entry(d)
    if not claimed and not (_bare(d) and any(attributed(t.root, t.root.doc.lang_) for t in d.triggers)):
        return None
    before = [o for o in told if o is not d and o.violent and max(o.sents) <= d.sent
              and not o.distinct and not o.answering]
    host = max(before, key=lambda o: max(o.sents)) if before else None
    if host is not None and claimed and d.date is not None and not d.date.inferred \
            and host.date is not None and d.date.start < host.date.start:
        return None  # claimed before the act was told: another act
    return host


def join_attributed(d: Draft, told: list[Draft]) -> bool:
    """Fold `d` into the incident it resumes (keeping that incident's type, kind and day: a claim's
    day is no act's); False if none."""
    host = attributed_host(d, told)
    if host is None:
        return False
    kind, alone, anaphoric, day = host.type, host.alone, host.anaphoric, host.date
    host.absorb(d)
    host.type, host.alone, host.anaphoric = kind, alone, anaphoric
    host.date = day or host.date
    return True
