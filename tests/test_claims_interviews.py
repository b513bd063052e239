"""Round 11: interviews in question-and-answer form. Each labelled answer ("Réponse :", "R :",
"A:", "Answer:") is a statement of the person interviewed, quoted directly; the questions are
no claims of his. French and English interviews written from the general form (stories of our
own)."""

from __future__ import annotations

import pytest
from helpers import one_claim, speaker_is

INTERVIEWS = [
    pytest.param("fr", "Entretien avec Zeki Aktürk, porte-parole du ministère turc de la Défense\n\n"
                 "Question : L'armée turque a-t-elle frappé des civils à Zakho ?\n"
                 "Réponse : Non. Nos frappes visent uniquement les positions terroristes du PKK.\n",
                 "Aktürk", "positions terroristes", id="fr_reponse"),
    pytest.param("fr", "Le général Issa Diallo, chef d'état-major de l'armée nigérienne, a reçu notre "
                 "correspondant à Niamey.\n\nQ : Combien de soldats ont été tués à Tillia ?\n"
                 "R : Douze de nos hommes sont tombés, et nous avons neutralisé quarante assaillants.\n",
                 "Diallo", "neutralisé quarante", id="fr_r"),
    pytest.param("en", "Interview: Pakistan's army spokesman on the Kashmir shelling\n\nMajor General Ahmed "
                 "Sharif spoke to reporters in Rawalpindi on Thursday.\n\n"
                 "Q: Did Pakistani troops fire first on Indian posts?\n"
                 "A: Our troops only responded to unprovoked Indian fire on civilian villages.\n",
                 "Sharif", "unprovoked Indian fire", id="en_a"),
    pytest.param("en", "Colombia's defence minister, Pedro Sanchez, answered our questions in Bogota.\n\n"
                 "Question: Who is behind the attack in Cucuta?\n"
                 "Answer: The ELN planted the bomb, and we have proof of it.\n",
                 "Sanchez", "planted the bomb", id="en_answer"),
]


@pytest.mark.parametrize(("language", "text", "speaker", "keyword"), INTERVIEWS)
def test_an_answer_is_the_interviewee_s_direct_statement(analyse, language, text, speaker, keyword):
    article = analyse(text, language=language)
    claim = one_claim(article, keyword)
    assert speaker_is(claim, speaker), claim.speaker
    assert claim.direct_quote
    # the question is the journalist's: not a claim of the interviewee
    assert not any("?" in c.content and speaker_is(c, speaker) for c in article.claims)


def test_a_denial_in_an_answer_contradicts_the_other_side(analyse):
    text = ("Interview: Pakistan's army spokesman\n\nMajor General Ahmed Sharif spoke to reporters on "
            "Thursday.\n\n"
            "Q: India says three of its soldiers were killed by Pakistani shelling in Kupwara on Wednesday.\n"
            "A: These are baseless claims meant to mislead the world.\n")
    article = analyse(text, language="en")
    denial = one_claim(article, "baseless")
    assert denial.stance == "deny" and speaker_is(denial, "Sharif")
    accusation = one_claim(article, "three of its soldiers")
    assert accusation.id in denial.contradicts


@pytest.mark.parametrize(("language", "text"), [
    ("en", "A: the first option, was chosen by the council on Monday after a long debate in the city."),
    ("fr", "Le ministre a affirmé : « Les frappes visaient des dépôts d'armes du groupe. »"),
])
def test_no_interview_without_a_label_opening_a_line_or_anyone_named(analyse, language, text):
    article = analyse(text, language=language)
    assert all(not c.direct_quote or "«" in text for c in article.claims)


@pytest.mark.parametrize(("language", "text", "keyword", "stance"), [
    pytest.param("fr", "Entretien avec Zeki Aktürk, porte-parole du ministère turc de la Défense\n\n"
                 "Question : L'armée turque a-t-elle frappé des civils à Zakho ?\n"
                 "Réponse : Non. Nos frappes visent uniquement les positions du PKK dans les montagnes.\n",
                 "positions du PKK", "deny", id="fr_non"),
    pytest.param("en", "Interview with Ahmed Sharif, Pakistan's army spokesman\n\n"
                 "Q: Did Pakistani troops fire first on Indian posts?\n"
                 "A: Absolutely not. Our troops only responded to fire on our villages.\n",
                 "responded to fire", "deny", id="en_absolutely_not"),
    pytest.param("en", "Interview with Ahmed Sharif, Pakistan's army spokesman\n\n"
                 "Q: What happened in the Neelum valley?\n"
                 "A: Nobody expected the shelling, which went on for six hours.\n",
                 "shelling", "assert", id="en_no_refusal"),
])
def test_an_answer_opening_with_a_refusal_denies(analyse, language, text, keyword, stance):
    claim = one_claim(analyse(text, language=language), keyword)
    assert claim.stance == stance
