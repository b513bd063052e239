"""Contradictions and claims of round 10: a fact one speaker tells and another's words say did not
or could not happen (an interception), even between two speakers of one country; an announcement
told as a rush to a conclusion ("hastened to announce") doubts it; a denial naming the side whose
claim it answers; the addressee of a protest is no claim. French and English sentences written
from the general patterns of wire copy (not from any article)."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.extract import link
from newsevents.extract.stance import cue_stance, doubts, lexicon
from newsevents.model import Claim, Event, Party, When

DOUBTS = [
    ("en", "the army found yet another object and hastened to announce that it was our drone", True),
    ("en", "the ministry rushed to blame the rebels for the blast", True),
    ("en", "rescuers rushed to the scene of the blast", False),
    ("en", "the ministry announced that the drone had crashed", False),
    ("fr", "l'armée a trouvé un objet et s'est empressée d'annoncer qu'il s'agissait d'un drone", True),
    ("fr", "le gouvernement s'est empressé d'accuser les rebelles", True),
    ("fr", "les secours se sont rendus sur place", False),
]


@pytest.mark.parametrize(("language", "words", "doubting"), DOUBTS)
def test_an_announcement_told_as_a_rush_is_doubted(language, words, doubting):
    lex = lexicon(language)
    assert doubts(lex, words) is doubting
    assert (cue_stance(lex, words) == "question") is doubting


def _claim(cid: str, speaker: Party, stance: str, about: list[str], facts: list[str] | None = None) -> Claim:
    return Claim(speaker=speaker, stance=stance,  # type: ignore[arg-type]
                 content=cid, content_span=(0, 1), id=cid, about=about, facts=facts or [])


AIR_FORCE = Party("air force", "military", "UA")
ADVISER = Party("presidential adviser", "person", "UA")


@pytest.mark.parametrize(("told", "negated", "about", "linked"), [
    (["interception"], {"cl_b": {"interception"}}, ["ev_a"], True),   # even of one country
    (["interception"], {}, ["ev_a"], False),                          # both tell it: one account
    (["interception"], {"cl_b": {"debris"}}, ["ev_a"], False),        # another fact negated
    (["interception"], {"cl_b": {"interception"}}, ["ev_b"], False),  # another incident
    (["interception"], {"cl_a": {"interception"}, "cl_b": {"interception"}}, ["ev_a"], False),
])
def test_a_fact_told_and_negated_contradicts(told, negated, about, linked):
    a = _claim("cl_a", ADVISER, "assert", ["ev_a"], told)
    b = _claim("cl_b", AIR_FORCE, "assert", about, ["interception"])
    link.link_contradictions([a, b], [link.Features(), link.Features()], negated=negated)
    assert (a.contradicts == ["cl_b"]) is linked and (b.contradicts == ["cl_a"]) is linked


def _event(eid: str, actors: list[Party], targets: list[Party]) -> Event:
    return Event(type="drone_strike", trigger=(0, 1), id=eid, actors=actors, targets=targets,
                 date=When(date(2025, 11, 11), date(2025, 11, 11), "day"))


LT, BY = Party("Lithuania", "state", "LT"), Party("Belarus", "state", "BY")
PL = Party("Poland", "state", "PL")


@pytest.mark.parametrize(("names", "claim_event", "linked"), [
    ({"LT"}, _event("ev_summons", [LT], [Party("Belarusian envoy", "person", "BY")]), True),
    ({"LT"}, _event("ev_summons", [LT], []), True),    # the denial's incident has the two as its sides
    (set(), _event("ev_summons", [LT], []), False),   # the denial names not the claimant's side
    ({"LT"}, _event("ev_summons", [PL], []), False),  # a claim about another matter
])
def test_a_denial_naming_the_claimant_answers_its_claim(names, claim_event, linked):
    drone = _event("ev_drone", [BY], [LT])
    ministry = Party("Lithuanian ministry", "government", "LT")
    protest = _claim("cl_protest", ministry, "condemn", [claim_event.id])
    embassy = _claim("cl_embassy", Party("Belarusian embassy", "government", "BY"), "deny", ["ev_drone"])
    link.link_contradictions([protest, embassy], [link.Features(), link.Features(countries=names)],
                             [drone, claim_event])
    assert (protest.contradicts == ["cl_embassy"]) is linked
    assert (embassy.contradicts == ["cl_protest"]) is linked


INTERCEPTIONS = [
    pytest.param("en", "A Russian missile hit a school in Kharkiv on Thursday, killing four people. "
                 "Ukraine's air force said the school was hit by a Russian Iskander missile, which Kyiv "
                 "says it does not have the equipment to shoot down. Presidential adviser Mykhailo "
                 "Podolyak said on Thursday evening that the missile had fallen on the school after "
                 "being shot down by Ukrainian air defences.", "Podolyak", id="en"),
    pytest.param("fr", "Un missile russe a frappé jeudi une école à Kharkiv, tuant quatre personnes. "
                 "L'armée de l'air ukrainienne a déclaré que l'école avait été touchée par un missile russe "
                 "Iskander, que Kiev n'a pas les moyens d'abattre. Le conseiller présidentiel Mykhaïlo "
                 "Podoliak a déclaré jeudi soir que le missile était tombé sur l'école après avoir été "
                 "abattu par la défense antiaérienne ukrainienne.", "Podoliak", id="fr"),
]


@pytest.mark.parametrize(("language", "text", "adviser"), INTERCEPTIONS)
def test_an_interception_told_and_denied_possible_through_the_pipeline(analyse, language, text, adviser):
    claims = analyse(text, language=language).claims
    told = [c for c in claims if adviser in c.speaker.name]
    negating = [c for c in claims if "Iskander" in c.content]
    assert told and negating, [(c.speaker.name, c.content) for c in claims]
    assert told[0].id in negating[0].contradicts and negating[0].id in told[0].contradicts


PROTESTS = [
    pytest.param("en", "Vilnius protested to Minsk, the Lithuanian Foreign Ministry said in a statement.",
                 "Minsk", id="en"),
    pytest.param("en", "Bucharest protested to Moscow, said a statement by the Romanian Foreign Ministry.",
                 "Moscow", id="en-inverted"),
    pytest.param("fr", "Vilnius a protesté auprès de Minsk, a indiqué le ministère lituanien des Affaires "
                 "étrangères dans un communiqué.", "Minsk", id="fr"),
]


@pytest.mark.parametrize(("language", "text", "addressee"), PROTESTS)
def test_the_addressee_of_a_protest_is_no_claim(analyse, language, text, addressee):
    claims = analyse(text, language=language).claims
    assert not any(c.content.strip(" ,.").split()[-1:] == [addressee] and len(c.content.split()) <= 3
                   for c in claims), [(c.speaker.name, c.content) for c in claims]


@pytest.mark.parametrize(("language", "text", "keyword"), [
    ("fr", "Le ministère a qualifié de « fausses » les déclarations ukrainiennes sur une frappe qui aurait "
     "touché un hôpital.", "fausses"),
    ("en", "The ministry said in a statement the strike had hit a fuel depot near the port.", "fuel depot"),
])
def test_a_phrase_after_the_verb_that_holds_the_claim_stays_claimed(analyse, language, text, keyword):
    claims = analyse(text, language=language).claims
    assert any(keyword in c.content for c in claims), [(c.speaker.name, c.content) for c in claims]


RELAYED = [
    pytest.param("en", '"Our forces never target civilians. We only strike military objects. You may have '
                 'seen reports by some Ukrainian officials that the blast was caused by a Ukrainian air '
                 'defence missile," Kremlin spokesman Dmitry Peskov told reporters.', "military objects",
                 "air defence", id="en"),
    pytest.param("fr", "« Nos forces ne visent jamais les civils. Nous frappons uniquement des objectifs "
                 "militaires. Vous avez pu voir des déclarations de certains responsables ukrainiens selon "
                 "lesquelles l'explosion a été causée par un missile antiaérien ukrainien », a déclaré le "
                 "porte-parole du Kremlin Dmitri Peskov.", "objectifs militaires", "antiaérien", id="fr"),
]


@pytest.mark.parametrize(("language", "text", "own", "relayed"), RELAYED)
def test_a_quote_turning_to_relay_another_version_is_two_claims(analyse, language, text, own, relayed):
    """"We only strike military objects" and "you may have seen reports that the blast was caused
    by an air-defence missile": two statements, the second a version another side's words answer."""
    claims = analyse(text, language=language).claims
    mine = [c for c in claims if own in c.content]
    told = [c for c in claims if relayed in c.content]
    assert mine and told and mine[0].id != told[0].id, [(c.speaker.name, c.content) for c in claims]
    assert relayed not in mine[0].content and own not in told[0].content


