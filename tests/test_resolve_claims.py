"""Issue 12: claims across documents. One statement relayed by several outlets is one claim with
several sources; an assertion and a denial of one incident in two documents are linked, and the
link names the proposition both speak of."""

from __future__ import annotations

from datetime import date

import pytest
from test_store import make_claim, make_event

from newsevents.disputes import find_disputes
from newsevents.model import Article, Party, Place, Published, Weapon, When
from newsevents.read.common import sha256_of
from newsevents.resolve.claims import same_statement
from newsevents.store import Store

DAY = When(date(2025, 4, 13), date(2025, 4, 13), "day", text="le 13 avril")
SUMY = Place("Sumy", "UA", 50.91, 34.80, "city", admin1="Sumy", text="Soumy")
ISKANDER = Weapon("Iskander-M", "ballistic_missile", "Iskander-M")
MOD = "Ministry of Defence of Russia"
HIT = "deux missiles Iskander-M ont frappé une réunion militaire"


def article(
    doc: str, language: str, statements: list[tuple[str, str, str]], text: str | None = None
) -> Article:
    """A report of the strike on Sumy and the statements ``(speaker, stance, content)`` about it."""
    body = text or f"Article {doc} : frappe sur Soumy. " + " ".join(c for _, _, c in statements)
    art = Article(
        text=body,
        id=doc,
        path=f"{doc}.txt",
        language=language,
        sha256=sha256_of(body),
        published=Published(date(2025, 4, 14)),
    )
    ev = make_event(
        doc, "missile_strike", (0, 7), DAY, SUMY, weapons=[ISKANDER], actors=[Party("Russia", "state", "RU")]
    )
    art.events.append(ev)
    at = len(f"Article {doc} : frappe sur Soumy. ")
    for speaker, stance, content in statements:
        art.claims.append(make_claim(doc, speaker, stance, content, (at, at + len(content)), about=[ev.id]))
        at += len(content) + 1
    return art


@pytest.fixture
def store(tmp_path):  # type: ignore[no-untyped-def]
    with Store.open(str(tmp_path / "claims.db")) as s:
        yield s


def test_one_statement_relayed_by_two_outlets_is_one_claim(store: Store) -> None:
    store.save(article("d1", "fr", [(MOD, "assert", HIT + " à Soumy")]))
    store.save(article("d2", "fr", [("Russian Defence Ministry", "assert", "selon Moscou, " + HIT)]))
    claims = store.claims()
    assert len(claims) == 1
    assert sorted(s["document"] for s in claims[0]["sources"]) == ["d1", "d2"]
    assert store.stats()["claims"] == 1 and store.stats()["claim_records"] == 2
    # a relayed claim's own id finds the merged claim
    other = max(claims[0]["merged_from"])
    assert store.record(other)["id"] == claims[0]["id"]  # type: ignore[index]


def test_a_translation_of_the_statement_is_the_same_claim(store: Store) -> None:
    store.save(article("d1", "fr", [(MOD, "assert", HIT)]))
    store.save(article("d2", "en", [(MOD, "assert", "two Iskander-M missiles hit a military meeting")]))
    assert [len(c["sources"]) for c in store.claims()] == [2]


def test_different_statements_of_one_speaker_stay_two(store: Store) -> None:
    store.save(article("d1", "fr", [(MOD, "assert", HIT)]))
    store.save(
        article(
            "d2", "fr", [(MOD, "assert", "les pertes ukrainiennes dépassent soixante soldats tués ce mois")]
        )
    )
    assert [len(c["sources"]) for c in store.claims()] == [1, 1]


def test_an_assertion_and_a_denial_in_two_documents_are_linked_with_their_proposition(store: Store) -> None:
    store.save(
        article(
            "d1",
            "fr",
            [
                (
                    "Volodymyr Zelensky",
                    "assert",
                    "la Russie a tiré deux missiles balistiques sur le centre de Soumy",
                )
            ],
        )
    )
    store.save(article("d2", "en", [("Dmitry Peskov", "deny", "Russia did not target civilians in Sumy")]))
    claims = {c["speaker"]["name"]: c for c in store.claims()}
    zelensky, peskov = claims["Volodymyr Zelensky"], claims["Dmitry Peskov"]
    assert zelensky["contradicts"] == [peskov["id"]] and peskov["contradicts"] == [zelensky["id"]]
    link = zelensky["contradicts_on"][0]
    assert link["claim"] == peskov["id"]
    assert link["proposition"] == "missile_strike 2025-04-13 Sumy: Iskander-M used"
    incident = store.events()[0]
    assert zelensky["about"] == peskov["about"] == [incident["id"]]
    disputes = find_disputes(store.claims(), store.events())
    assert len(disputes) == 1 and disputes[0].proposition == link["proposition"]
    assert [s.speaker for s in disputes[0].against] == ["Dmitry Peskov"]


def test_deleting_a_document_removes_its_links_and_relays(store: Store) -> None:
    store.save(article("d1", "fr", [("Volodymyr Zelensky", "assert", "la Russie a frappé Soumy")]))
    store.save(article("d2", "fr", [("Dmitry Peskov", "deny", "la Russie n'a pas frappé Soumy")]))
    store.save(article("d3", "fr", [("Volodymyr Zelensky", "assert", "la Russie a frappé Soumy dimanche")]))
    assert sorted(len(c["sources"]) for c in store.claims()) == [1, 2]
    store.delete("d2")
    assert all(c["contradicts"] == [] for c in store.claims())
    store.delete("d1")
    assert [c["sources"][0]["document"] for c in store.claims()] == ["d3"]


@pytest.mark.parametrize(
    ("a", "b", "la", "lb", "same"),
    [
        (
            "aucun missile n'a été tiré sur la ville",
            "Moscou affirme qu'aucun missile n'a été tiré sur la ville",
            "fr",
            "fr",
            True,
        ),
        (
            "no missile was fired at the city",
            "Moscow said no missile was fired at the city",
            "en",
            "en",
            True,
        ),
        (
            "no missile was fired at the city",
            "the strike killed thirty-four people on Sunday",
            "en",
            "en",
            False,
        ),
        (
            "aucun missile n'a été tiré",
            "no missile was fired",
            "fr",
            "en",
            True,
        ),  # across languages: same day
    ],
)
def test_same_statement_table(a: str, b: str, la: str, lb: str, same: bool) -> None:
    def claim(cid: str, doc: str, content: str) -> dict:
        return {
            "id": cid,
            "stance": "deny",
            "speaker": {"name": MOD, "kind": "government", "country": "RU"},
            "content": content,
            "date": {"start": "2025-04-13", "end": "2025-04-13"},
            "sources": [{"document": doc, "spans": [[0, 1]]}],
        }

    assert same_statement(claim("c1", "d1", a), claim("c2", "d2", b), {"ev"}, {"ev"}, la, lb) is same
