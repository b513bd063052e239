"""Stage `events` (see extract/events.py): who met, named by a meeting noun's own complement.

Why a module of its own: a meeting told as a noun in another verb's clause ("Après une réunion en
urgence du G7 ..., le président a jugé ...", "After an emergency meeting of the Arab League,
ministers called for restraint") has no subject of its own; its complement names who met, and the
countries listed there are its members, not the place it was held (events._fill_parties and
_fill_place ask it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from spacy.tokens import Token

from newsevents.extract.arguments import Ref
from newsevents.extract.triggers import Trigger

if TYPE_CHECKING:
    from newsevents.extract.drafts import Draft
    from newsevents.extract.events import Context

# the most words a bracketed list of a meeting's members spans
BRACKET_WORDS = 40


class HasWords(Protocol):
    def words(self, key: str) -> frozenset[str]: ...


def meeting_members(ctx: HasWords, trig: Trigger) -> set[int]:
    """Token indices of the meeting noun's "of" complements ("du G7 (États-Unis, France)", "of the
    Arab League"). French hangs "de" under its noun, English puts the noun under "of"; either may
    hang the complement from the phrase's last word ("réunion en urgence")."""
    if trig.root.pos_ not in ("NOUN", "PROPN"):
        return set()
    of = ctx.words("of_prepositions")
    heads: list[Token] = []
    for c in (c for t in trig.span for c in t.children if not trig.span.start <= c.i < trig.span.end):
        if c.dep_ == "prep" and c.lower_ in of:
            heads += [g for g in c.children if g.dep_ == "pobj"]
        elif any(k.dep_ == "case" and k.lower_ in of for k in c.children):
            heads.append(c)
    out = {t.i for h in heads for t in h.subtree}
    # a list of members in brackets ("du G7 (États-Unis, France, ...)") is theirs, however parsed
    doc = trig.span.doc
    if out and max(out) + 1 < len(doc) and doc[max(out) + 1].text == "(":  # the parser may hang it higher
        out.add(max(out) + 1)
    for i in sorted(i for i in out if doc[i].text == "("):
        end = next((j for j in range(i + 1, min(len(doc), i + BRACKET_WORDS)) if doc[j].text == ")"), i)
        out.update(range(i, end + 1))
    return out


def meeting_places(ctx: Context, d: Draft, places: list[Ref]) -> list[Ref]:
    """The places a meeting may have been held at: not its members ("du G7 (États-Unis, France)"),
    unless after a host preposition ("des ministres arabes au Caire"); with none left in its
    clause, a place after a host preposition later in its sentence, which a long list of members
    may have cut from the clause in the parse ("... Japon) et de ses alliés en Indonésie")."""
    members = {i for t in d.triggers for i in meeting_members(ctx, t)}
    hosts = ctx.words("host_prepositions")
    kept = [r for r in places if r.start not in members or ctx.doc[r.start - 1].lower_ in hosts]
    if kept:
        return kept
    end = d.first.span.end
    return [r for r in ctx.places if r.sent == d.sent and r.start >= end and r.start not in members
            and ctx.doc[r.start - 1].lower_ in hosts][:1]
