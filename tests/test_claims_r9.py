"""Round 9 patterns of claims and contradictions, found on wire copy written for the purpose
(stories outside news-dev and the seeds). Each table states the general pattern in French and
English; none of the sentences comes from a development document."""

from __future__ import annotations

import pytest
from helpers import one_claim, speaker_is

# -- "a affirmé avoir frappé A et démenti B": the denial is the speaker's second statement ---------
# The parser hangs the second reporting verb on the verb of the first one's complement (an
# infinitive, or in English a participle under "had"); it is the speaker's own verb all the same.
COMPLEMENT_CONJUNCT = [
    pytest.param("fr", "Le ministère de la Défense a affirmé avoir frappé des dépôts de carburant et démenti "
                       "toute attaque contre des habitations.",
                 "ministère", "dépôts de carburant", "assert", "habitations", "deny", id="fr_affirme_et_dementi"),
    pytest.param("fr", "L'armée a assuré avoir visé un poste de commandement et a démenti avoir frappé "
                       "l'hôpital.",
                 "armée", "poste de commandement", "assert", "hôpital", "deny", id="fr_assure_et_a_dementi"),
    pytest.param("fr", "Le mouvement rebelle a revendiqué l'embuscade contre le convoi et nié avoir tué des "
                       "civils.",
                 "mouvement", "embuscade", "assert", "tué des civils", "deny", id="fr_revendique_et_nie"),
    pytest.param("en", "The defence ministry said it had struck fuel depots and denied any attack on homes.",
                 "ministry", "fuel depots", "assert", "homes", "deny", id="en_said_had_struck_and_denied"),
    pytest.param("en", "The army said it had targeted a command post and denied hitting the hospital.",
                 "army", "command post", "assert", "hospital", "deny", id="en_said_and_denied_hitting"),
]


@pytest.mark.parametrize(("language", "text", "speaker", "first", "stance1", "second", "stance2"),
                         COMPLEMENT_CONJUNCT)
def test_reporting_verb_coordinated_with_the_complement_is_a_second_claim(
        analyse, language, text, speaker, first, stance1, second, stance2):
    article = analyse(text, language=language)
    a, b = one_claim(article, first), one_claim(article, second)
    assert a is not b, [(c.stance, c.content) for c in article.claims]
    assert speaker_is(a, speaker) and a.stance == stance1
    assert speaker_is(b, speaker) and b.stance == stance2
    assert second not in a.content and first not in b.content


# the complement's own coordinated verbs (no reporting verb, or one sharing a subject of its own
# in a "que" clause) stay inside the one claim
ONE_CLAUSE = [
    pytest.param("fr", "Le porte-parole a déclaré que l'armée avait frappé un dépôt et détruit deux "
                       "blindés.", "dépôt", "blindés", id="fr_two_acts_one_claim"),
    pytest.param("en", "The spokesman said the army had struck a depot and destroyed two armoured vehicles.",
                 "depot", "armoured vehicles", id="en_two_acts_one_claim"),
]


@pytest.mark.parametrize(("language", "text", "first", "second"), ONE_CLAUSE)
def test_two_acts_in_the_complement_stay_one_claim(analyse, language, text, first, second):
    article = analyse(text, language=language)
    assert len(article.claims) == 1, [(c.stance, c.content) for c in article.claims]
    assert first in article.claims[0].content and second in article.claims[0].content
