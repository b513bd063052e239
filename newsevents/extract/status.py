"""Event statuses from the claims about them (run at the end of stage `link`): an incident asserted
by one source and denied by another is ``disputed``, one only denied ``denied``, an accusation the
accused rejects stays ``alleged``.

Why a module of its own: the status is one job (SCHEMA ``status``), read from the claims once
their ``about`` and ``contradicts`` are known, and link.py had grown to its limit.
"""

from __future__ import annotations

from newsevents.extract.drafts import type_table
from newsevents.model import Claim, Event, Party

NEGATIVE = frozenset({"deny"})
POSITIVE = frozenset({"assert", "condemn", "question", "demand"})
# stances whose words tell what happened: the accounts a denial answers, the versions of an incident
TELLING = frozenset({"assert", "condemn"})


def norm(name: str) -> str:
    """A party's name as compared (speakers, actors): stripped and lower-cased."""
    return name.strip().lower()


def inside(span: tuple[int, int], outer: tuple[int, int]) -> bool:
    return outer[0] <= span[0] and span[1] <= outer[1]


def set_statuses(claims: list[Claim], events: list[Event], silent: set[str] | None = None) -> None:
    """An event asserted by one source and denied by another is disputed; only denied, denied.
    A denial contradicting an assertion about the event denies the event too; two sides'
    contradicting versions of it make it disputed.

    The annotators' convention (news-dev gold, SCHEMA "alleged: only attributed to a source"): an
    incident the article only attributes to a source (an accusation, "attribuée à", "blamed on")
    and that the accused denies stays ``alleged`` -- the denial is what an accusation expects, not
    a second version of the facts. ``disputed`` stays for a fact the article reports that a source
    denies (the article's own words telling it count as the report), a denial by someone other
    than the accused, and two sides blaming each other.

    No version, so no dispute, either: a claim declining comment (``silent``, the claim ids whose
    words do: "we do not comment on foreign reports") or the accused side's own words naming it as
    the doer ("Israeli officials said Israel was behind the attack": an admission)."""
    silent = silent or set()
    by_id = {c.id: c for c in claims}
    declared = frozenset(type_table().get("declared_act_types", []))
    for e in events:
        if e.type in declared:
            _set_declared(e, claims)
            continue
        about = [c for c in claims if e.id in c.about]
        pos = {norm(c.speaker.name) for c in about if c.stance in POSITIVE}
        neg = {norm(c.speaker.name) for c in about if c.stance in NEGATIVE}
        deniers = [c.speaker for c in about if c.stance in NEGATIVE]
        # an answer about another incident of the claim's ("plusieurs morts dans une frappe, minutes
        # before the ceasefire" denied about the ceasefire) does not dispute this one
        # a claim telling no version (silent, or an admission) answers nothing, nor is answered
        mute = {c.id for c in claims if c.id in silent or _admits(c, e)}
        answers = [by_id[o] for c in about if c.stance in POSITIVE and c.id not in mute
                   for o in c.contradicts if o in by_id and o not in mute
                   and (e.id in by_id[o].about or _answers_here(by_id[o], e))]
        neg |= {norm(c.speaker.name) for c in answers if c.stance in NEGATIVE}
        deniers += [c.speaker for c in answers if c.stance in NEGATIVE]
        versions = any(c.stance in POSITIVE for c in answers)
        denials = [c for c in about + answers if c.stance in NEGATIVE]
        accusers = [c for c in about if c.stance in POSITIVE] + [
            by_id[o] for d in denials for o in d.contradicts if o in by_id and by_id[o].stance in POSITIVE]
        if deniers and not versions and _only_attributed(e, about) \
                and all(_accused(p, e) or _blamed(p, accusers) for p in deniers):
            e.status = "alleged"  # an accusation the accused rejects: only alleged
            continue
        if neg and (pos - neg or (e.status == "reported" and (pos or _own_voice(e, claims, denials)))):
            e.status = "disputed"
        elif neg and not pos:
            e.status = "denied"
        elif versions:
            e.status = "disputed"


