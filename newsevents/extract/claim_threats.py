"""Threats and vows are no version of the facts: "Tehran's response would be harsh", "la riposte
sera sévère", "the aggression will not go unanswered".

Why apart from link.py: the contradiction rules read two sides' words about one matter as two
versions when each names the other's side; a side promising a response names the other side too,
but tells nothing of what happened, so nothing it says can contradict an account of it. Read
once, after the links are made (link.run), on the claimed words: a word of the language's
``threat_words`` (a response, retaliation, revenge) in words set in the future or the conditional.
"""

from __future__ import annotations

from newsevents.extract.claim_acts import claimed_span
from newsevents.extract.stance import Lexicon, fold
from newsevents.model import Article, Claim

# Morphology of words set ahead of the facts: the future, the conditional
_AHEAD = (("Tense", "Fut"), ("Mood", "Cnd"))
# the English modals that make the future or the conditional ("will", "would")
_AHEAD_TAGS = ("MD",)


def threatens(lex: Lexicon, article: Article, claim: Claim) -> bool:
    """The claimed words promise a response: a ``threat_words`` word, and a verb set ahead."""
    span = claimed_span(article, claim)
    if span is None or not lex.threat_words:
        return False
    named = any(fold(t.lemma_) in lex.threat_words or fold(t.text) in lex.threat_words for t in span)
    ahead = any(t.tag_ in _AHEAD_TAGS or any(v in t.morph.get(f) for f, v in _AHEAD) for t in span)
    return named and ahead


def unlink_threats(lex: Lexicon | None, article: Article) -> None:
    """Drop the contradiction links between a threat and another side's account (both ways): a
    threat answers no version; a denial of the threat itself keeps its link."""
    if lex is None:
        return
    by_id = {c.id: c for c in article.claims}
    for claim in article.claims:
        if claim.stance != "assert" or not claim.contradicts or not threatens(lex, article, claim):
            continue
        for other_id in list(claim.contradicts):
            other = by_id.get(other_id)
            if other is None or other.stance == "deny":
                continue
            claim.contradicts.remove(other_id)
            if claim.id in other.contradicts:
                other.contradicts.remove(claim.id)
