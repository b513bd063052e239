"""Round 20 of the incidents: a meeting held in urgency ("réunion en urgence", "se sont réunis en
urgence", "met in emergency session": triggers of lang/*/events.yaml) is a consultation, also when
the sentence's verb then asks for something else ("Après une réunion en urgence ..., la Ligue a
appelé à la retenue": qualifiers.requested reads the preposition, `request_prepositions`); troops
that "resorted to firing" clash, unless they fired in the air. Sentences written from general
patterns (published Saturday 2025-11-15: "mercredi"/"Wednesday" is the 12th)."""

from __future__ import annotations

import pytest
from helpers import events_of

# a meeting held in urgency, with its participants, day and town
URGENT_MEETINGS = [
    ("fr", "Les ambassadeurs de l'Union africaine se sont réunis en urgence mercredi à Addis-Abeba.",
     "Addis Ababa"),
    ("fr", "Une réunion en urgence des ministres de la Défense de l'Otan s'est tenue mercredi à Bruxelles.",
     "Brussels"),
    ("fr", "Le Conseil de sécurité a tenu mercredi une réunion extraordinaire à New York.", "New York City"),
    ("en", "The UN Security Council met in emergency session in New York on Wednesday.", "New York City"),
    ("en", "The African Union held an emergency session in Addis Ababa on Wednesday.", "Addis Ababa"),
]


@pytest.mark.parametrize(("language", "text", "town"), URGENT_MEETINGS)
def test_a_meeting_held_in_urgency_is_a_consultation(analyse, language: str, text: str, town: str) -> None:
    found = events_of(analyse, text, language)
    assert [(e.type, e.date and e.date.start.day, e.location and e.location.name) for e in found] \
        == [("consultation", 12, town)]
    assert found[0].actors


# the meeting is a circumstance of a verb of asking that asks for something else: it was held
MEETING_BEFORE_A_CALL = [
    ("fr", "Après une réunion en urgence des ministres arabes mercredi au Caire, la Ligue arabe a appelé "
     "à la retenue.", "Cairo"),
    ("fr", "Après une réunion d'urgence mercredi à Nairobi, les dirigeants est-africains ont appelé à un "
     "cessez-le-feu.", "Nairobi"),
    ("en", "After an emergency meeting of Arab foreign ministers in Cairo on Wednesday, the Arab League "
     "called for restraint.", "Cairo"),
]


@pytest.mark.parametrize(("language", "text", "town"), MEETING_BEFORE_A_CALL)
def test_a_meeting_before_a_call_was_held(analyse, language: str, text: str, town: str) -> None:
    found = [e for e in events_of(analyse, text, language) if e.type == "consultation"]
    assert [(e.date and e.date.start.day, e.location and e.location.name) for e in found] == [(12, town)]


# the meeting is what the verb asks for: requested, not held
MEETING_ASKED_FOR = [
    ("fr", "La France a appelé mercredi à une réunion en urgence du Conseil de sécurité."),
    ("fr", "Le Japon a demandé mercredi une réunion extraordinaire de l'AIEA."),
    ("en", "France called on Wednesday for an emergency session of the Security Council."),
]


@pytest.mark.parametrize(("language", "text"), MEETING_ASKED_FOR)
def test_a_meeting_asked_for_is_none(analyse, language: str, text: str) -> None:
    assert "consultation" not in [e.type for e in events_of(analyse, text, language)]


# troops that resorted to firing clash; firing in the air scatters a crowd
RESORTED_TO_FIRING = [
    ("The army said on Wednesday that Pakistani troops resorted to unprovoked firing in the Poonch sector.",
     "Pakistani troops"),
    ("Officials said on Wednesday that Thai soldiers resorted to heavy firing along the border near Surin.",
     "Thai soldiers"),
]


@pytest.mark.parametrize(("text", "doer"), RESORTED_TO_FIRING)
def test_troops_resorting_to_firing_clash(analyse, text: str, doer: str) -> None:
    found = events_of(analyse, text, "en")
    assert [(e.type, e.date and e.date.start.day) for e in found] == [("armed_clash", 12)]
    assert [p.name for p in found[0].actors] == [doer]


def test_firing_in_the_air_is_no_clash(analyse) -> None:
    text = "Police said on Wednesday that the guards had resorted to firing in the air to disperse the crowd."
    assert "armed_clash" not in [e.type for e in events_of(analyse, text, "en")]


# the meeting's complement names who met, its bracketed list of members is no place of the meeting
MEETING_MEMBERS = [
    ("fr", "Après une réunion en urgence de l'Union africaine mercredi à Addis-Abeba, les ministres ont "
     "appelé à un cessez-le-feu.", "African Union", "Addis Ababa"),
    ("fr", "De son côté, après une réunion en urgence des ministres du G7 (États-Unis, France, Allemagne, "
     "Royaume-Uni, Italie, Canada, Japon) mercredi au Brésil, en marge du sommet du G20, le président "
     "américain a jugé la situation grave.", "G7", "Brazil"),
    ("en", "After an emergency meeting of the Arab League in Cairo on Wednesday, ministers called for "
     "restraint.", "Arab League", "Cairo"),
]


