"""Round 20 claim kinds, on pattern sentences of our own (French and English, no news-dev text).

1. A report named inside another speaker's direct quote ("« Les déclarations de X sur une
   prétendue frappe ... relèvent de la désinformation », a déclaré Y") is the quoted speaker's
   words, not a claim of X: only Y's denial is a claim.
2. Unnamed sources qualified by a common word ("selon des sources militaires", "according to
   security sources") are a speaker of their own kind, not the army or force the page named before.
3. The target side's denial of the reason the attacker gave ("the military said it had struck a
   command post used by Hamas fighters ... Hamas denied that its fighters were in the clinic") is
   about the attacker's one strike of the page and contradicts that account, not the toll.
4. A statement followed by the same speaker's gerund ("a condamné l'attaque, en exigeant une
   enquête") ends before the gerund's "en", not on it ("l'attaque, en").
5. "selon" / "according to" before a relative pronoun ("des accusations selon lesquelles le Hamas
   aurait tiré", "a report according to which") names no source: the accused is no speaker.
6. "revendiquer" / "claim" with a place for object ("le triangle d'Ilemi est revendiqué par le Kenya")
   is a claim to territory, no statement; an act claimed ("la responsabilité d'une frappe sur
   Tel-Aviv", "claimed the attack") stays a claim.
7. A facility speaker named by a definite common noun ("L'usine a confirmé") is the facility named
   before ("la raffinerie de Saratov"), not a generic "factory".
8. A quote followed by a name with a long apposition ('," John Miller, an analyst at the Brookings
   Institution, said') is that person's, not the previous speaker's.
"""

from __future__ import annotations

import pytest
from helpers import speaker_is

# (language, text, owner of the report named in the quote, keyword of the denial)
QUOTED_REPORTS = [
    pytest.param("fr", "« Les déclarations de responsables ukrainiens sur une prétendue frappe russe contre "
                       "l'hôpital de Soumy relèvent de la désinformation », a déclaré le ministère russe de "
                       "la Défense.", "Ukrain", "désinformation", id="fr_declarations_in_quote"),
    pytest.param("fr", "« Les accusations de Kinshasa selon lesquelles notre armée bombarde les camps de "
                       "déplacés sont un mensonge », a affirmé le porte-parole du gouvernement rwandais.",
                 "Congo", "mensonge", id="fr_accusations_in_quote"),
    pytest.param("en", "\"Claims by Ukrainian officials about an alleged Russian drone attack on the depot "
                       "are pure fabrication,\" the Russian foreign ministry said in a statement.",
                 "Ukrain", "fabrication", id="en_claims_by_in_quote"),
    pytest.param("en", "\"The accusations of Kinshasa that our army shelled the camps are a lie,\" a "
                       "Rwandan government spokesman said on Tuesday.", "Congo", "lie",
                 id="en_accusations_of_in_quote"),
]


@pytest.mark.parametrize(("language", "text", "owner", "keyword"), QUOTED_REPORTS)
def test_a_report_named_in_a_quote_is_no_claim_of_its_owner(analyse, language, text, owner, keyword):
    claims = analyse(text, language=language).claims
    seen = [(c.speaker.name, c.stance, c.content) for c in claims]
    assert not [c for c in claims if speaker_is(c, owner)], seen
    denial = [c for c in claims if keyword in c.content]
    assert len(denial) == 1 and denial[0].stance in ("deny", "condemn"), seen


# (language, text, keyword of the claim, speaker words expected, party of the context it must not be)
UNNAMED_SOURCES = [
    pytest.param("fr", "L'armée soudanaise a repoussé samedi une attaque des paramilitaires contre la ville. "
                       "Au moins 23 combattants ont été tués, selon des sources militaires.",
                 "23 combattants", "sources militaires", "Sudan", id="fr_selon_sources_militaires"),
    pytest.param("fr", "L'armée malienne a mené mardi des frappes près de Kidal. Une dizaine de civils ont "
                       "été tués, selon des sources sécuritaires.", "dizaine", "sources sécuritaires",
                 "Mali", id="fr_selon_sources_securitaires"),
    pytest.param("en", "The Malian army carried out strikes near Kidal on Tuesday. About ten civilians were "
                       "killed, according to security sources.", "ten civilians", "security sources",
                 "Mali", id="en_according_to_security_sources"),
]


