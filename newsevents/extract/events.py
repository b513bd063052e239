"""Stage `events`: detect incidents, type them, and fill every argument with its evidence.

Reads the Doc, the earlier stages' mentions (time, place, party, weapon, number) and the claims.

How, in order (each step is a small function below):
1. triggers from the language data (lang/<code>/events.yaml), kept unless negated ("n'a pas
   explosé"), hedged ("ont tenté de conclure une trêve") or missing their context word;
2. typing: a specific trigger carries its type; a generic attack, an impact ("est tombé sur") or
   a use ("ont été utilisés") takes it from the weapon in its phrase or clause;
3. dates (extract/events_dates.py): a time mention belongs to the trigger its words hang from,
   else to the nearest one its clause governs; a statement's date dates no incident;
4. drafts: triggers of one family in one sentence are one incident, split on coordinated dates;
   consequences (an explosion, unexploded munitions found) fold into the strike they follow;
5. arguments: place, actors, targets, weapons, casualties, damage; status and background;
6. an undated incident reported as news takes the publication date (inferred); an undated one
   recalled as background is not coded (it cannot be placed in time); a generic mention ("de
   telles attaques") without a date of its own is no incident;
7. drafts of one incident across the document are merged, keeping every supporting span; a bare
   attack noun ("l'attaque") or an interception joins the incident told with its weapon, a vague
   clash noun ("les combats") one of its sentence; left alone, they stand only when anchored
   (drafts.fold_mentions). Whether a trigger reports an incident at all: extract/qualifiers.py.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from spacy.tokens import Span, Token

from newsevents.extract import arguments as args
from newsevents.extract import casualties as cas
from newsevents.extract import qualifiers as q
from newsevents.extract.arguments import Ref
from newsevents.extract.arguments_countries import country_parties
from newsevents.extract.drafts import (
    Draft,
    anchored,
    apart,
    fold_mentions,
    is_violent,
    merge_across,
    type_info,
    type_table,
)
from newsevents.extract.drafts_scene import flag_place
from newsevents.extract.drafts_umbrellas import fold_umbrellas
from newsevents.extract.events_alleged import only_alleged
from newsevents.extract.events_blasts import accidental_blast, bombing_typed
from newsevents.extract.events_breach import accused_breach, breached_pacts
from newsevents.extract.events_civic import civic_town
from newsevents.extract.events_conjuncts import conjunct_apart
from newsevents.extract.events_craft import craft_place, resumed_weapons
from newsevents.extract.events_crash import fold_crashes
from newsevents.extract.events_crew import fold_crew_taken
from newsevents.extract.events_dateline import dispatch_dates
from newsevents.extract.events_dates import assign_dates, date_undated, denied_on, pick_date, up_to
from newsevents.extract.events_diplo_sides import measure_sides
from newsevents.extract.events_effects import (
    assign_effects,
    assign_targets,
    implied_actors,
    keep_answered_words,
    keep_kinds,
)
from newsevents.extract.events_ending import ends_attack
from newsevents.extract.events_entries import entry_sentences
from newsevents.extract.events_envoys import envoy_countries, envoy_parties, hosted, summoned_side
from newsevents.extract.events_explained import explained_cause
from newsevents.extract.events_finds import fold_fallen_finds
from newsevents.extract.events_generic import generic_kind, retold_news
from newsevents.extract.events_generic_since import counted_since, ranked_since
from newsevents.extract.events_marks import (
    abstained,
    another_by_ordinal,
    claimed,
    discussed_topic,
    names_site,
    opens_definite,
    phase_of_act,
    tally_subjects,
)
from newsevents.extract.events_meetings import meeting_members, meeting_places
from newsevents.extract.events_onset import fold_onsets
from newsevents.extract.events_pairs import PAIR_KINDS, office_conjuncts, paired_sides
from newsevents.extract.events_recounted import fold_recounted
from newsevents.extract.events_resumed import resumed_place
from newsevents.extract.events_retold import fold_retold
from newsevents.extract.events_riots import fold_coercion, harassed, riot_codes, rioted
from newsevents.extract.events_split import fold_consequences, fold_pacts, split_coordinated
from newsevents.extract.events_summons import fronted_patient_refs, fronted_summoner, host_summoner
from newsevents.extract.events_tallies import running_total_act, tallies, war_tally
from newsevents.extract.events_titles import headline_topic, live_topic, scene_trigger
from newsevents.extract.events_typing import (
    ARMED_SPEAKER_KINDS,
    antecedent_range,
    downed_type,
    preverbal_range,
    resolve_type,
    told_before_doers,
    told_before_range,
)
from newsevents.extract.prospects import prospect
from newsevents.extract.sentences import sentence_bounds, sentence_numbers
from newsevents.extract.targets import Facility, find_facilities, owner_tokens, site_order
from newsevents.extract.targets_claimed import without_claimed_elsewhere
from newsevents.extract.triggers import Lexicon, Matches, Trigger, find, lexicon
from newsevents.extract.weapons_barrage import as_weapon, keep_barrage, unused_arms, was_struck, weapons_from
from newsevents.extract.when import is_present_text, with_clock
from newsevents.extract.where_refine import refined, same_area
from newsevents.model import Article, Claim, Event, Party, Weapon, When
from newsevents.nlp import doc_text
from newsevents.temporal import calendar as cal

COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp", "obj", "obl:arg", "dobj"})
POLITICAL_ACTOR_DEPS = args.SUBJECT_DEPS | args.AGENT_DEPS
# "des soldats sont stationnés": the deployed force is the actor even as a passive subject
PATIENT_ACTOR_TYPES = frozenset({"deployment"})
# "les coordonnées de X ont été fournies": with no agent, who owned what was handed over gave it
OWNER_ACTOR_TYPES = frozenset({"information_shared"})
# modes of an act that joins parties in two places at once (trigger `mode`, lang/*/events.yaml)
PLACELESS_MODES = frozenset({"phone"})
# how a party qualifies an attack noun ("frappe aérienne russe", "frappe de l'armée X")
OWN_DEPS = frozenset({"amod", "nmod", "compound", "flat", "flat:name", "appos", "poss", "nmod:poss"})
# events a speaker performs by speaking or writing: with no subject named ("il a été demandé",
# "j'ai eu une conversation"), the claim's speaker is the actor
SPEAKER_ACTOR_TYPES = frozenset({"diplomatic_protest", "demand", "consultation", "information_shared"})
# types that, governed by "accepter de"/"agree to", are a term of an agreement rather than done
# ("ont accepté d'échanger des prisonniers"); a decision to summon or recall an envoy is the act
AGREED_TERMS = frozenset(type_table().get("agreed_terms", []))
# types a truce or pact in force is named with ("respect the ceasefire"): q.standing
STANDING_TYPES = frozenset(type_table().get("standing_types", []))
# types whose targets are the people handed over
EXCHANGED_TYPES = frozenset({"prisoner_exchange"})
# a political act dated more than this many days after publication is a plan, not a time zone's
# difference or a wrong publication date (build)
PLAN_MARGIN_DAYS = 1


class Context:
    """Everything about one article that the steps share (computed once)."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.doc = article.doc
        self.lang = article.language or "fr"
        self.lex: Lexicon = lexicon(self.lang)
        self.matches: Matches = find(self.doc, self.lang)
        self.sent_of = sentence_numbers(self.doc)
        self.bounds = sentence_bounds(self.sent_of)
        self.refs = args.index_mentions(article, self.sent_of)
        # a wire dateline's date ("ADEN, July 16 (Reuters) -") is the dispatch's: inferred
        self.refs["time"] = dispatch_dates(article, self.refs.get("time", []))
        self.places = [r for r in self.refs.get("place", [])  # a ship's flag is no scene (drafts_scene)
                       if not flag_place(self.doc, r, self.lang)]
        # a name that starts inside a time mention is no party ("07:50 GMT - Drones ...": the parser's
        # organization "GMT - Drones"); one running over a date is ("le correspondant détenu depuis mai")
        clocks = [(r.start, r.end) for r in self.refs.get("time", [])]
        named = [r for r in self.refs.get("party", []) if not any(a <= r.start < b for a, b in clocks)]
        self.weapons, self.crafts = resumed_weapons(article, self.refs.get("weapon", []), self.sent_of,
                                                    self.lex, self.refs.get("time", []))  # events_craft
        self.refs["weapon"] = self.weapons
        # a party word inside a longer weapon name is the weapon's ("un drone kamikaze": no bomber)
        arms = [(w.start, w.end) for w in self.weapons]
        named = [r for r in named if not any(a <= r.start and r.end <= b and b - a > r.end - r.start
                                             for a, b in arms)]
        self.parties = named + country_parties(self.places, named, article.doc)
        self.numbers = self.refs.get("number", [])
        self.facilities: list[Facility] = find_facilities(
            article, self.matches.of("targets"), self.lex.data.get("targets", {}) or {},
            self.places, self.parties, self.lex.words("host_prepositions"))
        self.owner_starts = owner_tokens(self.facilities, self.places)
        self.background_sents = self._background_sentences()
        self.found_spans = [t.span for t in self.matches.triggers if t.spec.type == "weapons_found"]
        self.cue_tokens: set[int] = set()
        self.claim_ranges = self._claim_ranges()
        self.paragraph_of = _paragraphs(self.doc, self.bounds)
        self.tallied: set[int] = set()  # sentences of a generic mention dropped (_keep_specific)
        self.tally_roots: set[int] = set()  # the tokens of those mentions' triggers

    def words(self, key: str) -> frozenset[str]:
        return self.lex.words(key)

    def clip(self, span: Span, lo: int, hi: int) -> tuple[int, int]:
        s_lo, s_hi = self.bounds[self.sent_of[span.start]]
        return max(lo, s_lo), min(hi, s_hi)

    def clause(self, span: Span) -> tuple[int, int]:
        """The trigger's clause, within its sentence."""
        return self.clip(span, *args.clause_tokens(span))

    def phrase(self, span: Span) -> tuple[int, int]:
        """The trigger's own phrase, within its sentence."""
        return self.clip(span, *args.phrase_tokens(span))

    def sentence(self, n: int) -> Span:
        return self.doc[self.bounds[n][0]:self.bounds[n][1]]

    def original(self, span: Span) -> tuple[int, int]:
        return self.article.to_original(span.start_char, span.end_char)

    def _background_sentences(self) -> set[int]:
        # a cue word that is part of a trigger is not a cue ("rappeler ses ambassadeurs")
        in_trigger = {i for t in self.matches.triggers for i in range(t.span.start, t.span.end)}
        cued = {self.sent_of[s.start] for s in self.matches.of("background_cues")
                if not in_trigger & set(range(s.start, s.end))}
        cont = {self.sent_of[s.start] for s in self.matches.of("continuation_cues")
                if s.start - self.bounds[self.sent_of[s.start]][0] <= 1}
        out: set[int] = set()
        for n in range(len(self.bounds)):
            if n in cued or (n in cont and n - 1 in out):
                out.add(n)
        return out

    def _claim_ranges(self) -> list[tuple[int, int, bool, int]]:
        """Token ranges of claim contents, whether their cue marks an allegation, the claim index."""
        out: list[tuple[int, int, bool, int]] = []
        alleged_words = self.words("alleged_cues")
        for n, claim in enumerate(self.article.claims):
            a, b = self.article.to_nlp(*claim.content_span)
            span = self.doc.char_span(a, b, alignment_mode="expand")
            if span is None:
                continue
            words: set[str] = set()
            # a claim of responsibility holds its verb ("ont revendiqué jeudi une attaque"): the
            # claiming is the act's own clause, whose date and subject are the act's
            act_claimed = bool(claim.cue) and claim.content_span[0] <= claim.cue[0] < claim.content_span[1]
            if claim.cue and not act_claimed:
                cue = self.doc.char_span(*self.article.to_nlp(*claim.cue), alignment_mode="expand")
                self.cue_tokens.update(t.i for t in (cue or []))
                text = self.article.text[claim.cue[0]:claim.cue[1]].lower()
                words = {text, *text.split(), *(t.lemma_.lower() for t in (cue or []))}
            out.append((span.start, span.end, bool(alleged_words & words), n))
        return out

    def claim_at(self, i: int) -> tuple[int, int, bool, int] | None:
        inside = [r for r in self.claim_ranges if r[0] <= i < r[1]]
        return min(inside, key=lambda r: r[1] - r[0]) if inside else None


