"""Places of incidents, round 25 second task (French and English), sentences written from the
general patterns:

- a short alternate name that opens a longer proper name ("Ben" of "Ben Gurion airport") is no
  place (where_parts.alternate_in_longer_name);
- capitals of two countries coordinated as the subject of an act, or after "between", are its
  sides (the governments) and place nothing (where_metonymy._capitals_as_sides);
- troops of two neighbouring countries facing each other at a place the gazetteer lacks are at
  their border (where_borders.forces_at_border);
- "border clashes" naming no country are at the border of the two countries the sentence names,
  not at the town of the talks that ended them (where_borders.sentence_sides);
- a place phrase continuing an act's relative clause after a long object (an organisation's name
  and acronym), which the parser hangs on the main verb, places that act
  (where_clauses.continued_act);
- an incursion into a nationality's airspace ("l'espace aérien moldave") told with an attack on
  another country is at the airspace's country (where_airspace._demonym, _rivalled).
"""

from __future__ import annotations

import pytest

PUBLISHED = "2025-05-07"  # a Wednesday


def _places(article):  # type: ignore[no-untyped-def]
    return [(m.text, m.value.name) for m in article.mentions if m.kind == "place"]


# (language, text, the words wrongly read as a place): a person's or a site's name opening on a
# word that is another place's alternate name
ALTERNATE_IN_NAME = [
    ("en", "Yemen's Houthi movement said it had fired a ballistic missile at Ben Gurion airport near "
           "Tel Aviv on Tuesday.", "Ben"),
    ("en", "Flights were suspended at Ben Gurion International Airport after a missile landed nearby "
           "on Sunday.", "Ben"),
    ("fr", "Les Houthis ont affirmé avoir tiré mardi un missile balistique sur l'aéroport Ben Gourion, "
           "près de Tel-Aviv.", "Ben"),
]


@pytest.mark.parametrize(("language", "text", "words"), ALTERNATE_IN_NAME)
def test_an_alternate_name_opening_a_longer_name_is_no_place(locate, language, text, words):
    assert words not in [t for t, _ in _places(locate(text, language))]


# a place's own name or a capital's before a day keeps its reading
NAME_KEPT = [
    ("en", "Russian missiles struck Kiev Tuesday, killing three people.", "Kyiv"),
    ("fr", "Un drone a frappé Erevan mardi soir.", "Yerevan"),
]


@pytest.mark.parametrize(("language", "text", "place"), NAME_KEPT)
def test_a_name_before_a_day_keeps_its_place(locate, language, text, place):
    assert place in [name for _, name in _places(locate(text, language))]


# (language, text, a capital that must not place the act)
CAPITALS_AS_SIDES = [
    ("fr", "Kiev et Moscou ont procédé samedi à un nouvel échange de prisonniers, a annoncé la "
           "présidence ukrainienne.", "Moscow"),
    ("en", "Kyiv and Moscow swapped 150 prisoners each on Saturday, Ukraine said.", "Moscow"),
    ("en", "Kyiv and Moscow swapped 150 prisoners each on Saturday, Ukraine said.", "Kyiv"),
    ("fr", "Un nouvel échange de prisonniers entre Kiev et Moscou a eu lieu samedi.", "Kyiv"),
    ("en", "Khartoum and Juba exchanged dozens of detainees on Monday under the new accord.", "Juba"),
]


@pytest.mark.parametrize(("language", "text", "capital"), CAPITALS_AS_SIDES)
def test_capitals_as_the_sides_of_an_act_place_nothing(analyse, language, text, capital):
    article = analyse(text, language, PUBLISHED)
    assert article.events, "no incident"
    assert all(e.location is None or e.location.name != capital for e in article.events)


# a capital struck, or two towns of one country as subject, stay places
CAPITALS_AS_SCENES = [
    ("en", "Russian missiles struck Kyiv and Lviv on Monday, killing four people.", "Kyiv"),
    ("fr", "Des missiles russes ont frappé Kiev lundi, tuant quatre personnes.", "Kyiv"),
]


@pytest.mark.parametrize(("language", "text", "capital"), CAPITALS_AS_SCENES)
def test_a_capital_struck_stays_the_place(analyse, language, text, capital):
    article = analyse(text, language, PUBLISHED)
    assert any(e.location is not None and e.location.name == capital for e in article.events)


