"""A denial of one's own part ("the Kremlin denied any involvement", "Téhéran dément toute
implication") answers only the words that name the denier as the doer.

Why apart from link.py: the contradiction rules let a denial naming no incident answer another
side's assertions about the article's incidents (link.link_contradictions, ``_answers``). A denial
of involvement does not deny that the incident happened: it denies the speaker did it, so a witness
or a monitor telling the blast with no doer ("its team heard an explosion at around 2 a.m.", says
the IAEA) asserts nothing it rejects. Read once, after the links are made (link.run): a denial
whose claimed words are headed by a word of the language's ``involvement_words`` ("involvement",
"role", "responsibility", "involved"; "implication", "rôle", "impliqué") keeps its links only with
claims whose words name the denier or its side (as the doer: link._agents, the "claim id:country"
entries of ``acts``; or at all: "a drone strike by the RSF", "accused Moscow of the attack"), or
are told by another country's side (the struck side's account accuses by itself).
"""

from __future__ import annotations

from newsevents.extract.claim_acts import claimed_span
from newsevents.extract.stance import fold, folded_words
from newsevents.extract.status import norm
from newsevents.model import Article, Claim, Party


def denies_involvement(article: Article, claim: Claim) -> bool:
    """The claim denies the speaker's own part: its claimed words are headed by an
    ``involvement_words`` word ("any involvement", "toute implication", "was not involved")."""
    if claim.stance != "deny" or not article.language:
        return False
    words = folded_words(article.language, "claims", "involvement_words")
    span = claimed_span(article, claim)
    if span is None or not words:
        return False
    root = span.root
    return fold(root.lemma_) in words or fold(root.text) in words


def _names_denier(article: Article, denier: Party, other: Claim, agents: dict[str, set[str]],
                  acts: set[str]) -> bool:
    """The other claim's words name the denier (or a doer of its country) as the doer, or its
    speaker is another country's side (the struck side's account, "a drone hit a hospital, say
    Ukrainian officials", accuses by itself), or they name the denier or its country at all ("a
    drone strike by the RSF", "Kyiv accused Moscow of the attack"). A speaker of no country (a
    monitor, a UN agency, a witness) telling the act with no word of the denier accuses nobody."""
    if norm(denier.name) in agents.get(other.id, set()):
        return True
    if other.speaker.country is not None and other.speaker.country != denier.country:
        return True  # the other side's account of the act it suffered accuses by itself
    if denier.country is not None and f"{other.id}:{denier.country}" in acts:
        return True
    start, end = other.content_span
    return any(isinstance(m.value, Party) and start <= m.span[0] and m.span[1] <= end
               and (norm(m.value.name) == norm(denier.name)
                    or (denier.country is not None and m.value.country == denier.country))
               for m in article.mentions)


def unlink_uninvolved(article: Article, agents: dict[str, set[str]], acts: set[str]) -> None:
    """Drop the links (both ways) between a denial of involvement and the claims that do not name
    the denier as the doer ("a drone hit the plant's roof", says the monitor)."""
    by_id = {c.id: c for c in article.claims}
    for claim in article.claims:
        if not claim.contradicts or not denies_involvement(article, claim):
            continue
        for other_id in list(claim.contradicts):
            other = by_id.get(other_id)
            if other is None or _names_denier(article, claim.speaker, other, agents, acts):
                continue
            claim.unlink(other)
