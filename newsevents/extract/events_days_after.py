"""Stage `events`: "<N> days after <incident>" dates the incident N days before the day of what
came after it: the day its sentence states first ("The Kremlin said on Monday ..., two days after an
apartment complex was hit"), else, when the sentence names again an act told before ("Cette
convocation intervient trois jours après l'attaque d'un poste militaire à Djibo", "The summons came
three days after ..."), that act's day.

Why a module of its own: events_dates.py, which dates the drafts, is at its size limit.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from newsevents.extract.arguments import Ref
from newsevents.extract.triggers import SUBJECT_DEPS
from newsevents.model import Mention, When

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsevents.extract.drafts import Draft
    from newsevents.extract.events import Context


def days_after(ctx: Context, drafts: list[Draft]) -> None:
    """"The Kremlin said on Monday ..., two days after an apartment complex was hit": the incident
    told after "<N> days after" is N days before the day its sentence states first. The number
    words, day nouns and the word "after" are language data (`days_after` in events.yaml)."""
    data = ctx.lex.data.get("days_after") or {}
    numbers = {str(k).lower(): int(v) for k, v in (data.get("numbers") or {}).items()}
    units, afters = ctx.words("days_after_units"), ctx.words("days_after_words")
    if not numbers or not units or not afters:
        return
    for d in drafts:
        lo = ctx.bounds[d.sent][0]
        trig = d.first.span.start
        for i in range(lo, max(lo, trig - 2)):
            words = ctx.doc[i:i + 3]
            if len(words) < 3 or words[1].lemma_.lower() not in units or words[2].lower_ not in afters:
                continue
            if any(r.start >= i for r in d.dates):
                break  # the act states a day of its own after the phrase
            # a day stated before the phrase is its sentence's other act's ("Rescuers were still
            # searching on Friday, three days after a missile struck the ferry"): not the act's
            n = numbers.get(words[0].lower_) or (int(words[0].text) if words[0].text.isdigit() else None)
            # the first day the sentence states (a dateline's day, inferred, is the filing's), else
            # the day of the act its subject names again ("Cette convocation intervient trois jours
            # après l'attaque": the summons told before)
            anchor = next((r.value for r in ctx.refs.get("time", []) if r.sent == d.sent and r.end <= i
                           and isinstance(r.value, When) and r.value.start == r.value.end
                           and not r.value.inferred), None) or _resumed_day(ctx, drafts, d, words[2])
            if n is None or anchor is None:
                continue
            day = anchor.start - timedelta(days=n)
            original = ctx.original(words)
            value = When(day, day, "day", None, ctx.article.text[original[0]:original[1]], False, original)
            d.dates = [Ref(Mention("time", original, value.text or "", value, d.sent), i, i + 3, d.sent)]
            break


def _resumed_day(ctx: Context, drafts: list[Draft], d: Draft, after: Token) -> When | None:
    """The day of the act the sentence's subject names again: the clause "after" hangs on has a
    definite or demonstrative common noun for subject that is no party ("The summons came three
    days after", "Cette convocation intervient trois jours après"; not "The army launched ... three
    days after"), and the latest draft of an earlier sentence is dated to one day by words of its
    own: that day."""
    from newsevents.extract.events_dates import pick_date

    verb = after.head if after.dep_ != "case" else after.head.head  # "après l'attaque" hangs on the noun
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or subject.pos_ != "NOUN" or not any(_definite(c) for c in subject.children):
        return None
    if any(r.start <= subject.i < r.end for r in ctx.refs.get("party", [])):
        return None
    for p in sorted((p for p in drafts if p.sent < d.sent and p.dates), key=lambda x: x.sent, reverse=True):
        when = pick_date(p.dates)
        if when is not None and not when.inferred and when.start == when.end:
            return when
        return None
    return None


def _definite(det: Token) -> bool:
    return det.dep_ == "det" and ("Def" in det.morph.get("Definite") or "Dem" in det.morph.get("PronType"))
