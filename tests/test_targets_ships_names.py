"""Round 8 targets: named kinds of ships ("le vraquier Eternity C", "the cargo ship Eternity C"),
an owner or name of several capitalised words after the facility noun ("le dépôt pétrolier
Lukoil Neft"), and an ORG entity the NER ran on into the phrase after it ("Eternity C west of")
trimmed back to the name."""

from __future__ import annotations

import pytest
from helpers import events_of

# (language, text, a word the target's name must contain)
TARGETS = [
    ("fr", "Lundi, les Houthis ont attaqué le vraquier Eternity C au large de Hodeïda, tuant deux marins.",
     "Eternity C"),
    ("fr", "Mardi, une frappe russe a touché le dépôt pétrolier Lukoil Neft de Volgograd.", "Lukoil Neft"),
    ("fr", "Lundi, un missile houthi a touché un navire marchand en mer Rouge.", "merchant ship"),
    ("en", "On Monday, Houthi rebels attacked the cargo ship Eternity C west of Hodeidah, killing two "
           "crew members.", "Eternity C cargo ship"),
    ("en", "On Monday, a Houthi missile hit a Liberian-flagged bulk carrier in the Red Sea.", "bulk carrier"),
]


@pytest.mark.parametrize(("language", "text", "name"), TARGETS)
def test_named_target(analyse, language, text, name):
    events = events_of(analyse, text, language)
    assert len(events) == 1, [(e.type, e.targets) for e in events]
    assert any(name in t.name for t in events[0].targets), events[0].targets


def test_a_run_on_organisation_is_trimmed(analyse):
    article = analyse("On Monday, Houthi rebels attacked the cargo ship Eternity C west of Hodeidah, "
                      "killing two crew members.", "en")
    names = [m.value.name for m in article.mentions if getattr(m.value, "kind", None) == "organization"]
    assert "Eternity C" in names and not any(n.endswith(" of") for n in names), names
