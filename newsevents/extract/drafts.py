"""Event drafts: trigger occurrences grouped into incidents, before they become `Event` records.

Why drafts: one incident is usually named several times ("attaques de missiles ... l'un des
missiles est tombé ... la dernière explosion"), and one phrase may name two incidents ("les 8 et
18 août"). Triggers are first grouped per sentence (same family, no conflicting date), split on
coordinated dates, then merged across the document when type family, date, place and weapon
agree. Catalogue entries with their own dates stay apart.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from newsevents.datafiles import load_yaml
from newsevents.extract.arguments import Ref
from newsevents.extract.drafts_attributed import join_attributed
from newsevents.extract.drafts_incursion import PRECISE, crossed, incursion_and_hit
from newsevents.extract.drafts_modes import modes_apart
from newsevents.extract.drafts_recalled import recalled_apart
from newsevents.extract.drafts_scene import headline_scene, wave_totals
from newsevents.extract.drafts_sides import side_key
from newsevents.extract.drafts_targets import own_target
from newsevents.extract.drafts_umbrellas import undated as _undated
from newsevents.extract.drafts_vague import announced, bare_pair
from newsevents.extract.triggers import Trigger
from newsevents.extract.where_unlisted import named_in
from newsevents.model import Party, Place, Span, Weapon, When
from newsevents.temporal import calendar as cal

DATA = Path(__file__).resolve().parent.parent / "data" / "event_types.yaml"


@cache
def type_table() -> dict[str, Any]:
    """newsevents/data/event_types.yaml, read once."""
    return load_yaml(DATA)


def type_info(name: str) -> dict[str, Any]:
    return type_table()["types"].get(name) or type_table()["types"]["other"]


def family(name: str) -> str:
    return str(type_info(name).get("family", name))


def is_violent(name: str) -> bool:
    return bool(type_info(name).get("violent"))


def _consequences() -> frozenset[str]:
    """Types that follow from a strike (an explosion): they never type the strike."""
    return frozenset(type_table().get("absorbed_by_strike", []))


def rank(name: str) -> int:
    order: list[str] = type_table()["type_rank"]
    return order.index(name) if name in order else len(order)


@dataclass(slots=True)
class Draft:
    """An incident under construction."""

    type: str
    triggers: list[Trigger]
    sent: int
    dates: list[Ref] = field(default_factory=list)  # time mentions owned by its triggers
    places: list[Ref] = field(default_factory=list)  # place mentions owned by its triggers
    mode: str | None = None
    acled: dict[str, str] | None = None  # a trigger's own ACLED codes (else the type's)
    generic: bool = False
    # a bare plural subject of a present ("Missile strikes have destroyed schools"): a kind of act
    # unless a day, a toll or the lead makes it one incident (qualifiers.kind_told)
    kind: bool = False
    # a bare attack noun typed by default ("l'attaque", "the strikes"): usually names again an
    # incident told with its weapon elsewhere in the text
    anaphoric: bool = False
    # a vague clash noun ("les combats", "l'offensive", "hostilities"): an incident only with an
    # anchor of its own (date, place, participant, toll)
    vague: bool = False
    alone: str | None = None  # the type of an anaphoric mention that names no other incident
    distinct: bool = False  # "une autre frappe", "another attack": names no incident told before
    # told in a sentence opening on "Separately,", "Par ailleurs,": joins no incident told before it
    separate: bool = False
    # the sentences of the live blog entry ("09:15 GMT - ...") it opens: another scene than the other
    # entries, before or after it, unless it names the same town (an update of the incident)
    entry: range | None = None
    lead: bool = False  # told in the first paragraph (the headline or the lead)
    definite: bool = False  # "cette attaque", "the attack": names an incident already told
    # its sentence opens on its first trigger, a definite noun ("L'attaque a commencé par
    # l'explosion d'une voiture piégée"): it names the act of the sentence before, whatever else
    # its sentence tells (definite is lost when grouped with "une voiture piégée"; this is not)
    opens_definite: bool = False
    # told through a word of response: the act answered ("en réponse à une attaque de drone") or
    # the answer ("Israël répond par un raid"); the act on the other side of it is another incident
    cause: bool = False
    # told as the answer to another act ("En riposte, l'aviation a frappé ..."): not the same
    # incident as one told before it (same_incident)
    answering: bool = False
    # a name given to something told elsewhere ("called it an attack"): joins an incident or is none
    label: bool = False
    # the marker of the clause of sequence it is told in, with a subject of its own ("..., after
    # they scuttled the ship on Sunday"): the acts of its sentence told outside it are other incidents
    sequel: str | None = None
    # told only as the start of a span ("violations since India carried out strikes"): undated, it
    # is a landmark recalled, not news (events_dates.date_undated)
    since_only: bool = False
    # told only through a crossing into airspace or territory ("violation de l'espace aérien")
    incursion: bool = False
    # of an interception, the type the weapon it downed gives ("les drones abattus": drone_strike):
    # what crossed, for the incursion with no weapon of its own it joins (absorb)
    downed: str | None = None
    # the object of a claim of responsibility ("JNIM claimed the attack on Sunday", "a revendiqué
    # l'attaque dimanche"): a day told with it may be the claim's, not the act's (_claimed_later)
    claimed: bool = False
    alleged: bool = False
    background: bool = False
    date: When | None = None
    place: Place | None = None
    actors: list[Party] = field(default_factory=list)
    # of its actors, those that intercepted (subjects of "shot down", "a abattu"): the actors of an
    # interception standing alone, never of the attack it joins
    defenders: list[Party] = field(default_factory=list)
    targets: list[Party] = field(default_factory=list)
    weapons: list[Weapon] = field(default_factory=list)
    fatalities: int | None = None
    injured: int | None = None
    damage: list[str] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)  # original-text spans
    sents: set[int] = field(default_factory=set)
    twin: int | None = None  # drafts split from one phrase on coordinated dates share this

    @property
    def violent(self) -> bool:
        return is_violent(self.type)

    @property
    def family(self) -> str:
        return family(self.type)

    @property
    def first(self) -> Trigger:
        return self.triggers[0]

    def absorb(self, other: Draft) -> None:
        """Take another draft's words and arguments (the other describes the same incident)."""
        told = crossed(self, other)
        if told is not None:  # an incursion is typed by what crossed, told by another mention
            self.type = told
        elif self.anaphoric and not other.anaphoric and other.type not in _consequences():
            self.type = other.type  # the incident told with its weapon gives the type
        elif rank(other.type) < rank(self.type) and other.family == self.family and \
                not (other.anaphoric and not self.anaphoric):
            self.type = other.type
        self.triggers.extend(other.triggers)
        self.dates.extend(d for d in other.dates if d not in self.dates)
        self.places.extend(p for p in other.places if p not in self.places)
        self.mode = self.mode or other.mode
        self.acled = self.acled or other.acled
        self.generic = self.generic and other.generic
        self.kind = self.kind and other.kind
        self.anaphoric = self.anaphoric and other.anaphoric
        self.vague = self.vague and other.vague
        self.alone = self.alone if self.alone == other.alone else None
        self.distinct = self.distinct and other.distinct
        self.lead = self.lead or other.lead
        self.definite = self.definite and other.definite
        self.cause = self.cause or other.cause  # told once as a cause, it stays apart in that sentence
        self.answering = self.answering or other.answering
        self.label = self.label and other.label
        self.sequel = self.sequel or other.sequel
        self.since_only = self.since_only and other.since_only
        self.incursion = self.incursion and other.incursion
        self.downed = self.downed or other.downed
        self.claimed = self.claimed and other.claimed
        self.alleged = self.alleged or other.alleged
        self.date = better_date(self.date, other.date)
        self.place = better_place(self.place, other.place)
        # an interception joining the attack it stopped: its defenders no actors, what it downed no target
        joins_attack = other.alone is not None and self.alone is None
        stopped = {p.span for p in other.defenders} if joins_attack else set()
        self.actors = _union(self.actors, [a for a in other.actors if a.span not in stopped], states=True)
        self.targets = _union(self.targets, [] if joins_attack else other.targets)
        self.weapons = _union_weapons(self.weapons, other.weapons)
        self.fatalities = _max(self.fatalities, other.fatalities)
        self.injured = _max(self.injured, other.injured)
        self.damage.extend(d for d in other.damage if d not in self.damage)
        self.spans.extend(s for s in other.spans if s not in self.spans)
        self.sents |= other.sents


