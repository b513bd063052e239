"""Parties: one home for who is who, used by the extractors and by the merger alike.

    vocabulary.py  the actors' lexicon of ``lang/<code>/parties.yaml``, known persons and
                   organisations (``data/persons.yaml``, ``data/organizations.yaml``), the
                   per-document ``Registry`` the `who`, `claims` and `events` stages read
    countries.py   countries by name, adjective, demonym and capital in every language
    identity.py    ``party_key``: one key per real party across documents and languages
                   (``data/party_aliases.yaml``: aliases, transliteration folds)

Why one package below the extractors: the `who` stage names a party, the `where` stage reads the
same country tables, and the merger (newsevents/resolve/) compares the names the stages wrote;
when each kept its own tables, "Poutine" could be a known person to one and a stranger to the
other. The alias data stays in language data (``lang/*/``, ``data/``), so a third language is a
data file. This package imports only the layers below it (lang, model, geo).

The names below are the extractors' API (``from newsevents.parties import lexicon``); the
merger imports ``newsevents.parties.identity`` by name (its ``fold`` folds any script to ASCII
words, unlike the vocabulary's ``fold``, which only unifies case, apostrophes and spaces).
"""

from __future__ import annotations

from newsevents.parties.identity import canonical, party_key, same_party
from newsevents.parties.vocabulary import (
    EntityRule,
    KnownOrganization,
    KnownPerson,
    PartyLexicon,
    PhraseIndex,
    Registry,
    at,
    capital_of,
    capitalised_ngrams,
    country_of_adjective,
    country_of_name,
    english_country,
    english_demonym,
    fold,
    is_media,
    known_organizations,
    known_person,
    known_single_names,
    last_person,
    lexicon,
    name_end,
    organization_matches,
    party_at,
    phrase_regex,
    role_of,
    stands_for_government,
    starts_sentence,
    surname,
    trim_entity,
    verb_between,
)

__all__ = [
    "EntityRule", "KnownOrganization", "KnownPerson", "PartyLexicon", "PhraseIndex", "Registry",
    "at", "canonical", "capital_of", "capitalised_ngrams", "country_of_adjective", "country_of_name",
    "english_country", "english_demonym", "fold", "is_media", "known_organizations", "known_person",
    "known_single_names", "last_person", "lexicon", "name_end", "organization_matches", "party_at",
    "party_key",
    "phrase_regex", "role_of", "same_party", "stands_for_government", "starts_sentence", "surname",
    "trim_entity", "verb_between",
]
