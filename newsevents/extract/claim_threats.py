"""Threats and vows are no version of the facts: "Tehran's response would be harsh", "la riposte
sera sévère", "the aggression will not go unanswered".

Why apart from link.py: the contradiction rules read two sides' words about one matter as two
versions when each names the other's side; a side promising a response names the other side too,
but tells nothing of what happened, so nothing it says can contradict an account of it. Read
once, after the links are made (link.run), on the claimed words: a word of the language's
``threat_words`` (a response, retaliation, revenge) in words set in the future or the conditional,
or introduced by a verb of warning (``threat_cues``).
"""

from __future__ import annotations

from newsevents.extract.claim_acts import claimed_span
from newsevents.extract.stance import Lexicon, fold
from newsevents.lang import section_words
from newsevents.model import Article, Claim

# Morphology of words set ahead of the facts: the future, the conditional
_AHEAD = (("Tense", "Fut"), ("Mood", "Cnd"))
# the English modals that make the future or the conditional ("will", "would")
_AHEAD_TAGS = ("MD",)
# the English tags of a verb in the past (a fact told, not promised)
_PAST_TAGS = ("VBD", "VBN")


def threatens(lex: Lexicon, article: Article, claim: Claim) -> bool:
    """The claimed words promise a response: a ``threat_words`` word, and a verb set ahead."""
    span = claimed_span(article, claim)
    if span is None or not lex.threat_words:
        return False
    named = any(fold(t.lemma_) in lex.threat_words or fold(t.text) in lex.threat_words for t in span)
    ahead = any(t.tag_ in _AHEAD_TAGS or any(v in t.morph.get(f) for f, v in _AHEAD) for t in span)
    return named and (ahead or _warned(article, claim))


def _warned(article: Article, claim: Claim) -> bool:
    """The claim's cue is a verb of warning (``threat_cues``: "warned", "a averti", "vowed"): what
    it introduces is ahead of the facts whatever tense the parser reads ("riposterait" read as an
    imperfect)."""
    cues = section_words(article.language, "claims", "threat_cues") if article.language else frozenset()
    if not cues or claim.cue is None or article.doc is None:
        return False
    span = article.doc.char_span(*article.to_nlp(*claim.cue), alignment_mode="expand")
    return span is not None and any(t.lemma_.lower() in cues for t in span)


def unlink_threats(lex: Lexicon | None, article: Article) -> None:
    """Drop the contradiction links between a threat and another side's account (both ways): a
    threat answers no version; a denial of the threat itself keeps its link, one whose words name
    a response ("Islamabad denied it would retaliate"), or one against a threat that also tells
    a fact ("l'Iran a enfreint le cessez-le-feu et devra en payer le prix": the accusation is
    denied). A denial of the facts ("the military denied that any camps had been hit") answers the
    accounts of the act, not a bare warning."""
    if lex is None:
        return
    by_id = {c.id: c for c in article.claims}
    for claim in article.claims:
        if claim.stance != "assert" or not claim.contradicts or not threatens(lex, article, claim):
            continue
        for other_id in list(claim.contradicts):
            other = by_id.get(other_id)
            if other is None or (other.stance == "deny" and (
                    _names_threat(lex, article, other) or _tells_past(article, claim))):
                continue
            claim.unlink(other)


def _names_threat(lex: Lexicon, article: Article, claim: Claim) -> bool:
    """The claimed words name a response (a ``threat_words`` word): what a threat promises."""
    span = claimed_span(article, claim)
    return span is None or any(fold(t.lemma_) in lex.threat_words or fold(t.text) in lex.threat_words
                               for t in span)


def _tells_past(article: Article, claim: Claim) -> bool:
    """The claimed words hold a verb in the past ("a enfreint", "has violated"): a fact told beside
    the threat."""
    span = claimed_span(article, claim)
    return span is None or any(
        t.pos_ in ("VERB", "AUX") and (t.tag_ in _PAST_TAGS or "Past" in t.morph.get("Tense")) for t in span)
