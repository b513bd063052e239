"""Stage `events`, step 3: which date each incident takes (see extract/events.py).

Why a module of its own: a sentence of news usually states several dates (the day a statement was
made, the day of the incident, the day of something else told in passing), and picking the wrong
one is the commonest error after detection. The rules, each a function below: a date the parse
hangs from the trigger beats one only near it; a date hung from a reporting verb dates the
statement; a date of a clause goes to the trigger nearest its verb in the tree and never to a
trigger its verb does not govern; a sentence with a date and no incident sets the scene for the
next one; an incident told in an old statement is placed by that statement. Dates relative to
another dated mention: a date of a reported clause goes to the trigger that is its verb's subject
("a déclaré lundi que la frappe lancée la veille ..."); "aujourd'hui"/"today" in a quote counts from
the day it was said; "<N> days after <incident>" counts back from the sentence's date; "a few days
earlier" from the incident just told; "détenu depuis mars 2023" dates the arrest.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from newsevents.extract import arguments as args
from newsevents.extract import qualifiers as q
from newsevents.extract.arguments import Ref
from newsevents.extract.drafts import (
    BACKGROUND_DAYS,
    Draft,
    answered_day,
    days_before,
    recalled_sequel,
    type_table,
)
from newsevents.extract.events_dates_answered import STATEMENT_DATE_GLUE, answered_act, under_response
from newsevents.extract.events_dates_climb import verb_above
from newsevents.extract.events_dates_flashback import recount_flashbacks
from newsevents.extract.events_dates_nouns import noun_clause_owner, speech_day
from newsevents.extract.events_dates_refs import (
    appositions,
    describes,
    frames_sentence,
    present_statement_object,
    quoted_deixis,
    reports_before,
    set_off_statement_date,
    trailing_statement_date,
)
from newsevents.extract.events_dates_tolled import toll_conjunct
from newsevents.extract.events_dates_unanchored import interval_for, kept_undated, weak_undated
from newsevents.extract.events_days_after import days_after
from newsevents.extract.events_resumed import general_statement
from newsevents.extract.events_typing import preverbal_range
from newsevents.extract.own_act_clauses import in_own_act
from newsevents.extract.stance import fold
from newsevents.extract.stance import lexicon as claims_lexicon
from newsevents.extract.triggers import SUBJECT_DEPS, is_clause
from newsevents.extract.where_clauses import upper_verbs_place, victims_act
from newsevents.model import Article, Mention, When

if TYPE_CHECKING:
    from newsevents.extract.events import Context

# A statement dated at most this many days before publication is the news the article reports
# (an incident it tells took place by then); an older one ("le mois dernier, X a dit") is
# background: it places the incident it tells (_recalled_statements). A week, as wire copy reports.
STATEMENT_NEWS_DAYS = 7
# A denial answers an act of that day or the days before (news-dev's came 0 to 2 days after): an act
# dated only by its denial ("a démenti mercredi que la raffinerie ait été touchée") gets those days.
DENIAL_LOOKBACK_DAYS = 3
# consequences and casualty statements attach to a strike up to this many sentences before them
# (the seeds and POPCORN reports state damage and victims in the next one or two sentences)
MAX_FOLLOW_SENTENCES = 2
# families whose mentions in one article are one incident unless dates or places tell them apart
SINGLE_FAMILIES = frozenset(type_table().get("one_per_document", []))
# types a "since" date dates (event_types.yaml: a detention's start is the arrest)
SINCE_START_TYPES = frozenset(type_table().get("since_start_types", []))


def assign_dates(ctx: Context, drafts: list[Draft]) -> None:
    """Each time and place mention goes to the trigger it hangs from, else the nearest one.

    A date the parse hangs from the trigger beats one only near it: in "Iran on Tuesday vowed to
    respond to an airstrike that destroyed the consulate the previous day", "Tuesday" dates the
    vow and "the previous day" the strike."""
    near: dict[int, list[Ref]] = {}
    quoted_deixis(ctx)
    times = [r for r in ctx.refs.get("time", []) if not _dates_other_statement(ctx, drafts, r)]
    # a date of a clause goes to the nearest trigger its verb governs that no date of its own words dates
    # ("la trêve conclue samedi a volé en éclats mercredi, lorsque des combats ont éclaté": the fighting's)
    dated = frozenset(owner for ref, owner, direct in _owners(ctx, drafts, times, reported=True)
                      if direct and isinstance(ref.value, When) and not ref.value.inferred)
    for ref, owner, direct in _owners(ctx, drafts, times, reported=True, avoid=dated):
        # "combats depuis avril", "détenu depuis mars 2023": their start
        if drafts[owner].vague or drafts[owner].type in SINCE_START_TYPES or not _since(ctx, ref):
            (drafts[owner].dates if direct else near.setdefault(owner, [])).append(ref)
    for owner, refs in near.items():
        if not drafts[owner].dates:
            root = drafts[owner].first.root
            # the nearest in the tree first: "buried on Thursday two of the people killed in the
            # shelling a day earlier" dates the shelling by "a day earlier", not by the burial
            drafts[owner].dates = sorted(refs, key=lambda r: (tree_distance(r.tokens(ctx.doc).root, root),
                                                              r.start))
    for ref, owner, _ in _owners(ctx, drafts, ctx.places):
        drafts[owner].places.append(ref)
    _scene(ctx, drafts)
    _recalled_statements(ctx, drafts)
    days_after(ctx, drafts)
    _before_previous(ctx, drafts)
    recount_flashbacks(ctx, drafts, pick_date)


def _before_previous(ctx: Context, drafts: list[Draft]) -> None:
    """"Quelques jours auparavant, une autre frappe avait fait 18 morts", "A few days earlier, ...":
    an undated incident told as some days before the incident just told takes that span before its
    date. The phrases and their spans in days (min, max) are language data (`before_previous` in
    lang/<code>/events.yaml); a phrase the time stage resolves ("deux jours plus tôt") is a date
    already."""
    table = {str(k).lower(): v for k, v in (ctx.lex.data.get("before_previous") or {}).items()}
    if not table:
        return
    dated: list[tuple[int, When]] = []
    for d in sorted(drafts, key=lambda x: x.sent):
        if d.dates:
            when = pick_date(d.dates)
            if when is not None and not when.inferred:
                dated.append((d.sent, when))
            continue
        sent = ctx.sentence(d.sent)
        text = sent.text.lower()
        hit = next(((p, v) for p, v in table.items() if text.find(p) != -1), None)
        # a day first: "earlier in the day" after "a strike on Saturday ..., despite a ceasefire that
        # took effect in November" counts from Saturday, not from the month recalled
        before = [w for s, w in reversed(dated) if s < d.sent]
        anchor = next((w for w in before if w.start == w.end), None) or next(iter(before), None)
        if hit is None or anchor is None:
            continue
        phrase, (most, least) = hit
        at = sent.start_char + text.find(phrase)
        span = ctx.doc.char_span(at, at + len(phrase), alignment_mode="expand")
        if span is None:
            continue
        original = ctx.original(span)
        value = When(anchor.start - timedelta(days=int(least)), anchor.start - timedelta(days=int(most)),
                     "range", None, ctx.article.text[original[0]:original[1]], False, original)
        mention = Mention("time", original, value.text or phrase, value, d.sent)
        d.dates = [Ref(mention, span.start, span.end, d.sent)]


def _recalled_statements(ctx: Context, drafts: list[Draft]) -> None:
    """An undated incident told in a statement dated before the news ("Le mois dernier, le
    gouverneur a affirmé qu'une personne était morte dans une frappe", "In March, officials said
    a strike had killed five") took place by then: the statement's date places it (news reports
    an incident within days), so it stays apart from today's incident and is recalled background.
    A statement of the news days lends its date later, only to what has none (_statement_date),
    except to the families told once per article (prisoner exchanges), which only dates tell apart:
    "X announced on Thursday that ..." and "on Monday, Y said that ..." are two exchanges."""
    pub = ctx.article.published
    if pub is None:
        return
    by_span = {r.mention.span: r for r in ctx.refs.get("time", [])}
    for d in drafts:
        if d.dates:
            continue
        for trig in d.triggers:
            hit = ctx.claim_at(trig.root.i)
            when = ctx.article.claims[hit[3]].date if hit else None
            ref = by_span.get(when.span) if when is not None and when.span else None
            if ref is None or when.inferred:
                continue
            old = days_before(when, pub.date) > STATEMENT_NEWS_DAYS
            if old or d.family in SINGLE_FAMILIES:
                d.dates, d.background = [ref], old
                break


def _since(ctx: Context, ref: Ref) -> bool:
    """A date after "depuis"/"since" starts a period: it dates no strike ("les premières attaques
    depuis octobre 2023"); it dates the start of fighting ("les combats depuis avril 2023")."""
    words = ctx.words("since_words")
    first = ctx.doc[ref.start]
    before = ctx.doc[ref.start - 1] if ref.start > 0 else None
    return first.lower_ in words or (before is not None and before.lower_ in words)


def _scene(ctx: Context, drafts: list[Draft]) -> None:
    """A sentence with a date or place and no incident sets the scene for the next violent
    incident ("Jeudi dernier, les pompiers ... au Guatemala. L'incendie était dû à une
    explosion ..."). Not for political events: a date before a meeting or a call usually dates
    someone's statement instead; an act told with its weapon is an incident, whatever its type
    ("l'incident s'est produit samedi ... Les tirs au canon à eau ...")."""
    with_drafts = {d.sent for d in drafts}
    # a bare mention ("l'attaque") takes its scene from the incident it names, not from its neighbours;
    # an act told only as the start of a span ("since the offensive began") takes none
    told = [d for d in drafts if (d.violent or _armed(ctx, d)) and not d.generic and not d.anaphoric
            and not d.since_only]
    # a place another trigger of the sentence holds is this one's scene rather than the sentence
    # before's ("In Nyala, officials confirmed that five civilians were killed in the drone strike":
    # the strike's draft has none, "killed" has Nyala)
    placed: dict[int, list[Ref]] = {}
    for d in drafts:  # (a summons' place is where envoys were called, not where drones flew)
        if d.violent:
            placed.setdefault(d.sent, []).extend(r for r in d.places if r not in placed.get(d.sent, []))
    for d in sorted(told, key=lambda d: d.sent):
        if not d.places and d.violent:
            d.places = list(placed.get(d.sent, []))
        if d.separate or d.entry:  # "Separately, ...", "09:15 GMT - ...": another scene
            continue
        for s in _sentences_before(ctx, d.sent, MAX_FOLLOW_SENTENCES):
            if s in with_drafts:
                break
            if not d.dates:
                d.dates = [r for r in ctx.refs.get("time", []) if r.sent == s
                           and (d.vague or not _since(ctx, r)) and _statement_cue(ctx, r) is None]
            if not d.places and not general_statement(ctx, ctx.sentence(s)):
                d.places = [r for r in ctx.places if r.sent == s and not _neighbours(ctx, r)]


def _neighbours(ctx: Context, r: Ref) -> bool:
    """Countries that bound another ("ce pays situé entre l'Ukraine et la Roumanie", "between
    Ukraine and Romania", `between_words`): where a country lies, no scene a sentence with no act
    of its own lends the act after it."""
    if getattr(r.value, "precision", None) != "country":
        return False
    i = r.start - 1
    while i >= 0 and ctx.doc[i].pos_ == "DET":
        i -= 1
    if i >= 0 and ctx.doc[i].lower_ in ctx.words("between_words"):
        return True
    first = next((p for p in ctx.places if p.sent == r.sent and i - 1 <= p.end <= i and p is not r), None)
    return i >= 0 and ctx.doc[i].pos_ == "CCONJ" and first is not None and _neighbours(ctx, first)


def _armed(ctx: Context, d: Draft) -> bool:
    """A weapon is named in the clause of the draft's first trigger ("les tirs au canon à eau",
    "ships fired water cannon at the boats")."""
    lo, hi = ctx.clause(d.first.span)
    return bool(args.weapons_in(ctx.weapons, lo, hi))


def _sentences_before(ctx: Context, sent: int, n: int) -> list[int]:
    """The `n` sentences before `sent` that have words, nearest first (a full stop left alone on
    its line by the sentence splitter is no sentence)."""
    out: list[int] = []
    s = sent - 1
    while s >= 0 and len(out) < n:
        if any(t.is_alpha or t.like_num for t in ctx.sentence(s)):
            out.append(s)
        s -= 1
    return out


def _statement_cue(ctx: Context, ref: Ref) -> int | None:
    """The time mention hangs from a reporting verb: it dates the statement ("L'armée a annoncé
    lundi avoir frappé ... dimanche"), not an incident of the next sentence. A date inside the
    reported clause ("une opération menée la veille") hangs from its own verb first. Right after
    the reporting verb ("said on Monday it had targeted"), it is the statement's whatever the
    parse says (the parser often hangs it from the reported verb). Returns the reporting verb."""
    lo, hi = ctx.bounds[ref.sent]
    before = ref.start - 1
    while before >= lo and ctx.doc[before].pos_ in STATEMENT_DATE_GLUE:
        before -= 1
    if before >= lo and (before in ctx.cue_tokens or trailing_statement_date(ctx, ctx.doc[before], ref)):
        return before
    if before >= lo and ctx.doc[before].text == "," and set_off_statement_date(ctx, ref, before):
        return before - 1
    t = ref.tokens(ctx.doc).root
    for _ in range(args.MAX_CLIMB):
        if t.i in ctx.cue_tokens:
            return None if reports_before(t, ref) else t.i
        # a verb, or the head of a reported clause whatever its tag ("que le mercredi les soldats
        # avaient ouvert le feu": the parser tags the participle ADJ), is a clause of its own
        if t.head.i == t.i or not lo <= t.head.i < hi \
                or ((t.pos_ in ("VERB", "AUX") or t.dep_ == "ccomp") and t.i != ref.start):
            return None
        t = t.head
    return None


def _dates_other_statement(ctx: Context, drafts: list[Draft], ref: Ref) -> bool:
    """The time mention dates a statement that is not itself an incident ("a exigé lundi" is one);
    not when it follows a participle on an incident's noun ("a démenti ... l'explosion survenue
    lundi": the parser hangs "lundi" on "démenti", arguments.after_participle)."""
    roots = {d.first.root.i: n for n, d in enumerate(drafts)}
    if args.after_participle(ref.tokens(ctx.doc).root, roots) is not None:
        return False
    # hung from an incident's noun below the reporting verb, after it ("a accusé Alger ..., après
    # une frappe de drone ... fin août"): the incident's date, not the statement's ("a dénoncé mardi
    # une frappe" stays the statement's)
    owner = args.owner_of(ref.tokens(ctx.doc).root, roots, ctx.cue_tokens, ctx.bounds[ref.sent])
    if owner is not None and owner >= 0 and drafts[owner].first.root.pos_ in ("NOUN", "PROPN") \
            and drafts[owner].first.span.end <= ref.start:
        return False
    if present_statement_object(ctx, drafts, ref) is not None:
        return False
    cue = _statement_cue(ctx, ref)
    return cue is not None and not any(t.span.start <= cue < t.span.end for d in drafts for t in d.triggers) \
        and _claimed_act(ctx, drafts, ref) is None


def _owners(ctx: Context, drafts: list[Draft], refs: list[Ref], reported: bool = False,
            avoid: frozenset[int] = frozenset()) -> list[tuple[Ref, int, bool]]:
    """(mention, draft index, whether the parse hangs it from that draft's trigger). A mention of a
    reported clause goes to the trigger that is its verb's subject (_reported_subject), and with
    `reported` (dates) to the triggers its own clause verb governs; one in a clause below the
    trigger's that tells an act of its own (q.other_clauses) is that act's, so no trigger's. A
    mention no trigger's words hold goes to the nearest governed trigger not in `avoid` first."""
    roots = {d.first.root.i: n for n, d in enumerate(drafts)}
    trigger_roots = frozenset(t.root.i for d in drafts for t in d.triggers)
    out: list[tuple[Ref, int, bool]] = []
    hosts = appositions(ctx, refs)
    # the words before a subjectless verb trigger are its own, whatever the parse hangs them from
    # ("... et en avril des drones ont touché Y": April is the drones', not the first strike's)
    before = {n: r for n, d in enumerate(drafts) for t in d.triggers[:1] if (r := preverbal_range(ctx, t))}
    for ref in refs:
        if id(ref) in hosts:
            continue
        same = [n for n, d in enumerate(drafts) if d.sent == ref.sent]
        if not same:
            continue
        described = noun_clause_owner(ctx, drafts, ref) if reported else None
        if described is not None:  # "the truce agreed in November 2024": the truce's, not the attack's
            out.append((ref, described, True))
            continue
        front = next((n for n, (a, b) in before.items() if a <= ref.start and ref.end <= b), None)
        front = victims_act(ref.tokens(ctx.doc).root, drafts, not reported) if front is None else front
        if front is not None:
            out.append((ref, front, True))
            continue
        answered = answered_act(ctx, drafts, ref) if reported else None
        if answered is not None:
            out.append((ref, answered, True))
            continue
        owner = args.owner_of(ref.tokens(ctx.doc).root, roots, ctx.cue_tokens, ctx.bounds[ref.sent])
        if reported and owner is not None and owner >= 0 \
                and under_response(ctx, ref, drafts[owner].first.root):
            continue  # "targeted radars, in response to attempts to fire missiles on Wednesday night"
        if reported and owner is not None and owner >= 0 and not drafts[owner].violent \
                and _participle_between(ref.tokens(ctx.doc).root, drafts[owner].first.span, trigger_roots):
            continue  # "la libération de deux otages enlevés en 2023": the kidnapping's year
        if owner == args.STOPPED:  # it dates or places the statement ("X a déclaré mardi que ...")
            claimed = _claimed_act(ctx, drafts, ref)
            if claimed is None and reported:
                claimed = present_statement_object(ctx, drafts, ref)
            if claimed is None:
                claimed = _reported_subject(ctx, drafts, ref)
                # a subject dated by its own words leaves the date to the acts the verb governs ("a
                # truce agreed on Saturday collapsed on Wednesday when fighting erupted")
                claimed = None if claimed in avoid else claimed
            if claimed is not None:
                out.append((ref, claimed, False))
                continue
            frame = not reported and frames_sentence(ctx, ref)
            verb = _clause_verb(ref.tokens(ctx.doc).root, ctx.bounds[ref.sent], True) \
                if reported or frame else None
            if verb is None or (verb.i in ctx.cue_tokens and not frame and not reports_before(verb, ref)):
                continue
            # the reporting verb sits above the date's own clause ("were killed on Wednesday, the
            # governor said"): that clause's triggers own it, below. Dates only: the countries of
            # such a clause are mostly its parties ("Russia and Ukraine carried out an exchange
            # on Thursday, X said"), not where it happened
        if owner is not None and owner >= 0 and in_own_act(drafts[owner].first.span, ref.start):
            # "a bombardé samedi X, un jour après que le drone a tué un homme à Tel Aviv": the other
            # act's, which is an incident when its subject is one ("la frappe a eu lieu vers 4h :
            # un drone a pris pour cible une mosquée")
            subject = _reported_subject(ctx, drafts, ref)
            if subject is not None and subject != owner:
                out.append((ref, subject, False))
            continue
        direct = owner in same
        if not direct:
            verb = _clause_verb(ref.tokens(ctx.doc).root, ctx.bounds[ref.sent], reported)
            if verb is not None and verb.lemma_.lower() in ctx.words("responsibility_verbs") \
                    and _claimed_act(ctx, drafts, ref) is None \
                    and all(ref.end <= drafts[n].first.span.start
                            or _passive_subject(drafts[n].first.root, verb) for n in same):
                # "a revendiqué jeudi la responsabilité de l'attaque", "l'attaque a été revendiquée
                # lundi par le Jnim": the claim's day
                continue
            if verb is not None:  # the triggers its clause governs, the nearest in the tree first
                depth = {n: _depth_below(drafts[n].first.root, verb) for n in same}
                if all(v is None for v in depth.values()) and _shares_subject(verb) \
                        and verb.i not in ctx.cue_tokens \
                        and (all(verb.i < drafts[n].first.span.start for n in same)
                             or toll_conjunct(verb, ctx.lang)):
                    verb = verb.head  # "ont été tuées et 23 blessées mardi dans une frappe"
                    depth = {n: _depth_below(drafts[n].first.root, verb) for n in same}
                elif not reported and all(v is None for v in depth.values()) and upper_verbs_place(verb) \
                        and verb.head.i not in ctx.cue_tokens:
                    # a place: "la réunion doit se tenir à Bruxelles", the trigger is the subject
                    # of the verb above (not dates: "les frappes ont fait augmenter les victimes
                    # en décembre" dates the count, not the strikes)
                    verb = verb.head
                    depth = {n: _depth_below(drafts[n].first.root, verb) for n in same}
                # a clause of sequence below the verb tells an act of its own: the verb's date is
                # not its when the verb's clause tells one too ("struck camps on Tuesday, two days
                # after rebels attacked a post"); else it is ("la semaine dernière, 11 personnes
                # ont été blessées après que des missiles ont frappé un hôtel")
                governed = [n for n in same if depth[n] is not None]
                same = [n for n in governed if not _outside_sequence(ctx, drafts[n], ref)] or governed
                if not same:  # a verb of another clause: "the raid came after X met them on Saturday"
                    continue
            # an act told again in a relative clause on another's noun takes no date of the clause above
            same = [n for n in same if not describes(ctx, drafts, n)] or same
            pos = (ref.start, ref.end)
            owner = min(same, key=lambda n: (n in avoid, depth[n] if verb is not None else 0,
                                             args.token_distance(pos, (drafts[n].first.span.start,
                                                                       drafts[n].first.span.end)),
                                             drafts[n].first.span.start < ref.start))
        out.append((ref, owner, direct))
    by_host = {id(ref): (owner, direct) for ref, owner, direct in out}
    out += [(ref, *by_host[hosts[id(ref)]]) for ref in refs if id(ref) in hosts and hosts[id(ref)] in by_host]
    return out


def _participle_between(word: Token, trigger: Span, triggers: frozenset[int]) -> bool:
    """Between the date and the political act it hangs from stands a participle on another noun of
    the act's phrase, itself no trigger ("la libération de deux otages enlevés en 2023", "the release
    of hostages seized in 2023"): the date is that participle's act, not the release's. Only for
    acts that are not violent: the participles of a strike's phrase mostly tell the strike again
    ("l'attaque au drone menée dans la nuit", "le drone abattu le 1er avril"; on news-dev applying
    it to strikes lost two of them)."""
    inside = range(trigger.start, trigger.end)
    t = word
    for _ in range(args.MAX_CLIMB * 2):
        if t.head.i == t.i or t.head.i == trigger.root.i:
            return False
        t = t.head
        if t.dep_ == "acl" and "Part" in t.morph.get("VerbForm") and t.head.i not in inside \
                and t.i not in triggers and _noun_phrase_of_its_own(t.head):
            return True
    return False


def _noun_phrase_of_its_own(noun: Token) -> bool:
    """A noun with its own determiner or number ("deux otages", "des prisonniers"), not a word the
    parser took for a noun inside the act's name ("l'accord tripartite conclu le 10 novembre")."""
    return noun.pos_ in ("NOUN", "PROPN") and any(c.dep_ in ("det", "nummod") for c in noun.children)


def _passive_subject(word: Token, verb: Token) -> bool:
    """The word is the subject of the verb in the passive ("l'attaque a été revendiquée")."""
    return word.head.i == verb.i and word.dep_ in args.PASSIVE_SUBJECT_DEPS


def _outside_sequence(ctx: Context, d: Draft, ref: Ref) -> bool:
    """The draft is told in a clause of sequence (q.sequence_clause) the mention is not in."""
    if not d.sequel:
        return False
    found = q.sequence_clause(ctx, d.first)
    return found is not None and not (found[0].left_edge.i <= ref.start <= found[0].right_edge.i)


def _reported_subject(ctx: Context, drafts: list[Draft], ref: Ref) -> int | None:
    """A date inside the reported clause, hung from a verb of that clause whose subject is a
    trigger, dates that trigger: in "le ministère a déclaré lundi que la frappe lancée la veille
    visait ..." the parser often reads "lancée" as the reported verb with "la frappe" its subject,
    so "la veille" reaches the reporting verb without passing the trigger. The verb must sit below
    the reporting verb (a date hung from the reporting verb itself dates the statement)."""
    t = verb_above(ctx, ref, ctx.cue_tokens)
    if t is None:
        return None
    subjects = {c.i for c in t.children if c.dep_ in SUBJECT_DEPS}
    return next((n for n, d in enumerate(drafts) if d.sent == ref.sent
                 and any(trig.root.i in subjects for trig in d.triggers)), None)


def _claimed_act(ctx: Context, drafts: list[Draft], ref: Ref) -> int | None:
    """A claim of responsibility names the act as its object ("le Jnim a revendiqué des tirs de
    roquette, vendredi, contre des positions à Kidal", "claimed a drone attack on Friday"): what
    hangs from the claiming verb dates and places the act it names, not a statement."""
    t = ref.tokens(ctx.doc).root
    lo, hi = ctx.bounds[ref.sent]
    for _ in range(args.MAX_CLIMB):
        if t.i in ctx.cue_tokens:
            break
        if t.head.i == t.i or not lo <= t.head.i < hi:
            return None
        t = t.head
    else:
        return None
    if t.lemma_.lower() not in ctx.words("responsibility_verbs"):
        return None
    return next((n for n, d in enumerate(drafts) if d.first.root.head.i == t.i
                 and d.first.root.dep_ in ("obj", "dobj")), None)


# the complements that make a participle an act of its own (French UD, English ClearNLP)
PARTICIPLE_COMPLEMENT_DEPS = frozenset({"obl", "obl:mod", "obl:agent", "prep", "agent", "obj", "dobj"})


def _clause_verb(word: Token, within: tuple[int, int], participle: bool = False) -> Token | None:
    """The verb heading the clause a word hangs from, within its sentence (a participle used as an
    adjective, "camp de déplacés", heads none). With ``participle`` (a date), a participle the word
    hangs from directly heads its clause: "the people killed in the shelling a day earlier" dates
    the killing, not the verb above it ("buried on Thursday")."""
    t = word
    for step in range(args.MAX_CLIMB):
        if t.head.i == t.i or not within[0] <= t.head.i < within[1]:
            return None
        t = t.head
        if is_clause(t) or (participle and step == 0 and _participle_clause(t, word)):
            return t
    return None


def _participle_clause(verb: Token, word: Token) -> bool:
    """A participle on a noun that tells an act with a complement of its own besides the word
    ("killed in the shelling a day earlier"), not a noun made of a participle behind a preposition
    ("un camp de déplacés le 3 mai": the parser hangs the date on "déplacés")."""
    return verb.dep_ == "acl" and verb.pos_ == "VERB" and "Part" in verb.morph.get("VerbForm") \
        and not any(c.dep_ in ("mark", "case") for c in verb.children) \
        and any(c.i != word.i and c.dep_ in PARTICIPLE_COMPLEMENT_DEPS for c in verb.children)


def _shares_subject(verb: Token) -> bool:
    """A verb coordinated with the one before it, no subject of its own: one clause with it ("ont été
    tuées et 23 blessées mardi": the date is the whole clause's). Taken before the triggers, or after
    them when it counts casualties (events_dates_tolled); "..., X said on Sunday" dates the words."""
    return verb.dep_ == "conj" and verb.head.i < verb.i and not any(
        c.dep_ in SUBJECT_DEPS for c in verb.children)


def _depth_below(trigger: Token, verb: Token) -> int | None:
    """How many steps up the tree from the trigger to the verb; None when the verb does not govern
    it. A date of a clause belongs to the trigger nearest its verb ("les troupes ont franchi mardi
    la ligne du cessez-le-feu et ont attaqué une patrouille": the attack, not the ceasefire)."""
    t, steps = trigger, 0
    while t.i != verb.i:
        if t.head.i == t.i or steps > 2 * args.MAX_CLIMB:
            return None
        t, steps = t.head, steps + 1
    return steps


def tree_distance(a: Token, b: Token) -> int:
    """Arcs between two words of one sentence in the parse (through their lowest common head)."""
    up = {a.i: 0}
    t, n = a, 0
    while t.head.i != t.i:
        t, n = t.head, n + 1
        up[t.i] = n
    t, n = b, 0
    while t.i not in up:
        if t.head.i == t.i:
            return len(up) + n + 1  # not in one tree: as far as can be
        t, n = t.head, n + 1
    return up[t.i] + n


def pick_date(refs: list[Ref]) -> When | None:
    """One date from a trigger's time mentions: a stated one before an inferred one (a dateline's,
    extract/events_dateline.py), the narrowest, with a stated clock time kept."""
    whens: list[When] = [r.value for r in refs if isinstance(r.value, When)]
    if not whens:
        return None
    best = min(whens, key=lambda w: (w.inferred, (w.end - w.start).days, w.time is None))
    timed = next((w for w in whens if w.time and w.start == best.start), None)
    if timed and not best.time:
        best = When(best.start, best.end, best.precision, timed.time, best.text, best.inferred, best.span)
    return best


def _same_place(a: object, b: object) -> bool:
    ga, gb = getattr(a, "geonameid", None), getattr(b, "geonameid", None)
    if ga is not None and gb is not None:
        return bool(ga == gb)
    return bool(getattr(a, "name", None)) and getattr(a, "name", None) == getattr(b, "name", None)


def named_place_date(ctx: Context, drafts: list[Draft], d: Draft) -> When | None:
    """The date of an undated violent incident whose place the sentences of a dated one name.

    Why: a lead tells the incident without a date ("the Russian missile hitting an apartment block
    in Dnipro") and the body dates the wave it belonged to, listing the places it hit ("Russia
    executed a new massive shelling of Ukraine on Saturday. Explosions were reported in the Kyiv,
    ..., Dnipro regions"). Only when every such dated incident gives the same date, and never for
    a background incident (an old date there is another story). A statement date beats it (the
    caller asks only when there is none)."""
    if d.date is not None or d.background or d.place is None or not d.violent:
        return None
    hosts = {(h.date.start, h.date.end): h.date for h in drafts
             if h is not d and h.violent and h.date is not None and not h.date.inferred and not h.background
             # an act told as what another answers came before it: no day of the answer's
             and not _answered(ctx, h)
             and any(r.sent in h.sents and _same_place(r.value, d.place) for r in ctx.places)}
    return replace(next(iter(hosts.values()))) if len(hosts) == 1 else None


def _publication(article: Article) -> When | None:
    pub = article.published
    if pub is None or not pub.dates_news:
        return None
    return When(pub.date, pub.end or pub.date, pub.precision if pub.end else "day", None, None, True)


def _answered(ctx: Context, d: Draft) -> bool:
    """The act another one answers, named through a noun of response ("in retaliation for Iran's
    missile attack on Israel", "en représailles à une attaque"): it came before the news that
    answers it, so the publication day is not its date (undated, it is no incident of its own)."""
    if not d.cause:
        return False
    heads = ctx.words("response_heads")
    t = d.first.root
    for _ in range(RESPONSE_HOPS):
        if t.head.i == t.i:
            return False
        t = t.head
        if t.pos_ == "NOUN" and (t.lemma_.lower() in heads or t.lower_ in heads):
            return True
        if t.pos_ != "ADP":
            return False
    return False


# heads climbed from an answered act to its noun of response: "for" -> "retaliation"
RESPONSE_HOPS = 2


def date_undated(ctx: Context, drafts: list[Draft]) -> list[Draft]:
    """News without its own date happened by publication (else on the date of the statement that
    tells it, else of the dated incident naming its place); background without a date is dropped."""
    article = ctx.article
    pub = _publication(article)
    pub_day = article.published.date if article.published else None
    out: list[Draft] = []
    for d in drafts:
        if d.date is None and (_answered(ctx, d) or d.since_only or recalled_sequel(d, drafts, pub_day)):
            # no day of its own, and not the news's or its statement's; an act told only as the
            # start of a span ("since India carried out strikes") is a landmark recalled
            continue
        if d.date is None:
            # an answer happened with the act it answers, else by the statement telling it
            said = answered_day(d, drafts) or _statement_date(article, d) or speech_day(ctx, d) \
                or named_place_date(ctx, drafts, d) or _own_statement_date(ctx, d)
            if said is not None and not d.background:
                d.date = said
            elif d.background or (pub is None and not kept_undated(article, d)) or weak_undated(article, d):
                continue
            else:  # a publication known as a range dates the news by its interval (unanchored)
                d.date = pub or interval_for(article)
        elif not d.date.inferred and article.published and \
                days_before(d.date, article.published.date) > BACKGROUND_DAYS:
            d.background = True
        out.append(d)
    return out


def _statement_date(article: Article, d: Draft) -> When | None:
    """An undated incident told in a dated statement ("the two sides swapped prisoners, X said on
    Thursday") happened by that statement: the claim's date (a date the text states, so it wins
    over the publication date when a headline's draft merges with this one)."""
    if article.published is None:
        return None
    for trig in d.triggers:
        s, e = article.to_original(trig.span.start_char, trig.span.end_char)
        for claim in article.claims:
            cs, ce = claim.content_span
            if claim.date is not None and cs <= s and e <= ce \
                    and 0 <= days_before(claim.date, article.published.date) <= STATEMENT_NEWS_DAYS:
                day = replace(claim.date, span=None)
                return up_to(day) if claim.stance == "deny" else day
    return None


def up_to(day: When) -> When:
    """The days a denial of ``day`` may answer: that day and the DENIAL_LOOKBACK_DAYS before."""
    return When(day.start - timedelta(days=DENIAL_LOOKBACK_DAYS), day.end, "range", day.time, day.text,
                day.inferred, day.span)


@cache
def _denial_verbs(language: str) -> frozenset[str]:
    """The reporting verbs whose stance is a denial (claims lexicon), folded."""
    return frozenset(v for v, stance in claims_lexicon(language).verbs.items() if stance == "deny")


def denied_on(ctx: Context, d: Draft) -> bool:
    """The draft's date is the day a verb of denial above its trigger was said ("a démenti
    mercredi que ...", "on Wednesday denied striking"), not a day the act's own words state."""
    if d.date is None or d.date.span is None:
        return False
    denials = _denial_verbs(ctx.lang)
    first = min(t.span.start for t in d.triggers)
    for r in d.dates:
        # a date after the act's words is theirs, whatever the parse ("a démenti toute implication
        # dans l'explosion survenue lundi": lundi is the explosion's)
        if not isinstance(r.value, When) or r.value.span != d.date.span or r.start > first:
            continue
        verb = next((a for a in ctx.doc[r.start].ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is not None and fold(verb.lemma_) in denials \
                and any(verb in t.root.ancestors for t in d.triggers):
            return True
    return False


def _own_statement_date(ctx: Context, d: Draft) -> When | None:
    """An undated political act of a party whose dated statement the next sentences tell ("les
    États de l'AES ont décidé de rappeler leurs ambassadeurs ... Dans un communiqué lu dimanche,
    les dirigeants de l'AES ont qualifié l'acte d'agression") was announced by that statement:
    its day (of the news days). Violent acts are told by others than their authors."""
    article = ctx.article
    if d.violent or not d.actors or article.published is None:
        return None
    names = {p.name.lower() for p in d.actors}
    countries = {p.country for p in d.actors if p.country}
    last = max(d.sents)
    for claim in article.claims:
        when, speaker = claim.date, claim.speaker
        own = speaker.name.lower() in names or speaker.country in countries
        if when is None or when.inferred or when.start != when.end or not own:
            continue
        a, b = article.to_nlp(*claim.content_span)
        span = ctx.doc.char_span(a, b, alignment_mode="expand")
        sent = ctx.sent_of[span.start] if span is not None and len(span) else None
        if sent is not None and 0 <= sent - last <= MAX_FOLLOW_SENTENCES \
                and 0 <= days_before(when, article.published.date) <= STATEMENT_NEWS_DAYS:
            return replace(when, span=None)
    return None
