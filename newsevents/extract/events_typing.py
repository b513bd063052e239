"""Stage `events`, step 2 (see extract/events.py): the type of a trigger.

Why a module of its own: a generic attack, an impact ("est tombé sur") or a use ("ont été
utilisés") takes its type from the weapon in its phrase or clause, from the noun its relative
clause is about ("a missile whose debris fell on a house"), from the subject of the verb it
completes ("a drone was observed breaching the airspace"), or from the site an army reports
striking (`on_site`); events.py decides which triggers are incidents, this module only reads the
words around them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsevents.extract import arguments as args
from newsevents.extract import qualifiers as q
from newsevents.extract.arguments_accused import DIRECT_OBJECT_DEPS
from newsevents.extract.arguments_agents import agent_parties
from newsevents.extract.drafts import type_table
from newsevents.extract.events_coordinated import coordinated_with_attack
from newsevents.extract.events_jailbreak import freed_by_force
from newsevents.extract.events_riots import crowd_antecedent, crowd_attack, crowd_doer
from newsevents.extract.events_sides import sides_meet
from newsevents.extract.events_struck import struck_after_attack
from newsevents.extract.triggers import GENERIC_KINDS, TIME_OBJECT_DEPS, Trigger, victims_of
from newsevents.extract.triggers import SUBJECT_DEPS as TRIGGER_SUBJECT_DEPS
from newsevents.model import Weapon

if TYPE_CHECKING:
    from newsevents.extract.events import Context

# target kinds an army strikes (targets.yaml): a struck "facility" names a strike (`on_site`)
STRUCK_SITE_KINDS = frozenset({"facility", "military", "diplomatic_mission"})
# speakers that report their own strikes: a state, its government or army, an armed group
ARMED_SPEAKER_KINDS = frozenset({"state", "government", "military", "group"})
# subjects whose striking a position or a site is a raid ("the United States struck three sites")
STRIKING_SUBJECT_KINDS = frozenset({"state", "military", "group"})
# dependencies of a noun under a preposition (English pobj; French marks it with a "case" child)
PREPOSITIONAL_DEPS = frozenset({"pobj"})
# a noun's complement ("l'entrée du quartier général": nmod; "the gate of the barracks": pobj under "of")
COMPLEMENT_DEPS = frozenset({"nmod"})
PASSIVE_DEPS = frozenset({"aux:pass", "auxpass", "nsubj:pass", "nsubjpass"})
RELATIVE_CLAUSE_DEPS = frozenset({"relcl", "acl:relcl"})
# a verb that shares its doer with the verb above it: a coordinated verb, an infinitive
VICTIMS_SHARED_DEPS = frozenset({"conj", "xcomp"})
# a compound modifier before a weapon's noun ("explosive-laden", "bomb-carrying")
LADEN_DEPS = frozenset({"amod", "compound"})
# a side named on its men's noun ("Al-Shabaab fighters", "les soldats russes")
OWN_SIDE_DEPS = frozenset({"compound", "amod", "nmod", "nmod:poss", "poss", "flat", "flat:name"})

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
    skip = skip | _unit_weapons(ctx, lo, hi)
    refs = [r for r in args.weapons_in(ctx.weapons, lo, hi) if r.start not in skip]
    inside = {i for r in refs for i in range(r.start, r.end)}
    found = [(r.start, weapon_kind(r.value)) for r in refs]
    words = args.weapon_word_hits(ctx.doc, lo, hi, ctx.lex.weapon_words)
    typed = {i for r in refs if type_of_category(weapon_kind(r.value)) not in (None, "other")
             for i in [*range(r.start, r.end), *_laden_words(ctx.doc[r.end - 1])]}
    inside |= typed
    found += [(i, c) for i, c in words if i not in skip and i not in typed]
    found += [(t.i, "modifier:" + ctx.lex.modifiers[t.lemma_.lower()]) for t in ctx.doc[lo:hi]
              if t.lemma_.lower() in ctx.lex.modifiers and t.i not in inside and t.i not in skip]
    found.sort(key=lambda x: (abs(x[0] - near), x[0]))
    return [c for _, c in found]


def _laden_words(head: Token) -> list[int]:
    """The words of a modifier before a weapon's noun ("explosive-laden drones", "bomb-carrying
    drones"): what the weapon carries, not a weapon of its own that would type the act."""
    return [t.i for c in head.lefts if c.dep_ in LADEN_DEPS and c.i < head.i for t in c.subtree]


def _unit_weapons(ctx: Context, lo: int, hi: int) -> frozenset[int]:
    """Weapon words that name what a unit handles, the unit itself named as part of another noun
    ("un commandant de l'unité des missiles", "the head of the group's drone unit"): they say who
    was hit, not with what. A unit doing the act ("drone units struck ...", its subject) keeps
    them. The nouns are `weapon_unit_nouns` (events.yaml)."""
    units = ctx.words("weapon_unit_nouns")
    out: set[int] = set()
    for tok in ctx.doc[lo:hi]:
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in units:
            continue
        head = tok.head.head if tok.head.pos_ == "ADP" else tok.head
        if head.i != tok.i and head.pos_ in ("NOUN", "PROPN") and tok.dep_ not in args.SUBJECT_DEPS:
            out |= {t.i for t in tok.subtree if t.i != tok.i}
    return frozenset(out)


