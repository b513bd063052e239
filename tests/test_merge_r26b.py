"""Round 26, second task (which incidents exist): pattern sentences of kinds the lead's probe showed.

- a violent act a party is planning is a prospect even when the tagger reads the verb as a noun
  ('who was "planning attacks"': `expectation_verbs` forms, qualifiers.expected, prospects);
- an act told as what keeps happening over a period ("has repeatedly attacked X this year") has no
  day of its own in the day of a dateline with no place ("June 2 (Reuters) - ", read/datelines.py);
- prisoners freed by attackers (the subject an assailant noun, or the verb coordinated with the
  attack's) are part of their attack, no prisoner release (extract/events_jailbreak.py).
"""

from __future__ import annotations

import pytest
from helpers import events_of

from newsevents.read.datelines import datelines

PLANNED = [
    ("en", 'Strike in Yemen\n\nSANAA, March 22 (AP) - The coalition said it had targeted a rebel commander '
     'who was "planning attacks against civilians".'),
    ("en", 'Arrest in Mombasa\n\nMOMBASA, March 22 (AP) - Police said the suspect was "planning attacks '
     'against tourists" in the port city.'),
    ("en", "Arrest in Mombasa\n\nMOMBASA, March 22 (AP) - Police said the cell had been plotting bombings "
     "against hotels in the port city."),
    ("fr", "Arrestation à Mombasa\n\nMOMBASA, 22 mars (AFP) - Selon la police, le suspect « préparait des "
     "attentats contre des touristes » dans la ville portuaire."),
]


@pytest.mark.parametrize(("language", "text"), PLANNED)
def test_an_act_being_planned_is_no_incident(analyse, language: str, text: str) -> None:
    found = [e for e in events_of(analyse, text, language, "2025-03-22") if e.type != "arrest"]
    assert not found, [(e.type, e.trigger) for e in found]


TRENDS = [
    ("en", "Explainer: drones over the capital\n\nJune 2 (Reuters) - Russia has repeatedly attacked Kyiv "
     "with long-range drones this year, forcing the closure of schools."),
    ("fr", "Décryptage : les drones au-dessus de la capitale\n\n2 juin (AFP) - La Russie a attaqué à "
     "plusieurs reprises Kiev avec des drones depuis le début de l'année, forçant la fermeture d'écoles."),
]


@pytest.mark.parametrize(("language", "text"), TRENDS)
def test_a_habit_dated_by_a_bare_dateline_is_no_incident(analyse, language: str, text: str) -> None:
    found = events_of(analyse, text, language, "2025-06-02")
    assert not found, [(e.type, e.trigger, e.date) for e in found]


@pytest.mark.parametrize(("line", "dateline"), [
    ("June 2 (Reuters) - Russia has repeatedly attacked Kyiv.", "June 2 (Reuters) - "),
    ("March 3, 2025 (AP) - The army said.", "March 3, 2025 (AP) - "),
    ("2 juin (AFP) - La Russie a attaqué Kiev.", "2 juin (AFP) - "),
    ("12 soldats ont été tués - selon l'armée.", None),
])
def test_a_dateline_with_no_place(line: str, dateline: str | None) -> None:
    found = [m.group(0) for m in datelines(line)]
    assert found == ([dateline] if dateline else [])


def test_a_day_of_its_own_keeps_a_habit_of_that_day(analyse) -> None:
    """Under a bare dateline, a stated day of the act is still the act's own."""
    text = ("Drones over the capital\n\nJune 2 (Reuters) - Russian drones repeatedly struck Kyiv on "
            "Sunday night, killing three people, officials said.")
    found = events_of(analyse, text, "en", "2025-06-02")
    assert [e.type for e in found] == ["drone_strike"], [(e.type, e.trigger) for e in found]


JAILBREAKS = [
    ("fr", "Attaque au Niger\n\nNIAMEY, 4 mars 2025 (AFP) - Des hommes armés ont attaqué lundi la ville de "
     "Téra, tuant quatre soldats.\n\nLes assaillants ont libéré une centaine de détenus de la prison de la "
     "ville."),
    ("fr", "Attaque au Mali\n\nBAMAKO, 4 mars 2025 (AFP) - Des combattants jihadistes ont attaqué lundi la "
     "ville de Koutiala, tuant six soldats.\n\nLes assaillants ont incendié la gendarmerie et libéré plus de "
     "200 prisonniers de la maison d'arrêt de la ville, selon une source sécuritaire."),
    ("en", "Attack in Niger\n\nNIAMEY, March 4, 2025 (Reuters) - Gunmen attacked the town of Tera on Monday, "
     "killing four soldiers.\n\nThe attackers freed about 100 prisoners from the town jail."),
    # the release verb coordinated with the raid's
    ("en", "Raid in Nigeria\n\nABUJA, March 4, 2025 (Reuters) - Bandits stormed the prison in Kontagora on "
     "Monday and freed more than 200 prisoners, police said."),
]


@pytest.mark.parametrize(("language", "text"), JAILBREAKS)
def test_prisoners_freed_by_attackers_are_no_release(analyse, language: str, text: str) -> None:
    types = sorted(e.type for e in events_of(analyse, text, language, "2025-03-04"))
    assert "prisoner_exchange" not in types and types, types