# (language, text, the border): the act's place is a point on it
BORDER_SIDES = [
    ("en", "Thai and Cambodian soldiers exchanged gunfire on Wednesday morning in a disputed area near "
           "the Chong Bok pass, the Thai army said.", "Cambodia-Thailand border"),
    ("fr", "Des soldats thaïlandais et cambodgiens ont échangé des tirs mercredi matin dans une zone "
           "disputée près du col de Chong Bok, selon l'armée thaïlandaise.", "Cambodia-Thailand border"),
    ("fr", "Des soldats indiens et pakistanais ont échangé des tirs dans la nuit dans un secteur boisé, "
           "a indiqué l'armée indienne.", "India-Pakistan border"),
    ("en", "Armenian and Azerbaijani forces exchanged fire on Tuesday in a mountainous area, each side "
           "blaming the other.", "Armenia-Azerbaijan border"),
    ("en", "Pakistan and Afghanistan agreed on Sunday to an immediate ceasefire after talks in Doha, "
           "ending a week of border clashes that killed dozens of soldiers and civilians.",
     "Afghanistan-Pakistan border"),
    ("en", "India and Pakistan agreed to a ceasefire on Saturday after talks in Geneva, ending four days "
           "of border clashes that killed at least 60 people.", "India-Pakistan border"),
    ("fr", "L'Inde et le Pakistan ont convenu samedi d'un cessez-le-feu lors de pourparlers à Genève, "
           "après quatre jours d'affrontements frontaliers meurtriers.", "India-Pakistan border"),
]


@pytest.mark.parametrize(("language", "text", "border"), BORDER_SIDES)
def test_a_clash_of_two_neighbours_with_no_place_of_its_own_is_at_their_border(analyse, language, text,
                                                                             border):
    article = analyse(text, language, PUBLISHED)
    clashes = [e for e in article.events if e.type == "armed_clash"]
    assert clashes and all(e.location is not None and e.location.name == border for e in clashes)


# a town named for the clash keeps it
BORDER_TOWNS = [
    ("en", "Thai and Cambodian soldiers exchanged gunfire on Wednesday near the town of Samraong, the "
           "army said.", "Samraong"),
    ("fr", "Des soldats rwandais et congolais ont échangé des tirs mardi à Goma.", "Goma"),
]


@pytest.mark.parametrize(("language", "text", "town"), BORDER_TOWNS)
def test_a_clash_at_a_named_town_stays_there(analyse, language, text, town):
    article = analyse(text, language, PUBLISHED)
    assert any(e.location is not None and e.location.name == town for e in article.events)


# (language, text, the place): the parse hangs the place on the verb before the relative clause
CONTINUED_CLAUSE = [
    ("fr", "La France condamne la frappe de drone qui a visé hier soir un convoi humanitaire du Programme "
           "alimentaire mondial (PAM) près d'El Geneina, au Darfour occidental, tuant trois employés.",
     "Al-Junaynah"),
    ("fr", "Le Canada condamne la frappe qui a touché lundi un camion du Haut Commissariat des Nations "
           "unies pour les réfugiés (HCR) près de Goma, tuant deux chauffeurs.", "Goma"),
]


@pytest.mark.parametrize(("language", "text", "place"), CONTINUED_CLAUSE)
def test_a_place_continuing_the_acts_clause_after_an_organisation_places_it(analyse, language, text, place):
    article = analyse(text, language, PUBLISHED)
    assert any(e.location is not None and e.location.name == place for e in article.events)


# (language, text, the incursion's country)
AIRSPACE_DEMONYMS = [
    ("fr", "Selon le ministère de la Défense, l'engin a pénétré dans l'espace aérien moldave dimanche soir "
           "lors d'une attaque massive de drones russes contre l'Ukraine voisine.", "Moldova"),
    ("en", "The drone entered Moldovan airspace on Sunday evening during a massive Russian drone attack "
           "on neighbouring Ukraine, the ministry said.", "Moldova"),
    ("fr", "Un missile a violé l'espace aérien de la Pologne mardi matin lors d'une frappe russe contre "
           "l'ouest de l'Ukraine, selon l'armée polonaise.", "Poland"),
]


@pytest.mark.parametrize(("language", "text", "country"), AIRSPACE_DEMONYMS)
def test_an_incursion_is_at_the_airspaces_country(analyse, language, text, country):
    article = analyse(text, language, PUBLISHED)
    assert article.events and article.events[0].location is not None
    assert article.events[0].location.name == country
