"""Stage `events`, step 7 (see extract/events.py): a blast that is an accident, no incident.

Why a module of its own: "an explosion at a fireworks factory killed eight workers", "un camion-citerne
a explosé", "une explosion dans une usine d'engrais" are industrial or road accidents, not acts of
violence to code; the same words at a market where "police blamed a bomb" are one. The text says
which: an accident names a workplace or a cause of its own (`accident_words` of
lang/<code>/events.yaml: factory, plant, tanker, leak, friction, "usine", "fuite"), and names no doer,
no weapon and no word of an attack anywhere (`attack_words`: attack, bomb, sabotage, "attentat").
events.py decides which drafts are incidents and asks here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsevents.extract.drafts import Draft

if TYPE_CHECKING:
    from newsevents.extract.events import Context

# the types of a blast with no doer of its own: an explosion, nothing more said of what caused it
BLAST_TYPES = frozenset({"explosion"})


def accidental_blast(ctx: Context, d: Draft) -> bool:
    """True when the draft is a blast with no doer, no weapon and no word of an attack in the whole
    article, told with a workplace or an accident's cause in its own sentences: no incident. One
    weapon or attack word anywhere keeps it ("police blamed a bomb", "no group claimed the attack")."""
    if d.type not in BLAST_TYPES or d.actors or d.weapons or ctx.weapons:
        return False
    lemmas = {t.lemma_.lower() for t in ctx.doc} | {t.lower_ for t in ctx.doc}
    if lemmas & ctx.words("attack_words"):
        return False
    sents = d.sents or {d.sent}
    own = {w for n in sents for t in ctx.sentence(n) for w in (t.lemma_.lower(), t.lower_)}
    return bool(own & ctx.words("accident_words"))
