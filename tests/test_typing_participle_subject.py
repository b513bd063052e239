"""A participle on the subject noun ("Deux drones chargés d'explosifs ont frappé ...") is part of
the subject, even when the French parser takes it for the sentence's root and leaves the strike
verb without a subject: the weapon told there types the strike (events_typing.preverbal_range)."""
import pytest

CASES = [
    ("Deux drones chargés d'explosifs ont frappé lundi soir le champ pétrolier de Khor Mor, au "
     "Kurdistan irakien.", "drone_strike"),
    ("Trois drones bourrés d'explosifs ont frappé dimanche un dépôt de carburant à Soudja.", "drone_strike"),
]


@pytest.mark.parametrize("text,kind", CASES)
def test_participle_on_the_subject_keeps_its_weapon(analyse, text, kind):
    article = analyse(text, "fr", "2025-07-15")
    assert [e.type for e in article.events] == [kind]