def _paragraphs(doc: object, bounds: list[tuple[int, int]]) -> list[int]:
    """Paragraph number of each sentence: a line break between two sentences starts a new one."""
    out: list[int] = []
    para = 0
    prev_end: int | None = None
    text = doc_text(doc)
    for lo, hi in bounds:
        words = [t for t in doc[lo:hi] if not t.is_space]  # type: ignore[index]
        if not words:
            out.append(para)
            continue
        if prev_end is not None and "\n" in text[prev_end:words[0].idx]:
            para += 1
        out.append(para)
        prev_end = words[-1].idx + len(words[-1].text)
    return out


# --- 1-2. triggers and types -----------------------------------------------------------------------
def _candidates(ctx: Context) -> list[Draft]:
    out: list[Draft] = []
    for trig in ctx.matches.triggers:
        type_, bare = resolve_type(ctx, trig)
        if type_ is None or q.negated(ctx, trig) or abstained(ctx, trig) or q.hedged(ctx, trig, type_) \
                or q.future(ctx, trig) or discussed_topic(ctx, trig) or names_site(ctx, trig) \
                or q.asked(ctx, trig) or q.standing(ctx, trig, STANDING_TYPES, type_) or q.ended(ctx, trig) \
                or prospect(ctx, trig, type_) or explained_cause(ctx, trig) or ranked_since(ctx, trig) \
                or (not is_violent(type_)
                    and (q.setting(ctx, trig) or q.requested(ctx, trig) or q.failed(ctx, trig)
                         or q.lacking(ctx, trig) or q.quoted_label(ctx, trig))) \
                or (type_ in AGREED_TERMS and q.agreed_participle(ctx, trig)):
            continue
        if type_ in AGREED_TERMS and q.agreed_term(ctx, trig):
            type_ = "agreement"
        sequel = None if phase_of_act(ctx, trig) else q.sequenced(ctx, trig)
        label = is_violent(type_) and q.labelled(ctx, trig)
        mode, acled = riot_codes(trig, type_)  # a crowd's attack is a riot
        d = Draft(type_, [trig], ctx.sent_of[trig.span.start], mode=mode, alone=trig.spec.alone,
                  acled=acled, generic=generic_kind(ctx, trig) or counted_since(ctx, trig, type_),
                  # an incursion is told by its own words, weapon named or not: no bare label
                  anaphoric=(bare and not trig.spec.incursion) or trig.spec.anaphoric or label,
                  vague=trig.spec.vague, label=label, kind=q.kind_told(trig),
                  distinct=q.marked(ctx, trig, "distinct_modifiers") or cas.concurrent_act(ctx, trig)
                  or another_by_ordinal(ctx, trig),
                  separate=q.opens_apart(ctx, ctx.sentence(ctx.sent_of[trig.span.start])),
                  entry=entry_sentences(ctx, ctx.sent_of[trig.span.start]),
                  definite=q.marked(ctx, trig, "anaphoric_determiners"), cause=q.answered(ctx, trig),
                  opens_definite=opens_definite(ctx, trig),
                  answering=q.answering(ctx, trig),
                  sequel=sequel, since_only=sequel is not None and sequel in ctx.words("since_words"),
                  incursion=trig.spec.incursion, downed=downed_type(ctx, trig),
                  claimed=claimed(ctx, trig))
        d.sents.add(d.sent)
        out.append(d)
    tally_subjects(ctx, out)
    # the lead is the first paragraph that tells something: a page may open on a dateline or a
    # time stamp ("09/01/2013 03:08 EST | Actualisé ...") before its headline
    first = min((ctx.paragraph_of[d.sent] for d in out), default=0)
    for d in out:
        d.lead = ctx.paragraph_of[d.sent] == first
    return out