def _max(a: int | None, b: int | None) -> int | None:
    return b if a is None else a if b is None else max(a, b)


def _union(a: list[Party], b: list[Party], states: bool = False) -> list[Party]:
    keys = {side_key(p, states) for p in a} | {p.name.lower() for p in a}  # one side (drafts_sides)
    return a + [p for p in b if side_key(p, states) not in keys and p.name.lower() not in keys]


def _union_weapons(a: list[Weapon], b: list[Weapon]) -> list[Weapon]:
    names = {w.name.lower() for w in a}
    return a + [w for w in b if w.name.lower() not in names]


def width(w: When) -> int:
    return (w.end - w.start).days


def better_date(a: When | None, b: When | None) -> When | None:
    """A stated date over an inferred one; of two stated, the narrower."""
    if a is None or b is None:
        return a or b
    if a.inferred != b.inferred:
        return b if a.inferred else a
    if width(b) < width(a):
        return b
    if b.time and not a.time and (a.start, a.end) == (b.start, b.end):  # one day, its hour said once
        return When(a.start, a.end, a.precision, b.time, a.text, a.inferred, a.span)
    return a


PRECISION_ORDER = {"site": 0, "city": 1, "admin1": 2, "region": 3, "country": 4}


def better_place(a: Place | None, b: Place | None) -> Place | None:
    if a is None or b is None:
        return a or b
    if PRECISION_ORDER.get(b.precision, 5) < PRECISION_ORDER.get(a.precision, 5) or named_in(b, a):
        if a.near and not b.near:
            b.near = a.near
        return b
    if b.near and not a.near:
        a.near = b.near
    return a


