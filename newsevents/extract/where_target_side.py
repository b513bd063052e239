"""The side a strike hit, told by its target's nationality, outranks a place of another act.

Why: in a war between neighbours, one sentence often tells a strike and the act it answers: "Thai
jets struck Cambodian military targets after Cambodian rockets hit a gas station in Thailand's
Sisaket province". The only place of the sentence belongs to the rockets, in the doer's own country;
taking it put the Thai strike in Thailand. The object's nationality ("Cambodian targets",
"des positions russes") says which side was hit: a place of another country, set inside the clause
of another verb with a subject of its own, is that act's scene, not the strike's. A place on the
trigger's own phrase stays whatever its country ("Ukrainian drones hit Russian positions near
Robotyne": the positions stand in occupied Ukraine), and so does a border (no one country's).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsevents.parties.countries import country_from_adjective

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# the object of a strike in both models' labels ("struck Cambodian targets", "ont bombardé des cibles")
OBJECT_DEPS = frozenset({"dobj", "obj", "pobj", "obl:arg"})
# the modifiers carrying the target's nationality ("Cambodian military targets", "cibles cambodgiennes")
NATIONALITY_DEPS = frozenset({"amod", "compound", "nmod"})
# the subject that makes a verb another act ("Cambodian rockets hit ...")
SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "nsubjpass"})
# a relative clause on a noun, in both models' labels ("drones that had entered ...", "drones qui ont ...")
RELATIVE_DEPS = frozenset({"relcl", "acl:relcl"})
MAX_CLIMB = 12  # dependency steps from a place up to the trigger


def target_side(trigger: Span) -> str | None:
    """ISO2 of the one country a nationality adjective on the trigger's object names, else None."""
    objects = [o for o in trigger.root.children if o.dep_ in OBJECT_DEPS and o.pos_ in ("NOUN", "PROPN")]
    # a day read as the object hangs the real one on it ("ont bombardé jeudi des positions russes")
    objects += [n for o in objects for n in o.children if n.dep_ == "nmod" and n.pos_ == "NOUN"]
    sides = {country_from_adjective(m.text, trigger.doc.lang_)
             for obj in objects for m in obj.children
             if m.dep_ in NATIONALITY_DEPS and m.pos_ in ("ADJ", "PROPN")}
    sides.discard(None)
    return next(iter(sides)) if len(sides) == 1 else None


def other_act_place(trigger: Span, token: Token) -> bool:
    """The place's words hang on another verb with a subject of its own before reaching the
    trigger (the clause of another act: "after Cambodian rockets hit a gas station in X").

    A relative clause on the trigger's own object tells that object, not another act: "shot down
    Belarusian drones that had entered its airspace near X" is placed near X."""
    node = token
    for _ in range(MAX_CLIMB):
        if trigger.start <= node.i < trigger.end or node.head.i == node.i:
            return False
        node = node.head
        if node.dep_ in RELATIVE_DEPS and node.head.dep_ in OBJECT_DEPS \
                and node.head.head.i == trigger.root.i:
            return False
        if node.pos_ in ("VERB", "AUX") and not trigger.start <= node.i < trigger.end \
                and any(c.dep_ in SUBJECT_DEPS for c in node.children):
            return True
    return False


def off_side(trigger: Span, side: str | None, country: str | None, token: Token) -> bool:
    """A place of another country than the side the trigger's object names, in another act's clause."""
    return side is not None and country is not None and country != side and other_act_place(trigger, token)
