"""Arguments of incidents, French and English, through the whole pipeline (`analyse`): names inside
a force's name are no places, a facility's host town owns nothing, a date the parse hangs on the
attack beats one only near it. Sentences written from the general patterns of conflict reporting."""

from __future__ import annotations

import pytest
from helpers import events_of

from newsevents.model import Article, Published


def _places(pipe, text: str, language: str) -> list[str]:  # type: ignore[no-untyped-def]
    from datetime import date

    article = pipe.process(Article(text=text, id="t", language=language,
                                   published=Published(date(2025, 4, 6))))
    return [m.value.name for m in article.of_kind("place")]


# (language, text, a name that is part of a force's name, a place of the sentence)
UNIT_NAMES = [
    ("fr", "Le raid a tué un commandant de la Force Qods pour la Syrie et le Liban.", "Qods", "Syria"),
    ("fr", "Des combattants de la Brigade Azov ont été vus près de Kharkiv.", "Azov", "Kharkiv"),
    ("en", "The raid killed a commander of the Quds Force in Syria on Monday.", "Qods", "Syria"),
    ("en", "Fighters of the Azov Brigade were seen near Kharkiv.", "Azov", "Kharkiv"),
]


@pytest.mark.parametrize(("language", "text", "unit", "place"), UNIT_NAMES)
def test_a_name_inside_a_force_name_is_no_place(pipe, language, text, unit, place):
    names = _places(pipe, text, language)
    assert place in names and not any(unit in n for n in names), names


# (language, text, a word no target name may contain, a word one target name must contain)
HOSTED = [
    ("en", "On Monday an air strike destroyed Iran's consulate in the Syrian capital of Damascus.",
     "Damascus", "Iran"),
    ("en", "On Monday an air strike destroyed the consulate in the capital of Syria.", "Syria", "Consulate"),
    ("fr", "Lundi, une frappe a détruit le consulat iranien dans la capitale de la Syrie.", "Syria",
     "Consulate"),
]


@pytest.mark.parametrize(("language", "text", "not_owner", "name"), HOSTED)
def test_the_town_hosting_a_facility_owns_nothing(analyse, language, text, not_owner, name):
    names = [p.name for e in events_of(analyse, text, language) for p in e.targets]
    assert any(name in n for n in names), names
    assert not any(f"of {not_owner}" in n for n in names), names
    assert not any(n.endswith(" of in") or " of in " in n for n in names), names


# (language, text, the incident's day): "on Tuesday" dates the vow, the relative clause the strike
PARSED_DATES = [
    ("en", "Iran on Tuesday vowed to respond to an air strike that destroyed its consulate in Damascus "
           "the previous day.", "2025-03-31"),
    ("fr", "L'Iran a promis mardi de répondre à la frappe aérienne qui a détruit la veille son consulat "
           "à Damas.", "2025-03-31"),
]


@pytest.mark.parametrize(("language", "text", "day"), PARSED_DATES)
def test_a_date_the_parse_hangs_on_the_strike_dates_it(analyse, language, text, day):
    events = events_of(analyse, text, language, published="2025-04-02")
    strikes = [e for e in events if e.type == "air_strike"]
    assert strikes and all(e.date is not None and e.date.start.isoformat() == day for e in strikes), \
        [(e.type, e.date) for e in strikes]


# A lead paragraph names the strike with a bare dated noun, then tells it with its weapon three
# sentences on: one incident, dated by the lead, with the weapon and the toll.
LEADS = [
    ("fr", "Des frappes attribuées à Israël ont touché lundi un quartier de Damas, détruisant le consulat "
           "iranien. Sur place, un correspondant a confirmé que le bâtiment avait été rasé. Le ministère "
           "iranien a condamné les frappes, qui ont tué huit personnes. L'ambassadeur a affirmé que le "
           "bâtiment avait été visé par six missiles tirés par des avions."),
    ("en", "Strikes attributed to Israel hit a district of Damascus on Monday, destroying the Iranian "
           "consulate. A correspondent confirmed that the building had been razed. The Iranian ministry "
           "condemned the strikes, which killed eight people. The ambassador said the building had been "
           "hit by six missiles fired by jets."),
]


@pytest.mark.parametrize(("language", "text"), LEADS)
def test_a_dated_mention_of_the_lead_joins_the_strike_the_lead_tells(analyse, language, text):
    events = events_of(analyse, text, language, published="2025-04-02")
    events = [e for e in events if e.type.endswith("strike")]
    assert len(events) == 1, [(e.type, e.date) for e in events]
    (event,) = events
    assert event.date is not None and event.date.start.isoformat() == "2025-03-31"
    assert [w.category for w in event.weapons] == ["missile"] and event.fatalities == 8
    assert [p.name for p in event.actors] == ["Israel"]


# (language, text, a country that is the agent, not a place; or None) and (a way, still a place)
AGENTS = [
    ("fr", "Les défenses aériennes ont intercepté mardi 500 missiles tirés sur le pays par l'Iran.", "Iran"),
    ("fr", "Lundi, une frappe menée par Israël a détruit un immeuble à Damas.", "Israel"),
    ("en", "On Monday drones launched by Russia were shot down over Odesa.", "Russia"),
]
WAYS = [
    ("fr", "Le convoi humanitaire est passé par la Pologne mardi.", "Poland"),
    ("fr", "Le convoi humanitaire a transité par la Pologne.", "Poland"),
    ("en", "The aid convoy passed by Lviv on Tuesday.", "Lviv"),
]


