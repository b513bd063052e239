"""Stage `events`: a battle told in the present of a story already told is a state, not an incident.

Why: "Des combats ont opposé lundi l'armée aux rebelles près de Sake. Les combats se déroulent
désormais aux portes de Goma", "The fighting is now taking place on the outskirts of Goma": the
second sentence tells where the war stands at publication, not an act of its own. Read as one, the
word of the present ("désormais", "actuellement", "now", "currently") or, with none, the publication
day dated it, and it became a new incident at publication (or folded the front line's town into the
dated clash). A fighting noun ("les combats", "clashes": a vague trigger) with no calendar date, no
toll of its own and a violent incident told before it is no incident (precision over volume); a
strike told in the present ("Des missiles frappent actuellement Kiev") is one, of that day. The
words are `present_state_words` of lang/<code>/events.yaml; the present's phrases that read as a
date are `present_refs` of lang/<code>/time.yaml.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsevents.extract.when import is_present_text

if TYPE_CHECKING:
    from newsevents.extract.drafts import Draft
    from newsevents.extract.events import Context

# the clause a noun trigger is told in: the verb it is the subject or object of
ARGUMENT_DEPS = frozenset({"nsubj", "nsubj:pass", "nsubjpass", "obj", "dobj"})
VERB_POS = frozenset({"VERB", "AUX"})


def _verb(root: Token) -> Token | None:
    if root.pos_ in VERB_POS:
        return root
    return root.head if root.dep_ in ARGUMENT_DEPS and root.head.pos_ in VERB_POS else None


def _told_now(ctx: Context, d: Draft) -> bool:
    """Every trigger's verb carries a word of the present ("se déroulent désormais", "is now")."""
    cues = ctx.words("present_state_words")
    verbs = [_verb(t.root) for t in d.triggers]
    return bool(cues) and all(v is not None and any(c.lower_ in cues for c in v.children) for v in verbs)


def present_state(ctx: Context, d: Draft, told: list[Draft]) -> bool:
    """A fighting draft (vague) with no calendar date (none, or only the present's word) nor toll, told in the
    present after a violent incident of an earlier sentence: the war's state at publication."""
    language = ctx.article.language or "fr"
    if not d.violent or not d.vague or d.fatalities is not None or d.injured is not None:
        return False
    if d.date is not None and not d.date.inferred and not is_present_text(language, d.date.text):
        return False
    if not _told_now(ctx, d):
        return False
    return any(o is not d and o.violent and min(o.sents) < d.sent for o in told)


def drop_present_states(ctx: Context, drafts: list[Draft]) -> list[Draft]:
    """The drafts that are incidents: without the present states (present_state)."""
    return [d for d in drafts if not present_state(ctx, d, drafts)]