# --- 4. drafts per sentence ---------------------------------------------------------------------------
def _group_sentence(drafts: list[Draft]) -> list[Draft]:
    """Triggers of one family in one sentence are one incident unless their dates differ or the
    later one is marked as another ("a drone strike killed three in Kharkiv, while another drone
    strike killed two in Odesa"). (Keeping apart triggers placed in two towns was tried: on
    news-dev a dateline's city or an attacker's origin split single incidents, fr precision
    0.883 -> 0.869 with gold dates.)"""
    out: list[Draft] = []
    for d in drafts:
        mate = next((o for o in out if o.sent == d.sent and o.family == d.family
                     and not (o.dates and d.dates and _dates_differ(o, d)) and not apart(o, d)
                     and not d.distinct and not conjunct_apart(o, d)), None)
        if mate is None:
            out.append(d)
        else:
            mate.absorb(d)
    return out


def _dates_differ(a: Draft, b: Draft) -> bool:
    """Both state a date and not the same (an inferred one, a dateline's, tells nothing apart)."""
    wa, wb = pick_date(a.dates), pick_date(b.dates)
    return bool(wa and wb and not (wa.inferred or wb.inferred) and (wa.start, wa.end) != (wb.start, wb.end))


# --- 5. arguments -------------------------------------------------------------------------------------
def _fill_weapons(ctx: Context, d: Draft) -> None:
    from newsevents.extract.drafts import type_table

    # a non-violent type keeps only the weapons that give it (a water cannon's `other`) or its trigger keeps
    forced = {n for n, t in (type_table().get("weapon_types") or {}).items() if t == d.type} \
        | {c for t in d.triggers for c in t.spec.kept_weapons}  # drones seen over a closed airport
    if not d.violent and d.type != "weapons_found" and not forced:
        return
    refs: list[Ref] = []
    for trig in d.triggers:
        lo, hi = ctx.clause(trig.span) if d.violent else ctx.bounds[ctx.sent_of[trig.span.start]]
        skip = q.other_clauses(trig.span) | q.answered_phrases(trig.span, ctx.words("response_heads")) \
            if d.violent else frozenset()
        refs += [r for r in weapons_from(ctx.weapons, lo, hi) if r not in refs and r.start not in skip]
        ante = antecedent_range(ctx, trig, lo, hi) if d.violent and trig.spec.type in ("impact", "use") \
            else None
        if ante is not None:  # "un missile dont les débris sont tombés"
            refs += [r for r in weapons_from(ctx.weapons, *ante) if r not in refs]
        before = preverbal_range(ctx, trig) if d.violent else None
        if before is not None:  # "... et en avril des drones ont touché Y", subject lost by the parse
            refs += [r for r in weapons_from(ctx.weapons, *before) if r not in refs]
        shared = _shared_subject(trig.root) if d.violent else None
        if shared is not None:  # "A glide bomb dropped by Russian jets hit ...", "dropped" read as a verb
            refs += [r for r in weapons_from(ctx.weapons, *shared) if r not in refs]
        told = told_before_range(ctx, trig) if d.violent and trig.spec.type == "impact" and not refs else None
        if told is not None:  # "Les FSR ont mené des attaques de drones. Elles ont ciblé ..."
            refs += [r for r in weapons_from(ctx.weapons, *told) if r not in refs]
    if d.type != "weapons_found":
        refs = unused_arms(ctx, refs)  # no cache found, no target's word, no object struck
    weapons = [as_weapon(r) for r in refs]
    if not d.violent and d.type != "weapons_found":
        weapons = [w for w in weapons if w.name in forced or w.category in forced]
        if not weapons:
            return
    elif not weapons:
        for trig in d.triggers:
            lo, hi = ctx.phrase(trig.span)
            for i, cat in args.weapon_word_hits(ctx.doc, lo, hi, ctx.lex.weapon_words):
                if cat != "other" and not was_struck(ctx.doc, i, i + 1):  # "strikes Houthi artillery"
                    tok = ctx.doc[i]
                    span = ctx.original(ctx.doc[i:i + 1])
                    weapons.append(Weapon(tok.lemma_.lower(), cat, tok.text, span))
    d.weapons = keep_barrage(ctx.doc, ctx.weapons, weapons,
                             list(type_info(d.type).get("weapon_categories") or []))
    d.spans += [w.span for w in d.weapons if w.span]


