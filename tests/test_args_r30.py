"""Round 30, actors and targets: armed units named by their unit noun (who_units.py) are parties and
the sides of a clash between them; armed herders are attackers (lang/<code>/parties.yaml)."""
import pytest

UNITS = [
    ("en", "Clashes broke out in Zawiya on Sunday between the Nasr force and the 55th Brigade, killing "
     "four fighters, the health ministry said.", {"nasr force", "55th brigade"}),
    ("en", "Clashes erupted overnight in Misrata between the Halbous Brigade and the 301st Battalion, "
     "leaving three people dead, residents said.", {"halbous brigade", "301st battalion"}),
    ("fr", "Des affrontements entre la brigade 166 et la force Sumud ont fait quatre morts dimanche à "
     "Zaouïa, selon le ministère de la Santé.", {"brigade 166", "force sumud"}),
    ("fr", "De violents combats ont opposé lundi à Misrata le bataillon Halbous et la brigade 301, "
     "faisant trois morts, selon des habitants.", {"bataillon halbous", "brigade 301"}),
]


@pytest.mark.parametrize("lang,text,units", UNITS)
def test_armed_units_named_by_their_noun_are_the_sides(analyse, lang, text, units):
    article = analyse(text, lang, "2025-05-12")
    groups = {m.value.name.lower() for m in article.mentions if m.kind == "party" and m.value.kind == "group"}
    assert units <= groups, groups
    actors = {p.name.lower() for e in article.events for p in e.actors}
    assert units <= actors, actors


NOT_UNITS = [
    ("en", "The Pakistani Air Force struck hideouts in Khost province on Monday, officials said."),
    ("en", "A joint task force of police and soldiers arrested 12 men in Karachi on Monday."),
    ("fr", "La force multinationale a évacué 30 civils de Goma lundi, selon l'ONU."),
]


@pytest.mark.parametrize("lang,text", NOT_UNITS)
def test_a_unit_noun_without_a_name_of_its_own_is_no_group(analyse, lang, text):
    article = analyse(text, lang, "2025-05-12")
    names = [m.value.name for m in article.mentions if m.kind == "party" and m.value.kind == "group"]
    units = [n for n in names if n.lower().endswith(("force", "brigade")) or n.lower().startswith("force")]
    assert not units, names


HERDERS = [
    ("en", "Armed herders attacked the farming village of Mbaw in Benue state on Sunday, killing 17 "
     "people, the police said.", "armed herders"),
    ("en", "Suspected herdsmen attacked a market in Bokkos overnight, killing nine traders, local "
     "officials said.", "armed herders"),
    ("fr", "Des éleveurs armés ont attaqué dimanche le village de Mbaw, dans l'État de Benue, tuant 17 "
     "personnes, selon la police.", "armed herders"),
]


@pytest.mark.parametrize("lang,text,actor", HERDERS)
def test_armed_herders_are_the_attackers(analyse, lang, text, actor):
    article = analyse(text, lang, "2025-05-12")
    actors = {p.name for e in article.events for p in e.actors}
    assert actor in actors, [(e.type, [p.name for p in e.actors]) for e in article.events]


VILLAGE_HIT = [
    ("en", "Israeli settlers attacked the village of Burqa near Nablus on Friday, setting fire to a "
     "mosque, the Palestinian health ministry said."),
    ("en", "Armed herders raided the village of Mbaw in Benue state overnight, killing 11 people, "
     "the police said."),
    ("fr", "Des colons israéliens ont attaqué vendredi le village de Burqa, près de Naplouse, selon "
     "le ministère palestinien de la Santé."),
    ("fr", "Des éleveurs armés ont attaqué dimanche le village de Mbaw, dans l'État de Benue, a "
     "indiqué la police."),
]


@pytest.mark.parametrize("lang,text", VILLAGE_HIT)
def test_a_village_attacked_is_the_target(analyse, lang, text):
    article = analyse(text, lang, "2025-05-12")
    targets = {p.name for e in article.events for p in e.targets}
    assert "village" in targets, [(e.type, [p.name for p in e.targets]) for e in article.events]


VILLAGE_SCENE = [
    ("en", "Gunmen killed three farmers in the village of Dogo on Sunday, the police said."),
    ("fr", "Des hommes armés ont tué trois agriculteurs dimanche dans le village de Dogo, selon la police."),
]


@pytest.mark.parametrize("lang,text", VILLAGE_SCENE)
def test_the_village_where_an_attack_happened_is_no_target(analyse, lang, text):
    article = analyse(text, lang, "2025-05-12")
    targets = {p.name for e in article.events for p in e.targets}
    assert targets and "village" not in targets, targets


PASSIVE_VICTIMS = [
    ("en", "A Hezbollah official, Ali Nasrallah, was killed on Monday in an Israeli strike on his car "
     "near Bint Jbeil, the Israeli army said.", "Ali Nasrallah"),
    ("en", "Two Houthi commanders were killed in a US air strike on a house in Saada on Sunday, "
     "a Houthi official said.", "Houthi"),
    ("fr", "Un responsable du Hezbollah, Ali Nasrallah, a été tué lundi dans une frappe israélienne "
     "contre sa voiture près de Bint Jbeil, a indiqué l'armée israélienne.", "Ali Nasrallah"),
]


@pytest.mark.parametrize("lang,text,victim", PASSIVE_VICTIMS)
def test_who_was_killed_in_a_strike_is_its_target(analyse, lang, text, victim):
    article = analyse(text, lang, "2025-05-12")
    targets = {p.name for e in article.events for p in e.targets}
    assert any(victim in t for t in targets), [(e.type, [p.name for p in e.targets]) for e in article.events]


WARSHIPS = [
    ("en", "The Houthis fired two missiles at the aircraft carrier Carl Vinson in the Red Sea on Monday, "
     "a Houthi spokesman said."),
    ("fr", "Les Houthis ont tiré lundi deux missiles contre le porte-avions Carl Vinson en mer Rouge, "
     "selon un porte-parole houthi."),
]


@pytest.mark.parametrize("lang,text", WARSHIPS)
def test_a_warship_named_after_a_person_is_a_military_target(analyse, lang, text):
    article = analyse(text, lang, "2025-05-12")
    targets = {(p.name, p.kind) for e in article.events for p in e.targets}
    assert ("Carl Vinson aircraft carrier", "military") in targets, targets