# --- compatibility --------------------------------------------------------------------------------
def dates_compatible(a: When | None, b: When | None) -> bool:
    if a is None or b is None or a.inferred or b.inferred:
        return True
    return a.start <= b.end and b.start <= a.end and not (  # a night and a daytime clock of its days
        cal.clocked_outside_night(a.start, a.end, b.start, b.end, b.time)
        or cal.clocked_outside_night(b.start, b.end, a.start, a.end, a.time))


def places_compatible(a: Place | None, b: Place | None) -> bool:
    if a is None or b is None:
        return True
    if a.name == b.name:
        return True
    if a.country and b.country and a.country != b.country:
        return False
    # two different towns are two scenes; a town and its region or country may be one, a town
    # and another region may not ("une bombe sur Zaporijjia ... des drones sur la région de
    # Dnipropetrovsk")
    return not (a.precision in PRECISE and b.precision in PRECISE) and not _other_region(a, b) \
        and not _other_region(b, a)


def _other_region(town: Place, region: Place) -> bool:
    """A town placed in a first-level division, and a division that is not its own."""
    return town.precision in PRECISE and region.precision == "admin1" \
        and bool(town.admin1 and region.admin1) and town.admin1 != region.admin1


def weapons_compatible(a: list[Weapon], b: list[Weapon]) -> bool:
    named_a = {w.name.lower() for w in a if w.name[:1].isupper()}
    named_b = {w.name.lower() for w in b if w.name[:1].isupper()}
    if not named_a or not named_b:
        return True
    return any(x.startswith(y) or y.startswith(x) for x in named_a for y in named_b)


def parties_compatible(a: list[Party], b: list[Party], unknown_ok: bool = False) -> bool:
    """No conflict: either side names nobody, or they share someone. With `unknown_ok`, a side
    naming only parties of no known country does not conflict either (an actor "the Foreign
    Office", "le ministère des Affaires étrangères": whose is not said); targets of no country
    still tell incidents apart (a hospital, arms plants)."""
    if not a or not b:
        return True
    names = {p.name.lower() for p in a} & {p.name.lower() for p in b}
    known_a, known_b = {p.country for p in a if p.country}, {p.country for p in b if p.country}
    return bool(names or known_a & known_b) or (unknown_ok and (not known_a or not known_b))


def same_incident(a: Draft, b: Draft, published: date | None = None) -> bool:
    """Two drafts (`a` earlier in the text) describe one incident: same family and nothing that
    tells them apart."""
    if a.family != b.family and not (a.incursion and b.incursion):  # one typed by what crossed
        return False
    single = a.family in type_table().get("one_per_document", [])
    if not (dates_compatible(a.date, b.date) and weapons_compatible(a.weapons, b.weapons)
            and (places_compatible(a.place, b.place) or (single and _country_level(a.place, b.place))
                 or _headline_act(a, b))):
        return False
    # two sides' acts, an act recalled before the story's, are two incidents (drafts_recalled)
    if a.violent and (_dated_kinds_differ(a, b) or incursion_and_hit(a, b) or _answers(a, b)
                      or _other_doers(a, b) or recalled_apart(a, b)):
        return False
    if a.violent:
        # an undated mention refers back to an incident, not forward: "deux roquettes tirées ...
        # [then] un village bombardé mardi" are two incidents; but a headline or lead announces
        # the incident the body then dates (not one the body recalls), and a second mention of the
        # same town is that town's
        return not (_undated(a.date) and not _undated(b.date)) or (a.lead and _announces(a, b, published)) \
            or _same_town(a.place, b.place)
    if a.type == "weapons_found" or a.family in type_table().get("one_per_document", []):
        return True
    if modes_apart(a, b, type_table().get("separate_modes", [])):  # a summons, a recall: two acts
        return False
    # an envoy is named by country in one mention and by name in another ("l'ambassadeur de Chine",
    # "l'ambassadeur Huang"): a target of no known country tells no summons apart
    envoy = a.type in type_table().get("envoy_target_types", [])
    return parties_compatible(a.actors, b.actors, unknown_ok=True) \
        and parties_compatible(a.targets, b.targets, unknown_ok=envoy)


def _answers(a: Draft, b: Draft) -> bool:
    """``b`` is told as the answer to an act, after ``a`` that is not ("un missile antichar tiré
    du Liban a blessé deux soldats. En riposte, l'aviation israélienne a frappé ..."): the answer
    is another incident than what it answers, told before it."""
    return b.answering and not a.answering and min(b.sents) > max(a.sents)


