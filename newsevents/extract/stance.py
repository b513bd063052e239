"""Stance of a claim (assert, deny, retract, question, demand, condemn) from language data.

Why three layers: the reporting verb gives a default ("a démenti" denies, "a déclaré" asserts);
negation of that verb changes it ("n'a pas démenti" is no denial, "n'a pas confirmé" denies); and
the claimed words can carry a stronger stance than a neutral verb ("a rapporté que X n'avait pas
utilisé..." denies, "a souligné que ... inacceptables" condemns). All words come from
``lang/<code>/claims.yaml``; only the order of precedence between stances is code.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

from newsevents.lang import load_language, section_words

# When several cues meet in one claim the most specific wins: a denial or retraction changes what
# the speaker stands by, a condemnation/demand is stronger than a question, assert is the default.
STANCE_PRIORITY: tuple[str, ...] = ("deny", "retract", "condemn", "demand", "question", "assert")


# fold is pure and called on every token of every phrase test (550k calls over the 456-article
# bench corpus, 3 s under cProfile): memoised; the bound keeps memory flat on long runs
FOLD_CACHE_SIZE = 1 << 16


@lru_cache(maxsize=FOLD_CACHE_SIZE)
def fold(text: str) -> str:
    """Lower-case, accents removed, typographic apostrophes straightened (for phrase matching)."""
    text = text.replace("\u2019", "'").replace("\u00a0", " ").lower()
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


@cache
def folded_words(code: str, section: str, key: str) -> frozenset[str]:
    """A word list of a language's stage file, folded as fold() reads tokens: built once, not at
    every call of the rules that compare folded words with it."""
    return frozenset(fold(w) for w in section_words(code, section, key))


def folded_texts(doc: Any) -> list[str]:
    """fold() of every token text of a Doc, computed once per Doc: phrase tests scan the same
    tokens again and again (the last Doc's list is kept, the stages handle one article at a time)."""
    last = _FOLDED[0]  # (doc, words) swapped in one store: safe if threads share the module
    if last[0] is not doc:
        last = _FOLDED[0] = (doc, [fold(t.text) for t in doc])
    return last[1]  # type: ignore[no-any-return]


_FOLDED: list[tuple[Any, list[str]]] = [(None, [])]


def stronger(a: str, b: str) -> str:
    """The stance that takes precedence (see STANCE_PRIORITY)."""
    return a if STANCE_PRIORITY.index(a) <= STANCE_PRIORITY.index(b) else b


@dataclass(frozen=True)
class Lexicon:
    """The claims section of one language, pre-folded for fast matching."""

    verbs: dict[str, str]
    particles: dict[str, tuple[str, ...]]
    particle_stance: dict[str, str]
    negated_stance: dict[str, str | None]
    negated_to_deny: frozenset[str]
    negators: frozenset[str]
    negation_particles: frozenset[str]
    complementisers: frozenset[str]
    source_markers: tuple[tuple[str, ...], ...]
    relay_markers: tuple[tuple[str, ...], ...]
    not_sources: frozenset[str]
    source_nouns: frozenset[str]
    institution_nouns: frozenset[str]
    reflexive_only: frozenset[str]
    singular_pronouns: frozenset[str]
    plural_pronouns: frozenset[str]
    expletives: frozenset[str]
    pronoun_prefixes: tuple[str, ...]
    verb_forms: dict[str, str]
    content_cues: dict[str, tuple[str, ...]]
    act_verbs: frozenset[str]
    act_nouns: frozenset[str] = frozenset()  # "frappe", "strike": "il n'y a pas eu de frappe"
    # verbs that are acts with one object only ("ouvrir" + "feu", "open" + "fire"): negated_acts
    act_phrases: dict[str, frozenset[str]] = field(default_factory=dict)
    existential_marks: frozenset[str] = frozenset()  # "y" (il y a), "there" (there was)
    institution_pronouns: frozenset[str] = frozenset()  # "elle" for "l'armée", "it"
    time_shifts: tuple[str, ...] = ()  # "plus tard", "later": a statement made at another time
    contrast_marks: frozenset[str] = frozenset()  # "while", "tandis que": another speaker's clause
    channels: frozenset[str] = frozenset()  # "Telegram", "communiqué": where, never who, speaks
    gerund_marks: frozenset[str] = frozenset()  # "en" before a gerund ("en affirmant")
    elaborating: frozenset[str] = frozenset()  # "ajouter", "add": a participle that goes on
    anonymous_sources: frozenset[str] = frozenset()  # "sources": unnamed, of a kind
    accusation_nouns: frozenset[str] = frozenset()  # "accusation", "claim": someone's claim
    accusation_links: frozenset[str] = frozenset()  # "sur", "selon lesquelles", "that"
    agent_prepositions: frozenset[str] = frozenset()  # "par", "by": the agent of a passive
    inclusion_marks: frozenset[str] = frozenset()  # "dont", "including": members of a plural noun
    posting_prepositions: frozenset[str] = frozenset()  # "à", "in": "le nonce à Kiev" (a posting)
    jurisdiction_titles: frozenset[str] = frozenset()  # "maire", "governor": "the mayor of Kharkiv"
    hypothetical_marks: frozenset[str] = frozenset()  # "si", "if": "unclear if Iran would respond"
    participle_endings: tuple[tuple[str, str], ...] = ()  # ("ée", "er"): "qualifiée" -> "qualifier"
    opening_markers: tuple[tuple[str, ...], ...] = ()  # "pour": a source only opening the sentence
    # "pour", "afin de", "in order to": a purpose the source is cited for ("intervient pour, selon
    # Téhéran, protéger ...") -- a motive, no statement (attribution_sources._motive_aside)
    purpose_marks: tuple[tuple[str, ...], ...] = ()
    # "depuis le début de la guerre", "since the war began": a sentence of the story's background,
    # whose cited tally is no statement on the incident (attribution_sources)
    background_openers: tuple[tuple[str, ...], ...] = ()
    clause_only: frozenset[str] = frozenset()  # "rappeler": "que ..." or no statement
    particles_adjacent: frozenset[str] = frozenset()  # "faire": "fait état", "fait savoir"
    document_nouns: frozenset[str] = frozenset()  # "le texte", "the statement": its issuer speaks
    responsibility_verbs: frozenset[str] = frozenset()  # "revendiquer", "claim" (an act)
    negative_determiners: frozenset[str] = frozenset()  # "aucun", "no": "aucun accord n'a été conclu"
    negative_pronouns: frozenset[str] = frozenset()  # "personne", "nobody": "n'avons envoyé personne"
    verdict_verbs: frozenset[str] = frozenset()  # "qualifier", "describe": "X qualifiée de Y par Z"
    discrediting_words: frozenset[str] = frozenset()  # "provocation": a verdict on reports denies them
    verb_lemmas: dict[str, str] = field(default_factory=dict)  # "indique" (a verb) -> "indiquer"
    doubt_cues: tuple[str, ...] = ()  # "improbable", "unlikely": doubting another side's account
    no_comment_cues: tuple[str, ...] = ()  # "ne commente pas", "declined to comment": no version
    justification_cues: tuple[str, ...] = ()  # "irréprochable", "self-defence": no wrongdoing
    press_nouns: frozenset[str] = frozenset()  # "journaliste", "correspondent": the press's own staff
    own_marks: frozenset[str] = frozenset()  # "notre", "our": "notre correspondant", the outlet's own
    noun_claims: frozenset[str] = frozenset()  # "évoquer", "mention": the object is what is claimed
    government_nouns: frozenset[str] = frozenset()  # "gouvernement", "government"
    source_pronouns: frozenset[str] = frozenset()  # "selon lui", "according to him"
    victim_kinds: dict[str, tuple[str, ...]] = field(default_factory=dict)  # "civils" / "terroristes"
    # "de son côté", "for its part": an aside between a reporting verb and its words, not claimed
    aside_phrases: tuple[tuple[str, ...], ...] = ()
    # "lors d'une conférence de presse", "at a news conference": the occasion of a statement, no
    # part of its words when it trails them (content_edges.without_channel)
    channel_phrases: tuple[tuple[str, ...], ...] = ()
    # "ce que", "which": a relative on the whole clause before ("…, ce que Kiev dément": answers.py)
    answer_openers: tuple[tuple[str, ...], ...] = ()
    # "involvement", "toute implication": what a denial closing a headline may name as its object
    # and still answer the clause before ("…, rebels deny involvement": answers.py)
    answer_objects: tuple[tuple[str, ...], ...] = ()
    # "thèse", "theory": a side's version when put forward or held (extract/hypotheses.py)
    hypothesis_nouns: frozenset[str] = frozenset()
    neither_nor: frozenset[str] = frozenset()  # "ni", "neither", "nor": "n'a ni confirmé ni démenti"
    ruled_out_nouns: frozenset[str] = frozenset()  # "question", "intention": "no question of bombing"
    ruled_out_cues: tuple[str, ...] = ()  # "no plans to", "pas question de": an intention ruled out
    halt_words: frozenset[str] = frozenset()  # "cesser", "l'arrêt", "stop": what a demand asks to end
    alleged_act_nouns: frozenset[str] = frozenset()  # "violation", "incursion": an act a denial resumes
    intent_verbs: frozenset[str] = frozenset()  # "intend", "vouloir": "had not intended to strike"
    restriction_words: frozenset[str] = frozenset()  # "que": "n'avoir visé que des sites militaires"
    hypothesis_verbs: frozenset[str] = frozenset()  # "privilégier", "favour": hold a hypothesis
    reason_markers: frozenset[str] = frozenset()  # "citing", "invoquant": the reason for an act
    ordinal_anaphora: dict[str, int] = field(default_factory=dict)  # "les premiers" -> 0, "the latter" -> 1
    latest_anaphora: frozenset[str] = frozenset()  # "ces derniers": the party named last before
    latest_pronouns: frozenset[str] = frozenset()  # "ceux-ci": the same, when a phrase agrees
    # "le diplomate" -> the titles it stands for ("l'ambassadeur d'Iran, X" named before)
    role_kinds: dict[str, frozenset[str]] = field(default_factory=dict)
    threat_words: frozenset[str] = frozenset()  # "riposte", "retaliation": a promised response
    # "touchée directement", "debris", "shot down": facts finer than the incident (facts_of)
    facts: dict[str, tuple[re.Pattern[str], ...]] = field(default_factory=dict)
    # "revenir": a verb whose perfect takes the passive's auxiliary ("est revenu sur ce bilan"),
    # which the parser reads as a passive; its subject is the speaker
    perfect_with_be: frozenset[str] = frozenset()
    # "groupe", "rebels": a noun naming an armed group ("le groupe islamiste palestinien"): speakers.py
    group_nouns: frozenset[str] = frozenset()
    # "force", "military": a noun naming the armed body the story is about ("the force said"):
    # speaker_forces.py
    force_nouns: frozenset[str] = frozenset()
    state_force_nouns: frozenset[str] = frozenset()  # "the army": a state's forces, never a group
    # "armed", "milice": a group noun so qualified, or such a noun, names an armed group only
    armed_words: frozenset[str] = frozenset()
    # "blame", "imputer": laying an act at someone's door ("an airstrike that media blamed on
    # Israel"): its relative clause claims the noun it hangs on (embedded.blamed_antecedent)
    blame_verbs: frozenset[str] = frozenset()
    # "accuser", "blame": verbs whose object is the accused; "l'armée a accusé les miliciens X",
    # with no "of" clause, still lays the act at a party's door: the object alone is the claim
    accusing_verbs: frozenset[str] = frozenset()
    # "criminal mischief", "enquête criminelle": a legal category holding a cue word, no verdict
    legal_terms: tuple[str, ...] = ()
    # "de", "of": words opening an accusing verb's charge ("accused X of", "blamed X for")
    charge_marks: frozenset[str] = frozenset()
    # "chiffrer", "put": verbs that report only when they set a figure ("le bilan", "the toll", or a
    # pronoun for one) to a number ("à 15 morts", "at 12"): extract/figures.py
    figure_verbs: frozenset[str] = frozenset()
    # "global", "paramilitary": words that describe an institution without saying which one ("the
    # global body", "le groupe paramilitaire"): the one named before (speakers._qualified)
    epithets: frozenset[str] = frozenset()
    place_anaphors: frozenset[str] = frozenset()  # "territory": "the territory's health ministry"
    negative_answers: frozenset[str] = frozenset()  # "non", "absolutely not": interviews.py
    answer_labels: frozenset[str] = frozenset()  # "réponse", "r", "answer", "a" (lower case): interviews.py
    question_labels: frozenset[str] = frozenset()  # "question", "q": a transcript's questions, no claim
    # "explainer", "analyse", "live": a rubric opening a headline ("Explainer: a year of ..."), nobody's turn
    rubric_labels: frozenset[str] = frozenset()
    # "tell", "informer": reporting verbs whose object is whom they told ("a resident told Reuters")
    addressee_verbs: frozenset[str] = frozenset()
    # "tell", "dire": verbs of telling whose infinitive complement, after its mark ("to", "de"), is a
    # demand ("told Israel to stop the strikes", "a dit à Israël de cesser les frappes")
    telling_verbs: frozenset[str] = frozenset()
    infinitive_marks: frozenset[str] = frozenset()
    # "communiqué", "press release": a heading that makes the text its issuer's (releases.py)
    release_markers: tuple[str, ...] = ()
    # "not to be named", "à ne pas être nommé": a source's request for anonymity, no claim
    anonymity_phrases: tuple[str, ...] = ()
    figure_nouns: frozenset[str] = frozenset()
    figure_prepositions: frozenset[str] = frozenset()
    # "habitant", "resident", "witness": people a place only tells where they live or stood ("un
    # habitant de Palma", "a resident of Bambari"): the person speaks, not the place (speakers.py)
    resident_nouns: frozenset[str] = frozenset()
    # "qui", "dont", "which": the pronoun opening a relative clause set off by a comma, whose
    # present-tense words describe the noun ("le camp, qui abrite selon l'ONU 500 000 personnes"):
    # an aside of the narration, no claim (attribution_sources._describing_aside)
    relative_pronouns: frozenset[str] = frozenset()
    # "avoir", "have": the auxiliary of a perfect an aside may split from its participle ("a de
    # son côté affirmé"): attribution_edges.aside_auxiliary
    perfect_auxiliaries: frozenset[str] = frozenset()


def _folded(data: dict[str, Any], key: str) -> frozenset[str]:
    """A word list of the claims data, folded (lowercase, no accents) as the tokens are read."""
    return frozenset(fold(v) for v in data.get(key) or [])


def _phrases(items: list[str]) -> tuple[tuple[str, ...], ...]:
    """Phrases as folded token tuples, longest first ("se référant à" -> ("se", "referant", "a"))."""
    out = {tuple(fold(p).replace("'", "' ").split()) for p in items}
    return tuple(sorted(out, key=len, reverse=True))


@cache
def lexicon(language: str) -> Lexicon:
    """The cached claims lexicon of a language (empty when the language has no claims.yaml)."""
    data: dict[str, Any] = load_language(language).section("claims")
    pronouns = data.get("pronouns") or {}
    return Lexicon(
        verbs={fold(k): v for k, v in (data.get("reporting_verbs") or {}).items()},
        particles={fold(k): tuple(fold(p) for p in v) for k, v in (data.get("verb_particles") or {}).items()},
        particle_stance={fold(k): v for k, v in (data.get("particle_stance") or {}).items()},
        negated_stance=dict(data.get("negated_stance") or {}),
        negated_to_deny=_folded(data, "negated_to_deny"),
        negators=_folded(data, "negators"),
        negation_particles=_folded(data, "negation_particles"),
        complementisers=_folded(data, "complementisers"),
        source_markers=_phrases(data.get("source_markers") or []),
        relay_markers=_phrases(data.get("relay_markers") or []),
        not_sources=_folded(data, "not_sources"),
        source_nouns=_folded(data, "source_nouns"),
        anonymous_sources=_folded(data, "anonymous_sources"),
        institution_nouns=_folded(data, "institution_nouns"),
        reflexive_only=_folded(data, "reflexive_only"),
        singular_pronouns=frozenset(fold(v) for v in pronouns.get("singular") or []),
        plural_pronouns=frozenset(fold(v) for v in pronouns.get("plural") or []),
        expletives=_folded(data, "expletives"),
        pronoun_prefixes=tuple(sorted((fold(v) for v in data.get("pronoun_prefixes") or []), key=len,
                                      reverse=True)),
        verb_forms={fold(k): fold(v) for k, v in (data.get("verb_forms") or {}).items()},
        verb_lemmas={fold(k): fold(v) for k, v in (data.get("verb_lemmas") or {}).items()},
        doubt_cues=tuple(fold(v) for v in data.get("doubt_cues") or []),
        no_comment_cues=tuple(" ".join(fold(v).split()) for v in data.get("no_comment_cues") or []),
        justification_cues=tuple(" ".join(fold(v).split()) for v in data.get("justification_cues") or []),
        aside_phrases=_phrases(data.get("aside_phrases") or []),
        channel_phrases=_phrases(data.get("channel_phrases") or []),
        answer_openers=_phrases(data.get("answer_openers") or []),
        answer_objects=_phrases(data.get("answer_objects") or []),
        hypothesis_nouns=_folded(data, "hypothesis_nouns"),
        neither_nor=_folded(data, "neither_nor"),
        halt_words=_folded(data, "halt_words"),
        alleged_act_nouns=_folded(data, "alleged_act_nouns"),
        intent_verbs=_folded(data, "intent_verbs"),
        restriction_words=_folded(data, "restriction_words"),
        ruled_out_nouns=_folded(data, "ruled_out_nouns"),
        ruled_out_cues=tuple(" ".join(fold(v).split()) for v in data.get("ruled_out_cues") or []),
        hypothesis_verbs=_folded(data, "hypothesis_verbs"),
        reason_markers=_folded(data, "reason_markers"),
        ordinal_anaphora={fold(k): int(v) for k, v in (data.get("ordinal_anaphora") or {}).items()},
        latest_anaphora=_folded(data, "latest_anaphora"),
        latest_pronouns=_folded(data, "latest_pronouns"),
        threat_words=_folded(data, "threat_words"),
        role_kinds={fold(k): frozenset(fold(w) for w in v)
                    for k, v in (data.get("role_kinds") or {}).items()},
        press_nouns=_folded(data, "press_nouns"),
        own_marks=_folded(data, "own_marks"),
        noun_claims=_folded(data, "noun_claims"),
        government_nouns=_folded(data, "government_nouns"),
        source_pronouns=_folded(data, "source_pronouns"),
        content_cues={k: tuple(fold(p) for p in v) for k, v in (data.get("content_cues") or {}).items()},
        legal_terms=tuple(fold(p) for p in data.get("legal_terms") or ()),
        victim_kinds={k: tuple(" ".join(fold(p).split()) for p in v)
                      for k, v in (data.get("victim_kinds") or {}).items()},
        facts={k: tuple(_fact_pattern(p) for p in v) for k, v in (data.get("facts") or {}).items()},
        act_verbs=_folded(data, "act_verbs"),
        act_nouns=_folded(data, "act_nouns"),
        act_phrases={fold(k): frozenset(fold(o) for o in v)
                     for k, v in (data.get("act_phrases") or {}).items()},
        existential_marks=_folded(data, "existential_marks"),
        institution_pronouns=frozenset(fold(v) for v in pronouns.get("institution") or []),
        contrast_marks=frozenset(" ".join(fold(v).split()) for v in data.get("contrast_marks") or []),
        time_shifts=tuple(" ".join(fold(v).split()) for v in data.get("time_shifts") or []),
        channels=frozenset(" ".join(fold(v).split()) for v in data.get("channels") or []),
        gerund_marks=_folded(data, "gerund_marks"),
        elaborating=_folded(data, "elaborating_verbs"),
        accusation_nouns=_folded(data, "accusation_nouns"),
        accusation_links=_folded(data, "accusation_links"),
        agent_prepositions=_folded(data, "agent_prepositions"),
        inclusion_marks=_folded(data, "inclusion_marks"),
        posting_prepositions=_folded(data, "posting_prepositions"),
        jurisdiction_titles=_folded(data, "jurisdiction_titles"),
        hypothetical_marks=_folded(data, "hypothetical_marks"),
        verdict_verbs=_folded(data, "verdict_verbs"),
        discrediting_words=_folded(data, "discrediting_words"),
        negative_determiners=_folded(data, "negative_determiners"),
        negative_pronouns=_folded(data, "negative_pronouns"),
        responsibility_verbs=_folded(data, "responsibility_verbs"),
        opening_markers=_phrases(data.get("opening_markers") or []),
        purpose_marks=_phrases(data.get("purpose_marks") or []),
        background_openers=_phrases(data.get("background_openers") or []),
        clause_only=_folded(data, "clause_only"),
        particles_adjacent=_folded(data, "particles_adjacent"),
        perfect_with_be=_folded(data, "perfect_with_be"),
        group_nouns=_folded(data, "group_nouns"),
        force_nouns=_folded(data, "force_nouns"),
        state_force_nouns=_folded(data, "state_force_nouns"),
        armed_words=_folded(data, "armed_words"),
        blame_verbs=_folded(data, "blame_verbs"),
        accusing_verbs=_folded(data, "accusing_verbs"),
        charge_marks=_folded(data, "charge_marks"),
        figure_verbs=_folded(data, "figure_verbs"),
        epithets=_folded(data, "epithets"),
        place_anaphors=_folded(data, "place_anaphors"),
        negative_answers=frozenset(" ".join(fold(v).split()) for v in data.get("negative_answers") or []),
        answer_labels=frozenset(str(v).lower() for v in data.get("answer_labels") or []),  # as written
        question_labels=frozenset(fold(str(v)) for v in data.get("question_labels") or []),
        rubric_labels=frozenset(fold(str(v)) for v in data.get("rubric_labels") or []),
        addressee_verbs=frozenset(fold(str(v)) for v in data.get("addressee_verbs") or []),
        telling_verbs=_folded(data, "telling_verbs"),
        infinitive_marks=_folded(data, "infinitive_marks"),
        release_markers=tuple(" ".join(fold(str(v)).replace("'", "' ").split())
                              for v in data.get("release_markers") or []),
        anonymity_phrases=tuple(" ".join(fold(str(v)).split()) for v in data.get("anonymity_phrases") or []),
        figure_nouns=_folded(data, "figure_nouns"),
        figure_prepositions=_folded(data, "figure_prepositions"),
        resident_nouns=_folded(data, "resident_nouns"),
        relative_pronouns=_folded(data, "relative_pronouns"),
        perfect_auxiliaries=_folded(data, "perfect_auxiliaries"),
        document_nouns=frozenset(" ".join(fold(v).split()) for v in data.get("document_nouns") or []),
        participle_endings=tuple(sorted(((fold(a), fold(b)) for a, b in data.get("participle_endings") or []),
                                        key=lambda x: len(x[0]), reverse=True)),
    )


# The most words a "*" of a fact phrase stands for ("destroyed 27 drones", "détruit au total 27
# drones"): a count and a qualifier; more, and the words may be about something else.
FACT_GAP_WORDS = 3


def _fact_pattern(phrase: str) -> re.Pattern[str]:
    """A folded fact phrase as a whole-word pattern; "*" is up to FACT_GAP_WORDS words."""
    body = ""
    for word in fold(phrase).split():
        if word == "*":
            body += rf"(?:\S+\s+){{0,{FACT_GAP_WORDS}}}"
        else:
            body += re.escape(word) + r"\s+"
    body = body.removesuffix(r"\s+")
    return re.compile(rf"(?<!\w){body}(?!\w)")


def facts_of(lex: Lexicon, text: str) -> list[str]:
    """The facts of an incident the words speak of, finer than the incident (lex.facts: a direct
    hit, falling debris, an interception), sorted; empty when they speak of the incident as a
    whole."""
    folded = " ".join(fold(text).replace("'", " ").split())
    return sorted(k for k, patterns in lex.facts.items() if any(p.search(folded) for p in patterns))


def one_fact(stance_a: str, facts_a: list[str] | tuple[str, ...], stance_b: str,
             facts_b: list[str] | tuple[str, ...]) -> bool:
    """Whether a denial and another claim about one incident speak of one fact of it. A denial
    naming a fact ("the refinery was not hit directly") grants the rest of the incident: it
    answers only a claim asserting that fact ("hit directly by our drones"), not one telling
    another ("debris fell on it", "27 drones were shot down"), nor an account naming no fact (a
    fire after an attack). A denial naming none denies the whole incident and answers any account
    of it. Two claims neither of which denies are not judged here (True)."""
    if stance_a in DENIALS:
        denied, told = facts_a, facts_b
    elif stance_b in DENIALS:
        denied, told = facts_b, facts_a
    else:
        return True
    return not denied or bool(set(denied) & set(told))


DENIALS = frozenset({"deny", "retract"})


def bare_pronoun(lex: Lexicon, text: str) -> str:
    """A pronoun token without its inversion prefix ("-t-il" -> "il")."""
    word = fold(text)
    for prefix in lex.pronoun_prefixes:
        if word.startswith(prefix) and len(word) > len(prefix):
            return word[len(prefix):]
    return word


def _contains_phrase(folded: str, phrase: str) -> bool:
    """Whole-word containment of a folded phrase in folded text."""
    start = folded.find(phrase)
    while start >= 0:
        end = start + len(phrase)
        left_ok = start == 0 or not folded[start - 1].isalnum()
        right_ok = end >= len(folded) or not folded[end].isalnum() or phrase.endswith("'")
        if left_ok and right_ok:
            return True
        start = folded.find(phrase, start + 1)
    return False


def cue_stance(lex: Lexicon, text: str) -> str | None:
    """The strongest stance signalled by a cue phrase in the claimed words, if any (a doubt is a
    question). A legal category ("we suspect criminal mischief", "une enquête criminelle") is the
    name of an offence or a procedure, not a verdict on anyone: its cue word does not count."""
    folded = fold(text)
    for term in lex.legal_terms:
        if term in folded:
            folded = folded.replace(term, " ")
    for stance in STANCE_PRIORITY:
        for phrase in lex.content_cues.get(stance, ()):
            if _contains_phrase(folded, phrase):
                return stance
        if stance == "question" and doubts(lex, text):
            return stance
    return None


# The most characters between a reporting verb and the claimed words that still frame them ("said
# it was highly unlikely that"): set from such frames in French and English wire copy (20-40
# characters), with room for an adverb; longer, the words are another clause.
DOUBT_FRAME_CHARS = 60


def doubt_frame(text: str, cue: tuple[int, int] | None, content: tuple[int, int]) -> str:
    """The words between a reporting verb and the claimed words that follow it ("said *it was
    unlikely that* the missile ..."): where a doubt framing them is written; empty when there are
    none, when the words come first, or when a sentence ends between."""
    if cue is None or cue[1] > content[0] or content[0] - cue[1] > DOUBT_FRAME_CHARS:
        return ""
    between = text[cue[1]:content[0]]
    return "" if any(mark in between for mark in ".!?\n") else between


def doubts(lex: Lexicon, text: str) -> bool:
    """True when the claimed words doubt a proposition ("improbable que", "unlikely"): weaker than
    a denial, but against another side's assertion of it a contradiction all the same."""
    folded = fold(text)
    return any(_contains_phrase(folded, phrase) for phrase in lex.doubt_cues)


def declines_comment(lex: Lexicon, text: str) -> bool:
    """The words decline to comment ("nous ne commentons pas les informations de la presse",
    "declined to comment"): they tell no version of the incident, neither side's."""
    folded = fold(text)
    return any(_contains_phrase(folded, phrase) for phrase in lex.no_comment_cues)


# How many words before a justification may negate it ("n'est pas conforme au droit
# international", "was not in line with"): the copula and the negator, with room for an adverb.
JUSTIFICATION_NEGATION_WORDS = 3


def neither_nor(lex: Lexicon, verb: Any) -> bool:
    """The reporting verb is one of a "neither ... nor" pair ("n'a ni confirmé ni démenti",
    "neither confirmed nor denied the report"): the speaker declined both, so the verb tells no
    version, neither an assertion nor a denial. The words are language data (``neither_nor``)."""
    if not lex.neither_nor:
        return False
    pair = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    return any(c.dep_ in ("cc", "preconj") and fold(c.text) in lex.neither_nor
               for v in pair for c in v.children)


def justifies(lex: Lexicon, text: str) -> bool:
    """True when the words justify an act ("une opération professionnelle et irréprochable", "in
    self-defence"): the side that did it rejecting any wrongdoing (lex.justification_cues). A
    negated one ("n'est pas conforme au droit international") accuses instead."""
    folded = " ".join(fold(text).replace("n't", " not").replace("'", "' ").split())
    for phrase in lex.justification_cues:
        start = folded.find(phrase)
        while start >= 0:
            end = start + len(phrase)
            whole = (start == 0 or not folded[start - 1].isalnum()) and (
                end >= len(folded) or not folded[end].isalnum())
            before = folded[:start].split()[-JUSTIFICATION_NEGATION_WORDS:]
            if whole and not any(w in lex.negators for w in before):
                return True
            start = folded.find(phrase, start + 1)
    return False


def victim_kind(lex: Lexicon, text: str) -> str | None:
    """Who the words say an incident struck: "civilian" or "combatant" (lex.victim_kinds) when
    they name only one kind, else None (none, or both: "des terroristes, et non des civils")."""
    folded = " ".join(fold(text).replace("'", " ").split())
    kinds = {k for k, phrases in lex.victim_kinds.items()
             if any(_contains_phrase(folded, p) for p in phrases)}
    return kinds.pop() if len(kinds) == 1 else None


def is_negated(lex: Lexicon, token: Any) -> bool:
    """True when the verb token (or its auxiliaries) carries a negator ("n'a pas", "did not")."""
    for child in token.children:
        if (fold(child.text) in lex.negators or fold(child.lemma_) in lex.negators) and (
                child.dep_ in ("advmod", "neg", "det", "advmod:neg") or child.i > token.i - 4):
            return True
    # a two-part negation ("ne ... pas") can hang on the auxiliary, between aux and participle
    if not lex.negation_particles:
        return False
    window = token.doc[max(token.sent.start, token.i - 3):token.i]
    return any(fold(t.text) in lex.negators for t in window) and any(
        fold(t.text) in lex.negation_particles for t in window)


def negated_acts(lex: Lexicon, tokens: Any) -> bool:
    """True when the claimed words negate an act verb ("n'avait pas utilisé", "did not fire"),
    also through a negative subject ("aucun accord n'avait été conclu", "no deal was reached")."""
    return any(t.pos_ in ("VERB", "AUX") and _act(lex, t)
               and (is_negated(lex, t) or _negative_subject(lex, t) or _negative_object(lex, t)
                    or _negative_dependent(lex, t))
               for t in tokens) \
        or _denied_existence(lex, tokens)


def _negated_intent(lex: Lexicon, tokens: Any) -> bool:
    """An act verb completing a negated verb of intent ("it had not intended to strike any
    targets", "n'a pas voulu frapper la ville"): the accused side disclaims the act (a denial; an
    intention ruled out for the future is also a ruled-out cue, claim_intentions.py)."""
    return any(t.pos_ == "VERB" and t.dep_ == "xcomp" and _act(lex, t) and t.head.pos_ == "VERB"
               and lex.verb_lemmas.get(fold(t.head.text), fold(t.head.lemma_)) in lex.intent_verbs
               and is_negated(lex, t.head) for t in tokens)


def _restricted_act(lex: Lexicon, tokens: Any) -> bool:
    """An act verb restricted by "ne ... que" ("n'avoir visé que des sites militaires", "n'a frappé
    que des positions"): the speaker denies the act struck anything else (lex.restriction_words
    right after the verb, the first particle of a two-part negation before it, no negator)."""
    if not lex.restriction_words or not lex.negation_particles:
        return False
    for t in tokens:
        if t.pos_ != "VERB" or not _act(lex, t) or is_negated(lex, t):
            continue
        doc = t.doc
        before = doc[max(t.sent.start, t.i - 3):t.i]
        after = doc[t.i + 1:min(t.sent.end, t.i + 3)]
        if any(fold(x.text) in lex.negation_particles for x in before) \
                and any(fold(x.text) in lex.restriction_words for x in after):
            return True
    return False


def _affirmed_act(lex: Lexicon, tokens: Any) -> bool:
    """The words also tell an act as done, coordinated with the negated one ("the strikes hit
    terrorist infrastructure, and that no military facilities have been targeted", "les frappes
    ont visé des camps et aucune installation militaire n'a été ciblée"): the negation is a
    detail of the speaker's own account, no denial of an incident. An act told in a clause under
    the negated one ("did not strike homes, two days after a block was hit") is no such account, nor
    is one the speaker's side underwent, in the passive ("US warships had been targeted but none was
    hit": a denial of the hit)."""
    def negated(t: Any) -> bool:
        return is_negated(lex, t) or _negative_subject(lex, t) or _negative_object(lex, t) \
            or _negative_dependent(lex, t)

    def undergone(t: Any) -> bool:  # "US warships had been targeted but none was hit": the side hit
        return any(c.dep_ in ("auxpass", "aux:pass", "nsubjpass", "nsubj:pass") for c in t.children)

    acts = [t for t in tokens if t.pos_ in ("VERB", "AUX") and _act(lex, t)]
    return any(negated(n) and any(c in acts and not negated(c) and not undergone(c) for c in n.conjuncts)
               for n in acts)


def _act(lex: Lexicon, verb: Any) -> bool:
    """The verb names an act: one of the act verbs, or a verb that does with its object ("ouvrir le
    feu", "open fire", "send troops", "give anyone weapons", "n'avons envoyé personne":
    lex.act_phrases). The object may be a partitive ("envoyé de soldats": ``obl:arg``), and is
    matched as written too when the lemmatiser mangles it ("personne" -> "personn")."""
    lemma = lex.verb_lemmas.get(fold(verb.text), fold(verb.lemma_))
    if lemma in lex.act_verbs:
        return True
    objects = lex.act_phrases.get(lemma)
    return bool(objects) and any(
        c.dep_ in ("obj", "dobj", "obl:arg") and (fold(c.lemma_) in objects or fold(c.text) in objects)
        for c in verb.children)


def _negative_dependent(lex: Lexicon, verb: Any) -> bool:
    """"Aucune de nos installations n'a été touchée", "n'ont ouvert le feu à aucun moment": a
    negative pronoun or a noun under a negative determiner among the verb's dependents, with the
    language's negation particle ("ne") on it: the French negation without "pas". A language with
    no such particle ("at no time did they fire") reads the determiner alone."""
    deps = [c for c in verb.children if c.dep_ not in ("det", "punct")]
    deps += [g for c in deps if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]  # "at no time"
    negative = any(fold(c.text) in lex.negative_determiners or negative_determiner(lex, c) or (
        fold(c.text) in lex.negative_pronouns and not any(d.dep_ == "det" for d in c.children)) for c in deps)
    if not negative or not lex.negation_particles:
        return negative
    near = list(verb.children) + [g for c in verb.children if c.dep_.startswith("aux") for g in c.children]
    near += list(verb.doc[max(verb.sent.start, verb.i - 3):verb.i])
    return any(fold(t.text) in lex.negation_particles for t in near)


def _denied_existence(lex: Lexicon, tokens: Any) -> bool:
    """An act noun said not to exist: "il n'y a pas eu de frappe directe", "il n'y a eu aucune
    attaque", "there was no strike" (an existential verb, negated or with a negative determiner on
    the noun)."""
    for t in tokens:
        if t.pos_ != "NOUN" or fold(t.lemma_) not in lex.act_nouns:
            continue
        verb = next((a for a in t.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is None or not any(fold(c.text) in lex.existential_marks for c in verb.children):
            continue
        if negative_determiner(lex, t) or is_negated(lex, verb):
            return True
    return False


def negative_determiner(lex: Lexicon, token: Any) -> bool:
    """The token is a noun under a negative determiner ("aucune cible", "no target")."""
    return token.pos_ in ("NOUN", "PROPN") and any(
        d.dep_ == "det" and fold(d.text) in lex.negative_determiners for d in token.children)


def _negative_object(lex: Lexicon, verb: Any) -> bool:
    """"n'avait mené aucune opération", "carried out no strike": the act's object under a
    negative determiner."""
    return any(c.dep_ in ("obj", "dobj") and negative_determiner(lex, c) for c in verb.children)


def _negative_subject(lex: Lexicon, verb: Any) -> bool:
    return any(c.dep_.startswith("nsubj") and any(
        d.dep_ == "det" and fold(d.text) in lex.negative_determiners for d in c.children)
        for c in verb.children)


def claim_stance(lex: Lexicon, base: str, content_text: str, content_tokens: Any) -> str:
    """Final stance: a neutral reporting verb yields to the cues in the claimed words."""
    if base != "assert":
        cue = cue_stance(lex, content_text)
        # a denial in the words beats the verb ("a dénoncé de « fausses » déclarations")
        return stronger(base, cue) if cue in ("retract", "deny") else base
    if (negated_acts(lex, content_tokens) or _negated_intent(lex, content_tokens)
            or _restricted_act(lex, content_tokens)) and not _affirmed_act(lex, content_tokens):
        return "deny"
    cue = cue_stance(lex, content_text)
    if cue == "condemn" and _judges_a_claim(lex, content_tokens):
        return "deny"  # "the Ukrainian claims were pure propaganda": the claims are denied
    if _discredits_reports(lex, content_tokens):
        return "deny"  # "Moscou a qualifié de « provocations » ces informations"
    return cue or "assert"


def _judges_a_claim(lex: Lexicon, tokens: Any) -> bool:
    """The words pass a verdict on someone's claim ("les accusations de Kiev sont de la pure
    propagande", "the claims were lies"): a claim noun (lex.accusation_nouns) is the subject.
    A verdict of condemnation on an act condemns; on a claim, it denies it."""
    return any(t.dep_.startswith("nsubj") and t.pos_ == "NOUN" and fold(t.lemma_) in lex.accusation_nouns
               for t in tokens)


def _discredits_reports(lex: Lexicon, tokens: Any) -> bool:
    """A verdict verb calls reports or accusations by a word that says they are not true
    (``discrediting_words``: "a qualifié de « provocations » ces informations", "described the
    reports as a provocation"): a denial. The same word on an act ("a qualifié la frappe de
    provocation") or a merely harsh verdict on the claim ("called the accusation unacceptable")
    is no denial."""
    tokens = list(tokens)
    words = lex.discrediting_words
    return any(fold(t.lemma_) in words or fold(t.text) in words for t in tokens) and any(
        t.pos_ == "NOUN" and fold(t.lemma_) in lex.accusation_nouns and _judged_object(lex, t)
        for t in tokens)


def _judged_object(lex: Lexicon, noun: Any) -> bool:
    """The noun is the object of a verdict verb, or joined to it (the French parser may read
    "qualifié de « provocations » ces informations" as one object "provocations ... informations")."""
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    verb = noun.head
    return noun.dep_ in ("obj", "dobj") and (lex.verb_forms.get(fold(verb.text)) or fold(verb.lemma_)) \
        in lex.verdict_verbs
