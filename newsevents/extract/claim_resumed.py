"""A denial of "the report", "ces informations", "these claims": the account it resumes.

Why apart from link.py: such a denial names no place, weapon or date of its own, so link._about
ties it to no incident, and link._answers then set it against every assertion about any incident
of the page, accounts told after it included ("the prime minister said the treaty could be
signed": the treaty became disputed). Its words resume the account told just before it by another speaker
(a definite or demonstrative report noun, lex.accusation_nouns, opening its words): the denial
answers that account, not the accounts of other incidents told after it.
"""

from __future__ import annotations

from newsevents.extract.claim_acts import claimed_span
from newsevents.extract.stance import Lexicon, fold
from newsevents.extract.status import TELLING as _TELLING
from newsevents.model import Article, Claim

# Stances of a claim that resumes another's account to answer it, and of the accounts it resumes.
_ANSWERING = frozenset({"deny", "retract"})
# Determiners of a noun that resumes a thing told before ("the", "ces"), by their morphology.
_RESUMING = (("Definite", "Def"), ("PronType", "Dem"))
# Dependents of the report noun that tell its own matter ("reports that ...", "les informations
# selon lesquelles ...", "the report of an attack"): then it resumes nothing.
_OWN_MATTER = ("acl", "acl:relcl", "relcl", "nmod", "prep")


def unlink_later_accounts(lex: Lexicon | None, article: Article) -> None:
    """Drop the links between each denial of a resumed report with no incident of its own and the
    claims told after it about other incidents than the account it resumes (the last telling
    claim before it by another speaker): it answers that account, not what comes next. Its link
    to the account and to claims about the same incident stay as link_contradictions made them."""
    if lex is None:
        return
    by_id = {c.id: c for c in article.claims}
    for claim in article.claims:
        if claim.about or claim.stance not in _ANSWERING or claim.speaker is None \
                or not _resumes_report(lex, article, claim):
            continue
        told = _account_before(article.claims, claim)
        if told is None:
            continue
        for other_id in list(claim.contradicts):
            other = by_id.get(other_id)
            if other is None or other.content_span[0] < claim.content_span[1] or not other.about \
                    or set(other.about) & set(told.about):
                continue
            claim.unlink(other)


def _resumes_report(lex: Lexicon, article: Article, claim: Claim) -> bool:
    """The claim's words open on a report noun with a definite or demonstrative determiner ("the
    report", "ces informations"), not on one saying whose it is or what it says ("reports that
    ...", "les informations selon lesquelles ...": those name their own matter)."""
    span = claimed_span(article, claim)
    if span is None:
        return False
    noun = next((t for t in span if not t.is_punct and t.pos_ != "DET"), None)
    if noun is None or noun.pos_ != "NOUN" or fold(noun.lemma_) not in lex.accusation_nouns:
        return False
    dets = [c for c in noun.children if c.dep_ == "det" and c.i < noun.i]
    if not any(v in d.morph.get(k) for d in dets for k, v in _RESUMING):
        return False
    return not any(c.i > noun.i and c.dep_ in _OWN_MATTER for c in noun.children)


def _account_before(claims: list[Claim], denial: Claim) -> Claim | None:
    """The last claim told before the denial by another speaker that tells what happened."""
    before = [c for c in claims if c.content_span[1] <= denial.content_span[0] and c.speaker is not None
              and c.stance in _TELLING and fold(c.speaker.name) != fold(denial.speaker.name)]
    last = max(before, key=lambda c: c.content_span[1], default=None)
    return last if last is not None and last.about else None
