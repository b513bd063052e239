"""Stage `events`, step 4 (see extract/events.py): one phrase that tells several incidents, and
acts that are the consequence of another (fold_consequences) or the pact that makes one
(fold_pacts, step 7).

Why a module of its own: a strike told for "les 8 et 18 août" or for "Kharkiv, Soumy et Odessa",
and envoys summoned at several posts in one sentence ("l'ambassadeur à Berlin a été convoqué, tout
comme son homologue à Paris"), are one draft per date, town or post: the drafts are copies
("twins") that share the trigger and differ by the date or place they keep.
"""

from __future__ import annotations

import itertools
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from newsevents.extract.arguments import Ref
from newsevents.extract.arguments_settle import EXCHANGE_TYPES
from newsevents.extract.drafts import Draft, apart, family, type_table
from newsevents.extract.events_conjuncts import conjunct_apart
from newsevents.extract.events_dates import MAX_FOLLOW_SENTENCES
from newsevents.lang import load_language
from newsevents.model import Mention, When

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsevents.extract.events import Context

# words allowed between two coordinated dates ("les 8 et 18 août", "le 3, le 5 et le 9 mai")
COORDINATION = frozenset({"et", "and", ",", "ainsi", "que", "puis", "then", "le", "les", "the", "on", "du",
                          "au", "à", "to"})


def coordinated(doc: Any, refs: list[Ref]) -> bool:
    """Time mentions in a coordination: only "et", commas and articles between them. Two with no
    word between name one time ("killed twenty people overnight Saturday"), not two days."""
    for a, b in itertools.pairwise(refs):
        between = doc[a.end:b.start]
        if not len(between) or any(t.lower_ not in COORDINATION for t in between):
            return False
    return True


# types that follow from a strike (an explosion, unexploded munitions found): they fold into it
# (events._fold_consequences), and explosions heard in several towns are the wave's, no split
CONSEQUENCES = frozenset(type_table().get("absorbed_by_strike", []))


def _twin(d: Draft, dates: list[Ref], places: list[Ref]) -> Draft:
    copy = Draft(d.type, list(d.triggers), d.sent, dates, mode=d.mode, acled=d.acled, alone=d.alone,
                 generic=d.generic, anaphoric=d.anaphoric, vague=d.vague, distinct=d.distinct,
                 lead=d.lead, definite=d.definite, incursion=d.incursion, downed=d.downed,
                 separate=d.separate, entry=d.entry,
                 sequel=d.sequel, since_only=d.since_only, answering=d.answering, label=d.label)
    copy.sents = set(d.sents)
    copy.places = places
    copy.twin = id(d)
    return copy


def split_coordinated(ctx: Context, drafts: list[Draft]) -> list[Draft]:
    """"les 8 et 18 août": one incident per coordinated date; "des frappes ont touché Kharkiv et
    Odessa", "drones struck depots in Kharkiv and Odesa": one incident per coordinated town (two
    towns are two scenes, as drafts.places_compatible says; a town and its region are one)."""
    out: list[Draft] = []
    for d in drafts:
        refs = sorted(d.dates, key=lambda r: r.start)
        # a dateline's date (inferred: events_dateline) dates the dispatch, no act of the coordination
        whens = [r for r in refs if isinstance(r.value, When) and not r.value.inferred]
        distinct = {(r.value.start, r.value.end) for r in whens}
        towns = _coordinated_towns(ctx, d)
        if len(whens) > 1 and len(distinct) == len(whens) and coordinated(ctx.doc, whens):
            if _consecutive_days(whens):  # "On May 6 and 7": one act over both days
                d.dates = [_joined(ctx, whens), *(r for r in d.dates if r not in whens)]
                out.append(d)
            else:
                out += [_twin(d, [r], list(d.places)) for r in whens]
        elif towns:  # a site told with the towns ("des dépôts à X et à Y") is in either
            rest = [p for p in d.places if p not in towns and _precision(p) not in ("city", "site")]
            out += [_twin(d, list(d.dates), [town, *_sites_of(d, town), *rest]) for town in towns]
        else:
            out.append(d)
    return out


def _consecutive_days(whens: list[Ref]) -> bool:
    """Coordinated days that follow one another ("On May 6 and 7", "les 6 et 7 mai", "on Monday and
    Tuesday"): one stretch of time, told as one act over it (the lead's probe: drone attacks that
    shut the airports on two days in a row are one incident). Days apart ("les 8 et 18 août") are
    two acts."""
    values = [r.value for r in whens]
    return all(v.precision == "day" and v.start == v.end for v in values) and all(
        (b.start - a.end).days == 1 for a, b in itertools.pairwise(values))


