"""Armed groups of eastern Congo, Myanmar, Ethiopia and the Sahel the NER does not know are named
as sides (data/organizations.yaml): "une attaque des ADF", "des miliciens de la CODECO"."""
import pytest

CASES = [
    ("fr", "Au moins 20 civils ont été tués jeudi dans une attaque des ADF contre un village de Lubero.",
     "Allied Democratic Forces"),
    ("fr", "Des miliciens de la CODECO ont attaqué mardi un site de déplacés près de Bunia.", "CODECO"),
    ("en", "ADF rebels attacked a village near Beni on Thursday, killing 20 civilians.",
     "Allied Democratic Forces"),
]


@pytest.mark.parametrize("language,text,actor", CASES)
def test_group_is_the_actor(analyse, language, text, actor):
    actors = [p.name for e in analyse(text, language, "2025-06-02").events for p in e.actors]
    assert actor in actors, actors
