"""Whether a trigger occurrence reports an incident: negated ("n'a pas explosé"), hedged or
planned ("ont tenté de", "rencontrera"), asked ("on ignore si"), an aim ("pour attaquer"), a term
of an agreement ("ont accepté d'échanger"), a pact in force ("respecter le cessez-le-feu"), a kind
rather than an occurrence ("de telles attaques", "capacités de frappe"), or marked as another
incident ("une autre frappe"). Every word list is language data
(lang/<code>/events.yaml); the stage `events` asks these questions of each trigger.
"""

from __future__ import annotations

from typing import Protocol

from spacy.tokens import Doc, Span, Token

from newsevents.extract import arguments as args
from newsevents.extract.events_aims import aims
from newsevents.extract.qualifiers_labels import governed_by, labelled, quoted_label  # noqa: F401
from newsevents.extract.qualifiers_unheld import agreed_participle, lacking  # noqa: F401
from newsevents.extract.stance import fold, negative_determiner
from newsevents.extract.stance import lexicon as claims_lexicon
from newsevents.extract.triggers import OBJECT_DEPS, SUBJECT_DEPS, Trigger, present_finite
from newsevents.extract.unadmitted import unadmitted
from newsevents.lang import section_words

# words read at a sentence's opening for a separate_openers phrase ("in a separate incident")
OPENER_WORDS = 5


THREAT_CLIMB = 3  # steps from a threat's noun up to the verb of modality


class HasWords(Protocol):
    """What the questions need of the stage's context: the document and the language's word lists."""

    doc: Doc

    def words(self, key: str) -> frozenset[str]: ...


def negated(ctx: HasWords, trig: Trigger) -> bool:
    """The trigger is negated ("n'a pas frappé", "did not fire"), or an attack noun said not to have
    happened: under a negative determiner ("no strikes on Kyiv overnight", "aucune attaque") or
    the object of a negated existential ("il n'y a pas eu de frappe", "there was no attack")."""
    neg = ctx.words("negation")
    inside = set(range(trig.span.start, trig.span.end))
    root = trig.root
    own = trig.spec.phrase.lower().split()
    for child in root.children:
        # a word of the trigger's phrase, not one in its gap ("airspace had not been violated")
        if child.i in inside and child.lower_ in own:
            continue
        if child.dep_ in ("advmod", "det", "neg") and (child.lower_ in neg or child.lemma_.lower() in neg):
            return True
    grammar = claims_lexicon(root.doc.lang_)  # the determiners and marks the claims stage reads too
    # the negative determiner right before the noun, however the parser hangs it ("aucun
    # pourparler n'est prévu": "aucun" read as a subject of its own, the noun as a name)
    start = trig.span.start
    if root.pos_ in ("NOUN", "PROPN") and start > 0 and root.doc[start - 1].pos_ in ("DET", "PRON") \
            and fold(root.doc[start - 1].text) in grammar.negative_determiners:
        return True
    if root.pos_ != "NOUN":
        return False
    if negative_determiner(grammar, root):
        return True
    verb = root.head
    return verb.i != root.i and any(fold(c.text) in grammar.existential_marks for c in verb.children) \
        and any(c.dep_ in ("advmod", "neg") and (c.lower_ in neg or c.lemma_.lower() in neg)
                for c in verb.children)


def infinitive(t: Token) -> bool:
    return "Inf" in t.morph.get("VerbForm")


def governor(trig: Trigger) -> Token | None:
    """The verb an infinitive trigger depends on ("ont tenté de conclure une trêve" -> tenter,
    "ont accepté de cesser le feu et d'échanger les prisonniers" -> accepter); None when the
    trigger's own verb is finite (a main or reported clause)."""
    verbs = args.governing_verbs(trig.root)
    if not verbs or not infinitive(verbs[0]):
        return None
    t = verbs[0]
    for _ in range(args.MAX_CLIMB):
        if t.head.i == t.i:
            return None
        t = t.head
        if t.pos_ in ("VERB", "AUX") and not infinitive(t):
            return t
    return None


def purpose(ctx: HasWords, trig: Trigger) -> bool:
    """An infinitive of purpose names an aim, not an incident ("adaptés pour attaquer des cibles")."""
    root = trig.root
    if not infinitive(root):
        return False
    marks = ctx.words("purpose_markers")
    if any(c.dep_ in ("mark", "case") and c.lower_ in marks for c in root.children):
        return True
    return root.head.lemma_.lower() in ctx.words("purpose_heads")  # "on its way to strike"


def hedged(ctx: HasWords, trig: Trigger, type_: str) -> bool:
    if type_ == "demand":
        return False
    if purpose(ctx, trig) or sought(ctx, trig) or supposed(trig) or _modal_auxiliary(ctx, trig) \
            or unadmitted(trig):
        return True
    modality = ctx.words("modality")
    if any(t.lemma_.lower() in modality for t in modal_path(trig)):
        return True
    return _threatened_with(ctx, trig, modality) or expected(ctx, trig)