def _shared_subject(verb: Token) -> tuple[int, int] | None:
    """The token range of the subject a conjoined verb with none of its own shares with the verb
    before it: the parser reads "A glide bomb dropped by Russian jets hit a school" as "dropped"
    and "hit" coordinated, the bomb the first verb's subject; it is what hit."""
    head = verb.head
    if verb.dep_ != "conj" or head.pos_ != "VERB" or any(c.dep_ in args.SUBJECT_DEPS for c in verb.children):
        return None
    subject = next((c for c in head.children if c.dep_ in args.SUBJECT_DEPS), None)
    return (subject.left_edge.i, subject.right_edge.i + 1) if subject is not None else None


def _fill_place(ctx: Context, d: Draft) -> None:
    """The incident's place. A site that nothing located ("about 50 metres from the Turkish
    embassy in central Mogadishu": the embassy's city is not registered) is placed at the best
    located place of the incident and keeps its offset as ``near``."""
    # the place of the act answered is not the answer's ("struck camps in Pakistan in retaliation
    # for an attack in Pahalgam"): as for its weapons (events_typing.resolve_type)
    answered = q.answered_phrases(d.first.span, ctx.words("response_heads"))
    places = [r for r in d.places if r.start not in answered]
    places = craft_place(ctx.places, ctx.crafts, ctx.sent_of, d, places)  # "ce même appareil"
    if d.type == "consultation":  # "une réunion du G7 (États-Unis, France ...) au Brésil": members, no place
        places = meeting_places(ctx, d, places)
    ref = args.best_place(places, d.first.span, ctx.owner_starts, reasons=d.violent)
    if ref is None:
        return
    d.place = replace(ref.value)
    d.spans.append(ref.mention.span)
    if ref.value.precision == "site" and ref.value.lat is None:
        located = args.best_place([r for r in d.places if r.value.lat is not None], d.first.span,
                                  ctx.owner_starts)
        if located is not None:
            d.place = replace(located.value, near=ref.value.near or located.value.near)
            d.spans.append(located.mention.span)


