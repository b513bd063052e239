"""Sending people or arms is an act: a claim that negates it denies it ("We did not send anyone and
we did not give anyone weapons", "Nous n'avons envoyé personne"), as "did not deliver weapons"
does. `act_phrases` in lang/*/claims.yaml gives the verbs with the objects that make them acts
(send troops, give weapons; not "give details", "send a reply"); `negative_pronouns` ("personne",
"nobody") negate the act without "not". Sentences written here from the patterns of wire copy."""

from __future__ import annotations

import pytest
from helpers import one_claim

# (language, text, keyword, stance)
SENDING = [
    pytest.param("en", '"We did not send anyone and we did not give anyone weapons," the interior minister '
                       "told reporters.", "send anyone", "deny", id="en_did_not_send_anyone"),
    pytest.param("en", "The ministry said it had not sent any troops to the border region.",
                 "troops", "deny", id="en_had_not_sent_troops"),
    pytest.param("en", '"We sent nobody there," the defence spokesman said on Monday.',
                 "nobody", "deny", id="en_sent_nobody"),
    pytest.param("fr", "« Nous n'avons envoyé personne et nous n'avons donné d'armes à personne », a déclaré "
                       "le ministre de l'Intérieur.", "envoyé personne", "deny", id="fr_envoye_personne"),
    pytest.param("fr", "« Nous n'avons jamais envoyé de soldats dans la province », a dit le porte-parole.",
                 "soldats", "deny", id="fr_jamais_envoye_de_soldats"),
    pytest.param("fr", "Le ministère a assuré ne vendre aucune arme aux milices de la région.",
                 "aucune arme", "deny", id="fr_ne_vendre_aucune_arme"),
    # the same verbs with other objects are no acts
    pytest.param("en", "The minister did not give any details about the strike, the spokesman said.",
                 "details", "assert", id="en_no_details"),
    pytest.param("en", '"We have not sent a reply to the letter yet," the minister said.',
                 "reply", "assert", id="en_no_reply"),
    pytest.param("fr", "« Le gouvernement n'a pas donné de détails sur la frappe », a déclaré le député.",
                 "détails", "assert", id="fr_pas_de_details"),
    pytest.param("fr", "« Une personne a été blessée et nous avons envoyé des secours », a déclaré le maire.",
                 "secours", "assert", id="fr_une_personne_noun"),
]


@pytest.mark.parametrize(("language", "text", "keyword", "stance"), SENDING)
def test_negated_sending_of_people_or_arms_is_a_denial(analyse, language, text, keyword, stance):
    claim = one_claim(analyse(text, language=language), keyword)
    assert claim.stance == stance, claim.content
