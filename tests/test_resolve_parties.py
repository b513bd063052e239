"""Issue 12: one key per real party across documents and languages (newsevents.resolve.parties).

Tables written from the general patterns: short and full person names, French and English
romanisations, institutions named in either language or in their canonical English form,
untranslated acronyms, and the names that must stay apart."""

from __future__ import annotations

import pytest

from newsevents.parties.identity import block_of, name_key, party_key, same_party
from newsevents.resolve.keys import is_specific_target

SAME = [
    # persons: a surname alone, a full name, a French spelling
    (("Poutine", "person", None), ("Vladimir Putin", "person", "RU")),
    (("Vladimir Poutine", "person", "RU"), ("President Putin", "person", "RU")),
    (("Pachinian", "person", None), ("Nikol Pashinyan", "person", "AM")),
    (("Zelensky", "person", "UA"), ("Volodymyr Zelenskyy", "person", "UA")),
    (("Volodimir Zelensky", "person", None), ("Zelenski", "person", "UA")),
    (("Netanyahou", "person", None), ("Benjamin Netanyahu", "person", "IL")),
    (("Sergueï Lavrov", "person", "RU"), ("Sergei Lavrov", "person", "RU")),
    (("Mikhaïl Michoustine", "person", "RU"), ("Mikhail Mishustin", "person", "RU")),
    # states: by name or by government, in either kind
    (("Russia", "government", "RU"), ("Russia", "state", "RU")),
    (("Ukraine", "state", "UA"), ("Ukraine", "government", "UA")),
    # institutions: canonical English, another English order, French
    (("Ministry of Defence of Russia", "government", "RU"), ("Russian Defence Ministry", "government", "RU")),
    (("ministère russe de la Défense", "government", None), ("Russian Defense Ministry", "government", "RU")),
    (
        ("Embassy of Azerbaijan in Ukraine", "diplomatic_mission", "AZ"),
        ("Azerbaijani embassy in Kyiv", "diplomatic_mission", "AZ"),
    ),
    (
        ("ambassade d'Azerbaïdjan à Kiev", "diplomatic_mission", None),
        ("Embassy of Azerbaijan in Ukraine", "diplomatic_mission", "AZ"),
    ),
    # acronyms that stayed in the article's language
    (("FINUL", "organization", None), ("UNIFIL", "organization", None)),
    (("Forces de soutien rapide", "organization", None), ("Rapid Support Forces", "military", "SD")),
    (("RSF", "person", None), ("Rapid Support Forces", "group", None)),
    (("Tsahal", "military", "IL"), ("Israel Defense Forces", "military", "IL")),
    (("OTAN", "organization", None), ("NATO", "organization", None)),
    # places named as targets, romanised two ways
    (("Tchernihiv power plant", "facility", "UA"), ("Chernihiv power plant", "facility", "UA")),
    (("Marioupol theatre", "facility", "UA"), ("Mariupol theatre", "facility", "UA")),
]

APART = [
    (("Vladimir Putin", "person", "RU"), ("Volodymyr Zelensky", "person", "UA")),
    (("Russia", "state", "RU"), ("Ukraine", "state", "UA")),
    (
        ("Ministry of Defence of Russia", "government", "RU"),
        ("Ministry of Defence of Ukraine", "government", "UA"),
    ),
    (("Ministry of Defence of Russia", "government", "RU"), ("Russia", "state", "RU")),
    (
        ("Embassy of Azerbaijan in Ukraine", "diplomatic_mission", "AZ"),
        ("Embassy of Ukraine in Azerbaijan", "diplomatic_mission", "UA"),
    ),
    (("Okhmatdyt hospital", "facility", "UA"), ("Antonov plant", "facility", "UA")),
    (("Hamas", "group", "PS"), ("Hezbollah", "group", "LB")),
    (
        ("United Nations", "organization", None),
        ("United Nations Interim Force in Lebanon", "organization", None),
    ),
]