def type_of_category(category: str) -> str | None:
    if category.startswith(("modifier:", "force:")):
        return category.split(":", 1)[1]
    return type_table()["weapon_category_types"].get(category)



def antecedent(trig: Trigger) -> Token | None:
    """The noun a verb trigger's relative clause is about: what fell or hit is that noun ("a
    missile whose debris fell on a house on Tuesday"). (Also taking, when the parser leaves the
    clause unattached after "dont", the noun right before the relative pronoun found one more
    French incident on news-dev, fr recall 0.903 -> 0.913 with gold dates, but that incident, with
    neither place nor day, joined a cluster unmerged: merge recall 32/39 -> 32/41, below its floor.)"""
    head = args.clause_head(trig.root)
    if head.dep_ in RELATIVE_CLAUSE_DEPS and head.head.i != head.i:
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
# who a verb of enabling lets act ("leur a permis de cibler", "allowed them to target")
RECIPIENT_DEPS = ("iobj", "obj", "dobj", "dative")


def controller_range(ctx: Context, trig: Trigger, lo: int, hi: int) -> tuple[int, int] | None:
    """The tokens of the subject of the verb governing a subjectless verb trigger, when outside its
    clause ``lo:hi``: what was seen breaching the airspace is what breached it, so its weapon types
    the act."""
    root = trig.root
    if root.dep_ not in CONTROLLED_DEPS or root.head.i == root.i \
            or any(c.dep_ in CONTROLLER_DEPS for c in root.children):
        return None
    subject = next((c for c in root.head.children if c.dep_ in CONTROLLER_DEPS), None)
    if subject is None or lo <= subject.i < hi:
        return None
    return ctx.clip(trig.span, subject.left_edge.i, subject.right_edge.i + 1)


def told_before_range(ctx: Context, trig: Trigger) -> tuple[int, int] | None:
    """The sentence before an impact verb whose subject is a pronoun standing for a side
    (`doer_pronouns`: "Les FSR ont mené des attaques de drones contre le nord. Elles ont ciblé des
    infrastructures telles que ..."): the attacks it tells are the ones that hit, so their weapon
    types the verb. Only the sentence right before, and only a pronoun subject, or the pronoun an
    infinitive's governing verb is said of ("Cela leur a permis de cibler ...")."""
    pronouns = ctx.words("doer_pronouns")
    n = ctx.sent_of[trig.span.start]
    root = trig.root
    doers = [c for c in root.children if c.dep_ in args.SUBJECT_DEPS]
    if root.dep_ in CONTROLLED_DEPS and root.head.i != root.i and not doers:
        doers = [c for c in root.head.children if c.dep_ in (*args.SUBJECT_DEPS, *RECIPIENT_DEPS)]
    if n == 0 or not any(c.lower_ in pronouns for c in doers):
        return None
    before = ctx.sentence(n - 1)
    return before.start, before.end


def told_before_doers(ctx: Context, trig: Trigger) -> list[args.Ref]:
    """Who the doer pronoun stands for (told_before_range): the parties subjects of the sentence
    before ("les paramilitaires ... ont de plus en plus recours à ces drones. Cela leur a permis
    de cibler ..."); or the crowd a relative pronoun stands for ("des manifestants, qui ont attaqué
    plusieurs ambassades": events_riots.crowd_antecedent)."""
    told = told_before_range(ctx, trig) if trig.spec.type == "impact" else None
    if told is None:
        return crowd_antecedent(ctx, trig)
    found = [r for r in args.parties_in(ctx.parties, *told)
             if ctx.doc[r.start:r.end].root.dep_ in args.SUBJECT_DEPS]
    return found or _named_before(ctx, [t for t in ctx.doc[told[0]:told[1]]
                                        if t.dep_ in DOER_NOUN_DEPS and t.pos_ == "NOUN"], told[1])


# a subject noun, or one the parser made the root of a long sentence ("Les rebelles du M23, qui ...,
# ont de plus en plus recours à des drones")
DOER_NOUN_DEPS = frozenset({*args.SUBJECT_DEPS, "ROOT"})


def _named_before(ctx: Context, nouns: list[Token], hi: int) -> list[args.Ref]:
    """The party the subject noun's own complement names ("les rebelles du M23"), or an earlier
    phrase with the same common noun ("les paramilitaires des Forces de soutien rapide (FSR)" ...
    "les paramilitaires"): the nearest before ``hi``."""
    lemmas = {t.lemma_.lower() for t in nouns}
    for r in sorted((r for r in ctx.parties if r.end <= hi), key=lambda r: -r.start):
        head = ctx.doc[r.start:r.end].root.head
        if head.i not in range(r.start, r.end) and head.pos_ == "NOUN" and head.lemma_.lower() in lemmas:
            return [r]
    return []


