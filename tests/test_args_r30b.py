"""Round 30 (second task), actors and targets: a unit noun with no name of its own is no unit
(who_units.py, "un groupe de médecins"), and a unit's name runs over hyphens and name particles."""
import pytest


def _groups(article) -> set[str]:
    return {m.value.name for m in article.mentions if m.kind == "party" and m.value.kind == "group"}


NO_UNIT = [
    ("fr", "Un bombardement a tué neuf personnes mardi à Khan Younès, selon un groupe d'infirmiers de "
     "l'hôpital."),
    ("fr", "Des obus sont tombés mardi sur le marché de Deir el-Balah, selon des habitants et un groupe "
     "de secouristes bénévoles."),
    ("fr", "Une brigade a ouvert le feu mardi sur des manifestants à Khartoum, selon des témoins."),
    ("fr", "Une milice a incendié mardi trois maisons à Djugu, selon la Croix-Rouge."),
]


@pytest.mark.parametrize("lang,text", NO_UNIT)
def test_an_article_before_a_unit_noun_is_no_unit_name(analyse, lang, text):
    article = analyse(text, lang, "2025-05-13")
    names = {g.lower() for g in _groups(article)} | {p.name.lower() for e in article.events for p in e.actors}
    assert not {n for n in names if n.split()[0] in ("un", "une")}, names


NAMED_UNITS = [
    ("fr", "Le bataillon Abou Ali al-Moustapha a revendiqué mercredi une attaque contre une patrouille "
     "près de Jénine.", "bataillon Abou Ali al-Moustapha"),
    ("fr", "La brigade Omar ben Khattab a attaqué mercredi un poste de l'armée près de Gao, selon des "
     "sources locales.", "brigade Omar ben Khattab"),
    ("en", "The Abu Bakr al-Siddiq Brigade claimed an attack on an army checkpoint near Idlib on "
     "Wednesday.", "Abu Bakr al-Siddiq Brigade"),
    ("fr", "La katiba Seif el-Islam a revendiqué mercredi des tirs de roquettes sur une caserne de Ménaka.",
     "katiba Seif el-Islam"),
]


@pytest.mark.parametrize("lang,text,unit", NAMED_UNITS)
def test_a_unit_name_runs_over_hyphens_and_name_particles(analyse, lang, text, unit):
    article = analyse(text, lang, "2025-05-13")
    groups = _groups(article)
    assert unit in groups, groups


OWNED_UNITS = [
    ("fr", "La brigade Abou Bakr al-Siddiq des shebab a attaqué mercredi une base de l'armée près de "
     "Kismayo, tuant quatre soldats.", "brigade Abou", "al-Shabaab"),
    ("fr", "Le bataillon Abou Ali al-Moustapha du FPLP a revendiqué mercredi une attaque contre une "
     "patrouille près de Jénine.", "bataillon Abou", "FPLP"),
    ("en", "The Abu Bakr al-Siddiq Brigade of al-Shabaab attacked an army base near Kismayo on Wednesday, "
     "killing four soldiers.", "Abu Bakr", "al-Shabaab"),
]


@pytest.mark.parametrize("lang,text,unit,group", OWNED_UNITS)
def test_a_unit_named_with_its_group_is_no_party_of_its_own(analyse, lang, text, unit, group):
    article = analyse(text, lang, "2025-05-13")
    names = {p.name for e in article.events for p in e.actors + e.targets}
    assert group in {p.name for e in article.events for p in e.actors}, names
    assert not any(n.startswith(unit) for n in names), names


# -- a rank of an organisation is no party by itself ------------------------------------------------

RANKS = [
    ("fr", "Une frappe de drone a tué mardi à Saïda le chef d'état-major adjoint du Jihad islamique, selon "
     "l'armée israélienne.", "Islamic Jihad"),
    ("fr", "L'armée israélienne a affirmé mardi avoir tué lors d'une frappe à Tyr le chef d'état-major du "
     "Hamas au Liban, Samir Haddad.", "Hamas"),
]


@pytest.mark.parametrize("lang,text,owner", RANKS)
def test_a_chief_of_staff_is_a_person_of_the_group_not_a_general_staff(analyse, lang, text, owner):
    """The target is the group or its officer by name (who he is stays with the person)."""
    article = analyse(text, lang, "2025-05-13")
    names = {p.name for e in article.events for p in e.actors + e.targets}
    targets = {p.name for e in article.events for p in e.targets}
    assert owner in targets or any(n.istitle() and len(n.split()) == 2 for n in targets - {owner}), names
    assert "General Staff" not in names, names


