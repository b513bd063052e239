"""Parties of incidents, round 25, in pattern sentences written for the purpose (stories of no
development document), French and English.

(1) Both sides of a clash, a pact or an exchange named by coordinated demonyms on one noun, when the
parser hangs the second as a conjunct of the noun ("les armées thaïlandaise et cambodgienne ont échangé
des tirs", "les gouvernements thaïlandais et cambodgien": arguments_sides._conjoined_qualifiers).
(2) What an attack on a body or a unit hit: a peacekeeping mission named by its acronym
(data/organizations.yaml: "un poste de la Minusma", "an UNMISS patrol"), a government building named
by its seat ("le bâtiment du gouvernorat", "the governorate building": lang/*/targets.yaml), and the
object of a verb of aiming or hitting whose subject is the attack noun ("des tirs ont visé une position
de la Finul", "gunfire targeted a UNIFIL position": ``aiming_verbs`` of lang/*/arguments.yaml,
arguments_acting.holding_verb); a city hit is the place, not its country ("un drone a frappé Tel-Aviv").
An offensive set out to drive a side away targets that side ("une offensive pour déloger l'armée
malienne de Kidal", "an offensive to drive the army out of X": ``expelling_verbs`` of lang/*/arguments.yaml,
extract/arguments_purpose.expelled_parties).
(3) A summons calls in a state's diplomats: its targets are the diplomats and the state they serve,
both ("a convoqué les ambassadeurs du Togo": Togo and the Togolese ambassadors; "summoned Belarusian
diplomats": Belarus and the Belarusian diplomats; one envoy named with his country, "the Chinese envoy",
is that party alone), never the summoning state's own envoys (``envoy_names`` of lang/*/arguments.yaml,
extract/arguments_envoys.summoned_envoys).
(4) An exchange of prisoners hands over the office holder named by his title and place ("échangés
contre le maire de X": mayor of X; ``jurisdiction_titles`` of lang/*/claims.yaml), and never who
welcomes, announces or brokers it ("a move welcomed by President X", "et le président X une
prouesse"; ``exchange_bystander_verbs`` of lang/*/arguments.yaml; extract/arguments_exchange).
(5) A downing's craft is its target and the downer its actor also when the parser read the object,
a day word before it, as a bare modifier of the verb ("a abattu vendredi trois drones ukrainiens":
"drones" an ``obl:mod`` with no preposition; arguments_settle._downed_craft): the craft's owner is
no actor. When the crafts downed did another act of the incident in a clause on their noun ("drones
that had violated its airspace": the incursion, whose actor stays their owner, as
tests/test_arguments_weapon_owners.py has it), the crafts are still its target.
"""

from __future__ import annotations

import pytest
from helpers import events_of


def _of_type(analyse, text: str, language: str, kind: str) -> list:  # type: ignore[no-untyped-def]
    events = [e for e in events_of(analyse, text, language) if e.type == kind]
    assert events, [(e.type, [a.name for a in e.actors]) for e in events_of(analyse, text, language)]
    return events


# -- (3) the summoned diplomats and their state ---------------------------------------------------

# (language, text, names every one of which is a target)
SUMMONED = [
    ("fr", "Kinshasa a convoqué mardi les ambassadeurs du Burundi et de l'Ouganda pour protester contre"
           " les incursions.", ["Burundi", "Uganda", "Burundian ambassadors", "Ugandan ambassadors"]),
    ("fr", "Le Maroc a convoqué lundi l'ambassadeur d'Algérie à Rabat.", ["Algerian ambassador"]),
    ("fr", "La RDC a convoqué les diplomates rwandais en poste à Kinshasa.", ["Rwanda", "Rwandan diplomats"]),
    ("fr", "Le gouvernement malien a convoqué vendredi les ambassadeurs des pays européens pour une réunion"
           " d'information sur la situation sécuritaire.", ["ambassadors"]),
    ("en", "Ghana's foreign ministry summoned the ambassadors of Togo and Burkina Faso on Tuesday.",
     ["Togo", "Burkina Faso", "Togolese ambassadors"]),
    ("en", "Kenya summoned Uganda's ambassador on Monday over the arrest of two activists.",
     ["Ugandan ambassador"]),
    ("en", "The Netherlands summoned the Chinese envoy on Friday after a cyberattack on its defence"
           " ministry.",
     ["Chinese envoy"]),
    ("en", "Poland summoned Belarusian diplomats on Wednesday over a border incident.",
     ["Belarus", "Belarusian diplomats"]),
]


