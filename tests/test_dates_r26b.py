"""Days, times and counts of incidents (round 26, second task): pattern sentences of our own per kind.

1. A toll told after a superlative's record ("its largest drone attack on the region since the start
   of the war, killing three people", "sa plus importante attaque ... depuis le début de la guerre,
   tuant trois personnes") is the act's own: the "since" bounds the record, it totals nothing
   (casualties.running_total, `superlative_adverbs` in lang/*/numbers.yaml). A count bounded by "at
   least" under the same cue stays a running total.
"""

from __future__ import annotations

import pytest
from helpers import events_of

LEDE = {
    "en": "Raids on border regions\n\nAug 20 (Reuters) - Raids on border regions grew this summer, officials "
          "said on Wednesday.\n\n",
    "fr": "Raids sur les régions frontalières\n\n20 août 2025 (AFP) - Les raids se sont multipliés cet été, "
          "ont affirmé mercredi des responsables.\n\n",
}

RECORDS = [
    ("en", "On August 2, Ukraine launched its largest drone attack on the Belgorod region since the start "
     "of the war, killing three people, Russian officials said.", 3),
    ("en", "On August 2, Russian forces carried out the most powerful strike on Sumy since the start of the "
     "invasion, killing 11 people, the mayor said.", 11),
    ("fr", "Le 2 août, l'Ukraine a lancé sa plus importante attaque de drones contre la région de Belgorod "
     "depuis le début de la guerre, tuant trois personnes, selon les autorités russes.", 3),
    ("fr", "Le 2 août, la frappe la plus meurtrière contre Soumy depuis le début de l'invasion a tué onze "
     "personnes, selon le maire.", 11),
]


@pytest.mark.parametrize(("language", "body", "dead"), RECORDS)
def test_a_record_since_the_war_began_keeps_its_toll(analyse, language: str, body: str, dead: int) -> None:
    found = events_of(analyse, LEDE[language] + body, language, "2025-08-20")
    dated = [e for e in found if e.date and e.date.start.isoformat() == "2025-08-02"]
    assert [e.fatalities for e in dated] == [dead], [(e.type, e.date, e.fatalities) for e in found]


TOTALS = [
    ("en", "At least 3,000 civilians have been killed in the Sumy region since the start of the war, "
     "the governor said on Wednesday."),
    ("fr", "Au moins 3 000 civils ont été tués dans la région de Soumy depuis le début de la guerre, a "
     "affirmé mercredi le gouverneur."),
]


@pytest.mark.parametrize(("language", "body"), TOTALS)
def test_a_bounded_count_since_the_war_began_stays_a_total(analyse, language: str, body: str) -> None:
    found = events_of(analyse, LEDE[language] + body, language, "2025-08-20")
    assert all(e.fatalities != 3000 for e in found), [(e.type, e.date, e.fatalities) for e in found]


# 2. Coordinated days that follow one another ("On May 14 and 15", "les 14 et 15 mai", "on Sunday and
#    Monday") are one stretch: one incident over the interval (events_split._consecutive_days); days
#    apart ("les 4 et 15 mai") stay two incidents. A dateline's date in the sentence is no day of the
#    coordination.
LEDE_KHERSON = {
    "en": "Strikes on Kherson\n\nKHERSON, May 20 (Reuters) - The governor gave a toll of the week's "
          "strikes on Wednesday.\n\n",
    "fr": "Frappes sur Kherson\n\nKHERSON, 20 mai 2025 (AFP) - Le gouverneur a dressé mercredi le bilan des "
          "frappes de la semaine.\n\n",
}

CONSECUTIVE = [
    ("en", "On May 14 and 15, Russian drones struck the power grid in Kherson, cutting electricity to much "
     "of the city.", ("2025-05-14", "2025-05-15")),
    ("en", "On Sunday and Monday, Russian drones struck the power grid in Kherson, cutting electricity to "
     "much of the city.", ("2025-05-18", "2025-05-19")),
    ("fr", "Les 14 et 15 mai, des drones russes ont frappé le réseau électrique de Kherson, privant de "
     "courant une grande partie de la ville.", ("2025-05-14", "2025-05-15")),
]