def _joined(ctx: Context, whens: list[Ref]) -> Ref:
    """One time mention for coordinated consecutive days: their interval, a range, with the words
    from the first to the last."""
    first, last = whens[0], whens[-1]
    span = (first.mention.span[0], last.mention.span[1])
    text = ctx.article.text[span[0]:span[1]]
    when = replace(first.value, end=last.value.end, precision="range", time=None, text=text, span=span)
    mention = Mention(kind="time", span=span, text=text, value=when, sentence=first.mention.sentence)
    return Ref(mention, first.start, last.end, first.sent)


def _sites_of(d: Draft, town: Ref) -> list[Ref]:
    """The sites placed in the town ("la raffinerie de Homs" is a site of Homs)."""
    return [p for p in d.places if _precision(p) == "site" and p.value.name == town.value.name]


def _post_of_envoy(ctx: Context, ref: Ref) -> bool:
    """The town is where an envoy serves: it hangs from an envoy's or a counterpart's noun, itself
    or through its preposition ("l'ambassadeur à Berlin", "his counterpart in Paris")."""
    words = ctx.words("envoy_words") | ctx.words("counterpart_words")
    head = ctx.doc[ref.start:ref.end].root.head
    if head.pos_ == "ADP":
        head = head.head
    return head.lemma_.lower() in words or head.lower_ in words


def _precision(ref: Ref) -> str | None:
    return getattr(ref.value, "precision", None)


def _coordinated_towns(ctx: Context, d: Draft) -> list[Ref]:
    """The towns a strike or a summons is told in, when they are coordinated in its own sentence
    ("Kharkiv et Odessa", "à Kharkiv et à Odessa", not "entre Kidal et Tessalit"), or, for a
    summons, the posts of the envoys summoned ("l'ambassadeur à Berlin a été convoqué, tout comme
    son homologue à Paris"): two or more, of different names, else none."""
    # explosions heard in several towns are the wave's that caused them (_fold_consequences)
    if not (d.violent or d.family == family("diplomatic_protest")) or d.type in CONSEQUENCES:
        return []
    if d.type == "diplomatic_protest":
        posts = [r for r in ctx.places
                 if r.sent == d.sent and _precision(r) == "city" and _post_of_envoy(ctx, r)]
        if len(posts) > 1 and len({r.value.name for r in posts}) == len(posts):
            return posts
    towns = sorted((r for r in d.places if r.sent == d.sent and _precision(r) == "city"),
                   key=lambda r: r.start)
    names = {r.value.name for r in towns}
    if len(towns) < 2 or len(names) < len(towns):
        return []
    if not coordinated(ctx.doc, towns):
        return towns if _sites_coordinated(ctx, towns) and not d.alone else []
    # a list ends on a conjunction ("Kharkiv, Odessa et Lviv"); a comma alone is an apposition
    # ("Muridke, some 40 kilometres from Lahore")
    last = ctx.doc[towns[-2].end:towns[-1].start]
    if not any(t.pos_ == "CCONJ" for t in last):
        return []
    # "une embuscade entre Kidal et Tessalit", "an ambush between X and Y": the two towns bound
    # one stretch of road where one incident happened (`between_words`)
    first = towns[0].start
    if first > 0 and ctx.doc[first - 1].lower_ in ctx.words("between_words"):
        return []
    # drones downed over several regions are one wave (the gold notes: "over several Russian
    # regions; no single place"); and towns named as regions ("over the Kursk, Bryansk and Belgorod
    # regions", "au-dessus des régions de Koursk et Belgorod") are regions, no scenes to split
    if d.alone or _named_as_regions(ctx, towns):
        return []
    return towns


def _site_noun(ctx: Context, ref: Ref) -> Token | None:
    """The noun a town hangs from, through its preposition ("la raffinerie de Homs", "the power
    station in Hama"): the site it locates."""
    head = ctx.doc[ref.start:ref.end].root.head
    if head.pos_ == "ADP":
        head = head.head
    return head if head.pos_ in ("NOUN", "PROPN") and head.i not in range(ref.start, ref.end) else None


def _conj_first(tok: Token) -> Token:
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _sites_coordinated(ctx: Context, towns: list[Ref]) -> bool:
    """Each town locates a site, and the sites are coordinated under one verb ("des drones ont
    frappé la raffinerie de Homs et la centrale électrique de Hama", "struck the port of Hodeidah
    and the airport of Sanaa"): two scenes as much as two towns coordinated."""
    sites = [_site_noun(ctx, r) for r in towns]
    if any(s is None for s in sites) or len({s.i for s in sites if s is not None}) < len(sites):
        return False
    nouns = [s for s in sites if s is not None]
    # the parser may hang a later site on the town of the first ("le barrage de X et la centrale de
    # Y": "centrale" a conjunct of "X"): it is the first site's conjunct all the same
    return len({_site_above(_conj_first(s), nouns).i for s in nouns}) == 1