# what ends the words before a verb that may be its subject, read from the verb leftwards
PREVERBAL_STOPS = frozenset({"CCONJ", "PUNCT", "VERB", "SCONJ", "PRON"})
# auxiliaries and negation between a subject and its verb ("des drones ont touché", "n'ont pas")
PREVERBAL_GLUE = frozenset({"AUX", "PART", "ADV"})


def preverbal_range(ctx: Context, trig: Trigger) -> tuple[int, int] | None:
    """The words between the clause boundary before a verb trigger with no subject in the parse and
    its auxiliaries: its subject, told in the written order the parser lost ("En mars, un missile a
    frappé X et en avril des drones ont touché Y": "des drones" hung under "avril", "touché" a
    parataxis with no subject). Whatever the attachment, what stands between "et" and "ont touché"
    is the act's doer and its time. None when the parse gives the verb a subject."""
    root = trig.root
    # a finite verb, simple or compound: a participle on a noun ("un missile lancé depuis ...",
    # "des usines visées à Kiev") has that noun, not the words before it, for its doer
    finite = "Fin" in root.morph.get("VerbForm") \
        or any(c.pos_ == "AUX" and c.i < root.i for c in root.children)
    if root.pos_ != "VERB" or not finite or q.infinitive(root) \
            or any(c.dep_ in TRIGGER_SUBJECT_DEPS or c.dep_ in PASSIVE_DEPS for c in root.children):
        return None
    lo = ctx.bounds[ctx.sent_of[root.i]][0]
    i = trig.span.start - 1
    while i >= lo and ctx.doc[i].pos_ in PREVERBAL_GLUE and ctx.doc[i].head.i == root.i:
        i -= 1
    end = i + 1
    while i >= lo and (ctx.doc[i].pos_ not in PREVERBAL_STOPS or _noun_participle(ctx.doc[i])):
        i -= 1
    start = i + 1
    if start >= end or not any(t.pos_ in ("NOUN", "PROPN") for t in ctx.doc[start:end]):
        return None
    return start, end


def _noun_participle(tok: Token) -> bool:
    """A participle with no auxiliary right after its noun ("Deux drones chargés d'explosifs ont
    frappé", which the parser may take for the sentence's root): part of the subject, no boundary."""
    return tok.pos_ == "VERB" and "Part" in tok.morph.get("VerbForm") and tok.i > 0 \
        and tok.nbor(-1).pos_ in ("NOUN", "PROPN", "ADJ") and not any(c.pos_ == "AUX" for c in tok.children)