# -- who fights back the attackers, named by its own word for them, is no doer of the attack ----------

ANSWERED = [
    ("fr", "Des jihadistes ont attaqué jeudi le village de Boulkessi, tuant neuf habitants. L'armée a "
     "affirmé avoir neutralisé une vingtaine de terroristes lors de la contre-attaque.", "army"),
    ("fr", "Des hommes armés ont attaqué jeudi un camp militaire à Boulkessi. L'état-major a affirmé avoir "
     "neutralisé 25 terroristes.", "General Staff"),
    ("en", "Jihadists attacked a military camp in Boulkessi on Thursday. The army said it had neutralised "
     "25 terrorists.", "army"),
]


@pytest.mark.parametrize("lang,text,defender", ANSWERED)
def test_the_side_that_fights_back_is_no_doer_of_the_attack(analyse, lang, text, defender):
    article = analyse(text, lang, "2025-05-13")
    actors = {p.name for e in article.events for p in e.actors}
    targets = {p.name for e in article.events for p in e.targets}
    assert actors and defender not in actors, actors
    assert "terrorists" not in targets, targets


# -- what a side says it hit, in a sentence of its own with no place, is no target of the incident ----

OWN_ACCOUNT = [
    ("en", "A Russian missile strike on Poltava wounded 11 people on Sunday, the mayor said. The Russian "
     "Defence Ministry said its forces had hit fuel depots and airfields used by the Ukrainian army.",
     {"fuel depot", "airfield", "Ukrainian army"}),
    ("fr", "Une frappe de drones russes a blessé onze personnes dimanche à Poltava, selon le maire. Le "
     "ministère russe de la Défense a affirmé avoir frappé des dépôts de carburant et des aérodromes "
     "militaires.", {"fuel depot", "airfield"}),
]


@pytest.mark.parametrize("lang,text,elsewhere", OWN_ACCOUNT)
def test_a_sides_own_account_elsewhere_gives_no_targets(analyse, lang, text, elsewhere):
    article = analyse(text, lang, "2025-05-13")
    targets = {p.name for e in article.events for p in e.targets}
    assert article.events and not targets & elsewhere, targets


def test_a_witness_telling_what_the_strike_hit_gives_its_target(analyse):
    article = analyse("An air strike hit the village of Pazigyi on Tuesday, killing 30 people. Witnesses "
                      "said the strike destroyed a school.", "en", "2025-05-13")
    assert "school" in {p.name for e in article.events for p in e.targets}


# -- a person's name keeps its particle and what follows; "on Sunday the group" names no group ------

PARTICLE_NAMES = [
    ("en", "Hamas official Mousa Abu-Marzouk al-Masri said on Monday the group would not disarm. An "
     "Israeli strike hit a tent in Mawasi on Monday, killing five people.", "al-Masri"),
    ("en", "Houthi spokesman Yahya al-Saree said on Monday the group had fired a missile at Eilat. A US "
     "strike hit the port of Hodeidah on Monday, killing 12 people.", "Yahya al-Saree"),
]


@pytest.mark.parametrize("lang,text,name", PARTICLE_NAMES)
def test_a_name_keeps_its_particle_and_the_weekday_is_no_group(analyse, lang, text, name):
    article = analyse(text, lang, "2025-05-13")
    persons = {m.value.name for m in article.mentions if m.kind == "party" and m.value.kind == "person"}
    assert any(p.endswith(name) for p in persons), persons
    assert "Monday" not in {m.value.name for m in article.mentions if m.kind == "party"}


# -- a country that only tells where a site hit stands is no target ---------------------------------

PLACED = [
    ("en", "Gunmen kill 31 in attack on Nigeria church\n\nGunmen killed 31 worshippers at a church in the "
     "village of Owo on Sunday, local officials said.", "Nigeria"),
    ("en", "Attack on market in Mali kills 19\n\nGunmen killed 19 traders at a market in the village of "
     "Diallassagou on Tuesday, local officials said.", "Mali"),
]


@pytest.mark.parametrize("lang,text,country", PLACED)
def test_the_country_of_a_site_hit_is_only_its_place(analyse, lang, text, country):
    article = analyse(text, lang, "2025-05-13")
    targets = {p.name for e in article.events for p in e.targets}
    assert targets and country not in targets, targets
    assert not any(t.endswith(("church", "market")) and " " in t for t in targets), targets
