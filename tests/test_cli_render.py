"""`newsevents show`: each field of a record is shown with the words it came from."""

from __future__ import annotations

from newsevents.cli_render import field_words, locate

TEXT = ("Le 3 mai, une frappe de drones a touché le dépôt de carburant de Kherson. "
        "Plus tard, un autre dépôt de carburant a brûlé.")


def test_every_field_with_words_is_listed() -> None:
    rec = {"kind": "event",
           "date": {"start": "2025-05-03", "end": "2025-05-03", "precision": "day", "text": "Le 3 mai"},
           "location": {"name": "Kherson", "country": "UA", "text": "Kherson",
                        "near": {"what": "fuel depot", "distance_m": 50.0, "text": "à 50 mètres"}},
           "targets": [{"name": "fuel depot", "text": "dépôt de carburant"}],
           "actors": [{"name": "Russia", "text": None}],
           "weapons": [{"name": "drone", "text": "drones"}],
           "damage": ["a brûlé"]}
    labels = [(label, words) for label, _, words in field_words(rec)]
    assert ("date", "Le 3 mai") in labels
    assert ("location", "Kherson") in labels
    assert ("near", "à 50 mètres") in labels
    assert ("target", "dépôt de carburant") in labels
    assert ("weapon", "drones") in labels
    assert ("damage", "a brûlé") in labels
    assert not any(label == "actor" for label, _ in labels)  # an implied actor has no words


def test_words_are_found_inside_the_records_spans_first() -> None:
    second = TEXT.rindex("dépôt de carburant")
    assert locate(TEXT, [[second - 5, second + 20]], "dépôt de carburant") == (second, second + 18)
    first = TEXT.index("dépôt de carburant")
    assert locate(TEXT, [[0, 10]], "dépôt de carburant") == (first, first + 18)
    assert locate(TEXT, [[0, 10]], "absent words") is None
