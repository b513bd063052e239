"""Stage `events`: a generic mention with no day of its own that the next sentence tells as news.

"L'Azerbaïdjan a accusé dimanche les forces arméniennes d'avoir ouvert le feu à plusieurs reprises
sur ses positions dans le district de X. « Des unités ... ont tiré ... dans la nuit de samedi à
dimanche », a affirmé le ministère": the repeated fire is generic ("à plusieurs reprises") and
dated only by the report, but the sentence beside it dates the same fire to the night before.
Dropped as a habit (events._keep_specific), it took its place and the claims about it with it; kept,
it joins that act. A habit recalled beside an older act ("Ukraine has repeatedly attacked Moscow
this year. On March 11, ...") stays dropped: that act is no news of the report's days.

Why a module of its own: events.py is at its size limit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsevents.extract import qualifiers as q
from newsevents.extract.drafts import NEWS_DAYS, places_compatible

if TYPE_CHECKING:
    from newsevents.extract.drafts import Draft
    from newsevents.extract.events import Context
    from newsevents.extract.triggers import Trigger

# the sentence telling the act of those days is next to the generic one
RETOLD_REACH = 1


def retold_news(generic: Draft, drafts: list[Draft]) -> bool:
    """A specific draft of the generic one's family, in a sentence next to it, dated by its own
    words within NEWS_DAYS before the generic one's inferred (report) day, at a compatible place."""
    w = generic.date
    if w is None:
        return False
    return any(
        o is not generic and not o.generic and o.family == generic.family
        and abs(o.sent - generic.sent) <= RETOLD_REACH and o.date is not None and not o.date.inferred
        and 0 <= (w.start - o.date.end).days <= NEWS_DAYS and places_compatible(o.place, generic.place)
        for o in drafts)


def one_similar(ctx: Context, trig: Trigger) -> bool:
    """A singular act noun with an indefinite article, likened to the news by a word of
    `one_of_kind` ("En mars, une attaque similaire dans le territoire de Beni avait fait plus de 40
    morts", "a similar attack in X killed 40"): one earlier incident with its own date, place and
    toll, no kind of act ("des attaques similaires", "such attacks" stay generic)."""
    root, words = trig.root, ctx.words("one_of_kind")
    if not words or root.pos_ not in ("NOUN", "PROPN") or "Plur" in root.morph.get("Number"):
        return False
    kind = [c for c in root.children if c.lemma_.lower() in words or c.lower_ in words]
    article = any((c.dep_ == "det" and "Ind" in c.morph.get("Definite")) or c.lower_ in ("a", "an")
                  for c in root.children)
    return bool(kind) and article and not (set(ctx.words("generic")) - words) & {
        c.lemma_.lower() for c in root.children}


def generic_kind(ctx: Context, trig: Trigger) -> bool:
    """A kind of act (qualifiers.generic), unless one act likened to the news (one_similar)."""
    return q.generic(ctx, trig) and not one_similar(ctx, trig)
