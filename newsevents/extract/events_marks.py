"""Stage `events`, step 1 (see extract/events.py): marks a trigger carries into its draft, read from
the words around it, that tell how it names an incident.

Why a module of its own: whether a trigger opens its sentence as a definite noun (it names the act
told just before), is what a claim of responsibility claims (a day told with it may be the
claim's), tells a phase of an act its sentence says began (no act of its own in order after
another), is what someone refrained from, or is a war noun counting its dead (no incident) are
questions about one trigger's
words, asked once when its draft is made; drafts.py and events.py use the answers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsevents.extract import arguments as args
from newsevents.extract import qualifiers as q
from newsevents.extract.drafts import Draft
from newsevents.extract.triggers import Trigger

if TYPE_CHECKING:
    from newsevents.extract.events import Context


def another_by_ordinal(ctx: Context, trig: Trigger) -> bool:
    """An ordinal before an indefinite act noun tells another act ("an airstrike on the capital and a
    second strike on a market", "une seconde frappe"): the noun joins no strike told before. With a
    definite article it counts the series the act told is in ("only the second raid on the capital
    since the ceasefire"): the same act (`distinct_ordinals`, `anaphoric_determiners`)."""
    return q.marked(ctx, trig, "distinct_ordinals") and not q.marked(ctx, trig, "anaphoric_determiners")


def opens_definite(ctx: Context, trig: Trigger) -> bool:
    """The sentence opens on the trigger, a definite noun that is its verb's subject ("L'attaque a
    commencé par l'explosion d'une voiture piégée", "The assault began with a car bomb")."""
    root = trig.root
    lo = ctx.bounds[ctx.sent_of[trig.span.start]][0]
    return root.pos_ == "NOUN" and root.dep_ in args.SUBJECT_DEPS and root.left_edge.i == lo \
        and q.marked(ctx, trig, "anaphoric_determiners")


def phase_of_act(ctx: Context, trig: Trigger) -> bool:
    """The clause of sequence tells a phase of the act its main clause says began ("L'attaque a
    commencé par l'explosion d'une voiture piégée, avant que des hommes armés ne pénètrent dans
    l'hôtel", "The assault began with a car bomb, before gunmen stormed the compound"): one
    incident told in its stages, not two acts in order. The verbs are `phase_verbs`."""
    found = q.sequence_clause(ctx, trig)
    if found is None:
        return False
    main = found[0].head
    roots = {t.root.i for t in ctx.matches.triggers}
    return main.i != found[0].i and main.lemma_.lower() in ctx.words("phase_verbs") \
        and any(c.dep_ in args.SUBJECT_DEPS and c.i in roots for c in main.children)


# "claimed responsibility for the attack": the trigger noun this many heads below the claiming verb
CLAIMED_CLIMB = 3


def claimed(ctx: Context, trig: Trigger) -> bool:
    """The trigger noun is what a verb of a claim of responsibility claims, as its object or through
    a noun ("a revendiqué l'attaque", "claimed responsibility for the attack"; the verbs are
    `responsibility_verbs`)."""
    t = trig.root
    if t.pos_ not in ("NOUN", "PROPN"):
        return False
    for _ in range(CLAIMED_CLIMB):
        if t.dep_ in args.SUBJECT_DEPS or t.head.i == t.i:
            return False
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            return t.lemma_.lower() in ctx.words("responsibility_verbs")
    return False


def tally_subjects(ctx: Context, drafts: list[Draft]) -> None:
    """A war noun that is the subject of a count ("the jihadist insurgency has killed more than
    40,000 people since 2009", "l'insurrection a tué plus de 40 000 personnes depuis 2009") is the
    war counting its dead, as generic as the tally verb (qualifiers.tallied): left specific it
    becomes an incident dated by the year the count starts from, or, grouped with the verb in its
    sentence (a draft is generic only when all its triggers are), lends the war's toll to the
    incident it merges with. The nouns are `tally_subjects` (events.yaml); "the fighting killed 12
    on Monday" tells one day's clash."""
    generic_roots = {t.root.i for d in drafts if d.generic for t in d.triggers}
    words = ctx.words("tally_subjects")
    counted = {r.start for r in ctx.numbers}  # the numbers stage's counts (a year is none)

    def counts(noun: Token) -> bool:
        verb = noun.head
        return noun.dep_ in args.SUBJECT_DEPS and verb.pos_ == "VERB" and (
            verb.i in generic_roots
            or (noun.lemma_.lower() in words and any(t.i in counted for t in verb.subtree if t.i > verb.i)))

    for d in drafts:
        if d.vague and not d.generic and all(counts(t.root) for t in d.triggers):
            d.generic = True


# "refrained from firing": the verb of abstaining this many heads above the trigger (through "from")
ABSTAIN_CLIMB = 2


# dependencies of what a verb of discussion is about: its object, French "discuter de" (obl:arg)
TOPIC_DEPS = frozenset({"dobj", "obj", "obl:arg", "obl"})


def discussed_topic(ctx: Context, trig: Trigger) -> bool:
    """An act named as what a meeting is to discuss ("met to discuss the drone incursion into
    Poland", "pour discuter de l'incursion de drones"): a topic, told elsewhere or not at all, with
    no day of its own in its phrase; "to discuss Monday's strike on Kyiv" still dates one. The verbs
    are `topic_verbs` (events.yaml)."""
    root = trig.root
    verb = root.head.head if root.head.pos_ == "ADP" and root.dep_ == "pobj" else root.head
    if root.pos_ != "NOUN" or verb.i == root.i or verb.lemma_.lower() not in ctx.words("topic_verbs") \
            or (root.dep_ not in TOPIC_DEPS and root.head.pos_ != "ADP"):
        return False
    # a day after the act, also one the parser hung on the verb ("to discuss the incursion into
    # Poland on Monday night"), dates it; the meeting's own day stands before the verb
    lo, hi = root.left_edge.i, verb.right_edge.i + 1
    return not any(lo <= r.start < hi for r in ctx.refs.get("time", []))


def abstained(ctx: Context, trig: Trigger) -> bool:
    """The act is what someone refrained from ("Hezbollah has largely refrained from firing on
    Israel", "le groupe s'est abstenu de tirer sur Israël"): no act done. The verbs are
    `abstain_verbs` (events.yaml)."""
    words = ctx.words("abstain_verbs")
    t = trig.root
    for _ in range(ABSTAIN_CLIMB):
        if t.head.i == t.i or t.dep_ in args.SUBJECT_DEPS:
            return False
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            return t.lemma_.lower() in words
    return False


def names_site(ctx: Context, trig: Trigger) -> bool:
    """A noun trigger that only qualifies a noun of place ("a temporary deployment point of
    Ukrainian units", "un point de déploiement", "la zone de combat"): the words name where troops
    stand or fight, the place of another act, not an act of its own. English hangs it before the
    place noun as a compound, French after it with a bare "de" (`of_prepositions`; with an
    article, "le lieu de ce déploiement", it tells the act). The nouns are `site_heads`."""
    root = trig.root
    head = root.head
    if root.pos_ != "NOUN" or head.i == root.i or head.lemma_.lower() not in ctx.words("site_heads"):
        return False
    if root.dep_ == "compound":
        return root.i < head.i
    return root.dep_ == "nmod" and root.i > head.i and not any(c.dep_ == "det" for c in root.children) \
        and any(c.dep_ == "case" and c.lower_ in ctx.words("of_prepositions") for c in root.children)