@pytest.mark.parametrize(("language", "text", "agent"), AGENTS)
def test_a_passive_agent_is_no_place(pipe, language, text, agent):
    assert agent not in _places(pipe, text, language)


@pytest.mark.parametrize(("language", "text", "place"), WAYS)
def test_the_way_something_went_is_a_place(pipe, language, text, place):
    assert place in _places(pipe, text, language)


# (language, text, the attacker, a party that is not): who fired what was intercepted or what hit
FIRED_BY = [
    ("fr", "Les défenses aériennes israéliennes ont intercepté mardi 500 missiles tirés sur le pays par "
           "l'Iran.", "Iran", "Israel"),
    ("fr", "Mardi, des missiles tirés par l'Iran ont frappé Beer-Sheva, dans le sud d'Israël.", "Iran",
     "Israel"),
    ("en", "Ukraine's air force said on Sunday that its air defence systems shot down 21 attack drones "
           "launched by Russia overnight.", "Russia", "Ukrain"),
    ("en", "On Tuesday missiles fired by Iran hit Beersheba in southern Israel.", "Iran", "Israel"),
]


@pytest.mark.parametrize(("language", "text", "actor", "not_actor"), FIRED_BY)
def test_who_fired_the_weapons_is_the_attacker(analyse, language, text, actor, not_actor):
    events = [e for e in events_of(analyse, text, language) if e.type.endswith("strike")]
    names = [p.name for e in events for p in e.actors]
    assert events and any(actor in n for n in names) and not any(not_actor in n for n in names), names


def test_a_hyphenated_alternate_name_is_a_place(pipe):
    assert "Beersheba" in _places(pipe, "Mardi, un missile a frappé Beer-Sheva, dans le sud d'Israël.", "fr")


# (language, text, the attacker): "it"/"elle" in what a party reports stands for that party
REPORTED_PRONOUNS = [
    ("en", "Israel's military said it carried out an air strike targeting a Hezbollah member in south "
           "Lebanon on Thursday.", "Israel"),
    ("en", "On Monday the Sudanese army said it launched a drone attack on RSF positions near Nyala.",
     "Sudanese"),
    ("fr", "Jeudi, l'armée israélienne a affirmé qu'elle avait mené une frappe aérienne contre un membre du "
           "Hezbollah dans le sud du Liban.", "Israel"),
]


@pytest.mark.parametrize(("language", "text", "actor"), REPORTED_PRONOUNS)
def test_a_reported_pronoun_is_who_reports(analyse, language, text, actor):
    events = [e for e in events_of(analyse, text, language) if e.type.endswith("strike")]
    assert events and all(any(actor in p.name for p in e.actors) for e in events), \
        [(e.type, [p.name for p in e.actors]) for e in events]


# (language, text, the target): a party completing the noun the target preposition marks
COMPLEMENTS = [
    ("fr", "Jeudi, l'armée israélienne a mené une frappe aérienne contre un membre du Hezbollah à Tyr.",
     "Hezbollah"),
    ("fr", "Lundi, les FSR ont lancé une attaque de drones contre des positions de l'armée soudanaise à "
           "El Fasher.", "Sudanese army"),
    ("en", "On Monday the RSF launched a drone attack against positions of the Sudanese army in El Fasher.",
     "Sudanese army"),
]


@pytest.mark.parametrize(("language", "text", "target"), COMPLEMENTS)
def test_a_party_completing_the_attacked_noun_is_a_target(analyse, language, text, target):
    names = [p.name for e in events_of(analyse, text, language) for p in e.targets]
    assert any(target in n for n in names), names


# (language, text, the state whose airspace was entered): the target of an incursion
AIRSPACE = [
    ("fr", "Mardi, l'intrusion d'une vingtaine de drones russes dans l'espace aérien polonais a provoqué la "
           "condamnation des alliés.", "Poland"),
    ("fr", "Mardi, des drones russes ont pénétré dans l'espace aérien de la Roumanie.", "Romania"),
    ("en", "On Sunday Russian drones violated Romania's airspace during an attack on Ukraine.", "Romania"),
    ("en", "On Tuesday about twenty Russian drones entered Polish airspace.", "Poland"),
]


@pytest.mark.parametrize(("language", "text", "target"), AIRSPACE)
def test_the_state_whose_airspace_was_entered_is_the_target(analyse, language, text, target):
    events = [e for e in events_of(analyse, text, language) if e.type.endswith("strike")]
    assert events and any(target == p.name for e in events for p in e.targets), \
        [(e.type, [p.name for p in e.targets]) for e in events]
    assert not any(target == p.name for e in events for p in e.actors)


# an attack the article only attributes to someone is alleged, not reported as fact
ATTRIBUTED = [
    ("fr", "Mardi, sept personnes ont été tuées dans une attaque à la roquette attribuée à l'Iran sur "
           "la ville de Beersheba."),
    ("en", "On Monday an air strike widely attributed to Israel destroyed a building in Damascus."),
]


@pytest.mark.parametrize(("language", "text"), ATTRIBUTED)
def test_an_attributed_attack_is_alleged(analyse, language, text):
    events = [e for e in events_of(analyse, text, language) if e.actors]
    assert events and all(e.status == "alleged" for e in events), [(e.type, e.status) for e in events]