EMBASSY = Party("US embassy", "government", "US")



@pytest.mark.parametrize(("agents", "nouns_b", "about_b", "country_b", "linked"), [
    ({"houthis"}, {"crew", "care"}, [], "YE", True),
    (set(), {"crew", "care"}, [], "YE", False),            # named as victims, not as doers
    ({"houthis"}, {"blockade"}, [], "YE", False),          # another matter
    ({"houthis"}, {"crew"}, ["ev_b"], "YE", False),        # tied to an incident of its own
    ({"houthis"}, {"crew"}, [], None, False),               # a speaker of no known side
    ({"houthis"}, {"crew"}, [], "US", False),               # one side
])
def test_the_accused_telling_the_matter_its_way_is_a_version(agents, nouns_b, about_b, country_b, linked):
    a = _claim("cl_a", EMBASSY, "assert", ["ev_a"])
    b = _claim("cl_b", Party("Houthis", "group", country_b), "assert", about_b)
    link.link_contradictions([a, b], [link.Features(), link.Features()],
                             nouns={"cl_a": {"crew", "terrorist"}, "cl_b": nouns_b}, agents={"cl_a": agents})
    assert (a.contradicts == ["cl_b"]) is linked and (b.contradicts == ["cl_a"]) is linked


KIDNAPPED = [
    pytest.param("en", "SANAA (AP) - Yemen's Houthi rebels seized the crew of a Greek-owned tanker in the "
                 "Red Sea on Monday, the U.S. State Department said. The Houthis said they had rescued the "
                 "crew from the sinking ship, given them medical treatment and moved them to a safe place.",
                 id="en"),
    pytest.param("fr", "SANAA (AFP) - Les rebelles houthis du Yémen ont capturé lundi l'équipage d'un "
                 "pétrolier grec en mer Rouge, a indiqué le département d'Etat américain. Les Houthis ont "
                 "affirmé avoir secouru l'équipage du navire en perdition, lui avoir prodigué des soins "
                 "médicaux et l'avoir transporté en lieu sûr.", id="fr"),
]


