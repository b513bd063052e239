"""Round 28, lead's review: what the doer's-own-announcement rule (status_own_acts) must leave
alone. Sentences written for these tests, in stories of no article here."""

import pytest

# (language, text, type of the act the article tells as fact): "responded with air strikes" is an
# answering act, no statement; the act stays as the article tells it
ANSWERING_ACTS = [
    ("en", "Armenian troops shelled border villages on Friday, the Azerbaijani army said. Azerbaijan "
           "responded with drone strikes on Armenian positions near Jermuk.", "drone_strike"),
    ("en", "Gunmen attacked a police post in Tillaberi on Monday. The army replied with air strikes "
           "on the gunmen's camp near Ayorou.", "air_strike"),
    ("fr", "Des combattants ont attaqué un poste de police à Tillabéri lundi. L'armée a répondu par des "
           "frappes aériennes sur leur camp près d'Ayorou.", "air_strike"),
]


@pytest.mark.parametrize(("language", "text", "kind"), ANSWERING_ACTS)
def test_an_answering_act_is_no_statement(analyse, language, text, kind):
    article = analyse(text, language, published="2025-05-07")
    acts = [e for e in article.events if e.type == kind]
    assert acts and all(e.status == "reported" for e in acts), [(e.type, e.status) for e in article.events]
    assert not any(c.content.lower().startswith(("with", "par")) for c in article.claims), \
        [(c.speaker.name, c.content) for c in article.claims]


# (language, text, words of the recalled act): the speaker's "it" is the doer of the first act
# its words tell, not of an earlier act they recall as the reason
RECALLED_IN_OWN_CLAIM = [
    ("en", "The Indian army said it struck six camps in Pakistan on Wednesday, a week after an "
           "attack on pilgrims in Reasi killed nine people.", "attack"),
    ("en", "The Israeli military said it hit Houthi ports on Sunday, days after a missile attack on "
           "Ben Gurion airport wounded six people.", "attack"),
]


@pytest.mark.parametrize(("language", "text", "word"), RECALLED_IN_OWN_CLAIM)
def test_a_recalled_act_is_not_the_speakers_own(analyse, language, text, word):
    article = analyse(text, language, published="2025-05-07")
    recalled = [e for e in article.events if not e.actors
                and word in text[e.trigger[0]:e.trigger[1]].lower()]
    assert recalled, [(e.type, text[e.trigger[0]:e.trigger[1]], e.actors) for e in article.events]
    assert all(e.status == "reported" for e in recalled), [(e.type, e.status) for e in recalled]
