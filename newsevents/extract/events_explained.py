"""Stage `events`, step 1: an act named as the possible cause in someone's explanation is no act.

Why: "Le mouvement a évoqué une possible « erreur » due aux bombardements qui auraient mêlé les
restes", "the group blamed a possible mix-up on shelling that would have mixed the remains": the
bombardments are what a side offers to explain a mistake, told as a hypothesis (a word of possibility
on what they explain, or a conditional in their own words), with no day, place or target of their
own; read as an act they stood as an incident dated by the article. The noun must hang on a word of
cause (`cause_heads`: due, lié, caused, blamed) and the explanation be hedged (`possibility_words`,
or a conditional / modal auxiliary below the noun): "the delay was caused by shelling on Monday near
X" states a cause and stays an act. A module of its own: events.py is at its size limit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from newsevents.extract.events import Context
    from newsevents.extract.triggers import Trigger

# the relations by which a noun is a cause word's complement: French "due aux frappes" (obl:arg),
# English "caused by shelling" / "blamed X on shelling" (pobj under the preposition)
_CAUSE_COMPLEMENT_DEPS = frozenset({"obl", "obl:arg", "obl:mod", "nmod", "pobj"})
_RELATIVE_DEPS = frozenset({"acl:relcl", "relcl"})


def _cause_word(noun: Token, heads: frozenset[str]) -> Token | None:
    """The word of cause the noun completes, through its preposition in English."""
    if noun.dep_ not in _CAUSE_COMPLEMENT_DEPS:
        return None
    head = noun.head.head if noun.head.pos_ == "ADP" else noun.head
    return head if head.lemma_.lower() in heads or head.lower_ in heads else None


def _hedged(cause: Token, noun: Token, words: frozenset[str], auxiliaries: frozenset[str]) -> bool:
    """An adjective of possibility on what the cause explains (the cause word, its head, that head's
    head and their dependents: "une possible erreur"), or a conditional or modal auxiliary in the
    noun's own words. Not an adverb on the cause itself: "a fire at the depot on Monday was possibly
    caused by a drone strike" hedges the link, not that the strike happened."""
    own = {t.i for t in noun.subtree}
    near = [cause, cause.head, cause.head.head, *cause.children, *cause.head.children]
    if any(t.i not in own and t.pos_ == "ADJ" and t.lemma_.lower() in words for t in near):
        return True
    return any(t.pos_ == "AUX" and ("Cnd" in t.morph.get("Mood") or t.lemma_.lower() in auxiliaries)
               for t in noun.subtree)


def explained_cause(ctx: Context, trig: Trigger) -> bool:
    """The act noun is the hedged cause of an explanation (module docstring)."""
    root = trig.root
    # a verb of the noun's relative clause ("qui auraient détruit les listes") tells the same hypothesis
    nouns = [root] if root.pos_ == "NOUN" else \
        [root.head, root.head.head] if root.dep_ in _RELATIVE_DEPS and root.head.pos_ == "NOUN" else []
    auxiliaries = ctx.words("conditional_auxiliaries") | ctx.words("modal_auxiliaries")
    for noun in nouns:
        cause = _cause_word(noun, ctx.words("cause_heads"))
        if cause is not None and _hedged(cause, noun, ctx.words("possibility_words"), auxiliaries):
            return True
    return False