def _parties(refs: list[Ref], role: str | None = None) -> list[Party]:
    return [args.party_value(r, role) for r in refs]


def _claim_speaker(ctx: Context, d: Draft) -> Party | None:
    claim = _claim_of(ctx, d)
    return claim.speaker if claim is not None else None


def _claim_of(ctx: Context, d: Draft) -> Claim | None:
    """The claim whose words hold the draft's first trigger that one holds."""
    for trig in d.triggers:
        hit = ctx.claim_at(trig.root.i)
        if hit is not None:
            return ctx.article.claims[hit[3]]
    return None


def _violent_actors(ctx: Context, trig: Trigger, defended: bool = False) -> list[Ref]:
    """The attacker: a party qualifying the attack noun ("frappe aérienne russe", "frappe de
    l'armée X", "an ambush by jihadists"), the passive agent ("utilisés par X"), or the subject of
    an active verb.
    ``defended``: an interception told with the attack it stopped ("said it shot down 36 of 58
    drones launched overnight"): its subject defended, only who fired the weapons attacked."""
    root = trig.root
    # who fired the weapons (of an interception: not who intercepted them), or a participle's agent
    fired = args.fired_by(trig.span, ctx.parties, ctx.weapons, ctx.lang)
    if defended or (fired and (trig.spec.alone or args.on_noun(root))):
        return fired
    own: list[Ref] = []
    if root.pos_ in ("NOUN", "PROPN") or root.dep_ in ("nsubj", "nsubjpass"):  # "Strikes by X" tagged VERB
        for r in ctx.parties:
            tok = ctx.doc[r.start:r.end].root
            cases = {c.lower_ for c in tok.children if c.dep_ == "case"}
            inside = trig.span.start <= r.start < trig.span.end
            qualifies = tok.head == root and tok.dep_ in OWN_DEPS and cases <= ctx.words("of_prepositions")
            agents = ctx.words("agent_prepositions")  # "une embuscade tendue par des jihadistes"
            by = (tok.head == root and bool(cases) and cases <= agents) \
                or (tok.dep_ == "pobj" and tok.head.head == root and tok.head.lower_ in agents)
            if inside or qualifies or by:
                own.append(r)
    own += [r for r in args.role_parties(trig.span, ctx.parties, args.AGENT_DEPS, ctx.cue_tokens)
            if r not in own]
    if not own:  # "ont été tués ... par les FSR", parsed as a plain oblique
        own += args.passive_agents(trig.span, ctx.parties, ctx.lang, ctx.cue_tokens)
    if args.is_content_verb(root) and not any(c.dep_ in ("aux:pass", "auxpass") for c in root.children):
        own += [r for r in args.role_parties(trig.span, ctx.parties, args.SUBJECT_DEPS, ctx.cue_tokens,
                                             pronouns=True) if r not in own]
    own = args.attackers_only(own) or args.attack_agents(trig.span, ctx.parties, ctx.weapons, ctx.lang)
    return own or _manner_gerund_subject(ctx, trig)


def _manner_gerund_subject(ctx: Context, trig: Trigger) -> list[Ref]:
    """A gerund of manner after a preposition has no subject of its own: the verb it says how of
    does ("Pakistani troops retaliated by shelling Indian posts", "the army said it responded by
    firing rockets": the troops, the army that says "it")."""
    root = trig.root
    verb = root.head.head  # "accused X of striking": the accuser, no manner of the act ("X" acted)
    if root.dep_ != "pcomp" or root.head.pos_ != "ADP" or verb.pos_ not in ("VERB", "AUX") \
            or any(c.dep_ in args.SUBJECT_DEPS for c in root.children) or args.accusation_verb(verb):
        return []
    return args.role_parties(ctx.doc[verb.i:verb.i + 1], ctx.parties, args.SUBJECT_DEPS, ctx.cue_tokens,
                             pronouns=True)


