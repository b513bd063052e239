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


# (language, text, words of the first claim, words of the denial): "a affirmé que A et a démenti B",
# the denial parsed as the clause of the first verb, is the speaker's second claim
COORDINATED_DENIALS = [
    ("fr", "Une frappe aérienne a tué au moins 20 personnes lundi sur un marché de Djibo, selon des sources "
           "locales. L'armée de l'air a affirmé que ses avions avaient « neutralisé de nombreux terroristes » "
           "et a démenti avoir touché des civils.", "neutralisé", "touché des civils"),
    ("fr", "Des obus sont tombés dimanche sur un camp de déplacés près de Kadugli, tuant neuf personnes. "
           "L'armée a assuré que ses unités avaient riposté à une attaque rebelle et a nié avoir visé le "
           "camp.", "riposté", "visé le camp"),
    ("en", "An air strike killed at least 20 people at a market in Djibo on Monday, local sources said. The "
           "air force said its aircraft had \"neutralised many terrorists\" and denied hitting civilians.",
     "neutralised", "hitting civilians"),
]


@pytest.mark.parametrize(("language", "text", "first", "denied"), COORDINATED_DENIALS)
def test_coordinated_denial_is_a_claim(analyse, language, text, first, denied):
    claims = analyse(text, language, published="2025-05-07").claims
    told = [c for c in claims if first in c.content]
    denial = [c for c in claims if denied in c.content and c.stance == "deny"]
    assert told and denial, [(c.speaker.name, c.stance, c.content) for c in claims]
    assert denied not in told[0].content and told[0].stance == "assert", told[0]
    assert denial[0].speaker.name == told[0].speaker.name, denial[0].speaker