@pytest.mark.parametrize(("language", "text"), KIDNAPPED)
def test_the_accused_version_through_the_pipeline(analyse, language, text):
    claims = analyse(text, language=language).claims
    rebels = [c for c in claims if c.speaker.name == "Houthis"]
    others = [c for c in claims if c.speaker.name != "Houthis"]
    assert rebels and others, [(c.speaker.name, c.content) for c in claims]
    assert any(o.id in rebels[0].contradicts for o in others), [(c.speaker.name, c.contradicts)
                                                                for c in claims]


@pytest.mark.parametrize(("language", "text", "words"), [
    ("fr", "Un incendie s'est déclaré dans une usine chimique près de Donetsk. Les autorités ukrainiennes "
     "n'ont pas encore commenté l'incident. Selon le service de presse de l'entreprise, les travaux ont été "
     "arrêtés et l'incendie a été localisé.", "service de presse"),
    ("en", "A fire broke out at a chemical plant near Donetsk. Ukrainian authorities have not yet commented. "
     "According to the press service of the company, work was halted and the fire was contained.",
     "press service"),
])
def test_an_institution_described_by_a_noun_after_it_is_a_new_speaker(analyse, language, text, words):
    """"le service de presse de l'entreprise" is no mention of the authorities named before."""
    claims = analyse(text, language=language).claims
    told = [c for c in claims if "contain" in c.content or "localisé" in c.content]
    assert told, [(c.speaker.name, c.content) for c in claims]
    assert told[0].speaker.country != "UA" and words in (told[0].speaker.text or told[0].speaker.name)


@pytest.mark.parametrize(("language", "text", "condemned", "demanded"), [
    ("en", 'The European Union condemned "this cowardly attack" and called on all parties to protect '
     'civilians.', "cowardly attack", "protect civilians"),
    ("fr", "L'Union européenne a condamné « cette lâche attaque » et a appelé toutes les parties à protéger "
     "les civils.", "lâche attaque", "protéger les civils"),
])
def test_a_quoted_condemnation_and_a_demand_are_two_claims(analyse, language, text, condemned, demanded):
    claims = analyse(text, language=language).claims
    condemn = [c for c in claims if condemned in c.content]
    demand = [c for c in claims if demanded in c.content]
    assert condemn and demand, [(c.stance, c.content) for c in claims]
    assert condemn[0].stance == "condemn" and demanded not in condemn[0].content
    assert demand[0].stance == "demand"