@pytest.mark.parametrize(("language", "body", "days"), CONSECUTIVE)
def test_consecutive_days_are_one_incident(analyse, language: str, body: str, days: tuple[str, str]) -> None:
    found = [e for e in events_of(analyse, LEDE_KHERSON[language] + body, language, "2025-05-20")
             if e.date and not e.date.inferred]
    assert [(e.date.start.isoformat(), e.date.end.isoformat()) for e in found] == [days], \
        [(e.type, e.date) for e in found]


APART = [
    ("fr", "Les 4 et 15 mai, des drones russes ont frappé le réseau électrique de Kherson, privant de "
     "courant une grande partie de la ville."),
    ("en", "On May 4 and 15, Russian drones struck the power grid in Kherson, cutting electricity to much of "
     "the city."),
]


@pytest.mark.parametrize(("language", "body"), APART)
def test_days_apart_stay_two_incidents(analyse, language: str, body: str) -> None:
    found = [e for e in events_of(analyse, LEDE_KHERSON[language] + body, language, "2025-05-20")
             if e.date and not e.date.inferred]
    assert sorted(e.date.start.isoformat() for e in found) == ["2025-05-04", "2025-05-15"], \
        [(e.type, e.date) for e in found]


DATELINED = [
    ("en", "KHERSON, May 20 (Reuters) - On May 14 and 15, Russian drones struck the power grid in Kherson, "
     "cutting electricity to much of the city.", ("2025-05-14", "2025-05-15")),
]


@pytest.mark.parametrize(("language", "body", "days"), DATELINED)
def test_a_dateline_is_no_day_of_the_coordination(analyse, language: str, body: str,
                                                  days: tuple[str, str]) -> None:
    found = [e for e in events_of(analyse, "Strikes on Kherson\n\n" + body, language, "2025-05-20")
             if e.date and not e.date.inferred]
    assert [(e.date.start.isoformat(), e.date.end.isoformat()) for e in found] == [days], \
        [(e.type, e.date) for e in found]


# 3. An act recalled as "<N> weeks after", "a few weeks after", "deux mois après", "quelques semaines
#    après que ..." takes the interval before the act or statement its sentence dates (or, told in
#    the present, "Ces sanctions interviennent ...", before the day of publication), with a lower
#    precision than a day (events_days_after, `days_after` in lang/*/events.yaml).
RECALLED_WEEKS = [
    ("en", "Chad strikes rebel bases\n\nN'DJAMENA, March 20 (Reuters) - Chad's air force bombed rebel "
     "camps in the Tibesti on Thursday, three weeks after gunmen killed 14 soldiers at an army post in "
     "Faya, the army said.", 14, ("2025-02-24", "2025-03-02"), "week"),
    ("fr", "Frappes tchadiennes\n\nN'DJAMENA, 20 mars 2025 (AFP) - L'aviation tchadienne a bombardé "
     "jeudi des camps rebelles dans le Tibesti, trois semaines après que des hommes armés ont tué 14 "
     "soldats dans un poste de l'armée à Faya, a indiqué l'armée.", 14, ("2025-02-24", "2025-03-02"), "week"),
    ("en", "Sanctions\n\nBRUSSELS, March 20 (Reuters) - The new sanctions come a few weeks after Russian "
     "forces shelled a hospital in Kherson, killing four people.", 4, ("2025-02-20", "2025-03-06"), "range"),
    ("fr", "Sanctions\n\nBRUXELLES, 20 mars 2025 (AFP) - Ces sanctions interviennent quelques semaines "
     "après le bombardement d'un hôpital de Kherson par les forces russes, qui a fait quatre morts.", 4,
     ("2025-02-20", "2025-03-06"), "range"),
]