def resolve_type(ctx: Context, trig: Trigger) -> tuple[str | None, bool]:
    """The trigger's type, and whether it is only the default of a bare attack noun."""
    spec = trig.spec
    if spec.sides and not sides_meet(ctx, trig):  # "l'armée affronte une crise": no clash
        return None, False
    if freed_by_force(ctx, trig):  # attackers opening a jail: their attack's deed, no release
        return None, False
    if coordinated_with_attack(ctx, trig):  # "killed five villagers and set fire to houses"
        return None, False
    if spec.type not in GENERIC_KINDS:
        return _typed_by_weapon_doer(ctx, trig) or spec.type, False
    # the weapon of the attack a strike answers is not the strike's ("a frappé des cibles en réponse
    # à une attaque de drone"); any other trigger's weapon may type it (news-dev: skipping every
    # trigger's words lost more strikes than it typed right)
    theirs = frozenset(i for t in ctx.matches.triggers if t is not trig and q.answered(ctx, t)
                       for i in range(t.span.start, t.span.end))
    if spec.by_weapon:
        return _typed_by_doer(ctx, trig, theirs), False
    if spec.victims:
        return _typed_by_victims(ctx, trig, theirs)
    if spec.thing_subject and _party_subject(ctx, trig):
        return None, False
    if spec.type == "attack" and crowd_doer(ctx, trig):  # "des manifestants ont attaqué une ambassade"
        return crowd_attack().get("type"), False
    if spec.type == "attack" and trig.root.pos_ not in ("VERB", "AUX"):
        lo, hi = ctx.phrase(trig.span)
        cats = [c for c in weapon_categories(ctx, trig.span.end, hi, trig.span.end, theirs)]
        # "l'espace aérien" of an incursion is where it went, not its weapon
        own = frozenset(range(trig.span.start, trig.span.end)) if spec.incursion else frozenset()
        cats += weapon_categories(ctx, trig.span.start, trig.span.end, trig.span.start, own)
        cats = cats or weapon_categories(ctx, lo, hi, trig.span.start, theirs | own)
        agent = _incursion_agent(ctx, trig, hi) if spec.incursion and not cats else None
        if agent is not None:  # "une violation de l'espace aérien de la Roumanie par un drone"
            cats += weapon_categories(ctx, agent[0], agent[1], agent[0], theirs)
    else:
        lo, hi = ctx.clause(trig.span)
        others = q.other_clauses(trig.span) | q.answered_phrases(trig.span, ctx.words("response_heads"))
        if spec.object_destroyed and (any(weapon_categories(ctx, h.i, h.i + 1, h.i) for h in _acted_on(trig))
                                      or _done_by_an_act(ctx, trig)):
            # "destroyed 41 drones", "41 drones were destroyed": downed, no strike; "missile strikes
            # have destroyed schools": the damage the subject's act did, no act of its own
            return None, False
        # a verb named after a weapon ("a jet bombed a monastery") is typed by what did it, its own
        # word only when nothing else in the clause says ("militants bombed a police station")
        own = frozenset(range(trig.span.start, trig.span.end)) if spec.type == "attack" else frozenset()
        # a weapon hit is a target ("fighter jets hit a rocket launcher"): the doer's weapon first
        hit = _hit_words(ctx, trig) if spec.type == "impact" else frozenset()
        cats = weapon_categories(ctx, lo, hi, trig.root.i, others | theirs | own | hit) \
            or weapon_categories(ctx, lo, hi, trig.root.i, others | theirs | own) \
            or weapon_categories(ctx, lo, hi, trig.root.i, others | theirs)
        # an impact or a use names its weapon before it: "un missile dont les débris sont tombés"
        ante = antecedent_range(ctx, trig, lo, hi) if spec.type != "attack" or spec.incursion else None
        if ante is not None:
            cats += weapon_categories(ctx, ante[0], ante[1], ante[1] - 1, theirs)
        doer = controller_range(ctx, trig, lo, hi)  # "a drone was observed breaching the airspace"
        if doer is not None:
            cats += weapon_categories(ctx, doer[0], doer[1], doer[1] - 1, theirs)
        before = preverbal_range(ctx, trig)  # "... et en avril des drones ont touché Y"
        if before is not None and not cats:
            cats += weapon_categories(ctx, before[0], before[1], before[1] - 1, theirs)
        told = told_before_range(ctx, trig) if spec.type == "impact" and not cats else None
        if told is not None:  # "Les FSR ont mené des attaques de drones. Elles ont ciblé ..."
            cats += weapon_categories(ctx, told[0], told[1], told[1] - 1, theirs)
    if spec.crash:  # what crashed is a munition, named as such (no modifier: "aérien", "military")
        platforms = frozenset(type_table().get("crash_platforms") or ())
        cats = [c for c in cats if c not in platforms and not c.startswith(("modifier:", "force:"))]
    if spec.incursion:  # a fighter jet crossing an airspace violated it: no strike
        crewed = frozenset(type_table().get("incursion_platforms") or ())
        cats = [c for c in cats if c not in crewed]
    for cat in cats:
        t = type_of_category(cat)
        if t and (t != "other" or cat.startswith("force:")):
            return t, False
    if spec.type == "attack":
        # "rebels struck two army posts": a strike verb whose doer fights on the ground, no aircraft told
        ground = trig.root.pos_ == "VERB" and spec.default == "air_strike" and _ground_doer(ctx, trig)
        if not ground and spec.default == "armed_clash" and civilians_attacked(ctx, trig):
            return "attack_on_civilians", True  # "an attack on tourists", "ont attaqué des fidèles"
        return (type_table().get("ground_site_type") if ground else None) or spec.default, True
    if spec.on_site and _strikes_a_site(ctx, trig):
        ground = type_table().get("ground_site_type") if _ground_doer(ctx, trig) else None
        return ground or spec.on_site, False
    if spec.type == "impact":  # "Leur véhicule a été pris pour cible" after the ambush told
        return struck_after_attack(ctx, trig, resolve_type), False
    return None, False  # an impact or a use needs its weapon


PASSIVE_SUBJECTS = frozenset({"nsubj:pass", "nsubjpass"})


def civilians_attacked(ctx: Context, trig: Trigger) -> bool:
    """An attack whose object names civilians by their kind (`victim_kinds`: "an attack on tourists",
    "une attaque contre des fidèles", "gunmen attacked passengers", "villagers were attacked"): an
    attack on civilians, not a clash, with no weapon that would type it. The object of a verb (or
    the subject of its passive), the noun of a target preposition of a noun (`target_prepositions`),
    or one of their conjuncts. Gunfire on them ("opened fire on worshippers") stays typed by its
    firearm, a clash (tests/test_events_en.py)."""
    root = trig.root
    preps = ctx.words("target_prepositions")
    if root.pos_ in ("VERB", "AUX"):
        heads = [c for c in root.children if c.dep_ in ("obj", "dobj") or c.dep_ in PASSIVE_SUBJECTS]
    else:
        heads = [n for c in root.children if c.dep_ == "prep" and c.lower_ in preps
                 for n in c.children if n.dep_ == "pobj"]
        heads += [c for c in root.children if c.pos_ in ("NOUN", "PROPN")
                  and any(m.dep_ == "case" and m.lower_ in preps for m in c.children)]
    heads += [c for h in heads for c in h.children if c.dep_ == "conj"]
    return any("attack_on_civilians" in (ctx.lex.victim_kind(h.lemma_), ctx.lex.victim_kind(h.lower_))
               for h in heads)


