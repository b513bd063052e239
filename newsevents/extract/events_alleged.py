"""Whether an incident is only alleged (SCHEMA status ``alleged``: only attributed to a source).

Why every telling and not any: an incident the article states in its own voice ("Une frappe de
drone a tué cinq civils mardi à Kherson") and on which it also quotes a source ("Selon les
autorités, l'attaque a été menée par les forces russes") is reported -- the source adds who did
it, the article vouches for the strike. One whose every telling is a source's is only alleged: a
mention after an attribution cue (lang/*/events.yaml ``alleged_cues``: "selon", "attribuée à",
"reportedly"), one in the conditional ("un entrepôt aurait été touché"), and beside those, one
inside what a source says ("..., a précisé l'état-major").

A claim of responsibility holds its own act ("les rebelles ont revendiqué l'attaque"): its words
are the actor's deed, not a source's account, so they attribute nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsevents.extract import arguments as args
from newsevents.extract.drafts import Draft
from newsevents.extract.stance import is_negated
from newsevents.extract.stance import lexicon as stance_lexicon

if TYPE_CHECKING:
    from newsevents.extract.events import Context

# "X a accusé Y d'avoir bombardé": an allegation verb up to this many verbs above the trigger
ALLEGED_REACH = 3
MARKED, SAID = 2, 1
_SENTENCE_ENDS = frozenset({".", "!", "?", ";"})  # how a sentence attributes the incident (_attributed)


def only_alleged(ctx: Context, d: Draft, every: bool = True) -> bool:
    """Every sentence that tells the incident is a source's (see the module's docstring): one
    mention there is enough ("des frappes attribuées à Israël ont touché le consulat, détruisant
    ..."), and one of them at least is marked as a source's by a cue or the conditional. Reported
    speech alone is no such mark ("une frappe a touché Kiev, a déclaré le ministère": an
    official's statement is how the article knows, it stays reported) but, beside one, it carries
    the same account on ("Selon l'armée, des jihadistes ont attaqué un poste. Un affrontement a
    éclaté, a précisé l'état-major"). With ``every`` False, any one marked mention is enough: the
    mark of a draft before the drafts telling one incident are merged (the effects read it: an
    alleged act implies no toll of its own)."""
    told: dict[int, int] = {}  # per sentence telling it: MARKED, SAID or 0 (the article's voice)
    resumed: dict[int, bool] = {}  # per sentence: whether all its mentions resume it ("the attack")
    definite = ctx.words("anaphoric_determiners")
    for trig in d.triggers:
        n = ctx.sent_of[trig.root.i]
        told[n] = max(told.get(n, 0), _attributed(ctx, trig.root, d.violent))
        resumed[n] = resumed.get(n, True) and _resumes(trig.root, definite)
    # reported speech right after a sentence of a source's cue carries that account on ("Selon
    # l'armée, des jihadistes ont attaqué un poste. Trois soldats ont été tués dans l'affrontement,
    # a précisé l'état-major")
    cued = {ctx.sent_of[c.root.i] for c in ctx.matches.of("alleged_cues")}
    if not told or not any(v == MARKED or (v == SAID and n - 1 in cued) for n, v in told.items()):
        return False
    if not every:
        return True
    # a later sentence naming it only as "the attack" ("the RSF has yet to comment on the
    # attack") speaks of it, it does not tell it in the article's voice
    first = min(told)
    return all(v for n, v in told.items() if n == first or not resumed[n])


def _resumes(root: Token, definite: frozenset[str]) -> bool:
    """A noun with a determiner that resumes (``anaphoric_determiners``: "the attack", "cette frappe")."""
    return root.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "det" and c.lower_ in definite
                                                  for c in root.children)


def _attributed(ctx: Context, root: Token, violent: bool) -> int:
    """MARKED: a source's mention by a cue or the conditional; SAID: inside reported speech (a
    violent act only: a meeting or an exchange is announced by those who took part, "Ankara said
    the prisoners were exchanged", which is how the article knows it); 0: the article's voice."""
    hit = ctx.claim_at(root.i)
    if hit and hit[2]:
        return MARKED
    head = args.clause_head(root)
    above = {v.i for v in args.governing_verbs(root)[:ALLEGED_REACH]}
    # a cue on the attack noun itself counts too ("une attaque attribuée à l'Iran"); "killed six
    # fighters, according to a monitor", "were reportedly killed when a drone struck": the parser
    # may hang the cue on a governing verb as a clause or an adverb of its own
    nouns = {t.i for t in args.attack_nouns(root)}
    if any(args.clause_head(c.root) == head or c.root.i in above or c.root.head.i in nouns
           or c.root.head.i in above for c in ctx.matches.of("alleged_cues")):
        return MARKED
    if _conditional(root) or _conditional(head) or _reported_passive(ctx, root) or _unverified(ctx, root):
        return MARKED
    return SAID if hit and violent and _reported_speech(ctx, hit[3]) else 0


def _reported_passive(ctx: Context, root: Token) -> bool:
    """The incident is what a passive of reporting has been told about, by nobody named ("Des
    frappes de drones ont été signalées", "des frappes de drones signalées", "Drone strike reported
    on fuel depot", ``hearsay_passives``): the article passes on word of it, it does not vouch for
    it -- as "reportedly" does. A headline's passive drops its auxiliary (the parser then makes the
    noun the subject of a bare participle) and the participle may hang on the noun's complement."""
    verbs = ctx.words("hearsay_passives")

    def hearsay(verb: Token) -> bool:
        return verb.lemma_.lower() in verbs and verb.tag_ != "VBG" and not any(
            c.dep_ in ("obl:agent", "agent") for c in verb.children)

    head = root.head
    # an incident cannot report: as the subject of a bare "reported" with no object, it was reported
    if head.i != root.i and hearsay(head) and (root.dep_ in ("nsubj:pass", "nsubjpass") or (
            root.dep_ == "nsubj" and head.tag_ in ("VBN", "VBD")
            and not any(c.dep_ in ("aux", "dobj", "obj") for c in head.children))):
        return True
    nouns = [root] + [c for c in root.children if c.dep_ in ("nmod", "compound")]
    return any(c.dep_ in ("acl", "amod") and hearsay(c) for n in nouns for c in n.children)


def _unverified(ctx: Context, root: Token) -> bool:
    """Before the incident in its sentence, its source is said to be unchecked: a verb of checking
    negated ("une vidéo, dont l'authenticité ne pouvait pas être vérifiée, montre un drone ... peu
    avant une explosion"; "footage, which Reuters could not independently verify, showed ...",
    ``verification_verbs``) or an adjective saying so ("an unverified video shows", ``unverified_words``):
    the article passes on what the footage shows, it does not vouch for it."""
    verbs, adjectives = ctx.words("verification_verbs"), ctx.words("unverified_words")
    if not verbs and not adjectives:
        return False
    lex = stance_lexicon(ctx.article.language) if ctx.article.language else None
    words = root.doc[root.sent.start:root.i]
    # not past a sentence end the parser ran together with the next sentence
    start = max((t.i + 1 for t in words if t.text in _SENTENCE_ENDS), default=root.sent.start)
    for tok in root.doc[start:root.i]:
        if tok.lower_ in adjectives:
            return True
        if lex is not None and tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in verbs \
                and (is_negated(lex, tok) or (tok.dep_ == "xcomp" and is_negated(lex, tok.head))):
            return True
    return False


def _reported_speech(ctx: Context, n: int) -> bool:
    """The claim's cue is a reporting verb outside its content, not a claimed act of its own."""
    claim = ctx.article.claims[n]
    return bool(claim.cue) and not claim.content_span[0] <= claim.cue[0] < claim.content_span[1]


def _conditional(root: Token) -> bool:
    """"aurait frappé", "aurait été touché par l'explosion" (on the clause's verb): hearsay."""
    return "Cnd" in root.morph.get("Mood") or any(
        "Cnd" in c.morph.get("Mood") for c in root.children if c.pos_ == "AUX")
