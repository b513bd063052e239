"""Dates of statements that give none: the date of the same speaker's statement just before.

Why: a wire story dates a speaker's first statement ("X said on Monday that A") and not the quotes
that follow on the same occasion ("'B,' X said"); an analyst dates both. A reporting clause that
moves the time ("later", "plus tard": lex.time_shifts) breaks the chain.
"""

from __future__ import annotations

from typing import Any

from newsevents.extract.stance import Lexicon, fold
from newsevents.model import Article, Claim

# A statement with no date inherits the date of the same speaker's dated statement at most this
# many sentences before (a quote on the same occasion). Three: a wire story follows a dated lede
# with at most two sentences of context before the next quote; further back is another passage.
DATE_INHERIT_SENTENCES = 3


def inherit_dates(article: Article, lex: Lexicon, claims: list[Claim]) -> None:
    """A statement with no date of its own, by the speaker of a dated statement a few sentences
    before, was made on the same occasion ("X said on Monday that A. [...] 'B,' X said."),
    unless its reporting clause moves the time ("later", "plus tard")."""
    last: dict[str, Claim] = {}
    sents = list(article.doc.sents)
    for claim in sorted(claims, key=lambda c: c.cue[0] if c.cue else c.content_span[0]):
        prior = last.get(claim.speaker.name)
        if claim.date is None and prior is not None and prior.date is not None \
                and 0 <= claim.sentence - prior.sentence <= DATE_INHERIT_SENTENCES \
                and not _moves_time(article, lex, claim, sents):
            claim.date = prior.date
        last[claim.speaker.name] = claim


def _moves_time(article: Article, lex: Lexicon, claim: Claim, sents: list[Any]) -> bool:
    """The reporting clause (the sentence outside the claimed words) says the statement came at
    another time."""
    if claim.sentence < 0 or not lex.time_shifts:
        return False
    sent = sents[claim.sentence]
    start, end = article.to_original(sent.start_char, sent.end_char)
    cs, ce = claim.content_span
    clause = article.text[start:max(start, min(cs, end))] + " " + article.text[min(max(ce, start), end):end]
    words = " " + " ".join(fold(clause).replace(",", " ").split()) + " "
    return any(f" {cue} " in words for cue in lex.time_shifts)
