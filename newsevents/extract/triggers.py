"""Event triggers and cue phrases: language data (lang/<code>/events.yaml) compiled to spaCy matchers.

Why both LOWER and LEMMA: a lexicon entry is written once, in its natural form ("frappe
aérienne"), and must match its inflections ("frappes aériennes") and its exact wording when the
lemmatiser slips on an unusual form. Each phrase is therefore matched on the lower-cased words as
written and on the lemmas the same spaCy pipeline gives the phrase. A "..." in a phrase is a
bounded gap ("coordonnées ... fournies").

Why PhraseMatchers first: plain phrases go to two PhraseMatchers (LOWER, LEMMA), which are hash
lookups; only the few phrases with a gap use the token Matcher, whose bounded gaps cost more
(moving the plain phrases out of it cut the stage's time about eightfold). Everything is compiled
once per language and cached; a document is scanned once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Any

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from newsevents.extract.headline_verbs import headline_verb
from newsevents.extract.triggers_day import hung_below_day
from newsevents.extract.triggers_destination import sent_to_place
from newsevents.extract.triggers_misread import in_a_name, misread_headline_verb, relemmatise_headline
from newsevents.extract.triggers_state import excluded_compound, state_doer
from newsevents.lang import load_language
from newsevents.nlp import RULER_NAME, doc_text
from newsevents.nlp_match import GatedMatcher
from newsevents.nlp_phrases import Parsed, parse_phrases

GAP = "..."
DEFAULT_MAX_GAP = 6  # words; "coordonnées des bâtiments ... ont été fournies" needs about 6

# dependency labels of a verb that heads its own clause (a participle used as an adjective has none)
# a clause of circumstance attached to the main one (French UD and English ClearNLP labels): a noun
# trigger there may find the words its entry `requires` in the main clause (_accept)
CONTEXT_CLAUSE_DEPS = frozenset({"advcl", "parataxis"})
CLAUSE_DEPS = frozenset({"ROOT", "conj", "ccomp", "advcl", "xcomp", "acl:relcl", "parataxis", "relcl"})
CLAUSE_CHILD_DEPS = frozenset({"aux", "aux:pass", "aux:tense", "auxpass", "nsubj", "nsubj:pass",
                               "nsubjpass", "expl:pass", "expl:subj", "obl:agent", "agent"})
# the subject of a clause, active or passive (French UD and English ClearNLP labels); the one home
# of these labels for the stages that ask "is this word a subject"
SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "nsubjpass"})
# trigger kinds typed by their weapon or context, each a use of force (an attack, an impact, a use
# of a weapon): events_typing types them, events_coordinated lets them absorb a coordinated burning
GENERIC_KINDS = frozenset({"attack", "impact", "use"})
OBJECT_DEPS = frozenset({"obj", "dobj"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubj:pass", "nsubjpass"})
# a killing by a side's fire, its victims named by no word of `victim_kinds` (_side_fire)
FIRE_KILLING = "armed_clash"
FIRE_SIDE_DEPS = frozenset({"amod", "compound", "nmod", "nmod:poss", "poss"})
SIDE_ENTITIES = frozenset({"NORP", "GPE", "ORG"})
# what the parser labels a participle opening the sentence when it hangs it from the subject noun
FRONTED_PARTICIPLE_DEPS = frozenset({"advcl", "acl", "nmod", "amod"})
AGENT_DEPS = frozenset({"obl:agent", "agent"})


def present_finite(token: Token) -> bool:
    """A finite verb (or auxiliary) in the present: "frappe", "hits", "a" of "a touché" (whose
    participle is not); what tells a general condition, a kind of act or a statement dated by
    its document."""
    return "Pres" in token.morph.get("Tense") and "Fin" in token.morph.get("VerbForm")


@dataclass(frozen=True, slots=True)
class TriggerSpec:
    """One lexicon entry: the phrase and what an occurrence of it means."""

    phrase: str
    type: str  # a schema type, or "attack" / "impact" / "use" (typed by the clause's weapon)
    default: str | None = None
    requires: frozenset[str] = frozenset()
    excludes: frozenset[str] = frozenset()  # modifiers that make it no incident ("attaque cardiaque")
    mode: str | None = None
    verb: bool = False
    max_gap: int = DEFAULT_MAX_GAP
    acled: tuple[tuple[str, str], ...] = ()  # ACLED codes overriding the type's ("émeute" -> Riots)
    anaphoric: bool = False  # a label for an incident told elsewhere ("un massacre"): joins it
    vague: bool = False  # names fighting, not an incident ("les combats"): needs its own anchor
    alone: str | None = None  # type of an anaphoric mention that joins no incident (an interception)
    participle: bool = False  # a verb trigger that also counts as a participle after its noun
    incursion: bool = False  # a crossing into airspace or territory ("violation de l'espace aérien")
    on_site: str | None = None  # an impact verb's type when its object is a facility and no weapon is named
    # an act that follows an attack told just before it ("three trucks were looted"): part of it
    consequence: bool = False
    # typed only by a weapon that is the verb's subject or agent ("un missile a tué", "killed by a
    # shell"): a killing told with a weapon elsewhere in the clause is no incident of this verb
    by_weapon: bool = False
    # the verb's direct object is what was destroyed: a weapon there was downed, not used
    # ("destroyed 41 drones" is no drone strike; "destroyed a depot with missiles" is a strike)
    object_destroyed: bool = False
    # typed by the kind of its direct object's head (`victim_kinds` of lang/<code>/events.yaml:
    # civilians or combatants), done by a side: "gunmen killed 17 villagers", "the army said it
    # killed 12 insurgents"; only the object's head counts, not any word of the clause
    victims: bool = False
    # what crashes is the verb's subject itself ("a drone crashed into a building", "un drone s'est
    # écrasé sur un immeuble"): typed by a munition, never by a platform (data/event_types.yaml
    # `crash_platforms`): a helicopter that crashes into a field is an accident, no air strike
    crash: bool = False
    # an impact told of a thing that falls or lands ("a missile landed on a house", "un obus est
    # tombé sur"): none when its subject is a party ("armed men landed on the ship from a
    # helicopter": men, not munitions, came down; the helicopter carried them)
    thing_subject: bool = False
    # a verb of fighting that is a clash only between two sides, one armed ("ont affronté l'armée
    # cambodgienne"; not "l'armée affronte une crise"): extract/events_sides.py
    sides: bool = False
    # a breach of a truce ("violated the ceasefire"): accused of it, with no scene or toll, it is the
    # accusation's words, no incident (extract/events_breach.py)
    breach: bool = False
    # a verb told as a completed act, never by its present participle ("sank the tanker"; not
    # "has launched dozens of attacks, sinking two vessels", which tallies a campaign)
    told: bool = False
    # the weapon categories a non-violent act keeps as its weapons: drones seen over an airport that
    # closed it ("flights were halted after drones were spotted"): `other`, the drones its weapon
    kept_weapons: frozenset[str] = frozenset()
    # a state may be the doer its context words name: a country or a people as the verb's subject
    # ("Iran seizes tanker", "Iranian forces"): read with `requires` (triggers_state.state_doer)
    state_doer: bool = False
    # a sending that counts only told with the place it goes to ("deploy jets to Poland", "envoyer
    # des soldats en Estonie"): a deployment, not a strike (triggers_destination.sent_to_place)
    destination: bool = False
    # a use of arms that counts only told with no such place ("deployed jets in the operation", not
    # "deploy jets ... to Poland under a new operation")
    undirected: bool = False

    @property
    def has_gap(self) -> bool:
        return GAP in self.phrase

    @property
    def n_words(self) -> int:
        """Words the phrase names (its specificity): "note ... remettre" beats "remettre"."""
        return len(self.phrase.replace(GAP, " ").split())


@dataclass(slots=True)
class Trigger:
    """A trigger occurrence in a document (token offsets into the Doc)."""

    spec: TriggerSpec
    span: Span

    @property
    def root(self) -> Token:
        return self.span.root

    @property
    def sent_start(self) -> int:
        return self.span.sent.start


@dataclass(slots=True)
class Lexicon:
    """The events data of one language, compiled."""

    code: str
    triggers: list[TriggerSpec]
    matcher: _Compiler
    data: dict[str, Any]
    modifiers: dict[str, str] = field(default_factory=dict)
    weapon_words: dict[str, str] = field(default_factory=dict)
    _words: dict[str, frozenset[str]] = field(default_factory=dict)
    _victims: dict[str, str] | None = None

    def victim_kind(self, word: str) -> str | None:
        """The type of a killing whose victims this noun names (`victim_kinds`), or None."""
        if self._victims is None:
            self._victims = {str(w).lower(): str(kind)
                             for kind, words in (self.data.get("victim_kinds", {}) or {}).items()
                             for w in words or []}
        return self._victims.get(word.lower())

    def words(self, key: str) -> frozenset[str]:
        """A YAML list of single words, lower-cased (built once per key)."""
        if key not in self._words:
            self._words[key] = frozenset(str(w).lower() for w in self.data.get(key, []) or [])
        return self._words[key]


def _token_specs(words: list[str], attr: str, max_gap: int,
                 written: list[str] | None = None) -> list[dict[str, Any]]:
    """Token specs of a gap phrase. On LEMMA, a word also matches the phrase's word as written
    (`written`): entries are written in their base form, and a word parsed alone is sometimes
    lemmatised wrong ("navire" alone -> "navir"), which left "percuter ... navire" unmatched on
    both patterns ("a percuté un navire": the form is no LOWER match, the lemma no LEMMA match)."""
    specs: list[dict[str, Any]] = []
    for i, w in enumerate(words):
        if w == GAP:
            specs.append({"OP": f"{{0,{max_gap}}}"})
            continue
        values = [w]
        if attr == "LEMMA" and written is not None and written[i] not in values:
            values.append(written[i])
        if attr == "LEMMA" and w.title() != w:
            # a proper noun keeps its capital in its lemma ("Security Council" in English)
            values += [v.title() for v in values]
        specs.append({attr: {"IN": values}} if len(values) > 1 else {attr: w})
    return specs


PHRASE_BATCH = 256  # phrases per nlp.pipe batch when compiling (a few words each)
# components whose output the phrase patterns do not read (saves ~0.07 s CPU per language at start-up)
PHRASE_SKIPPED_COMPONENTS = ("parser", "ner", RULER_NAME)


class _Compiler:
    """Adds phrases to the matchers: plain phrases to two PhraseMatchers (on LOWER and on LEMMA,
    hash lookups), phrases with a gap to the token Matcher (whose bounded gaps cost more).

    Phrases are collected by ``add`` and parsed together by ``build`` with one ``nlp.pipe``:
    parsing each of the ~1,500 phrases alone took 3 s of every run's start-up (batched: a
    fraction of a second; the same lemmas)."""

    def __init__(self, nlp: Any) -> None:
        self.nlp = nlp
        self.matcher = GatedMatcher(nlp.vocab)  # spaCy's Matcher, run only where it can match
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.lemma = PhraseMatcher(nlp.vocab, attr="LEMMA")
        self._pending: list[tuple[str, str, int]] = []

    def add(self, label: str, phrase: str, max_gap: int) -> None:
        self._pending.append((label, phrase, max_gap))

    def build(self) -> _Compiler:
        """Parse every phrase added (one batch) and fill the matchers."""
        parts = {phrase for _, phrase, _ in self._pending if GAP not in phrase}
        parts |= {p.strip() for _, phrase, _ in self._pending if GAP in phrase for p in phrase.split(GAP)}
        parts.discard("")
        ordered = sorted(parts)
        # only words, lowercase forms and lemmas are read: the parser and the entity recognisers
        # are skipped (the same lemmas, checked on fr and en: they set no part of speech)
        skip = [name for name in PHRASE_SKIPPED_COMPONENTS if name in self.nlp.pipe_names]
        # the tokens of the same phrases, model and pipeline are kept between runs (nlp_phrases)
        parsed = parse_phrases(self.nlp, ordered, skip, PHRASE_BATCH)
        for label, phrase, max_gap in self._pending:
            self._add(label, phrase, max_gap, parsed)
        self._pending = []
        return self

    def _add(self, label: str, phrase: str, max_gap: int, parsed: Parsed) -> None:
        if GAP not in phrase:
            doc = parsed[phrase]
            self.lower.add(label, [self.nlp.make_doc(phrase.lower())])
            self.lemma.add(label, [Doc(self.nlp.vocab, words=[t.text for t in doc],
                                       lemmas=[t.lemma_.lower() for t in doc])])
            return
        lower: list[str] = []
        lemma: list[str] = []
        for i, part in enumerate(p.strip() for p in phrase.split(GAP)):
            if i:
                lower.append(GAP)
                lemma.append(GAP)
            doc = parsed[part] if part else []
            lower.extend(t.lower_ for t in doc)
            lemma.extend(t.lemma_.lower() for t in doc)
        self.matcher.add(label, [_token_specs(lower, "LOWER", max_gap),
                                 _token_specs(lemma, "LEMMA", max_gap, lower)])

    def __call__(self, doc: Doc) -> set[tuple[int, int, int]]:
        return {*self.matcher(doc), *self.lower(doc), *self.lemma(doc)}


def _spec(entry: dict[str, Any], max_gap: int) -> TriggerSpec:
    return TriggerSpec(
        phrase=str(entry["phrase"]),
        type=str(entry["type"]),
        default=entry.get("default"),
        requires=frozenset(str(w).lower() for w in entry.get("requires", []) or []),
        excludes=frozenset(str(w).lower() for w in entry.get("excludes", []) or []),
        mode=entry.get("mode"),
        verb=bool(entry.get("verb", False)),
        max_gap=int(entry.get("max_gap", max_gap)),
        acled=tuple((str(k), str(v)) for k, v in (entry.get("acled") or {}).items()),
        anaphoric=bool(entry.get("anaphoric", False)),
        vague=bool(entry.get("vague", False)),
        alone=entry.get("alone"),
        participle=bool(entry.get("participle", False)),
        incursion=bool(entry.get("incursion", False)),
        on_site=entry.get("on_site"),
        consequence=bool(entry.get("consequence", False)),
        by_weapon=bool(entry.get("by_weapon", False)),
        object_destroyed=bool(entry.get("object_destroyed", False)),
        victims=bool(entry.get("victims", False)),
        crash=bool(entry.get("crash", False)),
        thing_subject=bool(entry.get("thing_subject", False)),
        sides=bool(entry.get("sides", False)),
        breach=bool(entry.get("breach", False)),
        told=bool(entry.get("told", False)),
        kept_weapons=frozenset(str(w).lower() for w in entry.get("kept_weapons", []) or []),
        state_doer=bool(entry.get("state_doer", False)),
        destination=bool(entry.get("destination", False)),
        undirected=bool(entry.get("undirected", False)),
    )


# cue lists compiled as phrases: label -> YAML key
CUE_KEYS = ("background_cues", "continuation_cues", "alleged_cues", "damage")


@cache
def lexicon(language: str) -> Lexicon:
    """The compiled events lexicon of a language (spaCy pipeline loaded once, shared)."""
    from newsevents.nlp import pipeline

    nlp = pipeline(language)
    lang = load_language(language)
    # the target nouns live in their own file (lang/<code>/targets.yaml), read with the events data
    data = {**lang.section("events"), "targets": lang.section("targets").get("targets", {}) or {}}
    max_gap = int(data.get("max_gap", DEFAULT_MAX_GAP))
    matcher = _Compiler(nlp)
    specs = [_spec(e, max_gap) for e in data.get("triggers", []) or []]
    for i, spec in enumerate(specs):
        matcher.add(f"T{i}", spec.phrase, spec.max_gap)
    for key in CUE_KEYS:
        for j, phrase in enumerate(data.get(key, []) or []):
            matcher.add(f"{key}:{j}", str(phrase), max_gap)
    for j, entry in enumerate(data.get("no_casualties", []) or []):
        matcher.add(f"no_casualties:{j}", str(entry["phrase"]), max_gap)
    for name in (data.get("targets", {}) or {}):
        matcher.add(f"targets:{name}", str(name), 0)
    matcher.build()
    return Lexicon(
        code=language,
        triggers=specs,
        matcher=matcher,
        data=data,
        modifiers={str(k).lower(): str(v) for k, v in (data.get("modifiers", {}) or {}).items()},
        weapon_words={str(k).lower(): str(v) for k, v in (data.get("weapon_words", {}) or {}).items()},
    )


@dataclass(slots=True)
class Matches:
    """What the lexicon found in one document, by kind."""

    triggers: list[Trigger]
    cues: dict[str, list[Span]]  # YAML key -> spans (label: the entry's index or key)

    def of(self, key: str) -> list[Span]:
        return self.cues.get(key, [])


def is_clause(token: Token) -> bool:
    """A verb heading a clause, not a participle used as an adjective ("missiles non explosés")."""
    if token.pos_ not in ("VERB", "AUX"):
        return headline_verb(token) or misread_headline_verb(token)
    if token.dep_ in CLAUSE_DEPS:
        return True
    if token.dep_ == "acl" and token.lang_ == "en" and "Past" in token.morph.get("Tense") \
            and any(c.dep_ == "dobj" for c in token.children):
        # a reduced relative takes no direct object: "militants killed 12 soldiers ..., sources
        # said" is a finite verb the English parser hung on its subject as a participle
        return True
    if token.dep_ == "pcomp" and _manner_gerund(token):
        return True
    return any(c.dep_ in CLAUSE_CHILD_DEPS for c in token.children)


def _manner_gerund(token: Token) -> bool:
    """A gerund with its object after a preposition of manner, under a verb of response told as
    done ("Pakistani troops retaliated by shelling Indian posts", "it responded by firing rockets"):
    how the answer was given is an act. Not under a verb to come or wished ("threatened to respond
    by firing", "would respond by firing"), nor after other prepositions ("capable of striking",
    "warned against firing": `manner_prepositions` in lang/<code>/events.yaml). Only under verbs of
    response (`response_heads`): under any verb ("violated the ceasefire by targeting positions")
    it found one more news-dev incident, but that one ended the list of strikes a protest implies
    its addressee made (events._implied_actors) and English field accuracy fell 0.842 -> 0.829."""
    prep, verb = token.head, token.head.head
    lex = lexicon(token.lang_)
    if prep.lower_ not in lex.words("manner_prepositions") or verb.pos_ != "VERB" \
            or verb.lemma_.lower() not in lex.words("response_heads") \
            or not any(c.dep_ in ("dobj", "obj") for c in token.children):
        return False
    auxes = [c for c in verb.children if c.pos_ == "AUX" and c.dep_ in ("aux", "aux:tense")]
    told = "Past" in verb.morph.get("Tense") and ("Fin" in verb.morph.get("VerbForm") or bool(auxes))
    return told and not any("Mod" in a.morph.get("VerbType") or a.tag_ == "MD" for a in auxes)


# a verb's dependents a word of time may be parsed as, with the verb's object hung below it
TIME_OBJECT_DEPS = frozenset({"obl:mod", "obl", "npadvmod"})


def _accept(spec: TriggerSpec, span: Span, definite: frozenset[str] = frozenset()) -> bool:
    # a participle after its noun counts for a weapon ("deux roquettes tirées depuis le Liban"):
    # impacts and uses need a weapon in their clause anyway
    fired = (spec.type in ("use", "impact") or spec.participle) and span.root.dep_ == "acl"
    # a participle set off by a comma after a name parses as its apposition ("Paul Martin,
    # emprisonné depuis 2018"): one the entry allows as a participle counts too
    fired = fired or (spec.participle and span.root.dep_ == "appos"
                      and "Part" in span.root.morph.get("VerbForm"))
    # one opening the sentence the parser hung on the subject noun ("Convoquée mardi, la chargée
    # d'affaires a ...": nmod of "chargée")
    fired = fired or (spec.participle and bool(participle_subjects(span.root)))
    if spec.verb and not is_clause(span.root) and not fired:
        return False
    if spec.victims and victims_of(span.root) is None:
        return False
    if (spec.destination or spec.undirected) and sent_to_place(span.root) != spec.destination:
        return False
    form = span.root.morph.get("VerbForm")
    if spec.told and (span.root.tag_ == "VBG" or "Ger" in form
                      or ("Pres" in span.root.morph.get("Tense") and "Part" in form)):
        return False
    if not spec.verb and len(span) == 1 and span.root.pos_ == "ADJ":
        return False  # a noun trigger used as an adjective ("une mission de reconnaissance offensive")
    if spec.excludes:
        # the words of the phrase and their dependents, through a preposition too ("met with the
        # injured": the injured; "resorted to firing in the air": the air, below the phrase's last word)
        preps = [c for t in span for c in t.children if c.pos_ == "ADP"]
        near = [*span, *span.root.children,
                *(c for t in [*span, *preps] if t.i != span.root.i for c in t.children)]
        if spec.verb:  # the object hung below a day the parser took for it ("ont échangé vendredi
            # des tirs": "tirs" under "vendredi")
            near += [c for t in span.root.children if t.dep_ in TIME_OBJECT_DEPS for c in t.children]
        if fired and span.root.dep_ == "acl":  # a participle after its noun says what that noun did
            near.append(span.root.head)          # ("des tirs échangés": fire, no prisoners, exchanged)
        if not spec.verb and span.root.dep_ == "compound":  # a noun naming a kind of its head ("riot
            near.append(span.root.head)                     # police", "riot gear"): no riot
        if not spec.verb and span.root.head.pos_ == "ADP":  # the verb of a noun's preposition ("went on
            near.append(span.root.head.head)                # strike": a labour strike)
        if any(t.lemma_.lower() in spec.excludes or t.lower_ in spec.excludes for t in near):
            return False
        if excluded_compound(near, spec.excludes):
            return False
    if spec.requires:
        from newsevents.extract.arguments import clause_head, clause_tokens

        lo, hi = clause_tokens(span)
        head = clause_head(span.root)
        if _gerund_subject(spec, span.root):
            # "Fighting in Kharkiv killed 15 people": the parser reads the noun as a gerund, its own
            # clause; what it did is told by the verb it is the subject of
            head = span.root.head
            lo, hi = min(lo, head.left_edge.i), max(hi, head.right_edge.i + 1)
        if span.root.pos_ == "NOUN" and head.dep_ in CONTEXT_CLAUSE_DEPS and head.head.i != head.i:
            # "la frappe a eu lieu vers 4h : un drone a pris pour cible une mosquée": a noun's
            # clause that only sets the scene of the main one reads its words too
            top = head.head
            lo, hi = min(lo, top.left_edge.i), max(hi, top.right_edge.i + 1)
        lo = _fragment_start(span.doc, lo)
        words = [*span.doc[lo:hi], *_controller(span.root), *_shared_subject(head)]
        lemmas = {t.lemma_.lower() for t in words} | {t.lower_ for t in words}
        if (not lemmas & spec.requires and not (spec.state_doer and state_doer(span.root))
                and not _told_before(span, spec, definite, lo)):
            from newsevents.extract.triggers_aimed import aimed_act
            return aimed_act(span)
    return True


def _gerund_subject(spec: TriggerSpec, root: Token) -> bool:
    """A noun trigger the parser took for a gerund heading its own clause, as the subject of a
    verb ("Fighting in X killed 15 people", "Heavy shelling damaged the school")."""
    return not spec.verb and root.pos_ == "VERB" and root.dep_ in SUBJECT_DEPS and root.head.i != root.i


def victims_of(verb: Token) -> str | None:
    """The type a killing verb takes from its direct object's head ("killed 12 insurgents":
    combatants, a clash; "a tué quinze agriculteurs": civilians), or None when that head names no
    victims of `victim_kinds` (a weapon, a number alone, a word of the clause elsewhere)."""
    lex = lexicon(verb.lang_)
    # a passive's subject is what it acted on ("fifteen farmers were killed by Boko Haram"), when
    # a doer is named; without one ("twelve civilians were killed") the other readings stand
    by = lex.words("agent_prepositions")
    agent = any(c.dep_ in AGENT_DEPS or any(m.dep_ == "case" and m.lower_ in by for m in c.children)
                for c in verb.children)
    deps = OBJECT_DEPS | PASSIVE_SUBJECT_DEPS if agent else OBJECT_DEPS
    for obj in [*(c for c in verb.children if c.dep_ in deps), *hung_below_day(verb)]:
        kind = lex.victim_kind(obj.lemma_) or lex.victim_kind(obj.lower_)
        if kind is not None:
            return kind
    return FIRE_KILLING if agent and _side_fire(verb, lex) else None


def _side_fire(verb: Token, lex: Lexicon) -> bool:
    """The passive's agent is a side's fire ("were killed by Israeli fire", "by army gunfire",
    "tués par des tirs israéliens"): a fire noun (`fire_nouns`) that a people, a country or a
    force qualifies (a NORP/GPE/ORG name or one of `fire_sides`). A fire with no side ("killed by
    a fire in their home") is no act of war."""
    fires, sides = lex.words("fire_nouns"), lex.words("fire_sides")
    agents = [c for c in verb.children if c.dep_ in AGENT_DEPS]
    agents += [p for c in agents for p in c.children if p.dep_ == "pobj"]  # English: "by" -> noun
    return any(a.lemma_.lower() in fires and any(
        m.dep_ in FIRE_SIDE_DEPS and (m.ent_type_ in SIDE_ENTITIES or m.lemma_.lower() in sides)
        for m in a.children) for a in agents)


def _told_before(span: Span, spec: TriggerSpec, definite: frozenset[str], lo: int) -> bool:
    """A definite noun ("la frappe", "the strike"; ``anaphoric_determiners``) names the act the
    sentence just before told, so the words it requires may be there: "Quatre personnes sont mortes
    dans une frappe de missile. La frappe a eu lieu à Beersheba" places the strike. Only within a
    paragraph: after a blank line the noun opens a new topic; and as the subject its clause tells
    something of (the object of "confirmed the swap" is a statement's topic, dated by it)."""
    root = span.root
    if root.pos_ != "NOUN" or root.dep_ not in SUBJECT_DEPS \
            or not any(c.dep_ == "det" and c.lower_ in definite for c in root.children):
        return False
    if lo == 0:
        return False
    before = span.doc[lo - 1].sent
    if "\n\n" in doc_text(span.doc)[before.end_char:span.doc[lo].idx]:
        return False
    return bool(spec.requires & ({t.lemma_.lower() for t in before} | {t.lower_ for t in before}))


def _controller(root: Token) -> list[Token]:
    """The words of the subject a fronted participle leans on ("Convoqué mercredi, l'ambassadeur
    a ...", "Summoned on Wednesday, the ambassador ..."): the participle has no subject of its own,
    the main clause's subject is its patient, so the words a trigger requires may be there."""
    return [t for c in participle_subjects(root) for t in c.subtree]


def participle_subjects(root: Token) -> list[Token]:
    """The subjects of the clause a participle with no subject of its own hangs from as an
    adverbial clause ("Convoqué mercredi, l'ambassadeur a ...": "l'ambassadeur"); the parser may
    hang a fronted one from that subject itself."""
    if "Part" not in root.morph.get("VerbForm") or root.head.i == root.i \
            or any(c.dep_ in SUBJECT_DEPS for c in root.children):
        return []
    if root.head.pos_ in ("NOUN", "PROPN") and root.head.dep_ in SUBJECT_DEPS and root.i < root.head.i \
            and root.dep_ in FRONTED_PARTICIPLE_DEPS:
        return [root.head]
    return [c for c in root.head.children if c.dep_ in SUBJECT_DEPS] if root.dep_ == "advcl" else []


def _shared_subject(head: Token) -> list[Token]:
    """The words of the subject a coordinated verb shares with the verb before it ("bandits killed
    17 villagers and abducted 40 others in a raid": the raiders are the first verb's subject), so
    the words a trigger of the second verb's clause requires may be there."""
    if head.dep_ != "conj" or head.head.i == head.i or head.pos_ not in ("VERB", "AUX") \
            or any(c.dep_ in SUBJECT_DEPS for c in head.children):
        return []
    return [t for c in head.head.children if c.dep_ in SUBJECT_DEPS for t in c.subtree]


def _fragment_start(doc: Doc, lo: int) -> int:
    """Where the written sentence of a clause starting at ``lo`` starts when the parser broke it.

    Why: on long sentences the parser may cut a sentence into rootless fragments ("... du groupe
    Wagner | lors de combats survenus entre le 25 et le 27 juillet."), so the words a trigger
    requires ("tuer", "soldat") sit in another parser sentence. A parser sentence that starts right
    after a word (no sentence end nor line break before it) continues the previous one."""
    from newsevents.extract.sentences import ends_sentence

    start = doc[lo].sent.start
    while start > 0 and lo - start <= 1:
        prev = doc[start - 1]
        if ends_sentence(prev):
            break
        lo = start = prev.sent.start
    return lo


def _best_triggers(candidates: list[Trigger]) -> list[Trigger]:
    """Non-overlapping triggers: the phrase naming most words first, then without gaps, longest;
    of two entries for the same words, the one whose context words (`requires`) were found: it is
    the narrower reading ("raid" told with gunmen is on the ground, else from the air); before it,
    a killing read from its victims (`victims`), which its object's head alone vouches for, then a
    sending told with its destination (`destination`: "deploy jets to Poland" is no use of jets)."""
    order = sorted(candidates, key=lambda t: (-t.spec.n_words, t.spec.has_gap, -len(t.span), t.span.start, not
                                              t.spec.victims, not t.spec.destination, not t.spec.requires))
    taken: set[int] = set()
    kept: list[Trigger] = []
    for t in order:
        # a gap phrase owns only its first and last words, not the gap
        toks = {t.span.start, t.span.end - 1} if t.spec.has_gap else set(range(t.span.start, t.span.end))
        if toks & taken:
            continue
        taken |= toks
        kept.append(t)
    return sorted(kept, key=lambda t: t.span.start)


@cache
def _verb_lemmas(language: str) -> frozenset[str]:
    """The lexicon's one-word verb triggers ("bombarder", "expulser"): what a misread headline
    verb may be (triggers_misread.relemmatise_headline)."""
    return frozenset(s.phrase.lower() for s in lexicon(language).triggers if s.verb and " " not in s.phrase)


def find(doc: Doc, language: str) -> Matches:
    """Triggers and cues in a parsed document."""
    lex = lexicon(language)
    relemmatise_headline(doc, _verb_lemmas(language))
    strings = doc.vocab.strings
    candidates: list[Trigger] = []
    raw_cues: dict[str, list[Span]] = {}
    for match_id, start, end in sorted(lex.matcher(doc)):
        label = strings[match_id]
        span = doc[start:end]
        if label.startswith("T") and label[1:].isdigit():
            spec = lex.triggers[int(label[1:])]
            if _accept(spec, span, lex.words("anaphoric_determiners")) and not in_a_name(span):
                candidates.append(Trigger(spec, span))
            continue
        key, _, rest = label.partition(":")
        raw_cues.setdefault(key, []).append(Span(doc, start, end, label=rest))
    return Matches(_best_triggers(candidates), {k: filter_spans(v) for k, v in raw_cues.items()})
