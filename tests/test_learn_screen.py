"""The incident screen (newsevents/learn/): the shipped classifier, the stage and its setting.

Every sentence here was written for these tests (wire-copy patterns: industrial and domestic
accidents against bombings and improvised devices), none comes from POPCORN or news-dev, on which
the model was trained. The held-out figures are bench/classifier_cv.py's business.
"""

from __future__ import annotations

import json
from datetime import date

import pytest

from newsevents import settings
from newsevents.learn import screen, textcat
from newsevents.learn.units import context, sentence_bounds, type_token, unit_text
from newsevents.model import Article, Published

# -- what the classifier reads -------------------------------------------------------------------


def test_sentences_split_at_end_punctuation_before_a_capital_and_at_line_breaks():
    text = "Titre du jour\n\nUne explosion a eu lieu. « Personne n'a été blessé », a dit M. Dupont. Fin"
    pieces = [text[a:b] for a, b in sentence_bounds(text)]
    assert pieces[0] == "Titre du jour"
    assert pieces[1] == "Une explosion a eu lieu."
    assert pieces[-1] == "Fin"


def test_context_is_the_sentences_the_spans_fall_in_in_text_order():
    text = "Premier fait. Deuxième fait, avec un blessé. Troisième fait."
    second, third = text.index("blessé"), text.index("Troisième")
    assert context(text, [(third, third + 9), (second, second + 6)]) == \
        "Deuxième fait, avec un blessé. Troisième fait."


def test_the_type_is_one_lower_case_word_before_the_sentences():
    assert type_token("attack_on_civilians") == "tyattackoncivilians"
    assert unit_text("explosion", "Une Bombe") == "tyexplosion une bombe"


# -- the shipped model ---------------------------------------------------------------------------

def _article(text: str, language: str = "fr") -> Article:
    return Article(text=text, id="t", language=language, published=Published(date(2026, 3, 4)))


# Known miss, kept visible: a refinery is, in the training news, where drones strike; "accident
# industriel" does not outweigh it (strict xfail: a better model makes this test fail loudly).
REFINERY_ACCIDENT = pytest.param(
    "L'explosion d'un réservoir dans une raffinerie a fait quatre morts parmi les ouvriers, un "
    "accident industriel selon la direction du site.",
    marks=pytest.mark.xfail(strict=True, reason="'raffinerie' weighs for REAL (drone strikes in training)"))
ACCIDENTS_FR = [
    "Une fuite de gaz a provoqué mercredi l'explosion d'un pavillon à Nantes, blessant deux "
    "occupants, selon les pompiers.",
    REFINERY_ACCIDENT,
    "Un camion-citerne a explosé après une collision sur la route nationale, tuant son chauffeur.",
    "Une explosion dans une usine de produits chimiques a fait trois morts; l'enquête privilégie "
    "une défaillance technique.",
]
# Accidents the rules cannot tell (no workplace, no tanker: events_blasts keeps them): the screen's
# own business, scored as the rules give them.
RULE_KEPT_ACCIDENTS_FR = [
    "Une fuite de gaz a provoqué mercredi l'explosion d'un pavillon à Nantes, blessant deux "
    "occupants, selon les pompiers.",
    "Une chaudière a explosé jeudi dans un appartement de Lille, blessant grièvement une femme de "
    "70 ans, selon les pompiers.",
    "Une bouteille de gaz a explosé dans un restaurant de Marseille dimanche soir, faisant un mort "
    "et quatre blessés, selon les secours.",
]
ATTACKS_FR = [
    "Un engin explosif improvisé a explosé au passage d'une patrouille de l'armée, tuant trois "
    "soldats; l'attaque a été revendiquée par un groupe jihadiste.",
    "Une voiture piégée a explosé devant une caserne, tuant cinq militaires, selon une source "
    "sécuritaire.",
    "Un kamikaze s'est fait exploser dans une mosquée, faisant au moins dix morts; l'Etat "
    "islamique a revendiqué l'attentat.",
    "Une mine artisanale a explosé au passage d'un véhicule militaire, tuant deux soldats.",
]


def test_the_model_ships_in_the_package_small_with_its_training_record():
    assert (screen.MODEL_DIR / "textcat" / "model").is_file()
    size = sum(f.stat().st_size for f in screen.MODEL_DIR.rglob("*") if f.is_file())
    assert size < 3_000_000
    meta = json.loads((screen.MODEL_DIR / "meta.json").read_text(encoding="utf-8"))
    assert meta["name"] == "incident_screen"
    assert meta["newsevents"]["seed"] == 0


def _rule_off(monkeypatch) -> None:
    """The accident rule of events_blasts off: a workplace or tanker blast reaches the screen as it
    would in a language with no `accident_words`."""
    monkeypatch.setattr("newsevents.extract.events.accidental_blast", lambda ctx, d: False)


def _explosion_probabilities(pipe, monkeypatch, text: str, language: str = "fr") -> list[float]:
    """P(REAL) of the explosions the rules extract from ``text`` (the screen off): the classifier's
    input exactly as at run time, sentences and the rules' evidence words."""
    monkeypatch.setenv(settings.ENV_SCREEN, "0")
    article = pipe.process(_article(text, language))
    found = [p for e, p in zip(article.events, screen.probabilities(article), strict=True)
             if e.type == "explosion"]
    assert found, "the rules extracted no explosion"
    return found


