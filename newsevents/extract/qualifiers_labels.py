"""Triggers that name something told elsewhere rather than an act of their own: a word for an act
in quotation marks that a verb of condemnation governs (« un coup d'État contre notre candidat »),
and a label a verb of naming gives ("described the incident as an attack"). Split out of
extract/qualifiers.py (which re-exports both) with the climb to the governing verb that the
threat test there shares (``governed_by``)."""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsevents.extract.qualifiers import HasWords
    from newsevents.extract.triggers import Trigger


def governed_by(token: Token, lemmas: AbstractSet[str], steps: int) -> bool:
    """The first verb or auxiliary above ``token`` (at most ``steps`` heads up) has a lemma of
    ``lemmas``; False when the root or the step limit comes first."""
    t = token
    for _ in range(steps):
        if t.head.i == t.i:
            return False
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            return t.lemma_.lower() in lemmas
    return False


LABEL_CLIMB = 3
OPENING_QUOTES = frozenset({"«", "“"})
CLOSING_QUOTES = frozenset({"»", "”"})
PLAIN_QUOTES = frozenset({'"'})


def quoted_label(ctx: HasWords, trig: Trigger) -> bool:
    """A word for an act in quotation marks that a verb of condemnation governs ("le parti a dénoncé
    « un coup d'État contre notre candidat »", 'denounced "a coup against our next president"'):
    the speaker's name for what is told elsewhere (an arrest, a ruling), no such act. Only for the
    modes of `quoted_label_modes` (a coup: "a condamné le coup d'État au Niger", unquoted, is one);
    the verbs are language data (`denouncing_verbs`)."""
    modes, verbs = ctx.words("quoted_label_modes"), ctx.words("denouncing_verbs")
    if not verbs or (trig.spec.mode or "") not in modes or not _in_quotes(trig):
        return False
    return governed_by(trig.root, verbs, LABEL_CLIMB)


def _in_quotes(trig: Trigger) -> bool:
    """The trigger stands between an opening quotation mark and its closing one in its sentence."""
    before = [t.text for t in trig.root.sent if t.i < trig.span.start]
    opened = sum(w in OPENING_QUOTES for w in before) - sum(w in CLOSING_QUOTES for w in before)
    return opened > 0 or sum(w in PLAIN_QUOTES for w in before) % 2 == 1


def labelled(ctx: HasWords, trig: Trigger) -> bool:
    """The trigger is a name given to something told elsewhere, by a verb of naming whose object
    is that thing ("called it the most serious attack", "described the incident as an attack",
    "a qualifié l'incident d'attaque"): a label, no incident of its own (`naming_verbs`)."""
    verbs, preps = ctx.words("naming_verbs"), ctx.words("naming_prepositions")
    root = trig.root
    through = root.head if root.head.pos_ == "ADP" else None  # "described ... as an attack"
    head = through.head if through is not None else root.head
    if head.lemma_.lower() in verbs and head.i != root.i and (through is None or through.lower_ in preps):
        return any(c.dep_ in ("obj", "dobj") and c.i != root.i for c in head.children)
    # French hangs the label on the object: "qualifié l'incident d'attaque" (not "a qualifié de
    # fausses les déclarations sur une frappe": the strike is what the statements are about)
    return root.dep_ == "nmod" and head.dep_ in ("obj", "dobj") and head.head.lemma_.lower() in verbs \
        and any(c.dep_ == "case" and c.lower_ in preps for c in root.children)