@pytest.mark.parametrize(("language", "text", "keyword", "words", "wrong"), UNNAMED_SOURCES)
def test_unnamed_sources_speak_as_their_kind(analyse, language, text, keyword, words, wrong):
    claims = analyse(text, language=language).claims
    hits = [c for c in claims if keyword in c.content]
    assert len(hits) == 1, [(c.speaker.name, c.content) for c in claims]
    assert words in hits[0].speaker.name and not speaker_is(hits[0], wrong), hits[0].speaker


# (language, text, speaker of the attacker's account, denier, keyword of the toll claim or None)
ANSWERED_REASONS = [
    pytest.param("fr", "Une frappe aérienne israélienne sur une clinique de Khan Younès a tué neuf personnes "
                       "jeudi. L'armée israélienne a affirmé avoir visé un poste de commandement utilisé par "
                       "des combattants du Hamas dans le bâtiment. Le Hamas a démenti que ses combattants "
                       "se trouvaient dans la clinique.", "Israel", "Hamas", None, id="fr_hamas_dement"),
    pytest.param("fr", "Un drone russe a frappé mercredi un entrepôt près de Kherson, tuant deux employés. "
                       "L'armée russe a affirmé avoir détruit un dépôt de munitions des forces ukrainiennes "
                       "dans le bâtiment. L'armée ukrainienne a démenti que ses soldats utilisaient cet "
                       "entrepôt.", "Russia", "Ukrain", None, id="fr_ukraine_dement"),
    pytest.param("en", "An Israeli air strike on a clinic in Khan Younis killed nine people on Thursday, the "
                       "civil defence agency said. The Israeli military said it had hit a command post used "
                       "by Hamas fighters inside the building. Hamas denied that its fighters were using the "
                       "clinic.", "Israel", "Hamas", "nine people", id="en_hamas_denied"),
]


@pytest.mark.parametrize(("language", "text", "attacker", "denier", "toll"), ANSWERED_REASONS)
def test_the_denial_of_the_attacker_s_reason_is_about_its_strike(analyse, language, text, attacker, denier,
                                                                 toll):
    article = analyse(text, language=language)
    seen = [(c.speaker.name, c.stance, c.content, c.about, c.contradicts) for c in article.claims]
    denial = [c for c in article.claims if c.stance == "deny" and speaker_is(c, denier)]
    account = [c for c in article.claims if c.stance == "assert" and speaker_is(c, attacker)]
    assert len(denial) == 1 and len(account) == 1, seen
    assert denial[0].about and denial[0].about == account[0].about, seen
    assert account[0].id in denial[0].contradicts, seen
    if toll is not None:
        told = [c for c in article.claims if toll in c.content]
        assert told and told[0].id not in denial[0].contradicts, seen


# (text, first statement's words, the gerund's words)
GERUND_ENDS = [
    pytest.param("Le gouvernement espagnol a condamné l'attaque, en exigeant une enquête indépendante.",
                 "l'attaque", "une enquête indépendante", id="comma_en"),
    pytest.param("L'armée a démenti ce bilan en affirmant que seuls des combattants avaient été visés.",
                 "ce bilan", "seuls des combattants avaient été visés", id="bare_en"),
    pytest.param("Le Hamas a qualifié l'attaque de crime de guerre en appelant la communauté "
                 "internationale à agir.", "l'attaque de crime de guerre",
                 "la communauté internationale à agir", id="qualifier_en"),
]


@pytest.mark.parametrize(("text", "first", "second"), GERUND_ENDS)
def test_a_statement_ends_before_the_gerund_mark(analyse, text, first, second):
    contents = [c.content for c in analyse(text).claims]
    assert contents == [first, second], contents


# (language, text, party named after the relative, which must not speak)
RELATIVE_MARKERS = [
    pytest.param("fr", "Le Hamas a démenti mardi toute implication dans l'attaque. Cette déclaration "
                       "intervient en réponse à des accusations israéliennes selon lesquelles le Hamas "
                       "aurait tiré des roquettes sur Ashkelon.", "Hamas", id="fr_selon_lesquelles"),
    pytest.param("fr", "Le Rwanda a rejeté lundi ces accusations. Le démenti fait suite à un rapport de "
                       "l'ONU selon lequel l'armée rwandaise aurait bombardé un camp près de Goma.",
                 "Rwandan army", id="fr_selon_lequel"),
    pytest.param("en", "Hamas denied any role in the attack on Tuesday. The denial came after an Israeli "
                       "report according to which Hamas had fired rockets at Ashkelon.", "Hamas",
                 id="en_according_to_which"),
]


