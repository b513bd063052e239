"""Stage `events`: "<N> days after <incident>" dates the incident N days before the day of what
came after it: the day its sentence states first ("The Kremlin said on Monday ..., two days after an
apartment complex was hit"), else, when the sentence names again an act told before ("Cette
convocation intervient trois jours après l'attaque d'un poste militaire à Djibo", "The summons came
three days after ..."), that act's day, else, told in the present ("Ces accusations interviennent
quelques semaines après que les deux pays ont finalisé un accord"), the day of publication.

Weeks and months count too, and so do vague counts ("a few weeks after", "plusieurs jours après"):
a count of weeks or months is rounded by the press ("two weeks after" an attack 15 days before),
and a vague one names no number, so the recalled act takes an interval, not a day (`days_after`
in lang/<code>/events.yaml: the units' lengths, the vague counts' least and most).

Why a module of its own: events_dates.py, which dates the drafts, is at its size limit.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, Any

from newsevents.extract.arguments import Ref
from newsevents.extract.triggers import SUBJECT_DEPS
from newsevents.model import Mention, When
from newsevents.settings import WEEK_DAYS

# dependencies opening a clause of its own under the recalled act
NESTED_CLAUSE_DEPS = frozenset({"advcl", "ccomp", "parataxis", "conj", "acl:relcl", "relcl", "xcomp"})

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
    vague = {str(k).lower(): (int(v[0]), int(v[1])) for k, v in (data.get("vague") or {}).items()}
    lengths = {str(k).lower(): int(v) for k, v in (data.get("unit_days") or {}).items()}
    units, afters = ctx.words("days_after_units"), ctx.words("days_after_words")
    if not numbers or not units or not afters:
        return
    bare = data.get("bare")
    for d in drafts:
        lo = ctx.bounds[d.sent][0]
        trig = d.first.span.start
        for i in range(lo, max(lo, trig - 1)):
            words = ctx.doc[i:i + 3]
            if bare and _bare_plural(ctx.doc, i, units, afters):
                words = ctx.doc[i - 1:i + 2]  # "came days after": a count of none, [least, most] of `bare`
            elif len(words) < 3 or words[1].lemma_.lower() not in units or words[2].lower_ not in afters \
                    or i >= trig - 2:
                continue
            if any(r.start >= i for r in d.dates):
                break  # the act states a day of its own after the phrase
            if not _in_scope(words[2], d.first.root):
                continue  # an act of a clause after the recalled one ("..., while Pakistan said it had")
            # a day stated before the phrase is its sentence's other act's ("Rescuers were still
            # searching on Friday, three days after a missile struck the ferry"): not the act's
            n = numbers.get(words[0].lower_) or (int(words[0].text) if words[0].text.isdigit() else None)
            least, most = (n, n) if n is not None else vague.get(words[0].lower_, (None, None))
            if words[0].i == i - 1:
                least, most = int(bare[0]), int(bare[1])
            # the first day the sentence states (a dateline's day, inferred, is the filing's), else
            # the day of the act its subject names again ("Cette convocation intervient trois jours
            # après l'attaque": the summons told before)
            anchor = next((r.value for r in ctx.refs.get("time", []) if r.sent == d.sent and r.end <= i
                           and isinstance(r.value, When) and r.value.start == r.value.end
                           and not r.value.inferred), None) or _resumed_day(ctx, drafts, d, words[2]) \
                or _present_day(ctx, words[2]) or (_published_day(ctx) if least != most else None)
            if least is None or most is None or anchor is None:
                continue
            unit = lengths.get(words[1].lemma_.lower(), 1)
            original = ctx.original(words[1:] if words[0].i == i - 1 else words)  # "days after"
            value = _before(anchor, least, most, unit, ctx.article.text[original[0]:original[1]], original)
            d.dates = [Ref(Mention("time", original, value.text or "", value, d.sent), words.start, words.end,
                           d.sent)]
            break


def _bare_plural(doc: Any, i: int, units: frozenset[str], afters: frozenset[str]) -> bool:
    """"The attack came days after the Houthis struck ...": a unit in the plural with no count
    before it ("days", "weeks", "des jours"), then "after": a few of them before the anchor's day."""
    tok = doc[i]
    before = doc[i - 1] if i > 0 else None
    return before is not None and i < len(doc) - 1 and tok.lemma_.lower() in units \
        and "Plur" in tok.morph.get("Number") and doc[i + 1].lower_ in afters and not before.like_num \
        and before.pos_ not in ("DET", "ADJ", "NUM")


