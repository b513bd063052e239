"""Actors and targets, round 29 (second task), in pattern sentences written for the purpose.

1. Who shoots crafts down is no actor of the act the crafts made ("Lithuania shoots down Russian
   drones over its territory" over "drones that entered Lithuanian airspace during a Russian
   attack"): the subject of a downing verb is a defender (arguments_settle.interceptors); the
   launcher stays the actor, and an incident's actor is never also its target
   (arguments_unique.apart_sides).
2. A party fired on ("opened fire on demonstrators", "a ouvert le feu sur des manifestants") is a
   target only, even when a headline's clash named it a side ("soldiers clash with demonstrators"):
   people or things named on both sides are what was fired on (arguments_unique.apart_sides).
3. "Clashes between X, Y and Z" give X, Y and Z as the actors, and no actor of another sentence:
   fighters named by their community or their government ("combattants peuls", "Yazidi fighters",
   "forces gouvernementales", "tribus bédouines") are a side of their own, never the army named
   before (who_communities.py, ``communities`` and ``government_adjectives`` of
   lang/*/parties.yaml); a list the parser cut after its first side keeps its other sides
   (arguments_sides._second_side).
4. A ship named in apposition after its noun ("another tanker, the Silver Dawn", "un autre
   vraquier, le Silver Dawn") is this act's target by that name (targets_named.named_after), and a
   ship told as "another" never takes the name of the ship named before (targets_named.another,
   ``other_words`` of lang/*/targets.yaml).
5. A speaker's general words of intent in another sentence ("its forces were striking military
   facilities and government buildings", "avait affirmé frapper des installations militaires")
   add no target to a specific strike (targets_intent.intended).
"""

from __future__ import annotations

import pytest

PUBLISHED = "2025-09-12"


def _sides(events) -> list[tuple[str, list[str], list[str]]]:
    return [(e.type, [p.name for p in e.actors], [p.name for p in e.targets]) for e in events]


# (text, language, the defending state): the headline's downer joins the incursion it ended
DOWNERS = [
    ("Lithuania shoots down Russian drones over its territory\n\n"
     "VILNIUS, Sept 12 (Reuters) - Lithuanian and allied jets shot down several drones that entered "
     "Lithuanian airspace overnight during a Russian attack on western Ukraine, the government said "
     "on Friday.", "en", "Lithuania"),
    ("Lithuania shoots down Russian drones over its territory\n\n"
     "VILNIUS, Sept 12 (Reuters) - Lithuanian and allied jets downed several drones that crossed into "
     "Lithuanian airspace overnight during a Russian attack, the prime minister said on Friday.",
     "en", "Lithuania"),
    ("La Lettonie abat des drones russes au-dessus de son territoire\n\n"
     "RIGA, 12 septembre (AFP) - Des avions lettons et alliés ont abattu dans la nuit plusieurs drones "
     "qui avaient pénétré dans l'espace aérien letton lors d'une attaque russe contre l'Ukraine, a "
     "annoncé vendredi le gouvernement.", "fr", "Latvia"),
]


@pytest.mark.parametrize(("text", "lang", "state"), DOWNERS)
def test_who_downs_the_crafts_is_not_also_their_target(analyse, text, lang, state):
    events = analyse(text, lang, PUBLISHED).events
    assert events, "the incident is lost"
    for e in events:
        actors, targets = {p.name for p in e.actors}, {p.name for p in e.targets}
        assert not actors & targets, _sides(events)
    # the incursion's doer is the launcher, never the state whose jets downed the crafts
    struck = [e for e in events if e.type in ("drone_strike", "air_strike")]
    assert all(state not in [p.name for p in e.actors] for e in struck), _sides(events)


# (text, language, who was fired on): a clash in the headline, the firing in the body
FIRED_ON = [
    ("Togo: three killed as soldiers clash with demonstrators\n\n"
     "LOME, June 27 (Reuters) - Three people were killed on Thursday when soldiers opened fire on "
     "demonstrators in Lome, a rights group said.", "en", "protesters"),
    ("Cameroun : quatre morts dans des affrontements entre la police et des manifestants\n\n"
     "DOUALA, 27 octobre (AFP) - Quatre personnes ont été tuées lundi à Douala lorsque la police a "
     "ouvert le feu sur des manifestants, a indiqué une ONG locale.", "fr", "protesters"),
]


@pytest.mark.parametrize(("text", "lang", "victims"), FIRED_ON)
def test_who_is_fired_on_is_a_target_only(analyse, text, lang, victims):
    events = analyse(text, lang, PUBLISHED).events
    hit = [e for e in events if victims in [p.name for p in e.targets]]
    assert hit, _sides(events)
    assert all(victims not in [p.name for p in e.actors] for e in hit), _sides(events)


