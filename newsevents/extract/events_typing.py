"""Stage `events`, step 2 (see extract/events.py): the weapons that type a trigger.

Why a module of its own: a generic attack, an impact ("est tombé sur") or a use ("ont été
utilisés") takes its type from the weapon in its phrase or clause, or, for a relative clause, from
the noun the clause is about ("a missile whose debris fell on a house"); events.py decides which
triggers are incidents, this module only reads the weapons around them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsevents.extract import arguments as args
from newsevents.extract.drafts import type_table
from newsevents.extract.triggers import Trigger
from newsevents.model import Weapon

if TYPE_CHECKING:
    from newsevents.extract.events import Context


def weapon_kind(weapon: Weapon) -> str:
    """A weapon's category, or "force:<type>" for a weapon whose use is its own kind of act
    whatever its category says (a water cannon is no shelling: event_types.yaml, weapon_types)."""
    forced = (type_table().get("weapon_types") or {}).get(weapon.name)
    return f"force:{forced}" if forced else weapon.category


def weapon_categories(ctx: Context, lo: int, hi: int, near: int,
                      skip: frozenset[int] = frozenset()) -> list[str]:
    """Weapon categories in a token range, nearest to `near` first (stage mentions, then nouns);
    tokens in `skip` (another clause's words) are not looked at. A modifier word inside a weapon's
    name ("aériens" of "véhicules aériens sans pilote") is that weapon's, not a type of its own; so
    is a weapon word inside the name of a weapon that types the act ("explosif" of "drone
    explosif"), while one inside a weapon that types nothing ("tank") still does."""
    refs = [r for r in args.weapons_in(ctx.weapons, lo, hi) if r.start not in skip]
    inside = {i for r in refs for i in range(r.start, r.end)}
    found = [(r.start, weapon_kind(r.value)) for r in refs]
    words = args.weapon_word_hits(ctx.doc, lo, hi, ctx.lex.weapon_words)
    typed = {i for r in refs if type_of_category(weapon_kind(r.value)) not in (None, "other")
             for i in range(r.start, r.end)}
    found += [(i, c) for i, c in words if i not in skip and i not in typed]
    found += [(t.i, "modifier:" + ctx.lex.modifiers[t.lemma_.lower()]) for t in ctx.doc[lo:hi]
              if t.lemma_.lower() in ctx.lex.modifiers and t.i not in inside and t.i not in skip]
    found.sort(key=lambda x: (abs(x[0] - near), x[0]))
    return [c for _, c in found]


def type_of_category(category: str) -> str | None:
    if category.startswith(("modifier:", "force:")):
        return category.split(":", 1)[1]
    return type_table()["weapon_category_types"].get(category)


# the dependency labels of a relative clause (French UD, English ClearNLP)
RELATIVE_CLAUSE_DEPS = frozenset({"acl:relcl", "relcl"})


def antecedent(trig: Trigger) -> Token | None:
    """The noun a verb trigger's relative clause is about: what fell or hit is that noun ("a
    missile whose debris fell on a house on Tuesday"). (Also taking, when the parser leaves the
    clause unattached after "dont", the noun right before the relative pronoun found one more
    French incident on news-dev, fr recall 0.903 -> 0.913 with gold dates, but that incident, with
    neither place nor day, joined a cluster unmerged: merge recall 32/39 -> 32/41, below its floor.)"""
    head = args.clause_head(trig.root)
    if head.dep_ in RELATIVE_CLAUSE_DEPS and head.head is not head:
        return head.head
    return None


def antecedent_range(ctx: Context, trig: Trigger, lo: int, hi: int) -> tuple[int, int] | None:
    """The tokens of the trigger's antecedent (`antecedent`) when outside its clause ``lo:hi``."""
    ante = antecedent(trig)
    if ante is None or lo <= ante.i < hi:
        return None
    return ctx.clip(trig.span, ante.left_edge.i, ante.i + 1)


# a subjectless verb whose doer is its governing verb's subject ("a drone was observed breaching
# the airspace", "un drone a été vu survolant la ville"): French UD and English ClearNLP label it so
CONTROLLED_DEPS = frozenset({"xcomp"})
CONTROLLER_DEPS = frozenset({"nsubj", "nsubjpass", "nsubj:pass"})


def controller_range(ctx: Context, trig: Trigger, lo: int, hi: int) -> tuple[int, int] | None:
    """The tokens of the subject of the verb governing a subjectless verb trigger, when outside its
    clause ``lo:hi``: what was seen breaching the airspace is what breached it, so its weapon types
    the act."""
    root = trig.root
    if root.dep_ not in CONTROLLED_DEPS or root.head is root \
            or any(c.dep_ in CONTROLLER_DEPS for c in root.children):
        return None
    subject = next((c for c in root.head.children if c.dep_ in CONTROLLER_DEPS), None)
    if subject is None or lo <= subject.i < hi:
        return None
    return ctx.clip(trig.span, subject.left_edge.i, subject.right_edge.i + 1)
