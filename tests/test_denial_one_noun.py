"""A denial whose object is one noun ("The RSF denied responsibility", "Moscow denied involvement")
is a claim: what is denied is the accusation, and it contradicts the report of the act."""
import pytest

CASES = [
    "The RSF denied responsibility.",
    "Moscow denied involvement.",
    "The army has denied wrongdoing.",
]


@pytest.mark.parametrize("text", CASES)
def test_denial_of_one_noun_is_a_claim(analyse, text):
    assert [c.stance for c in analyse(text, "en").claims] == ["deny"]


def test_denial_of_one_noun_contradicts_the_report(analyse):
    article = analyse("A drone strike by the RSF hit a mosque in El Fasher on Friday, killing 75 people, "
                      "a medical group said. The RSF denied responsibility.", "en", "2025-09-20")
    denial = next(c for c in article.claims if c.stance == "deny")
    report = next(c for c in article.claims if c.stance == "assert")
    assert report.id in denial.contradicts