def _threatened_with(ctx: HasWords, trig: Trigger, modality: set[str]) -> bool:
    """A noun trigger that is what a verb of modality holds out ("a menacé l'Iran de
    bombardements", "threatened Iran with strikes"): a threat, not an act told. The noun is
    marked by the language's ``threat_prepositions`` and hangs on the verb or on its object; an
    attempt named as the verb's direct object ("a tenté une attaque") or an act after another
    preposition ("a menacé Israël de représailles après la frappe de lundi") is not reached."""
    t = trig.root
    marks = ctx.words("threat_prepositions")
    if t.pos_ != "NOUN" or not marks:
        return False
    marked = any(c.dep_ in ("case", "prep") and c.lower_ in marks for c in t.children) \
        or (t.head.dep_ == "prep" and t.head.lower_ in marks)
    if not marked:
        return False
    return governed_by(t, modality, THREAT_CLIMB)


def _modal_auxiliary(ctx: HasWords, trig: Trigger) -> bool:
    """A verb trigger under a modal auxiliary of possibility (`modal_auxiliaries`: "Russia could
    strike Kyiv again", "missiles that could hit targets inside Russia"): what may happen, not an
    act told; a perfect after it ("might have hit") speaks of the past and stays."""
    modals = ctx.words("modal_auxiliaries")
    root = trig.root
    if not modals or root.pos_ not in ("VERB", "AUX"):
        return False
    auxes = [c for c in root.children if c.dep_ in ("aux", "aux:tense")]
    return any(a.lower_ in modals for a in auxes) and not any(a.lemma_.lower() == "have" for a in auxes)


def supposed(trig: Trigger) -> bool:
    """An act named as a hypothesis, not reported: under a hypothesis noun of claims.yaml ("la
    thèse d'une frappe", "the theory of a missile strike"), or listed after one and a colon in its
    sentence ("deux hypothèses sont vérifiées : l'explosion d'une roquette ou l'attaque d'un dépôt").
    Which of them happened is the open question; hypotheses.py reads who holds which."""
    nouns = claims_lexicon(trig.root.doc.lang_).hypothesis_nouns
    if not nouns:
        return False
    t = trig.root
    for _ in range(3):  # the noun it completes, through a preposition ("l'hypothèse d'une frappe")
        if t.head.i == t.i or t.head.pos_ in ("VERB", "AUX"):
            break
        t = t.head
        if fold(t.lemma_) in nouns or fold(t.lower_) in nouns:
            return True
    sent = trig.root.sent
    before = list(sent.doc[sent.start:trig.span.start])
    colon = max((w.i for w in before if w.text == ":"), default=-1)
    return colon >= 0 and any(fold(w.lemma_) in nouns or fold(w.lower_) in nouns
                              for w in before if w.i < colon)


def modal_path(trig: Trigger) -> list[Token]:
    """The words from an infinitive trigger up to the finite verb it depends on: the governor
    ("ont tenté de conclure" -> tenter) and what lies between ("is due to meet" -> due, "is
    expected to meet" -> expect); empty when the trigger's own verb is finite."""
    verbs = args.governing_verbs(trig.root)
    if not verbs or not infinitive(verbs[0]):
        return []
    out: list[Token] = []
    t = verbs[0]
    for _ in range(args.MAX_CLIMB):
        if t.head.i == t.i:
            return []
        t = t.head
        out.append(t)
        if t.pos_ in ("VERB", "AUX") and not infinitive(t):
            return out
    return []


def expected(ctx: HasWords, trig: Trigger) -> bool:
    """A noun trigger is what a verb of expectation awaits ("do you expect more attacks this
    winter?", "les habitants craignent de nouvelles frappes", "s'attendre à des combats"): a
    prospect, not an incident. The verbs are language data (`expectation_verbs`)."""
    verbs = ctx.words("expectation_verbs")
    root = trig.root
    if not verbs or root.pos_ != "NOUN":
        return False
    # what the verb awaits is its object, or its complement after one of `expectation_prepositions`
    # ("s'attendre à des combats"); not a time ("feared dead after a strike": the strike happened)
    if root.head.pos_ == "ADP":
        prep, head = root.head, root.head.head
    else:
        prep, head = next((c for c in root.children if c.dep_ == "case"), None), root.head
    if prep is not None and prep.lower_ not in ctx.words("expectation_prepositions"):
        return False
    verbal = head.pos_ in ("VERB", "AUX") or any(c.dep_ == "aux" for c in head.children)  # 'was "planning'
    return head.i != root.i and verbal and (head.lemma_.lower() in verbs or head.lower_ in verbs) \
        and root.dep_ not in SUBJECT_DEPS


