"""Which incidents exist, round 29, second task (`merge`): pattern sentences of our own.

1. A looting told in a statement with neither day nor place of its own, after the shooting of a
   protest ("the government said gangs had looted shops"), is part of that incident, no riot of its
   own; another source's toll told after it ("A rights group put the death toll at twelve") is a
   figure of that incident, not the toll of a new one (extract/events_split.py `_earlier_attack`).
2. One state's measures against another told in one sentence ("recalling its ambassador ... and
   expelling the Malian ambassador") are one incident, and a headline telling one of them ("expels
   envoy") is that incident (extract/drafts_modes.py).
3. Killed or wounded by a bare "mine" ("three soldiers were wounded by a mine", "blessés par une
   mine") is an explosion; a mine collapse is none (lang/<code>/events.yaml, `mine_works`).
4. An attack on civilians named by their kind ("an attack on tourists", "ont attaqué des fidèles",
   "attacked passengers") is an attack on civilians, no clash (events_typing.civilians_attacked;
   `victim_kinds` of lang/<code>/events.yaml). Rounds fired at protesters, the rounds named before
   the target ("fired live rounds at protesters", "a tiré à balles réelles sur des manifestants"), are
   an incident (`fire ... at`, `tirer ... sur` with the rounds as context words).
5. The crew taken after the attack on their ship ("accused the pirates of kidnapping the crew"), with
   no day, toll or victim of its own, is that attack, no abduction of its own (extract/events_crew.py,
   `crew_nouns`).
6. Crewed jets shot down ("its air defence had shot down two fighter jets", "avait abattu deux avions
   de chasse", a headline's "two jets downed") are an incident of their own, not the interception of
   the other side's strike; drones shot down still join their strike (extract/events_crash.py
   `_crews_downed`, events_typing.downed_type).
"""

from __future__ import annotations

import pytest

# (language, published, text)
PROTEST_TOLLS = [
    ("en", "2025-10-02",
     "Madagascar unrest: nine dead as police fire on crowds\n\n"
     "ANTANANARIVO, Oct. 2 (AFP) - At least nine people were killed on Wednesday when police fired live "
     "ammunition at protesters in Antananarivo, the Red Cross said.\n\n"
     "Thousands of students marched through the capital to denounce water and power cuts.\n\n"
     "The government said the security forces had shown restraint and that gangs had looted shops. "
     "A local rights group put the death toll at twelve.\n"),
    ("fr", "2025-10-02",
     "Togo : six morts lors de la répression des manifestations\n\n"
     "LOMÉ, 2 octobre (AFP) - Au moins six personnes ont été tuées mercredi lorsque la police a tiré à "
     "balles réelles sur des manifestants à Lomé, selon un collectif d'avocats.\n\n"
     "Des milliers de jeunes ont défilé dans la capitale contre la réforme constitutionnelle.\n\n"
     "Le gouvernement a affirmé que des casseurs avaient pillé des commerces. Une organisation de "
     "défense des droits humains a fait état de dix morts.\n"),
]


@pytest.mark.parametrize(("language", "published", "text"), PROTEST_TOLLS)
def test_a_later_looting_and_another_sources_toll_make_no_second_incident(analyse, language, published,
                                                                           text):
    events = analyse(text, language, published).events
    assert len(events) == 1, [(e.type, e.summary, e.fatalities) for e in events]
    assert events[0].type == "attack_on_civilians"


# (language, published, text): a looting with a place of its own stays apart
PLACED_LOOTINGS = [
    ("en", "2025-10-02",
     "At least nine people were killed on Wednesday when police fired live ammunition at protesters in "
     "Antananarivo, the Red Cross said.\n\nThousands of students marched through the capital to denounce "
     "water and power cuts. Schools were closed.\n\n"
     "The government said gangs had looted shops in Toamasina.\n"),
]


@pytest.mark.parametrize(("language", "published", "text"), PLACED_LOOTINGS)
def test_a_looting_with_a_place_of_its_own_stays(analyse, language, published, text):
    events = analyse(text, language, published).events
    assert [e.type for e in events] == ["attack_on_civilians", "protest"], \
        [(e.type, e.summary) for e in events]


# (language, published, text)
COORDINATED_MEASURES = [
    ("en", "2025-04-08",
     "Algeria expels Malian envoy after drone downing\n\n"
     "ALGIERS, April 8 (Reuters) - Algeria said on Tuesday it was recalling its ambassador from Mali and "
     "expelling the Malian ambassador in Algiers, a day after its army shot down a drone near the "
     "border town of Tinzaouaten.\n"),
    ("fr", "2025-04-08",
     "Le Mali expulse l'ambassadeur algérien\n\n"
     "BAMAKO, 8 avril (AFP) - Le Mali a annoncé mardi rappeler son ambassadeur en Algérie et expulser "
     "l'ambassadeur algérien à Bamako, après la destruction d'un drone malien près de la frontière.\n"),
]


