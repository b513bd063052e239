"""Stage `events`: a crowd attacking a site is a riot, not an armed clash.

Why: a generic attack verb ("attaquer", "stormed", "prendre d'assaut") with no weapon is typed by
default as an armed clash; done by a crowd ("des manifestants en colère ont attaqué plusieurs
ambassades", "protesters stormed the French embassy") it is what ACLED codes as Riots / Mob
violence, as the "saccager" and "émeute" triggers are. The crowd nouns are language data
(`crowd_nouns` of lang/<code>/events.yaml); the type, mode and codes are `crowd_attack` of
data/event_types.yaml.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from spacy.tokens import Token

from newsevents.extract.arguments import Ref
from newsevents.extract.drafts import apart, type_table
from newsevents.extract.triggers import GENERIC_KINDS, SUBJECT_DEPS, Trigger

if TYPE_CHECKING:
    from newsevents.extract.drafts import Draft
    from newsevents.extract.events import Context

# the verb a coordinated verb shares its subject with ("stormed the embassy and torched a car")
SHARED_SUBJECT_DEPS = frozenset({"conj"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubj:pass", "nsubjpass"})
# a relative clause on its subject's antecedent ("des manifestants, qui ont attaqué ...")
RELATIVE_DEPS = frozenset({"acl:relcl", "relcl"})
# the English tags of a relative pronoun ("who", "that"), which the small model leaves without PronType
RELATIVE_TAGS = frozenset({"WP", "WDT"})
NOUN_POS = frozenset({"NOUN", "PROPN"})
# the noun a quantity counts, as the French parser hangs it ("des centaines de manifestants")
COUNTED_DEPS = frozenset({"nmod"})


def crowd_attack() -> dict[str, Any]:
    """The type, mode and ACLED codes of a crowd's attack (`crowd_attack`, event_types.yaml)."""
    return dict(type_table().get("crowd_attack") or {})


def _subjects(verb: Token) -> list[Token]:
    """The verb's active subjects; a relative pronoun stands for the noun its clause hangs on
    ("des manifestants, qui ont attaqué plusieurs ambassades": the protesters attacked)."""
    own = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.dep_ not in PASSIVE_SUBJECT_DEPS]
    own = [antecedent(c) or c for c in own]
    if not own and verb.dep_ in SHARED_SUBJECT_DEPS and verb.head.i != verb.i:
        return _subjects(verb.head)
    return own


def antecedent(pronoun: Token) -> Token | None:
    """The noun a relative pronoun subject stands for: the noun right before it and its comma ("des
    centaines de manifestants, qui ont ..."; the parser often hangs the clause on the count, a place
    or the main verb), else the noun the clause hangs on; None for any other subject."""
    verb = pronoun.head
    if verb.dep_ not in RELATIVE_DEPS or not ("Rel" in pronoun.morph.get("PronType")
                                              or pronoun.tag_ in RELATIVE_TAGS):
        return None
    before = pronoun.i - 1
    while before >= pronoun.sent.start and pronoun.doc[before].is_punct:
        before -= 1
    if before >= pronoun.sent.start and pronoun.doc[before].pos_ in NOUN_POS:
        return pronoun.doc[before]
    return verb.head if verb.head.pos_ in NOUN_POS else None


def crowd_antecedent(ctx: Context, trig: Trigger) -> list[Ref]:
    """The crowd a relative clause's attack is told of ("des manifestants, qui ont attaqué plusieurs
    ambassades", "protesters who stormed the embassy"): the party named by the pronoun's antecedent,
    the riot's actor, which the clause roles (subject of the verb) do not reach."""
    if not crowd_doer(ctx, trig):
        return []
    nouns = {a.i for c in trig.root.children if c.dep_ in SUBJECT_DEPS and (a := antecedent(c)) is not None}
    return [r for r in ctx.parties if ctx.doc[r.start:r.end].root.i in nouns]


