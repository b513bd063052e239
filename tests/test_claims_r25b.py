"""Round 25, second task (claims): a rubric opening a headline is no speaker ("Explainer: ...",
"Décryptage : ..."), ... Sentences written for these tests, in stories of their own."""

import pytest

# (language, text, rubric): a newsroom's rubric before a colon names the kind of article
RUBRICS = [
    ("en", "Explainer: a year of attacks on merchant ships in the Red Sea\n\nADEN, May 6 (AFP) - Gunmen "
           "attacked a cargo ship off the port of Mukalla on Monday, killing two sailors, the coast guard "
           "said.",
     "explainer"),
    ("en", "Factbox: the armed groups fighting for control of the Sahel border zone\n\nGunmen killed five "
           "soldiers near Menaka on Sunday, the army said.", "factbox"),
    ("en", "EXCLUSIVE: drones launched from across the lake hit a fuel depot near Goma\n\nA drone struck a "
           "fuel depot near Goma on Sunday, police said.", "exclusive"),
    ("fr", "Décryptage : une année d'attaques contre les navires marchands en mer Rouge\n\nDes hommes armés "
           "ont attaqué un cargo au large de Moukalla lundi, tuant deux marins, a indiqué la garde côtière.",
     "décryptage"),
    ("fr", "Analyse : pourquoi les frappes de drones se multiplient dans le nord du Mali\n\nUne frappe de "
           "drone a tué six civils près de Kidal dimanche, selon des sources locales.", "analyse"),
]


@pytest.mark.parametrize(("language", "text", "rubric"), RUBRICS)
def test_rubric_is_no_speaker(analyse, language, text, rubric):
    claims = analyse(text, language, published="2025-05-07").claims
    assert not [c for c in claims if c.speaker.name.lower() == rubric], \
        [(c.speaker.name, c.content) for c in claims]
