"""Stage `link`: a demand to stop acts is about the incidents of those acts the page tells.

"Thai jets bombed two villages on Monday ... Cambodia urged Thailand to stop the air strikes": the
demand names the acts it wants stopped (events stage: halts.halt_demanded, no incident of their own)
by their doer, not by their place or day, so neither the words inside the claim nor the shared
place and date link it. Its `about` is the page's violent incidents one of whose actors the demand
names ("Thailand", "Israël"), the doer asked to stop.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsevents.extract.claim_acts import claimed_span
from newsevents.extract.drafts import is_violent
from newsevents.extract.stance import fold
from newsevents.extract.status import inside, norm
from newsevents.model import Party

if TYPE_CHECKING:
    from newsevents.extract.stance import Lexicon
    from newsevents.model import Article, Claim


def halted_about(lex: Lexicon | None, article: Article, claim: Claim) -> list[str]:
    """The violent incidents by a doer the demand asks to stop (empty when it names no halt)."""
    if lex is None or claim.stance != "demand" or not lex.halt_words:
        return []
    span = claimed_span(article, claim)
    if span is None or not any(fold(t.lemma_) in lex.halt_words or fold(t.text) in lex.halt_words
                               for t in span):
        return []
    named = {norm(m.value.name) for m in article.mentions if isinstance(m.value, Party)
             and inside(m.span, claim.content_span) and norm(m.value.name) != norm(claim.speaker.name)}
    countries = {m.value.country for m in article.mentions if isinstance(m.value, Party) and m.value.country
                 and inside(m.span, claim.content_span) and m.value.country != claim.speaker.country}
    return sorted(e.id for e in article.events if is_violent(e.type) and any(
        norm(a.name) in named or (a.country and a.country in countries) for a in e.actors))
