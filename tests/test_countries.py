"""Countries by name, adjective/demonym (any gender and number) and capital, French and English."""

from __future__ import annotations

import pytest

from newsevents.parties.countries import (
    capital_country,
    country_from_adjective,
    country_from_name,
    country_name,
)


@pytest.mark.parametrize(("text", "language", "iso2"), [
    ("la Russie", "fr", "RU"),
    ("Fédération de Russie", "fr", "RU"),
    ("l'Azerbaïdjan", "fr", "AZ"),
    ("l’Arménie", "fr", "AM"),
    ("les États-Unis", "fr", "US"),
    ("Etats-Unis", "fr", "US"),
    ("la Corée du Sud", "fr", "KR"),
    ("Syrie", "fr", "SY"),
    ("Royaume-Uni", "fr", "GB"),
    ("Allemagne", "fr", "DE"),
    ("the United States", "en", "US"),
    ("the UK", "en", "GB"),
    ("Russia", "en", "RU"),
    ("Ukraine", "en", "UA"),
    ("Syria", "en", "SY"),
    ("Ivory Coast", "en", "CI"),
    ("Paris", "fr", None),
    ("Kharkiv", "en", None),
])
def test_country_from_name(text, language, iso2):
    assert country_from_name(text, language) == iso2


@pytest.mark.parametrize(("word", "language", "iso2"), [
    ("russe", "fr", "RU"),
    ("russes", "fr", "RU"),
    ("Russes", "fr", "RU"),
    ("azerbaïdjanais", "fr", "AZ"),
    ("azerbaïdjanaise", "fr", "AZ"),
    ("azerbaïdjanaises", "fr", "AZ"),
    ("ukrainienne", "fr", "UA"),
    ("ukrainiens", "fr", "UA"),
    ("arménien", "fr", "AM"),
    ("arméniennes", "fr", "AM"),
    ("américaine", "fr", "US"),
    ("turque", "fr", "TR"),
    ("israéliens", "fr", "IL"),
    ("Russian", "en", "RU"),
    ("Russians", "en", "RU"),
    ("Armenian", "en", "AM"),
    ("Azerbaijani", "en", "AZ"),
    ("Ukrainians", "en", "UA"),
    ("Chinese", "en", "CN"),
    ("grand", "fr", None),
    ("large", "en", None),
])
def test_country_from_adjective(word, language, iso2):
    assert country_from_adjective(word, language) == iso2


@pytest.mark.parametrize(("name", "language", "iso2"), [
    ("Bakou", "fr", "AZ"),
    ("Moscou", "fr", "RU"),
    ("Erevan", "fr", "AM"),
    ("Kiev", "fr", "UA"),
    ("Kyiv", "en", "UA"),
    ("Washington", "en", "US"),
    ("Londres", "fr", "GB"),
    ("Damas", "fr", "SY"),
    ("Téhéran", "fr", "IR"),
    ("Kharkiv", "fr", None),
    ("Odessa", "en", None),
])
def test_capital_country(name, language, iso2):
    assert capital_country(name, language) == iso2


@pytest.mark.parametrize(("iso2", "name"), [("AZ", "Azerbaijan"), ("RU", "Russia"), ("UA", "Ukraine"),
                                            ("US", "United States"), ("XX", None)])
def test_country_name(iso2, name):
    assert country_name(iso2) == name


@pytest.mark.parametrize(("word", "language", "code"), [
    ("guyanien", "fr", "GY"), ("guyaniennes", "fr", "GY"), ("Guyanese", "en", "GY"),
    ("centrafricain", "fr", "CF"), ("Central African", "en", "CF"),
    ("burundais", "fr", "BI"), ("Burundian", "en", "BI"),
    ("béninois", "fr", "BJ"), ("béninoise", "fr", "BJ"), ("Beninese", "en", "BJ"),
    ("ivoiriennes", "fr", "CI"), ("Ivorian", "en", "CI"), ("togolais", "fr", "TG"), ("Togolese", "en", "TG"),
    ("gabonaise", "fr", "GA"), ("tanzanien", "fr", "TZ"), ("angolais", "fr", "AO"),
    ("namibienne", "fr", "NA"),
    ("laotien", "fr", "LA"), ("nicaraguayen", "fr", "NI"), ("Nicaraguan", "en", "NI"),
    ("salvadorienne", "fr", "SV"), ("hondurien", "fr", "HN"),
])
def test_demonyms_of_every_state_in_the_news(word: str, language: str, code: str) -> None:
    """States whose nationality word the lexicons lacked (found on a Guyana-Venezuela story)."""
    assert country_from_adjective(word, language) == code