def sought(ctx: HasWords, trig: Trigger) -> bool:
    """The trigger is the aim of a noun of effort or plan, through an infinitive ("the efforts to
    get Congo and the rebels to sign a peace deal", "a bid to secure a ceasefire"): an aim, not an
    act. A trigger right under the noun is left to the noun's own reading ("une proposition de
    cessez-le-feu" is a proposal the analysts code). The nouns are language data (`modality_nouns`)."""
    nouns = ctx.words("modality_nouns")
    if not nouns:
        return False
    t, through = trig.root, infinitive(trig.root)
    for _ in range(args.MAX_CLIMB):
        if t.head.i == t.i:
            return False
        t = t.head
        if t.pos_ in ("NOUN", "PROPN"):  # a noun right on it is a kind ("ceasefire proposal")
            return through and (t.lemma_.lower() in nouns or t.lower_ in nouns)
        if t.pos_ == "ADP":
            continue
        if not (t.pos_ in ("VERB", "AUX") and infinitive(t)):
            return False
        through = True
    return False


def asked(ctx: HasWords, trig: Trigger) -> bool:
    """The trigger's clause is a question or a condition, not a fact: opened by "if"/"whether"/"si"
    ("it was not clear if the seafarers were being detained", "on ignore si les marins sont
    détenus"). Only a verb trigger: a noun names an incident the question presupposes ("did not
    say whether the strike killed civilians"). The words are language data (`question_marks`)."""
    marks = ctx.words("question_marks")
    root = trig.root
    if not marks or root.pos_ not in ("VERB", "AUX"):
        return False
    return any(c.dep_ == "mark" and c.lower_ in marks for c in root.children)


def setting(ctx: HasWords, trig: Trigger) -> bool:
    """A verb trigger in a relative clause of place ("the hall where community leaders were
    meeting", "la salle où les chefs se réunissaient") describes the scene of another act, not an
    event of its own. The caller asks it of non-violent types only (a killing told "in the village
    where soldiers killed five" is one). The words are language data (`place_relatives`)."""
    words = ctx.words("place_relatives")
    root = trig.root
    return bool(words) and root.pos_ in ("VERB", "AUX") and root.dep_ in RELATIVE_DEPS \
        and any(c.lower_ in words for c in root.children)


def future(ctx: HasWords, trig: Trigger) -> bool:
    """A planned event is no incident yet ("il rencontrera", "will meet")."""
    future_aux = ctx.words("future_auxiliaries")
    for verb in args.governing_verbs(trig.root)[:1]:
        if "Fut" in verb.morph.get("Tense"):
            return True
        if any(c.dep_.startswith("aux") and c.lemma_.lower() in future_aux for c in verb.children):
            return True
    return False


def agreed_term(ctx: HasWords, trig: Trigger) -> bool:
    """A ceasefire or exchange that parties "agreed to" is a term of an agreement."""
    gov = governor(trig)
    return gov is not None and gov.lemma_.lower() in ctx.words("agreement_verbs")


# the dependencies of a noun told as what a preposition introduces ("in the first stage of a swap")
def marked(ctx: HasWords, trig: Trigger, key: str) -> bool:
    """A word of the YAML list `key` modifies the trigger ("de telles attaques", "une autre frappe")."""
    words = ctx.words(key)
    root = trig.root
    inside = range(trig.span.start, trig.span.end)
    before = list(ctx.doc[root.left_edge.i:root.i]) if root.pos_ in ("NOUN", "PROPN") else []
    near = [c for c in root.children if c.dep_ in ("det", "amod", "nmod", "advmod")] + before
    # a proper noun is never the marker ("Tel-Aviv" is no "tel")
    return any(t.lemma_.lower() in words or t.lower_ in words for t in near
               if t.i not in inside and t.pos_ != "PROPN")


def sequence_clause(ctx: HasWords, trig: Trigger) -> tuple[Token, str] | None:
    """The head and marker (lower-cased) of the clause of sequence the trigger is told in, when
    that clause has a subject of its own ("the video shows the ship being attacked, after they
    scuttled another on Sunday", "avant que les rebelles n'attaquent le camp"): "after" and
    "before" put two acts in order, so the acts of its sentence told outside that clause are other
    incidents (drafts.apart, as for `answered`), and a date of the main clause is not its date
    (events_dates). The markers are language data (`sequence_markers`, events.yaml)."""
    markers = ctx.words("sequence_markers")
    t = trig.root
    for _ in range(SEQUENCE_CLIMB):
        marker = next((c.lower_ for c in t.children if c.dep_ == "mark"
                       and (c.lemma_.lower() in markers or c.lower_ in markers)), None)
        if marker is not None and any(c.dep_ in OWN_SUBJECT_DEPS for c in t.children):
            return t, marker
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def sequenced(ctx: HasWords, trig: Trigger) -> str | None:
    """The marker of the trigger's clause of sequence (`sequence_clause`), or None."""
    found = sequence_clause(ctx, trig)
    return found[1] if found else None


def opens_apart(ctx: HasWords, sentence: Span) -> bool:
    """The sentence opens on a word that tells another incident ("Separately, ...", "Par ailleurs,
    ..."): the language's ``separate_openers``, before the sentence's first comma."""
    openers = ctx.words("separate_openers")
    if not openers:
        return False
    words = []
    for t in sentence:
        if t.is_punct and t.text == ",":
            break
        words.append(t.lower_)
        if len(words) > OPENER_WORDS:
            return False
    return " ".join(words).replace(" '", "'").replace("' ", "'") in openers


