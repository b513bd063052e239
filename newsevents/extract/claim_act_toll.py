"""An act and its toll told by the two sides of one strike: the attacker's "avoir mené des frappes
contre des installations militaires" and the struck side's "45 morts dans les frappes
israéliennes". The attacker tells the strike, the struck side what it cost: they agree, and the
toll adds what the act left out. No two versions (link.py's
two-sides rule would read them as such); a toll of civilians against an act on military targets
still is one (victims differ, stance.victim_kind), and so are two tolls that clash.

Why a module of its own: link.py is at its size limit."""

from __future__ import annotations

from typing import Any

from newsevents.extract.stance import Lexicon, victim_kind
from newsevents.model import Article, Claim


def unlink_act_and_toll(lex: Lexicon | None, article: Article, tolls: dict[str, Any], acts: set[str]) -> None:
    """Drop the links between an assertion telling an act with no toll and another side's
    assertion of a toll of no stated victim kind (``acts``: the claims whose words tell an act,
    claim_acts.tells_act; the toll's own "dans les frappes israéliennes" is the act told)."""
    if lex is None:
        return
    by_id = {c.id: c for c in article.claims}
    for toll in article.claims:
        if not _toll_only(lex, toll, tolls):
            continue
        for other_id in list(toll.contradicts):
            act = by_id.get(other_id)
            if act is None or act.stance != "assert" or tolls.get(act.id) or act.id not in acts:
                continue
            toll.contradicts.remove(act.id)
            if toll.id in act.contradicts:
                act.contradicts.remove(toll.id)


def _toll_only(lex: Lexicon, claim: Claim, tolls: dict[str, Any]) -> bool:
    """An assertion stating a toll whose words do not say who the dead were."""
    return claim.stance == "assert" and bool(tolls.get(claim.id)) and victim_kind(lex, claim.content) is None