@pytest.mark.parametrize(("language", "text", "member", "place"), MEETING_MEMBERS)
def test_a_meeting_noun_names_who_met(analyse, language: str, text: str, member: str, place: str) -> None:
    found = [e for e in events_of(analyse, text, language) if e.type == "consultation"]
    assert [e.location and e.location.name for e in found] == [place]
    assert any(member in p.name for p in found[0].actors)


# sites listed ("telles que", "such as") as the objects of one impact verb whose subject is a pronoun
# standing for the side of the sentence before, which names the weapon: one strike per town, typed
# and armed by that weapon, by that side (events_typing.told_before_range, events_split)
SITES_AFTER_THE_WEAPON = [
    ("fr", "Les rebelles houthis ont mené mardi des attaques de missiles contre le sud de l'Arabie saoudite. "
     "Ils ont visé des installations telles que la raffinerie de Jizan et l'aéroport d'Abha.",
     "missile_strike", "missile", ["Abha", "Jizan"], "Houthis"),
    ("fr", "Les rebelles du M23, qui ont perdu du terrain, ont de plus en plus recours à des drones armés. "
     "Cela leur a permis de cibler mardi des infrastructures telles que l'aéroport de Goma et la centrale "
     "électrique de Bukavu.", "drone_strike", "drone", ["Bukavu", "Goma"], "M23"),
    ("en", "Houthi rebels launched missile attacks on southern Saudi Arabia on Tuesday. They targeted "
     "facilities such as the refinery in Jizan and the airport in Abha.",
     "missile_strike", "missile", ["Abha", "Jizan"], "Houthis"),
]


@pytest.mark.parametrize(("language", "text", "type_", "weapon", "towns", "doer"), SITES_AFTER_THE_WEAPON)
def test_sites_listed_after_the_weapon_are_strikes(analyse, language: str, text: str, type_: str,
                                                   weapon: str, towns: list[str], doer: str) -> None:
    found = [e for e in events_of(analyse, text, language) if e.location and e.location.name in towns]
    assert sorted((e.type, e.location.name) for e in found) == [(type_, t) for t in towns]
    assert all(any(w.category == weapon for w in e.weapons) for e in found)
    assert any(doer in p.name for e in found for p in e.actors)


# the sentence before tells no weapon, or the subject is no pronoun: nothing to type the verb by
NO_WEAPON_BEFORE = [
    ("fr", "Les autorités ont annoncé mardi de nouvelles mesures. Ils ont visé des installations telles que "
     "la raffinerie de Jizan et l'aéroport d'Abha."),
    ("en", "The ministry announced new rules on Tuesday. They targeted facilities such as the refinery in "
     "Jizan and the airport in Abha."),
]


@pytest.mark.parametrize(("language", "text"), NO_WEAPON_BEFORE)
def test_no_weapon_before_no_strike(analyse, language: str, text: str) -> None:
    assert events_of(analyse, text, language) == []


# a round-up of summonses: a sentence opening on a country ("En Lettonie,", "In Latvia,") whose
# summons names a bare ministry is that country's act, not the summoner's told before
# (events_summons.fronted_summoner); an envoy summoned at his post with no summoner of his own is
# summoned by the country of the post (events_summons.host_summoner)
ROUND_UP = [
    ("fr", "Le ministère lituanien des Affaires étrangères a convoqué mercredi le chargé d'affaires "
     "bélarusse après l'intrusion de dizaines de ballons de contrebande.\n\nEn Lettonie, voisine du "
     "Bélarus, le chargé d'affaires a également été convoqué par le ministère des Affaires étrangères.",
     ["Latvia", "Lithuania"]),
    ("en", "Lithuania's foreign ministry summoned the Belarusian charge d'affaires on Wednesday over dozens "
     "of smuggling balloons.\n\nIn Latvia, the Belarusian envoy was also summoned by the foreign ministry.",
     ["Latvia", "Lithuania"]),
    ("fr", "L'ambassadeur d'Iran à Londres a été convoqué mercredi, selon la diplomatie britannique, tout "
     "comme son homologue à Rome.", ["Italy", "United Kingdom"]),
]


@pytest.mark.parametrize(("language", "text", "summoners"), ROUND_UP)
def test_each_summons_of_a_round_up_has_its_summoner(analyse, language: str, text: str,
                                                     summoners: list[str]) -> None:
    found = [e for e in events_of(analyse, text, language) if e.type == "diplomatic_protest"]
    assert sorted(next((p.name for p in e.actors if p.kind == "state"), "") for e in found) == summoners