def opens_entry(sentence: Span) -> bool:
    """The sentence opens a live blog's time-stamped entry (events_dateline.ENTRY_STAMP): a new
    scene (drafts._other_entry)."""
    from newsevents.extract.events_dateline import ENTRY_STAMP

    return ENTRY_STAMP.match(sentence.text) is not None


def generic(ctx: HasWords, trig: Trigger) -> bool:
    """A kind of event, not an incident: "de telles attaques", "toute nouvelle frappe", a noun
    under a word naming a capacity, a rate, a trend or a span of time ("capacités de frappe",
    "the frequency of strikes", "clashes have increased", "a year of hostilities"), or a campaign
    told over months ("mènent depuis des mois des attaques", "attacks over the last ten years")."""
    if marked(ctx, trig, "generic") or campaign(ctx, trig) or habitual(ctx, trig) or tallied(ctx, trig) \
            or conditioned(ctx, trig):
        return True
    root = trig.root
    if root.pos_ not in ("NOUN", "PROPN"):
        return False
    head = root.head.head if root.head.pos_ == "ADP" else root.head  # "frequency of strikes"
    heads = ctx.words("generic_heads")
    return head.i != root.i and (head.lemma_.lower() in heads or head.lower_ in heads)


def conditioned(ctx: HasWords, trig: Trigger) -> bool:
    """The trigger's clause, in the present, is opened by a word of a general condition ("when a
    strike hits a hospital, it ...", "quand une frappe touche un hôpital", "lorsqu'un drone
    s'écrase"): what happens whenever, not one incident. A past tense tells one ("when a strike
    hit the hospital on Monday"). The words are language data (`condition_markers`)."""
    words = ctx.words("condition_markers")
    root = trig.root
    verb = root if root.pos_ in ("VERB", "AUX") and root.dep_ not in SUBJECT_DEPS else root.head
    if not words or verb.pos_ not in ("VERB", "AUX"):
        return False
    marks = [c for c in verb.children if c.dep_ in ("mark", "advmod")]
    return present_finite(verb) and any(c.lower_ in words or c.lemma_.lower() in words for c in marks)


def tallied(ctx: HasWords, trig: Trigger) -> bool:
    """A verb trigger whose subject is a war, not an act ("the conflict killed more than 1,200
    civilians in 2023", "la guerre a tué des milliers de personnes"): the war's tally, not one
    incident. The nouns are language data (`tally_subjects`); "fighting" and "combats" are not
    among them: "fighting killed 12 on Monday" tells one day's clash."""
    words = ctx.words("tally_subjects")
    root = trig.root
    return bool(words) and root.pos_ in ("VERB", "AUX") and any(
        c.dep_ in SUBJECT_DEPS and (c.lemma_.lower() in words or c.lower_ in words) for c in root.children)


# dependencies of a word of frequency under the trigger or its verb: an adverb ("repeatedly",
# "souvent"), a phrase ("several times", "à plusieurs reprises") or an adjective ("daily shelling")
FREQUENCY_DEPS = frozenset({"advmod", "npadvmod", "obl", "obl:mod", "prep", "amod", "nmod", "obl:tmod"})


def habitual(ctx: HasWords, trig: Trigger) -> bool:
    """The act is told as what keeps happening, not as one occurrence: a word of frequency hangs
    from the trigger or from its verb ("shelling has repeatedly hit the camps", "les frappes
    visent souvent des marchés", "ceasefires have rarely held", "a été bombardé à plusieurs
    reprises", "frequently carries out bombings", "daily shelling"). Like the other kinds, it is
    dropped only without a day of its own ("a été frappé à plusieurs reprises lundi" is one day's
    strikes). The words and phrases are language data (`habitual_words`, events.yaml)."""
    if _habitual_predicate(ctx, trig) or _kept_up(ctx, trig):
        return True
    words = ctx.words("habitual_words")
    if not words:
        return False
    inside = range(trig.span.start, trig.span.end)
    root = trig.root
    # a gerund subject ("Shelling has repeatedly hit ...") is a verb of its own: its clause's verb too;
    # a verb trigger's own words only: "a plusieurs fois accusé X d'avoir bombardé" repeats the accusing
    own_verb = root.pos_ in ("VERB", "AUX") and root.dep_ not in SUBJECT_DEPS
    verbs = [] if own_verb else [v for v in args.governing_verbs(root) if v.i != root.i][:1]
    # a noun predicate it hangs from ("la capitale est régulièrement le théâtre de heurts")
    head = root.head
    predicate = [head] if head.pos_ == "NOUN" and any(c.dep_ == "cop" for c in head.children) else []
    for head in [root, *verbs, *predicate, *aims(trig)]:  # "used drones to repeatedly attack"
        for child in head.children:
            if child.i in inside or child.pos_ == "PROPN":
                continue
            phrase = " ".join(t.lower_ for t in child.subtree).replace(" '", "'").replace("' ", "'")
            # a phrase of several words is one whatever the parser calls it ("frappent chaque nuit
            # les villes": "nuit" read as an object, "des villes" hung under it; "almost every night")
            lead = " ".join(t.lower_ for t in child.doc[child.left_edge.i:child.i + 1])
            if " " in phrase and (phrase in words or any(f" {w} " in f" {lead} " for w in words if " " in w)):
                return True
            if child.dep_ not in FREQUENCY_DEPS:
                continue
            if child.lemma_.lower() in words or child.lower_ in words or phrase in words:
                return True
    return False