def _site_above(tok: Token, sites: list[Token]) -> Token:
    """The site noun whose phrase holds the token (itself if none)."""
    return next((s for s in sites if s.i != tok.i and tok.i in {t.i for t in s.subtree}), tok)


def _named_as_regions(ctx: Context, towns: list[Ref]) -> bool:
    """A plural division noun closes the list ("the Kursk and Belgorod regions") or opens it ("les
    régions de Koursk et Belgorod"): the names are of regions (lang/*/places.yaml admin1 nouns)."""
    data = load_language(ctx.lang).section("places")
    after = {str(w).lower() for w in data.get("admin1_after") or []}
    before = {str(w).lower() for w in data.get("admin1_before") or []}
    doc = ctx.doc
    last, first = towns[-1].end, towns[0].start
    def plural(t: Token | None, words: set[str]) -> bool:
        return t is not None and t.lemma_.lower() in words and "Plur" in t.morph.get("Number")

    opening = next((t for t in reversed(doc[max(0, first - 3):first]) if t.pos_ in ("NOUN", "PROPN")), None)
    return plural(doc[last] if last < len(doc) else None, after) or plural(opening, before)


# how a participle clause hangs from the verb whose act it continues ("ont attaqué ..., tuant 12
# personnes et libérant 500 détenus": advcl, then conj)
PARTICIPLE_CHAIN_DEPS = frozenset({"advcl", "conj", "xcomp"})
# a participle clause after a place told in apposition ("ont attaqué la ville de X, dans le centre du
# pays, tuant ...") hangs from that place's noun (acl), which the parser may hang from the reporting
# verb ("..., a annoncé la police"): heads climbed from such a participle to its sentence's attack
PARTICIPLE_CLIMB = 5


def _participle_of_attack(d: Draft, before: list[Draft]) -> bool:
    """A political act told as a present participle continuing a violent act of its sentence
    ("des gangs ont attaqué la ville, tuant 12 personnes et libérant 500 détenus de la prison",
    "killing 12 and freeing 500 inmates"): what the attackers did in the attack (a jailbreak), no
    prisoner release of its own. A participle with no subject nor auxiliary of its own, hanging
    from a noun (an apposition after the attacked town), climbs heads to the attack too; one with
    its own subject or auxiliary ("où des rebelles ont libéré des otages") is an act of its own."""
    if d.violent or len(d.triggers) != 1:
        return False
    tok = d.triggers[0].root
    roots = {t.root.i for o in before if o.violent and d.sent in o.sents for t in o.triggers}
    subject = any(c.dep_.startswith(("nsubj", "expl")) for c in tok.children)
    # a verb with no subject of its own after "et" shares the attack's told before it, whatever
    # the parse hangs it from ("des gangs attaquent Mirebalais et libèrent des centaines de détenus")
    # (a release only: "l'armée a bombardé la ville et arrêté 20 suspects" tells two acts)
    if d.type in EXCHANGE_TYPES and tok.pos_ == "VERB" and not subject \
            and any(c.dep_ == "cc" for c in tok.children) and any(r < tok.i for r in roots):
        return True
    if "Part" not in tok.morph.get("VerbForm") and "Ger" not in tok.morph.get("VerbForm") \
            and tok.tag_ != "VBG":
        return False
    loose = not subject and not any(c.dep_.startswith("aux") for c in tok.children)
    for _ in range(PARTICIPLE_CLIMB):
        if tok.head.i == tok.i or (tok.dep_ not in PARTICIPLE_CHAIN_DEPS
                                   and not (loose and tok.dep_ == "acl")):
            return False
        tok = tok.head
        if tok.i in roots:
            return True
        if tok.pos_ in ("NOUN", "PROPN"):  # the participle hangs from a noun: climb to the clause's verb
            return _noun_in_attack(tok, roots)
    return False


def _noun_in_attack(noun: Token, roots: set[int]) -> bool:
    """A noun whose chain of heads reaches an attack's trigger within PARTICIPLE_CLIMB steps."""
    tok = noun
    for _ in range(PARTICIPLE_CLIMB):
        if tok.i in roots:
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return tok.i in roots


