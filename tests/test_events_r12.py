"""Round 12 of the incidents: an answer told with no day of its own takes the day of the act it
answers (drafts.answered_day); an act said to be frequent ("les échanges de tirs sont fréquents")
is a habit (qualifiers._habitual_predicate); talks or a truce told as what failed ("since peace
talks collapsed in January") are no meeting or pact (qualifiers.failed); a headline's
present-tense act joins the lead's dated incident. Sentences written from general patterns
(stories not in news-dev), French and English; each runs the whole pipeline (`analyse`,
published Saturday 2025-11-15: "mardi"/"Tuesday" is the 11th, "jeudi"/"Thursday" the 13th)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers import events_of

TUESDAY = date(2025, 11, 11)
THURSDAY = date(2025, 11, 13)

# an undated answer in the next sentence: the answered act's day, not the publication's
ANSWERS = [
    ("fr", "L'armée indienne a bombardé mardi soir des positions pakistanaises le long de la ligne de "
           "contrôle, selon Islamabad. Le Pakistan a riposté en tirant des obus de mortier, a indiqué un "
           "responsable.", "Pakistan"),
    ("fr", "Des combattants du M23 ont attaqué mardi un camp de l'armée congolaise près de Sake. L'armée a "
           "répliqué en bombardant leurs positions.", None),
    ("en", "Cambodian troops shelled a Thai border post near Surin on Tuesday. Thailand responded by "
           "firing artillery at Cambodian positions, a Thai army spokesman said.", "Thai"),
]


# (None: the gerund the parser reads as a noun, "en bombardant", gets no actor yet: fields' work)
@pytest.mark.parametrize(("language", "text", "actor"), ANSWERS)
def test_an_undated_answer_takes_the_day_of_the_act_it_answers(analyse, language, text, actor):
    found = events_of(analyse, text, language)
    answer = [e for e in found if (actor is None or any(actor in a.name for a in e.actors))
              and e.date is not None and e.date.start == TUESDAY]
    assert len(found) == 2 and answer, [(e.type, e.date, [a.name for a in e.actors]) for e in found]
    assert all(e.date is not None and e.date.start == TUESDAY for e in found), \
        [(e.type, e.date) for e in found]


# an act said to be frequent is a habit, not an occurrence (no day of its own)
HABITS = [
    ("fr", "La frontière entre la Thaïlande et le Cambodge reste tendue. Les échanges de tirs y sont "
           "fréquents depuis des mois."),
    ("fr", "Dans le nord du Mozambique, les attaques d'insurgés contre les villages sont devenues monnaie "
           "courante."),
    ("en", "The border remains tense. Exchanges of fire are frequent there and shelling is common."),
    ("en", "Gang attacks on police stations have become routine in Port-au-Prince."),
]


@pytest.mark.parametrize(("language", "text"), HABITS)
def test_an_act_said_to_be_frequent_is_no_incident(analyse, language, text):
    found = events_of(analyse, text, language)
    assert not found, [(e.type, e.date) for e in found]


# the same sentence after a dated exchange: only that exchange
HABIT_AFTER_ACT = [
    ("fr", "Des soldats thaïlandais et cambodgiens ont échangé des tirs jeudi près du temple de Preah "
           "Vihear. Les échanges de tirs sont fréquents dans cette zone frontalière."),
    ("en", "Indian and Pakistani troops exchanged fire near Poonch on Thursday. Such exchanges are "
           "common along the Line of Control."),
]


@pytest.mark.parametrize(("language", "text"), HABIT_AFTER_ACT)
def test_a_habit_after_a_dated_act_adds_nothing(analyse, language, text):
    found = events_of(analyse, text, language)
    assert [e.date.start for e in found if e.date] == [THURSDAY], [(e.type, e.date) for e in found]


# talks or a truce told as what failed: no meeting, no pact
FAILED = [
    ("en", "Fighting has continued since peace talks collapsed in January."),
    ("en", "The ELN has stepped up attacks since talks with the government broke down in January, "
           "according to analysts."),
    ("en", "The truce fell apart last month after the breakdown of talks in Doha."),
    ("fr", "Les combats se poursuivent depuis l'échec des pourparlers de paix en janvier."),
    ("fr", "Les négociations entre Kinshasa et le M23 ont capoté en mars à Luanda."),
]


@pytest.mark.parametrize(("language", "text"), FAILED)
def test_talks_told_as_what_failed_are_no_event(analyse, language, text):
    found = events_of(analyse, text, language)
    assert not [e for e in found if e.type in ("consultation", "ceasefire", "agreement")], \
        [(e.type, e.date) for e in found]


# talks held stay
HELD = [
    ("en", "Thai and Cambodian officials held talks in Kuala Lumpur on Thursday on the border dispute."),
    ("fr", "Des responsables thaïlandais et cambodgiens ont tenu jeudi des pourparlers à Kuala Lumpur."),
]


@pytest.mark.parametrize(("language", "text"), HELD)
def test_talks_held_stay(analyse, language, text):
    found = events_of(analyse, text, language)
    assert [(e.type, e.date.start if e.date else None) for e in found] == [("consultation", THURSDAY)]


# a headline's present-tense act is the lead's dated incident of the same type and place
HEADLINE_ACTS = [
    ("en", "Houthi missile hits Eilat hotel, two wounded\nA missile fired by the Houthis struck a hotel in "
           "Eilat on Thursday, wounding two people, Israeli police said."),
    ("fr", "Un drone frappe le port de Port-Soudan\nUn drone a frappé jeudi un dépôt de carburant dans le "
           "port de Port-Soudan, a indiqué l'armée soudanaise."),
]


@pytest.mark.parametrize(("language", "text"), HEADLINE_ACTS)
def test_a_headline_act_joins_the_dated_lead(analyse, language, text):
    found = events_of(analyse, text, language)
    assert [e.date.start for e in found if e.date] == [THURSDAY], [(e.type, e.date) for e in found]


# a blast told in a clause of sequence ("a day after a soldier was wounded by a landmine") is an
# earlier incident than the strike of the main clause, dated from the day the sentence states
# first (a dateline's day is the filing's, not that day)
SEQUELS = [
    ("en", "BANGKOK, Nov 14 (Reuters) - Thailand's army said on Friday its F-16 jets had struck Cambodian "
           "military positions near the border, a day after a Thai soldier was wounded by a landmine.",
     "explosion", THURSDAY),
    ("en", "ANKARA, Nov 14 (Reuters) - Turkey said on Friday its drones had hit PKK positions near Amadiya, "
           "two days after a roadside bomb wounded three Turkish soldiers.", "explosion", date(2025, 11, 12)),
]


@pytest.mark.parametrize(("language", "text", "kind", "day"), SEQUELS)
def test_a_blast_told_in_a_clause_of_sequence_is_another_incident(analyse, language, text, kind, day):
    found = events_of(analyse, text, language)
    assert len(found) == 2, [(e.type, e.date) for e in found]
    assert [e.date.start for e in found if e.type == kind and e.date] == [day], \
        [(e.type, e.date) for e in found]


# a negative determiner right before the noun, however the parser hangs it: nothing happened
NONE_HELD = [
    ("fr", "Les négociations avec les insurgés ont toujours échoué, et aucun pourparler n'est prévu."),
    ("fr", "Aucune frappe n'a été signalée jeudi dans la province."),
    ("en", "No talks are planned and no ceasefire has been agreed."),
]


@pytest.mark.parametrize(("language", "text"), NONE_HELD)
def test_a_noun_under_a_negative_determiner_is_no_event(analyse, language, text):
    found = events_of(analyse, text, language)
    assert not found, [(e.type, e.date) for e in found]


# an answer named by a noun under the verb of response ("responded with air strikes") is an
# incident, dated by the act it answers even with no participant found
NOUN_ANSWERS = [
    ("en", "NIAMEY, Nov 14 (Reuters) - Jihadist fighters ambushed a Nigerien army convoy near Tillaberi on "
           "Tuesday, killing 12 soldiers, the defence ministry said on Friday.\nThe army responded with air "
           "strikes on militant positions, the ministry said, without giving a toll."),
    ("en", "Jihadist fighters ambushed an army convoy near Tillaberi on Tuesday, killing 12 soldiers. The "
           "army responded with air strikes on militant positions, the ministry said."),
    ("fr", "Des jihadistes ont tendu mardi une embuscade à un convoi militaire près de Tillabéri. L'armée a "
           "répondu par des frappes aériennes sur leurs positions, selon le ministère."),
]


@pytest.mark.parametrize(("language", "text"), NOUN_ANSWERS)
def test_an_answer_told_by_a_noun_is_dated_by_the_act_it_answers(analyse, language, text):
    found = events_of(analyse, text, language)
    assert sorted((e.type, e.date.start if e.date else None) for e in found if e.type == "air_strike") \
        == [("air_strike", TUESDAY)], [(e.type, e.date) for e in found]
    assert len(found) == 2, [(e.type, e.date) for e in found]


# an act someone keeps doing, or a habit dated only by a word of the present: no incident
KEPT_UP = [
    ("en", "Why the Houthis keep firing at Israel"),
    ("fr", "Les rebelles continuent de bombarder la ville de Goma."),
    ("en", "Russia continues its strikes on Ukraine's energy grid."),
    ("fr", "Les attaques de drones sont désormais quotidiennes dans le Darfour, où les paramilitaires "
           "assiègent El-Facher."),
]


@pytest.mark.parametrize(("language", "text"), KEPT_UP)
def test_an_act_kept_up_is_no_incident(analyse, language, text):
    found = events_of(analyse, text, language)
    assert not found, [(e.type, e.date) for e in found]


# ... unless the text gives it a day of its own
KEPT_UP_ON_A_DAY = [
    ("en", "Russian forces continued to shell Kharkiv on Thursday, killing two people."),
    ("fr", "L'armée russe a continué jeudi de bombarder Kharkiv, tuant deux personnes."),
]


@pytest.mark.parametrize(("language", "text"), KEPT_UP_ON_A_DAY)
def test_an_act_kept_up_on_a_day_is_that_days(analyse, language, text):
    found = events_of(analyse, text, language)
    assert [(e.date.start if e.date else None, e.fatalities) for e in found] == [(THURSDAY, 2)]


# a diplomatic answer takes the day of the diplomatic act it answers
DIPLOMATIC_ANSWERS = [
    ("en", "Manila recalls envoy to Beijing over spy case\nMANILA, Nov 14 (Reuters) - The Philippines "
           "recalled its ambassador to China on Thursday, the foreign ministry said.\nBeijing summoned the "
           "Philippine envoy in response and lodged a protest, China's foreign ministry said."),
    ("fr", "Alger a rappelé jeudi son ambassadeur à Paris, a annoncé le ministère algérien des Affaires "
           "étrangères. En réponse, Paris a convoqué le chargé d'affaires algérien."),
]


@pytest.mark.parametrize(("language", "text"), DIPLOMATIC_ANSWERS)
def test_a_diplomatic_answer_takes_the_day_of_the_act_it_answers(analyse, language, text):
    found = events_of(analyse, text, language)
    assert len(found) == 2 and all(e.date is not None and e.date.start == THURSDAY for e in found), \
        [(e.type, e.date) for e in found]


# a year after "depuis"/"since" opens a span running to the present: it governs no later
# sentence's yearless month (newsevents/temporal/resolve.py, rule 2)
SINCE_YEARS = [
    ("fr", "Les paramilitaires, en guerre contre l'armée depuis avril 2023, n'ont rien revendiqué. En mai, "
           "une vague de frappes avait touché l'aéroport.", "mai", date(2025, 5, 1)),
    ("en", "The rebels have fought the army since March 2023. In June, a drone strike hit the airport.",
     "June", date(2025, 6, 1)),
    # a year stated for the narrative still governs ("En avril 2023 ... En mai")
    ("fr", "Les combats ont éclaté en avril 2023. En mai, une vague de frappes a touché l'aéroport.",
     "mai", date(2023, 5, 1)),
]


@pytest.mark.parametrize(("language", "text", "words", "start"), SINCE_YEARS)
def test_a_year_after_since_governs_no_later_sentence(language, text, words, start):
    from newsevents.temporal import find_times

    values = {v.text: v.start for v in find_times(text, language, date(2025, 11, 15))}
    got = next((d for t, d in values.items() if words in t), None)
    assert got == start, values


# a device detonated is an explosion, typed and dated as one
DETONATED = [
    ("en", "Suspected ELN rebels detonated an explosive device under a bridge in Norte de Santander on "
           "Thursday, wounding two police officers."),
    ("en", "A suicide bomber detonated his vest at a checkpoint in Mogadishu on Thursday, killing four "
           "soldiers, police said."),
]


@pytest.mark.parametrize(("language", "text"), DETONATED)
def test_a_device_detonated_is_an_explosion(analyse, language, text):
    found = events_of(analyse, text, language)
    assert [(e.type, e.date.start if e.date else None) for e in found] == [("explosion", THURSDAY)], \
        [(e.type, e.date) for e in found]


# talks or a truce suspended are no meeting or pact that day; one made on a day of its own stays
SUSPENDED = [
    ("en", "The ELN has intensified attacks since the government suspended peace talks in January."),
    ("en", "A landmine blast on Wednesday prompted Bangkok to suspend the truce."),
    ("fr", "Le gouvernement a annoncé jeudi la suspension des négociations avec l'ELN."),
]


@pytest.mark.parametrize(("language", "text"), SUSPENDED)
def test_talks_or_a_truce_suspended_are_no_event(analyse, language, text):
    found = events_of(analyse, text, language)
    assert not [e for e in found if e.type in ("consultation", "ceasefire", "agreement")], \
        [(e.type, e.date) for e in found]


# an undated act in a clause of sequence of a recalled act is recalled too: no news of the day
RECALLED_SEQUELS = [
    ("en", "In July, five days of fighting killed at least 48 people and displaced 300,000 before a "
           "ceasefire brokered by Malaysia took hold.", "ceasefire"),
    ("en", "In March, militants stormed a police post in Kohat before talks with the government resumed.",
     "consultation"),
]


@pytest.mark.parametrize(("language", "text", "kind"), RECALLED_SEQUELS)
def test_an_undated_sequel_of_a_recalled_act_is_no_news(analyse, language, text, kind):
    found = events_of(analyse, text, language)
    assert not [e for e in found if e.type == kind and not e.background], [(e.type, e.date) for e in found]