# an answer told with no day of its own follows the act it answers within this many sentences
# ("L'armée a bombardé mardi ... . Le Pakistan a riposté en tirant ...": the next one); the same
# reach as a scene's (events_dates.MAX_FOLLOW_SENTENCES), checked on tests/test_events_r12.py
ANSWER_REACH = 2


def answered_day(d: Draft, drafts: list[Draft]) -> When | None:
    """The day of the act an undated answer answers ("L'armée indienne a bombardé mardi des
    positions. Le Pakistan a riposté en tirant des obus", "Pakistan responded by firing rockets"):
    the nearest act of its sphere (violent or not: "Beijing summoned the envoy in response" to
    a recall) told before it within ANSWER_REACH sentences, itself no answer, on a day the text
    states. Why: a riposte comes with the act in wire copy, so the publication day
    (what an undated act takes) is later than both; kept inferred, so a date the text states for
    the answer wins (better_date) and it tells no two incidents apart (dates_compatible)."""
    if not d.answering or d.date is not None:
        return None
    first = min(d.sents) if d.sents else d.sent
    before = [o for o in drafts if o is not d and o.violent == d.violent and not o.answering
              and o.date is not None and not o.date.inferred and 0 <= first - _last_sent(o) <= ANSWER_REACH]
    if not before:
        return None
    host = max(before, key=_last_sent)
    assert host.date is not None
    return replace(host.date, inferred=True, span=None)


def recalled_sequel(d: Draft, drafts: list[Draft], published: date | None) -> bool:
    """An undated act told in a clause of sequence ("before a ceasefire took hold", "after talks
    broke down") of a sentence whose main act is recalled background ("In July, five days of
    fighting killed 48 people before a ceasefire brokered by Malaysia took hold"): it is placed
    against that recalled act, not on the day of the news, so it is background with no day."""
    return d.date is None and d.sequel is not None and any(
        o is not d and o.sequel is None and o.sents & d.sents and _recalled(o.date, published)
        for o in drafts)


def _last_sent(d: Draft) -> int:
    return max(d.sents) if d.sents else d.sent


def _headline_act(a: Draft, b: Draft) -> bool:
    """A headline's political act and the same act told undated in the body ("les États de l'AES
    rappellent leurs ambassadeurs en Algérie" then "le Mali, le Burkina Faso et le Niger ont décidé
    de rappeler leurs ambassadeurs"): one act, whatever places each names (the envoys' post, the
    capital that acts); parties must still agree (same_incident)."""
    return not a.violent and a.lead and a.type == b.type and _undated(a.date) and _undated(b.date)


def _dated_kinds_differ(a: Draft, b: Draft) -> bool:
    """Strikes of two kinds (shelling or missiles against aircraft or drones), each dated by its own
    words in a sentence of its own, are two incidents even on one day and with one place missing
    ("over the past day, Russia fired 24 shells at Kherson" then "its air defence shot down 21 of 28
    drones launched overnight"). In one sentence the kinds are often one strike told twice."""
    kinds = type_table().get("dated_strike_kinds", [])
    own = a.date is not None and b.date is not None and a.date.span != b.date.span \
        and not _same_words(a.date, b.date)
    return own and a.type in kinds and b.type in kinds and _stated(a.date) and _stated(b.date) \
        and not (a.sents & b.sents) and (_kind(a.type) != _kind(b.type)
                                         or (a.type != b.type and _weapon_families_differ(a, b))) \
        and not wave_totals(a, b) and not wave_totals(b, a)



def _same_words(a: When, b: When) -> bool:
    """Two dates written with the same words on the same day name one time: "28 attack drones
    launched overnight" and "three cruise missiles also launched overnight" are one night's wave,
    while "over the past day" and "overnight" each date a strike of their own."""
    return bool(a.text) and (a.text or "").lower() == (b.text or "").lower() \
        and (a.start, a.end) == (b.start, b.end)


def weapon_families(weapons: list[Weapon]) -> set[str]:
    table = type_table().get("weapon_families") or {}
    return {family for w in weapons for family, cats in table.items() if w.category in cats}


def _weapon_families_differ(a: Draft, b: Draft) -> bool:
    """Both strikes name weapons, and no family of one's is the other's (shells against cruise
    missiles): what they were fired with tells them apart (`weapon_families`, event_types.yaml)."""
    fa, fb = weapon_families(a.weapons), weapon_families(b.weapons)
    return bool(fa) and bool(fb) and not fa & fb


def _announces(lead: Draft, b: Draft, published: date | None = None) -> bool:
    """An undated lead announces the incident the body dates: not one the body recalls (background,
    or dated over BACKGROUND_DAYS before publication: "In May, an air strike on a school ..."), not a
    strike of another kind (ACLED's: "des frappes de drones ..." then "des tirs de roquette,
    vendredi, contre des positions à Kidal" are two incidents; drones and aircraft are one kind)."""
    return not b.background and not _recalled(b.date, published) \
        and (_kind(lead.type) == _kind(b.type) or lead.anaphoric or b.anaphoric)