def crowd_doer(ctx: Context, trig: Trigger) -> bool:
    """The attack verb's active subject is a crowd ("des manifestants", "protesters", "a mob")."""
    root = trig.root
    if root.pos_ not in ("VERB", "AUX"):
        return False
    crowds = ctx.words("crowd_nouns")
    subjects = [_counted(ctx, s) for s in _subjects(root)]
    return bool(subjects) and all(s.lemma_.lower() in crowds or s.lower_ in crowds for s in subjects)


def _counted(ctx: Context, subject: Token) -> Token:
    """The noun a quantity counts ("hundreds of protesters", "des centaines de manifestants",
    `crowd_quantities`), else the subject itself."""
    quantities = ctx.words("crowd_quantities")
    if not (subject.like_num or subject.pos_ == "NUM" or subject.lemma_.lower() in quantities):
        return subject
    below = [g for c in subject.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    below += [c for c in subject.children if c.dep_ in COUNTED_DEPS]
    return below[0] if below else subject


def riot_codes(trig: Trigger, type_: str | None) -> tuple[str | None, dict | None]:
    """The mode and ACLED codes of a generic attack trigger typed as a crowd's attack
    (events_typing.resolve_type), else the trigger's own."""
    spec = crowd_attack()
    if trig.spec.type == "attack" and type_ is not None and type_ == spec.get("type"):
        return spec.get("mode"), dict(spec.get("acled") or {}) or None
    return trig.spec.mode, dict(trig.spec.acled) or None


def rioted(d: Draft) -> bool:
    """A riot (a crowd's attack, "saccager", "émeute"): its doers and the sites it hit are read as an
    attack's (events._fill_parties), the crowd as actor and the embassy as target."""
    return d.mode is not None and d.mode == crowd_attack().get("mode")


def harassed(d: Draft) -> bool:
    """A vessel rammed or boarded by force ("Chinese coast guard ships rammed a Philippine government
    ship", "ont percuté un navire"): not violent (`other`, as the water cannon), but its doers and the
    vessel it hit are read as an attack's, as a riot's are. The at-sea triggers are the `other` verbs
    with no mode of lang/<code>/events.yaml (a coup has its mode)."""
    return d.type == "other" and d.mode is None and any(
        t.spec.type == "other" and t.spec.verb for t in d.triggers)


def _coerced(d: Draft) -> bool:
    """A use of force typed `other` by its weapon alone (`weapon_types` of event_types.yaml: tear
    gas, a water cannon, rubber bullets): a generic trigger ("fired", "a tiré") whose own default is
    not `other` (an incursion, a torching keep theirs)."""
    return d.type == "other" and d.mode is None and all(
        t.spec.type in GENERIC_KINDS and t.spec.default != "other" and not t.spec.incursion
        for t in d.triggers)


def fold_coercion(drafts: list[Draft]) -> list[Draft]:
    """Tear gas or rubber bullets fired in the sentence of a protest, a dispersal or a shooting
    ("police fired tear gas at protesters in X, and two people were shot dead", "a tiré des gaz
    lacrymogènes pour disperser les manifestants") are that police action told again, no incident
    of their own: the protest or the violent act of the sentence absorbs them (its weapon then), or,
    told with no day of its own, the one of the sentence before ("... attacked a rally, police said.
    Police fired tear gas at the crowd."). Alone they stay what they were."""
    out: list[Draft] = []
    for d in drafts:
        host = None
        if _coerced(d):
            hosts = [o for o in drafts if o is not d and not _coerced(o)
                     and (o.violent or o.family == "protest") and not o.generic and not apart(o, d)]
            # in its sentence, else, with no day of its own, the act of the sentence before
            host = next((o for o in hosts if d.sent in o.sents), None) or next(
                (o for o in hosts if not d.dates and not d.separate and d.sent - 1 in o.sents), None)
        if host is None:
            out.append(d)
        else:
            kept = host.type, host.anaphoric  # the host's own act types the incident, not the gas
            host.absorb(d)
            host.type, host.anaphoric = kept
    return out
