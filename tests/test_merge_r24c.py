"""Incidents from the lead's round-24 probe articles (third task of 'merge').

1. Ramming at sea in French: "percuter" / "heurter" a vessel with a force in the clause is the
   harassment at sea English tells with "ram" (lang/fr/events.yaml), not a road accident.
"""

from __future__ import annotations

import pytest
from helpers import events_of

RAMMING = [
    ("fr", "Un navire des garde-côtes chinois a percuté lundi matin un bateau des garde-côtes philippins "
     "près de l'atoll de Sabina, a annoncé Manille."),
    ("fr", "Un patrouilleur de la marine vietnamienne a heurté mardi un chalutier de pêche chinois au large "
     "des îles Paracel, a indiqué Pékin."),
    ("en", "A Chinese coast guard ship rammed a Philippine coast guard vessel near Sabina Shoal on Monday "
     "morning, Manila said."),
]
NO_RAMMING = [
    ("fr", "Un camion a percuté lundi un bateau de plaisance stationné sur une remorque à Brest, sans faire "
     "de blessé."),
]


@pytest.mark.parametrize(("language", "text"), RAMMING)
def test_ramming_a_vessel_is_an_incident(analyse, language: str, text: str) -> None:
    found = events_of(analyse, text, language, "2026-12-09")
    assert [e.type for e in found] == ["other"], [(e.type, e.date) for e in found]


@pytest.mark.parametrize(("language", "text"), NO_RAMMING)
def test_a_road_accident_against_a_boat_is_none(analyse, language: str, text: str) -> None:
    assert not events_of(analyse, text, language, "2026-12-09")


# 3. "N days earlier" / "la veille" after an incident and a day of reporting counts from the incident.
FLASHBACKS = [
    ("en", "A drone strike on a market in the Amhara region killed at least 12 civilians on Saturday, "
     "residents told AFP on Tuesday.\n\nTwo days earlier, Fano fighters had attacked an army camp in the "
     "nearby district of Dejen, killing five soldiers.", "2026-12-05", "2026-12-03"),
    ("fr", "Une frappe de drone a tué au moins douze civils samedi sur un marché de la région Amhara, ont "
     "déclaré mardi des habitants à l'AFP.\n\nDeux jours plus tôt, des combattants Fano avaient attaqué un "
     "camp de l'armée dans le district voisin de Dejen, tuant cinq soldats.", "2026-12-05", "2026-12-03"),
    ("fr", "Un bombardement a tué six civils jeudi dans un village du Darfour, a rapporté lundi une ONG.\n\n"
     "La veille, des paramilitaires avaient attaqué un camp de déplacés voisin, tuant trois personnes.",
     "2026-12-03", "2026-12-02"),
]


@pytest.mark.parametrize(("language", "text", "first", "second"), FLASHBACKS)
def test_days_earlier_count_from_the_incident_told_before(analyse, language: str, text: str, first: str,
                                                           second: str) -> None:
    found = events_of(analyse, text, language, "2026-12-08")
    assert sorted(str(e.date.start) for e in found if e.date) == sorted([first, second]), \
        [(e.type, e.date) for e in found]


def test_days_earlier_after_a_dated_incident_alone_are_unchanged(analyse) -> None:
    text = ("Rebels attacked an army post near Goma on Sunday, killing four soldiers.\n\nTwo days earlier, "
            "militiamen had stormed a village in the same area, killing three civilians.")
    found = events_of(analyse, text, "en", "2026-12-08")
    assert sorted(str(e.date.start) for e in found if e.date) == ["2026-12-04", "2026-12-06"]


