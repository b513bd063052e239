""""<N> days after <incident>" in a sentence whose subject names again an act told before ("The move
came two days after an attack on a police post in Mandera", "Ce rappel intervient deux jours après
l'attaque d'un camp militaire"): the incident is N days before that act's day (events_days_after);
it was dated the day of publication. A party as subject ("The army launched an offensive three days
after the attack") names no act told before.
"""

from __future__ import annotations

import pytest
from helpers import events_of

RESUMED = [
    ("en", "Kenya summoned the Somali ambassador on Tuesday. The move came two days after an attack on a "
     "police post in Mandera in which six officers were killed.", "2025-06-01"),
    ("fr", "Le Niger a convoqué mercredi l'ambassadeur du Bénin. Cette convocation intervient deux jours "
     "après l'attaque d'un camp militaire à Tillabéri, au cours de laquelle dix soldats ont été tués.",
     "2025-06-02"),
]


@pytest.mark.parametrize(("language", "text", "day"), RESUMED)
def test_days_after_count_back_from_the_act_named_again(analyse, language, text, day) -> None:
    found = events_of(analyse, text, language, "2025-06-05")
    attacks = [e for e in found if e.type not in ("diplomatic_protest",)]
    assert attacks and str(attacks[0].date.start) == day, [(e.type, e.date) for e in found]


def test_a_party_as_subject_names_no_act_told_before(analyse) -> None:
    text = ("Kenya summoned the Somali ambassador on Tuesday. The army launched an offensive two days after "
            "an attack on a police post in Mandera.")
    found = events_of(analyse, text, "en", "2025-06-05")
    assert not any(e.date is not None and str(e.date.start) == "2025-06-01" for e in found), \
        [(e.type, e.date) for e in found]


# a violent act vowed is a promise, no incident ("a promis de poursuivre l'offensive contre les
# shebab", "vowed to continue its strikes"): extract/vows.py, `vow_verbs` and `vowed_act_verbs`;
# what a vow answers ("vowed to avenge the strike") is untouched
VOWS = [
    ("fr", "Le président a promis de poursuivre l'offensive contre les shebab à Mogadiscio lundi."),
    ("en", "The president vowed on Monday to continue the offensive against al-Shabaab in Mogadishu."),
]


@pytest.mark.parametrize(("language", "text"), VOWS)
def test_an_offensive_vowed_is_no_incident(analyse, language: str, text: str) -> None:
    found = events_of(analyse, text, language, "2025-06-03")
    assert not found, [(e.type, e.date, e.location) for e in found]


# a blast someone set off (a suicide bomber, a car bomb) hosts the claim of responsibility told
# after it, not a later attack noun of the condemnation: the explosion is the attack itself
BOMBING = (
    "Au moins neuf personnes ont été tuées lundi dans l'explosion d'une voiture piégée près d'un poste de "
    "contrôle de l'armée à Kismayo, a indiqué la police.\n\n« Un kamikaze a fait exploser un véhicule chargé "
    "d'explosifs devant le poste », a déclaré un officier.\n\nLes shebab ont revendiqué l'attentat dans un "
    "communiqué, affirmant avoir tué « plus de vingt soldats ».\n\nLe président a condamné une « attaque "
    "lâche » et promis de poursuivre l'offensive contre le groupe.")


def test_a_claimed_bombing_is_one_incident(analyse) -> None:
    found = events_of(analyse, "Somalie : au moins 9 morts dans un attentat à Kismayo\n\n" + BOMBING, "fr",
                      "2025-06-03")
    assert len(found) == 1, [(e.type, e.fatalities, e.actors) for e in found]


# "Quelques heures plus tôt", "Hours earlier" before an act told in the pluperfect date it on the
# day of the act told before or the day before (`before_previous`): it was background with no day
HOURS_EARLIER = [
    ("fr", "Kiev et Moscou ont échangé samedi 150 prisonniers chacun. Quelques heures plus tôt, l'armée "
     "ukrainienne avait accusé la Russie d'avoir bombardé un convoi de bus près de Kharkiv."),
    ("en", "Kyiv and Moscow swapped 150 prisoners each on Saturday. Hours earlier, Ukraine's army had "
     "accused "
     "Russia of shelling a bus convoy near Kharkiv."),
]


@pytest.mark.parametrize(("language", "text"), HOURS_EARLIER)
def test_hours_earlier_dates_the_act_told_before_the_news(analyse, language: str, text: str) -> None:
    found = events_of(analyse, text, language, "2025-06-02")
    shelling = [e for e in found if e.type == "shelling"]
    assert shelling and shelling[0].date is not None and str(shelling[0].date.end) == "2025-05-31", \
        [(e.type, e.date) for e in found]


# a place is not a statement's (where_speech) when the act is told in a clause it opens ("à Goma, où
# les combats ...") or when the verb above it says nothing but is the content of an accusation
# ("accusé l'Algérie de soutenir des groupes armés dans la région de Kidal")
NOT_SPEECH = [
    ("fr", "Le pape a réclamé dimanche une trêve à Goma, où les combats entre l'armée et le M23 ont fait au "
     "moins 300 morts en une semaine.", "CD"),
    ("fr", "Le gouvernement malien a accusé mercredi l'Algérie de soutenir des groupes armés dans la "
     "région de Kidal, après une attaque qui a tué 12 soldats lundi près de la frontière.", "ML"),
]


@pytest.mark.parametrize(("language", "text", "country"), NOT_SPEECH)
def test_a_place_the_act_is_told_in_is_no_statements(analyse, language: str, text: str, country: str) -> None:
    found = [e for e in events_of(analyse, text, language, "2025-06-05") if e.fatalities]
    assert found and found[0].location is not None and found[0].location.country == country, \
        [(e.type, e.location) for e in found]
