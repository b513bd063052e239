"""Stage `events`, step 7 (see extract/events.py): what a blast is, an accident or a bombing.

Why a module of its own: a blast's words decide both whether it is an incident and its type.

An accident: "an explosion at a fireworks factory killed eight workers", "a fuel tanker exploded"
are industrial or road accidents, not acts of violence to code; the same words at a market where
"police blamed a bomb" are one. The text says which: an accident is told at a workplace, of a
tanker or as negligence (`accident_words` of lang/<code>/events.yaml: factory, plant, tanker,
negligence), and names no doer,
no weapon and no word of an attack anywhere (`attack_words`: attack, bomb, sabotage, "attentat"; a
blast that "hit" or "a touché" a site is told as a strike).
events.py decides which drafts are incidents and asks here. The rule runs for every language whose
events.yaml has `accident_words` (French and English): what it cannot tell (a gas leak in a house, a
road accident with no tanker) is left to the trained incident screen (learn/screen.py), which scores
the blasts the rules keep.

A bombing: a bare attack noun typed by default ("an attack on a bus station killed 12") joined by the
blast that tells it ("a bomb hidden in a motorcycle exploded") is the bomb's: an explosion, as
news-dev's gold types bombings of civilians (explosion or attack_on_civilians), never a fight
(armed_clash) unless shots are told with it ("un kamikaze s'est fait exploser ... dans la fusillade
qui a suivi": the gunfight keeps it a clash).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsevents.extract.drafts import Draft
from newsevents.extract.triggers import GENERIC_KINDS

if TYPE_CHECKING:
    from newsevents.extract.events import Context

# the types of a blast with no doer of its own: an explosion, nothing more said of what caused it
BLAST_TYPES = frozenset({"explosion"})


def accidental_blast(ctx: Context, d: Draft) -> bool:
    """True when the draft is a blast with no doer, no weapon and no word of an attack in the whole
    article, told at a workplace, of a tanker or as negligence anywhere in it (the port's store of
    chemicals is often told in the next sentence): no incident. One weapon or attack word anywhere
    keeps it ("police blamed a bomb", "no group claimed the attack")."""
    if d.type not in BLAST_TYPES or d.actors or d.weapons or ctx.weapons:
        return False
    lemmas = {t.lemma_.lower() for t in ctx.doc} | {t.lower_ for t in ctx.doc}
    return not lemmas & ctx.words("attack_words") and bool(lemmas & ctx.words("accident_words"))


def bombing_typed(ctx: Context, drafts: list[Draft]) -> list[Draft]:
    """A draft typed `armed_clash` only by bare attack nouns (`bare_attack_words`: "attack",
    "attaque", whose default type it is) that holds a blast trigger and an explosive weapon and no
    firearm becomes an explosion: the bomb tells what the attack was."""
    bare = ctx.words("bare_attack_words")
    for d in drafts:
        if d.type != "armed_clash" or not any(t.spec.type in BLAST_TYPES for t in d.triggers):
            continue
        weapons = {w.category for w in d.weapons}
        if "explosive" not in weapons or "firearm" in weapons:
            continue
        if all(t.spec.type in BLAST_TYPES or (t.spec.type in GENERIC_KINDS and t.spec.default == d.type
                                              and t.root.lemma_.lower() in bare) for t in d.triggers):
            d.type = "explosion"
    return drafts