@pytest.mark.parametrize(("language", "text", "dead", "interval", "precision"), RECALLED_WEEKS)
def test_an_act_weeks_before_takes_the_interval(analyse, language: str, text: str, dead: int,
                                                interval: tuple[str, str], precision: str) -> None:
    found = [e for e in events_of(analyse, text, language, "2025-03-20") if e.fatalities == dead]
    assert [(e.date.start.isoformat(), e.date.end.isoformat(), e.date.precision) for e in found if e.date] \
        == [(*interval, precision)], [(e.type, e.date) for e in found]


def test_an_act_months_before_is_dated_to_a_month(analyse) -> None:
    text = ("Sanctions\n\nBRUXELLES, 20 mars 2025 (AFP) - Ces sanctions interviennent deux mois après la "
            "signature d'un accord de cessez-le-feu entre les deux pays.")
    found = [e for e in events_of(analyse, text, "fr", "2025-03-20") if e.date and not e.date.inferred]
    assert [(e.date.start.isoformat(), e.date.end.isoformat(), e.date.precision) for e in found] \
        == [("2025-01-04", "2025-02-03", "month")], [(e.type, e.date) for e in found]


def test_an_act_of_a_later_clause_keeps_the_day_of_its_sentence(analyse) -> None:
    text = ("Chad strikes rebel bases\n\nN'DJAMENA, March 20 (Reuters) - Chad's air force bombed rebel camps "
            "in the Tibesti on Thursday, three weeks after gunmen killed 14 soldiers in Faya, while the "
            "rebels said they had shot down a Chadian helicopter.")
    found = events_of(analyse, text, "en", "2025-03-20")
    assert all(e.date is None or e.date.start.isoformat() == "2025-03-20" for e in found
               if e.fatalities != 14), [(e.type, e.date) for e in found]


# 4. "earlier in the day", "plus tôt dans la journée" counts from the day of the act told before,
#    not from a month recalled in the same sentence ("despite a truce agreed in January"):
#    events_dates._before_previous takes a single day first.
TRUCE_LEDE = {
    "en": "Strike in Syria\n\nDAMASCUS, June 14 (AP) - An Israeli air strike on a truck near the Syrian "
          "town of Quneitra killed two people on Saturday, state media said, despite a truce agreed in "
          "January.\n\n",
    "fr": "Frappe en Syrie\n\nDAMAS, 14 juin 2025 (AFP) - Une frappe aérienne israélienne contre un camion "
          "près de Quneitra a tué deux personnes samedi, selon les médias d'État, malgré une trêve "
          "conclue en janvier.\n\n",
}

EARLIER_THAT_DAY = [
    ("en", "The Israeli army said the strike answered mortar shells fired at the Golan Heights earlier in "
     "the day."),
    ("fr", "Plus tôt dans la journée, des obus de mortier avaient été tirés sur le Golan, selon l'armée "
     "israélienne."),
]


@pytest.mark.parametrize(("language", "body"), EARLIER_THAT_DAY)
def test_earlier_in_the_day_counts_from_the_day(analyse, language: str, body: str) -> None:
    found = [e for e in events_of(analyse, TRUCE_LEDE[language] + body, language, "2025-06-14")
             if e.type != "ceasefire" and e.date]
    assert found and all(e.date.start.isoformat() == "2025-06-14" for e in found), \
        [(e.type, e.date) for e in found]


# 5. The onset of an incident told after its end ("The siege ended on Sunday ... The attack began on
#    Saturday afternoon", "a pris fin dimanche ... L'attaque a commencé samedi après-midi") is that
#    incident, dated from the onset's day to the end's (events_onset.fold_onsets); an onset placed
#    in another town is another act.
ONSETS = [
    ("en", "Hotel siege in Mogadishu\n\nMOGADISHU, March 9 (Reuters) - The siege of a hotel in central "
     "Mogadishu by al Shabaab fighters ended on Sunday after security forces stormed the building, "
     "leaving at least 12 people dead, police said.\n\nThe attack began on Saturday afternoon when a "
     "suicide bomber detonated a car at the hotel gate, a police officer said."),
    ("fr", "Prise d'otages au Mali\n\nBAMAKO, 9 mars 2025 (AFP) - La prise d'otages dans un hôtel de Gao par "
     "des jihadistes a pris fin dimanche après un assaut des forces spéciales, selon les autorités.\n\n"
     "L'attaque a commencé samedi après-midi lorsque des hommes armés ont ouvert le feu sur les clients, a "
     "précisé un responsable local."),
]