def _kept_up(ctx: HasWords, trig: Trigger) -> bool:
    """The act is what someone keeps doing: the complement of a verb of continuation ("Why the
    Houthis keep firing at Israel", "les rebelles continuent de bombarder la ville", "Russia
    continues its strikes"). Like every habit, dropped only without a day of its own ("continued
    to shell Kharkiv on Tuesday" is Tuesday's). The verbs are language data (`habitual_verbs`)."""
    verbs = ctx.words("habitual_verbs")
    root = trig.root
    if not verbs or root.dep_ not in ("xcomp", "obj", "dobj") or root.head.i == root.i:
        return False
    return root.head.lemma_.lower() in verbs


def _habitual_predicate(ctx: HasWords, trig: Trigger) -> bool:
    """The trigger is the subject of an adjective of frequency after a copula ("les échanges de
    tirs sont fréquents", "shelling is common here", "such raids have become routine"): a habit
    said of the act, not one occurrence. French hangs the subject from the adjective, English
    from the copula that carries it (acomp). Adjectives apart from `habitual_words` because most
    ("courant", "common") name no frequency as a modifier ("courant mars", "common ground")."""
    words = ctx.words("habitual_predicates")
    root = trig.root
    if not words or root.dep_ not in SUBJECT_DEPS or root.head.i == root.i:
        return False
    head = root.head
    heads = [head, *(c for c in head.children if c.dep_ in ("acomp", "attr", "xcomp"))]
    return any(h.pos_ in ("ADJ", "NOUN") and (h.lemma_.lower() in words or h.lower_ in words)
               for h in heads)


# a kind of act is told as the subject or the object of a present ("the report documents attacks
# on schools")
KIND_DEPS = SUBJECT_DEPS | OBJECT_DEPS
# what makes a plural noun determined: "the strikes", "three strikes", "Russia's strikes"
DETERMINER_DEPS = frozenset({"det", "nummod", "poss", "nmod:poss", "predet"})


def kind_told(trig: Trigger) -> bool:
    """The trigger is a bare plural subject or object of a verb in the present or the present
    perfect ("Missile strikes have destroyed schools and hospitals", "the report documents attacks
    on schools", "Fighting has displaced millions"): a kind of act, told as what happens, rather
    than one incident. The events stage keeps such a mention when it has a day or a toll of its
    own or is told in the lead (`Draft.kind`): "Airstrikes have killed 12 people" is news, with its
    toll. A French or English definite or indefinite plural ("les frappes", "des frappes") is not
    bare, and a past tense tells what happened."""
    root = trig.root
    # fighting named by a mass noun is as much a kind ("Fighting has displaced millions")
    counted = "Plur" in root.morph.get("Number") or trig.spec.vague
    if root.pos_ not in ("NOUN", "VERB") or not counted or root.dep_ not in KIND_DEPS:
        return False
    if root.pos_ == "VERB" and root.dep_ not in SUBJECT_DEPS:  # a gerund only as a subject
        return False
    if any(c.dep_ in DETERMINER_DEPS for c in root.children):
        return False
    verb = root.head
    finite = [verb, *(c for c in verb.children if c.dep_ in ("aux", "aux:pass", "auxpass"))]
    return any(present_finite(t) for t in finite)


# a standing truce's trigger reaches its head through a preposition, a compound ("ceasefire
# agreement") or a participle ("la ligne établie lors du cessez-le-feu"): at most this many steps
STANDING_CLIMB = 3
# how a told truce is described: a participle or relative clause of its own ("le cessez-le-feu
# conclu mardi", "the truce that took effect on Monday") makes it an event whatever governs it
TOLD_DEPS = frozenset({"acl", "relcl", "acl:relcl"})


def standing(ctx: HasWords, trig: Trigger, types: frozenset[str], type_: str) -> bool:
    """A truce or agreement already in force, named by what is done to it ("respecter le
    cessez-le-feu", "violation of ceasefire agreement", "la ligne établie lors du cessez-le-feu"):
    no new ceasefire or agreement. The heads are language data (`standing_heads`, events.yaml),
    the types `standing_types` (event_types.yaml); a trigger described by a clause of its own ("le
    cessez-le-feu conclu mardi") is told, not standing."""
    heads, root = ctx.words("standing_heads"), trig.root
    if type_ not in types or not heads or any(c.dep_ in TOLD_DEPS for c in root.children):
        return False
    if any(c.dep_ == "case" and (c.lemma_.lower() in heads or c.lower_ in heads) for c in root.children):
        return True  # French hangs the preposition from the noun: "pendant la trêve"
    t = root
    for _ in range(STANDING_CLIMB):
        if t.head.i == t.i:
            return False
        dep, t = t.dep_, t.head
        if t.lemma_.lower() in heads or t.lower_ in heads:
            return True
        if not (t.pos_ == "ADP" or dep == "compound" or "Part" in t.morph.get("VerbForm")
                or t.lemma_.lower() in ctx.words("standing_carriers")):  # "le cadre de l'accord de trêve"
            return False
    return False


