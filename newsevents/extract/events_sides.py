"""Stage `events`: a verb of fighting that is a clash only between two armed sides (`sides: true`
of a trigger entry in lang/*/events.yaml).

Why a module of its own: "affronter", "se heurter à", "to battle" say a clash when an army or an
armed group meets another side ("Les forces thaïlandaises ont affronté l'armée cambodgienne",
"L'armée soudanaise s'est heurtée aux FSR"), and nothing of the kind when it meets a crisis, a
refusal or a rival team ("l'armée affronte une crise", "s'est heurtée à un refus", "la France a
affronté l'Argentine en finale"). The lexicon cannot tell them apart; the parties of the clause can:
a side as the verb's subject, another side after the verb in its clause, at least one of the two
an army or an armed group.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from newsevents.extract import arguments as args
from newsevents.extract.triggers import SUBJECT_DEPS, Trigger

if TYPE_CHECKING:
    from newsevents.extract.events import Context

# party kinds that fight; a clash needs one side of the armed kinds (two states meet in sport too)
SIDE_KINDS = frozenset({"state", "military", "group"})
ARMED_KINDS = frozenset({"military", "group"})
# a verb that takes its subject from the verb it hangs from ("ont riposté et affronté ...")
SHARED_SUBJECT_DEPS = frozenset({"conj", "xcomp"})
# words before a party searched for a word of sourcing ("selon les autorités de Bangkok")
SOURCE_WINDOW = 4


def sides_meet(ctx: Context, trig: Trigger) -> bool:
    """The verb's subject is a side and another side follows the verb in its clause, one of the
    two armed; the other side is not the source the clause is told after ("selon Bangkok")."""
    root = trig.root
    subjects = [c for c in root.children if c.dep_ in SUBJECT_DEPS]
    if not subjects and root.dep_ in SHARED_SUBJECT_DEPS and root.head.i != root.i:
        subjects = [c for c in root.head.children if c.dep_ in SUBJECT_DEPS]
    doers = [r for s in subjects for r in args.parties_at(ctx.parties, s) if r.value.kind in SIDE_KINDS]
    if not doers:
        return False
    _, hi = ctx.clause(trig.span)
    sources = ctx.words("alleged_cues")
    others = [r for r in ctx.parties
              if root.i < r.start < hi and r.value.kind in SIDE_KINDS
              and root.is_ancestor(ctx.doc[r.start:r.end].root)
              and not _told_after(ctx, r.start, sources)]
    return any(d.value.name != o.value.name and ARMED_KINDS & {d.value.kind, o.value.kind}
               for d in doers for o in others)


def _told_after(ctx: Context, start: int, sources: frozenset[str]) -> bool:
    """A party introduced by a word of sourcing ("selon", "d'après", "according to"), among the
    few words before it (`SOURCE_WINDOW`): the source of the report, not a side of the fight."""
    before = ctx.doc[max(0, start - SOURCE_WINDOW):start]
    words = [t.lower_ for t in before]
    lemmas = {t.lemma_.lower() for t in before}
    pairs = {f"{a} {b}" for a, b in pairwise(words)}
    return bool((set(words) | lemmas | pairs) & sources)