@pytest.mark.parametrize(("language", "text"), ONSETS)
def test_an_onset_told_after_the_end_is_one_incident(analyse, language: str, text: str) -> None:
    found = [e for e in events_of(analyse, text, language, "2025-03-09") if e.date and not e.date.inferred]
    assert [(e.date.start.isoformat(), e.date.end.isoformat()) for e in found] \
        == [("2025-03-08", "2025-03-09")], [(e.type, e.date) for e in found]


def test_an_onset_in_another_town_is_another_act(analyse) -> None:
    text = ("Deux attaques\n\nBAMAKO, 9 mars 2025 (AFP) - Des jihadistes ont attaqué dimanche un poste "
            "militaire à Kidal, tuant douze soldats, selon l'armée.\n\nL'attaque a commencé jeudi contre "
            "un convoi près de Gao, selon un élu.")
    found = [e for e in events_of(analyse, text, "fr", "2025-03-09") if e.date and not e.date.inferred]
    assert sorted((e.date.start.isoformat(), e.date.end.isoformat()) for e in found) \
        == [("2025-03-06", "2025-03-06"), ("2025-03-09", "2025-03-09")], [(e.type, e.date) for e in found]


# 6. A live blog tells each entry's story under its own stamp, newest first: a toll updated in an
#    entry above another town's strike is that entry's town's, not the strike's told below it
#    (events_entries.entry_sentences, drafts._other_entry both ways).
LIVE_TOLLS = [
    ("fr", "EN DIRECT - Guerre en Ukraine : une nuit d'attaques de drones sur Kherson et Mykolaïv\n\n"
     "Publié le 12/09/2025 à 06h05, mis à jour à 12h10\n\n"
     "12h10 - Le bilan de l'attaque sur Mykolaïv s'alourdit à trois morts, annonce le gouverneur de la "
     "région. Sept personnes ont été blessées, dont un adolescent.\n\n"
     "09h45 - À Kherson, des drones russes ont touché un immeuble vers 3 heures du matin, a écrit le maire "
     "sur Telegram. Une femme a été tuée et deux personnes blessées dans le quartier de Dniprovskyi, selon "
     "le parquet régional.\n\n"
     "06h05 - Bonjour et bienvenue dans ce direct. La Russie a lancé dans la nuit de jeudi à vendredi 60 "
     "drones contre l'Ukraine, selon l'armée de l'air ukrainienne."),
    ("en", "LIVE - Ukraine war: a night of drone attacks on Kherson and Mykolaiv\n\n"
     "Published 12/09/2025 at 06:05, updated at 12:10\n\n"
     "12:10 - The death toll from the attack on Mykolaiv has risen to three, the regional governor said. "
     "Seven people were injured, including a teenager.\n\n"
     "09:45 - In Kherson, Russian drones hit an apartment building at around 3 a.m., the mayor wrote on "
     "Telegram. A woman was killed and two people were injured in the Dniprovskyi district, regional "
     "prosecutors said.\n\n"
     "06:05 - Good morning and welcome to our live coverage. Russia launched 60 drones at Ukraine overnight "
     "from Thursday to Friday, the Ukrainian air force said."),
]


@pytest.mark.parametrize(("language", "text"), LIVE_TOLLS)
def test_a_live_entry_keeps_its_own_toll(analyse, language: str, text: str) -> None:
    found = events_of(analyse, text, language, "2025-09-12")
    tolls = {e.location.name: (e.fatalities, e.injured) for e in found if e.location and e.fatalities}
    assert tolls == {"Mykolayiv": (3, 7), "Kherson": (1, 2)}, \
        [(e.type, e.location, e.fatalities) for e in found]