def _fill_parties(ctx: Context, d: Draft) -> None:
    actors: list[Ref] = []
    defenders: list[Ref] = []
    targets: list[Ref] = []
    for trig in d.triggers:
        lo, hi = ctx.clause(trig.span)
        if d.violent or d.incursion or rioted(d) or harassed(d):  # an incursion, a riot, a ramming
            if trig.spec.alone is not None:  # an interception: its subject intercepted
                attackers = args.attackers_only(_violent_actors(ctx, trig, defended=True))
                own = args.attackers_only(_violent_actors(ctx, trig))
                defenders += args.interceptors(trig.span, ctx.parties, ctx.lang, own, attackers)
                # told with the attack it stopped (the draft took the attack's type): no actor of it
                actors += attackers if d.alone is None else own
                if d.alone is None:
                    continue  # and its object is the weapon, no target
            else:
                actors += args.attackers_only(_violent_actors(ctx, trig) or told_before_doers(ctx, trig))
            # the phrase of the act this one answers is that act's ("en représailles à l'attaque
            # contre Israël": Israel is no target of the answer)
            answered = q.answered_phrases(trig.span, ctx.words("response_heads"))
            found = args.prep_parties(trig.span, ctx.parties, ctx.words("target_prepositions"), lo, hi)
            found += args.object_parties(trig.span, ctx.parties, ctx.lang)
            found += args.airspace_owners(trig.span, ctx.parties, lo, hi, ctx.lang)
            targets += [r for r in found if r.start not in answered]
            if d.type in args.SIDES_TYPES:  # "des combats entre l'armée et les rebelles": both fight
                sides = args.sides_of(trig.span, ctx.parties, ctx.lang, lo, hi)
                actors = sides + [r for r in actors if r not in sides]
            continue
        envoy = [r for r in envoy_parties(ctx, ctx.sentence(d.sent)) if summoned_side(ctx, trig, r)] \
            if d.type == "diplomatic_protest" else []
        deps = POLITICAL_ACTOR_DEPS
        if d.type in PATIENT_ACTOR_TYPES:
            deps = deps | args.PASSIVE_SUBJECT_DEPS
        roles = args.role_parties(trig.span, ctx.parties, deps)
        # "Convoqué mercredi, l'ambassadeur russe a ...": the participle's patient, not its doer
        patients = fronted_patient_refs(ctx.parties, trig.root)
        actors += [r for r in roles if r not in envoy and r not in patients]
        if d.type == "consultation":
            actors += args.prep_parties(trig.span, ctx.parties, ctx.words("with_prepositions"), lo, hi)
            actors += [] if actors else [r for r in ctx.parties if r.start in meeting_members(ctx, trig)]
            # "the two delegations met", "talks between the two countries' leaders": the pair told before
            pair = paired_sides(trig.span, ctx.parties, ctx.doc, ctx.lang, [lo_ for lo_, _ in ctx.bounds])
            actors = pair + [r for r in actors if r not in pair and r.value.kind not in PAIR_KINDS] \
                if pair else actors
        sides = args.sides_of(trig.span, ctx.parties, ctx.lang, lo, hi) if d.type in args.SIDES_TYPES else []
        actors = sides + [r for r in actors if r not in sides]
        if d.type in args.SIDES_TYPES:
            actors = args.with_conjuncts(actors, ctx.parties, ctx.doc)
            # "les ministres des Affaires étrangères du Kosovo et de la Serbie": both states
            actors = office_conjuncts(actors, ctx.parties, ctx.doc, ctx.lang)
        if d.type == "diplomatic_protest":
            passive = args.role_parties(trig.span, ctx.parties, args.PASSIVE_SUBJECT_DEPS)
            targets += envoy + patients + [r for r in passive if not hosted(ctx, r)]
            summoners, summoned = measure_sides(trig.span, trig.spec.mode, ctx.parties, ctx.lang)
            actors, targets = actors + summoners, targets + summoned
        recipients = args.prep_parties(trig.span, ctx.parties, ctx.words("recipient_prepositions"), lo, hi)
        targets += [r for r in recipients if summoned_side(ctx, trig, r)]
    if not actors and d.type in OWNER_ACTOR_TYPES:  # "les coordonnées de X ont été fournies à Y"
        for trig in d.triggers:
            owned = args.role_parties(trig.span, ctx.parties, args.PASSIVE_SUBJECT_DEPS, ctx.cue_tokens)
            actors += [r for r in owned if r not in targets]
    if d.type in EXCHANGED_TYPES:
        targets += _exchanged(ctx, d, actors)
    targets = [r for r in targets if r not in actors]
    d.actors = args.dedupe_parties(_parties(actors))
    d.defenders = _parties(defenders)
    d.targets = args.dedupe_parties(_parties(targets))
    if d.type == "diplomatic_protest" and not d.targets:
        d.targets = envoy_countries(ctx, ctx.sentence(d.sent))
    if d.type in SPEAKER_ACTOR_TYPES and (not d.actors or _first_person(d)):
        speaker = _claim_speaker(ctx, d)
        if speaker is not None:
            d.actors = args.dedupe_parties([speaker, *d.actors])
    elif d.violent and not d.actors and not d.defenders and _told_by_its_author(d):
        claim = _claim_of(ctx, d)
        # claimed, not denied: "rejected claims that its missile hit a school" leaves the
        # accusation to say who acted (link.py: an accusation the accused rejects stays alleged)
        if claim is not None and claim.stance == "assert" and claim.speaker.kind in ARMED_SPEAKER_KINDS:
            d.actors = [claim.speaker]
    d.actors, d.targets = args.settle_parties(d.type, [t.span for t in d.triggers], d.actors, d.targets,
                                              ctx.sentence(d.sent), ctx.article,
                                              (ctx.parties, ctx.places, ctx.weapons), ctx.lang)
    d.spans += [p.span for p in d.actors + d.targets if p.span]


