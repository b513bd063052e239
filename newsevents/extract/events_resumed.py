"""Stage `events`: the place of an incident told by a pronoun in the next sentence.

Why: wire copy often places an act in the sentence after it, naming it by a pronoun ("A drone
struck an army base on Monday, the army said. It took place near Kiryat Shmona", "Elle s'est
produite près d'Erbil"). The pronoun names the act its previous sentence is about, its subject or
its main verb, not the nearest act told (joining the nearest incident, tried in round 13 with
anaphoric labels, merged wrong incidents). Only an incident with no place of its own takes that
sentence's place, so nothing placed is moved. The verbs of occurrence and the pronouns are
language data (`occurrence_verbs`, `resuming_pronouns` of lang/<code>/events.yaml).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from newsevents.extract import arguments as args
from newsevents.extract.triggers import OBJECT_DEPS, SUBJECT_DEPS
from newsevents.extract.where_vessels import vessel_place

if TYPE_CHECKING:
    from newsevents.extract.arguments import Ref
    from newsevents.extract.drafts import Draft
    from newsevents.extract.events import Context


# the clause a reporting verb heads, told before it ("A missile hit X, officials said")
REPORTED_DEPS = frozenset({"ccomp", "parataxis"})
# the auxiliaries a verb's tense is read from (a copula's for a nominal predicate), and a passive's
TENSE_DEPS = frozenset({"aux", "aux:tense", "cop"})
PASSIVE_DEPS = frozenset({"auxpass", "aux:pass"})


def _root(sent: Span) -> Token:
    return sent.root


def resuming(ctx: Context, verb: Token) -> bool:
    """The verb is one of occurrence ("took place", "a eu lieu", "s'est produite") or an act's own
    verb ("it hit"), and its subject a pronoun of `resuming_pronouns` ("it", "elle")."""
    verbs, pronouns = ctx.words("occurrence_verbs"), ctx.words("resuming_pronouns")
    lemma = verb.lemma_.lower()
    named = {lemma, *(f"{lemma} {c.lemma_.lower()}" for c in verb.children if c.dep_ in OBJECT_DEPS)}
    act = any(t.spec.verb and t.root.i == verb.i for t in ctx.matches.triggers)
    return bool(named & verbs or act) and any(c.dep_ in SUBJECT_DEPS and c.lower_ in pronouns
                                              for c in verb.children)


def _resumes(ctx: Context, sent: Span) -> bool:
    """The sentence's main verb, or the clause a reporting verb heads ("Les médias indiquent
    qu'elle s'est produite au sud de X", "Officials said it hit a depot in X"), is `resuming`."""
    root = _root(sent)
    return any(resuming(ctx, v) for v in (root, *(c for c in root.children if c.dep_ in REPORTED_DEPS)))


def about(ctx: Context, d: Draft, sent: Span) -> bool:
    """The draft's act is what the sentence is about: its trigger is the main verb, or in the
    main verb's subject ("Une frappe de drone ... a touché une base")."""
    root = _root(sent)
    # the main verb, or the clause a reporting verb heads ("A missile hit X, officials said")
    verbs = [root, *(c for c in root.children if c.dep_ in REPORTED_DEPS)]
    told = {v.i for v in verbs} | {t.i for v in verbs for c in v.children if c.dep_ in SUBJECT_DEPS
                                   for t in c.subtree}
    return any(t.root.i in told for t in d.triggers)


def resumed_place(ctx: Context, d: Draft) -> Ref | None:
    """The place the sentence after the draft's own gives it through a pronoun, if any: the
    sentence right after resumes it and the draft's act is what its own sentence is about. That
    sentence may open the next paragraph: wire copy gives each sentence a paragraph of its own."""
    last = max(d.sents)
    nxt = last + 1
    if nxt >= len(ctx.bounds):
        return None
    sent = ctx.sentence(nxt)
    if not _resumes(ctx, sent) or not about(ctx, d, ctx.sentence(last)):
        return vessel_place(ctx, d)  # "... attacked a tanker. The vessel was sailing in the Red Sea"
    places = [r for r in ctx.places if r.sent == nxt]
    return args.best_place(places, sent, ctx.owner_starts, reasons=d.violent) if places else None


def general_statement(ctx: Context, sent: Span) -> bool:
    """The sentence states a general fact, not a scene: its main verb is in the present, simple or
    perfect ("Communities in X have put up some of the strongest opposition to military rule", "Les
    habitants de X subissent depuis des années les violences"). Why: such an aside, told between two
    sentences of one strike, named a town the strike was then placed at, 125 km from the region its
    own sentence gave. Not a progressive ("rescuers are searching the rubble in X": the scene now),
    not a passive ("Explosions have been heard in X": a report), not a perfect that narrates
    (`narrating_perfect_auxiliaries`: the French passé composé)."""
    root = _root(sent)
    if root.pos_ not in ("VERB", "AUX", "NOUN", "ADJ", "PROPN") or "Prog" in root.morph.get("Aspect"):
        return False
    kids = [c for c in root.children if c.dep_ in TENSE_DEPS]
    if any(c.dep_ in PASSIVE_DEPS for c in root.children):
        return False
    finite = [t for t in (root, *kids) if "Fin" in t.morph.get("VerbForm")]
    if not finite or "Pres" not in finite[0].morph.get("Tense"):
        return False
    narrating = ctx.words("narrating_perfect_auxiliaries")
    return not any(c.lemma_.lower() in narrating for c in kids if c.dep_ != "cop")
