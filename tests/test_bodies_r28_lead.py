"""Round 28, lead's review: bodies counted, received or collected after an act are its toll; only
bodies handed over (tolls_bodies) stay off it. Sentences written for these tests."""

import pytest

# (language, text, killed, injured): the count of bodies a witness or a hospital gives is the toll
BODIES_OF_THE_ACT = [
    ("en", "Soldiers opened fire on protesters in Gulu on Tuesday. \"We counted seven bodies and 25 people "
           "with gunshot wounds,\" a nurse at the hospital said.", 7, 25),
    ("en", "A drone strike hit a market in Kadugli on Sunday. \"We received 12 bodies and more than 30 "
           "wounded,\" a doctor said.", 12, None),
    ("en", "A missile hit an apartment block in Dnipro on Saturday. Rescuers recovered 23 bodies from the "
           "rubble, the regional governor said.", 23, None),
    ("fr", "Une frappe aérienne a touché un marché de Kadugli dimanche. « Nous avons reçu douze corps et "
           "vingt-cinq blessés », a déclaré un médecin.", 12, 25),
]


@pytest.mark.parametrize(("language", "text", "killed", "injured"), BODIES_OF_THE_ACT)
def test_bodies_counted_after_an_act_are_its_toll(analyse, language, text, killed, injured):
    article = analyse(text, language, published="2025-05-07")
    assert article.events, text
    event = article.events[0]
    assert event.fatalities == killed, [(e.type, e.fatalities, e.injured) for e in article.events]
    if injured is not None:
        assert event.injured == injured, [(e.type, e.fatalities, e.injured) for e in article.events]


# (language, text): bodies handed over are still no toll of the act another sentence tells
BODIES_HANDED_OVER = [
    ("en", "Militants attacked an army post near Beni on Monday. On Thursday the group returned the "
           "bodies of three soldiers to the Red Cross."),
    ("fr", "Des miliciens ont attaqué un poste de l'armée près de Beni lundi. Jeudi, le groupe a remis "
           "les corps de trois soldats à la Croix-Rouge."),
]


@pytest.mark.parametrize(("language", "text"), BODIES_HANDED_OVER)
def test_bodies_handed_over_stay_off_the_toll(analyse, language, text):
    article = analyse(text, language, published="2025-05-07")
    assert all(e.fatalities != 3 for e in article.events), [(e.type, e.fatalities) for e in article.events]
