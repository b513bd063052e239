"""Stage `events`, step 5 (see extract/events.py): what each incident hit and what it cost, who a
protest implies did it, and which words are an answered act's own.

Why a module of its own: facility nouns (targets), casualty counts, statements of no victims and
damage phrases are words found apart from the triggers; each goes to the incident it follows,
by sentence and paragraph, once the drafts of each sentence are grouped. events.py decides which
triggers are incidents; this module only hands out these words.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from newsevents.extract import arguments as args
from newsevents.extract import casualties as cas
from newsevents.extract import qualifiers as q
from newsevents.extract.arguments import Ref
from newsevents.extract.drafts import BACKGROUND_DAYS, PRECISE, Draft
from newsevents.extract.events_dates import MAX_FOLLOW_SENTENCES
from newsevents.extract.events_present import drop_present_states
from newsevents.extract.events_riots import harassed, rioted
from newsevents.extract.events_typing import STRUCK_SITE_KINDS
from newsevents.extract.numbers_lexicon import numbers_lexicon
from newsevents.extract.targets import speaks
from newsevents.extract.tolls_bodies import bodies_counted
from newsevents.extract.tolls_concurrent import concurrent_subject
from newsevents.extract.tolls_patients import new_patient, patient_apart
from newsevents.extract.tolls_places import breakdown_owners
from newsevents.extract.tolls_recalled import recalled_act, recalled_owner
from newsevents.model import Party, When
from newsevents.parties.countries import country_name

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsevents.extract.events import Context

# PLOVER modes of a non-violent type that can leave victims (a riot, a protest the police charged,
# a coup): such events bear casualty counts like violent incidents do
CASUALTY_MODES = frozenset({"riot", "intervention", "coup"})
# the subject of a passive ("L'attaque a été repoussée par l'armée")
PASSIVE_SUBJECT_DEPS = frozenset({"nsubj:pass", "nsubjpass"})


def _nearest(drafts: list[Draft], sent: int, token: int, lookahead: bool = False) -> list[Draft]:
    """The draft a word in sentence `sent` belongs to (the nearest trigger in the sentence, else
    the last incident of the sentences just before, else with `lookahead` the first incident of
    the next sentence), with its twins (split on coordinated dates)."""
    here = [d for d in drafts if sent in d.sents]
    before = [d for d in drafts if any(0 < sent - s <= MAX_FOLLOW_SENTENCES for s in d.sents)]
    after = [d for d in drafts if sent + 1 in d.sents]  # a lead stating the toll before the attack
    if here:
        best = min(here, key=lambda d: min(abs(t.root.i - token) for t in d.triggers))
    elif before:
        best = max(before, key=lambda d: max(d.sents))
    elif after and lookahead:
        best = min(after, key=lambda d: d.first.span.start)
    else:
        return []
    if best.twin is None:
        return [best]
    return [d for d in drafts if d.twin == best.twin]


# a facility damaged after the attack's sentence (a site hit: events_typing.STRUCK_SITE_KINDS) is
# given to an attack that names none (the merger reads two named sites as two incidents)


def assign_targets(ctx: Context, drafts: list[Draft]) -> None:
    """Each facility noun goes to the nearest incident of its sentence."""
    damaged: set[tuple[int, int]] = set()  # spans given to an attack of the sentences before
    for fac in ctx.facilities:
        if speaks(fac, ctx.article):  # "a indiqué le consulat d'Iran à Erbil": who tells, not what was hit
            continue
        sent = ctx.sent_of[fac.span.start]
        # the speaker of an act's clause is not what it hit ("the Russian embassy denied that a drone ...")
        here = [d for d in drafts if sent in d.sents and (d.violent or rioted(d) or harassed(d))
                and not any(fac.span.start in args.speaker_tokens(t.span) for t in d.triggers)]
        later = not here and fac.damaged  # "Le dépôt a pris feu." after the attack's sentence
        if later:
            here = [d for d in drafts if d.violent]
        for d in _nearest(here, sent, fac.span.start):
            if later and any(p.kind in STRUCK_SITE_KINDS and p.span not in damaged for p in d.targets):
                continue  # only to name what an attack without a named site hit
            if later:
                damaged.add(ctx.original(fac.span))
            party = fac.party(ctx.article)
            if not d.violent and fac.owner is None and party.span and any(
                    p.span and p.span[0] <= party.span[0] and party.span[1] <= p.span[1] for p in d.targets):
                continue  # a riot's object read as a party already ("stormed the French embassy")
            d.targets = args.dedupe_parties([*(p for p in d.targets if not _inside(p, party)), party])
            d.spans.append(ctx.original(fac.span))


def _inside(part: Party, site: Party) -> bool:
    """A party named by words inside a site's own noun ("air defence radars": the air defence that
    the radars serve, "radars de défense aérienne"): the site is what was hit, whole, not that body.
    A facility inside another ("entrepôt" in "entrepôt d'armes") is kept, as tests/test_wire_patterns_r8.py
    asks."""
    if part.span is None or site.span is None or part.span == site.span or part.kind == "facility":
        return False
    (a, b), (lo, hi) = part.span, site.span
    # or across the site's edge ("Russian air defence systems", "système de défense aérienne russe":
    # the party "Russian air defence" ends inside the site's words); a party around the site is not
    return (lo <= a and b <= hi) or (a < lo < b < hi) or (lo < a < hi < b)


def _bears_casualties(d: Draft) -> bool:
    """Violent incidents, and riots or protests broken up by force, have victims."""
    return d.violent or (d.mode or "") in CASUALTY_MODES


def _toll_owner(ctx: Context, drafts: list[Draft], sent: int, token: int) -> list[Draft]:
    """The incident a casualty statement belongs to: the nearest trigger of its sentence; else
    the latest incident before it in its paragraph (or within MAX_FOLLOW_SENTENCES across a
    break: "Le bilan fait état de 12 morts." after the attack sentence); else, for a lead that
    states the toll first, the first incident after it in its paragraph (or in the next sentence)."""
    para = ctx.paragraph_of
    if any(sent in d.sents for d in drafts):
        return _nearest(drafts, sent, token)
    # "Separately, fighting around the city killed 15 civilians": a sentence opened on a word telling
    # another incident (qualifiers.opens_apart) counts none of the incidents told before it, unless it
    # states a toll by its noun ("Meanwhile, the death toll rose to 15": `toll_nouns`), an update
    sentence = ctx.sentence(sent)
    apart = q.opens_apart(ctx, sentence) and not any(t.lower_ in numbers_lexicon(ctx.lang).toll_nouns
                                                     for t in sentence)
    before = [] if apart else [(max(s for s in d.sents if s < sent), n) for n, d in enumerate(drafts)
                               if any(s < sent and (para[s] == para[sent] or sent - s <= MAX_FOLLOW_SENTENCES)
                                      for s in d.sents)]
    after = [(min(s for s in d.sents if s > sent), n) for n, d in enumerate(drafts)
             if any(s > sent and (para[s] == para[sent] or s == sent + 1) for s in d.sents)]
    town = None if apart else _town_told_again(ctx, drafts, sent, drafts[max(before)[1]] if before else None)
    if town is not None:
        return _nearest(drafts, max(town.sents), town.first.root.i)
    if before and cas.scenes_apart([drafts[n] for _, n in before], sent, ctx.places):
        return []  # "il y avait 7 morts" after strikes on two districts: whose, the text does not say
    if before:
        best = drafts[max(before)[1]]
    elif after:
        best = drafts[min(after)[1]]
    else:
        near = [ctx.sentence(n) for n in (sent - 1, sent) if n >= 0 and para[n] == para[sent] and not apart]
        return cas.named_owner(near, drafts)  # a later paragraph naming the incident
    return _nearest(drafts, max(before)[0] if before else min(after)[0], best.first.root.i)


def _town_told_again(ctx: Context, drafts: list[Draft], sent: int, latest: Draft | None) -> Draft | None:
    """A toll told without a trigger in a sentence naming the town of an incident told before,
    when the latest incident before it is placed elsewhere ("15:05 - a drone hit a trolleybus in
    Sumy ... 17:30 - Dnipro toll rises to 11"): a live blog's update of that incident, not of the
    last one told. The latest incident told in that town takes it (the town placed in the sentence,
    or its words as casualties.named_owner reads them: the gazetteer may not place a name opening
    a headline)."""
    sentence = [ctx.sentence(sent)]
    placed = {r.value.name for r in ctx.places if r.sent == sent}  # "Zaporijjia" -> Zaporizhzhya

    def named(d: Draft) -> bool:
        return d.place is not None and d.place.precision in PRECISE and (
            d.place.name in placed or cas.names_incident(sentence, cas.name_words([], d.place)))

    if latest is None or named(latest):
        return None
    told = [d for d in drafts if min(d.sents) < sent and named(d)]
    return max(told, key=lambda d: max(s for s in d.sents if s < sent)) if told else None


def _counter_kill(ctx: Context, ref: Ref) -> bool:
    """A count killed by the side that repelled the attack ("l'armée a repoussé l'attaque et tué
    15 assaillants", "troops repelled the attack, killing 15 militants"): its verb is a repelling
    verb (`repel_verbs`) or hangs from one. The attack's toll counts its victims (news-dev's gold:
    "au moins six civils" killed, the attackers killed beside them not counted)."""
    words = ctx.words("repel_verbs")
    verb = ctx.doc[ref.start:ref.end].root
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return verb.lemma_.lower() in words or (verb.head.i != verb.i and verb.dep_ in ("conj", "advcl")
                                              and verb.head.lemma_.lower() in words) \
        or _in_counterattack(ctx, verb)


def _in_counterattack(ctx: Context, verb: Token) -> bool:
    """"Forty fighters were killed in the counterattack", "tués lors de la contre-attaque": the
    verb's complement (through a preposition or not) is a noun of the defenders' answer
    (`counter_nouns`), whose dead are no victims of the attack."""
    nouns = ctx.words("counter_nouns")
    # the noun, or one hung on a preposition or adverb of the verb ("in the ...", "lors de la ...")
    near = [g for c in verb.children if c.i > verb.i for g in (c, *c.children)]
    return any(n.pos_ == "NOUN" and (n.lower_ in nouns or n.lemma_.lower() in nouns) for n in near)


def _repellers(ctx: Context, d: Draft) -> list[tuple[int, int]]:
    """The text spans of who repelled the attack a trigger noun names, the agent of a passive verb of
    defence ("L'attaque a été repoussée par l'armée", "The attack was repelled by our troops":
    `repel_verbs`): the defender, whom the agent rule would make the attacker."""
    words = ctx.words("repel_verbs")
    out: list[tuple[int, int]] = []
    for t in d.triggers:
        root = t.root
        verb = root.head
        if root.pos_ != "NOUN" or root.dep_ not in PASSIVE_SUBJECT_DEPS or verb.lemma_.lower() not in words:
            continue
        out += [ctx.original(ctx.doc[c.left_edge.i:c.right_edge.i + 1])
                for c in verb.children if c.dep_ in args.AGENT_DEPS]
    return out


def repelled_by(ctx: Context, drafts: list[Draft]) -> None:
    """Who repelled an attack told by its noun (_repellers) defended it: no actor of it."""
    for d in drafts:
        spans = _repellers(ctx, d) if d.violent else []
        inside = [p for p in d.actors
                  if p.span and any(lo <= p.span[0] and p.span[1] <= hi for lo, hi in spans)]
        d.actors = [p for p in d.actors if not any(p is q for q in inside)]
        d.defenders += inside


def assign_effects(ctx: Context, drafts: list[Draft]) -> None:
    """Casualty counts and statements of none go to the incident they follow (see _toll_owner);
    damage phrases to the nearest strike; who repelled an attack is none of its actors."""
    repelled_by(ctx, drafts)
    violent = [d for d in drafts if d.violent]
    bearers = [d for d in drafts if _bears_casualties(d)]
    entries = ctx.lex.data.get("no_casualties", []) or []
    # one statement may count several kinds ("sans faire de victimes": no dead, no injured)
    by_phrase: dict[tuple[int, int], list[Ref]] = {}
    for ref in ctx.numbers:
        by_phrase.setdefault(ref.mention.span, []).append(ref)
    for ref in ctx.numbers:
        counts = cas.from_numbers([ref], ctx.lang)
        if (counts.fatalities is None and counts.injured is None) or cas.running_total(ref, ctx.doc,
                                                                                       ctx.lang) \
                or cas.assailants(ref, ctx.doc, ctx.lang) \
                or cas.boasted(ref, ctx.doc, ctx.lang) \
                or (ref.sent in ctx.tallied and _tally_nearest(ctx, bearers, ref)):
            continue
        none = not (counts.fatalities or counts.injured)  # a statement of no victims
        stated = cas.from_numbers(by_phrase[ref.mention.span], ctx.lang) if none else counts
        if cas.area_total(ref, ctx.doc, ctx.lang) and any(min(b.sents) < ref.sent and cas.finer_than_area(
                b.place, [r for r in ctx.places if r.sent in b.sents]) for b in bearers):
            continue  # "... dans tout le pays" after one town's strike: a sum, no incident's toll
        if sum(1 for b in bearers if max(b.sents) < ref.sent) >= 2 and cas.summed(ref, ctx.doc, ctx.lang):
            continue  # "Au total, ... 16 morts" after two strikes: their sum
        countered = _counter_kill(ctx, ref)
        bodies = bodies_counted(ref.start, ref.end, ctx.doc, ctx.lang)
        recalled = recalled_act(ctx.doc, ref.start, ctx.lang, ctx.words("response_heads"))
        patient = new_patient(ctx.doc, ref.start, ref.end, ctx.words("anaphoric_determiners"))
        near = [b for b in bearers if any(-1 <= ref.sent - s <= MAX_FOLLOW_SENTENCES for s in b.sents)]
        split = breakdown_owners(ref, ctx.numbers, ctx.places, near)
        owners = _toll_owner(ctx, bearers, ref.sent, ref.start) if split is None else split
        for d in recalled_owner(recalled, owners, bearers):
            if recalled is not None and not (d.first.span.start <= recalled.i < d.first.span.end or (
                    d.background and any(t.span.start <= recalled.i < t.span.end for t in d.triggers))):
                # "a week after the bombing that killed 26": the earlier act's toll, unless that act
                # first tells this incident ("a convoqué l'ambassadeur après une frappe qui a tué quatre
                # personnes lundi": the strike's own toll)
                continue
            if countered and any(b.fatalities is not None for b in bearers if min(b.sents) <= ref.sent):
                continue  # the attackers the defenders killed are no victims of the attack's toll
            if none and ref.sent not in d.sents and cas.contradicted(stated, d.fatalities, d.injured):
                continue  # "... sans faire de victimes" a sentence later is about other incidents
            if ref.sent not in d.sents and _dated_otherwise(ctx, ref.sent, d):
                continue
            if patient is not None and ref.sent not in d.sents and patient_apart(
                    patient, [t.span for t in d.targets if t.span], ctx.article.to_original):
                continue  # "A convoy was hit, wounding 15" beside a dam's strike: the convoy's toll
            if bodies and not any(ctx.sent_of[t.span.start] == ref.sent for t in d.triggers):
                continue  # bodies handed over: the toll of the act their sentence names, if any
            other = concurrent_subject(ctx.doc, ref.start, ref.end, ctx.lang,
                                       ctx.words("anaphoric_determiners"))
            if other is not None:  # "jets strike targets as border clashes kill 12": the clashes' toll,
                if not any(t.span.start <= other.i < t.span.end for t in d.triggers):
                    continue
                d.distinct = True  # and the clashes another act than the main clause's
            d.fatalities = _max(d.fatalities, counts.fatalities)
            d.injured = _max(d.injured, counts.injured)
            d.spans.append(ref.mention.span)
    for span in ctx.matches.of("no_casualties"):
        counts = cas.from_cues([span], entries)
        for d in _toll_owner(ctx, bearers, ctx.sent_of[span.start], span.start):
            if cas.contradicted(counts, d.fatalities, d.injured):
                continue  # "sans faire de victimes" cannot be about an incident that left victims
            d.fatalities = counts.fatalities if d.fatalities is None else d.fatalities
            d.injured = counts.injured if d.injured is None else d.injured
            d.spans.append(ctx.original(span))
    for span in ctx.matches.of("damage"):
        phrase = cas.damage_span(span)
        a, b = ctx.original(phrase)
        text = ctx.article.text[a:b]
        for d in _nearest(violent, ctx.sent_of[span.start], span.start):
            if text and text not in d.damage:
                d.damage.append(text)
                d.spans.append((a, b))


def _tally_nearest(ctx: Context, bearers: list[Draft], ref: Ref) -> bool:
    """A count in a sentence whose tally was dropped (_keep_specific) is the tally's when no kept
    incident of the sentence is nearer to it than the tally's words ("airstrikes killed at least
    1,200 civilians in 2025, the highest toll since the 2021 coup": not the coup's)."""
    def gap(i: int) -> int:
        return abs(i - ref.start)

    kept = [gap(t.root.i) for d in bearers if ref.sent in d.sents for t in d.triggers
            if ctx.sent_of[t.span.start] == ref.sent]
    tally = [gap(i) for i in ctx.tally_roots if ctx.sent_of[i] == ref.sent]
    return not kept or (bool(tally) and min(tally) < min(kept))


def _dated_otherwise(ctx: Context, sent: int, d: Draft) -> bool:
    """A count told in a sentence of its own that states a date ending before the incident began
    ("Rappel : la guerre avait fait plus de 4 000 morts au Liban en 2024" after a strike of the
    day, "the conflict killed 1,200 civilians last year") is the toll of something earlier: a
    war's, a year's. A later date is a toll updated ("Mardi, le bilan est passé à 12 morts" after
    Monday's strike). The incident's date is the one its own words state (_fill); news with none
    is of the dispatch's or the publication's days."""
    own = [r.value for r in ctx.refs.get("time", []) if r.sent == sent and isinstance(r.value, When)
           and not r.value.inferred]
    if d.date is not None and not d.date.inferred:
        return any(w.end < d.date.start for w in own)
    # news with no day of its own happened by the dispatch (a dateline's, a live blog entry's
    # stamp) or the publication: a count ending more than BACKGROUND_DAYS before is not its toll
    pub = ctx.article.published
    day = d.date.start if d.date is not None else (
        pub.date if pub is not None and pub.precision == "day" else None)
    return day is not None and any(w.end < day - timedelta(days=BACKGROUND_DAYS) for w in own)


def _max(a: int | None, b: int | None) -> int | None:
    return b if a is None else a if b is None else max(a, b)


def keep_kinds(ctx: Context, drafts: list[Draft]) -> list[Draft]:
    """A kind of act ("Missile strikes have destroyed schools and hospitals": qualifiers.kind_told)
    is an incident only with a day or a toll of its own, known once the counts are handed out
    ("Airstrikes have killed 12 people" is news), or told in a headline, which writes news in the
    present ("Airstrikes hit Gaza"): a paragraph of one sentence opening the story. Nor is the
    war's state told in the present ("Les combats se déroulent désormais aux portes de Goma":
    events_present)."""
    return drop_present_states(ctx, [d for d in drafts if not (
        d.kind and not (d.lead and _headline(ctx, d.sent)) and d.date is None
        and d.fatalities is None and d.injured is None)])


def _headline(ctx: Context, sent: int) -> bool:
    para = ctx.paragraph_of
    return sum(1 for p in para if p == para[sent]) == 1


def _country_party(target: Party) -> Party | None:
    if target.kind in ("state", "government") and target.country:
        return Party(target.name, "state", target.country, "implied")
    found = country_name(target.country) if target.country else None
    return Party(found, "state", target.country, "implied") if found else None


def _same_party(a: Party, b: Party) -> bool:
    return (a.country == b.country) if a.country and b.country else a.name == b.name


def implied_actors(drafts: list[Draft]) -> None:
    """A protest to country X about strikes implies X as the perpetrator of the strikes it lists:
    those reported from the protest's sentence on, with no actor named. The list ends where the
    text moves on: at the next protest (to whomever it is made) or at a strike whose named attacker
    is not X (another conflict), so an unrelated strike later in the article is not blamed on X."""
    implied: Party | None = None
    for d in sorted(drafts, key=lambda x: (min(x.sents, default=0), x.type != "diplomatic_protest")):
        if d.type == "diplomatic_protest" and not d.background:
            implied = next((p for p in map(_country_party, d.targets) if p), None)
        elif implied is None or not d.violent or d.alleged:
            continue
        elif not d.actors:
            d.actors = [implied]
        elif not any(_same_party(a, implied) for a in d.actors):
            implied = None


def keep_answered_words(ctx: Context, d: Draft) -> None:
    """Keep the weapons and actors of an act told as what another answers that lie in the phrase
    of the response word it hangs from ("en représailles à une attaque contre des touristes")."""
    ranges = [ctx.original(ctx.doc[h.left_edge.i:h.right_edge.i + 1])
              for trig in d.triggers if (h := q.answered_head(ctx, trig)) is not None]
    if not ranges:
        return

    def inside(span: tuple[int, int] | None) -> bool:
        return span is not None and any(a <= span[0] and span[1] <= b for a, b in ranges)
    d.weapons = [w for w in d.weapons if inside(w.span)]
    d.actors = [p for p in d.actors if inside(p.span)]
