"""Stage `events`, step 6 (see extract/events.py): a title that only names the story's subject
(a talk's topic, a live blog's theme).

Why a module of its own: a headline or subhead states the topic of the page as a bare noun phrase
("Sudan talks", "Pourparlers sur le Soudan"); the triggers read it as an act like any other, and
with the publication date it would stand as a talk of its own. Whether a title says more than its
topic is read here from the title noun's dependents.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsevents.extract.drafts import PRECISE, Draft, type_table

if TYPE_CHECKING:
    from spacy.tokens import Span

    from newsevents.extract.events import Context

# words a title line ends a sentence on: a line ending otherwise is a headline or a subhead
TITLE_END_MARKS = frozenset('.!?…:;»"”)')
# dependents of a title's noun that name its topic, not a participant or place of its own
TOPIC_DEPS = frozenset({"compound", "amod", "det", "nsubj", "nmod", "poss", "nmod:poss", "case", "punct",
                        "flat", "flat:name", "appos"})


def title_line(ctx: Context, sent: int) -> bool:
    """A sentence with words that ends on no mark of a sentence's end: a title line."""
    lo, hi = ctx.bounds[sent]
    words = [t for t in ctx.doc[lo:hi] if not t.is_space]
    return bool(words) and words[-1].text[-1:] not in TITLE_END_MARKS


def scene_trigger(ctx: Context, d: Draft) -> tuple[Span, int]:
    """The trigger (and its sentence) the scene of an incident is looked for around: its first
    told in the body when its first is in a title line. Why: a headline states the act ("Police
    fire on demonstrators"); where it was is told around the body's words for it ("opened fire on
    protesters who had gathered in X"), a paragraph the headline's is not."""
    if title_line(ctx, d.sent):
        body = [t.span for t in d.triggers if not title_line(ctx, ctx.sent_of[t.span.start])]
        if body:
            span = min(body, key=lambda b: b.start)
            return span, ctx.sent_of[span.start]
    return d.first.span, d.sent


def headline_topic(ctx: Context, d: Draft) -> bool:
    """A talk or a truce named only in a title line, undated, with nothing but its topic around
    its word ("Sudan talks", "Ukraine peace talks", "Pourparlers sur le Soudan", "Gaza ceasefire
    talks"): the subject of the story, not an incident of its own. The body's act restating it
    joins it and keeps it; a title that says more ("Sudan talks resume in Jeddah", "Azerbaijan
    summons Russian envoy") has dependents beyond the topic."""
    if d.type not in (type_table().get("topic_types") or []) or d.incursion \
            or (d.date is not None and not d.date.inferred) or len(d.sents) != 1:
        return False
    if not title_line(ctx, d.sent):
        return False
    topic_preps = ctx.words("topic_prepositions")
    for trig in d.triggers:
        for c in trig.root.children:
            if c.dep_ in ("case",) or trig.span.start <= c.i < trig.span.end:
                continue
            if c.dep_ == "prep" and c.lower_ in topic_preps:  # English "talks on Sudan"
                continue
            prep = next((g.lower_ for g in c.children if g.dep_ == "case"), None)  # "sur le Soudan"
            if c.dep_ not in TOPIC_DEPS or (c.dep_ == "nmod" and prep not in (None, *topic_preps)):
                return False
    return True


def live_topic(d: Draft, drafts: list[Draft]) -> bool:
    """The title of a live blog naming its theme with a bare plural act ("LIVE: Russian strikes on
    Ukraine - latest updates", "EN DIRECT - Frappes israéliennes au Liban"): undated, no toll, no
    town, joined by no entry, above time-stamped entries that tell the incidents one by one. The
    theme, not an incident of its own."""
    if not (d.lead and d.anaphoric and d.violent) or d.entry or (d.date is not None and not d.date.inferred):
        return False
    if d.fatalities or d.injured or (d.place is not None and d.place.precision in PRECISE):
        return False
    plural = all("Plur" in t.root.morph.get("Number") for t in d.triggers)
    return plural and len(d.sents) == 1 and any(o.entry for o in drafts if o is not d)
