"""Round 14: a denial is about the thing the denied act befalls (link._denied_things), and an
office holder of a town or region is of the country of the place he governs
(speakers._of_governed_place). One side denying that one thing was hit and telling that another
was ("no airfield was hit" / "missiles struck a residential area") does not contradict itself; a
denial answering another side's assertion about the same thing stays linked. French and English
sentences written here from the general patterns of wire copy (stories not in news-dev)."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.model import Article, Claim, Published

PUBLISHED = Published(date(2026, 2, 4))


def _claims(pipe, text: str, language: str) -> list[Claim]:
    return pipe.process(Article(text=text, id="t", language=language, published=PUBLISHED)).claims


def _by_stance(claims: list[Claim], stance: str, word: str) -> Claim:
    found = [c for c in claims if c.stance == stance and word in c.content]
    assert found, [(c.speaker.name, c.stance, c.content) for c in claims]
    return found[0]


# (language, text, a word of the denial, a word of the other claim, linked)
DENIALS = [
    # another side asserting the very thing denied: linked
    ("en", "Russia's defence ministry said on Tuesday its forces had destroyed a fuel depot in Odesa. "
           "Ukraine's southern military command denied that any fuel depot had been hit in Odesa.",
     "fuel depot had been hit", "destroyed", True),
    ("fr", "Le Hezbollah a affirmé dimanche avoir détruit une caserne de l'armée israélienne à Meron. "
           "L'armée israélienne a démenti que la caserne ait été touchée.",
     "caserne ait", "détruit", True),
    # another thing of the strike, told by a speaker of no known country: not linked
    ("en", "Ukraine's air force denied that any military airfield had been hit in Kramatorsk. "
           "Witnesses said two missiles struck a residential area of the city, wounding five people.",
     "airfield", "residential area", False),
    ("fr", "La marine ukrainienne a démenti que des installations portuaires aient été touchées à "
           "Odessa. Des témoins ont indiqué que deux missiles avaient frappé un quartier résidentiel "
           "de la ville.",
     "installations portuaires", "quartier", False),
    # a denied act noun is about its complement ("any strike on the port")
    ("en", "Russian missiles struck the Ukrainian city of Odesa overnight. Ukraine's navy denied any strike "
           "on the port of Odesa. Witnesses said two missiles hit a residential area of the city.",
     "strike on the port", "residential area", False),
    ("fr", "Des missiles russes ont frappé Odessa dans la nuit. La marine ukrainienne a démenti toute "
           "frappe contre le port d'Odessa. Des témoins ont indiqué que deux missiles avaient frappé un "
           "quartier résidentiel.", "frappe contre", "quartier", False),
    ("fr", "La Russie a affirmé que ses missiles avaient détruit le port d'Odessa. La marine ukrainienne "
           "a démenti toute frappe contre le port d'Odessa.", "frappe contre", "détruit", True),
]


@pytest.mark.parametrize(("language", "text", "denied", "told", "linked"), DENIALS)
def test_a_denial_contradicts_only_words_naming_what_it_denies(pipe, language, text, denied, told, linked):
    claims = _claims(pipe, text, language)
    denial = _by_stance(claims, "deny", denied)
    other = next((c for c in claims if c.stance != "deny" and told in c.content), None)
    assert other is not None, [(c.speaker.name, c.stance, c.content) for c in claims]
    assert (other.id in denial.contradicts) is linked, [(c.speaker.name, c.speaker.country, c.stance,
                                                         c.content, c.contradicts) for c in claims]


# (language, text, word of the office holder's claim, country)
OFFICE_HOLDERS = [
    ("en", "Russian missiles struck the Ukrainian city of Kramatorsk overnight. Regional governor "
           "Vadym Petrenko said two missiles hit a residential area, wounding five people.",
     "wounding", "UA"),
    ("en", "Drones struck the Ukrainian port of Izmail on Tuesday. The regional governor said a grain "
           "terminal was hit.", "grain terminal", "UA"),
    ("en", "Shells landed on a market in Goma, in eastern Congo. The governor of North Kivu said six "
           "civilians were killed.", "six", "CD"),
    ("fr", "Des drones ont frappé la ville russe de Belgorod dans la nuit. Le gouverneur régional, "
           "Viktor Sokolov, a indiqué que deux maisons avaient été endommagées.", "maisons", "RU"),
    ("fr", "Des missiles ont frappé Odessa, dans le sud de l'Ukraine. Le maire Ivan Petrov a déclaré "
           "qu'un entrepôt avait été détruit.", "entrepôt", "UA"),
]


@pytest.mark.parametrize(("language", "text", "word", "country"), OFFICE_HOLDERS)
def test_an_office_holder_is_of_the_country_of_the_place_he_governs(pipe, language, text, word, country):
    claims = _claims(pipe, text, language)
    claim = next((c for c in claims if word in c.content), None)
    assert claim is not None, [(c.speaker.name, c.content) for c in claims]
    assert claim.speaker.country == country, (claim.speaker.name, claim.speaker.country)


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Russian missiles struck the eastern Ukrainian city of Kramatorsk overnight, officials said. "
           "Ukraine's air force denied that any military airfield had been hit in Kramatorsk. Regional "
           "governor Vadym Petrenko said two Russian missiles struck a residential area of the city."),
    ("fr", "Des missiles russes ont frappé la ville ukrainienne d'Odessa dans la nuit, selon les autorités. "
           "La marine ukrainienne a démenti que des installations portuaires aient été touchées à Odessa. "
           "Le gouverneur régional Oleh Marchenko a indiqué que deux missiles russes avaient frappé un "
           "quartier résidentiel de la ville."),
])
def test_one_side_denying_one_thing_and_telling_another_is_no_contradiction(pipe, language, text):
    claims = _claims(pipe, text, language)
    denial = _by_stance(claims, "deny", "touch" if language == "fr" else "airfield")
    assert denial.contradicts == [], [(c.speaker.name, c.speaker.country, c.content, c.contradicts)
                                      for c in claims]