def _kind(name: str) -> str:
    return str((type_info(name).get("acled") or {}).get("sub_event_type", name))


def _country_level(a: Place | None, b: Place | None) -> bool:
    """One side placed only by a country: for an exchange it is mostly a side of it ("la Russie et
    les Occidentaux ont échangé ..."), not the place where it happened ("à Ankara")."""
    return any(p is not None and p.precision == "country" for p in (a, b))


def _same_town(a: Place | None, b: Place | None) -> bool:
    return a is not None and b is not None and a.precision in PRECISE and a.name == b.name


def anchored(d: Draft) -> bool:
    """An incident of its own: a stated date, a place, a participant or a toll."""
    stated = d.date is not None and not d.date.inferred
    return stated or d.place is not None or bool(d.actors or d.targets) \
        or d.fatalities is not None or d.injured is not None


def _stated(w: When | None) -> bool:
    return w is not None and not w.inferred


def _joins(d: Draft, host: Draft, published: date | None = None) -> bool:
    """A bare mention may name the host again: dates that agree (a mention dated on its own names
    no host that has only the publication date: "l'offensive du 24 février"), and places that
    agree unless both are in one sentence (where the place is often the attacker's capital,
    "l'offensive de Moscou"). In the lead both are the news itself: "Des frappes ont touché, lundi
    1er avril, ... l'annexe a été visée par six missiles" is one strike, dated by the mention. A
    mention dated within the news days ("the strike ... today", "la frappe lancée la veille")
    names the news, which an undated host told after it is too (it takes the mention's date); an
    undated host told only before a newly dated mention is another incident ("... avec l'appui des
    frappes aériennes américaines. Vendredi 20 janvier, sept soldats ont été tués dans une attaque").
    A dated mention told as what another act answers ("the strike was in response to the April 22
    attack") is an earlier incident than an undated host, also in the lead."""
    if _stated(d.date) and not _stated(host.date) and (d.cause or not (d.lead and host.lead)) \
            and not (_news_day(d.date, published) and max(host.sents) > d.sent) \
            and not _restated(d, host, published) and not _headline_named(d, host, published):
        return False
    if not (dates_compatible(host.date, d.date) or _claimed_later(d, host)) \
            or _answers(host, d) or _answers(d, host):
        return False
    if _other_doers(d, host) or recalled_apart(host, d):
        return False
    told_before = d.definite and d.anaphoric and min(host.sents) < d.sent  # "cette attaque"
    # the host names the bare act again in the next sentence ("Des hommes armés ont ouvert le feu
    # près de la frontière. La fusillade s'est produite près du village de X"): its place refines
    named_again = (host.definite or host.opens_definite) and min(host.sents) - d.sent == 1
    # a headline naming the scene by another town than the body's first sentence (drafts_scene)
    scene = _kind(d.type) == _kind(host.type) and headline_scene(d, host)
    return told_before or named_again or scene or bool(host.sents & d.sents) \
        or places_compatible(host.place, d.place)


def _claimed_later(d: Draft, host: Draft) -> bool:
    """A definite mention claimed ("JNIM claimed the attack on Sunday", "Le groupe a revendiqué
    l'attaque dimanche") names the incident told before it, and the day told with it may be the
    claim's: on the host's day or up to NEWS_DAYS after it, it tells no other incident."""
    if not (d.claimed and d.definite and d.anaphoric and min(host.sents) < d.sent):
        return False
    if d.date is None or host.date is None or not _stated(d.date):
        return False
    return 0 <= (d.date.start - host.date.end).days <= NEWS_DAYS


# kinds of a party that is a side of its own: an armed group, or a state's government or forces
STATE_OR_GROUP_KINDS = frozenset({"group", "state", "military", "government"})


def _other_doers(d: Draft, host: Draft) -> bool:
    """Both name who did it (not who intercepted), and no one in common: of different countries, or
    an armed group on one side and a state's forces on the other. A counter-accusation ("M23 denied
    responsibility and accused the Congolese army of firing on its positions"), not the host told
    again. Generic doers ("jihadists", "gunmen") tell nothing apart from a group's name."""
    def doers(x: Draft) -> list[Party]:
        stopped = {p.span for p in x.defenders}
        return [p for p in x.actors if p.span not in stopped and p.role != "implied"]

    a, b = doers(d), doers(host)
    if not a or not b or {p.name.lower() for p in a} & {p.name.lower() for p in b}:
        return False
    # an armed group and a state's forces are two sides even of one country ("Russia" and "Russian
    # forces" are one)
    def side(x: list[Party]) -> set[str]:
        return {"group" if p.kind == "group" else "state" for p in x if p.kind in STATE_OR_GROUP_KINDS}

    sides_a, sides_b = side(a), side(b)
    if len(sides_a) == len(sides_b) == 1 and sides_a != sides_b:
        return True
    countries_a, countries_b = {p.country for p in a if p.country}, {p.country for p in b if p.country}
    return bool(countries_a and countries_b) and not countries_a & countries_b


