"""A denial of "the violation", "the accusation", "ces allégations": the act alleged before it.

Why: such a denial names no place, weapon or day of its own ("Le ministère russe de la Défense a
démenti toute violation", "Cambodia's defence ministry rejected the accusation as baseless"), so
link._about ties it to no incident, and link._answers set it against every account of the page by
the other side, the summons of an envoy or the expulsion told between included. Its words resume
an act alleged (an accusation noun, lex.accusation_nouns, or an act noun, lex.alleged_act_nouns,
opening its words): it is about the nearest incident told before it that may be alleged against
the denier (the denier's side among its doers, an incident only alleged, blamed or disputed, or one
whose doer is not named; not another side's own act, nor one done to the denier's side), and it
contradicts only the claims about that incident (and the accusations tied to no incident).

Why apart from link.py: link.py is at its size limit, and this reading is of one claim's words.
"""

from __future__ import annotations

from newsevents.extract.claim_acts import claimed_span
from newsevents.extract.stance import Lexicon, fold
from newsevents.extract.status import POSITIVE
from newsevents.lang import section_words
from newsevents.model import Article, Claim, Event

# Stances of a claim that answers an allegation, and statuses of an incident only alleged.
_ANSWERING = frozenset({"deny", "retract"})
_ALLEGED = frozenset({"alleged", "disputed", "denied"})


def link_alleged_acts(lex: Lexicon | None, article: Article) -> None:
    """Tie each denial of an alleged act to that act, and unlink it from accounts of others."""
    if lex is None or not article.events:
        return
    by_id = {c.id: c for c in article.claims}
    types = {e.id: e.type for e in article.events}
    for denial in article.claims:
        if denial.about or denial.stance not in _ANSWERING or denial.speaker is None \
                or not _resumes_allegation(lex, article, denial):
            continue
        event = _alleged_before(article.events, denial, _accused_acts(article, denial))
        if event is None:
            continue
        denial.about = [event.id]
        for other_id in list(denial.contradicts):
            other = by_id.get(other_id)
            if other is None or not other.about or event.id in other.about \
                    or any(types.get(e) == event.type for e in other.about):
                continue  # an account of an act of the same kind may tell the same act again
            denial.unlink(other)
        for other in article.claims:  # the accounts of the act, by another side
            theirs = other.speaker.country if other.speaker is not None else None
            if event.id in other.about and other.stance in POSITIVE and theirs and denial.speaker.country \
                    and theirs != denial.speaker.country and other.id not in denial.contradicts:
                denial.contradicts.append(other.id)
                other.contradicts.append(denial.id)


def _resumes_allegation(lex: Lexicon, article: Article, claim: Claim) -> bool:
    """The claim's words open on an accusation or alleged act noun ("toute violation", "the
    accusation as baseless", "ces allégations"); one naming its own matter was tied by it."""
    span = claimed_span(article, claim)
    if span is None:
        return False
    noun = next((t for t in span if not t.is_punct and t.pos_ != "DET"), None)
    if noun is None or noun.pos_ != "NOUN":
        return False
    nouns = lex.accusation_nouns | lex.alleged_act_nouns
    return fold(noun.lemma_) in nouns or fold(noun.text) in nouns


def _accused_acts(article: Article, denial: Claim) -> set[str]:
    """The incidents of the nearest accusation told before the denial by another speaker: a claim
    whose reporting verb accuses (``accusation_verbs`` of lang/<code>/arguments.yaml: "L'armée
    indienne a accusé le Pakistan d'avoir bombardé ..."). "Ces accusations" resume it."""
    if article.doc is None or not article.language:
        return set()
    verbs = section_words(article.language, "arguments", "accusation_verbs")
    best: Claim | None = None
    for claim in article.claims:
        if claim.cue is None or not claim.about or claim.stance not in POSITIVE \
                or claim.content_span[0] >= denial.content_span[0] or _one_side(claim, denial):
            continue
        cue = article.doc.char_span(*article.to_nlp(*claim.cue), alignment_mode="expand")
        if cue is None or not any(fold(t.lemma_) in verbs or fold(t.text) in verbs for t in cue):
            continue
        if best is None or claim.content_span[0] > best.content_span[0]:
            best = claim
    return set(best.about) if best is not None else set()


def _one_side(a: Claim, b: Claim) -> bool:
    """One speaker, or two of one country: no accuser of the other."""
    if a.speaker.name.strip().lower() == b.speaker.name.strip().lower():
        return True
    return a.speaker.country is not None and a.speaker.country == b.speaker.country


def _alleged_before(events: list[Event], denial: Claim, accused: set[str]) -> Event | None:
    """The nearest incident told before the denial that may be alleged against the denier's side:
    one the denier's side did, one only alleged, or one whose doer is not named; never an act done
    to the denier's side by another. One the denier's side is said to have done comes first."""
    country = denial.speaker.country
    best: Event | None = None
    for event in events:
        if event.trigger is None or event.trigger[0] >= denial.content_span[0]:
            continue
        doers = {p.country for p in event.actors if p.country}
        struck = {p.country for p in event.targets if p.country}
        if country is not None and country in struck and country not in doers:
            continue  # the summons of the denier's envoy: an act done to it, not alleged of it
        if doers and country not in doers and event.status not in _ALLEGED:
            continue  # told as another side's own act ("Bucharest summoned ..."): not the denier's
        if best is None or _rank(event, country, accused) > _rank(best, country, accused):
            best = event
    return best


def _rank(event: Event, country: str | None, accused: set[str]) -> tuple[bool, bool, int]:
    """The act of the nearest accusation, then one alleged of the denier's own side ("L'armée
    indienne a accusé le Pakistan d'avoir bombardé un temple ... Des tirs ont touché une école à
    Uri. Islamabad a rejeté ces accusations") is what the accusations are about, before a nearer
    one whose doer is not named; among equals, the nearest."""
    assert event.trigger is not None
    return event.id in accused, country is not None and any(p.country == country for p in event.actors), \
        event.trigger[0]