def fold_consequences(drafts: list[Draft]) -> list[Draft]:
    """An explosion or a weapons find with no date of its own, in or just after a strike's
    sentence, is that strike's consequence ("la dernière explosion a détruit ..."); so is an act
    whose entry says it follows an attack (`consequence`: "trucks were looted" after gunmen
    attacked a convoy is the attack's, no riot), which then gives the attack none of its codes."""
    absorbed = CONSEQUENCES
    out: list[Draft] = []
    for d in drafts:
        host = None
        continues = _participle_of_attack(d, out)
        follows = all(t.spec.consequence for t in d.triggers) or continues
        # a habit or a campaign ("frequently carries out bombings") is no consequence and has none
        # an act named as what another answers or as its culprits' deed ("to punish the
        # perpetrators of the Ankara bombing") is an earlier incident, no consequence (d.cause)
        # a participle shares its attack's time: a date in its reach is the attack's or the report's
        # ("..., libérant 500 détenus, a annoncé mardi la police"), none of its own
        if (d.type in absorbed or follows) and (not d.dates or continues) and not d.generic and not d.cause:
            # a blast follows a bombing too ("blew himself up ... We heard a huge explosion")
            # (not across a response or a clause of sequence: "struck positions, a day after a
            # soldier was wounded by a landmine" tells the blast before the strike, drafts.apart)
            # nor a blast with its own subject coordinated with the strike ("..., and a car bomb
            # exploded outside ...": events_conjuncts)
            near = [o for o in reversed(out) if o.violent and not o.generic and not apart(o, d)
                    and not conjunct_apart(o, d)
                    and 0 <= d.sent - max(o.sents) < MAX_FOLLOW_SENTENCES]
            # the strike told by its own words, before a bare mention of it in its sentence ("a
            # missile fell on the embassy during an overnight attack. The blast destroyed ...")
            host = next((o for o in near if not o.anaphoric), near[0] if near else None)
            if host is None and follows and not continues and not d.places:
                host = _earlier_attack(d, out)
        if host is None:
            out.append(d)
        else:
            if follows:  # it names the attack again, with none of its own type or codes
                d.type, d.mode, d.acled = host.type, None, None
                d.anaphoric, d.vague = host.anaphoric, host.vague
            if continues:
                d.dates, d.date = [], None
            host.absorb(d)
            if continues:  # its words are the attack's evidence; its doers the attack's, none read off
                # the noun it hangs from ("la ville, dans le centre d'Haïti, ... libérant": no Haiti)
                host.triggers = [t for t in host.triggers if not any(t is o for o in d.triggers)]
    return _fold_blasts_of_seizures(out)


def _earlier_attack(d: Draft, told: list[Draft]) -> Draft | None:
    """The attack a looting or an arson told with neither day nor place of its own belongs to, however
    far after it ("... police fired live rounds at protesters in X on Wednesday, killing 16. [...] The
    ministry said criminal elements had looted businesses."): the latest violent incident told before
    it with a day of its own, not a cause nor a recalled habit. With no anchor of its own the act is no
    riot of its own, and a toll told after it (another source's figure) stays that incident's."""
    hosts = [o for o in told if o.violent and not o.generic and not o.cause and o.dates and not apart(o, d)
             and max(o.sents) < d.sent]
    return max(hosts, key=lambda o: max(o.sents)) if hosts else None


# the ACLED sub-event of a hijacking, a kidnapping, a ship seized (lang/<code>/events.yaml `acled`)
SEIZURE_SUB_EVENT = "Abduction/forced disappearance"


def _seizure(d: Draft) -> bool:
    return d.violent and dict(d.acled or {}).get("sub_event_type") == SEIZURE_SUB_EVENT


def _fold_blasts_of_seizures(drafts: list[Draft]) -> list[Draft]:
    """An explosion told in the sentence of a hijacking or an abduction, before or after it ("gunmen
    hijacked a passenger train after an explosion damaged the tracks", "set off a blast on the
    tracks and hijacked the train"), is how the train or convoy was stopped: the seizure's own
    blast, no incident of its own, even across "after"/"before" (which keep two strikes apart).
    One with a day of its own that the seizure does not share stays."""
    out: list[Draft] = []
    for d in drafts:
        host = None
        if d.type in CONSEQUENCES and not d.generic and not d.cause:
            host = next((o for o in drafts if o is not d and _seizure(o) and d.sent in o.sents
                         and all(any(r.value == h.value for h in o.dates) for r in d.dates)), None)
        if host is None:
            out.append(d)
        else:
            host.absorb(d)
    return out


def fold_pacts(drafts: list[Draft]) -> list[Draft]:
    """A pact named without a date of its own in a story of the one act it makes ("Sullivan a
    souligné le rôle de la Turquie, qui a rendu cet accord possible" in the story of a prisoner
    exchange) is that act's agreement, told again: its words become the act's evidence, and it is
    no incident of its own. Which pacts make which acts: `pact_hosts` in event_types.yaml. With
    two such acts in the story, whose pact it is is not said: it stays."""
    table = {str(k): frozenset(v or []) for k, v in (type_table().get("pact_hosts") or {}).items()}
    out: list[Draft] = []
    for d in drafts:
        kinds = table.get(d.type)
        stated = d.date is not None and not d.date.inferred
        hosts = [h for h in drafts if kinds and h.type in kinds] if not stated else []
        if len(hosts) == 1:
            hosts[0].spans.extend(s for s in d.spans if s not in hosts[0].spans)
            hosts[0].sents |= d.sents
            continue
        out.append(d)
    return out
