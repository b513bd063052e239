"""Two sides' acts told in two sentences are two incidents, also when the second does not say in
response to what ("The Israeli military said it struck Hezbollah launchers in response"):
drafts.same_incident reads the doers as fold_mentions does (_other_doers)."""
import pytest

CASES = [
    ("en", "Hezbollah said it fired a barrage of rockets at an Israeli army position in the Shebaa Farms on "
           "Monday, in response to an Israeli strike that killed two of its fighters in south Lebanon. The "
           "Israeli military said it struck Hezbollah launchers in response."),
    ("en", "Indian troops shelled Pakistani posts in the Neelum valley on Tuesday night. Pakistani troops "
           "shelled Indian positions along the Line of Control in response."),
]


@pytest.mark.parametrize("language,text", CASES)
def test_each_side_its_own_incident(analyse, language, text):
    events = analyse(text, language, "2025-06-02").events
    doers = [{p.country for p in e.actors} for e in events]
    assert len(events) == 2 and doers[0] != doers[1], [(e.type, e.actors) for e in events]
