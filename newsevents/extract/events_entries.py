"""Stage `events`: the sentences of a live blog's entry, for the draft told in its opening sentence.

Why: a live blog tells each entry's story under its own time stamp, newest first ("11h40 - Le bilan
de l'attaque sur Odessa s'alourdit à deux morts ... 07h30 - À Kharkiv, ... Un homme a été tué"). An
entry is another scene than the incidents told in other entries (drafts._other_entry), after it as
well as before it: knowing only that a sentence opens an entry kept apart the entries told after an
incident, not the newer ones told above it, so Odessa's toll went to Kharkiv's strike. The draft
now carries its entry's sentences.

Why a module of its own: events.py and qualifiers.py are at their size limit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsevents.extract import qualifiers as q

if TYPE_CHECKING:
    from newsevents.extract.events import Context


def entry_sentences(ctx: Context, sent: int) -> range | None:
    """The sentences of the live blog entry sentence `sent` opens (up to the next time-stamped
    entry), None when it opens none."""
    if not q.opens_entry(ctx.sentence(sent)):
        return None
    last = sent
    while last + 1 < len(ctx.bounds) and not q.opens_entry(ctx.sentence(last + 1)):
        last += 1
    return range(sent, last + 1)