@pytest.mark.parametrize(("language", "text", "names"), SUMMONED)
def test_a_summons_targets_the_diplomats_and_their_state(analyse, language, text, names):
    protest = _of_type(analyse, text, language, "diplomatic_protest")[0]
    targets = {t.name for t in protest.targets}
    assert set(names) <= targets, targets
    assert not {a.country for a in protest.actors} & {t.country for t in protest.targets if t.country}


# (language, text): a state recalling its own envoys does not target them
OWN_ENVOYS = [
    ("fr", "L'Algérie a rappelé ses ambassadeurs au Mali et au Niger mardi."),
    ("en", "Lithuania recalled its ambassador from Minsk on Monday."),
]


@pytest.mark.parametrize(("language", "text"), OWN_ENVOYS)
def test_a_state_s_own_envoys_are_no_target(analyse, language, text):
    for protest in _of_type(analyse, text, language, "diplomatic_protest"):
        envoys = [t.name for t in protest.targets if t.name.endswith(("ambassador", "ambassadors"))]
        assert not envoys, envoys


# -- (4) who an exchange hands over ---------------------------------------------------------------

# (language, text, a target, no target)
EXCHANGED = [
    ("en", "Eleven Ukrainian soldiers were exchanged on Saturday for the former governor of Kherson, a"
           " Russian official said.", "governor of Kherson", None),
    ("fr", "Neuf prisonniers russes ont été échangés lundi contre le maire de Kherson, a annoncé la"
           " médiatrice russe.", "mayor of Kherson", None),
    ("en", "Venezuela and the United States swapped prisoners on Friday, with ten Americans flown home, a"
           " move welcomed by President Donald Trump.", "prisoners", "Donald Trump"),
    ("en", "The swap of prisoners, brokered by Qatari Emir Tamim bin Hamad, freed the activist Maria"
           " Kolesnikova on Monday.", "Maria Kolesnikova", "Qatari monarch"),
    ("fr", "La Maison Blanche a salué un échange de prisonniers historique, et le président américain Marc"
           " Dupont une prouesse diplomatique.", "prisoners", "Marc Dupont"),
    ("fr", "Un échange de prisonniers salué par le président Marc Dupont a permis jeudi la libération de la"
           " journaliste Anna Petrova.", "Anna Petrova", "Marc Dupont"),
]


@pytest.mark.parametrize(("language", "text", "target", "bystander"), EXCHANGED)
def test_an_exchange_hands_over_the_swapped_not_who_welcomes_it(analyse, language, text, target, bystander):
    swap = _of_type(analyse, text, language, "prisoner_exchange")[0]
    targets = {t.name for t in swap.targets}
    assert target in targets, targets
    assert bystander not in targets


# -- (5) the craft downed, a day word before it ------------------------------------------------------

# (language, text, the downer, the craft, its owner)
DOWNED = [
    ("fr", "La défense antiaérienne russe a abattu vendredi trois drones ukrainiens au-dessus de la région"
           " de Belgorod.", "Russian air defence", "Ukrainian drone", "Ukraine"),
    ("fr", "L'armée algérienne a abattu mardi un drone malien près de la frontière.", "Algerian army",
     "Malian drone", "Mali"),
    ("en", "Syrian air defences downed an Israeli drone near Damascus on Tuesday.", "Syrian air defence",
     "Israeli drone", "Israel"),
]


@pytest.mark.parametrize(("language", "text", "downer", "craft", "owner"), DOWNED)
def test_the_downer_acts_on_the_craft(analyse, language, text, downer, craft, owner):
    events = events_of(analyse, text, language)
    downing = next((e for e in events if craft in {t.name for t in e.targets}), None)
    assert downing is not None, [(e.type, [t.name for t in e.targets]) for e in events]
    actors = {a.name for a in downing.actors}
    assert downer in actors and owner not in actors, actors


# -- (2) the body or unit an attack hit ---------------------------------------------------------------

