"""Words that describe a speaker are not its statement: a relative clause on the speaker's noun
("une association, qu'on appelle le Collectif") says who speaks, while a relative clause between
the speaker and its verb leaves the claim alone. French and English tables written from the
general patterns of wire copy (not from any article)."""

from __future__ import annotations

import pytest
from helpers import fold, one_claim, speaker_is

# (language, text, words of the relative clause that must not be claimed)
DESCRIBING = [
    pytest.param("fr", "Au moins douze personnes ont été tuées jeudi dans un bombardement près de la ville. "
                 "C'est ce que rapporte une association locale, qu'on appelle le Collectif des familles.",
                 "appelle", id="fr_cleft_named_source"),
    pytest.param("fr", "Au moins douze personnes ont été tuées jeudi dans un bombardement près de la ville. "
                 "C'est ce qu'affirme une organisation locale, que l'on surnomme la Vigie.",
                 "surnomme", id="fr_cleft_nicknamed_source"),
    pytest.param("en", "At least twelve people were killed on Thursday in shelling near the town. "
                 "That is what a local aid group, which people call the Families Collective, reported.",
                 "call the", id="en_cleft_named_source"),
]


@pytest.mark.parametrize("language,text,words", DESCRIBING)
def test_relative_clause_on_the_speaker_is_not_claimed(analyse, language, text, words):
    article = analyse(text, language=language)
    assert not any(fold(words) in fold(c.content) for c in article.claims), \
        [(c.speaker.name, c.content) for c in article.claims]


# (language, text, keyword of the claim, speaker alias): a relative clause on the speaker, the
# statement after its verb
KEPT = [
    pytest.param("fr", "Le ministre, qui a visité le site, a déclaré que trois civils avaient été tués.",
                 "trois civils", "ministre", id="fr_relative_then_statement"),
    pytest.param("en", "The governor, who visited the site, said that three civilians had been killed.",
                 "three civilians", "governor", id="en_relative_then_statement"),
]


@pytest.mark.parametrize("language,text,keyword,speaker", KEPT)
def test_statement_after_a_described_speaker_is_kept(analyse, language, text, keyword, speaker):
    claim = one_claim(analyse(text, language=language), keyword)
    assert speaker_is(claim, speaker), claim.speaker


# (language, text, words of the reporting sentence, keyword of the statement that follows):
# a denial told as "this statement was denied by X" is not X's words; X's next sentence is
REFERRED = [
    pytest.param("fr", "Le président a annoncé un accord de cessez-le-feu. Cependant, cette déclaration a "
                 "été rapidement démentie par le ministre des Affaires étrangères, Jean Dupont. Il a "
                 "précisé qu'aucun accord n'avait été conclu.",
                 "démentie", "aucun accord", id="fr_demonstrative_denied_by"),
    pytest.param("en", "The president announced a ceasefire agreement. However, this statement was quickly "
                 "denied by the foreign minister, John Smith. He said that no agreement had been reached.",
                 "denied", "no agreement", id="en_demonstrative_denied_by"),
]


@pytest.mark.parametrize("language,text,frame,keyword", REFERRED)
def test_reporting_sentence_on_a_referred_statement_is_not_claimed(analyse, language, text, frame, keyword):
    article = analyse(text, language=language)
    assert not any(fold(frame) in fold(c.content) for c in article.claims), \
        [(c.speaker.name, c.content) for c in article.claims]
    claim = one_claim(article, keyword)
    assert claim.stance == "deny", claim.stance


# the denier's own words after it ("..., qui assurent que ...") keep the denial
OWN_WORDS_AFTER = [
    pytest.param("fr", "L'armée a affirmé avoir visé un dépôt. Ces affirmations ont été démenties par les "
                 "habitants du quartier, qui assurent qu'il n'y avait que des maisons.",
                 "des maisons", id="fr_denied_by_who_insist"),
    pytest.param("en", "The army said it had hit a depot. These claims were denied by residents of the "
                 "district, who insist that there were only houses.",
                 "only houses", id="en_denied_by_who_insist"),
]


@pytest.mark.parametrize("language,text,keyword", OWN_WORDS_AFTER)
def test_denier_words_after_the_frame_are_kept(analyse, language, text, keyword):
    claim = one_claim(analyse(text, language=language), keyword)
    assert claim.stance == "deny", claim.stance