def _headline_named(d: Draft, host: Draft, published: date | None) -> bool:
    """The headline's act (undated, "Israel says it struck Hezbollah weapons depot") told again by
    the body with its day ("The Israeli military said on Tuesday it had struck a Hezbollah weapons
    depot ... overnight"): one strike when both name one target by its proper name and the day is
    news (within NEWS_DAYS of publication)."""
    return host.lead and not d.lead and not d.cause and _same_named_target(d, host) \
        and published is not None and d.date is not None and 0 <= (published - d.date.end).days <= NEWS_DAYS


def _restated(d: Draft, host: Draft, published: date | None) -> bool:
    """A definite bare mention right after the host's sentence, dated within the news days, tells
    when the host happened ("Des frappes ont tué huit personnes à Khost, ont annoncé jeudi les
    autorités. Les frappes ont eu lieu dans la nuit de mercredi à jeudi"), not another incident."""
    w = d.date
    return d.definite and d.anaphoric and not d.cause and d.sent - max(host.sents) == 1 \
        and w is not None and published is not None and 0 <= (published - w.end).days <= NEWS_DAYS


# a bare mention dated at most this many days before publication names the news (wire copy reports
# the incidents of the last days: "la veille", "dimanche"); older, it names another incident
# ("l'offensive du 24 février"). A week, as events_dates.STATEMENT_NEWS_DAYS.
NEWS_DAYS = 7


# an incident dated more than this many days before publication is recalled background
# (news reports the last days; 30 keeps a month-old incident that an article still follows)
BACKGROUND_DAYS = 30


def _recalled(w: When | None, published: date | None) -> bool:
    """A date the text states, more than BACKGROUND_DAYS before publication."""
    return _stated(w) and w is not None and published is not None \
        and days_before(w, published) > BACKGROUND_DAYS


def _news_day(w: When | None, published: date | None) -> bool:
    """A day or a night (two days: "overnight") of the last NEWS_DAYS."""
    return w is not None and published is not None and 0 <= (published - w.end).days <= NEWS_DAYS \
        and cal.day_or_night(w.start, w.end)


def _told_as_cause(d: Draft, bare: list[Draft]) -> Draft | None:
    """The act a bare mention told as a cause names again: one told before as a cause too ("in
    response to the April 22 Pahalgam attack ... to punish the perpetrators of the Pahalgam
    attack"), not the act answering it, told nearer."""
    if not d.cause:
        return None
    return next((b for b in reversed(bare) if b.cause and b.violent and _same_bare(b, d)), None)


def _host(d: Draft, strong: list[Draft], published: date | None = None) -> Draft | None:
    """The incident a bare mention names again: an anaphoric attack noun, the nearest compatible
    incident told with its weapon (before it first: "... missiles ... L'attaque a endommagé ..."),
    a vague clash noun only one of its own sentence ("des missiles ... lors de la dernière
    offensive de Moscou"). Consequences (an explosion) host only when nothing else does."""
    fits = [s for s in strong if _joins(d, s, published)
            and (d.anaphoric or s.sents & d.sents or announced(d, s, MENTION_REACH))
            and not apart(d, s) and not own_target(d, s)
            # a blast named as what another answers or as its culprits' deed ("to punish the
            # perpetrators of the Ankara bombing") is a bombing of its own, no strike's blast
            and not (d.cause and d.type in _consequences() and s.type != d.type)
            # forward only to the next sentences, or within the lead (it announces one incident),
            # or to the incident the text dates the same day ("a de nouveau été la cible d'une
            # attaque ce lundi 5 mai ... Ce lundi, ... attaques de drones")
            and (min(s.sents) - d.sent <= MENTION_REACH or (d.lead and s.lead) or _same_day(d, s)
                 or _same_named_target(d, s))
            # an incident recalled after the mention is not the news it names ("... after Fano
            # fighters attacked an army camp. Last October, a drone strike on a bus station ...")
            and not (min(s.sents) > d.sent and not _stated(d.date) and _recalled(s.date, published))
            and (not d.alone or min(abs(x - d.sent) for x in s.sents) <= MENTION_REACH)]
    if not fits:
        return None
    # a blast set off by someone (a car bomb, a suicide bomber) is the attack itself, no consequence
    return min(fits, key=lambda s: (s.type in _consequences() and not s.actors, min(s.sents) > d.sent,
                                    min(abs(x - d.sent) for x in s.sents)))


def _same_day(a: Draft, b: Draft) -> bool:
    """Both drafts carry a date the text states, the same single day, and no targets that tell
    them apart (a hospital and arms plants hit in one city on one day are two strikes)."""
    return _stated(a.date) and _stated(b.date) and a.date is not None and b.date is not None \
        and a.date.start == a.date.end == b.date.start == b.date.end \
        and parties_compatible(a.targets, b.targets)