def _before(anchor: When, least: int, most: int, unit: int, text: str, span: tuple[int, int]) -> When:
    """The date LEAST to MOST units of UNIT days before the anchor's day: a day for a count of days,
    a week or a month around the day for a count of weeks or months (rounded by the press: half a
    unit on either side), a range for a vague count."""
    if least == most and unit == 1:
        day = anchor.start - timedelta(days=least)
        return When(day, day, "day", None, text, False, span)
    slack = 0 if least != most else unit // 2
    start = anchor.start - timedelta(days=most * unit + slack)
    end = anchor.start - timedelta(days=least * unit - slack)
    precision = "range" if least != most else "week" if unit <= WEEK_DAYS else "month"
    return When(start, end, precision, None, text, False, span)  # type: ignore[arg-type]


def _published_day(ctx: Context) -> When | None:
    """The day of publication: what a vague count ("days after", "a few weeks after") counts back
    from when no day of the sentence or of the act named again anchors it; what came after happened
    by then, so the recalled act is a range before it, never the day itself."""
    pub = ctx.article.published
    return When(pub.date, pub.date, "day") if pub is not None and pub.precision == "day" else None


def _present_day(ctx: Context, after: Token) -> When | None:
    """The day of publication, when the clause "after" hangs on is told in the present ("Ces
    accusations interviennent quelques semaines après", "The sanctions come a few weeks after"):
    what came after is the news of the day."""
    pub = ctx.article.published
    verb = _main_verb(after)
    if pub is None or pub.precision != "day" or verb.pos_ not in ("VERB", "AUX") \
            or "Pres" not in verb.morph.get("Tense") or "Part" in verb.morph.get("VerbForm") \
            or any(c.dep_.startswith("aux") for c in verb.children):
        return None
    return When(pub.date, pub.date, "day")


def _in_scope(after: Token, trig: Token) -> bool:
    """The trigger is told in the phrase or clause "after" opens: under the noun or verb it marks
    ("after an attack ... killed 26 men", "après que les deux pays ont finalisé un accord"), or
    under "after" itself ("after the attack")."""
    top = after.head if after.dep_ in ("case", "mark") else after
    path: list[Token] = []
    for t in (trig, *trig.ancestors):
        if t.i == top.i:
            # a clause of its own on the way up ("..., while Pakistan said it had shot down") is
            # another act, told after the recalled one
            # but not a verb coordinated with no subject of its own ("struck and sank"): one clause
            return not any(u.dep_ in NESTED_CLAUSE_DEPS and not _shares_subject(u) for u in path)
        path.append(t)
    return False


def _shares_subject(verb: Token) -> bool:
    """A verb conjunct with no subject of its own: it shares the clause of the verb before it."""
    return verb.dep_ == "conj" and verb.pos_ in ("VERB", "AUX") and verb.head.pos_ in ("VERB", "AUX") \
        and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)


def _main_verb(after: Token) -> Token:
    """The word the clause or phrase of "after" hangs on: "après l'attaque" and "après que les deux
    pays ont finalisé" hang on the noun or verb after them, whose head it is."""
    return after.head.head if after.dep_ in ("case", "mark") else after.head


def _resumed_day(ctx: Context, drafts: list[Draft], d: Draft, after: Token) -> When | None:
    """The day of the act the sentence's subject names again: the clause "after" hangs on has a
    definite or demonstrative common noun for subject that is no party ("The summons came three
    days after", "Cette convocation intervient trois jours après"; not "The army launched ... three
    days after"), and the latest draft of an earlier sentence is dated to one day by words of its
    own: that day."""
    from newsevents.extract.events_dates import pick_date

    verb = _main_verb(after)
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
