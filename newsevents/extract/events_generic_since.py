"""Stage `events`: an act counted from a date more than a month before the report is a campaign.

"Depuis le début de l'année, les attaques de drones ont tué plus de 300 civils dans le
Darfour-Nord", "Since July 2024, Russian drone attacks have killed 150 civilians in Kherson": the
act is told as a tally over months, and the count is the campaign's, not one incident's. The
qualifiers already read a year, a month's name or a span noun after "since"
(qualifiers.campaign); a landmark the time stage dates ("le début de l'année", "the start of the
year", "août 2023") read the same way was an incident dated the day of the report, the tally as
its toll. "Since Monday" (days) may still tell one wave, and "the deadliest attack since 2019"
ranks one incident (the landmark hangs from the noun, not from the act's verb).

Why a module of its own: qualifiers.py and events.py are at their size limits.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsevents.extract.drafts import is_violent
from newsevents.extract.events_tallies import TALLY_DAYS
from newsevents.extract.triggers import SUBJECT_DEPS, Trigger

if TYPE_CHECKING:
    from newsevents.extract.events import Context


def counted_since(ctx: Context, trig: Trigger, type_: str) -> bool:
    """A violent act (an arrest "détenu depuis mars 2023" is dated by the landmark, a state since
    then) whose trigger's verb (the verb an act noun is the subject of: "les attaques ont tué", or the
    act's own verb: "ont été tués") has a phrase opened by a word of `since_words` holding a date
    the time stage read, which starts more than TALLY_DAYS before the publication (or, with no
    publication known, is no single day)."""
    since = ctx.words("since_words")
    root = trig.root
    verb = root.head if root.dep_ in SUBJECT_DEPS else root
    if not since or verb.pos_ not in ("VERB", "AUX") or not is_violent(type_):
        return False
    pub = ctx.article.published.date if ctx.article.published else None
    for phrase in _since_phrases(verb, since):
        lo, hi = phrase.left_edge.i, phrase.right_edge.i + 1
        for ref in ctx.refs.get("time", []):
            if not lo <= ref.start < hi:
                continue
            start, end = ref.value.start, ref.value.end
            if (pub is None and start != end) or (pub is not None and (pub - start).days > TALLY_DAYS):
                return True
    return False


def _since_phrases(verb: Token, since: frozenset[str]) -> list[Token]:
    """The verb's phrases after a word of `since_words`: English hangs the noun below its
    preposition ("since July"), French the preposition below the noun ("depuis le début")."""
    out: list[Token] = []
    for child in verb.children:
        if child.lower_ in since:
            out += [c for c in child.children if c.dep_ in ("pobj", "obj", "nmod", "obl")]
        elif any(c.dep_ == "case" and c.lower_ in since for c in child.children):
            out.append(child)
    return out