# 4. A definite vague clash noun told after a clash names it again: with the toll a side's spokesman
#    gives next, it stood as a second clash with no place and no actor (drafts_vague.announced).
CLASH_TOLD_AGAIN = [
    ("en", "Indian and Chinese troops exchanged fire along the Line of Actual Control in the Tawang sector "
     "on Friday, killing two Indian soldiers, army officials said.\n\nTalks between local commanders were "
     "called off after the clashes.\n\nA Chinese military spokesman said Indian troops had crossed the line "
     "first. He said four Chinese soldiers were hurt."),
    ("fr", "Les forces de sécurité pakistanaises et afghanes ont échangé des tirs nourris dimanche soir au "
     "poste-frontière de Torkham, tuant un soldat pakistanais et blessant au moins huit personnes, selon des "
     "responsables.\n\nLe point de passage, une route commerciale clé, a été fermé après les affrontements."
     "\n\nUn porte-parole des talibans a affirmé que les forces pakistanaises avaient tiré les premières. Il "
     "a précisé que trois gardes-frontières afghans avaient été blessés."),
]


@pytest.mark.parametrize(("language", "text"), CLASH_TOLD_AGAIN)
def test_a_side_toll_after_the_clashes_is_that_clash(analyse, language: str, text: str) -> None:
    found = events_of(analyse, text, language, "2026-12-13")
    assert [e.type for e in found] == ["armed_clash"], [(e.type, e.injured, e.location) for e in found]
    assert found[0].actors


# 2. A side's statement retelling its own strike with one more site: the strike told again takes
#    its day, the next sentence's toll goes back to it, the other site stays a strike of that day
#    (events_retold.fold_retold).
RETOLD = [
    ("en", "An Israeli air strike hit Beirut's international airport on Monday, killing two people, "
     "Lebanon's health ministry said.\n\nThe Israeli military said its fighter jets had struck "
     "\"Hezbollah weapons depots\" at the airport and at a warehouse in the southern port city of Tyre.\n\n"
     "Fifteen people were wounded, the ministry said."),
    ("fr", "Une frappe aérienne israélienne a touché lundi l'aéroport international de Beyrouth, tuant deux "
     "personnes, a indiqué le ministère libanais de la Santé.\n\nL'armée israélienne a affirmé que ses "
     "avions de combat avaient frappé des « dépôts d'armes du Hezbollah » à l'aéroport et dans un entrepôt "
     "de la ville portuaire de Tyr, dans le sud.\n\nQuinze personnes ont été blessées, selon le ministère."),
]


@pytest.mark.parametrize(("language", "text"), RETOLD)
def test_a_side_retelling_its_strike_is_that_strike(analyse, language: str, text: str) -> None:
    found = events_of(analyse, text, language, "2026-12-09")
    days = {str(e.date.start) for e in found if e.date}
    assert days == {"2026-12-07"}, [(e.date, e.injured) for e in found]
    assert [e.injured for e in found if e.fatalities == 2] == [15]
    assert all(e.injured is None for e in found if e.fatalities is None)


# 5. "se sont affrontés" with forces in the clause is a clash, as the English verb "clash"; a war of
#    the past or a crisis faced is none (lang/fr/events.yaml "se ... affronter").
REFLEXIVE_CLASH = [
    "Des soldats indiens et chinois se sont affrontés vendredi sur un poste contesté du secteur de Tawang, "
    "faisant au moins 20 blessés, selon l'armée indienne.",
    "Des rebelles et des soldats de l'armée se sont affrontés jeudi près de Bunia, faisant trois morts.",
]
NO_REFLEXIVE_CLASH = [
    "L'Inde et le Pakistan se sont affrontés dans deux guerres au sujet de cette région, dont les forces "
    "restent massées le long de la frontière.",
    "L'armée affronte une grave crise de recrutement, a reconnu vendredi le ministre.",
]


@pytest.mark.parametrize("text", REFLEXIVE_CLASH)
def test_forces_that_clashed_in_french_are_a_clash(analyse, text: str) -> None:
    assert [e.type for e in events_of(analyse, text, "fr", "2026-12-12")] == ["armed_clash"]


@pytest.mark.parametrize("text", NO_REFLEXIVE_CLASH)
def test_wars_of_the_past_and_crises_faced_are_none(analyse, text: str) -> None:
    assert not events_of(analyse, text, "fr", "2026-12-12")