def _set_declared(event: Event, claims: list[Claim]) -> None:
    """A declared act (a summons, a protest note: ``declared_act_types``) is disputed or denied only
    by a denial naming the act itself in its words ("Kabul denied being summoned"): the other side's
    version of the incident protested against ("Pékin a démenti, affirmant que le navire philippin
    avait heurté son bâtiment") disputes that incident, not that the note was sent."""
    denials = [c for c in claims if event.id in c.about and c.stance in NEGATIVE
               and any(inside(span, c.content_span) for span in event.spans)]
    if not denials:
        return
    pos = {norm(c.speaker.name) for c in claims if event.id in c.about and c.stance in POSITIVE}
    event.status = "disputed" if pos - {norm(c.speaker.name) for c in denials} or \
        event.status == "reported" else "denied"


def _answers_here(answer: Claim, event: Event) -> bool:
    """Whether a claim about no incident of its own that contradicts one about this incident
    answers this one. A denial does only from an accused side ("Islamabad rejected the
    allegations as baseless"): a third party denying its own part ("the United States played no
    role in the strike") or something else ("its alleged support for the rebels") tells no other
    version of this incident. A positive claim does unless an accused side says it: the accuser's
    "Bucharest protested to Moscow" against the accused's doubt is the other version, the
    accused's "Pakistan is ready to investigate" beside its denial is none."""
    if answer.about:
        return False
    return _accused(answer.speaker, event) == (answer.stance in NEGATIVE)


def _only_attributed(event: Event, about: list[Claim]) -> bool:
    """The incident is told only as a source's words: the events stage marked it alleged, or its
    trigger lies inside what one speaker asserts ("the governor said a Russian missile hit ...")
    and no other speaker asserts it."""
    if event.status == "alleged":
        return True
    told = [c for c in about if c.stance in POSITIVE]
    speakers = {norm(c.speaker.name) for c in told}
    return len(speakers) == 1 and event.trigger is not None and any(
        inside(event.trigger, c.content_span) for c in told)


def _own_voice(event: Event, claims: list[Claim], denials: list[Claim]) -> bool:
    """The article tells the incident itself, its first mention in no claim's words ("La veille,
    ce même appareil était tombé sur une maison"), and a denial answers that very incident, a
    mention of it in its words (the accused's "un coup monté, le drone ayant été retrouvé posé sur
    le toit"): one side against the article's facts, disputed, not denied. A denial tied to the
    incident only by a weapon or a place named may be of another act."""
    if event.trigger is None or any(inside(event.trigger, span) for c in claims
                                    for span in (c.content_span, *c.spans)):
        return False
    return any(inside(span, d.content_span) for d in denials for span in event.spans)


def _admits(claim: Claim, event: Event) -> bool:
    """An accused side's assertion naming one of the incident's actors of its own country as in
    its words ("Israel was behind the attack", say Israeli officials): it agrees with the accusation."""
    country = claim.speaker.country
    words = norm(claim.content)
    return claim.stance == "assert" and country is not None and _accused(claim.speaker, event) and any(
        a.country == country and len(norm(a.name)) > 2 and norm(a.name) in words for a in event.actors)


def _blamed(speaker: Party, accusers: list[Claim]) -> bool:
    """The speaker is named in the words of another speaker's claim about the incident or against
    the speaker's denial ("the army said, blaming the Rapid Support Forces"; "the RSF denied any
    involvement"): the accused, though the incident names no actor."""
    name = norm(speaker.name)
    return len(name) > 2 and any(norm(c.speaker.name) != name and name in norm(c.content) for c in accusers)


def _accused(speaker: Party, event: Event) -> bool:
    """The speaker is (of) a side the incident is attributed to: one of its actors by name, or a
    speaker of an actor's country (a ministry or spokesman of the accused state)."""
    name = norm(speaker.name)
    return any(norm(a.name) == name or (speaker.country is not None and a.country == speaker.country)
               for a in event.actors)