@pytest.mark.parametrize(("language", "published", "text"), COORDINATED_MEASURES)
def test_one_sentences_diplomatic_measures_are_one_incident_with_the_headline(analyse, language,
                                                                               published, text):
    events = analyse(text, language, published).events
    assert len([e for e in events if e.type == "diplomatic_protest"]) == 1, \
        [(e.type, e.summary) for e in events]


# (language, published, text): a summons and a recall told apart stay two acts
SEPARATE_MEASURES = [
    ("en", "2025-04-08",
     "Algeria summoned the French ambassador on Monday. On Tuesday, it recalled its own ambassador from "
     "Paris.\n"),
]


@pytest.mark.parametrize(("language", "published", "text"), SEPARATE_MEASURES)
def test_measures_told_apart_stay_two(analyse, language, published, text):
    events = analyse(text, language, published).events
    assert len([e for e in events if e.type == "diplomatic_protest"]) == 2, \
        [(e.type, e.summary) for e in events]


# 3. (language, published, text): killed or wounded by a bare "mine" with a day of its own
MINE_BLASTS = [
    ("en", "2025-05-07", "On May 1, three Colombian soldiers were wounded by a mine in the same area."),
    ("en", "2025-05-07", "Two deminers were killed by a mine near Tibu on Saturday, the army said."),
    ("fr", "2025-05-07", "Le 1er mai, trois soldats ont été blessés par une mine dans la même zone."),
    ("fr", "2025-05-07", "Samedi, deux bergers ont été tués par une mine près de la frontière."),
]


@pytest.mark.parametrize(("language", "published", "text"), MINE_BLASTS)
def test_killed_or_wounded_by_a_mine_is_an_explosion(analyse, language, published, text):
    events = analyse(text, language, published).events
    assert [e.type for e in events] == ["explosion"], [(e.type, e.summary) for e in events]
    assert events[0].fatalities or events[0].injured


# (language, published, text): a mine that is a pit, no weapon
MINE_WORKS = [
    ("en", "2025-05-07", "On May 1, twelve workers were killed by a gold mine collapse in the same area."),
    ("en", "2025-05-07", "On May 1, six miners were injured by a mine collapse in Kolwezi."),
    ("fr", "2025-05-07", "Le 1er mai, douze ouvriers ont été tués par l'effondrement d'une mine d'or."),
]


@pytest.mark.parametrize(("language", "published", "text"), MINE_WORKS)
def test_a_mine_collapse_is_no_explosion(analyse, language, published, text):
    events = analyse(text, language, published).events
    assert not [e for e in events if e.type == "explosion"], [(e.type, e.summary) for e in events]


# 4. (language, published, text): an attack on civilians named by their kind
ATTACKS_ON_CIVILIAN_KINDS = [
    ("en", "2025-05-07", "The army launched an offensive in the north on Monday, a week after an attack on "
                         "tourists in Kaduna killed 14 people."),
    ("en", "2025-05-07", "Gunmen attacked worshippers at a mosque in Kaduna on Friday, witnesses said."),
    ("en", "2025-05-07", "Bandits attacked passengers on the Abuja highway on Friday, police said."),
    ("fr", "2025-05-07", "Des hommes armés ont attaqué des touristes dans un hôtel de Mopti vendredi."),
    ("fr", "2025-05-07", "L'armée a lancé une offensive lundi dans le nord, une semaine après une attaque "
                         "contre des touristes à Mopti qui a fait 14 morts."),
]


@pytest.mark.parametrize(("language", "published", "text"), ATTACKS_ON_CIVILIAN_KINDS)
def test_an_attack_on_civilians_by_their_kind_is_an_attack_on_civilians(analyse, language, published, text):
    events = analyse(text, language, published).events
    attacks = [e for e in events if e.fatalities == 14] if "offensive" in text else events
    assert [e.type for e in attacks] == ["attack_on_civilians"], [(e.type, e.summary) for e in events]


# (language, published, text): an attack on a side's men stays a clash
ATTACKS_ON_COMBATANTS = [
    ("en", "2025-05-07", "Gunmen attacked soldiers at a checkpoint in Kaduna on Friday, the army said."),
    ("fr", "2025-05-07", "Des hommes armés ont attaqué des soldats à un poste de contrôle près de Mopti "
                         "vendredi."),
]


@pytest.mark.parametrize(("language", "published", "text"), ATTACKS_ON_COMBATANTS)
def test_an_attack_on_soldiers_stays_a_clash(analyse, language, published, text):
    events = analyse(text, language, published).events
    assert [e.type for e in events] == ["armed_clash"], [(e.type, e.summary) for e in events]


