"""The sides of a diplomatic act named with an envoy ("a convoqué l'ambassadeur de X", "summoned
the envoy of X"): the country a protest is made to, and which parties of the sentence are this
act's sides rather than those of the act it answers or of another verb. Moved out of
extract/events.py, which builds the drafts and calls these when it fills a protest's parties."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from newsevents.extract import arguments as args
from newsevents.extract.arguments import Ref
from newsevents.extract.targets import country_of
from newsevents.extract.triggers import Trigger
from newsevents.model import Party

if TYPE_CHECKING:
    from newsevents.extract.events import Context


def envoy_parties(ctx: Context, sent: Span) -> list[Ref]:
    """Parties named with a diplomat ("l'ambassadeur de X"): the country a protest is made to."""
    envoys = ctx.words("envoy_words")
    out: list[Ref] = []
    for tok in sent:
        if tok.lemma_.lower() in envoys or tok.lower_ in envoys:
            out += [r for r in args.parties_at(ctx.parties, tok) if r not in out and not hosted(ctx, r)]
    return out


def summoned_side(ctx: Context, trig: Trigger, ref: Ref) -> bool:
    """A party named with the envoy or after "à"/"to" is a side of this act, not of the act it
    answers nor of another verb's phrase (_answered_words, _other_verbs)."""
    return not _answered_words(ctx, trig, ref) and not _other_verbs(ctx, trig, ref)


def _answered_words(ctx: Context, trig: Trigger, ref: Ref) -> bool:
    """A word of the party is in the phrase of the act the trigger's act answers ("convoqué après
    une frappe sur l'ambassade à Kiev": the embassy is the strike's, whatever the parser hangs "à
    Kiev" from; arguments.behind_reason)."""
    return any(args.behind_reason(trig.span, t) for t in ctx.doc[ref.start:ref.end])


def _other_verbs(ctx: Context, trig: Trigger, ref: Ref) -> bool:
    """The party completes another verb than the trigger's ("a convoqué l'ambassadeur pour protester
    contre les dégâts causés à l'ambassade": the embassy is what the damage was caused to, no
    recipient of the summons). Only for a verb trigger: a noun's recipient hangs from the verb that
    carries it ("a remis une note de protestation à l'ambassadeur")."""
    if not args.is_verb(trig.root):
        return False
    verb = next(iter(args.governing_verbs(ctx.doc[ref.start:ref.end].root)), None)
    return verb is not None and verb.i != trig.root.i and not trig.span.start <= verb.i < trig.span.end


def hosted(ctx: Context, ref: Ref) -> bool:
    """A country after "en"/"à": where a diplomat serves or a mission stands, not whom it serves."""
    return ref.start > 0 and ctx.doc[ref.start - 1].lower_ in ctx.words("host_prepositions")


def envoy_countries(ctx: Context, sent: Span) -> list[Party]:
    """Without a party mention, the country named right after the diplomat ("de la Fédération
    de Russie"); a country after "en"/"à" is where the envoy serves, not whom he represents."""
    envoys = ctx.words("envoy_words")
    hosts = ctx.words("host_prepositions")
    out: list[Party] = []
    for tok in sent:
        if tok.lemma_.lower() not in envoys and tok.lower_ not in envoys:
            continue
        for word in ctx.doc[tok.i + 1:tok.right_edge.i + 1]:
            if word.pos_ != "PROPN" or ctx.doc[word.i - 1].lower_ in hosts:
                continue
            found = country_of(word.text, ctx.lang)
            if found:
                span = ctx.original(ctx.doc[word.i:word.i + 1])
                out.append(Party(found[0], "state", found[1], None, ctx.article.text[span[0]:span[1]], span))
                return out
    return out
