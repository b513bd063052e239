"""Whose dead a casualty figure counts: the speaker's own side ("23 of its soldiers were killed",
"nine of their fighters died", "ses soldats"), the attackers ("les forces ont tué les quatre
assaillants", "the four gunmen were killed") or the incident's victims (every other count).

Why: two figures exclude each other only when they count one group. Two sides counting each
their own losses of one clash, or a security minister counting the attackers killed against the
authorities' toll of the victims, give two figures of two groups, no dispute (claim_tolls
compares figures unit by unit, so a figure of another group gets a unit of its own). And two
sides telling each only their own losses tell no two versions of one incident either
(unlink_own_losses). The words are the language's ``toll_own_marks`` (possessives of the
speaker's side) and ``toll_attacker_nouns`` (claims.yaml), read on the count's own words (the
number stage's Quantity mention), so a possessive elsewhere in the claim does not count.
"""

from __future__ import annotations

from newsevents.extract.claim_tolls import UNITS, Figure
from newsevents.extract.stance import fold, folded_words
from newsevents.model import Article, Claim, Party, Quantity
from newsevents.parties.countries import all_demonyms

OWN = "own"
ATTACKERS = "attackers"


def _inside(span: tuple[int, int], outer: tuple[int, int]) -> bool:
    return outer[0] <= span[0] and span[1] <= outer[1]


def count_group(language: str, words: str) -> str | None:
    """The group a count's words name: OWN (a possessive of the speaker's side), ATTACKERS (an
    attacker noun), "own:<ISO2>" (a country's combatants by its demonym: "58 Pakistani soldiers",
    "58 soldats pakistanais", the losses of that side whoever counts them), or None (the victims,
    or unknown)."""
    tokens = {fold(w) for w in words.replace("'", " ").replace("\u2019", " ").split()}
    if tokens & folded_words(language, "claims", "toll_own_marks"):
        return OWN
    if tokens & folded_words(language, "claims", "toll_attacker_nouns"):
        return ATTACKERS
    if tokens & folded_words(language, "claims", "toll_combatant_nouns"):
        demonyms = all_demonyms(language)
        countries = {demonyms[t] for t in tokens if t in demonyms}
        if len(countries) == 1:
            return f"{OWN}:{countries.pop()}"
    return None


def _groups(article: Article, spans: list[tuple[int, int]]) -> dict[str, set[str | None]]:
    """Unit -> the groups of the counts of that unit inside the claimed words."""
    out: dict[str, set[str | None]] = {}
    for m in article.mentions:
        if isinstance(m.value, Quantity) and m.value.unit in UNITS and any(_inside(m.span, s) for s in spans):
            out.setdefault(m.value.unit, set()).add(count_group(article.language or "", m.text))
    return out


def side(party: Party) -> str:
    """The side a speaker speaks for: its country, else its name."""
    return party.country or fold(party.name)


def grouped_tolls(article: Article, claim: Claim, spans: list[tuple[int, int]],
                  tolls: dict[str, Figure]) -> dict[str, Figure]:
    """The claim's figures (claim_tolls) keyed by unit and group: "killed" for the victims,
    "killed/attackers", "killed/own:<side>" (the side of the speaker: one side's two speakers
    counting its losses count one group)."""
    if not tolls or not article.language:
        return tolls
    groups = _groups(article, spans)
    out: dict[str, Figure] = {}
    for unit, figure in tolls.items():
        found = groups.get(unit, set())
        group = found.pop() if len(found) == 1 else None
        key = unit if group is None else f"{unit}/{group}"
        out[f"{key}:{side(claim.speaker)}" if group == OWN else key] = figure
    return out


def own_losses_only(claim: Claim, tolls: dict[str, Figure]) -> bool:
    """Every figure of the claim counts its speaker's side's own losses."""
    return bool(tolls) and all(unit.endswith(f"/{OWN}:{side(claim.speaker)}") for unit in tolls)


def unlink_own_losses(article: Article, tolls: dict[str, dict[str, Figure]]) -> None:
    """Drop the links between two assertions of two sides each counting only its own losses
    ("Pakistan said 23 of its soldiers were killed" / "the Taliban said nine of their fighters
    died"): two groups counted, no two versions of the clash."""
    by_id = {c.id: c for c in article.claims}
    for claim in article.claims:
        if claim.stance != "assert" or not own_losses_only(claim, tolls.get(claim.id, {})):
            continue
        for other_id in list(claim.contradicts):
            other = by_id.get(other_id)
            if other is None or other.stance != "assert" or side(other.speaker) == side(claim.speaker) \
                    or not own_losses_only(other, tolls.get(other_id, {})):
                continue
            claim.unlink(other)