@pytest.mark.parametrize(("language", "text", "speaker"), [
    ("en", "The al-Qaeda-linked JNIM group claimed the attack, saying in a statement that its fighters had "
     "killed 40 soldiers.", "JNIM"),
    ("en", "The Iran-backed Houthis said in a statement that they had targeted a ship in the Red Sea.",
     "Houthis"),
])
def test_a_name_inside_a_hyphenated_modifier_is_not_the_speaker(analyse, language, text, speaker):
    claims = analyse(text, language=language).claims
    assert claims and all(c.speaker.name == speaker for c in claims), [(c.speaker.name, c.content)
                                                                        for c in claims]


@pytest.mark.parametrize("text", [
    "Le ministère de la Santé est revenu sur son bilan.",
    "Le ministère de la Santé est ensuite revenu sur ce bilan, affirmant avoir été mal informé.",
])
def test_a_retraction_with_the_perfect_of_etre_has_its_speaker(analyse, text):
    """"est revenu sur" is no passive: the ministry speaks (lang/fr/claims.yaml perfect_with_be)."""
    claims = analyse(text, language="fr").claims
    assert claims and all(c.stance == "retract" and "Health" in c.speaker.name for c in claims), \
        [(c.speaker.name, c.stance, c.content) for c in claims]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Jihadist fighters ambushed an army convoy near Djibo on Sunday, a local security source said. "
     "The army denied any casualties among its troops. The European Union called on all parties to "
     "protect civilians."),
    ("fr", "Des jihadistes ont tendu une embuscade dimanche à un convoi de l'armée près de Djibo, a indiqué "
     "une source sécuritaire locale. L'armée a démenti toute perte dans ses rangs. L'Union européenne a "
     "appelé toutes les parties à protéger les civils."),
])
def test_a_demand_is_no_account_a_denial_or_a_version_answers(analyse, language, text):
    claims = analyse(text, language=language).claims
    demand = [c for c in claims if c.stance == "demand"]
    assert demand, [(c.stance, c.content) for c in claims]
    assert demand[0].contradicts == [], [(c.speaker.name, c.stance, c.contradicts) for c in claims]


@pytest.mark.parametrize(("language", "words", "kind"), [
    ("en", "Turkish warplanes struck Kurdish militant targets in northern Iraq", "combatant"),
    ("en", "the strikes hit a village, killing two civilians", "civilian"),
    ("fr", "des avions turcs ont frappé des positions terroristes dans le nord de l'Irak", "combatant"),
    ("fr", "la frappe a touché des abris terroristes", "combatant"),
])
def test_victim_kinds_of_cross_border_strikes(language, words, kind):
    from newsevents.extract.stance import victim_kind
    assert victim_kind(lexicon(language), words) == kind


def test_a_quote_closed_by_an_inverted_pronoun_is_its_speakers(analyse):
    """"« ... », a-t-il précisé": "précisé" may be tagged passive; its "a" makes it an active
    perfect, and the pronoun names the speaker of the quote before."""
    text = ("« L'ennemi a visé la base aérienne et un entrepôt avec des drones suicides », a déclaré le "
            "porte-parole de l'armée, Ahmed Saleh, dans un communiqué.\n« Nos défenses ont réussi à "
            "intercepter plusieurs drones, bien que certains aient causé des dommages limités. Heureusement, "
            "il n'y a pas eu de victimes parmi le personnel », a-t-il précisé.")
    claims = analyse(text, language="fr").claims
    told = [c for c in claims if "intercepter" in c.content]
    assert told and "Saleh" in told[0].speaker.name, [(c.speaker.name, c.content) for c in claims]


