"""Round 25 (claims): a military command's statement ("selon l'état-major", "the General Staff
said"), ... Sentences written for these tests, in stories of their own."""

import pytest

# (language, text, words of the claim, words the speaker's name must hold)
COMMANDS = [
    # "état-major" was cut in three tokens, the parser read two nouns and lost the source
    ("fr", "Selon l'état-major russe, les forces russes ont détruit un dépôt de munitions dans la région "
           "de Mykolaïv.", "dépôt de munitions", "general staff"),
    ("fr", "Deux hélicoptères ont été détruits sur la base aérienne de Millerovo, a annoncé l'état-major "
           "général des forces armées ukrainiennes.", "hélicoptères", "general staff"),
    ("fr", "D'après l'état-major de l'armée birmane, des rebelles ont attaqué un poste près de Lashio.",
     "rebelles", "general staff"),
    # "General" of "the General Staff" is no general's title
    ("en", "The Russian General Staff said its forces struck two fuel depots in the Dnipropetrovsk "
           "region overnight.", "fuel depots", "general staff"),
    ("en", "Ukraine's General Staff said on Sunday that its drones had hit a radar station in "
           "occupied Crimea.", "radar station", "general staff"),
]


@pytest.mark.parametrize(("language", "text", "words", "speaker"), COMMANDS)
def test_military_command_speaks(analyse, language, text, words, speaker):
    claims = analyse(text, language, published="2025-05-07").claims
    told = [c for c in claims if words in c.content]
    assert told, [(c.speaker.name, c.content) for c in claims]
    assert speaker in told[0].speaker.name.lower(), told[0].speaker
    assert "general of" not in told[0].speaker.name.lower() and "officer" not in told[0].speaker.name.lower()


# (language, text, words of the claim, the speaker's name)
FORCES = [
    # the force that spoke before speaks again
    ("en", "A drone attack hit the airport in Kassala on Monday, wounding three workers, the Sudanese "
           "army said. The force said the attack was launched from across the border.", "launched from",
     "Sudanese army"),
    ("en", "Guyana's defence force said on Monday that gunmen had fired on a patrol boat on the Mazaruni "
           "river. The force said the boat returned safely to base.", "returned safely",
     "Guyana's defence force"),
    ("en", "The IDF said it struck a Hamas command centre in Khan Younis on Monday. The military said the "
           "site was used to plan attacks.", "plan attacks", "Israel Defense Forces"),
    # else the armed group named last, not the people counted ("douze civils")
    ("fr", "Les Forces de soutien rapide ont bombardé un marché de Kadugli dimanche, tuant douze "
           "civils, selon des militants locaux. La force paramilitaire a affirmé avoir visé des positions "
           "de l'armée.",
     "positions de l'armée", "Rapid Support Forces"),
    ("en", "The Rapid Support Forces shelled a market in Babanusa on Sunday, killing 12 people, local "
           "activists said. The paramilitary force said it had targeted army positions.", "army positions",
     "Rapid Support Forces"),
]


@pytest.mark.parametrize(("language", "text", "words", "speaker"), FORCES)
def test_generic_force_noun_names_the_story_force(analyse, language, text, words, speaker):
    claims = analyse(text, language, published="2025-05-07").claims
    told = [c for c in claims if words in c.content]
    assert told, [(c.speaker.name, c.content) for c in claims]
    assert told[0].speaker.name == speaker, told[0].speaker


# "two peacekeepers", "deux Casques bleus" are no force that speaks: the speaker stays as written
PEOPLE_NOT_FORCES = [
    ("en", "UNIFIL said its headquarters in Naqoura was hit by tank fire on Thursday, wounding two "
           "peacekeepers. The force said it had informed the army of its positions.", "informed the army"),
    ("fr", "La Finul a indiqué jeudi que son quartier général de Naqoura avait été touché par des tirs, "
           "blessant deux Casques bleus. La force a précisé avoir informé l'armée de ses positions.",
     "informé l'armée"),
]


@pytest.mark.parametrize(("language", "text", "words"), PEOPLE_NOT_FORCES)
def test_people_counted_are_not_the_force(analyse, language, text, words):
    claims = analyse(text, language, published="2025-05-07").claims
    told = [c for c in claims if words in c.content]
    assert told, [(c.speaker.name, c.content) for c in claims]
    assert "peacekeeper" not in told[0].speaker.name.lower(), told[0].speaker
