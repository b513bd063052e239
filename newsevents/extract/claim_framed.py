"""A reporting verb announcing with a colon a quotation that has its own reporting clause: "Le
ministère a démenti : « Cette information est fausse », a-t-il déclaré", "The ministry denied it:
"This is false," it said". One statement: the quotation's words with the frame's stance (a denial
here), not two claims, one of which would run on into the quotation's incise (", a-t-il déclaré").
The colon ends a sentence segment, so claims._merge_sentence never sees the two together.

Why a module of its own: claims.py is at its size limit."""

from __future__ import annotations

from typing import Any

from newsevents.extract.stance import stronger

# How many characters the quotation's words may reach past the frame's (a closing mark, a comma).
FRAME_SLACK = 2


def fold_framed_quotes(doc: Any, drafts: list[Any]) -> list[Any]:
    """The drafts with each colon frame folded into the quotation it announces (see the module
    docstring): the quotation keeps its words and takes the stronger of the two stances."""
    dropped: list[Any] = []
    for d in drafts:
        if d.att.kind == "quote" or d.att.verb is None or not d.emit:
            continue
        quote = next((q for q in drafts if q is not d and q.emit and _announces(doc, d, q)), None)
        if quote is None:
            continue
        quote.stance = stronger(quote.stance, d.stance)
        quote.merged.append(d.att)
        quote.words |= d.words
        quote.relay = quote.relay or d.relay
        dropped.append(d)
    return [d for d in drafts if not any(d is x for x in dropped)]


def _announces(doc: Any, frame: Any, quote: Any) -> bool:
    """Whether `frame` (a reported draft) announces with a colon the direct `quote` of the same
    speaker, whose own reporting verb comes after it: the frame's words hold the quotation's
    (and maybe run on into its reporting clause)."""
    verb, said = frame.att.verb, quote.att.verb
    if not quote.att.direct_quote or said is None or quote.att.inherit or said.i <= verb.i \
            or quote.speaker.name != frame.speaker.name:
        return False
    start, end = frame.content
    if not (start <= quote.content[0] and quote.content[1] <= end + FRAME_SLACK):
        return False
    between = doc[verb.i + 1:said.i]
    colon = next((t for t in between if t.text == ":"), None)
    return colon is not None and colon.idx < quote.content[0] \
        and not any(t.is_sent_start for t in between)
