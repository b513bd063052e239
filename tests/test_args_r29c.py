"""A possessive force whose possessor is a pronoun speaker ("It said its air force had shot down
...") takes the side that pronoun resumes from the sentence before, as a named speaker would
(who_possessive._resumed)."""
import pytest

RESUMED = [
    ("en", "Iran's defence ministry said 14 people were killed in Israeli strikes on Tehran overnight. "
     "It said its air force had shot down three Israeli drones over Isfahan on Friday.", "IR"),
    ("en", "Thailand's army said four soldiers were wounded in clashes on the border. It said its "
     "navy had sunk two Cambodian patrol boats near Koh Kong on Thursday.", "TH"),
    ("fr", "L'armée soudanaise a affirmé que 30 civils avaient été tués à El Obeid. Elle a indiqué "
     "que son armée de l'air avait bombardé des positions des paramilitaires près de Kadugli mardi.", "SD"),
    ("fr", "Le ministère turc de la Défense a fait état de deux soldats blessés dans le nord de l'Irak. "
     "Il a précisé que ses forces aériennes avaient frappé 12 cibles près de Gara lundi.", "TR"),
]


@pytest.mark.parametrize("lang,text,country", RESUMED)
def test_possessive_force_of_a_pronoun_speaker_takes_its_side(analyse, lang, text, country):
    article = analyse(text, lang, "2025-06-13")
    forces = [m for m in article.mentions if m.kind == "party"
              and m.text.split()[0].lower() in ("its", "son", "ses")]
    assert forces, [m.text for m in article.mentions]
    assert all(m.value.country == country for m in forces)
    actors = [p for e in article.events for p in e.actors]
    assert actors and all(p.country for p in actors), [(p.name, p.country) for p in actors]


def test_pronoun_far_from_its_antecedent_is_left_alone(analyse):
    """Only the sentence just before is read: a side named two sentences back is not resumed."""
    text = ("Iran's defence ministry said 14 people were killed in strikes on Tehran. Rescue teams "
            "searched the rubble for hours. It said its air force had shot down three drones on Friday.")
    article = analyse(text, "en", "2025-06-13")
    forces = [m for m in article.mentions if m.kind == "party" and m.text.startswith("its")]
    assert all(m.value.country != "IR" for m in forces)