@pytest.mark.parametrize(("language", "text", "named"), RELATIVE_MARKERS)
def test_a_marker_before_a_relative_names_no_source(analyse, language, text, named):
    claims = analyse(text, language=language).claims
    assert [c.stance for c in claims if c.speaker.name == named] in ([], ["deny"]), [
        (c.speaker.name, c.stance, c.content) for c in claims]
    assert not [c for c in claims if c.stance == "assert"], [(c.speaker.name, c.content) for c in claims]


# (language, text, claims expected)
CLAIMED_PLACES = [
    pytest.param("fr", "Le triangle d'Ilemi est revendiqué par le Kenya et le Soudan du Sud, mais le "
                       "territoire est administré par Nairobi.", 0, id="fr_passive_territory"),
    pytest.param("fr", "Le Maroc revendique le Sahara occidental, que le Front Polisario réclame aussi.", 0,
                 id="fr_active_territory"),
    pytest.param("en", "The Ilemi Triangle is claimed by both Kenya and South Sudan, but the territory is "
                       "administered by Nairobi.", 0, id="en_passive_territory"),
    pytest.param("fr", "Les rebelles ont revendiqué la responsabilité d'une frappe de drone sur Port-Soudan "
                       "mardi matin.", 1, id="fr_act_on_a_place_stays"),
    pytest.param("en", "Islamic State claimed the attack on the convoy near Gao.", 1, id="en_act_stays"),
]


@pytest.mark.parametrize(("language", "text", "count"), CLAIMED_PLACES)
def test_a_claim_to_a_place_is_no_statement(analyse, language, text, count):
    claims = analyse(text, language=language).claims
    assert len(claims) == count, [(c.speaker.name, c.content) for c in claims]


# (text, keyword of the claim, speaker alias expected)
NAMED_FACILITIES = [
    pytest.param("Un incendie s'est déclaré à la raffinerie de Saratov, dans le sud de la Russie. L'usine a "
                 "confirmé que l'incendie avait été causé par la chute d'un drone.", "chute", "Saratov",
                 id="usine_after_raffinerie"),
    pytest.param("Un incendie a ravagé mardi la raffinerie de Volgograd. La raffinerie a précisé que "
                 "l'incendie avait été maîtrisé en trois heures.", "maîtrisé", "Volgograd",
                 id="raffinerie_after_raffinerie"),
]


@pytest.mark.parametrize(("text", "keyword", "alias"), NAMED_FACILITIES)
def test_a_facility_noun_speaks_for_the_facility_named_before(analyse, text, keyword, alias):
    claims = [c for c in analyse(text).claims if keyword in c.content]
    assert len(claims) == 1 and alias in claims[0].speaker.name, [(c.speaker.name, c.content) for c in claims]


# (text, speaker): a quote after an earlier speaker's claim, its own speaker in a long apposition
APPOSED_QUOTE_SPEAKERS = [
    pytest.param("Russian drones hit a power plant near Lviv on Monday, officials said.\n\n\"This is a "
                 "dangerous escalation,\" John Miller, an analyst at the Brookings Institution, said.",
                 "John Miller", id="analyst_at_institution_said"),
    pytest.param("Two soldiers were killed in shelling near Kupiansk, the army said.\n\n\u201cThe front is "
                 "moving west,\u201d Maria Lund, a senior fellow at the Royal United Services Institute, "
                 "wrote on X.", "Maria Lund", id="senior_fellow_wrote_on_x"),
]


@pytest.mark.parametrize(("text", "speaker"), APPOSED_QUOTE_SPEAKERS)
def test_a_quote_s_speaker_in_a_long_apposition(analyse, text, speaker):
    claims = analyse(text, language="en").claims
    assert [c.speaker.name for c in claims][1:] == [speaker], [(c.speaker.name, c.content) for c in claims]