# (text, language, the clash's sides, the army of another sentence)
BETWEEN = [
    ("L'armée nigériane a bombardé lundi un camp de bandits près de Zamfara. Elle a affirmé avoir agi "
     "pour protéger les villages.\n\nDans l'État du Plateau, les affrontements entre combattants peuls, "
     "milices haoussa et forces gouvernementales ont fait 25 morts depuis vendredi, selon la Croix-Rouge.",
     "fr", {"Fulani fighters", "government"}, "Nigerian army"),
    ("Les affrontements entre combattants nouba, tribus arabes et forces gouvernementales ont fait "
     "30 morts lundi près de Kadugli.", "fr", {"Nuba fighters", "Arab tribes", "government"}, None),
    ("The Iraqi army said on Monday it had shelled militant hideouts near Kirkuk.\n\nIn Sinjar, clashes "
     "between Yazidi fighters, Arab tribesmen and government forces killed at least 14 people on Sunday, "
     "local officials said.", "en", {"Yazidi fighters", "Arab tribes", "government"}, "Iraqi army"),
]


@pytest.mark.parametrize(("text", "lang", "sides", "other"), BETWEEN)
def test_the_sides_of_a_clash_are_its_actors(analyse, text, lang, sides, other):
    events = analyse(text, lang, PUBLISHED).events
    clashes = [e for e in events if e.type == "armed_clash"]
    assert clashes, _sides(events)
    actors = {p.name for e in clashes for p in e.actors}
    assert sides <= actors, _sides(events)
    assert other not in actors, _sides(events)


# (text, language, this act's ship, the ship of the sentence before)
ANOTHER_SHIP = [
    ("Houthis hit second tanker in a week\n\nADEN, Aug 3 (AP) - Yemen's Houthi rebels said Sunday they "
     "had struck the Panama-flagged tanker Ocean Pearl in the Red Sea with missiles and drones.\n\n"
     "The attack came days after the Houthis struck and sank another tanker, the Silver Dawn, off the "
     "port of Mokha. All 19 crew were rescued.", "en", "Silver Dawn tanker", "Ocean Pearl tanker"),
    ("Les Houthis ont attaqué dimanche le vraquier Ocean Pearl en mer Rouge avec des drones, selon "
     "l'agence UKMTO.\n\nMardi dernier, les rebelles avaient déjà frappé et coulé un autre vraquier, le "
     "Silver Dawn, au large du port de Mokha. Tous les membres d'équipage ont été secourus.", "fr",
     "Silver Dawn bulk carrier", "Ocean Pearl bulk carrier"),
]


@pytest.mark.parametrize(("text", "lang", "ship", "earlier"), ANOTHER_SHIP)
def test_a_ship_named_in_apposition_is_this_acts_target(analyse, text, lang, ship, earlier):
    events = analyse(text, lang, PUBLISHED).events
    sunk = [e for e in events if ship in [p.name for p in e.targets]]
    assert sunk, _sides(events)
    assert all(earlier not in [p.name for p in e.targets] for e in sunk), _sides(events)


# (text, language, the strike's own target, the words of intent it must not take)
INTENT = [
    ("Ukraine says 12 killed in Russian missile strike on Kharkiv hospital\n\nKYIV, Aug 4 (Reuters) - "
     "Ukraine's health ministry said on Sunday that 12 people were killed in the Russian missile strike "
     "on a hospital in Kharkiv last Tuesday.\n\nRegional governor Oleh Syniehubov said the missile had "
     "hit the hospital's surgical wing. Russia's defence ministry said at the time that its forces were "
     "striking \"military facilities and government buildings across Ukraine\".", "en", "Kharkiv hospital",
     {"government building", "military installations"}),
    ("KIEV - Le ministère ukrainien de la Santé a indiqué dimanche que 12 personnes avaient été tuées "
     "dans la frappe de missile russe sur un hôpital de Kharkiv mardi dernier.\n\nLe gouverneur régional "
     "a précisé que le missile avait touché l'aile chirurgicale de l'hôpital. Le ministère russe de la "
     "Défense avait alors affirmé frapper « des installations militaires et des bâtiments "
     "gouvernementaux dans toute l'Ukraine ».", "fr", "Kharkiv hospital",
     {"government building", "military installations"}),
]


@pytest.mark.parametrize(("text", "lang", "target", "intent"), INTENT)
def test_words_of_intent_add_no_target(analyse, text, lang, target, intent):
    events = analyse(text, lang, PUBLISHED).events
    hit = [e for e in events if target in [p.name for p in e.targets]]
    assert hit, _sides(events)
    assert not any(intent & {p.name for p in e.targets} for e in events), _sides(events)
