"""What a side's words about an act are about, when they name neither its place nor its date.

Why apart from link.py: two accounts of one strike rarely repeat its place or date. The attacker
tells its own act ("the military said it had struck a command centre") and the target side
denies the reason given ("Hamas denied that its fighters were using the school"); neither shares
a weapon, place or date with the incident, so link._about finds nothing. Both belong to the one
incident of the page that the attacker did. Split out of link.py, which had grown to its limit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsevents.extract.drafts import type_info
from newsevents.extract.stance import Lexicon, fold
from newsevents.model import Article, Claim, Event, Party, Place

if TYPE_CHECKING:
    from spacy.tokens import Span


def claimed_span(article: Article, claim: Claim) -> Span | None:
    """The parsed words of the claim's content (None without a parse or on a misaligned span)."""
    if article.doc is None:
        return None
    return article.doc.char_span(*article.to_nlp(*claim.content_span), alignment_mode="expand")


def tells_act(lex: Lexicon, article: Article, claim: Claim) -> bool:
    """The claimed words tell of an act: an act verb ("bombed", "a frappé") or noun ("strike",
    "attaque") among them (lex.act_verbs, lex.act_nouns)."""
    span = claimed_span(article, claim)
    return span is not None and any(
        (t.pos_ in ("VERB", "AUX") and lex.verb_lemmas.get(fold(t.text), fold(t.lemma_)) in lex.act_verbs)
        or (t.pos_ == "NOUN" and fold(t.lemma_) in lex.act_nouns) for t in span)


def own_act_about(lex: Lexicon | None, article: Article, claim: Claim) -> list[str]:
    """A side's account of its own act ("the Israeli military said it had struck a command
    centre", "l'armée a affirmé avoir éliminé un terroriste") is about the one incident of the
    page that side did, though it names neither its place nor its date: the speaker (or its
    state) is that incident's only actor side, and the claimed words tell an act."""
    speaker = claim.speaker
    if lex is None or speaker is None or not tells_act(lex, article, claim):
        return []
    own = [e.id for e in _done_by(article.events, speaker)]
    if not own:
        own = [e.id for e in _told_here(article, claim)]
    return own if len(own) == 1 else []


def answered_reasons(article: Article) -> list[tuple[Claim, Claim]]:
    """(denial, account) pairs: a denial about no incident by the side the attacker's account
    names ("The military said it had struck a command centre used by Hamas militants ... Hamas
    denied that its fighters were using the school") answers that account. The denial gets the
    account's incident as ``about`` when the page tells one incident by that attacker and the
    denier is none of its actors (link_answers then links the two)."""
    out = []
    for claim in article.claims:
        reason = _answered_reason(article, claim)
        if reason is not None:
            claim.about = list(reason.about)
            out.append((claim, reason))
    return out


def link_answers(article: Article, pairs: list[tuple[Claim, Claim]]) -> None:
    """Each denial contradicts the account it answers, and no claim of the same strike that does
    not name the denier ("the strike killed 15 people, the civil defence said"): the denial is of
    the reason given, not of the strike or its toll."""
    by_id = {c.id: c for c in article.claims}
    for denial, reason in pairs:
        for other_id in list(denial.contradicts):
            other = by_id.get(other_id)
            if other is not None and other is not reason and not _names(article, other, denial.speaker):
                denial.unlink(other)
        for a, b in ((denial, reason), (reason, denial)):
            if b.id not in a.contradicts:
                a.contradicts.append(b.id)


def _answered_reason(article: Article, claim: Claim) -> Claim | None:
    speaker = claim.speaker
    if claim.stance != "deny" or speaker is None or len(claim.about) > 1:
        return None
    for reason in reversed([c for c in article.claims if c.content_span[1] <= claim.content_span[0]]):
        if len(reason.about) != 1 or reason.speaker is None or reason.stance not in ("assert", "justify"):
            continue
        own = _done_by(article.events, reason.speaker)
        if [e.id for e in own] != reason.about or claim.about not in ([], reason.about) \
                or any(_same_side(a, speaker) for a in own[0].actors):
            continue
        if _names(article, reason, speaker):
            return reason
    return None


def _names(article: Article, claim: Claim, party: Party) -> bool:
    """The claim's words mention the party or its state's forces ("militants du Hamas", "des
    forces ukrainiennes" for the Ukrainian army)."""
    s, e = claim.content_span
    return any(isinstance(m.value, Party) and s <= m.span[0] and m.span[1] <= e and _same_side(m.value, party)
               for m in article.mentions)


def _done_by(events: list[Event], side: Party) -> list[Event]:
    """The violent incidents of the page whose every actor is this side (or of its state)."""
    return [e for e in events if e.actors and not e.background and type_info(e.type).get("violent")
            and all(_same_side(a, side) for a in e.actors)]


def _told_here(article: Article, claim: Claim) -> list[Event]:
    """The violent incidents with no actor at a place the claimed act names: a side's retelling of
    its own act ("Le ministère russe de la Défense a affirmé avoir frappé une entreprise
    militaro-industrielle à Dnipro") after the article told the strike there with nobody as its
    doer ("Une frappe de missile a touché mardi une usine de Dnipro") is about that strike -- one
    place and no date shared is too little for link._about, but an act told at the very place
    of the one strike nobody is named for is its account."""
    places = {fold(m.value.name) for m in article.mentions if isinstance(m.value, Place)
              and claim.content_span[0] <= m.span[0] and m.span[1] <= claim.content_span[1]}
    return [e for e in article.events if not e.actors and not e.background and e.location is not None
            and type_info(e.type).get("violent") and fold(e.location.name) in places]


def _same_side(actor: Party, side: Party) -> bool:
    """The actor is the side, by name or as a non-group party of its state."""
    return fold(actor.name).strip() == fold(side.name).strip() or bool(
        side.country and actor.country == side.country and "group" not in (actor.kind, side.kind))
