"""A people no country stands for, describing the speakers ("Kurdish officials", "Kurdish security
sources"), names them with the phrase, not with the bare adjective ("Kurdish")."""
import pytest

CASES = [
    ("Kurdish officials said the fire at the oil field was put out on Tuesday.", "Kurdish officials"),
    ("Kurdish security sources said two drones hit the airport on Tuesday.", "Kurdish security sources"),
]


@pytest.mark.parametrize("text,speaker", CASES)
def test_people_adjective_keeps_its_noun(analyse, text, speaker):
    names = [c.speaker.name for c in analyse(text, "en").claims if c.speaker is not None]
    assert names == [speaker]