RELEASES = [
    ("fr", "L'armée soudanaise a libéré lundi 40 prisonniers des Forces de soutien rapide à Omdurman, selon "
     "le CICR."),
    ("en", "Israel freed 90 Palestinian prisoners from Ofer prison on Sunday under the truce deal."),
]


@pytest.mark.parametrize(("language", "text"), RELEASES)
def test_a_captor_release_stays_one(analyse, language: str, text: str) -> None:
    types = [e.type for e in events_of(analyse, text, language, "2025-03-04")]
    assert "prisoner_exchange" in types, types


# A toll counted from a month on ("since January": weeks or more) is a tally; a campaign told through
# the use of a weapon ("used drones to attack ... over ten months") is a campaign (events_aims).
CAMPAIGNS = [
    ("fr", "Soudan : nouvelle attaque près d'El-Obeid\n\nKHARTOUM, 18 mars 2025 (AFP) - Six soldats "
     "soudanais "
     "ont été tués mercredi dans une embuscade tendue par les Forces de soutien rapide près d'El-Obeid, a "
     "indiqué l'armée.\n\nDepuis janvier, les combats ont tué plus de 300 personnes dans le Kordofan, selon "
     "l'ONU.", 1),
    ("en", "Sudan: soldiers killed near El-Obeid\n\nKHARTOUM, March 18 (Reuters) - Six Sudanese soldiers "
     "were "
     "killed on Wednesday in an ambush by the Rapid Support Forces near El-Obeid, the army said.\n\nSince "
     "January, fighting between the army and the RSF has killed more than 300 people in Kordofan, according "
     "to the United Nations.", 1),
    ("en", "UN commission publishes report on Gaza\n\nGENEVA, May 28 (Reuters) - Israeli forces used "
     "artillery "
     "to systematically shell displacement camps in southern Gaza over six months, a UN"
     " commission of inquiry "
     "said on Wednesday.", 0),
    ("fr", "Rapport de l'ONU sur les camps\n\nGENÈVE, 28 mai 2025 (AFP) - Les forces russes ont utilisé des "
     "drones pour attaquer systématiquement des civils dans la région de Kherson pendant dix mois, a affirmé "
     "mercredi une commission d'enquête de l'ONU.", 0),
]


@pytest.mark.parametrize(("language", "text", "count"), CAMPAIGNS)
def test_a_tally_or_campaign_over_months_is_no_incident(analyse, language: str, text: str,
                                                         count: int) -> None:
    found = events_of(analyse, text, language, "2025-03-18")
    assert len(found) == count, [(e.type, e.trigger, e.date) for e in found]


# A truce named as the frame of another act ("under the truce agreement", "dans le cadre de l'accord
# de cessez-le-feu") is in force, no new ceasefire (`standing_heads`, `standing_carriers`).
FRAMES = [
    ("en", "Russia and Ukraine swap prisoners\n\nKYIV, June 10 (Reuters) - Russia and Ukraine exchanged 84 "
     "prisoners of war each on Tuesday in the third swap under the energy truce agreement,"
     " Ukrainian officials "
     "said."),
    ("fr", "Échange de prisonniers entre Moscou et Kiev\n\nKIEV, 10 juin 2025 (AFP) - La Russie et l'Ukraine "
     "ont échangé mardi 84 prisonniers de guerre chacune, dans le cadre de l'accord de cessez-le-feu, ont "
     "indiqué des responsables ukrainiens."),
]


@pytest.mark.parametrize(("language", "text"), FRAMES)
def test_a_truce_named_as_a_frame_is_no_ceasefire(analyse, language: str, text: str) -> None:
    types = [e.type for e in events_of(analyse, text, language, "2025-06-10")]
    assert types == ["prisoner_exchange"], types


def test_an_attack_told_again_by_the_day_it_began_is_the_one_told(analyse) -> None:
    """A siege ended on Sunday, then "L'attaque a commencé samedi soir": the start of the incident
    told, not another one (extract/events_onset.py, dated over both days)."""
    text = ("Somalie : l'assaut contre un hôtel de Beledweyne a fait 12 morts\n\nMOGADISCIO, 9 juin 2025 "
            "(AFP) - L'assaut de combattants shebab contre un hôtel de Beledweyne, dans le centre de la "
            "Somalie, a pris fin dimanche après une nuit de combats, faisant au moins douze morts, a "
            "annoncé la police.\n\n"
            "L'attaque a commencé samedi soir lorsque des hommes armés ont pris d'assaut le bâtiment, "
            "a précisé un responsable local.")
    found = events_of(analyse, text, "fr", "2025-06-09")
    assert len(found) == 1, [(e.type, e.trigger, e.date) for e in found]
    assert found[0].fatalities == 12


def test_an_attack_begun_days_before_is_another(analyse) -> None:
    """A start a week before the day told is no start of that day's incident."""
    text = ("Somalie : l'assaut contre un hôtel de Beledweyne a fait 12 morts\n\nMOGADISCIO, 9 juin 2025 "
            "(AFP) - L'assaut de combattants shebab contre un hôtel de Beledweyne, dans le centre de la "
            "Somalie, a pris fin dimanche après une nuit de combats, faisant au moins douze morts, a "
            "annoncé la police.\n\n"
            "L'attaque a commencé le 1er juin lorsque des hommes armés ont pris d'assaut le bâtiment, "
            "a précisé un responsable local.")
    found = events_of(analyse, text, "fr", "2025-06-09")
    assert len(found) == 2, [(e.type, e.trigger, e.date) for e in found]