def _hanging_head(trig: Trigger, heads: frozenset[str], through_preposition_only: bool) -> Token | None:
    """The word of ``heads`` the trigger's noun hangs from, itself or through its preposition ("an
    end to the fighting", "in response to the strike"); with ``through_preposition_only`` the only
    word allowed between them is a preposition."""
    t = trig.root
    for _ in range(2):
        if t.head.i == t.i:
            return None
        t = t.head
        if t.lemma_.lower() in heads or t.lower_ in heads:
            return t
        if through_preposition_only and t.pos_ != "ADP":
            return None
    return None


def _hangs_from(trig: Trigger, heads: frozenset[str], through_preposition_only: bool) -> bool:
    return _hanging_head(trig, heads, through_preposition_only) is not None


def ended(ctx: HasWords, trig: Trigger) -> bool:
    """Fighting named as what is to end or ended ("mettre fin aux hostilités", "l'arrêt des
    hostilités", "an end to the fighting"): the words tell a truce or a demand, no clash. Only for
    vague triggers (fighting in general); the heads are language data (`end_heads`)."""
    heads = ctx.words("end_heads")
    return bool(heads) and trig.spec.vague and (
        _hangs_from(trig, heads, through_preposition_only=True) or _ended_by_light_verb(trig, heads))


def _ended_by_light_verb(trig: Trigger, heads: frozenset[str]) -> bool:
    """The parser hangs the fighting from the verb of a verb-plus-noun phrase of ending, whose
    object is the end word ("mettre fin aux hostilités", "mettre un terme aux combats", "put an
    end to the fighting"): the verb's object names the end."""
    head = trig.root.head
    if head.pos_ == "ADP":  # English hangs "to the fighting" from the verb through its preposition
        head = head.head
    return head.i != trig.root.i and head.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("obj", "dobj") and (c.lemma_.lower() in heads or c.lower_ in heads)
        for c in head.children)


def answered(ctx: HasWords, trig: Trigger) -> bool:
    """The trigger hangs from a word of `response_heads`: it names what another act answers ("en
    réponse à une attaque de drone", "in retaliation for the strike") or the answer ("Israël répond
    par un raid"), so the acts of its sentence not told through that word are other incidents."""
    return answered_head(ctx, trig) is not None and not _coordinated_answer(ctx, trig)


def _coordinated_answer(ctx: HasWords, trig: Trigger) -> bool:
    """A verb trigger coordinated after a verb of response shares its doer and tells the answer
    ("responded and destroyed several posts", "ont riposté et détruit plusieurs positions"), not
    the act answered."""
    verb, heads = trig.root, ctx.words("response_heads")
    return verb.pos_ in ("VERB", "AUX") and verb.dep_ == "conj" and verb.head.i < verb.i \
        and (verb.head.lemma_.lower() in heads or verb.head.lower_ in heads)


def answered_head(ctx: HasWords, trig: Trigger) -> Token | None:
    """The word of `response_heads` an answered act hangs from ("en représailles à une attaque"):
    its phrase holds that act's own words (events_effects.keep_answered_words)."""
    return _hanging_head(trig, ctx.words("response_heads"), through_preposition_only=False)


def answering(ctx: HasWords, trig: Trigger) -> bool:
    """The trigger tells the answer to another act: its verb carries a word of `response_heads`
    ("En riposte, l'aviation a frappé ...", "In retaliation, Israeli jets struck ...") or it hangs
    from a verb of response ("Israël a répondu par un raid"). Told after the act it answers, it
    is another incident (drafts.same_incident); the act answered ("in response to the attack")
    is not this."""
    heads = ctx.words("response_heads")

    def response(t: Token) -> bool:
        return t.lemma_.lower() in heads or t.lower_ in heads

    verb = args.clause_head(trig.root)
    if verb.pos_ not in ("VERB", "AUX") or trig.root.dep_ in SUBJECT_DEPS:
        return False  # "the strike was retaliation for ...": a subject described, told elsewhere
    if verb.i != trig.root.i and (verb.lemma_.lower() in heads or verb.lower_ in heads):
        # what a response answers is no answer ("vowed to respond to an airstrike", "répondre à
        # l'attaque"): the language's `answered_prepositions` mark it
        marks = ctx.words("answered_prepositions")
        root = trig.root
        by = [root.head] if root.head.pos_ == "ADP" else [c for c in root.children if c.dep_ == "case"]
        return not any(t.lower_ in marks for t in by)

    # a gerund of manner under a verb of response ("a répondu en tirant des roquettes", "responded
    # by firing rockets"): the answer itself
    above = verb.head.head if verb.head.pos_ == "ADP" else verb.head
    if verb.i == trig.root.i and verb.dep_ in ("advcl", "xcomp", "pcomp") and above.i != verb.i \
            and response(above):
        return True
    if _coordinated_answer(ctx, trig):
        return True
    inside = range(trig.span.start, trig.span.end)
    for c in verb.children:
        if c.i in inside or c.dep_ in KIND_DEPS:
            continue
        if response(c) or (c.pos_ == "ADP" and any(response(g) for g in c.children)):
            return not c.left_edge.i <= trig.root.i <= c.right_edge.i
    return False


