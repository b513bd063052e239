"""Casualties and damage of an incident: counts from the numbers stage, "none" cues, damage phrases.

Why counts come from the numbers stage: numbers in words, "au moins", uncounted plurals ("des
employés ont été blessés" -> at least 1) are that stage's job; here they are only attached to the
incident they belong to. What this module adds is the statement of none ("aucune victime" ->
0 and 0), which is a property of an incident rather than a number, and the damage phrases.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Span, Token

from newsevents.extract.arguments import Ref
from newsevents.extract.numbers import is_vague
from newsevents.extract.tolls_concurrent import concurrent_act as concurrent_act  # used by events
from newsevents.geo import haversine_km
from newsevents.lang import load_language, section_words
from newsevents.parties.countries import country_from_adjective
from newsevents.settings import HEADLINE_SCENE_KM

FATAL_UNITS = frozenset({"killed", "dead", "death", "deaths", "fatalities", "died"})
INJURED_UNITS = frozenset({"injured", "wounded", "hurt"})
VICTIM_UNITS = frozenset({"victims", "casualties"})
# a damage phrase longer than this many words is cut to the damage words and their adverb
# (checked on the seeds and POPCORN: the patient noun phrase and the participle fit in 12 words)
MAX_DAMAGE_TOKENS = 12
PATIENT_DEPS = ("obj", "dobj", "nsubj:pass", "nsubjpass")  # in order of preference
ADVERB_REACH = 3  # "a été gravement endommagé": the adverb sits within 3 words before the participle
PASSIVE_FIRST = ("nsubj:pass", "nsubjpass", "nsubj")
# words of the patient noun phrase kept before its noun ("le bâtiment", "la voiture officielle")
LEFT_CHILD_DEPS = frozenset({"det", "amod", "nummod", "compound"})
DROP_AT_START = frozenset({"DET", "PUNCT", "CCONJ", "ADP", "AUX"})
# words on either side of a count searched for a cue of a running total (checked on news-dev:
# "un nouveau bilan de plus de 3 000 morts dans la bande de Gaza en raison des raids" has its cue
# 11 words after the count; a sentence's other clauses lie farther)
TOTAL_REACH = 12
# words before a cue of a running total searched for a superlative whose record it bounds ("sa plus
# importante attaque de drones contre la région de Belgorod depuis le début de la guerre": the noun
# phrase with its complements fits in 12 words)
RECORD_REACH = 12


@dataclass(slots=True)
class Casualties:
    fatalities: int | None = None
    injured: int | None = None

    def add(self, fatalities: int | None = None, injured: int | None = None) -> None:
        if fatalities is not None:
            self.fatalities = fatalities if self.fatalities is None else max(self.fatalities, fatalities)
        if injured is not None:
            self.injured = injured if self.injured is None else max(self.injured, injured)


def from_numbers(refs: list[Ref], language: str | None = None) -> Casualties:
    """Casualty counts among number mentions (the largest per unit: "trois morts dont deux enfants").

    What an analyst records as stated (the gold conventions of news-dev): a death toll is an exact
    or a floor figure ("au moins 34 morts"); an approximate one ("une vingtaine de morts", "about
    30 killed") or one read into the text ("des dizaines de morts", "des morts") is unknown. The
    injured accept a floor from approximate or uncounted wording ("plus d'une centaine de blessés",
    "des blessés" -> at least 1), not a bare approximation ("une centaine de blessés") nor a plural
    collective numeral ("des dizaines de blessés", "hundreds were wounded")."""
    out = Casualties()
    for r in refs:
        q = r.value
        unit = (getattr(q, "unit", None) or "").lower()
        approx = bool(getattr(q, "approximate", False))
        vague = language is not None and is_vague(r.mention.text, q, language)
        if unit in FATAL_UNITS:
            if not approx and not vague:
                out.add(fatalities=q.value)
        elif unit in INJURED_UNITS:
            # "des blessés" -> at least 1; "des dizaines de blessés", "dozens wounded": no figure
            if (not approx or q.minimum) and not (vague and q.value > 1):
                out.add(injured=q.value)
        elif unit in VICTIM_UNITS and q.value == 0:
            out.add(0, 0)
    return out


def from_cues(spans: list[Span], entries: list[dict[str, object]]) -> Casualties:
    """Statements of none: each cue entry sets the fields it names."""
    out = Casualties()
    for span in spans:
        entry = entries[int(span.label_)]
        f, i = entry.get("fatalities"), entry.get("injured")
        out.add(int(f) if f is not None else None, int(i) if i is not None else None)  # type: ignore[call-overload]
    return out


def _patient(cue: Token) -> Token | None:
    """What was damaged: the object, the passive subject, or the subject of an adjective."""
    nouns = [c for c in cue.children if c.pos_ in ("NOUN", "PROPN")]
    passive = any(c.dep_ in ("aux:pass", "auxpass") for c in cue.children)
    for dep in (PASSIVE_FIRST if passive else PATIENT_DEPS):
        for child in nouns:
            if child.dep_ == dep:
                return child
    if cue.pos_ == "ADJ":
        subj = next((c for c in nouns if c.dep_ == "nsubj"), None)
        if subj is not None:
            return subj
    if cue.pos_ in ("ADJ", "VERB") and cue.dep_ in ("amod", "acl") and cue.head.pos_ == "NOUN":
        return cue.head
    return None


def _np_start(noun: Token) -> int:
    """First word of a noun's own phrase: its determiners and adjectives, not its clauses."""
    start = noun.i
    for child in reversed(list(noun.lefts)):
        if child.dep_ in LEFT_CHILD_DEPS and child.i == start - 1:
            start = child.i
    return start


def _trim(tokens: Span) -> Span:
    start, end = tokens.start, tokens.end
    while start < end and tokens.doc[start].pos_ in DROP_AT_START:
        start += 1
    return tokens.doc[start:end]


def damage_span(cue: Span) -> Span:
    """A short phrase around a damage word: the damaged thing and the damage words."""
    doc = cue.doc
    root = cue.root
    reach = range(cue.start - ADVERB_REACH, cue.start)
    adverbs = [c.i for c in root.children if c.dep_ == "advmod" and c.i in reach]
    start = min([cue.start, *adverbs])
    end = cue.end
    if root.pos_ == "NOUN":  # "dommages importants au territoire"
        end = max(end, min(root.right_edge.i + 1, start + MAX_DAMAGE_TOKENS))
        return _trim(doc[start:end])
    patient = _patient(root)
    if patient is not None:
        if patient.i < start and start - _np_start(patient) <= MAX_DAMAGE_TOKENS:
            start = _np_start(patient)
        elif patient.i > end:
            end = min(patient.right_edge.i + 1, end + MAX_DAMAGE_TOKENS)
    return _trim(doc[start:end])


def contradicted(none: Casualties, fatalities: int | None, injured: int | None) -> bool:
    """A statement of none that an incident's own victims contradict: "no casualties" after an
    incident with wounded, not "no reported fatalities" after one with only wounded."""
    return (none.fatalities == 0 and (fatalities or 0) > 0) or (none.injured == 0 and (injured or 0) > 0)


@functools.cache
def _total_cues(language: str, key: str = "running_total_cues") -> re.Pattern[str] | None:
    cues = load_language(language).section("numbers").get(key) or []
    if not cues:
        return None
    body = "|".join(re.escape(str(c).lower()) for c in sorted(cues, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)")


def _near_cue(ref: Ref, doc: Any, pattern: re.Pattern[str] | None) -> bool:
    """A cue of `pattern` within TOTAL_REACH words of the count, in its sentence."""
    if pattern is None or not 0 <= ref.start < len(doc):
        return False
    sent = doc[ref.start].sent
    lo, hi = max(sent.start, ref.start - TOTAL_REACH), min(sent.end, ref.end + TOTAL_REACH)
    return pattern.search(doc[lo:hi].text.lower().replace("’", "'")) is not None


def running_total(ref: Ref, doc: Any, language: str) -> bool:
    """A count that totals a war or campaign, not one incident's toll: "plus de 3 000 morts dans la
    bande de Gaza en raison des raids", "the death toll since the war began", "le bilan s'élevait
    à 24 morts avant les attaques de mardi" (``running_total_cues`` in lang/<code>/numbers.yaml,
    within TOTAL_REACH words of the count, in its sentence). Such a count is no incident's.
    A cue bounding a superlative's record ("its largest attack since the start of the war, killing
    three people", "sa plus importante attaque depuis le début de la guerre") dates a comparison,
    not a total: the toll is the act's own."""
    pattern = _total_cues(language)
    if pattern is None or not 0 <= ref.start < len(doc):
        return False
    sent = doc[ref.start].sent
    window = doc[max(sent.start, ref.start - TOTAL_REACH):min(sent.end, ref.end + TOTAL_REACH)]
    for match in pattern.finditer(window.text.lower().replace("’", "'")):
        cue = window.char_span(match.start(), match.end(), alignment_mode="expand")
        if cue is None or not _bounds_record(doc, cue.start, language):
            return True
    return False


def _bounds_record(doc: Any, cue: int, language: str) -> bool:
    """A superlative within RECORD_REACH words before the cue at token `cue`, in its clause (no
    comma or semicolon between): "the deadliest strike since the war began", "la plus lourde
    attaque depuis le début du conflit". English marks it on the adjective (Degree=Sup: largest)
    or the adverb; French by a determiner before `superlative_adverbs` ("sa plus importante"). A
    bound of a count ("at least 3,000 killed since the war began") is none."""
    adverbs = section_words(language, "numbers", "superlative_adverbs")
    sent = doc[cue].sent
    for i in range(cue - 1, max(sent.start, cue - RECORD_REACH) - 1, -1):
        tok = doc[i]
        if tok.text in (",", ";", ":"):
            return False
        if i + 1 < len(doc) and doc[i + 1].like_num:
            continue  # a bound of a count ("at least 3,000", "au moins 17"), no record
        if "Sup" in tok.morph.get("Degree") and tok.pos_ in ("ADJ", "ADV"):
            return True
        if tok.lower_ in adverbs and i > sent.start and doc[i - 1].pos_ == "DET":
            return True
    return False


def summed(ref: Ref, doc: Any, language: str) -> bool:
    """A count stated as a sum ("Au total, les bombardements de la journée ont fait 16 morts", "in
    all, 16 people were killed": ``sum_total_cues``, near the count in its sentence). Told after two
    incidents or more (events_effects decides), it adds up their tolls and is neither's."""
    return _near_cue(ref, doc, _total_cues(language, "sum_total_cues"))


def assailants(ref: Ref, doc: Any, language: str) -> bool:
    """A count of the attackers themselves ("One attacker was wounded and arrested", "un assaillant
    a été blessé", "the suspect was injured"): the counted noun is one of `assailant_nouns` in
    lang/<code>/numbers.yaml. The toll of an attack counts its victims (news-dev's gold leaves the
    wounded suspect out); a clash's fighters are other nouns ("militants", "soldiers")."""
    nouns = section_words(language, "numbers", "assailant_nouns")
    if not nouns or not 0 <= ref.start < ref.end <= len(doc):
        return False
    counted = [t for t in doc[ref.start:ref.end] if t.pos_ in ("NOUN", "PROPN")
               and any(c.dep_ in ("nummod", "det") and c.i >= ref.start for c in t.children)]
    return bool(counted) and all(t.lower_ in nouns or t.lemma_.lower() in nouns for t in counted)


@functools.cache
def _area_cues(language: str) -> tuple[re.Pattern[str] | None, frozenset[str]]:
    """The pattern of an area cue with the word after it (group `word`), and the area nouns."""
    section = load_language(language).section("numbers")
    cues = [str(c) for c in section.get("area_total_cues") or []]
    if not cues:
        return None, frozenset()
    body = "|".join(re.escape(c) for c in sorted(cues, key=len, reverse=True))
    articles = "|".join(re.escape(str(a)) for a in sorted(section.get("area_total_articles") or [],
                                                           key=len, reverse=True))
    skip = rf"(?:(?:{articles})(?:\s+|(?<=')))*" if articles else ""
    words = "|".join(re.escape(str(w)) for w in section.get("area_total_words") or [])
    alone = rf"|(?<!\w)(?:{words})(?!\w)" if words else ""
    pattern = re.compile(rf"(?<!\w)(?:{body})\s+{skip}(?P<word>\w[\w-]*){alone}", re.IGNORECASE)
    return pattern, frozenset(str(n).lower() for n in section.get("area_total_nouns") or [])


# words of a name after an area cue that may end on a line's noun ("the Blue Line", "Line of Control")
LINE_NAME_WORDS = 2


@functools.cache
def _crossed_lines(language: str) -> frozenset[str]:
    """Nouns of a line crossed, no area (`area_total_lines`): "across the Line of Control"."""
    return section_words(language, "numbers", "area_total_lines")


def area_total(ref: Ref, doc: Any, language: str) -> bool:
    """A count told over a whole area: "les frappes de la nuit ont fait sept morts dans tout le
    pays", "across North Darfur, at least 45 people were killed", "nationwide" (the cue, then a
    proper name or an area noun: `area_total_*` in lang/<code>/numbers.yaml, within TOTAL_REACH
    words of the count, in its sentence). It sums several incidents, so it is no toll of one
    town's incident told before it; "strikes across Gaza killed 40" keeps its own sentence's act
    (events_effects decides). "fired across the border" names no area, nor "across the Line of
    Control" (a line crossed, `area_total_lines`)."""
    pattern, nouns = _area_cues(language)
    if pattern is None or not 0 <= ref.start < len(doc):
        return False
    sent = doc[ref.start].sent
    lo, hi = max(sent.start, ref.start - TOTAL_REACH), min(sent.end, ref.end + TOTAL_REACH)
    text = doc[lo:hi].text.replace("’", "'")
    for match in pattern.finditer(text):
        word = match.group("word")
        name = text[match.start("word"):].split()[:LINE_NAME_WORDS] if word is not None else []
        if any(w.strip(",.;").lower() in _crossed_lines(language) for w in name):
            continue  # "shelling across the Line of Control killed 12": fired over a line, no area's sum
        if word is None or word[0].isupper() or word.lower() in nouns:
            return True
    return False


def finer_than_area(place: Any, refs: list[Any]) -> bool:
    """An incident an area-wide count cannot be the toll of: placed at a town or a site, or (not
    placed yet: the scene comes after merging) told in sentences naming a town or a site."""
    return any(getattr(p, "precision", None) in ("city", "site")
               for p in (place, *(getattr(r, "value", None) for r in refs)))


# precisions of a place that is one scene of a city (not the region the city lies in)
SCENE_PRECISIONS = frozenset({"city", "site", "district"})


def scenes_apart(before: list[Any], sent: int, places: list[Any]) -> bool:
    """A toll with no act and no place of its own ("Selon le maire, il y avait 7 morts et au moins 9
    blessés") told after incidents at two scenes or more (strikes on two districts of a city, in
    sentences of their own), none with a toll yet: the toll may be the city's, or either's; the
    text does not say, so it is neither's. Told after the city's only strike, it is that one's."""
    if any(r.sent == sent for r in places) or any(d.fatalities is not None or d.injured is not None
                                                  for d in before):
        return False
    placed = [d for d in before if d.place is not None and d.place.precision in SCENE_PRECISIONS]
    scenes = {(d.place.name, min(d.sents)) for d in placed if not _headline_of(d, placed)}
    return len({name for name, _ in scenes}) >= 2 and len({s for _, s in scenes}) >= 2


def _headline_of(d: Any, placed: list[Any]) -> bool:
    """An undated act of the headline or lead naming the scene by its best-known town ("Frappe
    russe sur Kharkiv") above a body's act placed in a district or suburb of it ("le quartier de
    Saltivka"), HEADLINE_SCENE_KM apart at most: one scene, whose toll the body's act keeps."""
    if not d.lead or not (d.date is None or d.date.inferred) or d.place.lat is None:
        return False
    return any(o is not d and not o.lead and o.place.country == d.place.country and o.place.lat is not None
               and haversine_km(d.place.lat, d.place.lon, o.place.lat, o.place.lon) <= HEADLINE_SCENE_KM
               for o in placed)


# a name word shorter than this is no evidence that a sentence speaks of an incident ("US", "Est")
MIN_NAME_CHARS = 4
NAMING_POS = frozenset({"NOUN", "PROPN"})


def name_words(targets: list[Any], place: Any) -> set[str]:
    """The words that name an incident in a later sentence: the nouns of its targets' words ("une
    mosquée" -> mosquée) and of its place's words or name ("el-Fasher", "Kharkiv"), lowercased."""
    words: set[str] = set()
    texts = [getattr(t, "text", None) for t in targets]
    if place is not None:
        texts += [getattr(place, "text", None), getattr(place, "name", None)]
    for text in texts:
        for w in re.findall(r"\w[\w-]*", (text or "").lower()):
            if len(w) >= MIN_NAME_CHARS:
                words.add(w)
    return words


def names_incident(sentences: list[Span], words: set[str]) -> bool:
    """One of the sentences (a casualty statement and the sentence before it in its paragraph:
    "La mosquée est entièrement détruite, dit-il. Il fait état de 75 morts ...") names the
    incident through a noun of its target or place."""
    return any(t.pos_ in NAMING_POS and (t.lower_ in words or t.lemma_.lower() in words)
               for s in sentences for t in s)


def named_owner(sentences: list[Span], drafts: list[Any]) -> list[Any]:
    """A toll out of reach of every incident (a later paragraph) belongs to the incident its
    sentence, or the sentence before it in its paragraph, names by a target or place noun; of
    several named, the first told (the article's own incident; a later one is recalled)."""
    named = [d for d in drafts if names_incident(sentences, name_words(d.targets, d.place))]
    return [min(named, key=lambda d: min(d.sents))] if named else []


# kinds of a speaker that speaks for a state, and of an actor that is one or its forces: "the
# Russian army" speaks for the side "Russia" acts for. Not a ministry: an unnamed one ("le ministère
# de la Santé") takes the country the story is about, often the attacker's, not the speaker's own
STATE_SPEAKER_KINDS = frozenset({"state", "military"})
STATE_ACTOR_KINDS = frozenset({"state", "military"})
# kinds of a speaker who saw or lived through an incident (witnesses, residents, survivors: the
# claims stage's `resident_nouns`), whose toll gives way to an official's or a medic's
WITNESS_KINDS = frozenset({"civilians"})
# dependency labels of a nationality word on the counted noun ("Pakistani soldier", "soldat pakistanais")
NATIONALITY_DEPS = frozenset({"amod", "compound"})
# but a defence ministry is the voice of its armed forces, whose kills it states ("le ministère russe
# de la Défense a indiqué que les forces russes avaient tiré deux missiles, tuant plus de 50
# militaires"): the canonical name of one begins so (lang/*/parties.yaml, data/party_aliases.yaml)
DEFENCE_MINISTRY = "Ministry of Defence"


def _actor_side(speaker: Any, actors: list[Any]) -> bool:
    """The speaker is one of the incident's actors, or speaks for the state one acts for."""
    return any(a.name == speaker.name or (
        speaker.country and a.country == speaker.country and a.kind in STATE_ACTOR_KINDS
        and _speaks_for_state(speaker)) for a in actors)


def _speaks_for_state(speaker: Any) -> bool:
    return speaker.kind in STATE_SPEAKER_KINDS or (
        speaker.kind == "government" and str(speaker.name or "").startswith(DEFENCE_MINISTRY))


def victims_tolls(ctx: Any, drafts: list[Any]) -> None:
    """Within one article, a toll the attacker states ("the RSF said they attacked a base, killing
    more than 200 soldiers") gives way to one stated by anyone else (the side that counts its own
    losses, officials, medics: "the defence ministry said 45 soldiers were killed"): the attacker's
    figure is a boast; an analyst records the other. So does a toll only witnesses give ("des
    témoins affirment qu'au moins 30 personnes ont péri" beside the police's "18 morts et 42
    blessés": WITNESS_KINDS): the figure an analyst records is the officials' or medics'. Only
    when both are stated for the incident (the counts merged into it, by their spans); across
    articles the store keeps its own rule."""
    own = _own_losses(ctx)
    for d in drafts:
        if d.fatalities is None and d.injured is None:
            continue
        boasts, witnesses, others, disputed = Casualties(), Casualties(), Casualties(), Casualties()
        for ref in ctx.numbers:
            if ref.mention.span not in d.spans:
                continue
            counts = from_numbers([ref], ctx.lang)
            hit = _telling_claim(ctx, ref)
            speaker = ctx.article.claims[hit[3]].speaker if hit is not None else None
            boast = speaker is not None and hit is not None and hit[3] not in own \
                and not _own_count(ctx, ref) and (
                (bool(d.actors) and _actor_side(speaker, d.actors)) or _enemy_count(ctx, ref, speaker))
            side = disputed if _rejected(ctx, ref) else others if speaker is None else boasts if boast \
                else witnesses if speaker.kind in WITNESS_KINDS else others
            side.add(counts.fatalities, counts.injured)
        for field in ("fatalities", "injured"):  # the most trusted side that states the figure
            stated = [getattr(c, field) for c in (others, witnesses, boasts, disputed)
                      if getattr(c, field) is not None]
            if len(stated) > 1:
                setattr(d, field, stated[0])
        _drop_contradicted_nones(ctx, d)
        _hospitalised_within(ctx, d)
        _stated_over_vague(ctx, d)


def _covering(ctx: Any, ref: Any) -> list[tuple[int, int, bool, int]]:
    """The claims whose content holds a count, narrowest first."""
    if not 0 <= ref.start < ref.end:
        return []
    i = ctx.doc[ref.start:ref.end].root.i
    return sorted((r for r in ctx.claim_ranges if r[0] <= i < r[1]), key=lambda r: r[1] - r[0])


def _telling_claim(ctx: Any, ref: Any) -> tuple[int, int, bool, int] | None:
    """The claim that tells a count: the narrowest one holding it that does not deny it. "A Taliban
    spokesman said 41 Pakistani soldiers had died, a figure Islamabad rejected" holds the count in
    two claims of the same words, the spokesman's and Islamabad's denial: the spokesman told it."""
    hits = _covering(ctx, ref)
    told = [r for r in hits if ctx.article.claims[r[3]].stance != "deny"]
    return (told or hits or [None])[0]


def _rejected(ctx: Any, ref: Any) -> bool:
    """A count the speaker's opponent rejects ("41 Pakistani soldiers had died, a figure Islamabad
    rejected", "un bilan rejeté par l'armée"): the claims stage reads the rejection as a denial by
    another speaker, of the same words or of an apposition inside them ("un chiffre rejeté par
    Islamabad"). Of two tolls of the same victims from two sources, the disputed one gives way (the
    incident's figure is the most conservative, ACLED's rule)."""
    told = _telling_claim(ctx, ref)
    if told is None or ctx.article.claims[told[3]].stance == "deny":
        return False
    speaker = ctx.article.claims[told[3]].speaker.name
    return any(ctx.article.claims[r[3]].stance == "deny" and told[0] <= r[0] and r[1] <= told[1]
               and ctx.article.claims[r[3]].speaker.name != speaker for r in ctx.claim_ranges)


def _own_losses(ctx: Any) -> set[int]:
    """The claims in which a side counts its own losses: a count of them names the speaker's country
    ("killing one Pakistani soldier and wounding eight others, Pakistani security officials said").
    One side of a clash telling its dead is no boast of the attacker, so its toll is not set aside
    for the other side's count of the other side's losses."""
    own: set[int] = set()
    for ref in ctx.numbers:
        hit = _telling_claim(ctx, ref)
        speaker = ctx.article.claims[hit[3]].speaker if hit is not None else None
        if speaker is None or not speaker.country or hit[3] in own:  # type: ignore[index]
            continue
        if speaker.country in _counted_countries(ctx, ref):
            own.add(hit[3])  # type: ignore[index]
    return own


def _own_count(ctx: Any, ref: Any) -> bool:
    """A count of the speaker's own ("14 of its soldiers", "neuf de ses soldats": `own_possessives`
    on the counted noun): a side telling its losses, no boast, even beside its count of the enemy's
    dead in the same claim ("... and claimed more than 100 fighters were killed")."""
    words = section_words(ctx.lang, "numbers", "own_possessives")
    span = ctx.doc[ref.start:ref.end]
    nouns = {t for t in span if t.pos_ in ("NOUN", "PROPN")}
    nouns |= {g for t in span for c in t.children if c.dep_ == "prep" for g in c.children}
    return any(c.dep_ in ("poss", "det", "nmod:poss") and c.lower_ in words
               for n in nouns for c in n.children)


def _counted_countries(ctx: Any, ref: Any) -> set[str]:
    """The countries of the nationality words on a count's noun ("one Pakistani soldier", "un
    soldat (pakistanais)", "60 militaires ukrainiens")."""
    span = ctx.doc[ref.start:ref.end]
    words = {w for t in span for w in (t, *t.children) if w.dep_ in NATIONALITY_DEPS}
    return {c for c in (country_from_adjective(w.text, ctx.lang) for w in words) if c}


def _enemy_count(ctx: Any, ref: Any, speaker: Any) -> bool:
    """A state's voice (its army, its defence ministry) counting another country's nationals: "the
    Russian defence ministry said 60 Ukrainian servicemen were killed" is one side's count of the
    other side's losses, a boast, whoever the incident's actors are (often not named beside it).
    Beside a toll told by anyone else (local authorities, medics), that one is the incident's."""
    if not speaker.country or not _speaks_for_state(speaker):
        return False
    counted = _counted_countries(ctx, ref)
    return bool(counted) and speaker.country not in counted


def _nones(ctx: Any, d: Any) -> list[Casualties]:
    """The statements of none merged into an incident: number mentions of 0 (by phrase) and the
    `no_casualties` cues, each as the fields it sets."""
    phrases: dict[tuple[int, int], Casualties] = {}
    for ref in ctx.numbers:
        if ref.mention.span in d.spans and getattr(ref.value, "value", None) == 0:
            counts = from_numbers([ref], ctx.lang)
            phrases.setdefault(ref.mention.span, Casualties()).add(counts.fatalities, counts.injured)
    entries = ctx.lex.data.get("no_casualties", []) or []
    cues = [from_cues([span], entries) for span in ctx.matches.of("no_casualties")
            if ctx.original(span) in d.spans]
    return [*phrases.values(), *cues]


def _drop_contradicted_nones(ctx: Any, d: Any) -> None:
    """A statement of no victims at all that the incident's own victims contradict came with an
    incident merged into it ("plusieurs positions ont été ciblées ces derniers jours, sans faire de
    victimes" merged into the strike that wounded two peacekeepers): its 0 is no field of this
    incident. A statement of one field alone ("no one was killed", beside "two were wounded")
    stands."""
    if not (d.fatalities == 0 and d.injured) and not (d.injured == 0 and d.fatalities):
        return
    nones = _nones(ctx, d)
    if not nones or not all(contradicted(n, d.fatalities, d.injured) for n in nones):
        return
    if d.fatalities == 0:
        d.fatalities = None
    if d.injured == 0:
        d.injured = None


def _hospitalised_within(ctx: Any, d: Any) -> None:
    """The hospitalised are some of the injured: "une quarantaine de blessés ... Plus de vingt
    personnes ont été hospitalisées" states the injured only approximately (unknown, as
    from_numbers reads "une quarantaine de blessés"), not "at least 20". A count of the
    hospitalised (`hospitalised_words` in its phrase) is the incident's injured only when no larger
    count of the injured, approximate or not, is told for it."""
    pattern = _total_cues(ctx.lang, "hospitalised_words")
    if pattern is None or d.injured is None:
        return
    injured = [r for r in ctx.numbers if (getattr(r.value, "unit", None) or "") in INJURED_UNITS]
    hospital = [r for r in injured if r.mention.span in d.spans and pattern.search(r.mention.text.lower())]
    if not hospital:
        return
    # an approximate count is no field (never in the incident's spans): its sentence, or the
    # paragraph of the hospitalised, ties it to the incident
    paragraphs = {ctx.paragraph_of[r.sent] for r in hospital}
    rough = max((r.value.value for r in injured if r.value.approximate and not r.value.minimum
                 and (r.sent in d.sents or ctx.paragraph_of[r.sent] in paragraphs)), default=0)
    firm = max((r.value.value for r in injured if r.mention.span in d.spans and r not in hospital
                and not (r.value.approximate and not r.value.minimum)), default=None)
    if rough >= max(r.value.value for r in hospital) and rough > (firm or 0):
        d.injured = firm


def _stated_over_vague(ctx: Any, d: Any) -> None:
    """A stated figure beats a vague plural: a headline's "kill 12, wound hundreds" (a floor of 200
    read into "hundreds") beside the body's "wounding some 240 others" is a figure told, only
    approximately. An approximate figure is unknown by the gold convention (from_numbers: "une
    centaine de blessés", "about 30 injured" are null), so the vague floor gives way to the largest
    firm count left, or to none. Only when the rough figure is at least the floor (the same victims
    told more precisely) and lies in the incident's sentences or the paragraph of the vague count."""
    if d.injured is None:
        return
    injured = [r for r in ctx.numbers if (getattr(r.value, "unit", None) or "") in INJURED_UNITS]
    vague = [r for r in injured if r.mention.span in d.spans and is_vague(r.mention.text, r.value, ctx.lang)]
    if not vague or d.injured != max(r.value.value for r in vague):
        return
    paragraphs = {ctx.paragraph_of[r.sent] for r in vague}
    rough = max((r.value.value for r in injured if r.value.approximate and not r.value.minimum
                 and (r.sent in d.sents or ctx.paragraph_of[r.sent] in paragraphs)), default=0)
    if rough < d.injured:
        return
    d.injured = max((r.value.value for r in injured if r.mention.span in d.spans and r not in vague
                     and not (r.value.approximate and not r.value.minimum)), default=None)


def boasted(ref: Ref, doc: Any, language: str) -> bool:
    """A toll the perpetrators claim, flagged unverifiable: "Le groupe a affirmé avoir tué plus de 200
    soldats, un bilan impossible à vérifier de source indépendante", "said it had killed 80 soldiers,
    a toll that could not be independently verified". The count is the object of an active casualty
    verb with no subject of its own or a pronoun (the speaker boasting of its own deed) under a verb
    of saying, and the sentence says the figure cannot be checked (``unverifiable_cues`` in
    lang/<code>/numbers.yaml, within TOTAL_REACH words). It stays the speaker's claim; the incident
    has no toll from it. A victims' toll flagged so ("20 civilians were killed, a toll that could
    not be verified") is a passive with its victims as subject: it stays the incident's."""
    if not _near_cue(ref, doc, _total_cues(language, "unverifiable_cues")):
        return False
    objects = {"dobj", "obj"}
    for tok in doc[ref.start:ref.end]:
        noun = tok if tok.dep_ in objects else tok.head
        verb = noun.head
        if noun.dep_ not in objects or verb.pos_ != "VERB" or verb.dep_ not in ("xcomp", "ccomp"):
            continue
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "expl")]
        if verb.head.pos_ == "VERB" and all(s.pos_ == "PRON" for s in subjects):
            return True
    return False