def _typed_by_weapon_doer(ctx: Context, trig: Trigger) -> str | None:
    """A strike type the weapon doing a typed verb gives it (`doer_weapon_types`, event_types.yaml):
    a drone that explodes near a base struck it ("un drone piégé a explosé près d'une base", "a
    drone exploded over the port"); a bomb or a mine that explodes stays an explosion."""
    allowed = (type_table().get("doer_weapon_types") or {}).get(trig.spec.type)
    if not allowed or trig.root.pos_ not in ("VERB", "AUX"):
        return None
    typed = _typed_by_doer(ctx, trig, frozenset())
    return typed if typed in allowed else None


def _incursion_agent(ctx: Context, trig: Trigger, hi: int) -> tuple[int, int] | None:
    """The agent phrase told right after an incursion noun's phrase, which the parser hung on the
    verb that reports it ("l'armée a signalé une violation de l'espace aérien de la Roumanie par
    un drone": "par un drone" an agent of "signalé", a verb in the active that has none): what
    crossed. Not when that verb is a passive, whose agent it is ("une violation signalée par ...")."""
    if hi >= len(ctx.doc) or ctx.sent_of[hi] != ctx.sent_of[trig.span.start]:
        return None
    by = ctx.words("agent_prepositions")
    tok = ctx.doc[hi]
    if tok.pos_ != "ADP" or tok.lower_ not in by or tok.head.i == tok.i:
        return None
    noun = tok.head
    verb = noun.head
    if noun.left_edge.i != hi or verb.pos_ not in ("VERB", "AUX") \
            or any(c.dep_ in PASSIVE_DEPS for c in verb.children) \
            or trig.root.i not in {t.i for t in verb.subtree}:
        return None
    return hi, noun.right_edge.i + 1


def downed_type(ctx: Context, trig: Trigger) -> str | None:
    """The type the weapon an interception downed gives the incursion it joins: its object or
    passive subject ("a abattu trois drones", "the two drones that entered were shot down"), or
    the noun a participle or a relative is about ("les drones abattus"). Not its agent: "by
    fighter jets" shot down what crossed, they did not cross. None for anything but an
    interception (trigger `alone`)."""
    if trig.spec.alone is None:
        return None
    root = trig.root
    heads = _acted_on(trig)
    if root.dep_.startswith("acl") and root.head.i != root.i:
        heads.append(root.head)
    if not heads and root.pos_ == "VERB":  # a headline's passive with no auxiliary ("Two jets downed"):
        heads = _active_subjects(root)      # the subject is what was downed, the verb takes no object
    for h in heads:
        # to the end of a weapon's name the head opens ("deux avions de chasse": "de chasse")
        hi = max([h.i + 1, *(r.end for r in ctx.weapons if r.start <= h.i < r.end)])
        for cat in weapon_categories(ctx, h.left_edge.i, hi, h.i):
            t = type_of_category(cat)
            if t and t != "other" and not cat.startswith("modifier:"):
                return t
    return None


def _party_subject(ctx: Context, trig: Trigger) -> bool:
    """The trigger verb's subject is a party (people, a group, a state), not a thing that fell."""
    subjects = {c.i for c in trig.root.children if c.dep_ in args.SUBJECT_DEPS}
    return any(r.start <= i < r.end for r in ctx.parties for i in subjects)


def _told_by_others(ctx: Context, trig: Trigger) -> set[int]:
    """The tokens of the document's other triggers: a doer among them is an act told by a trigger
    of its own ("the strike destroyed ...", "a missile attack that killed 36")."""
    return {i for t in ctx.matches.triggers if t is not trig for i in range(t.span.start, t.span.end)}


def _done_by_an_act(ctx: Context, trig: Trigger) -> bool:
    """The verb's subject is itself told by another trigger ("the strike destroyed ...")."""
    told = _told_by_others(ctx, trig)
    return any(c.dep_ in TRIGGER_SUBJECT_DEPS and told & set(range(c.left_edge.i, c.right_edge.i + 1))
               for c in trig.root.children)


def _acted_on(trig: Trigger) -> list[Token]:
    """The heads of what the trigger verb acts on: its direct objects, or its passive's subject."""
    return [c for c in trig.root.children if c.dep_ in DIRECT_OBJECT_DEPS or c.dep_ in PASSIVE_SUBJECTS]


def _hit_words(ctx: Context, trig: Trigger) -> frozenset[int]:
    """The words of what an impact verb hits: its direct objects, and the object the parser hung
    below the day told right after the verb ("ont frappé vendredi un lance-roquettes": the launcher
    under "vendredi")."""
    times = {i for r in ctx.refs.get("time", []) for i in range(r.start, r.end)}
    heads = _acted_on(trig) + [c for t in trig.root.children if t.i in times and t.dep_ in TIME_OBJECT_DEPS
                               for c in t.children if c.pos_ == "NOUN"]
    return frozenset(t.i for h in heads for t in h.subtree)


