"""Round 23 of the incidents (written from general patterns, published Friday 2025-05-09).

(1) An attack noun that an active verb of attribution takes as its object ("L'armée a attribué
l'attaque aux dissidents", "Police blamed the attack on ...") names the incident told before it:
with no date, place or toll of its own it joins the last violent incident told before it, whose
type and day stand, and gives it its actor (drafts_attributed.py, arguments_accused.blamed_on).
(2) A crowd attacking a site is a riot (ACLED Riots / Mob violence), not an armed clash: "des
manifestants en colère ont attaqué plusieurs ambassades", "protesters stormed the embassy"
(events_riots.py, `crowd_nouns` of lang/<code>/events.yaml, `crowd_attack` of event_types.yaml).
"""

from __future__ import annotations

import pytest
from helpers import events_of

PUBLISHED = "2025-05-09"

# (language, text, the incident's type, its day, its actor)
ATTRIBUTED = [
    ("fr", "Treize policiers ont été tués jeudi lorsque leur hélicoptère a été abattu par un drone près "
     "d'Amalfi, dans le nord-ouest du pays. Les autorités ont attribué l'attaque aux dissidents des FARC.",
     None, "2025-05-08", "FARC dissidents"),
    ("fr", "Des rebelles ont fait exploser mercredi une charge contre un pont routier près de Saravena. "
     "L'armée a attribué l'attaque aux rebelles de l'ELN.", "explosion", "2025-05-07", "ELN"),
    ("en", "A roadside bomb exploded on Tuesday near a police convoy in Quetta, killing four officers. "
     "Police blamed the attack on Baloch separatists.", "explosion", "2025-05-06", "separatists"),
    ("en", "Four soldiers were killed on Tuesday when their helicopter was shot down by a drone near Gao. "
     "The army blamed the attack on JNIM.", None, "2025-05-06", "JNIM"),
]


@pytest.mark.parametrize(("language", "text", "kind", "day", "actor"), ATTRIBUTED)
def test_the_attributed_attack_is_the_incident_told_before(
        analyse, language: str, text: str, kind: str | None, day: str, actor: str) -> None:
    found = events_of(analyse, text, language, PUBLISHED)
    assert len(found) == 1, [(e.type, e.date) for e in found]
    event = found[0]
    assert event.type != "armed_clash" and (kind is None or event.type == kind)
    assert event.date is not None and event.date.start.isoformat() == day
    assert actor in [p.name for p in event.actors]


# the attack attributed is the one told, not the answer to it told after it
def test_the_attributed_attack_is_not_its_answer(analyse) -> None:
    text = ("Des rebelles ont attaqué mardi un poste militaire près de Beni. En riposte, l'armée a "
            "bombardé leurs positions dans la nuit. L'armée a attribué l'attaque aux ADF.")
    found = events_of(analyse, text, "fr", PUBLISHED)
    actors = {e.type: [p.name for p in e.actors] for e in found}
    assert "Allied Democratic Forces" in actors["armed_clash"]
    assert "Allied Democratic Forces" not in actors["shelling"]


# (language, text, a target's name or None): one riot, the crowd its actor
CROWD_ATTACKS = [
    ("fr", "Mercredi, des manifestants en colère ont attaqué plusieurs ambassades à Kinshasa, dont celles "
     "de France et des États-Unis.", None),
    ("fr", "Mardi, des centaines de manifestants ont attaqué l'ambassade du Rwanda à Kinshasa.",
     "Embassy of Rwanda in Kinshasa"),
    ("fr", "Jeudi, des émeutiers ont pris d'assaut le consulat de France à Dakar.", None),
    ("en", "Protesters stormed the French embassy in Niamey on Sunday, tearing down its plaque.",
     "Embassy of France in Niamey"),
    ("en", "Hundreds of protesters attacked the Rwandan embassy in Kinshasa on Tuesday.",
     "Embassy of Rwanda in Kinshasa"),
    ("en", "Protesters torched the Belgian embassy in Kinshasa on Tuesday.",
     "Embassy of Belgium in Kinshasa"),
    ("en", "An angry mob looted the Chinese embassy in Honiara on Monday.", "Embassy of China in Honiara"),
]


@pytest.mark.parametrize(("language", "text", "target"), CROWD_ATTACKS)
def test_a_crowd_attacking_a_site_is_a_riot(analyse, language: str, text: str, target: str | None) -> None:
    found = events_of(analyse, text, language, PUBLISHED)
    assert [(e.type, (e.plover or {}).get("mode")) for e in found] == [("protest", "riot")], \
        [(e.type, e.plover) for e in found]
    assert found[0].acled == {"event_type": "Riots", "sub_event_type": "Mob violence"}
    assert [p.name for p in found[0].actors] == ["protesters"]
    assert target is None or target in [p.name for p in found[0].targets]


# armed men attacking a site stay an armed clash, and a crowd attacked is no riot of its own
NOT_RIOTS = [
    ("fr", "Jeudi, des hommes armés ont attaqué un poste de police à Gao.", "armed_clash"),
    ("en", "Gunmen stormed a police station in Gao on Thursday.", "armed_clash"),
]


@pytest.mark.parametrize(("language", "text", "kind"), NOT_RIOTS)
def test_armed_men_attacking_stay_a_clash(analyse, language: str, text: str, kind: str) -> None:
    assert [e.type for e in events_of(analyse, text, language, PUBLISHED)] == [kind]
