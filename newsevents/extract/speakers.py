"""Who is speaking: a speaker's noun phrase resolved to a canonical party, with coreference.

Why a per-document resolver: speakers are named fully once ("le président X Y") and then by a
surname, a pronoun, a title ("le ministère de la Défense") or a generic noun ("l'agence"). The
`who` stage names each party mention canonically; this module picks the right mention inside a
speaker's noun phrase and, when a short form has none or an underspecified one, links it back to
the earlier party it stands for: a surname to the full name, a bare title ("le ministre", "the
minister") to the person introduced with that title, a pronoun to the most salient party (the
previous speaker, then the previous subject, then the last person named; "elle"/"it" may stand
for an institution).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from typing import Any

from newsevents.extract.attribution_segments import segments
from newsevents.extract.speaker_anaphora import (
    latest_anaphor,
    named_last,
    plural_noun,
    previous_subject,
    spoke_as_state,
)
from newsevents.extract.speaker_forces import generic_force, group_as_army, named_force, resumed_kinds
from newsevents.extract.speaker_fullnames import full_name
from newsevents.extract.speaker_mentions import named_facility, own_mentions
from newsevents.extract.speaker_names import named_by_complement
from newsevents.extract.speaker_owners import demonym_country, own_demonym, owning_place
from newsevents.extract.speaker_resumed_body import resumed_speaker
from newsevents.extract.stance import Lexicon, bare_pronoun, fold
from newsevents.extract.triggers import SUBJECT_DEPS
from newsevents.model import Article, Party, Place
from newsevents.parties import capital_of, country_of_adjective, english_country, is_media

# A speaker named only by a description has at most this many words ("le chef de la police
# locale" is 6); longer ones were clauses the parse took for a subject (checked on POPCORN).
DESCRIPTION_MAX_WORDS = 7
# an office holder named by the place he governs runs longer ("le gouverneur de la région
# frontalière de Belgorod": 8 words; news-dev's longest such title)
JURISDICTION_MAX_WORDS = 10
# A pronoun speaker ("il a ajouté", "he added") continues the speaker of a claim made at most
# this many sentences before; further back, the subject of the previous sentence wins. Two: wire
# copy puts at most one sentence of facts between a statement and its "he added" continuation.
PRONOUN_SENTENCES = 2
# An upper-case word of at least this many letters may be the initials of an institution named
# before ("FO" for "the Foreign Office"); a single capital is an initial of a name.
ACRONYM_MIN_LETTERS = 2
# Kinds of party a definite institution noun ("the agency", "l'organisation") may stand for.
INSTITUTION_KINDS = ("organization", "government", "military", "diplomatic_mission")
INSTITUTIONS = ("government", "organization", "diplomatic_mission", "military", "state")
# The canonical names of a state's ministries begin so ("Ministry of Foreign Affairs of Poland",
# newsevents/data/party_aliases.yaml); without the country, the name is a generic one.
GENERIC_MINISTRY = "Ministry of "
# How far into an article (characters) a dateline may open a line: after a title and a label
# ("PRESS RELEASE"), as in press releases and wire copy.
DATELINE_CHARS = 300
# A line opening with a place and a comma, a bracket or a dash ("Islamabad, 12 November 2025",
# "MOSCOW (Reuters) -", "Niamey, le 8 novembre"): the format is the wires', not a language's.
_DATELINE_CITY = re.compile(r"(?m)^[ \t]*([A-ZÀ-Ý][\w'’. -]{1,40}?)[ \t]*(?:,|\(|[-–—][ \t])")
_NER_KINDS = {"PER": "person", "PERSON": "person", "ORG": "organization", "NORP": "state",
              "GPE": "government", "LOC": "government"}


class SpeakerResolver:
    """Resolves speaker noun phrases (nlp_text offsets) of one article, in reading order."""

    def __init__(self, article: Article, lex: Lexicon) -> None:
        self.article = article
        self.lex = lex
        self.mentions: list[tuple[int, int, Party]] = []
        for m in article.of_kind("party"):
            if isinstance(m.value, Party):
                start, end = article.to_nlp(*m.span)
                self.mentions.append((start, end, m.value))
        self.mentions.sort(key=lambda x: x[0])
        self.history: list[Party] = []
        self.spoken: list[tuple[int, Party]] = []  # (position of the speaker's words, party)
        # the words the speaker being resolved said (nlp offsets), set by the caller: a pronoun
        # after a quote ("« ... de Vladimir Poutine », a-t-il dit") looks back from the quote's
        # start, and never to a party the quote names
        self.claimed: tuple[int, int] | None = None
        doc = article.doc
        # sentences also cut at line breaks (a paragraph's new subject: attribution_segments)
        self.sentence_starts = [doc[s].idx for s, _e in segments(doc)] or [0] if doc is not None else [0]
        # spaCy's persons and organisations, for coreference when the who stage named nobody
        self.entities: list[tuple[int, int, Party]] = []
        for ent in article.doc.ents if article.doc is not None else ():
            kind = _NER_KINDS.get(ent.label_)
            if kind in ("person", "organization"):
                s, e = article.to_original(ent.start_char, ent.end_char)
                self.entities.append((ent.start_char, ent.end_char,
                                      Party(name=ent.text, kind=kind, text=article.text[s:e], span=(s, e))))  # type: ignore[arg-type]

    # -- public -------------------------------------------------------------------------------
    def resolve(self, start: int, end: int, head: Any | None) -> Party | None:
        """The party a noun phrase names, or None when it names no plausible speaker."""
        if head is not None and fold(head.text) in self.lex.ordinal_anaphora \
                and start < head.idx and head.text.islower() and all(c.dep_ == "det" for c in head.children):
            named = self._former_or_latter(head)
            return self.resolve(*named) if named is not None else None
        if head is not None and latest_anaphor(self.lex, start, head):
            named = named_last(start, head)
            return self.resolve(*named) if named is not None else None
        party = self._issuer(head, end) if head is not None else None
        resident = self._resident(start, end, head) if party is None and head is not None else None
        party = party or resident
        if party is None and head is not None:
            party = self._institution_of_place(start, end, head)
        if party is None:
            party = self._from_mentions(start, end, head)
            if party is not None and party.name == party.text:  # a name the who stage did not know
                party = self._acronym(party.name, start) or party
            if party is not None and head is not None and fold(party.text or "") == fold(head.text):
                linked, party = party, self._same_side(party, head, start)  # a bare "le gouvernement"
                party = self._name_on_noun(start, head) or party
                if party is linked and self._named_later(party, start, head.idx + len(head.text)):
                    # "the ministry said" linked by the who stage to a ministry named only further
                    # on: the institution named before it is the one meant
                    word = fold(head.text)
                    spoke = next((p for p in reversed(self.history) if not group_as_army(self.lex, word, p)
                                  and word in fold(p.text or p.name).replace("'", " ").split()), None)
                    party = spoke or self._coreferent_noun(head, start) or party
        if party is not None and head is not None:
            party = resumed_speaker(self.lex, party, head, start, self.spoken, self._sentence_at,
                                    PRONOUN_SENTENCES)
        if party is None and head is not None:
            party = self._from_short_form(head, start)
        if party is None:  # "le Centre de médecine d'urgence": its phrase names it, not NER's "Centre"
            named = head is not None and named_by_complement(head, end)
            party = self._bare_noun(start, end) if named else self._from_entities(start, end, head)
        if party is None and head is not None and (head.pos_ == "PROPN" or _foreign_word(head)):
            party = self._proper_name(head)
        if party is None and head is not None:
            party = self._apposed_name(head)  # "a medic, John Smith, said": the name, not "medic"
        if party is None and head is not None and self._is_source_noun(head) \
                and self._plausible_description(start, end, head):
            party = self._bare_noun(start, end)
        if party is not None and not self._can_speak(party):
            party = None
        if party is not None:
            party = self._capital_as_government(party)
        if party is not None and party.kind == "civilians" and head is not None and head.pos_ == "NOUN" \
                and resident is None:
            # "residents said", "ont indiqué des habitants": the who stage files them as civilians
            # (the victims' side), but the source is named by its own words, as readers search it
            party = replace(self._bare_noun(start, end), kind="civilians")
        if party is not None and head is not None:
            party = self._possessor_government(party, head)
            party = named_facility(self.mentions, party, head, start)
            party = self._named_government(party, start, end, head)
            party = self._plural_anaphor(party, start, head)
        if party is not None:
            if generic_force(self.lex, party, head):  # "the force said": the army the story names
                party = named_force(self.lex, self.history, self.mentions, start, self.article.doc,
                                    party.name, head.lemma_) or party
            party = self._complete(full_name(self.article, self.lex, party, start, end, head), start)
            party = self._with_country(party, start, end)
            party = self._of_acting_state(party, start)
            self.history.append(party)
            self.spoken.append((start, party))
        return party

    def _resident(self, start: int, end: int, head: Any) -> Party | None:
        """"un habitant de Palma", "residents contacted by AFP": a resident or witness (lex.
        resident_nouns) speaks as himself, named by his words up to a participle on them; the
        place he lives in and the agency that reached him are no speakers (news-dev gold files
        them as "habitant", "resident")."""
        if head.pos_ != "NOUN" or not (fold(head.text) in self.lex.resident_nouns
                                       or fold(head.lemma_) in self.lex.resident_nouns) \
                or not self._plausible_description(start, end, head) or self._apposed_name(head):
            return None  # "a resident, Ivan Petrenko, said": the name speaks
        doc = head.doc
        for t in doc[head.i + 1:]:
            if t.idx >= end:
                break
            if t.pos_ == "VERB" and "Part" in t.morph.get("VerbForm"):  # "contacted by AFP"
                end = t.idx
            elif fold(t.text) in self.lex.agent_prepositions:  # "joints par" (the participle misread)
                end = doc[t.i - 1].idx if t.i - 1 > head.i else t.idx
            else:
                continue
            break
        return replace(self._bare_noun(start, end), kind="civilians")

    def _named_later(self, party: Party, start: int, end: int) -> bool:
        """A bare noun the who stage linked to a party named after ``end`` only, not where it stands."""
        if party.kind == "person" or any(p.name == party.name for p in self.history):
            return False
        named = [s for s, _e, p in self.mentions if p.name == party.name and not start <= s < end]
        return bool(named) and min(named) >= end

    def _former_or_latter(self, head: Any) -> tuple[int, int, Any] | None:
        """"Les premiers accusent les seconds", "the former accused the latter": the first or
        second of the two coordinated names of the sentence before ("des gardes-côtes
        philippins et chinois", "Indian and Chinese troops", "l'Inde et le Pakistan"), as the
        words (nlp offsets) and head of that conjunct. Only the bare lower-case word after its article
        ("le Premier ministre", "Premier" alone, are titles)."""
        which = self.lex.ordinal_anaphora[fold(head.text)]
        sent = head.sent
        if sent.start == 0:
            return None
        before = head.doc[sent.start - 1].sent
        pairs = [(t.head, t) for t in before if t.dep_ == "conj" and t.head.i < t.i
                 and t.pos_ == t.head.pos_ and t.pos_ in ("NOUN", "PROPN", "ADJ")]
        for t in before:  # "gardes-côtes philippins et chinois": the second adjective on the noun
            if t.dep_ == "conj" and t.pos_ == "ADJ" and t.head.pos_ == "NOUN":
                first = [c for c in t.head.children if c.dep_ == "amod" and c.pos_ == "ADJ" and c.i < t.i]
                if first:
                    pairs.append((first[-1], t))
        pairs.sort(key=lambda p: p[1].i)
        if not pairs:
            return None
        tok = pairs[-1][which]
        return tok.idx, tok.idx + len(tok.text), tok

    def pronoun(self, before: int, plural: bool = False, word: str | None = None,
                gender: list[str] | None = None) -> Party | None:
        """The party an anaphoric pronoun ("il", "he", "they") refers to, by salience rather than
        recency: the speaker of a claim made shortly before ("X said A, citing Y. He added B":
        X, not Y), else the subject of the sentence before ("X met Y. He said": X), else the
        latest person named before it (any party for a plural pronoun). A pronoun that may stand
        for an institution ("elle" for "l'armée", "it" for "the ministry") also takes one in the
        first two steps; "it" takes nothing else."""
        personal = plural or word is None or word in self.lex.singular_pronouns
        institutional = word is not None and word in self.lex.institution_pronouns

        def fits(p: Party) -> bool:
            return plural or (personal and p.kind == "person")

        def salient(p: Party) -> bool:
            return fits(p) or (institutional and p.kind in INSTITUTIONS and p.kind != "state")

        quote = self.claimed if self.claimed is not None and self.claimed[0] < before else None
        if quote is not None:
            before = quote[0]  # the pronoun follows the quote: the speaker is named before it
        here = self._sentence_at(before)
        subject = self._previous_subject(before, here, salient, singular=not plural, gender=gender)
        for start, party in reversed(self.spoken):
            # "Un médecin affirme que A. B, dit-il": a speaker named by a description speaks again
            described = personal and party.kind == "other" and party.span is not None
            if start < before and (salient(party) or described) \
                    and here - self._sentence_at(start) <= PRONOUN_SENTENCES:
                # "X a indiqué A. L'armée n'a pas réagi. Elle affirme B": a new subject in the
                # sentence between the speaker's and the pronoun's is the one the pronoun resumes
                newer = subject is not None and self._sentence_at(start) < here - 1 \
                    and fold(subject.name) != fold(party.name)
                return subject if newer else party
        if subject is None and personal:  # "La France condamne ... Elle appelle": the state that spoke
            subject = self._previous_subject(before, here, lambda p: spoke_as_state(p, self.spoken),
                                             singular=not plural, gender=gender)
        if subject is not None or not personal:
            return subject
        cands: list[tuple[int, Party]] = []
        for party in self.history:
            if party.span is not None:
                cands.append((self.article.to_nlp(*party.span)[0], party))
        cands += [(s, p) for s, _e, p in self.mentions + self.entities]
        cands = [(s, p) for s, p in cands if s < before and fits(p)]
        if not cands:
            return None
        return max(cands, key=lambda x: x[0])[1]

    def _apposed_name(self, head: Any) -> Party | None:
        """"A nurse, Anne Moore, said": a noun naming no speaker, a person's name in apposition after it."""
        name = next((c for c in head.children
                     if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > head.i), None)
        if name is None:
            return None
        s, e = name.left_edge.idx, name.right_edge.idx + len(name.right_edge.text)
        return self._from_mentions(s, e, name) or self._from_entities(s, e, name)

    def _can_speak(self, party: Party) -> bool:
        """Not a channel ("Telegram", "X") nor a date the NER took for a name ("Mercredi")."""
        if fold(party.name) in self.lex.channels or fold(party.name) in self.lex.not_sources:
            return False
        if party.kind == "person" and not any(w[:1].isupper() for w in party.name.split()):
            return False  # a person's name has a capital ("al" cut from "al-Harith Idris" has none)
        if party.span is None:
            return True
        s, e = party.span
        return not any(m.span[0] <= s and e <= m.span[1] for m in self.article.of_kind("time"))

    def _issuer(self, head: Any, end: int) -> Party | None:
        """"Le texte rapporte que", "poursuit le communiqué", "selon la même source", "the
        statement said": the document speaks for whoever issued it, the latest speaker (within
        PRONOUN_SENTENCES sentences), unless the speaker's words name its issuer."""
        definite = any(c.dep_ == "det" and "Def" in c.morph.get("Definite") for c in head.children)
        words = " ".join(fold(t.text) for t in head.subtree if t.pos_ not in ("DET", "ADP") and t.i <= head.i)
        nouns = self.lex.document_nouns
        if not definite or (fold(head.text) not in nouns and words not in nouns):
            return None
        text = self.article.nlp_text
        if any(head.idx < s < end and "," not in text[head.idx:s] for s, _e, _p in self.mentions):
            return None  # "le communiqué du ministère de la Santé": the ministry's, named here
        here = self._sentence_at(head.idx)
        for start, party in reversed(self.spoken):
            if start < head.idx and here - self._sentence_at(start) <= PRONOUN_SENTENCES:
                return party
        return None

    def _capital_as_government(self, party: Party) -> Party:
        """A capital that speaks is its government ("par Kigali", "Asmara denied"): a city says nothing."""
        if party.kind not in ("person", "other", "organization", "government") or party.country \
                or not party.text:
            return party
        iso = capital_of(party.text, self.article.language or "fr")
        name = english_country(iso)
        if iso is None or name is None or len(party.text.split()) > 2:
            return party
        return Party(name, "government", iso, "metonymy", party.text, party.span)

    def _sentence_at(self, char: int) -> int:
        """Index of the sentence holding an nlp offset."""
        return max(0, bisect_right(self.sentence_starts, char) - 1)

    def _previous_subject(self, before: int, here: int, fits: Any, singular: bool = False,
                          gender: list[str] | None = None) -> Party | None:
        """A fitting party named as the subject of the sentence before the pronoun's (or earlier
        in its own sentence): speaker_anaphora.previous_subject."""
        lo = self.sentence_starts[max(0, here - 1)]
        named = [(s, e, p) for s, e, p in self.mentions + self.entities if lo <= s < before and fits(p)]
        return previous_subject(self.article.doc, named, singular, gender)

    def institution(self, before: int) -> Party | None:
        """Who speaks in an impersonal statement: the latest institution that spoke, else the
        first institution the article names (the host of the meeting, the issuer)."""
        for party in reversed(self.history):
            if party.kind in INSTITUTIONS and party.kind != "state":
                return party
        for start, _end, party in self.mentions + self.entities:
            if start < before and party.kind in INSTITUTIONS and party.kind != "state":
                return party
        return None

    def remember(self, party: Party) -> None:
        self.history.append(party)

    # -- helpers ------------------------------------------------------------------------------
    def _from_mentions(self, start: int, end: int, head: Any | None) -> Party | None:
        inside = [(s, e, p) for s, e, p in self.mentions if s < end and e > start]
        if not inside:
            return None
        inside = own_mentions(self.article, self.lex, head, start, end, inside)
        if not inside:
            return None
        head_at = head.idx if head is not None else -1
        described = self._described_group(head, start, inside)
        if described is not None:
            return described
        if head is not None and head.pos_ == "NOUN" and not any(s <= head_at < e for s, e, _p in inside):
            # "a hospital official", "un responsable du camp": a facility only says where the
            # person speaking works; the person speaks, not the building
            inside = [m for m in inside if not self._posting(m[0]) and m[2].kind != "facility"
                      and not (m[2].kind != "state" and self._jurisdiction(head, m[0]))]
            if not inside:
                return None  # "le nonce apostolique à Kiev", "the mayor of Kharkiv": not the place

        text = self.article.nlp_text

        def rank(item: tuple[int, int, Party]) -> tuple[int, int, int, int]:
            s, e, p = item
            has_head = s <= head_at < e
            # "the al-Qaeda-linked JNIM group", "Iran-backed rebels": a name inside a hyphenated
            # modifier only qualifies the speaker
            modifier = text[e:e + 1] in ("-", "\u2010", "\u2011")
            return (p.kind == "person", has_head, not modifier, e - s)

        return max(inside, key=rank)[2]

    def _described_group(self, head: Any | None, start: int,
                         inside: list[tuple[int, int, Party]]) -> Party | None:
        """"le groupe islamiste palestinien", "the Yemeni rebels": a group noun (lex.group_nouns)
        qualified only by a nationality names the armed group of that country named last before,
        not the country."""
        if head is None or head.pos_ != "NOUN" or fold(head.lemma_) not in self.lex.group_nouns \
                or not all(p.kind == "state" and p.country for _s, _e, p in inside):
            return None
        countries = {p.country for _s, _e, p in inside}
        earlier = [p for s, _e, p in self.mentions
                   if s < start and p.kind == "group" and p.country in countries]
        return earlier[-1] if earlier else None

    def _with_country(self, party: Party, start: int, end: int) -> Party:
        """A person named without a country takes the one his own words give ("le représentant du
        Kremlin, Oleg Ozerov", "Ukrainian Deputy Prime Minister Iryna Vereshchuk"), or the one he
        had when named before ("Vereshchuk said"): whose side a speaker is on decides which
        statements contradict (link.py). "Un responsable pakistanais": the demonym (speaker_owners)."""
        if party.kind == "other" and party.country is None:  # "the regional governor said"
            words = self.article.doc.char_span(start, end, alignment_mode="expand")
            return own_demonym(self.article, party, words) or self._of_governed_place(party, words, start)
        if party.kind != "person" or party.country is not None:
            return demonym_country(self.article, party, start, end)  # "l'état-major sud-coréen"
        for earlier in reversed(self.history):
            if earlier.kind == "person" and earlier.country and earlier.name == party.name:
                return replace(party, country=earlier.country)
        for s, e, other in self.mentions:
            if s < end and e > start and other.country and other.name != party.name \
                    and other.kind != "person" and not self._posting(s):
                return replace(party, country=other.country)
        doc = self.article.doc
        span = doc.char_span(start, end, alignment_mode="expand")
        own_name = set(party.name.split())  # "Volker Turk": a surname is no demonym
        for tok in span if span is not None else ():
            if tok.text in own_name:
                continue
            iso = country_of_adjective(tok.text, self.article.language or "fr") if tok.is_alpha else None
            if iso:
                return replace(party, country=iso)
        return self._of_governed_place(party, span, start)

    def _of_governed_place(self, party: Party, span: Any, start: int) -> Party:
        """An office holder of a town or region (a ``jurisdiction_titles`` title: "regional
        governor Vadym X", "le maire Y", "the governor of Z") is of the country of the place he
        governs: the place his own words name, else the place the article names last before him
        (within PRONOUN_SENTENCES sentences: "the regional governor" of the town the lede
        places). A governor of a Ukrainian town and Ukraine's air force are one side (link.py)."""
        titles = self.lex.jurisdiction_titles
        if span is None or not any(fold(t.lemma_) in titles or fold(t.text) in titles for t in span):
            return party
        lo = self.sentence_starts[max(0, self._sentence_at(start) - PRONOUN_SENTENCES)]
        best: tuple[int, str] | None = None
        for m in self.article.mentions:
            if not isinstance(m.value, Place) or not m.value.country:
                continue
            s, e = self.article.to_nlp(*m.span)
            if span.start_char <= s and e <= span.end_char:
                return replace(party, country=m.value.country)  # "the governor of Z"
            if lo <= s < start and (best is None or s > best[0]):
                best = (s, m.value.country)
        return party if best is None else replace(party, country=best[1])

    def _of_acting_state(self, party: Party, start: int) -> Party:
        """A ministry named without its country ("the Foreign Office said", the who stage's
        "Ministry of Foreign Affairs") is the ministry of the state acting as the subject of a
        sentence just before ("Pakistan on Wednesday summoned India's envoy. [...] the Foreign
        Office said"), outside the words it claims: whose side speaks decides contradictions."""
        if party.kind != "government" or party.country is not None \
                or not party.name.startswith(GENERIC_MINISTRY):
            return party
        doc = self.article.doc
        claimed = self.claimed or (start, start)
        here = self._sentence_at(min(start, claimed[0]))  # before the words it claims, if first
        lo = self.sentence_starts[max(0, here - PRONOUN_SENTENCES)]
        for s, e, other in reversed(self.mentions):
            if not lo <= s < start or claimed[0] <= s < claimed[1] or other.kind != "state" \
                    or not other.country:
                continue
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is not None and any(t.dep_ in SUBJECT_DEPS and t.head.pos_ in ("VERB", "AUX")
                                        for t in span):
                return self._ministry_of(party, other.country)
        # no state acting before it: a press release or wire copy filed from a capital ("Islamabad,
        # 12 November 2025", "MOSCOW (Reuters) -") speaks of that state's ministry
        return self._ministry_of(party, self._dateline_country())

    def _ministry_of(self, party: Party, iso: str | None) -> Party:
        country = english_country(iso)
        return party if country is None else replace(party, country=iso, name=f"{party.name} of {country}")

    def _dateline_country(self) -> str | None:
        """The country whose capital a dateline opening the article names, else None."""
        text = self.article.text[:DATELINE_CHARS]
        for m in _DATELINE_CITY.finditer(text):
            iso = capital_of(m.group(1).strip(), self.article.language or "fr")
            if iso:
                return iso
        return None

    def _posting(self, start: int) -> bool:
        """A party named after a preposition of posting ("à Kiev", "in Kyiv"): where a described
        speaker serves, not who speaks."""
        doc = self.article.doc
        span = doc.char_span(start, start + 1, alignment_mode="expand")
        if span is None or span.start == 0:
            return False
        before = span.start - 1
        while before > 0 and doc[before].pos_ == "DET":
            before -= 1  # "une source à l'aéroport international de X": over the article
        return fold(doc[before].text) in self.lex.posting_prepositions

    def _jurisdiction(self, head: Any, start: int) -> bool:
        """The party named at ``start`` is the town or region an office holder's title governs ("le
        maire de Kharkiv", "the governor of the Krasnodar region", "le préfet du Nord"): where the
        official serves, so the speaker is the official, not the place (``jurisdiction_titles``)."""
        titles = self.lex.jurisdiction_titles
        if fold(head.lemma_) not in titles and fold(head.text) not in titles:
            return False
        span = self.article.doc.char_span(start, start + 1, alignment_mode="expand")
        return span is not None and head.i < span.start <= head.right_edge.i

    def _from_short_form(self, head: Any, start: int) -> Party | None:
        """A surname or a title seen before: "Martin" -> the earlier full name."""
        word = bare_pronoun(self.lex, head.text)
        if word in self.lex.singular_pronouns or word in self.lex.plural_pronouns \
                or word in self.lex.institution_pronouns:
            return self.pronoun(head.idx, plural=word in self.lex.plural_pronouns, word=word,
                                gender=head.morph.get("Gender"))
        if head.pos_ != "PROPN" and not head.text[:1].isupper():
            return self._coreferent_noun(head, start)
        earlier = [p for s, _e, p in self.entities + self.mentions if s < start]
        for party in reversed(self.history + earlier):
            names = fold(party.name).split() + fold(party.text or "").split()
            if word in names and fold(party.name) != word:
                return party
        return self._acronym(head.text, start)

    def _acronym(self, word: str, start: int) -> Party | None:
        """"FO said" after "the Foreign Office": upper-case initials of an institution named before."""
        if not (word.isupper() and word.isalpha() and len(word) >= ACRONYM_MIN_LETTERS):
            return None
        earlier = [p for s, _e, p in self.entities + self.mentions if s < start]
        for party in reversed(self.history + earlier):
            if party.kind != "person" and word in (_initials(party.text), _initials(party.name)):
                return party
        return None

    def _coreferent_noun(self, head: Any, start: int) -> Party | None:
        """A definite singular institution noun ("l'agence", "the ministry") names the latest
        party whose words contain it, else the latest non-state institution mentioned before.
        Plural or indefinite nouns ("des témoins") name nobody earlier."""
        word = fold(head.text)
        definite = any(c.dep_ == "det" and "Def" in c.morph.get("Definite") for c in head.children)
        if "Plur" in head.morph.get("Number") or not definite or self._qualified(head):
            return None
        if word not in self.lex.institution_nouns and fold(head.lemma_) not in self.lex.institution_nouns:
            return self._titled_person(head, start)
        earlier = [p for s, _e, p in self.mentions if s < start]
        for party in reversed(self.history + earlier):
            if word in fold(party.text or party.name).split() and not group_as_army(self.lex, word, party):
                return self._same_side(party, head, start)
        kinds = resumed_kinds(self.lex, word, INSTITUTION_KINDS, head)
        # "(Reuters) - ..., the army said": an army or a government is never the dateline's agency
        unlike_media = self.lex.force_nouns | self.lex.government_nouns
        doc = self.article.doc
        for s, e, party in reversed([m for m in self.mentions if m[0] < start]):
            span = doc.char_span(s, e, alignment_mode="expand") if doc is not None else None
            if span is not None and plural_noun(span.root):
                continue  # "the office" is not "its forces" named before: the numbers differ
            if party.kind in kinds and not (is_media(party.name) and word in unlike_media):
                return party  # "the paramilitary group": the armed group named before
        return None

    def _name_on_noun(self, start: int, head: Any) -> Party | None:
        """"The UK Maritime Trade Operations (UKMTO) agency said", "le Bureau ... (BINUH)": a noun the
        who stage linked to an institution named before has a name of its own (or its acronym): it speaks."""
        names = [t.idx for t in head.subtree if (t.i > head.i and t.is_upper and t.nbor(-1).text == "(")
                 or (t.pos_ == "PROPN" and t.head.i == head.i and t.i < head.i
                     and t.dep_ in ("compound", "nmod", "appos", "flat", "flat:name"))]
        return next((p for s, e, p in self.mentions if start <= s and (e <= head.idx or s > head.idx)
                     and p.kind != "person" and any(s <= at < e for at in names)), None)

    def _qualified(self, head: Any) -> bool:
        """The noun has words of its own naming which one it is ("the civil defence agency", "le
        service de protection civile"), other than a nationality ("the Russian ministry"): a
        description of a new speaker, not a mention of the last institution ("the agency" after
        "(Reuters)")."""
        language = self.article.language or "fr"
        if any(c.dep_ in ("compound", "amod") and c.i < head.i and c.is_alpha
               and country_of_adjective(c.text, language) is None and fold(c.text) not in self.lex.epithets
               for c in head.children):
            return True
        # a common noun after it saying which one ("le service de presse de l'entreprise", "the
        # press office of the plant"): a new description too; a capitalised name ("le ministère
        # de la Défense") may still be the institution named before
        after = [c for c in head.children if c.i > head.i and c.dep_ in ("nmod", "prep")]
        after += [g for c in after if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        return any(c.pos_ == "NOUN" and c.text.islower() for c in after)

    def _same_side(self, party: Party, head: Any, start: int) -> Party:
        """"Le gouvernement indien accuse ... Le ministère pakistanais a nié. « ... », a déclaré le
        gouvernement": a bare "le gouvernement" (lex.government_nouns) right after a ministry of
        another country spoke goes on with that ministry's side (its country's government), not
        the government named further back."""
        if not self.spoken or party.kind != "government" or not party.country \
                or fold(head.lemma_) not in self.lex.government_nouns:
            return party
        at, last = self.spoken[-1]
        if last.kind != "government" or not last.country or last.country == party.country \
                or not last.name.startswith(GENERIC_MINISTRY) \
                or self._sentence_at(start) - self._sentence_at(at) > 1:
            return party
        country = english_country(last.country)
        if country is None:
            return party
        s, e = self.article.to_original(head.idx, head.idx + len(head.text))
        return Party(f"Government of {country}", "government", last.country, None,
                     self.article.text[s:e], (s, e))

    def _possessor_government(self, party: Party, head: Any) -> Party:
        """"Guyana's president said ... His government said", "Son gouvernement a indiqué": a
        government of no country named with a possessive determiner is the government of the
        speaker before (his country's), the nearest speaker with a country."""
        if party.kind != "government" or party.country or fold(head.lemma_) not in self.lex.government_nouns:
            return party
        if not any(c.dep_ in ("poss", "det", "nmod:poss") and "Yes" in c.morph.get("Poss")
                   for c in head.children):
            return party
        last = next((p for _, p in reversed(self.spoken) if p.country), None)
        country = english_country(last.country) if last is not None and last.country else None
        if last is None or country is None:
            return party
        return Party(f"Government of {country}", "government", last.country, None, party.text, party.span)

    def _plural_anaphor(self, party: Party, start: int, head: Any) -> Party:
        """"Les chefs de gouvernement de la Caricom ont exprimé ... « ... », ont déclaré les
        dirigeants"; "France, Germany and Poland condemned ... 'We condemn ...,' the four ministers
        said": a bare definite plural description (only a determiner and a number on it) names the
        group or the joint speaker that spoke in this sentence or the one before, not a new speaker."""
        described = party.country is None and fold(party.name).endswith(fold(head.text))  # the words alone
        if not described or head.pos_ != "NOUN" or "Plur" not in head.morph.get("Number") \
                or not any(c.dep_ == "det" and "Def" in c.morph.get("Definite") for c in head.children) \
                or any(c.dep_ not in ("det", "nummod") for c in head.children if c.i < head.i) \
                or any(c.dep_ not in ("punct",) for c in head.children if c.i > head.i):
            return party
        here = self._sentence_at(start)
        for at, last in reversed(self.spoken):
            if here - self._sentence_at(at) > 1:
                break
            if " and " in last.name or last.kind in ("organization", "group"):
                return last
        return party

    def _named_government(self, party: Party, start: int, end: int, head: Any) -> Party:
        """A bare "government" the who stage took from a longer name is that name ("The Kurdistan
        Regional Government said", "the National Unity Government"), or the body whose government
        it is ("Les chefs de gouvernement de la Caricom"): the entity around the speaker's head, else
        another party named in the speaker's words."""
        bare = fold(party.text or party.name) in self.lex.government_nouns
        if party.country or party.kind != "government" or not bare:
            return party
        ent = next((e for e in head.doc.ents if e.start <= head.i < e.end and e.label_ == "ORG"), None)
        if ent is not None:
            words = [t for t in ent if not (t.pos_ == "DET" or t.is_punct)]
            if len(words) >= 2 and all(t.text[:1].isupper() for t in words):
                name = " ".join(t.text for t in words)
                return Party(name, "government", None, None, party.text, party.span)
        owner = next((p for s, e, p in self.mentions if start <= s and e <= end and p is not party
                      and p.kind in ("organization", "state")
                      and fold(p.name) not in self.lex.government_nouns), None)
        return owner if owner is not None else party

    def _titled_person(self, head: Any, start: int) -> Party | None:
        """A bare definite title ("le ministre", "the spokesman", "the French president") names
        the latest person introduced with that title: every word of the phrase but the
        determiner must appear in that person's words or role. A title with a complement ("le
        ministre de l'Intérieur") is another person unless those words match too."""
        if not self._is_source_noun(head):
            return None
        doc = head.doc
        words = [fold(t.text) for t in doc[head.left_edge.i:head.right_edge.i + 1]
                 if t.is_alpha and t.pos_ not in ("DET", "ADP")]
        if not words or len(words) > DESCRIPTION_MAX_WORDS:
            return None
        earlier = [p for s, _e, p in self.mentions if s < start]
        for party in reversed(self.history + earlier):
            if party.kind != "person":
                continue
            known = set(fold(f"{party.text or ''} {party.role or ''}").replace("-", " ").split())
            known |= set(fold(f"{party.text or ''} {party.role or ''}").split())
            if all(w in known or known & self.lex.role_kinds.get(w, frozenset()) for w in words):
                s, e = self.article.to_original(doc[head.left_edge.i].idx, head.idx + len(head.text))
                return replace(party, text=self.article.text[s:e], span=(s, e))
        return None

    def _from_entities(self, start: int, end: int, head: Any | None = None) -> Party | None:
        """spaCy's NER when the who stage left no mention (keeps speakers found, if uncanonical);
        not the place of a described speaker's posting ("le nonce à Kiev")."""
        doc = self.article.doc
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return None
        described = head is not None and head.pos_ == "NOUN"
        for ent in span.ents:
            if described and not ent.start <= head.i < ent.end and (
                    self._posting(ent.start_char) or self._jurisdiction(head, ent.start_char)):
                continue
            kind = _NER_KINDS.get(ent.label_)
            if kind is None:
                continue
            if ent.label_ == "NORP" and described and ent.end <= head.i and ent.root.head.i == head.i \
                    and all(t.head.i == head.i for t in doc[ent.end:head.i]):
                # a people no country stands for, describing the speakers ("Kurdish officials"):
                # they are the phrase, not the adjective
                s, e = self.article.to_original(ent.start_char, head.idx + len(head.text))
                return Party(name=self.article.text[s:e], kind="government", text=self.article.text[s:e],
                             span=(s, e))
            s, e = self.article.to_original(ent.start_char, ent.end_char)
            return Party(name=ent.text, kind=kind, text=self.article.text[s:e], span=(s, e))  # type: ignore[arg-type]
        return None

    def _proper_name(self, head: Any) -> Party:
        """A name neither the who stage nor the NER knows: the run of proper nouns around it."""
        doc = head.doc
        s = head.i
        while s > 0 and (doc[s - 1].pos_ == "PROPN" or _foreign_word(doc[s - 1])) and not doc[s - 1].is_punct:
            s -= 1
        e = head.i + 1
        while e < len(doc) and (doc[e].pos_ == "PROPN" or _foreign_word(doc[e])):
            e += 1
        start, end = self.article.to_original(doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text))
        words = self.article.text[start:end]
        return Party(name=words, kind="person" if e - s > 1 else "other", text=words, span=(start, end))

    def _plausible_description(self, start: int, end: int, head: Any) -> bool:
        """A nameless speaker is a short noun phrase ("le gouverneur", "des sources militaires"),
        not a rule ("la loi") nor a clause the parser mistook for a subject."""
        span = self.article.doc.char_span(start, end, alignment_mode="expand")
        if span is None or fold(head.text) in self.lex.not_sources:
            return False
        words = [t for t in span if t.is_alpha]
        titles = self.lex.jurisdiction_titles
        limit = JURISDICTION_MAX_WORDS if fold(head.lemma_) in titles or fold(head.text) in titles \
            else DESCRIPTION_MAX_WORDS
        return len(words) <= limit and not any(
            fold(t.text) in self.lex.complementisers for t in span)

    def _institution_of_place(self, start: int, end: int, head: Any) -> Party | None:
        """"Gaza's civil defence agency", "the Gaza health ministry", "the territory's health
        ministry": an institution owned by a place or state (speaker_owners.owning_place). The
        institution speaks, of that place's country, not the place itself (the who stage's name
        for it completed with the country, else the words, the resumed place's name for the
        place noun); a bare noun ("Russia's ambassador") is left to the other readers."""
        if head.pos_ not in ("NOUN", "PROPN") or not self._is_source_noun(head):
            return None
        owned = owning_place(self.article, self.lex, head)
        if owned is None:
            return None
        first, country, resumed = owned
        # the who stage's name for the institution: one holding its qualifiers ("health ministry");
        # a bare "agency" it took for the agency named before is not one
        named = [p for s, e, p in self.mentions if s <= first.idx and head.idx < e]
        if named:
            return None if named[0].country else replace(named[0], country=country)
        # the words up to the institution's noun ("Myanmar's ruling junta on Wednesday": not the day)
        words = self._bare_noun(start, head.idx + len(head.text))
        if resumed is not None:
            words = replace(words, name=f"{resumed} {head.doc.text[first.idx:head.idx + len(head.text)]}")
        return replace(words, kind="organization", country=country)

    def _is_source_noun(self, head: Any) -> bool:
        return fold(head.text) in self.lex.source_nouns or fold(head.lemma_) in self.lex.source_nouns

    def _bare_noun(self, start: int, end: int) -> Party:
        """A speaker named only by a description ("des sources militaires"): keep the words,
        without the leading determiner."""
        span = self.article.doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            words = [t for t in span if not t.is_space]
            while len(words) > 1 and words[0].pos_ == "DET":
                words = words[1:]
            words = self._without_channel(words)
            start, end = words[0].idx, words[-1].idx + len(words[-1].text)
        s, e = self.article.to_original(start, end)
        text = self.article.text[s:e]
        return Party(name=text, kind="other", text=text, span=(s, e))

    def _without_channel(self, words: list[Any]) -> list[Any]:
        """The description without the channel the parser hung on it ("le gouverneur sur Telegram",
        "le porte-parole dans un communiqué"): where it spoke is not who spoke (``channels``)."""
        for i, t in enumerate(words[1:], 1):
            if t.pos_ == "ADP" and any(fold(x.text) in self.lex.channels for x in words[i + 1:]):
                return words[:i]
        return words

    def _complete(self, party: Party, start: int) -> Party:
        """An underspecified name ("Ministry of Defence", no country; a force's "l'état-major") takes the
        fuller earlier party it abbreviates ("Ministry of Defence of Russia", "South Korean General Staff")"""
        if party.country is not None and party.kind != "person":
            return party
        name = fold(party.name)
        for earlier in reversed(self.history + [p for s, _e, p in self.mentions if s < start]):
            other = fold(earlier.name)
            if other != name and earlier.kind == party.kind and (other.startswith(name) or (
                    party.kind in ("person", "military") and other.endswith(" " + name))):
                return replace(earlier, text=party.text, span=party.span)
        return party


def _foreign_word(tok: Any) -> bool:
    """A capitalised word the tagger could not read ("X": a word of another language), inside a
    name ("le Sudan Doctors Network", in French copy)."""
    if tok.pos_ != "X" or not tok.is_alpha or not tok.text[:1].isupper() or tok.i == 0:
        return False
    before = tok.doc[tok.i - 1]  # not a sentence's first word (the parser's sentences may cut a name)
    return before.text not in (".", "!", "?", ":", "«", '"') and "\n" not in before.text


def _initials(words: str | None) -> str:
    """The initials of a name's capitalised or long words, the short function words left out
    ("Foreign Office" -> "FO", "Bureau national des enquêtes" -> "BNE")."""
    return "".join(w[0] for w in (words or "").split() if w[:1].isupper() or len(w) >= 4).upper()