@pytest.mark.parametrize(("language", "text", "group"), [
    ("fr", "Le Hamas a annoncé mardi un nouveau bilan de plus de 3 000 morts dans la bande de Gaza. Dans la "
     "soirée, le groupe islamiste palestinien a rapporté une frappe de l'armée israélienne sur l'hôpital.",
     "Hamas"),
    ("en", "Hamas said on Tuesday the death toll in Gaza had passed 3,000. In the evening, the Palestinian "
     "militant group reported an Israeli strike on the hospital compound.", "Hamas"),
])
def test_a_group_described_by_its_nationality_is_the_group_named_before(analyse, language, text, group):
    claims = analyse(text, language=language).claims
    strike = [c for c in claims if "hôpital" in c.content or "hospital" in c.content]
    assert strike and strike[0].speaker.name == group, [(c.speaker.name, c.content) for c in claims]


@pytest.mark.parametrize(("language", "text", "body"), [
    ("fr", "Au moins 50 morts dans une frappe sur un marché selon les rebelles\n\nLes rebelles ont affirmé "
     "mardi qu'une frappe de l'armée de l'air sur le marché central de la ville avait fait au moins 50 "
     "morts parmi les commerçants.", "marché central"),
    ("en", "At least 50 dead in strike on market, rebels say\n\nThe rebels said on Tuesday that an air force "
     "strike on the town's central market had killed at least 50 traders and shoppers.", "central market"),
])
def test_a_headline_restated_at_length_keeps_the_body_words(analyse, language, text, body):
    """The headline and the body are one statement (merged), told in the body's fuller words."""
    claims = analyse(text, language=language).claims
    assert len(claims) == 1 and body in claims[0].content, [(c.speaker.name, c.content) for c in claims]


@pytest.mark.parametrize(("language", "text", "speaker", "words"), [
    ("en", "Several people were killed after part of the consulate was destroyed in an airstrike that "
     "Iranian and Syrian media have blamed on Israel.", "Syrian media", "an airstrike that"),
    ("fr", "Plusieurs personnes ont été tuées dans une frappe que les médias syriens ont imputée à Israël.",
     "Syrian media", "une frappe que"),
])
def test_a_relative_clause_blaming_an_act_claims_it(analyse, language, text, speaker, words):
    claims = analyse(text, language=language).claims
    assert claims, "no claim"
    assert claims[0].speaker.name == speaker and claims[0].content.startswith(words), \
        [(c.speaker.name, c.content) for c in claims]


def test_a_gerund_with_its_own_subject_after_with_is_another_statement(analyse):
    """"..., with the ministry urging the UN to open an inquiry": the ministry's demand, not more
    of the minister's condemnation."""
    text = ("The foreign minister condemned the shelling of the hospital, with the ministry urging the "
            "United Nations to open an inquiry.")
    claims = analyse(text, language="en").claims
    condemn = [c for c in claims if c.stance == "condemn"]
    demand = [c for c in claims if c.stance == "demand"]
    assert condemn and "inquiry" not in condemn[0].content, [(c.stance, c.content) for c in claims]
    assert demand and "inquiry" in demand[0].content


@pytest.mark.parametrize(("language", "text", "accused", "verdict"), [
    ("en", 'The ministry called Ukrainian reports of a strike on a fuel depot "fake news".',
     "a strike on a fuel depot", "fake news"),
    ("fr", "Le ministère a qualifié de « mensonges » les déclarations ukrainiennes sur une frappe contre le "
     "dépôt de carburant.", "une frappe contre le dépôt de carburant", "mensonges"),
])
def test_the_verdict_on_an_accusation_is_not_its_words(analyse, language, text, accused, verdict):
    """The accusation answered ("Ukrainian reports of a strike") says the strike; the denier's
    verdict ("fake news"), which the parser may hang inside it, is no part of it."""
    claims = analyse(text, language=language).claims
    told = [c for c in claims if c.speaker.country == "UA"]
    assert told and told[0].content == accused and verdict not in told[0].content, \
        [(c.speaker.name, c.content) for c in claims]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "UN envoy Jonas Turk said he was horrified by the deadly air strike on the market."),
    ("fr", "L'envoyé de l'ONU Jonas Turk s'est dit horrifié par la frappe meurtrière sur le marché."),
])
def test_a_surname_is_no_demonym(analyse, language, text):
    claims = analyse(text, language=language).claims
    assert claims and claims[0].speaker.name.endswith("Turk") and claims[0].speaker.country != "TR", \
        [(c.speaker.name, c.speaker.country) for c in claims]
