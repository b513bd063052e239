"""Round 8: a side's hypothesis as its claim ("l'hypothèse, avancée par X, selon laquelle ...",
"X, qui accréditent la thèse de ...", "the theory, put forward by X, that ..."), and the
contradictions it takes part in: words that negate ("ce missile n'était pas à nous", also through a
copula, "ce drone n'était pas le nôtre") answer a side of no country when both name one weapon;
a claim whose words hold another side's hypothesis tells it, it is no second version of it.
French and English sentences written from the general patterns of wire copy (not from any
article)."""

from __future__ import annotations

import pytest
from helpers import one_claim, speaker_is

HELD = [
    # a participle with an agent on the noun of hypothesis: the agent's claim
    ("fr", "La Maison Blanche a indiqué n'avoir rien vu qui contredise l'hypothèse, avancée par "
           "Varsovie, selon laquelle le missile provenait de la défense antiaérienne ukrainienne.",
     "selon laquelle", "Poland"),
    ("fr", "L'hypothèse, avancée par l'armée, selon laquelle le drone venait du Bélarus a été rejetée "
           "par Minsk.", "drone venait", "armée"),
    ("en", "The White House said it had seen nothing to contradict the theory, put forward by Warsaw, "
           "that the missile came from Ukrainian air defences.", "came from Ukrainian", "Poland"),
    # a holding verb whose object is the noun: its subject, or the antecedent of its relative
    ("fr", "Ce propos contredit l'Otan et Washington qui accréditent plutôt la thèse d'un missile de "
           "défense antiaérienne ukrainien.", "thèse d'un missile", "Otan"),
    ("fr", "Les enquêteurs privilégient la piste d'un sabotage du gazoduc.", "sabotage", "enquêteurs"),
    ("en", "NATO and Washington, which favour the theory of a Ukrainian air-defence missile, asked "
           "for calm.", "theory of a Ukrainian", "NATO"),
    ("en", "Investigators are pursuing the hypothesis of an electrical fault aboard the ferry.",
     "electrical fault", "Investigators"),
]


@pytest.mark.parametrize(("language", "text", "keyword", "speaker"), HELD)
def test_a_hypothesis_put_forward_or_held_is_its_sides_claim(analyse, language, text, keyword, speaker):
    article = analyse(text, language)
    one_claim(article, keyword)  # fails listing the claims when none holds the words
    hits = [c for c in article.claims if keyword.lower() in c.content.lower() and speaker_is(c, speaker)]
    assert hits, [(c.speaker.name, c.content) for c in article.claims]
    assert hits[0].stance == "assert"


@pytest.mark.parametrize(
    ("language", "text", "outer", "inner"),
    [
        ("fr", "La Maison Blanche a indiqué n'avoir rien vu qui contredise l'hypothèse, avancée par "
               "Varsovie, selon laquelle le missile provenait de la défense antiaérienne ukrainienne.",
         "White House", "Poland"),
        ("en", "The White House said it had seen nothing to contradict the theory, put forward by "
               "Warsaw, that the missile came from Ukrainian air defences.", "White House", "Poland"),
    ],
)
def test_the_speaker_telling_a_hypothesis_keeps_his_claim_and_does_not_contradict_it(
        analyse, language, text, outer, inner):
    claims = analyse(text, language).claims
    by_speaker = {c.speaker.name: c for c in claims}
    assert outer in by_speaker and inner in by_speaker, [(c.speaker.name, c.content) for c in claims]
    assert by_speaker[inner].id not in by_speaker[outer].contradicts


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "La police a privilégié le dialogue avec les manifestants."),
        ("fr", "Les rebelles ont pris le contrôle de la piste de l'aéroport."),
        ("en", "The minister said the government favours talks with the rebels."),
        ("en", "The theory was discussed at length."),
    ],
)
def test_no_hypothesis_without_its_noun_or_its_words(analyse, language, text):
    article = analyse(text, language)
    assert not any(fold_has(c.content, ("dialogue", "piste", "talks", "theory")) and c.speaker.name
                   in ("police", "rebels", "rebelles", "government") for c in article.claims), \
        [(c.speaker.name, c.content) for c in article.claims]


def fold_has(words: str, needles: tuple[str, ...]) -> bool:
    return any(n in words.lower() for n in needles)


@pytest.mark.parametrize(
    ("language", "text", "negating", "accusing"),
    [
        # a side of no country (an alliance) whose words name the negating side and its weapon
        ("fr", "Le président ukrainien a déclaré : « Je n'ai aucun doute que ce missile n'était pas à "
               "nous ». L'Otan accrédite plutôt la thèse d'un missile de défense antiaérienne "
               "ukrainien.", "pas à nous", "thèse d'un missile"),
        ("en", "The Ukrainian president said: \"I have no doubt that this missile was not ours.\" NATO "
               "favours the theory of a Ukrainian air-defence missile.", "not ours", "theory of"),
        # the negation hangs on a copula's predicate; witnesses are a side of no country
        ("fr", "Le ministère russe de la Défense a affirmé que « ce drone n'était pas le nôtre ». Selon "
               "des témoins, un drone russe s'est écrasé près de la ville.", "pas le nôtre",
         "drone russe"),
    ],
)
def test_negating_words_answer_a_side_of_no_country_naming_the_same_weapon(
        analyse, language, text, negating, accusing):
    article = analyse(text, language)
    neg, acc = one_claim(article, negating), one_claim(article, accusing)
    assert acc.id in neg.contradicts and neg.id in acc.contradicts


@pytest.mark.parametrize(
    ("language", "text", "negating", "other"),
    [
        # the same sides, but the negation is on another matter (no weapon of the other's words)
        ("fr", "Le ministère russe de la Défense a affirmé que « aucun détail ne serait donné ». Selon "
               "des témoins, un drone russe s'est écrasé près de la ville.", "aucun détail",
         "drone russe"),
        ("en", "The Russian defence ministry said \"no further details would be given\". According to "
               "witnesses, a Russian drone crashed near the town.", "further details", "Russian drone"),
    ],
)
def test_negating_words_on_another_matter_answer_no_side_of_no_country(
        analyse, language, text, negating, other):
    article = analyse(text, language)
    neg, acc = one_claim(article, negating), one_claim(article, other)
    assert acc.id not in neg.contradicts


@pytest.mark.parametrize(
    ("language", "text", "keyword", "speaker"),
    [
        # "les premiers" / "the former": the first of two sides coordinated in the sentence before
        ("fr", "Un incident en mer a opposé samedi des gardes-côtes philippins et chinois. Les premiers "
               "accusent les seconds de leur avoir tiré dessus au canon à eau.", "canon à eau",
         "Philippine"),
        ("fr", "Des tirs ont opposé dimanche des soldats indiens et pakistanais. Les seconds accusent les "
               "premiers d'avoir franchi la ligne de contrôle.", "ligne de contrôle", "Pakistan"),
        ("en", "The clash pitted Indian and Chinese troops against each other on Monday. The former "
               "accused the latter of crossing the border.", "crossing the border", "India"),
    ],
)
def test_the_former_or_the_latter_speaks_for_its_side(analyse, language, text, keyword, speaker):
    claim = one_claim(analyse(text, language), keyword)
    assert speaker_is(claim, speaker), claim.speaker


def test_the_former_with_no_coordination_before_names_no_speaker(analyse):
    article = analyse("Le ministre a visité la base samedi. Les premiers accusent l'armée de négligence.")
    assert not any(speaker_is(c, "ministre") and "négligence" in c.content for c in article.claims)
