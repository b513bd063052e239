"""Round 13 of the incidents, on kinds found in articles of other stories than news-dev: a date right
after a reporting verb that closes the sentence is the statement's even when the parser read the
speakers as objects of the last reported verb (events_dates_refs.trailing_statement_date), so a
participle of the act ("killing 12 farmers") is not split off as an incident of the statement's
day; a clock time in the paragraph after the lead takes the lead's day (temporal.resolve: wire copy
tells the day first and the hour next), not the publication's, so the two paragraphs tell one
incident; a clock opening a paragraph stays a live blog's time stamp. Sentences written from general
patterns, French and English (published Saturday 2025-11-15: "mardi"/"Tuesday" is the 11th)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers import events_of

from newsevents.temporal import find_times

TUESDAY = date(2025, 11, 11)
PUBLISHED = date(2025, 11, 15)


def _summary(found):  # type: ignore[no-untyped-def]
    return [(e.type, e.date, e.fatalities) for e in found]


# the speakers after the participles: the parser reads them as objects, the claim has no speaker
TRAILING_STATEMENT = [
    ("en", "Gunmen raided a village in Zamfara state on Tuesday night, killing at least 12 farmers and "
           "abducting several women, residents and a local official said Thursday.", 12),
    ("en", "Militants stormed a police post in Khyber district on Tuesday, killing four officers and "
           "seizing weapons, villagers and a police source said on Thursday.", 4),
]


@pytest.mark.parametrize(("language", "text", "killed"), TRAILING_STATEMENT)
def test_a_date_after_the_closing_reporting_verb_dates_no_participle(analyse, language, text, killed):
    found = events_of(analyse, text, language)
    assert len(found) == 1, _summary(found)
    assert found[0].date is not None and found[0].date.start == TUESDAY, _summary(found)
    assert found[0].fatalities == killed, _summary(found)


# the day in the lead, the hour in the next paragraph: one incident, the lead's day
LEAD_DAY_THEN_CLOCK = [
    ("fr", "L'armée a bombardé mardi un marché du village de Kalaw, tuant au moins neuf civils, selon des "
           "témoins.\n\nUn avion a largué deux bombes sur le marché vers 11 heures, a raconté un "
           "commerçant."),
    ("fr", "Des avions ont mené mardi une frappe aérienne contre un village de la province de Kachin, tuant "
           "au moins onze personnes, selon des habitants.\n\nUn chasseur a largué deux bombes sur l'école "
           "du village vers 10 heures, a raconté un enseignant."),
    ("en", "Militants attacked an army post near Kidal on Tuesday, killing five soldiers, officials said."
           "\n\nThe attackers arrived on motorbikes at around 6 a.m. and opened fire on the guards, a local "
           "official said."),
]


@pytest.mark.parametrize(("language", "text"), LEAD_DAY_THEN_CLOCK)
def test_a_clock_after_the_lead_takes_the_leads_day(analyse, language, text):
    found = events_of(analyse, text, language)
    assert len(found) == 1, _summary(found)
    assert found[0].date is not None and found[0].date.start == TUESDAY, _summary(found)


@pytest.mark.parametrize(("language", "text", "clock"), [
    ("fr", "Mardi, une frappe a touché Kalaw.\n\nUn avion a largué deux bombes vers 11 heures.", "11 heures"),
    ("en", "On Tuesday, a strike hit Kidal.\n\nA jet dropped two bombs at around 6 a.m.", "6 a.m."),
])
def test_find_times_gives_a_clock_the_day_of_the_paragraph_before(language, text, clock):
    values = {v.text: v for v in find_times(text, language, PUBLISHED)}
    assert clock in values, list(values)
    assert values[clock].start == TUESDAY


@pytest.mark.parametrize(("language", "text", "clock"), [
    ("en", "On Tuesday, a drone hit a market in El Fasher.\n\n10:45 A drone struck a fuel depot in Port "
           "Sudan, the army said.", "10:45"),
    ("fr", "Mardi, un drone a touché un marché à El Fasher.\n\n10h45 Un drone a frappé un dépôt de carburant "
           "à Port-Soudan, selon l'armée.", "10h45"),
])
def test_a_clock_opening_a_paragraph_is_a_time_stamp_of_the_publication_day(language, text, clock):
    values = {v.text: v for v in find_times(text, language, PUBLISHED)}
    assert clock in values, list(values)
    assert values[clock].start == PUBLISHED


# an army reporting its own strike names itself by a pronoun or not at all: the speaker is the doer
SPEAKER_STRIKES = [
    ("en", "The army said on Monday it had struck a weapons depot in Rafah.", "army"),
    ("en", "The Israeli military said it struck Hezbollah positions near Nabatieh on Tuesday.", "Israel"),
    ("en", "The Russian defence ministry said on Tuesday it had struck Ukrainian army positions near "
           "Kupiansk.", "Russia"),
    ("fr", "L'armée a affirmé avoir frappé un dépôt d'armes à Rafah.", "army"),
    ("fr", "L'armée israélienne a indiqué mardi qu'elle avait frappé des positions du Hezbollah près de "
           "Nabatiyé.", "Israel"),
    ("fr", "L'armée israélienne a indiqué qu'un drone s'était abattu sur une base. Elle a affirmé avoir "
           "frappé en représailles des positions du Hezbollah près de Nabatiyé.", "Israel"),
    ("fr", "Les Gardiens de la révolution ont indiqué qu'ils avaient frappé un quartier général "
           "d'espionnage à Erbil mardi.", "Revolution"),
]


@pytest.mark.parametrize(("language", "text", "actor"), SPEAKER_STRIKES)
def test_an_armed_speaker_reporting_its_strike_by_a_pronoun_is_its_doer(analyse, language, text, actor):
    found = [e for e in events_of(analyse, text, language) if e.type == "air_strike"]
    assert len(found) == 1, _summary(events_of(analyse, text, language))
    assert any(actor.lower() in a.name.lower() for a in found[0].actors), [a.name for a in found[0].actors]


# what is struck must be what such reports name; a speaker that is no armed side does not strike
NO_SPEAKER_STRIKE = [
    ("en", "The government said it had struck a deal with the rebels on Tuesday."),
    ("fr", "Le gouvernement a affirmé avoir frappé fort contre la corruption."),
    ("fr", "Le ministère a indiqué qu'il avait frappé à la porte des bailleurs de fonds."),
    ("en", "The union said it had struck a blow for workers' rights."),
]


@pytest.mark.parametrize(("language", "text"), NO_SPEAKER_STRIKE)
def test_a_figurative_strike_of_a_speaker_is_no_incident(analyse, language, text):
    found = events_of(analyse, text, language)
    assert not found, _summary(found)


# "d'avoir violé le cessez-le-feu": the tagger reads "violé" as a noun after "avoir"; the truce named
# there is violated, not made, and a day told in the past infinitive is a past day
@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Le Pakistan a accusé l'Inde d'avoir violé le cessez-le-feu."),
    ("fr", "Le Hezbollah a accusé mardi Israël d'avoir violé le cessez-le-feu en frappant un village près "
           "de Tyr."),
    ("fr", "Le M23 accuse Kinshasa d'avoir violé la trêve."),
])
def test_a_violated_truce_is_no_truce_made(analyse, language, text):
    found = events_of(analyse, text, language)
    assert not any(e.type in ("ceasefire", "agreement") for e in found), _summary(found)


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Bangkok accuse Phnom Penh d'avoir violé le cessez-le-feu mardi soir dans la province de Surin."),
    ("fr", "L'armée thaïlandaise a accusé le Cambodge d'avoir violé mardi la trêve à la frontière."),
    ("en", "Thailand accused Cambodia of violating the ceasefire on Tuesday night in Surin province."),
])
def test_a_violation_told_in_the_past_infinitive_is_an_alleged_clash_that_day(analyse, language, text):
    found = events_of(analyse, text, language)
    clashes = [e for e in found if e.type == "armed_clash"]
    assert len(found) == 1 and clashes, _summary(found)
    assert clashes[0].status == "alleged" and clashes[0].date is not None, _summary(found)
    assert clashes[0].date.start == TUESDAY, _summary(found)


# drones downed over several regions are one wave with no single scene (the towns name regions)
@pytest.mark.parametrize(("language", "text"), [
    ("en", "Russia's defence ministry said on Tuesday that air defences had shot down 41 Ukrainian drones "
           "overnight over the Kursk, Bryansk and Belgorod regions."),
    ("fr", "Le ministère russe de la Défense a affirmé mardi avoir abattu 41 drones ukrainiens dans la nuit "
           "au-dessus des régions de Koursk, Briansk et Belgorod."),
    ("en", "Air defences intercepted 12 drones over Kharkiv and Poltava, the air force said."),
])
def test_interceptions_over_several_regions_are_one_wave(analyse, language, text):
    found = events_of(analyse, text, language)
    assert len(found) == 1, [(e.type, e.location.name if e.location else None) for e in found]


# strikes on towns named as towns still make one incident a town
@pytest.mark.parametrize(("language", "text"), [
    ("en", "Russian missiles struck Kharkiv and Odesa on Tuesday, killing five people."),
    ("fr", "Des missiles russes ont frappé mardi Kharkiv et Odessa."),
])
def test_strikes_on_coordinated_towns_stay_one_a_town(analyse, language, text):
    found = events_of(analyse, text, language)
    assert len(found) == 2, [(e.type, e.location.name if e.location else None) for e in found]


# a definite noun in the next sentence names the act again and places it, whatever place the first
# sentence gave (a border, the country across it)
NAMED_AGAIN = [
    ("en", "Unidentified gunmen opened fire on a police patrol near the border with Serbia on Tuesday night, "
           "wounding an officer. The shooting happened near the village of Jarinje in northern Kosovo.",
           "Kosovo"),
    ("fr", "Des hommes armés ont ouvert le feu mardi sur une patrouille près de la frontière avec le Niger. "
           "La fusillade s'est produite près du village de Koutougou, dans le nord du Burkina Faso.",
           "Burkina"),
    ("en", "Gunmen opened fire on soldiers near the border with Afghanistan on Tuesday. The attack took "
           "place near the town of Chaman.", "Chaman"),
]


@pytest.mark.parametrize(("language", "text", "place"), NAMED_AGAIN)
def test_a_definite_noun_in_the_next_sentence_names_the_act_again(analyse, language, text, place):
    found = events_of(analyse, text, language)
    assert len(found) == 1, [(e.type, e.location.name if e.location else None) for e in found]
    assert found[0].location is not None and place in found[0].location.name, found[0].location
    assert found[0].date is not None and found[0].date.start == TUESDAY



# the next sentence tells when the act announced in a dated statement happened: one incident, its day
RESTATED_DAY = [
    ("fr", "Des frappes aériennes ont tué au moins huit personnes dans la province de Paktika, ont annoncé "
           "jeudi les autorités locales.\n\nLes frappes ont eu lieu dans la nuit de lundi à mardi dans le "
           "district de Barmal, selon la police."),
    ("en", "Air strikes killed at least eight people in Paktika province, local officials said on Thursday."
           "\n\nThe strikes took place on Tuesday night in Barmal district, police said."),
]


@pytest.mark.parametrize(("language", "text"), RESTATED_DAY)
def test_a_definite_mention_dates_the_act_a_dated_statement_told(analyse, language, text):
    found = events_of(analyse, text, language)
    assert len(found) == 1, _summary(found)
    assert found[0].date is not None and found[0].date.start in (date(2025, 11, 10), TUESDAY), _summary(found)
    assert found[0].fatalities == 8


# a base overrun is a clash; a landmark told only as the start of a span takes no scene's date
@pytest.mark.parametrize(("language", "text"), [
    ("en", "In March, the group overran an army base near Mopti, killing dozens of soldiers."),
    ("en", "Insurgents overran a police outpost in the district on Tuesday."),
])
def test_a_base_overrun_is_a_clash(analyse, language, text):
    found = events_of(analyse, text, language)
    assert [e.type for e in found] == ["armed_clash"], _summary(found)


def test_a_town_overrun_by_tourists_is_no_clash(analyse):
    found = events_of(analyse, "Every summer the old town is overrun by tourists.", "en")
    assert not found, _summary(found)


@pytest.mark.parametrize(("language", "text"), [
    ("en", "In 2023, floods destroyed the main bridge. Such attacks have become rarer since the government "
           "offensive began."),
    ("fr", "En 2023, des inondations ont détruit le pont principal. Ces attaques sont devenues plus rares "
           "depuis que l'offensive du gouvernement a commencé."),
])
def test_an_act_told_only_as_the_start_of_a_span_takes_no_scene_date(analyse, language, text):
    found = events_of(analyse, text, language)
    assert not found, _summary(found)


# where a drone or a rocket came from is no scene of its hit ("venu du Liban", "tirées de Gaza")
@pytest.mark.parametrize(("language", "text", "origin"), [
    ("fr", "L'armée israélienne a indiqué mardi qu'un drone venu du Liban s'était abattu sur une base près "
           "de Safed, blessant deux soldats.", "Leban"),
    ("fr", "Des roquettes tirées de Gaza sont tombées mardi sur Sdérot, blessant trois personnes.", "Gaza"),
    ("fr", "Un drone lancé du Yémen a frappé mardi un immeuble à Eilat.", "Yemen"),
])
def test_where_a_weapon_came_from_is_no_scene(analyse, language, text, origin):
    found = events_of(analyse, text, language)
    assert len(found) == 1, _summary(found)
    assert found[0].location is None or origin not in found[0].location.name, found[0].location


# a counter-accusation names another doer: another act, not the first told again
COUNTER_ACCUSATIONS = [
    ("en", "Shells fired by M23 rebels slammed into neighbourhoods of Goma on Tuesday, killing at least "
           "six people, hospital sources said. M23 denied responsibility and accused the Congolese army "
           "of firing on its positions."),
    ("en", "Shells fired by RSF fighters hit a market in El Fasher on Tuesday, killing nine people, medics "
           "said. The RSF denied responsibility and accused the Sudanese army of firing on its positions."),
]


@pytest.mark.parametrize(("language", "text"), COUNTER_ACCUSATIONS)
def test_a_counter_accusation_is_another_act(analyse, language, text):
    found = events_of(analyse, text, language)
    actors = [[a.name for a in e.actors] for e in found]
    assert len(found) == 2, actors
    assert all(len(set(names)) == 1 for names in actors), actors