def _typed_by_doer(ctx: Context, trig: Trigger, skip: frozenset[int]) -> str | None:
    """The type a weapon that does the act gives it: the verb's subject or agent ("un missile a
    tué trois personnes", "three people were killed by a shell"), or the noun a relative clause
    is about ("the drone that wounded two civilians"); None when the doer is no weapon, or an
    act told by a trigger of its own, whose toll the verb then gives ("the attack that killed")."""
    root = trig.root
    ranges = [(c.left_edge.i, c.right_edge.i + 1) for c in root.children if c.dep_ in TRIGGER_SUBJECT_DEPS]
    # the agent of a passive, also when the parser hangs it on another word of the verb's ("tuées
    # mercredi par un drone": "drone" under "mercredi"), known by its preposition
    passive = any(c.dep_ in PASSIVE_DEPS for c in root.children)
    by = ctx.words("agent_prepositions")
    lo, hi = ctx.clause(trig.span)
    ranges += [(t.left_edge.i, t.right_edge.i + 1) for t in ctx.doc[lo:hi]
               if (t.dep_ in args.AGENT_DEPS or (passive and any(c.dep_ == "case" and c.lower_ in by
                                                                for c in t.children)))
               and _verb_above(t) == root]
    if root.dep_ in RELATIVE_CLAUSE_DEPS and root.head.i != root.i:
        ranges.append((root.head.left_edge.i, root.head.i + 1))
    told = _told_by_others(ctx, trig)
    for lo, hi in ranges:
        if told & set(range(lo, hi)):  # "a missile attack that killed 36": the toll of that attack
            return None
        for cat in weapon_categories(ctx, lo, hi, hi - 1, skip):
            t = type_of_category(cat)
            if t and (t != "other" or cat.startswith("force:")):
                return t
    return None


def _typed_by_victims(ctx: Context, trig: Trigger, skip: frozenset[int]) -> tuple[str | None, bool]:
    """A killing told by its victims (trigger `victims`): a weapon that did it types it as
    `_typed_by_doer` does; else its doer must be a side ("Boko Haram a tué quinze agriculteurs",
    "gunmen killed 17 villagers", or "it" in an armed side's own statement: "the army said it
    killed 12 insurgents"), the weapon of its clause types it, and with none the kind of its
    victims does (civilians: an attack on them; combatants: a clash), as a bare attack noun that
    joins the incident it names. A doer that is no side ("the floods killed 12 villagers", "the
    virus") or an act told by its own trigger ("the raid killed 9 soldiers": its toll) makes none."""
    root = trig.root
    weapon = _typed_by_doer(ctx, trig, skip)
    if weapon is not None:
        return weapon, False
    doer = root.head if root.dep_ in RELATIVE_CLAUSE_DEPS and root.head.i != root.i else root
    subjects = _active_subjects(doer)
    if any(c.dep_ in PASSIVE_DEPS for c in root.children):
        # "fifteen farmers were killed by Boko Haram militants": the agent is the doer; with
        # none named ("were killed on Monday") the killing tells a toll, no doer of its own
        subjects, doer = _agents(ctx, trig), root
    # a past infinitive ("l'armée a affirmé avoir tué douze insurgés", "claimed to have killed"):
    # the act told done by the subject of the verb above; a bare one is a plan ("vowed to kill")
    perfect = any(c.pos_ == "AUX" and q.infinitive(c) for c in root.children)
    if doer is not root:  # "gunmen who killed 17 villagers": the noun the relative is about
        subjects = [doer]
    elif not subjects and root.head.i != root.i and (root.dep_ == "conj" or perfect):
        # "stormed a village and killed 12": the subject of the verb before it; a past infinitive
        # the parser hung on a noun ("ont affirmé dimanche avoir tué": "tué" under "dimanche")
        above = root.head if root.dep_ in VICTIMS_SHARED_DEPS else _verb_above(root)
        subjects = [] if above is None else _active_subjects(above)
    told = _told_by_others(ctx, trig)
    if not subjects or any(told & set(range(c.left_edge.i, c.right_edge.i + 1)) for c in subjects) \
            or not all(_a_side(ctx, trig, c) for c in subjects):
        return None, False
    lo, hi = ctx.clause(trig.span)
    others = q.other_clauses(trig.span) | q.answered_phrases(trig.span, ctx.words("response_heads"))
    for cat in weapon_categories(ctx, lo, hi, root.i, others | skip):
        t = type_of_category(cat)
        if t and (t != "other" or cat.startswith("force:")):
            return t, False
    return victims_of(root), True


