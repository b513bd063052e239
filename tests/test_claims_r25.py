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