# how far above a quoted label its verb of condemnation may be ("a dénoncé « un coup d'État »": one)
def failed(ctx: HasWords, trig: Trigger) -> bool:
    """A talk or pact told as what failed ("since peace talks collapsed in January", "l'échec
    des pourparlers", "les négociations ont capoté"): its end is recalled, no meeting held or deal
    made that day. The trigger is the subject of a verb of failure or hangs from a noun of one
    (through its preposition). The caller asks it of non-violent types only ("the attack failed"
    is still an attack). The words are language data (`failure_heads`; a verb and its particle,
    "break down", as two words)."""
    heads = ctx.words("failure_heads")
    root = trig.root
    # a participle of its own tells the pact or talks made or held ("a truce agreed on Saturday
    # collapsed on Wednesday", "la trêve conclue samedi a volé en éclats"): an event of that day
    if not heads or any(c.dep_ in ("acl", "acl:relcl", "relcl") for c in root.children):
        return False
    if root.dep_ in SUBJECT_DEPS and root.head.i != root.i:
        verb = root.head
        particles = [c.lower_ for c in verb.children if c.dep_ in ("prt", "compound:prt", "advmod")]
        if any(f"{verb.lemma_.lower()} {p}" in heads for p in particles):
            return True
    return _hangs_from(trig, heads, through_preposition_only=True)


def requested(ctx: HasWords, trig: Trigger) -> bool:
    """The trigger's noun is what a verb of asking asks for ("a appelé à une réunion d'urgence",
    "called for an emergency meeting", "réclame un cessez-le-feu"): a request, not the act. The
    verbs are language data (`request_verbs`)."""
    heads = ctx.words("request_verbs")
    if not heads or trig.root.pos_ not in ("NOUN", "PROPN"):
        return False
    head = _hanging_head(trig, heads, through_preposition_only=True)
    return head is not None and _asked_through(ctx, trig, head)


def _asked_through(ctx: HasWords, trig: Trigger, head: Token) -> bool:
    """The noun is the request's object, bare or after a preposition of asking ("appelé à une
    réunion", "called for talks"): a meeting after which the verb asks for something else ("après
    une réunion en urgence, les dirigeants ont appelé à la retenue") was held. The prepositions are
    language data (`request_prepositions`); French hangs them on the noun, English between."""
    allowed = ctx.words("request_prepositions")
    if not allowed:
        return True
    preps = [c for c in trig.root.children if c.dep_ == "case"]
    t = trig.root
    while t.head.i != t.i and t.i != head.i:
        t = t.head
        if t.pos_ == "ADP":
            preps.append(t)
    return all(p.lower_ in allowed or p.lemma_.lower() in allowed for p in preps)


def _since_clause(ctx: HasWords, head: Token) -> bool:
    """A clause of its own hangs from the word, opened by a word of `since_words` ("over 30 attacks
    since the army carried out strikes", "les attaques se sont multipliées depuis que l'armée s'est
    retirée"): what the word tells is counted over the span that clause starts."""
    since = ctx.words("since_words")
    return any(c.dep_ in OWN_CLAUSE_DEPS and any(m.dep_ == "mark" and m.lower_ in since for m in c.children)
               and any(m.dep_ in OWN_SUBJECT_DEPS for m in c.children) for c in head.children)


# what a year written in digits may be in the news (a count of thousands is no year)
YEAR_RANGE = range(1900, 2100)


def _since_a_year(ctx: HasWords, head: Token) -> bool:
    """The word is counted from a year on, after a word of `since_words` ("Boko Haram has killed
    thousands of civilians since 2009", "fighting has killed tens of thousands since the 2021
    coup", "ont tué des milliers de civils depuis 2021"): a tally over years, not one incident.
    Or a month's name ("depuis janvier": weeks or more). Not a day: "since Monday" counts a toll of days;
    only under a verb: "the deadliest attack since 2019" ranks one incident; and only a verb with a
    direct object, the count: "détenu depuis mars 2023" is a state its start dates (the arrest)."""
    since, months = ctx.words("since_words"), section_words(ctx.doc.lang_, "time", "months")
    if head.pos_ not in ("VERB", "AUX") or not any(c.dep_ in OBJECT_DEPS for c in head.children):
        return False
    for child in head.children:
        # English hangs the noun below its preposition; French hangs the preposition from the noun
        nouns = [*child.children] if child.lower_ in since else \
            [child] if any(c.dep_ == "case" and c.lower_ in since for c in child.children) else []
        if any((t.is_digit and len(t.text) == 4 and int(t.text) in YEAR_RANGE) or t.lower_ in months
               for noun in nouns for t in noun.subtree):
            return True
    return False


