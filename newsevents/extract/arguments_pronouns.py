"""A third-person subject pronoun standing for a party named before it in the sentence.

Kept apart from arguments.py (the clause roles of any trigger), whose helpers it reads; arguments.py
re-exports these names (imported last there, so both modules load in either order).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.extract.arguments import SUBJECT_DEPS, Ref, _cues, core_parties

REPORTED_DEPS = frozenset({"ccomp", "xcomp", "parataxis"})


def speaker_of_pronoun(parties: list[Ref], token: Token) -> list[Ref]:
    """"Israel's military said it carried out a strike", "l'armée a affirmé qu'elle avait frappé":
    a third-person subject pronoun of a reported clause stands for the subject of the verb that
    reports it (the parties of that subject's phrase). So does one of an adverbial clause after
    its main clause when both agree in number ("The Houthis released a video after they scuttled
    the Magic Seas", "les rebelles se sont retirés après qu'ils ont incendié le village"); in
    "Israel struck Gaza after they fired rockets" the pronoun names someone else."""
    if token.pos_ != "PRON" or "3" not in token.morph.get("Person") or token.dep_ not in SUBJECT_DEPS:
        return []
    verb = token.head
    adverbial = verb.dep_ == "advcl" and verb.i > verb.head.i
    if (verb.dep_ not in REPORTED_DEPS and not adverbial) or verb.head.i == verb.i:
        return []
    for child in verb.head.children:
        if child.dep_ in SUBJECT_DEPS and child.i < verb.i:
            return core_parties(parties, child) if not adverbial or _agree(token, child) else []
    return []


def _agree(pronoun: Token, noun: Token) -> bool:
    """Same grammatical number. The small English model tags plural names singular ("the Houthis":
    NNP, Number=Sing), so a proper noun with a plural ending (``plural_name_endings`` of
    arguments.yaml, not "-ss") counts as plural too."""
    number = pronoun.morph.get("Number")
    if not number:
        return False
    endings = _cues(noun.lang_)["plural_name_endings"]
    plural = noun.morph.get("Number") == ["Plur"] or (
        noun.pos_ == "PROPN" and noun.lower_.endswith(tuple(endings)) and not noun.lower_.endswith("ss"))
    return (number == ["Plur"]) == plural