def _exchanged(ctx: Context, d: Draft, actors: list[Ref]) -> list[Ref]:
    """Who was handed over: the people named in the sentence of an exchange ("ont échangé 26
    ressortissants, dont le journaliste X"), other than its sides and whoever reports it (the
    parse of such lists is too unreliable to follow the verb's object)."""
    speakers = [c.speaker.span for c in ctx.article.claims if c.speaker.span]
    out: list[Ref] = []
    for r in ctx.parties:
        a, b = r.mention.span
        spoke = any(a < e and s < b for s, e in speakers)
        if r.sent == d.sent and r.value.kind == "person" and r not in actors and r not in out and not spoke:
            out.append(r)
    return out


def _told_by_its_author(d: Draft) -> bool:
    """An act a side reports of itself: the subject of its verb is a third-person pronoun ("Russia
    said it had struck", "a affirmé qu'elle avait frappé") or a noun a possessive owns ("its
    missiles had struck", "ses forces ont frappé"); in reported speech these are the speaker's.
    Interceptions are not (their subject is the defender: `defenders`)."""
    for trig in d.triggers:
        if trig.spec.alone is not None:
            return False
        verb = trig.root
        if verb.pos_ != "VERB":
            continue  # a noun's verb may be another act ("its air defences shot down 21 drones")
        if _subjectless_infinitive(verb) and not args.accusation_verb(verb.head):  # "l'accuse d'avoir tué"
            return True  # "les Houthis ont affirmé avoir tiré": the infinitive's subject is the speaker
        for c in verb.children:
            if c.dep_ not in args.SUBJECT_DEPS:
                continue
            if c.pos_ == "PRON" and "3" in c.morph.get("Person") and "Prs" in c.morph.get("PronType"):
                return True
            if any("Yes" in g.morph.get("Poss") for g in c.children):
                return True
    return False


def _subjectless_infinitive(verb: Token) -> bool:
    """An infinitive, simple or compound ("frapper", "avoir frappé"), with no subject of its own."""
    compound = any(c.pos_ == "AUX" and q.infinitive(c) for c in verb.children)
    return (q.infinitive(verb) or compound) and not any(c.dep_ in args.SUBJECT_DEPS for c in verb.children)


def _first_person(d: Draft) -> bool:
    """The trigger's subject is "je"/"nous"/"I"/"we": the speaker of the quote is the actor."""
    for trig in d.triggers:
        for verb in args.governing_verbs(trig.root)[:1]:
            if any(c.dep_ in args.SUBJECT_DEPS and "1" in c.morph.get("Person") for c in verb.children):
                return True
    return False


def _fill_status(ctx: Context, d: Draft) -> None:
    d.alleged = d.alleged or only_alleged(ctx, d, every=False)  # events_alleged
    d.background = d.background or bool(d.sents & ctx.background_sents)


def _clocked(ctx: Context, d: Draft, when: When | None) -> When | None:
    """The date with the clock time a sentence of the incident states for that day."""
    return with_clock(when, [r.value for r in ctx.refs.get("time", [])
                             if r.sent in d.sents and isinstance(r.value, When)])


def _fill(ctx: Context, d: Draft) -> None:
    d.spans = [ctx.original(t.span) for t in d.triggers]
    d.date = _clocked(ctx, d, pick_date(d.dates))
    d.spans += [r.mention.span for r in d.dates]
    _fill_place(ctx, d)
    _fill_weapons(ctx, d)
    _fill_parties(ctx, d)
    summoner = fronted_summoner(ctx, d) if d.type == "diplomatic_protest" else None
    if summoner is not None:  # "En Finlande, l'ambassadeur a été convoqué par le ministère ..."
        d.actors, d.targets = [summoner], [t for t in d.targets if t.country != summoner.country]
    if d.cause:  # the act another answers ("in retaliation for an attack in X last month"): only the
        keep_answered_words(ctx, d)  # words of its phrase are its own, not the answer's weapon or side
    if d.twin is not None and d.place is not None and d.type == "diplomatic_protest":
        # one of several envoys summoned, each at his post: the post is the place, and a party of
        # another country is another summons' (_coordinated_towns)
        d.actors = [a for a in d.actors if a.country in (None, d.place.country)] or host_summoner(d.place)
    else:
        d.place = args.seat_of(d.type, d.actors, d.place) or d.place
    _fill_status(ctx, d)


# --- 6-7. which drafts are incidents, merging, records ------------------------------------------------
def _keep_specific(drafts: list[Draft], language: str) -> list[Draft]:
    """Generic mentions ("de telles attaques") without a day of their own are no incident: a
    series told over a week or a month ("cette semaine, le groupe a multiplié les offensives",
    "strikes have intensified this month") is a trend, not one incident to code. A night ("dans la
    nuit de lundi à mardi") is as much a day of its own: "des dizaines de frappes" then is one wave.
    Nor is a year's tally (tallies). A word of the present ("les attaques sont désormais
    quotidiennes", "currently") is no day of their own either: it dates the habit, not an act; nor is an
    inferred one (a dateline's: "has repeatedly attacked X this year" under "June 2 (Reuters)"),
    unless the next sentence tells the act of those days (events_generic.retold_news)."""
    tallied = tallies(drafts)
    return [d for d in drafts if not (d.generic and (
        d.date is None or (d.date.inferred and not retold_news(d, drafts))
        or is_present_text(language, d.date.text)
        or (d.date.precision != "day" and not cal.day_or_night(d.date.start, d.date.end))))
        and not any(d is t for t in tallied)]