@pytest.mark.parametrize(("a", "b"), SAME)
def test_one_key_per_party(a: tuple, b: tuple) -> None:
    ka, kb = party_key(*a), party_key(*b)
    assert same_party(ka, kb), (ka, kb)


@pytest.mark.parametrize(("a", "b"), APART)
def test_different_parties_stay_apart(a: tuple, b: tuple) -> None:
    ka, kb = party_key(*a), party_key(*b)
    assert ka != kb and not same_party(ka, kb), (ka, kb)


@pytest.mark.parametrize(
    ("name", "kind", "country", "key"),
    [
        ("Russia", "government", "RU", "s:RU"),
        ("Poutine", "person", None, "p:putin"),
        ("Vladimir Putin", "person", "RU", "p:putin"),
        ("UNIFIL", "organization", None, "o:united nations interim forc lebanon"),
    ],
)
def test_keys_are_readable_and_stable(name: str, kind: str, country: str | None, key: str) -> None:
    assert party_key(name, kind, country) == key


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Osman Digna air base", "Osman air base"),  # one name shortened
        ("Okhmatdyt children's hospital", "Okhmatdyt hospital"),
        ("Zaporijjia nuclear plant", "Zaporizhzhia nuclear plant"),  # zh / j, double letters
    ],
)
def test_near_names_are_one_party(a: str, b: str) -> None:
    assert same_party(party_key(a, "facility"), party_key(b, "facility"))


@pytest.mark.parametrize(
    ("party", "specific"),
    [
        ({"name": "hospital", "kind": "facility"}, False),
        ({"name": "Embassy", "kind": "diplomatic_mission"}, False),
        ({"name": "residential building", "kind": "facility"}, False),
        ({"name": "Armed Forces of Israel", "kind": "military"}, False),  # an army, not a place hit
        ({"name": "Sudan port", "kind": "facility"}, False),
        ({"name": "Russia", "kind": "state"}, False),
        ({"name": "civilians", "kind": "civilians"}, False),
        ({"name": "Okhmatdyt hospital", "kind": "facility"}, True),
        ({"name": "Osman Digna air base", "kind": "military"}, True),
        ({"name": "Embassy of Azerbaijan in Ukraine", "kind": "diplomatic_mission"}, True),
        ({"name": "Consulate of Iran in Damascus", "kind": "diplomatic_mission"}, True),
        ({"name": "Zaporizhzhia nuclear power plant", "kind": "facility"}, True),
    ],
)
def test_specific_targets(party: dict, specific: bool) -> None:
    assert is_specific_target(party) is specific


def test_keys_fold_any_script_and_accents() -> None:
    assert name_key("Зеленський") == name_key("Zelens'kyi")
    assert name_key("Défense") == name_key("defense")


# The candidate index files a target under block_of(key): a shared-target merge needs both names
# in one block, so every spelling pair same_party accepts must share one (word endings differ:
# transliterated or inflected place names, plurals), and names of two sites must not be one party.
@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Novochakhtinski refinery", "Novoshakhtinsk refinery"),  # French / English romanisation
        ("raffinerie de Novochakhtinsk", "raffinerie de Novoshakhtinsky"),
        ("Zaporijjia nuclear plant", "Zaporizhzhia nuclear plants"),
        ("Kramatorsk railway station", "Kramatorska railway station"),
        ("Osman Digna air base", "Osman air base"),
    ],
)
def test_spellings_of_one_site_meet_in_one_block(a: str, b: str) -> None:
    ka, kb = party_key(a, "facility"), party_key(b, "facility")
    assert same_party(ka, kb)
    assert block_of(ka) == block_of(kb)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Novoshakhtinsk refinery", "Novocherkassk refinery"),  # one block, two towns
        ("Okhmatdyt hospital", "Antonov plant"),
        ("Kherson airport", "Kharkiv airport"),
    ],
)
def test_two_sites_stay_two_parties(a: str, b: str) -> None:
    assert not same_party(party_key(a, "facility"), party_key(b, "facility"))