def _agents(ctx: Context, trig: Trigger) -> list[Token]:
    """The nouns of a passive verb's agent ("by Boko Haram militants", "par des hommes armés"),
    labelled so or known by the agent preposition (`agent_prepositions`)."""
    by = ctx.words("agent_prepositions")
    out: list[Token] = []
    for c in trig.root.children:
        if c.dep_ == "agent":  # English: the preposition, its noun below
            out += [n for n in c.children if n.dep_ == "pobj"]
        elif c.dep_ in args.AGENT_DEPS or (c.pos_ in ("NOUN", "PROPN")
                                           and any(m.dep_ == "case" and m.lower_ in by for m in c.children)):
            out.append(c)
    return out


def _active_subjects(verb: Token) -> list[Token]:
    """The subjects of a verb in the active voice (the doers it names)."""
    return [c for c in verb.children if c.dep_ in TRIGGER_SUBJECT_DEPS and c.dep_ not in PASSIVE_DEPS]


def _a_side(ctx: Context, trig: Trigger, subject: Token) -> bool:
    """A subject that names a side (a party the who stage found), or a pronoun in an armed side's
    own asserted statement (the speaker is the doer, as in `_strikes_as_speaker`)."""
    if subject.pos_ == "PRON":
        hit = ctx.claim_at(trig.root.i)
        if hit is None:
            return False
        claim = ctx.article.claims[hit[3]]
        return claim.stance == "assert" and claim.speaker.kind in ARMED_SPEAKER_KINDS
    if "armed_clash" in (ctx.lex.victim_kind(subject.lemma_), ctx.lex.victim_kind(subject.lower_)):
        return True  # armed men ("fighters", "des jihadistes"), the words that name combatants killed
    own = [subject, *(c for c in subject.children if c.dep_ in OWN_SIDE_DEPS)]
    return any(r.start <= t.i < r.end for t in own for r in ctx.parties)


def _strikes_a_site(ctx: Context, trig: Trigger) -> bool:
    """The verb's object is a facility of the targets lexicon ("a affirmé avoir frappé dans la nuit
    un dépôt pétrolier", "it had struck an oil depot") and its subject, if any, a party: how armies
    report their own strikes, weapon unnamed (`on_site` of the trigger entry). "A fire struck the
    depot" has a subject that is no party."""
    root = trig.root
    if root.dep_ in RELATIVE_CLAUSE_DEPS:  # "a bombardment that hit the hospital": the relative's
        return False                       # subject is the attack told already
    if any(c.dep_ in PASSIVE_DEPS for c in root.children):
        # "la position a été frappée (par un tir)": the weapon is told, or it is unknown; unless a
        # side is the agent of a struck site ("un immeuble a été frappé par l'armée russe")
        return _struck_by_a_side(ctx, trig)
    subjects = [c for c in root.children if c.dep_ in TRIGGER_SUBJECT_DEPS]
    if any(c.pos_ == "NOUN" and not any(r.start <= c.i < r.end for r in ctx.parties) for c in subjects):
        return False
    _, hi = ctx.clause(trig.span)
    if _strikes_as_speaker(ctx, trig, subjects, hi):
        return True
    sites = [fac.span for fac in ctx.facilities if fac.kind in STRUCK_SITE_KINDS] + [
        ctx.doc[r.start:r.end] for r in ctx.parties if r.value.kind == "facility"]  # "quartier général"
    if any(root.i < site.start < hi and _struck_noun_phrase(site.root) and _verb_above(site.root) == root
           for site in sites):
        return True
    # ground forces destroying what armies strike, their doer the subject of the response verb above
    # ("Pakistani troops retaliated and destroyed several Indian posts", "ont riposté en détruisant
    # plusieurs postes"): a ground assault on posts (`ground_site_type`)
    if _ground_doer(ctx, trig) and _names_a_struck_object(ctx, root, hi):
        return True
    # a state, its army or an armed group striking what armies strike, its direct object ("the United
    # States struck three militia sites", "l'armée a frappé des positions rebelles"): a raid told from
    # outside, weapon unnamed; "the government struck a deal" names no such object
    if _armed_subject(ctx, subjects) and _names_a_struck_object(ctx, root, hi, foreign=True):
        return True
    # a side striking a town or a land, its direct object ("Israel strikes southern Lebanon", "la
    # Russie a frappé Kharkiv"): how headlines and communiqués name a raid, weapon unnamed
    acting = any(r.start <= c.i < r.end for c in subjects for r in ctx.parties)
    return acting and any(root.i < r.start < hi and _verb_above(ctx.doc[r.start:r.end].root) == root
                          and ctx.doc[r.start:r.end].root.dep_ in DIRECT_OBJECT_DEPS for r in ctx.places)


def _armed_subject(ctx: Context, subjects: list[Token]) -> bool:
    """A subject inside a party that strikes (a state, its army, an armed group); a government hits
    targets of its own too often ("the government hit its inflation target") to count here."""
    return any(r.start <= c.i < r.end and r.value.kind in STRIKING_SUBJECT_KINDS
               for c in subjects for r in ctx.parties)


# a verb whose doer is the subject of the verb it hangs from: coordinated ("retaliated and destroyed"),
# a gerund of manner ("responded by destroying", "ont riposté en détruisant"), an infinitive
SHARED_DOER_DEPS = frozenset({"conj", "xcomp", "advcl", "pcomp"})


