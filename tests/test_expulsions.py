"""The expulsion of diplomats or consular agents is a diplomatic protest, told by the verb or the
noun ("Paris a expulsé douze agents consulaires", "the expulsion of two Russian diplomats"); the
expulsion of migrants is none (events.yaml `requires`)."""
import pytest

PROTESTS = [
    ("fr", "Paris a expulsé lundi douze agents consulaires algériens."),
    ("fr", "Varsovie a annoncé lundi l'expulsion de deux diplomates russes."),
    ("en", "France on Monday expelled 12 Algerian consular agents."),
    ("en", "The expulsion of two Russian diplomats was announced on Monday by Warsaw."),
]
NONE = [
    ("fr", "La France a annoncé lundi l'expulsion de migrants algériens en situation irrégulière."),
    ("en", "The government announced on Monday the expulsion of 300 migrants."),
]


@pytest.mark.parametrize("language,text", PROTESTS)
def test_expulsion_of_diplomats_is_a_protest(analyse, language, text):
    assert [e.type for e in analyse(text, language, "2025-04-15").events] == ["diplomatic_protest"]


@pytest.mark.parametrize("language,text", NONE)
def test_expulsion_of_migrants_is_none(analyse, language, text):
    assert analyse(text, language, "2025-04-15").events == []
