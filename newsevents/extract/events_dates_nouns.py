"""A date in a clause that tells of another incident's noun: "the truce agreed in November 2024",
"le cessez-le-feu » conclu en novembre 2024", "the ceasefire that took effect on November 27".

Why: such a clause, a participle or a relative clause on the noun of another act (a truce, an
accord), dates that act; read by the parse alone, the French participle often hangs from the verb
above ("une attaque qui « viole le cessez-le-feu » conclu en novembre 2024": "conclu" under "qui"),
and the date went to the attack the sentence tells, made a background act of November 2024.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsevents.extract import arguments as args
from newsevents.extract.arguments import Ref
from newsevents.extract.events_dates_climb import verb_above
from newsevents.extract.triggers import SUBJECT_DEPS
from newsevents.model import When

if TYPE_CHECKING:
    from newsevents.extract.drafts import Context, Draft

RELATIVE_DEPS = frozenset({"relcl", "acl:relcl", "acl"})


def noun_clause_owner(ctx: Context, drafts: list[Draft], ref: Ref) -> int | None:
    """The draft whose trigger noun the date's clause describes, when that clause is a participle
    right after the noun (no subject of its own) or a relative clause hung from it; else None."""
    verb = verb_above(ctx, ref)
    if verb is None or verb.i in ctx.cue_tokens:
        return None
    nouns = {trig.root.i: n for n, d in enumerate(drafts) if d.sent == ref.sent for trig in d.triggers
             if trig.root.pos_ in ("NOUN", "PROPN")}
    if verb.dep_ in RELATIVE_DEPS and verb.head.i in nouns and verb.head.i < verb.i:
        return nouns[verb.head.i]
    if any(c.dep_ in SUBJECT_DEPS for c in verb.children) or not _participle(verb):
        return None
    noun = _left_word(verb, ctx.bounds[ref.sent][0])
    return nouns.get(noun.i) if noun is not None else None


def _participle(verb: Token) -> bool:
    """A past participle, or an English past form with no subject (the parser's "agreed" VBD)."""
    return "Part" in verb.morph.get("VerbForm") or verb.tag_ in ("VBN", "VBD")


def _left_word(verb: Token, lo: int) -> Token | None:
    """The word before the verb, past punctuation and quotes."""
    i = verb.i - 1
    while i >= lo and verb.doc[i].is_punct:
        i -= 1
    return verb.doc[i] if i >= lo else None


# tokens from a reporting verb to the day that dates it ("a affirmé dimanche", "said on Sunday")
SPEECH_DAY_WINDOW = 3


def speech_day(ctx: Context, d: Draft) -> When | None:
    """The day of the statement an undated act is told in ("L'armée a affirmé dimanche avoir tué X
    lors d'une frappe", "the army said on Sunday it had killed X in a strike"): the act happened by
    then, and a statement of the news days dates it as the claim's date does (_statement_date of
    events_dates), when the claims stage left that claim undated."""
    from newsevents.extract.events_dates import STATEMENT_NEWS_DAYS  # it imports this module

    article = ctx.article
    if article.published is None or not d.violent or all(t.spec.breach for t in d.triggers):
        return None  # a truce's breach one side accuses the other of is its words (events_breach)
    for trig in d.triggers:
        sent = ctx.sent_of[trig.span.start]  # a merged draft's triggers tell several sentences
        lo, hi = ctx.bounds[sent]
        t = trig.root
        for _ in range(2 * args.MAX_CLIMB):
            if t.i in ctx.cue_tokens or t.head.i == t.i or not lo <= t.head.i < hi:
                break
            t = t.head
        if t.i not in ctx.cue_tokens:
            continue
        for ref in ctx.refs.get("time", []):
            v = ref.value
            if ref.sent != sent or not isinstance(v, When) or v.inferred or v.precision != "day":
                continue
            # right after the reporting verb, before the act's words, whatever the parse hangs it
            # from ("said on Sunday it had killed": the English parse hangs it from "killed")
            if 0 < ref.start - t.i <= SPEECH_DAY_WINDOW and ref.end <= trig.span.start \
                    and 0 <= (article.published.date - v.end).days <= STATEMENT_NEWS_DAYS:
                return replace(v, span=None)
    return None
