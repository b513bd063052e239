"""A condemnation naming no act of its own ("a condamné une « violation flagrante » de la
souveraineté du pays", "condemned a blatant aggression"): the act its article tells.

Why: the words of such a condemnation name its judgement, not the strike's place, day or weapon,
so link._about tied it to no incident, though the page tells one. Naming no party either, it is
about the sole hostile incident of the page, else the one the speaker's country was struck by (its
targets' or its place's country, the act not its own side's), the last told before it if several.

Why a module of its own: link.py is at its size limit.
"""

from __future__ import annotations

from newsevents.extract.drafts import type_info
from newsevents.extract.stance import fold, folded_words
from newsevents.model import Article, Claim, Event, Party

# PLOVER kinds of an incident a condemnation may judge: a strike, an attack, a seizure, an act
# of no kind listed (an airspace violation); not a meeting, an agreement, a protest note.
_HOSTILE_KINDS = frozenset({"FIGHT", "ASSAULT", "COERCE", "OTHER"})


def hostile_about(article: Article, claim: Claim, about: list[str]) -> list[str]:
    """A condemnation's incidents, none of them a non-hostile act of its own sentence ("a dénoncé
    « un crime de guerre » et réclamé une enquête": the demand is what it asks, not what it
    judges): those dropped, it is about the act condemned_about finds."""
    if claim.stance != "condemn" or not about:
        return about
    by_id = {e.id: e for e in article.events}
    kept = [e for e in about if e not in by_id or _hostile(by_id[e])]
    return about if len(kept) == len(about) else kept or condemned_about(article, claim)


def condemned_about(article: Article, claim: Claim) -> list[str]:
    """The incident a condemnation naming none is about, as a list ([] when none fits)."""
    if claim.stance != "condemn" or claim.speaker is None or _names_party(article, claim):
        return []
    hostile = [e for e in article.events if _hostile(e)]
    if len(hostile) == 1:
        return [hostile[0].id]
    country = claim.speaker.country
    if not country:
        return []
    struck = [e for e in hostile if country in _struck(e) and country not in _doers(e)]
    before = [e for e in struck if e.trigger is not None and e.trigger[0] < claim.content_span[0]]
    if before:
        return [max(before, key=lambda e: e.trigger[0] if e.trigger else 0).id]
    return [struck[0].id] if len(struck) == 1 else []


def _names_party(article: Article, claim: Claim) -> bool:
    """The condemnation's words name a party ("un crime de guerre d'Israël"): whom it blames is its
    own matter, read by the contradiction rules (link._blame_each_other), not an act resumed."""
    s, e = claim.content_span
    return any(isinstance(m.value, Party) and s <= m.span[0] and m.span[1] <= e for m in article.mentions)


def _hostile(event: Event) -> bool:
    plover = type_info(event.type).get("plover") or {}
    return str(plover.get("event_type")) in _HOSTILE_KINDS


def _struck(event: Event) -> set[str]:
    """The countries an incident struck: its targets', and its place's."""
    countries = {p.country for p in event.targets if p.country}
    if event.location is not None and event.location.country:
        countries.add(event.location.country)
    return countries


def _doers(event: Event) -> set[str]:
    return {p.country for p in event.actors if p.country}


def condemns_own_act(a: Claim, b: Claim, shared: set[str], by_id: dict[str, Event]) -> bool:
    """One condemns an incident the other's side did and tells it did ("l'armée israélienne a
    affirmé avoir frappé un dépôt" / "le président libanais a dénoncé une attaque qui viole le
    cessez-le-feu"): both say the act happened, so the two sides of it, or the doer's naming its
    target's side, make no two versions (only words that tell another victim or deny do)."""
    pair = {a.stance, b.stance}
    if pair != {"condemn", "assert"}:
        return False
    doer = a if a.stance == "assert" else b
    country = doer.speaker.country
    return country is not None and any(country in {p.country for p in by_id[e].actors if p.country}
                                       for e in shared if e in by_id)


# Determiners that resume a thing told before ("l'événement", "cet incident", "the incident").
_RESUMING = frozenset({"Def", "Dem"})


def resumed_incident_about(article: Article, claim: Claim) -> list[str]:
    """A claim whose words resume the incident by a generic noun ("a qualifié l'événement de «
    tragique accident »", "called the incident a mistake": ``incident_anaphors``) is about the
    hostile incident told last before it, as a list ([] when the words hold no such noun)."""
    if article.doc is None or not article.language:
        return []
    nouns = folded_words(article.language, "claims", "incident_anaphors")
    span = article.doc.char_span(*article.to_nlp(*claim.content_span), alignment_mode="expand")
    if span is None or not any(t.pos_ == "NOUN" and fold(t.lemma_) in nouns and any(
            c.dep_ == "det" and (set(c.morph.get("Definite")) | set(c.morph.get("PronType"))) & _RESUMING
            for c in t.children) for t in span):
        return []
    before = [e for e in article.events if _hostile(e) and e.trigger is not None
              and e.trigger[0] < claim.content_span[0]]
    return [max(before, key=lambda e: e.trigger[0] if e.trigger else 0).id] if before else []