# 5. (language, published, text): the crew taken of the ship the story tells attacked
CREW_TAKEN = [
    ("en", "2025-03-04",
     "Pirates attack tanker off Somalia, crew missing\n\n"
     "MOGADISHU, March 4 (AP) — Armed pirates attacked the Maltese-flagged tanker Blue Horizon off the "
     "Somali coast on Tuesday, killing one sailor, the ship's operator said.\n\n"
     "Several crew members were taken ashore by the attackers, according to the EU naval force. The "
     "Indian Navy in Mumbai accused the pirates of kidnapping the crew.\n"),
    ("fr", "2025-03-04",
     "Des pirates attaquent un pétrolier au large de la Somalie\n\n"
     "MOGADISCIO, 4 mars (AFP) - Des pirates armés ont attaqué mardi le pétrolier Blue Horizon au large "
     "des côtes somaliennes, tuant un marin, selon l'armateur.\n\n"
     "Plusieurs membres d'équipage ont été emmenés à terre par les assaillants, selon la force navale "
     "européenne. La marine indienne à Bombay a accusé les pirates d'avoir enlevé l'équipage.\n"),
]


@pytest.mark.parametrize(("language", "published", "text"), CREW_TAKEN)
def test_the_crew_taken_after_the_attack_on_their_ship_is_that_attack(analyse, language, published, text):
    events = analyse(text, language, published).events
    assert len(events) == 1, [(e.type, e.summary) for e in events]
    assert events[0].fatalities == 1


# (language, published, text): a crew taken on a day of its own is another incident
OTHER_CREWS = [
    ("en", "2025-03-07",
     "Armed pirates attacked the tanker Blue Horizon off the Somali coast on Tuesday, killing one sailor. "
     "On Thursday, gunmen kidnapped the crew of a fishing dhow near Eyl, local officials said.\n"),
]


@pytest.mark.parametrize(("language", "published", "text"), OTHER_CREWS)
def test_a_crew_taken_on_a_day_of_its_own_stays(analyse, language, published, text):
    events = analyse(text, language, published).events
    assert len(events) == 2, [(e.type, e.summary) for e in events]


# 6. (language, published, text): crewed jets shot down, told after the other side's strike
JETS_DOWNED = [
    ("en", "2025-05-07",
     "Armenia strikes Azerbaijani positions, Baku says two jets downed\n\n"
     "YEREVAN, May 7 (Reuters) - Armenia said it struck military positions in Azerbaijan early on "
     "Wednesday with missiles, destroying an ammunition depot near Shamkir.\n\n"
     "Azerbaijan's defence ministry said 12 soldiers were killed. It said its air defence had shot down "
     "two Armenian fighter jets.\n"),
    ("fr", "2025-05-07",
     "EREVAN, 7 mai (AFP) - L'Arménie a frappé mercredi à l'aube des positions militaires en Azerbaïdjan "
     "avec des missiles, détruisant un dépôt de munitions près de Chamkir.\n\n"
     "Le ministère azerbaïdjanais de la Défense a fait état de douze soldats tués. Il a ajouté que sa "
     "défense aérienne avait abattu deux avions de chasse arméniens.\n"),
]


@pytest.mark.parametrize(("language", "published", "text"), JETS_DOWNED)
def test_crewed_jets_shot_down_are_an_incident_of_their_own(analyse, language, published, text):
    events = analyse(text, language, published).events
    told = [(e.type, e.summary) for e in events]
    assert sorted(e.type for e in events) == ["missile_strike", "other"], told
    assert [e for e in events if e.type == "other" and "fighter jet" in e.summary], told


# (language, published, text): drones shot down still join the strike they carry
DRONES_DOWNED = [
    ("en", "2025-05-07",
     "Russia launched a drone attack on Kharkiv overnight, killing two people, the governor said. Air "
     "defences shot down 40 drones over the region, the air force said.\n"),
]


@pytest.mark.parametrize(("language", "published", "text"), DRONES_DOWNED)
def test_drones_shot_down_join_their_strike(analyse, language, published, text):
    events = analyse(text, language, published).events
    assert [e.type for e in events] == ["drone_strike"], [(e.type, e.summary) for e in events]


# 4b. (language, published, text): police firing rounds at protesters, the rounds named before the target
SHOOTINGS_AT_PROTESTERS = [
    ("en", "2025-10-02", "Police fired live rounds at protesters in Antananarivo on Wednesday."),
    ("en", "2025-10-02", "Soldiers fired live ammunition at demonstrators in Lomé on Wednesday, killing "
                         "three people."),
    ("fr", "2025-10-02", "La police a tiré à balles réelles sur des manifestants mercredi à Lomé."),
]


@pytest.mark.parametrize(("language", "published", "text"), SHOOTINGS_AT_PROTESTERS)
def test_rounds_fired_at_protesters_are_an_incident(analyse, language, published, text):
    events = analyse(text, language, published).events
    assert len(events) == 1 and events[0].type in ("armed_clash", "attack_on_civilians"), \
        [(e.type, e.summary) for e in events]