def _ground_doer(ctx: Context, trig: Trigger) -> bool:
    """The doer of a verb trigger is a ground force (`ground_forces`): its subject or passive agent,
    else the subject of the verb it shares its doer with."""
    forces = ctx.words("ground_forces")
    root = trig.root
    doers = [c for c in root.children if c.dep_ in TRIGGER_SUBJECT_DEPS] + _agents(ctx, trig)
    above = root.head.head if root.head.pos_ == "ADP" else root.head
    if not doers and root.dep_ in SHARED_DOER_DEPS and above.i != root.i and above.pos_ in ("VERB", "AUX"):
        doers = _active_subjects(above)
    return any(d.lemma_.lower() in forces or d.lower_ in forces for d in doers)


def _struck_by_a_side(ctx: Context, trig: Trigger) -> bool:
    """A passive impact verb whose subject is a site of the targets lexicon and whose agent is a
    side (a state, its army, an armed group): "un immeuble a été frappé par l'armée russe", "the
    depot was hit by Ukrainian forces" -- a strike, weapon unnamed (arguments_agents.py)."""
    root = trig.root
    if not any(p.value.kind in ARMED_SPEAKER_KINDS for p in agent_parties(root, ctx.parties, ctx.lang)):
        return False
    subjects = [c for c in root.children if c.dep_ in PASSIVE_DEPS and c.pos_ in ("NOUN", "PROPN")]
    return any(fac.kind in STRUCK_SITE_KINDS and fac.span.start <= c.i < fac.span.end
               for c in subjects for fac in ctx.facilities)


def _strikes_as_speaker(ctx: Context, trig: Trigger, subjects: list[Token], hi: int) -> bool:
    """An army or armed group reporting its own strike names itself by a pronoun or not at all ("the
    army said it had struck a weapons depot", "L'armée a affirmé avoir frappé des positions du
    Hezbollah"): the speaker is the doer. Only when what was struck is the kind of thing such
    reports name (`struck_objects` of lang/*/events.yaml: positions, targets, depots), so that
    "the government said it had struck a deal" stays no strike. "Its forces" names the speaker too."""
    root = trig.root
    if any(c.pos_ != "PRON" and not _own_men(c) for c in subjects):
        return False
    hit = ctx.claim_at(root.i)
    if hit is None:  # ("claimed it had struck": a claim of one's own act; "accused X of" has X as subject)
        return False
    claim = ctx.article.claims[hit[3]]
    if claim.stance != "assert" or claim.speaker.kind not in ARMED_SPEAKER_KINDS:
        return False
    return _names_a_struck_object(ctx, root, hi)


def _own_men(subject: Token) -> bool:
    """A subject the speaker names as his own ("its forces", "ses forces", "ses troupes"): a
    possessive pronoun stands for the speaker as a bare pronoun does."""
    return subject.pos_ == "NOUN" and any("Yes" in c.morph.get("Poss") for c in subject.children)


def _names_a_struck_object(ctx: Context, root: Token, hi: int, foreign: bool = False) -> bool:
    """The verb's object is the kind of thing armies report striking (`struck_objects`: positions,
    posts, depots), a bare noun phrase or one a partitive article opens ("des positions"). With
    `foreign`, not one the subject owns ("hit its target"): a side's strike is on the other's sites."""
    struck, partitive = ctx.words("struck_objects"), ctx.words("partitive_articles")
    return any(root.i < t.i < hi and t.lemma_.lower() in struck and _verb_above(t) == root
               and (_bare_noun_phrase(t)
                    or all(c.lower_ in partitive for c in t.children if c.dep_ == "case"))
               and not (foreign and any("Yes" in c.morph.get("Poss") or c.dep_ == "poss" for c in t.children))
               for t in ctx.doc[root.i + 1:hi])


def _verb_above(tok: Token) -> Token | None:
    """The nearest verb the token hangs from."""
    for above in tok.ancestors:
        if above.pos_ in ("VERB", "AUX"):
            return above
    return None


def _struck_noun_phrase(head: Token) -> bool:
    """The object struck, or the complement of its noun ("a frappé l'entrée du quartier général",
    "struck the gate of the barracks"): the part of a site names the site, whose noun is no site."""
    if _bare_noun_phrase(head):
        return True
    above = head.head
    return (head.dep_ in COMPLEMENT_DEPS and above.i != head.i and above.pos_ == "NOUN"
            and _bare_noun_phrase(above))


def _bare_noun_phrase(head: Token) -> bool:
    """A noun phrase no preposition introduces: an object, also when the parser hangs it elsewhere
    ("avoir frappé dans la nuit un dépôt": the object read as an apposition of "nuit")."""
    return head.dep_ in DIRECT_OBJECT_DEPS or (
        head.dep_ not in PREPOSITIONAL_DEPS and not any(c.dep_ == "case" for c in head.children))