def _summary(d: Draft) -> str:
    label = d.type.replace("_", " ").capitalize()
    parts = [label]
    if d.actors and d.actors[0].role != "implied":
        parts.append(f"by {d.actors[0].name}")
    if d.targets:
        parts.append(f"{'on' if d.violent else 'with'} {d.targets[0].name}")
    head = " ".join(parts)
    tail = [x for x in (d.place.name if d.place else None, d.date.start.isoformat() if d.date else None) if x]
    return ", ".join([head, *tail])


def _record(ctx: Context, d: Draft) -> Event:
    info = type_info(d.type)
    plover = dict(info.get("plover") or {})
    if d.mode:
        plover["mode"] = d.mode
    spans = sorted({s for s in d.spans if s and s[0] < s[1]})
    actors, targets = args.apart_sides(d.actors, d.targets)
    return Event(
        type=d.type, trigger=ctx.original(d.first.span), background=d.background, summary=_summary(d),
        status="alleged" if only_alleged(ctx, d) else "reported", date=d.date, location=d.place,
        actors=actors, targets=targets, weapons=d.weapons,
        fatalities=d.fatalities, injured=d.injured, damage=d.damage, plover=plover or None,
        acled=d.acled or dict(info.get("acled") or {}) or None, spans=spans, sentence=d.sent,
    )


def build(article: Article) -> tuple[Context, list[Draft]]:
    """The incidents of an article as drafts, with the context they were read in."""
    ctx = Context(article)
    found = _candidates(ctx)
    assign_dates(ctx, found)
    found = split_coordinated(ctx, _group_sentence(found))
    found = fold_coercion(fold_consequences(found))  # tear gas fired at a protest is its intervention
    for d in found:
        _fill(ctx, d)
    kept = _keep_specific(found, ctx.article.language or "fr")
    # the toll of a tally ("dozens of attacks ..., killing at least four seafarers") is no incident's
    ctx.tallied = {d.sent for d in found if not any(d is k for k in kept)}
    ctx.tally_roots = {t.root.i for d in found if not any(d is k for k in kept) for t in d.triggers}
    found = kept
    assign_targets(ctx, found)
    found = [d for d in found if not ends_attack(ctx, d, found)]  # "troops then killed the attackers"
    assign_effects(ctx, found)
    found = fold_crew_taken(ctx, fold_retold(ctx, found))  # a side's retold strike; a ship's crew taken
    found = fold_fallen_finds(ctx, keep_kinds(ctx, found))
    # a day of publication, stated or inferred (dateline, URL, other sources): a stated date's news day
    pub = article.published.date if article.published and article.published.precision == "day" else None
    found = fold_pacts(fold_mentions(merge_across(fold_umbrellas(fold_crashes(found)), pub), pub))
    found = bombing_typed(ctx, fold_recounted(fold_onsets(ctx, found)))  # onsets after ends; counts retold
    for d in found:
        # placed after merging; a sentence opening apart ("Separately, ...") starts a new scene
        places = [r for r in ctx.places if r.sent >= d.sent] if d.separate or d.entry else ctx.places
        scene = None if d.place or not d.violent else resumed_place(ctx, d) or same_area(ctx, d, found) \
            or args.scene_place(places, *scene_trigger(ctx, d), ctx.paragraph_of, ctx.owner_starts)
        d.place = replace(scene.value) if scene else d.place
        if d.place and d.violent:  # placed by a region, a later sentence resuming the act may place it finer
            d.place = refined(ctx, d, found)
        if d.mode in PLACELESS_MODES:  # a call joins two places: no town of it is the scene ("discussed
            d.place = None             # Syria in a phone call", "talks between Moscow and Kyiv")
        d.weapons = keep_barrage(ctx.doc, ctx.weapons, d.weapons,
                                 list(type_info(d.type).get("weapon_categories") or []))
        d.targets = site_order(without_claimed_elsewhere(ctx, d))  # a side's own account, elsewhere
    civic_town(ctx, found)  # "se sont rassemblés devant la mairie": the town of the act told before
    # a violent act with no date, place, participant, toll or weapon of its own is talk of what could
    # happen ("le dépôt pourrait exploser"), not a report; an answer is anchored by the act it answers
    found = [d for d in date_undated(ctx, breached_pacts(ctx, found)) if anchored(d) or d.weapons
             or not d.violent or (d.answering and d.date is not None)]
    found = [d for d in found if not (war_tally(d) or running_total_act(ctx, d) or accused_breach(ctx, d)
                                      or accidental_blast(ctx, d))]
    # a political act dated after publication is a plan ("agreed to hold talks next week"), whatever
    # verb tells it; not a violent one: a strike dated the day after is a time zone's or wrong date
    found = [d for d in found if not headline_topic(ctx, d) and not live_topic(d, found) and not (
        pub and not d.violent and d.date is not None and not d.date.inferred
        and d.date.start > pub + timedelta(days=PLAN_MARGIN_DAYS))]
    for d in found:  # a denial's day bounds the act; the sentences merged in may state the hour
        d.date = _clocked(ctx, d, up_to(d.date) if d.date is not None and denied_on(ctx, d) else d.date)
    cas.victims_tolls(ctx, found)  # the attacker's boast gives way to another's toll
    implied_actors(found)
    return ctx, found


def run(article: Article) -> Article:
    """Append the article's incidents to ``article.events``."""
    if article.doc is None or len(article.doc) == 0:
        return article
    ctx, found = build(article)
    article.events.extend(_record(ctx, d) for d in found)
    return article
