""""Les deux pays", "both countries" stand for the two countries last named: the parties of the act
they do ("Les deux pays ont rappelé leurs ambassadeurs"); and a summons, a recall and an expulsion
of envoys are separate acts even on one day (their `mode` in lang/*/events.yaml)."""
import pytest

CASES = [
    ("fr", "Alger a convoqué mardi le chargé d'affaires français. Les deux pays ont rappelé leurs "
           "ambassadeurs pour consultations."),
    ("en", "Algeria summoned the French charge d'affaires on Tuesday. Both countries have recalled their "
           "ambassadors for consultations."),
]


@pytest.mark.parametrize("language,text", CASES)
def test_both_countries_recall_is_an_act_of_its_own(analyse, language, text):
    events = analyse(text, language, "2025-04-15").events
    assert [e.type for e in events] == ["diplomatic_protest", "diplomatic_protest"]
    assert {p.name for p in events[1].actors} == {"Algeria", "France"}


def test_both_countries_needs_two_countries_named(analyse):
    article = analyse("Les deux pays ont rappelé leurs ambassadeurs pour consultations mardi.", "fr",
                      "2025-04-15")
    assert not [m for m in article.of_kind("state") if m.text.lower() == "les deux pays"]
