"""A verb of telling with an infinitive complement tells someone what to do: "told Ecuador to stop
the raids", "a dit à Israël de cesser les frappes" are demands, as "a appelé X à cesser" is
(`telling_verbs`, `infinitive_marks` in lang/*/claims.yaml; clauses.tells_to_do). The same verbs
with a clause ("told Reuters that", "a prévenu que") or a bare infinitive ("a dit vouloir") still
state. Sentences written here from the patterns of wire copy."""

from __future__ import annotations

import pytest
from helpers import one_claim, speaker_is

# (language, text, speaker, keyword, stance)
TELLING = [
    pytest.param("en", "The Colombian president told Ecuador to stop the raids near the border.",
                 "president", "stop the raids", "demand", id="en_told_x_to"),
    pytest.param("en", "The UN envoy warned both sides not to attack the hospital in the north.",
                 "UN", "attack the hospital", "demand", id="en_warned_x_not_to"),
    pytest.param("fr", "Le président français a dit à Israël de cesser les frappes sur le sud du Liban.",
                 "président", "cesser les frappes", "demand", id="fr_dit_a_x_de"),
    pytest.param("fr", "Le préfet a prévenu les habitants de ne pas retourner dans le quartier sinistré.",
                 "préfet", "retourner dans le quartier", "demand", id="fr_previent_x_de_ne_pas"),
    pytest.param("fr", "Le ministre a dit aux rebelles de libérer les otages sans condition.",
                 "ministre", "libérer les otages", "demand", id="fr_dit_aux_x_de_acl"),
    # the same verbs stating
    pytest.param("en", "The mayor told reporters he had decided to close the schools.",
                 "mayor", "close the schools", "assert", id="en_told_clause"),
    pytest.param("en", "A police official told AFP that the two men were unarmed.",
                 "police", "unarmed", "assert", id="en_told_that"),
    pytest.param("fr", "Le ministre a dit vouloir mettre fin aux combats dans la région.",
                 "ministre", "mettre fin aux combats", "assert", id="fr_dit_vouloir"),
    pytest.param("fr", "Le maire a prévenu que de nouvelles coupures d'eau étaient possibles.",
                 "maire", "coupures d'eau", "assert", id="fr_previent_que"),
]


@pytest.mark.parametrize(("language", "text", "speaker", "keyword", "stance"), TELLING)
def test_telling_someone_to_do_is_a_demand(analyse, language, text, speaker, keyword, stance):
    claim = one_claim(analyse(text, language=language), keyword)
    assert speaker_is(claim, speaker) and claim.stance == stance, (claim.speaker.name, claim.stance)
