"""Stage `events`: a violent act told as a prospect, not as something that happened.

Ways of telling one: a promise ("vowed to strike", extract/vows.py), a condition ("in case of an
offensive") and the consequence of a supposition, a conditional under an "if" clause of its
sentence ("si les rebelles attaquaient l'aéroport, l'armée bombarderait leurs bases", "if they
attack, the army would bomb their bases"): what would follow a hypothesis is no incident.
qualifiers.asked already drops the "if" clause's own verb; the main clause is this module's.
English marks the conditional with "would" (`conditional_auxiliaries`); a noun trigger carried
out by a verb under it or under a modal ("Russia could launch a new offensive", "l'armée
pourrait lancer une offensive") is one too.

French marks the conditional on the verb (its future stem, the infinitive, with an imperfect
ending: bombarder -> bombarderait), and the French model tags it as an imperfect, so the ending is
read from the word (`conditional_endings`). Only the simple conditional: the compound one of French
news ("l'armée aurait bombardé") reports an act as alleged (its status, not its existence).

Why a module of its own: qualifiers.py and events.py are at their size limit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsevents.extract.drafts import is_violent
from newsevents.extract.halts import halt_demanded
from newsevents.extract.qualifiers import HasWords
from newsevents.extract.ruled_out import ruled_out
from newsevents.extract.vows import vowed

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsevents.extract.triggers import Trigger


def prospect(ctx: HasWords, trig: Trigger, type_: str) -> bool:
    """The violent trigger is vowed (vows.py) or the consequence of a supposition."""
    return vowed(ctx, trig, type_) or (is_violent(type_) and (supposed_consequence(ctx, trig)
                                                                or _conditional_verb(ctx, trig)
                                                                or _possible_act(ctx, trig)
                                                                or _in_case(ctx, trig)
                                                                or _planning_compound(ctx, trig)
                                                                or halt_demanded(trig)
                                                                or ruled_out(trig)))


def _planning_compound(ctx: HasWords, trig: Trigger) -> bool:
    """A noun trigger whose verb of preparation the tagger read as a compound of it (the suspect
    was "planning attacks": a quote opens before the verb): `expectation_verbs`, its word forms,
    as qualifiers.expected reads the verb itself."""
    root = trig.root
    verbs = ctx.words("expectation_verbs")
    return root.pos_ == "NOUN" and any(c.dep_ == "compound" and c.lower_ in verbs
                                       for c in root.children if c.i < root.i)


def _in_case(ctx: HasWords, trig: Trigger) -> bool:
    """A noun trigger completing a noun of condition with no determiner (`condition_nouns`: "in
    case of an Israeli offensive", "en cas d'attaque"); "in the case of the Kramatorsk strike"
    names an incident."""
    root = trig.root
    if root.pos_ != "NOUN":
        return False
    head = root.head.head if root.head.pos_ == "ADP" else root.head
    return head.i != root.i and head.pos_ == "NOUN" and head.lemma_.lower() in ctx.words("condition_nouns") \
        and not any(c.dep_ == "det" for c in head.children)


def _conditional_verb(ctx: HasWords, trig: Trigger) -> bool:
    """A verb trigger under an auxiliary of the conditional (`conditional_auxiliaries`: "the navy
    would shell its camps"), not of its perfect ("would have struck")."""
    auxes = [c for c in trig.root.children if c.dep_.startswith("aux")]
    return trig.root.pos_ == "VERB" and any(a.lower_ in ctx.words("conditional_auxiliaries") for a in auxes) \
        and not any(a.lemma_.lower() == "have" for a in auxes)


def _possible_act(ctx: HasWords, trig: Trigger) -> bool:
    """A noun trigger, the object of a verb that carries an act out (`vowed_act_verbs`) under a
    modal auxiliary ("could launch a new offensive", `modal_auxiliaries`), in a clause of
    supposition ("si Israël lançait une offensive", `question_marks`) or under a verb of possibility
    (`possibility_verbs`: "pourrait lancer une offensive"); a perfect ("might have launched") stays."""
    root = trig.root
    doing = root.head
    if root.pos_ != "NOUN" or doing.i == root.i or doing.pos_ != "VERB" \
            or doing.lemma_.lower() not in ctx.words("vowed_act_verbs"):
        return False
    auxes = [c for c in doing.children if c.dep_.startswith("aux")]
    if any(a.lemma_.lower() in ("have", "avoir") for a in auxes):
        return False
    if any(a.lower_ in ctx.words("modal_auxiliaries") | ctx.words("conditional_auxiliaries") for a in auxes):
        return True
    # launched in a clause of supposition ("si Israël lançait une offensive", "if Israel launched")
    if any(c.dep_ == "mark" and c.lower_ in ctx.words("question_marks") for c in doing.children):
        return True
    governor = doing.head
    return governor.i != doing.i and governor.lemma_.lower() in ctx.words("possibility_verbs")


def supposed_consequence(ctx: HasWords, trig: Trigger) -> bool:
    """A French verb trigger in the simple conditional, in a sentence that opens a clause with "si"/"if"
    (`question_marks`, as a subordinating mark: "même si" is fixed to "même", a concession)."""
    root = trig.root
    if root.pos_ != "VERB" or not _conditional(ctx, root):
        return False
    marks = ctx.words("question_marks")
    return any(t.dep_ == "mark" and t.lower_ in marks for t in root.sent if t.i != root.i)


def _conditional(ctx: HasWords, verb: Token) -> bool:
    """The verb is a simple conditional: its word is its infinitive (less a final "e": prendre ->
    prendrait) and an ending of the conditional; an imperfect ("tirait") has no "r" of the
    infinitive before its ending."""
    if any(c.dep_.startswith("aux") for c in verb.children):
        return False  # a compound tense ("aurait bombardé"): an allegation, not a supposition
    lemma, word = verb.lemma_.lower(), verb.lower_
    return any(word == stem + end for end in ctx.words("conditional_endings")
               for stem in {lemma, lemma[:-1]} if len(stem) > 2)