# (language, text, a target, a name no target may have)
HIT = [
    ("fr", "Des hommes armés ont attaqué un poste de la Minusma près de Tessalit jeudi.", "MINUSMA", None),
    ("en", "Gunmen attacked an UNMISS patrol near Malakal on Sunday.", "UNMISS", None),
    ("fr", "Des tirs ont visé une position de la Finul près de Naqoura jeudi.", "UNIFIL", None),
    ("fr", "Des tirs ont visé un camp de la Monusco près de Sake vendredi.", "MONUSCO", None),
    ("en", "Gunfire targeted a UNIFIL position near Naqoura on Thursday.", "UNIFIL", None),
    ("en", "An explosion damaged a MONUSCO base near Goma on Friday.", "MONUSCO", None),
    ("fr", "Un drone a visé mardi le bâtiment du gouvernorat à Kassala.", "government building", "Sudan"),
    ("en", "A drone hit the governorate building in Kassala on Tuesday.", "government building", "Sudan"),
    ("fr", "Un drone a frappé Tel-Aviv vendredi, blessant deux personnes.", None, "Israel"),
    ("en", "Iran fired a ballistic missile at Israel on Saturday.", "Israel", None),
]


@pytest.mark.parametrize(("language", "text", "target", "not_target"), HIT)
def test_the_body_or_unit_hit_is_the_target(analyse, language, text, target, not_target):
    events = events_of(analyse, text, language)
    assert events, text
    targets = {t.name for e in events for t in e.targets}
    assert target is None or target in targets, targets
    assert not_target not in targets


# -- (1) both sides named by coordinated demonyms -----------------------------------------------------

# (language, text, the type, both sides)
SIDES = [
    ("fr", "Les armées thaïlandaise et cambodgienne ont échangé des tirs jeudi près du temple.",
     "armed_clash", {"Thailand", "Cambodia"}),
    ("fr", "Les gouvernements thaïlandais et cambodgien ont signé un cessez-le-feu lundi.", "ceasefire",
     {"Thailand", "Cambodia"}),
    ("en", "Israeli forces exchanged fire with Hezbollah fighters near Kfar Kila on Monday.", "armed_clash",
     {"Israeli forces", "Hezbollah"}),
    ("fr", "Des affrontements entre l'armée et les rebelles du M23 ont éclaté mardi près de Sake.",
     "armed_clash", {"army", "M23"}),
]


@pytest.mark.parametrize(("language", "text", "kind", "sides"), SIDES)
def test_both_sides_are_actors(analyse, language, text, kind, sides):
    event = _of_type(analyse, text, language, kind)[0]
    actors = {a.name for a in event.actors}
    assert sides <= actors, actors


# -- (2) the side an offensive sets out to expel -------------------------------------------------------

# (language, text, the actor, the target)
EXPELLED = [
    ("fr", "Les rebelles ont lancé mardi une offensive pour déloger l'armée malienne de Kidal.", "rebels",
     "Malian army"),
    ("fr", "Les FSR ont lancé lundi une offensive pour chasser l'armée de la ville de Babanusa, a indiqué"
           " un témoin.", "Rapid Support Forces", "army"),
    ("en", "The RSF launched an offensive on Tuesday to drive the army out of Babanusa.",
     "Rapid Support Forces", "army"),
]


@pytest.mark.parametrize(("language", "text", "actor", "target"), EXPELLED)
def test_the_side_an_offensive_expels_is_its_target(analyse, language, text, actor, target):
    event = _of_type(analyse, text, language, "armed_clash")[0]
    assert actor in {a.name for a in event.actors}
    assert target in {t.name for t in event.targets}, event.targets


# (language, text, the craft downed after its incursion)
DOWNED_INTRUDERS = [
    ("en", "Romania scrambled F-16 jets on Sunday to shoot down several Russian drones that had violated its"
           " airspace.", "Russian drone"),
    ("en", "Finnish jets intercepted and shot down a Russian drone that entered Finnish airspace near Kotka"
           " on Tuesday.", "Russian drone"),
]


@pytest.mark.parametrize(("language", "text", "craft"), DOWNED_INTRUDERS)
def test_the_intruding_craft_downed_is_a_target(analyse, language, text, craft):
    events = events_of(analyse, text, language)
    assert any(craft in {t.name for t in e.targets} for e in events), \
        [(e.type, [t.name for t in e.targets]) for e in events]
