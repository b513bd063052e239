"""Round 17: a headline joining two clauses with a comma ("SAF accuses RSF of drone strike on Port
Sudan, UAE condemn attack") gives the first speaker the words before the comma only, and the
second reporting clause is a claim of its own, even when the tagger reads its verb as a noun or
the line is split at it (claim_headlines.py). Narration after the comma ("..., death toll rises")
is no part of the first claim either. Sentences written here from the general pattern."""

from __future__ import annotations

import pytest

# (language, text, first speaker's words, words not in them, second speaker or None, its stance)
HEADLINES = [
    ("en", "Army accuses militia of drone strike on Kassala, Qatar condemn attack\n\nThe army accused the "
           "militia on Monday of a drone strike on the city.", "drone strike on Kassala", "condemn",
     "Qatar", "condemn"),
    ("en", "Pakistan says it shot down Indian drones, New Delhi calls claims false\n\nISLAMABAD, May 8 - "
           "Pakistan's military said on Thursday it had shot down 25 Indian drones over several cities.",
     "shot down Indian drones", "false", None, None),
    ("en", "Russia says it downed 40 Ukrainian drones, Kyiv reports strikes on refineries\n\n"
           "Russia's defence ministry said on Sunday its air defences had destroyed 40 drones.", "downed 40",
     "Kyiv", "Kyiv", "assert"),
    ("en", "Kyiv says Russian missile hit hospital, death toll rises to 12\n\nA Russian missile hit a "
           "hospital in Kharkiv on Tuesday, officials said.", "missile hit hospital", "toll", None, None),
    # an elided article opens the second speaker; a negated verb with no words of its own
    ("fr", "Cisjordanie : l'armée dit avoir tué trois « terroristes », l'Autorité palestinienne dénonce des "
           "« exécutions »\n\nL'armée a annoncé jeudi avoir tué trois Palestiniens armés.",
     "trois « terroristes", "exécutions", "Autorité", "condemn"),
    ("fr", "Mer Noire : Moscou affirme avoir détruit cinq drones navals, Kiev ne confirme pas\n\n"
           "Le ministère de la Défense a annoncé samedi avoir détruit cinq drones.", "cinq drones navals",
     "confirme", None, None),
    ("fr", "Kiev affirme avoir abattu 30 drones, Moscou évoque des frappes réussies sur des dépôts\n\n"
           "L'armée de l'air ukrainienne a affirmé mardi avoir abattu 30 drones russes.", "abattu 30 drones",
     "Moscou", "Moscou", "assert"),
]


@pytest.mark.parametrize(("language", "text", "words", "not_words", "second", "stance"), HEADLINES)
def test_a_comma_joined_headline_is_two_statements(analyse, language, text, words, not_words, second,
                                                   stance):
    claims = analyse(text, language=language).claims
    title_end = text.index("\n")
    title = [c for c in claims if c.content_span[0] < title_end]
    found = [(c.speaker.text, c.stance, c.content) for c in title]
    assert any(words in c.content for c in title), found
    assert not any(words in c.content and not_words in c.content for c in title), found
    if second is not None:
        assert any(second in (c.speaker.text or "") and c.stance == stance and words not in c.content
                   for c in title), found


@pytest.mark.parametrize(("language", "text", "words"), [
    # no finite verb after the comma: a list of places, a participle, a postposed "X says"
    ("en", "Russia says drones hit Kursk, Belgorod and Bryansk overnight\n\nRussia said drones hit three "
           "regions.", "Belgorod and Bryansk"),
    ("en", "Hamas says Israeli strike killed 20, including children\n\nHamas said on Monday an Israeli "
           "strike killed 20 people.", "including children"),
    # a first line that ends like a sentence is a lede: its commas join as in any sentence
    ("fr", "Le président a déclaré avoir discuté avec son homologue des frappes sur la frontière, le "
           "ministère a envoyé une note officielle à ce sujet.\nPlus tôt, l'armée avait annoncé des tirs.",
     "note officielle"),
])
def test_a_comma_without_another_clause_keeps_the_words(analyse, language, text, words):
    claims = analyse(text, language=language).claims
    assert any(words in c.content for c in claims), [(c.speaker.text, c.content) for c in claims]


def test_a_headline_verb_without_a_parsed_subject_takes_the_name_before_it(analyse):
    """"Houthis claim attack on US aircraft carrier": the tagger reads "Houthis" as a pronoun and
    gives "claim" no subject; the name opening the line speaks, not a name after the verb."""
    text = ("Houthis claim attack on US aircraft carrier, Pentagon says no ship was hit\n\nSANAA, Nov 12 - "
            "Yemen's Houthi rebels said on Tuesday they had attacked the US aircraft carrier.")
    claims = analyse(text, language="en").claims
    found = [(c.speaker.text, c.content) for c in claims]
    assert any(c.speaker.text == "Houthis" and "attack on US aircraft carrier" in c.content
               for c in claims), found
    assert not any(c.speaker.text == "US" for c in claims), found
