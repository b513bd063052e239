"""A person's name read after a title runs over lower-case particles before a capitalised part
("Bassem al-Awadi", "Mohammed ben Salmane"): the speaker is the whole name, not its first word
(name_particles in lang/<code>/parties.yaml, who._untagged_name_after)."""
import pytest

CASES = [
    ("fr", "Le porte-parole du gouvernement irakien, Bassem al-Awadi, a dénoncé « un acte terroriste "
           "visant l'économie nationale ».", "Bassem al-Awadi"),
    ("fr", "Le prince héritier, Mohammed ben Salmane, a condamné l'attaque contre la raffinerie.",
     "Mohammed ben Salmane"),
    ("fr", "Le ministre mauritanien de la Défense, Hanena ould Sidi, a dénoncé une « agression ».",
     "Hanena ould Sidi"),
]


@pytest.mark.parametrize("language,text,speaker", CASES)
def test_particle_stays_inside_the_speakers_name(analyse, language, text, speaker):
    names = [c.speaker.name for c in analyse(text, language).claims if c.speaker is not None]
    assert speaker in names, names