@pytest.mark.parametrize("sentence", ACCIDENTS_FR)
def test_an_accidental_explosion_is_below_the_threshold(pipe, monkeypatch, sentence):
    _rule_off(monkeypatch)
    assert max(_explosion_probabilities(pipe, monkeypatch, sentence)) < screen.THRESHOLDS["explosion"]


@pytest.mark.parametrize("sentence", RULE_KEPT_ACCIDENTS_FR)
def test_an_accident_the_rules_keep_is_below_the_threshold(pipe, monkeypatch, sentence):
    assert max(_explosion_probabilities(pipe, monkeypatch, sentence)) < screen.THRESHOLDS["explosion"]


@pytest.mark.parametrize("sentence", [s for s in ACCIDENTS_FR if isinstance(s, str)][1:])
def test_a_workplace_or_tanker_accident_is_dropped_by_the_rules_first(pipe, monkeypatch, sentence):
    monkeypatch.setenv(settings.ENV_SCREEN, "0")
    assert pipe.process(_article(sentence)).events == []


@pytest.mark.parametrize("sentence", ATTACKS_FR)
def test_a_bombing_is_above_the_threshold(pipe, monkeypatch, sentence):
    assert min(_explosion_probabilities(pipe, monkeypatch, sentence)) >= screen.THRESHOLDS["explosion"]


def test_training_is_reproducible_and_needs_both_classes():
    accidents = [s for s in ACCIDENTS_FR if isinstance(s, str)]
    texts = [unit_text("explosion", s) for s in accidents + ATTACKS_FR]
    labels = [False] * len(accidents) + [True] * len(ATTACKS_FR)
    one = textcat.scores(textcat.train(texts, labels, seed=3, epochs=3), texts)
    two = textcat.scores(textcat.train(texts, labels, seed=3, epochs=3), texts)
    assert one == two
    with pytest.raises(ValueError, match="both classes"):
        textcat.train(texts[:2], [True, True])


# -- the stage and its setting --------------------------------------------------------------------

@pytest.mark.parametrize(("value", "expected"), [("1", True), ("on", True), ("0", False), ("off", False)])
def test_the_environment_setting_wins(monkeypatch, value, expected):
    monkeypatch.setenv(settings.ENV_SCREEN, value)
    assert screen.enabled() is expected


def test_unset_the_setting_follows_the_default(monkeypatch):
    monkeypatch.delenv(settings.ENV_SCREEN, raising=False)
    assert screen.enabled() is settings.SCREEN_DEFAULT


ACCIDENT_ARTICLE = ("Une explosion due à une fuite de gaz a détruit mardi un immeuble d'habitation à "
                    "Grenoble, faisant deux morts et six blessés, selon les pompiers.")
BOMBING_ARTICLE = ATTACKS_FR[1]
# Known miss, kept visible: police words ("commissariat", "policiers") are frequent in the accident
# and common-crime reports of the training set, and nothing here says "attentat" or "revendiqué":
# the screen drops this car bombing (P(REAL) 0.14). It is why the screen is off by default.
POLICE_BOMBING_ARTICLE = ("Une voiture piégée a explosé mardi devant un commissariat de Kirkouk, tuant "
                          "quatre policiers, selon une source sécuritaire.")


@pytest.mark.parametrize("text", [ACCIDENT_ARTICLE, *RULE_KEPT_ACCIDENTS_FR[1:]])
def test_the_pipeline_drops_an_accident_only_with_the_screen_on(pipe, monkeypatch, text):
    monkeypatch.setenv(settings.ENV_SCREEN, "0")
    assert [e.type for e in pipe.process(_article(text)).events] == ["explosion"]
    monkeypatch.setenv(settings.ENV_SCREEN, "1")
    assert pipe.process(_article(text)).events == []


@pytest.mark.parametrize("text", [
    BOMBING_ARTICLE,
    pytest.param(POLICE_BOMBING_ARTICLE, marks=pytest.mark.xfail(
        strict=True, reason="police words weigh for NOT; see POLICE_BOMBING_ARTICLE")),
])
def test_the_pipeline_keeps_a_bombing_with_the_screen_on(pipe, monkeypatch, text):
    monkeypatch.setenv(settings.ENV_SCREEN, "0")
    assert [e.type for e in pipe.process(_article(text)).events] == ["explosion"]
    monkeypatch.setenv(settings.ENV_SCREEN, "1")
    assert [e.type for e in pipe.process(_article(text)).events] == ["explosion"]


def test_a_language_without_held_out_figures_is_not_screened(pipe, monkeypatch):
    monkeypatch.setenv(settings.ENV_SCREEN, "1")
    text = ("A gas leak caused an explosion that destroyed a house in Leeds on Tuesday, killing two "
            "people, firefighters said.")
    assert "en" not in screen.LANGUAGES
    assert [e.type for e in pipe.process(_article(text, "en")).events] == ["explosion"]


def test_without_its_model_the_stage_warns_and_keeps_everything(monkeypatch, tmp_path):
    monkeypatch.setenv(settings.ENV_SCREEN, "1")
    monkeypatch.setattr(screen, "MODEL_DIR", tmp_path / "missing")
    from newsevents.model import Event

    article = _article(ACCIDENT_ARTICLE)
    article.events = [Event(type="explosion", trigger=(4, 13))]
    assert screen.run(article).events == article.events
    assert any("no model" in w for w in article.warnings)
