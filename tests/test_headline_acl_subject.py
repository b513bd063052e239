"""A headline "Pays : le groupe revendique l'attaque ..." that the parser reads as one noun phrase
(the verb hung on the name before it) has that name for speaker, not a place named after the verb
(attribution._finite_on_name)."""
import pytest

BODY = "\n\nDes hommes armés ont attaqué dimanche un camp militaire, selon des sources locales."
CASES = [
    ("Burkina Faso : le JNIM revendique une attaque d'ampleur contre Djibo", "JNIM"),
    ("Mali : le JNIM revendique l'attaque contre le camp de Boulkessi", "JNIM"),
    ("Nigeria : l'Iswap revendique l'attaque de Malam Fatori", "Iswap"),
]


@pytest.mark.parametrize("headline,speaker", CASES)
def test_headline_group_claims(analyse, headline, speaker):
    claims = analyse(headline + BODY, "fr", "2025-05-12").claims
    assert claims and speaker.lower() in claims[0].speaker.name.lower(), [c.speaker for c in claims]
