"""The accused of an accusation is the (alleged) attacker: "le gouverneur a accusé l'Ukraine
d'avoir mené une attaque contre un dépôt", "Russia accused Kyiv of shelling the town", "Moscow
blamed Ukraine for the strike".

Why a rule of its own: the attack's clause has no subject (an infinitive, a gerund, a noun under
"of"/"de"/"for"), and the verb above it reports, so the clause roles stop there (the accuser is
no attacker: arguments.role_verbs). The accused is that verb's direct object. The path from the
attack to the accusation verb is read on the parse and kept short: the attack itself (a verb or a
noun), a verb that carries the attack out and has no subject ("mener", "carry out": the
``perpetrator_verbs``), prepositions. Vocabulary: ``accusation_verbs`` in lang/<code>/arguments.yaml.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsevents.lang import section_words

# heads climbed from the attack to the accusation verb: attack noun -> "mener" -> "de" -> "accuser"
ACCUSED_HOPS = 6
DIRECT_OBJECT_DEPS = frozenset({"obj", "dobj"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "nsubjpass", "csubj"})
# the attack noun a verb of attribution lays on someone: its object, or its passive subject
ATTRIBUTED_DEPS = DIRECT_OBJECT_DEPS | {"nsubj:pass", "nsubjpass"}
# the verb of being between "accused X of" and "responsible for the attack" (English hangs it as a verb)
COPULAS = frozenset({"be", "être"})


def _accusation_verbs(language: str) -> frozenset[str]:
    return section_words(language, "arguments", "accusation_verbs")


def accusation_verb(verb: Token) -> bool:
    """A verb of accusation: its subject accuses, it does not act ("la Russie a accusé Kiev
    d'avoir bombardé" is no Russian shelling), so clause roles do not climb into it."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() in _accusation_verbs(verb.doc.lang_)


def accused_objects(trigger: Span, language: str, perpetrators: frozenset[str]) -> list[Token]:
    """The direct objects of a verb of accusation when the attack is what they are accused of
    (their parties are the attackers: arguments.attack_agents); [] when the path from the attack
    up to such a verb leaves the short frame."""
    verbs = _accusation_verbs(language)
    root: Token = trigger.root
    if root.pos_ == "VERB" and _has_subject(root):
        return []  # "Kyiv said Russian troops shelled the town": the clause names its own attacker
    blamed = blamed_on(root, language)
    if blamed:
        return blamed
    t = root
    for _ in range(ACCUSED_HOPS):
        head = t.head
        if head.i == t.i:
            return []
        lemma = head.lemma_.lower()
        if t.dep_.startswith("acl") and head.dep_ in DIRECT_OBJECT_DEPS \
                and head.head.lemma_.lower() in verbs and head.head.pos_ == "VERB":
            return [head]  # the parser hangs "d'avoir bombardé" on the accused noun
        if lemma in verbs and head.pos_ == "VERB":
            if t.dep_ in DIRECT_OBJECT_DEPS:
                return []  # the attack is what is blamed, not what someone is accused of
            return [c for c in head.children if c.dep_ in DIRECT_OBJECT_DEPS]
        through_verb = head.pos_ == "VERB" and lemma in perpetrators and t.i == root.i \
            and not _has_subject(head)
        # "a accusé Israël d'être responsable de l'attaque", "accused Israel of being responsible for"
        held = lemma in section_words(language, "arguments", "responsible_words") \
            or (head.lemma_.lower() in COPULAS and head.pos_ in ("VERB", "AUX"))
        if head.pos_ != "ADP" and not through_verb and not held:
            return []
        t = head
    return []


def _attribution(language: str) -> tuple[frozenset[str], frozenset[str]]:
    return (section_words(language, "arguments", "attribution_verbs"),
            section_words(language, "arguments", "attribution_preps"))


def attributed(root: Token, language: str) -> bool:
    """The attack noun is the direct object of an active verb of attribution ("L'armée a attribué
    l'attaque à X", "blamed the attack on X"): it names an attack already told, whose author the
    clause gives (drafts.fold_mentions joins it to that attack, blamed_on gives its actor); or the
    subject of the passive ("L'attaque a été attribuée aux ADF", "the attack was blamed on X")."""
    verb = root.head
    return root.dep_ in ATTRIBUTED_DEPS and verb.pos_ == "VERB" \
        and verb.lemma_.lower() in _attribution(language)[0]


def blamed_on(root: Token, language: str) -> list[Token]:
    """Whom an active verb of attribution gives the attack noun, its direct object, to: "L'armée a
    attribué l'attaque aux dissidents des FARC", "the army blamed the attack on FARC dissidents",
    "attributed the attack to X" (``attribution_verbs``, ``attribution_preps``): the complement,
    on the verb or on the noun as the parser hangs it; the attributing subject is no attacker."""
    verb = root.head
    _, preps = _attribution(language)
    if not attributed(root, language):
        return []
    out: list[Token] = []
    for c in (*verb.children, *root.children):
        if c.dep_ == "prep" and c.lower_ in preps:
            out += [g for g in c.children if g.dep_ == "pobj"]
        elif c.i > root.i and any(g.dep_ == "case" and g.lower_ in preps for g in c.children):
            out.append(c)
    return out


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in SUBJECT_DEPS for c in verb.children)