def campaign(ctx: HasWords, trig: Trigger) -> bool:
    """The trigger's verb (or the trigger itself) is qualified by a span of weeks or more after
    "depuis"/"for"/"over" ("les Houthis mènent depuis des mois des attaques", "has conducted
    attacks over the last 10 years"): a campaign, not one incident. The words are language data
    (`campaign_prepositions`, `campaign_units`)."""
    if not (units := ctx.words("campaign_units")) or not (preps := ctx.words("campaign_prepositions")):
        return False
    heads = [trig.root, *args.governing_verbs(trig.root)[:1], *aims(trig)]  # events_aims
    # the verb of the act itself, or the verb an act noun is the subject of ("fighting has killed")
    own = trig.root.head if trig.root.dep_ in SUBJECT_DEPS else trig.root
    if any(_since_clause(ctx, head) for head in heads) or _since_a_year(ctx, own):
        return True
    for head in heads:
        for child in head.children:
            # French UD: the unit hangs from the verb with its preposition below it ("depuis des
            # mois"); English ClearNLP: the preposition hangs from the verb, the unit below it
            nouns = [child, *child.children] if child.lower_ in preps else [child]
            for noun in nouns:
                if noun.lemma_.lower() not in units:
                    continue
                cases = {c.lower_ for c in noun.children if c.dep_ == "case"}
                if child.lower_ in preps or cases & preps:
                    return True
    return False


# Dependencies that open a clause of its own under a trigger's clause head (French UD labels and
# the English ClearNLP ones). A relative clause always tells its own act; the others only when
# they have a subject of their own ("..., while Ukraine hit Belgorod with drones"): a participle
# without one ("using drones", "en utilisant des drones") is the trigger's manner, so it stays.
RELATIVE_DEPS = frozenset({"acl:relcl", "relcl"})
OWN_CLAUSE_DEPS = frozenset({"advcl", "ccomp", "csubj", "conj", "parataxis"})
OWN_SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "nsubjpass", "csubj", "csubjpass"})
# a trigger's clause of sequence ("after they scuttled ...") is its own or at most this many heads up
# (a conjunct verb, an infinitive below it): beyond, the clause is about another act
SEQUENCE_CLIMB = 3


def answered_phrases(trigger: Span, heads: frozenset[str]) -> frozenset[int]:
    """Token indices of the phrases of a noun of response (the language's `response_heads`) below
    the trigger's clause: they tell the act answered ("a frappé l'Iran en représailles à l'attaque
    de missiles contre Israël": neither the missiles nor Israel are the strike's)."""
    inside = set(range(trigger.start, trigger.end))
    out: set[int] = set()
    for tok in args.clause_head(trigger.root).subtree:
        if tok.pos_ == "NOUN" and (tok.lemma_.lower() in heads or tok.lower_ in heads):
            sub = {t.i for t in tok.subtree}
            if not sub & inside:
                out |= sub
    return frozenset(out | sequel_phrases(trigger))


SEQUEL_SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "nsubjpass"})


def sequel_phrases(trigger: Span) -> set[int]:
    """Token indices of the phrase that tells the act another one follows, when the trigger is the
    subject of a ``sequel_verbs`` verb ("The attack came a week after mortar shells hit Jos",
    "Cette attaque survient après des tirs de roquettes sur Jos"): the phrase marked by a
    ``sequel_markers`` word (lang/<code>/arguments.yaml) is the earlier act's, with its weapons."""
    root = trigger.root
    verb = root.head
    cues = args._cues(root.doc.lang_)
    if root.dep_ not in SEQUEL_SUBJECT_DEPS or verb.i == root.i \
            or verb.lemma_.lower() not in cues["sequel_verbs"]:
        return set()
    out: set[int] = set()
    for c in verb.children:
        marks = (g for g in (c, *c.children) if g.dep_ in ("mark", "case", "prep"))
        if c.i > root.i and c.i not in range(trigger.start, trigger.end) and any(
                g.lower_ in cues["sequel_markers"] for g in marks):
            out |= {t.i for t in c.subtree}
    return out


def other_clauses(trigger: Span) -> frozenset[int]:
    """Token indices of the clauses below the trigger's clause that tell acts of their own: their
    weapons are theirs ("the army attacked the village, which had been hit by drones" is no drone
    strike). A relative clause on the trigger itself ("the strike, which used drones") is its own."""
    head = args.clause_head(trigger.root)
    inside = set(range(trigger.start, trigger.end))
    out: set[int] = set()
    for tok in head.subtree:
        if tok.i == head.i or tok.i in inside:
            continue
        if tok.dep_ in RELATIVE_DEPS:
            own = tok.head.i not in inside
        elif tok.dep_ in OWN_CLAUSE_DEPS:
            own = any(c.dep_ in OWN_SUBJECT_DEPS for c in tok.children)
        else:
            continue
        sub = {t.i for t in tok.subtree}
        if own and not sub & inside:
            out |= sub
    return frozenset(out)
