"""Stage `events`, step 3 (see extract/events_dates.py): dates told of the act another answers.

Why a module of its own: the words of a response ("in response to", "en riposte à", the events
stage's `response_heads`) name another act than the one that answers; a date in them dates the
act answered. Two readings: a date right after a noun of response completing a copula ("the attack
was retaliation for an air strike on April 1") goes to the answered act's draft (`answered_act`);
a date the parse hangs below a noun of response on its way up to the answering trigger ("its
forces had targeted radars, in response to attempts to fire missiles on Wednesday night") is not
the answering act's (`under_response`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsevents.extract.arguments import Ref
from newsevents.extract.drafts import Draft
from newsevents.extract.events_dates_climb import verb_above
from newsevents.extract.triggers import SUBJECT_DEPS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsevents.extract.events import Context

# words allowed between a reporting verb and the date of the statement ("said late on Monday")
STATEMENT_DATE_GLUE = frozenset({"ADP", "DET", "ADV"})
# links from a date up to the trigger it would date ("on Wednesday night" -> fire -> attempts -> to
# -> response -> in -> targeted)
RESPONSE_CLIMB = 8


def under_response(ctx: Context, ref: Ref, trigger: Token) -> bool:
    """A noun of response (`response_heads`) on the way up from the date to the trigger it would
    date: the date is the answered act's, told in the response's words."""
    heads = ctx.words("response_heads")
    tok = ref.tokens(ctx.doc).root
    for _ in range(RESPONSE_CLIMB):
        if tok.head.i == tok.i or tok.head.i == trigger.i:
            return False
        tok = tok.head
        if tok.pos_ == "NOUN" and (tok.lemma_.lower() in heads or tok.lower_ in heads):
            return True
    return False


def answered_act(ctx: Context, drafts: list[Draft], ref: Ref) -> int | None:
    """A date right after the words of an act named through a noun of response that completes a
    verb ("the attack was retaliation for an air strike on its consulate on April 1"; the parser
    hangs "on April 1" on "was"): the answered act's date. A copula tells no act of its own, and
    the answering act (its subject) is dated elsewhere; the words continue the answered act's."""
    heads = ctx.words("response_heads")
    verb = verb_above(ctx, ref)
    if verb is None:
        return None
    if any(t.root.i == verb.i for d in drafts for t in d.triggers):
        return None  # the verb is an act of its own ("launched strikes in retaliation for ...")
    for noun in verb.children:
        if noun.dep_ in SUBJECT_DEPS or not (noun.lemma_.lower() in heads or noun.lower_ in heads):
            continue
        gap = ctx.doc[noun.right_edge.i + 1:ref.start]
        if ref.start <= noun.right_edge.i or any(t.pos_ not in STATEMENT_DATE_GLUE for t in gap):
            continue
        found = next((n for n, d in enumerate(drafts) if d.sent == ref.sent and d.cause and any(
            noun in t.root.ancestors and t.span.end <= ref.start for t in d.triggers)), None)
        if found is not None:
            return found
    return None