def _named(p: Party) -> str | None:
    """The name of a target named by a proper noun ("Ahli Arab hospital", "Okhmatdyt hospital"),
    lower-cased; None for one described by common nouns ("hospital", "military installations") or
    a country. The extractors keep a name's case and write common nouns in lower case."""
    if p.kind in ("state", "government") or not any(w[:1].isupper() for w in p.name.split()):
        return None
    return p.name.lower()


def _same_named_target(a: Draft, b: Draft) -> bool:
    """Both drafts name one target by its proper name, with no stated dates that differ: a bare
    mention of the strike on the Ahli Arab hospital in the lead and the rocket that hit the Ahli
    hospital five sentences on are one incident, however far apart (as the merger joins two
    reports on a shared named target, resolve/match.py)."""
    names = {n for n in map(_named, a.targets) if n}
    return bool(names & {n for n in map(_named, b.targets) if n}) and dates_compatible(a.date, b.date)


def _weak(d: Draft) -> bool:
    """A bare or vague violent mention: it names an incident only through others (fold_mentions)."""
    return d.violent and (d.anaphoric or d.vague)


# sentences between a mention and the strike it names, when the strike is told after it (a headline
# before its first body sentence) or when the mention is an interception (news-dev tells both in
# the strike's sentence or the next two; farther, it is another incident or another wave)
MENTION_REACH = 2


def fold_mentions(drafts: list[Draft], published: date | None = None) -> list[Draft]:
    """Bare attack nouns and vague clash nouns join the incident they name (never one marked as
    another: "une autre frappe"); bare mentions left join each other (the most specific default
    wins: "les frappes" over "l'attaque"), vague ones those of their family; what is left stands
    as an incident only when anchored (date, place, participant or toll)."""
    # an incursion with no weapon named ("violation de l'espace aérien") hosts the drones downed in it
    strong = [d for d in drafts if (d.violent or d.incursion) and not (d.anaphoric or d.vague)]
    out: list[Draft] = []
    bare: list[Draft] = []
    loose: set[int] = set()  # ids of bare or vague mentions standing on their own
    for d in drafts:
        if not d.violent or not (d.anaphoric or d.vague):
            out.append(d)
            continue
        if join_attributed(d, out):  # "L'armée a attribué l'attaque à X": the last attack, not its answer
            continue
        host = None if d.distinct else _told_as_cause(d, bare) or _host(d, strong, published)
        last = _last_bare(d, bare)
        if last is not None and not _answers(last, d) \
                and (host is None or max(last.sents) > _last_before(host, d.sent)):
            host = last  # "Israel struck Beirut on Tuesday ... four dead in that strike"
        if host is None:  # bare mentions join each other, vague ones those of their family
            # (an answer is another act than what it answers: "X a attaqué mardi ... L'armée a
            # répliqué en bombardant ...", both bare verbs of attack)
            host = next((b for b in bare if _same_bare(b, d) and bare_pair(d, b, MENTION_REACH)
                         and not apart(b, d) and not _answers(b, d) and not own_target(d, b, reported=False)
                         and b.alone == d.alone and (d.anaphoric or b.family == d.family)), None)
            if host is not None and rank(d.type) < rank(host.type):
                host.type = d.type
        if host is not None:
            if not dates_compatible(host.date, d.date):  # the claim's day (_claimed_later)
                d.date, d.dates = None, []
            headline = _announced_by(d, host, bare, drafts)
            if d.vague and not d.anaphoric and d.family != host.family:
                d.actors = []  # "a bombardé X après des affrontements entre A et B": A, B no doers of X
            host.absorb(d)
            if headline is not None:  # by identity: two drafts may compare equal
                host.absorb(headline)
                bare[:] = [b for b in bare if b is not headline]
                out[:] = [o for o in out if o is not headline]
                loose.discard(id(headline))
            continue
        bare.append(d)
        loose.add(id(d))
        out.append(d)
    for d in bare:
        if d.alone:  # an interception with no strike told around it: an event of its own
            d.type, d.anaphoric = d.alone, False
            loose.discard(id(d))
    return [d for d in out if id(d) not in loose  # an answer is dated by the act it answers (answered_day)
            or ((anchored(d) or answered_day(d, drafts) is not None) and not d.label)]


