"""A country's name opening a person's name ("Israël Katz", "Israel Katz") is a first name there:
the speaker is the person, not "Israel"; the same word elsewhere in the text stays the country
(who_names.first_names_of_countries). A demonym before a name stays a country."""
import pytest

CASES = [
    ("fr", "Le ministre israélien de la Défense, Israël Katz, a affirmé sur X que « les coups douloureux "
           "ont commencé ».", "Israël Katz"),
    ("en", "Israeli Defense Minister Israel Katz said on X that the painful blows had begun.", "Israel Katz"),
]


@pytest.mark.parametrize("language,text,speaker", CASES)
def test_country_name_opening_a_person_name(analyse, language, text, speaker):
    assert [c.speaker.name for c in analyse(text, language, "2025-07-16").claims] == [speaker]


def test_the_country_stays_a_country_elsewhere(analyse):
    article = analyse("Israeli Defense Minister Israel Katz said the strikes would go on. Israel struck the "
                      "Syrian army headquarters in Damascus on Wednesday.", "en", "2025-07-16")
    assert any(p.name == "Israel" for e in article.events for p in e.actors), article.events
