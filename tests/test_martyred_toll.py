""""Martyred" is how Pakistani, Iranian, Palestinian and Lebanese outlets and officials write
"killed" ("four civilians were martyred"; "tombés en martyrs"): a death toll like any other
(casualty_words in lang/<code>/numbers.yaml)."""
import pytest

CASES = [
    ("en", "Four civilians, including a woman and a child, were martyred and 11 others injured when Indian "
           "troops shelled villages along the Line of Control on Wednesday night, the military said.", 4),
    ("en", "Two soldiers were martyred in an exchange of fire with terrorists in North Waziristan on "
           "Tuesday.", 2),
]


@pytest.mark.parametrize("language,text,killed", CASES)
def test_martyred_counts_the_dead(analyse, language, text, killed):
    assert [e.fatalities for e in analyse(text, language, "2025-05-08").events] == [killed]