def _announced_by(d: Draft, host: Draft, bare: list[Draft], drafts: list[Draft]) -> Draft | None:
    """The bare mention of the lead (a headline: "Somalie : au moins 12 morts dans une attaque
    contre un hôtel de Mogadiscio") that the first bare mention of the body joining an incident
    names again ("des combattants ont attaqué un hôtel ... L'attaque a commencé par l'explosion
    d'une voiture piégée"): the headline announces that incident, however far the body tells it
    with its weapon. Only the body's first incident told after the lead, the host told in the
    sentence after it, a party the headline names too (the doer or the target), and a mention the
    headline would have joined as a bare mention of its own (as fold_mentions does)."""
    if d.lead or host.lead or not 0 < min(host.sents) - d.sent <= 1:
        return None
    for b in bare:
        if not b.lead or id(b) == id(host):
            continue
        earlier = [x for x in drafts if x.violent and not x.lead and max(b.sents) < min(x.sents) < d.sent]
        shared = {p.name.lower() for p in b.actors + b.targets} \
            & {p.name.lower() for p in d.actors + d.targets}
        if not earlier and shared and _same_bare(b, d) and b.anaphoric == d.anaphoric and not apart(b, d) \
                and not _answers(b, d) and b.alone == d.alone and not _other_doers(b, host) \
                and places_compatible(b.place, host.place) and dates_compatible(b.date, host.date):
            return b
    return None


def _last_bare(d: Draft, bare: list[Draft]) -> Draft | None:
    """A definite bare mention ("that strike", "cette frappe") names the incident just told, even
    told with a bare word itself: the bare mention of its own or the previous sentence."""
    if not (d.definite and d.anaphoric) or d.distinct:
        return None
    # as for a host told with its weapon (_joins), the place told with the definite mention in the
    # next sentence is no other scene: "gunmen opened fire on a patrol near the border. The shooting
    # happened near X" (in one sentence it is: "strikes in X, after the attack in Y")
    near = [b for b in bare if b.anaphoric and b.alone == d.alone and 0 <= d.sent - max(b.sents) <= 1
            and not apart(b, d)
            and (_same_bare(b, d) or (d.sent - max(b.sents) == 1 and not b.distinct
                                      and (dates_compatible(b.date, d.date) or _claimed_later(d, b))))]
    return max(near, key=lambda b: max(b.sents)) if near else None


def _last_before(d: Draft, sent: int) -> int:
    """The last sentence of `d` up to `sent` (-1 when it is told only after)."""
    return max((s for s in d.sents if s <= sent), default=-1)


def _same_bare(a: Draft, b: Draft) -> bool:
    """Two bare mentions (`a` first) of one incident: as `same_incident`, whatever their family."""
    if a.distinct != b.distinct or b.distinct:
        return False
    if _claimed_later(b, a):  # the day told is the claim's
        return places_compatible(a.place, b.place)
    scene = _kind(a.type) == _kind(b.type) and headline_scene(a, b)  # "Gaza : une frappe ..." then the town
    if not (dates_compatible(a.date, b.date) and (places_compatible(a.place, b.place) or scene)):
        return False
    return not (_undated(a.date) and not _undated(b.date)) or a.lead or _same_town(a.place, b.place)


def merge_across(drafts: list[Draft], published: date | None = None) -> list[Draft]:
    """Merge drafts of one incident across the document, keeping text order. An act told as the
    answer to another of its family in its own sentence ("La France va expulser douze agents ...,
    au lendemain de l'expulsion par l'Algérie de ...") is not that family's answered act told
    elsewhere ("Paris expulse ... en riposte à l'expulsion de ses diplomates")."""
    answers = {id(x) for x in drafts if not x.cause and any(
        o is not x and o.cause and o.family == x.family and o.sent == x.sent for o in drafts)}
    out: list[Draft] = []
    for d in drafts:
        for kept in out:
            if (kept.cause and id(d) in answers) or (d.cause and id(kept) in answers):
                continue
            if not (_weak(kept) or _weak(d)) and same_incident(kept, d, published) and not apart(kept, d):
                kept.absorb(d)
                break
        else:
            out.append(d)
    return out


def apart(a: Draft, b: Draft) -> bool:
    """In one sentence, one draft is on the other side of a response from the other ("l'armée a
    frappé des cibles en réponse à une attaque de drone", "une attaque de drone ... provoque des
    représailles d'Israël qui répond par un raid"): two incidents. (Keeping apart every act told in
    a clause of its own below another's was tried: on news-dev it split more single incidents than
    it kept apart, English recall 0.816 -> 0.776.) Also, one is told in a sentence opening on
    "Separately,", "Par ailleurs," after every sentence of the other: another incident."""
    return ((a.cause != b.cause or a.sequel != b.sequel) and bool(a.sents & b.sents)) \
        or _separated(a, b) or _separated(b, a) or _other_entry(a, b) or _other_entry(b, a)


def _other_entry(a: Draft, b: Draft) -> bool:
    """``b`` opens a live blog entry (events_entries) with none of ``a``'s sentences, in another town."""
    return b.entry is not None and a.sents.isdisjoint(b.entry) and not _same_town(a.place, b.place)


def _separated(a: Draft, b: Draft) -> bool:
    """``b`` is told in a sentence opening apart ("Separately, ...") after all of ``a``'s."""
    return b.separate and max(a.sents) < b.sent


def days_before(when: When, published: date) -> int:
    return (published - when.end).days
