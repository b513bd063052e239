"""Round 27, second task (claims): kinds from the lead's probe articles. Sentences written for
these tests, in stories of their own."""

import pytest


def _claims(analyse, language, text):
    return analyse(text, language, published="2025-05-07").claims


def _shown(claims):
    return [(c.speaker.name if c.speaker else None, c.stance, c.content) for c in claims]


# (language, text, stance, words): a verb announcing with a colon a quotation that has its own
# reporting clause ("a démenti : « A », a-t-il déclaré") is one statement, the quotation's words
# with the frame's stance; not a denial running on into the incise plus an assertion of A
FRAMED_QUOTES = [
    ("fr", "La police kényane a démenti : « Ces allégations ne correspondent à aucun fait », "
           "a-t-elle déclaré.", "deny", "Ces allégations ne correspondent à aucun fait"),
    ("fr", "L'état-major tchadien a aussitôt démenti : « Ces images ne montrent pas nos soldats », "
           "a-t-il affirmé jeudi.", "deny", "Ces images ne montrent pas nos soldats"),
    ("en", "The Interior Ministry denied the report: \"These allegations do not match any fact,\" "
           "it said in a statement.", "deny", "These allegations do not match any fact"),
]


@pytest.mark.parametrize(("language", "text", "stance", "words"), FRAMED_QUOTES)
def test_colon_frame_and_its_quote_are_one_claim(analyse, language, text, stance, words):
    claims = _claims(analyse, language, text)
    assert [(c.stance, c.content.strip('"«» ')) for c in claims] == [(stance, words)], _shown(claims)


# (language, text, speaker part, wrong speaker): after "selon X,"/"according to X," a noun phrase
# with a name in apposition that is the clause's subject ("le gouverneur de la province, Ali X,
# a été tué") is who the statement is about, not a description of the source: the source speaks
SUBJECTS_AFTER_SOURCE = [
    ("fr", "Selon l'agence officielle syrienne, le gouverneur de Deraa, Ahmad Khalil, a été blessé "
           "dans l'explosion.", "Syria", "Ahmad Khalil"),
    ("fr", "Selon la télévision d'État, le commandant de la base, Karim Haddad, a été tué dans la "
           "frappe de mardi.", "television", "Karim Haddad"),
    ("en", "According to Libyan state television, the commander of the brigade, Mahmoud Hamza, was "
           "killed in the clashes.", "state television", "Mahmoud Hamza"),
]


@pytest.mark.parametrize(("language", "text", "speaker", "wrong"), SUBJECTS_AFTER_SOURCE)
def test_subject_after_source_is_not_the_speaker(analyse, language, text, speaker, wrong):
    claims = _claims(analyse, language, text)
    names = [c.speaker.name for c in claims if c.speaker is not None]
    assert any(speaker in n for n in names) and wrong not in names, _shown(claims)


# the source's own description between commas stays the source's ("Selon X, porte-parole de
# l'armée, ...")
def test_source_description_still_describes_the_source(analyse):
    claims = _claims(analyse, "fr", "Selon Jean Dupont, porte-parole de la police, les émeutes ont fait "
                                    "trois morts samedi à Douala.")
    assert [c.speaker.name for c in claims] == ["Jean Dupont"], _shown(claims)
    assert claims[0].content.startswith("les émeutes"), _shown(claims)


# (language, text): an accusation naming only the accused and the occasion (a headline's "X
# accuse Y après Z") has no charge of its own: no claim ("le Rwanda après la chute de Goma")
OCCASION_ONLY = [
    ("fr", "Kinshasa accuse le Rwanda après la chute de Goma"),
    ("fr", "Bamako accuse l'Algérie après la destruction d'un drone près de la frontière"),
    ("en", "Kenya accuses Somalia after border raid"),
]


@pytest.mark.parametrize(("language", "text"), OCCASION_ONLY)
def test_accusation_with_only_an_occasion_is_no_claim(analyse, language, text):
    claims = _claims(analyse, language, text)
    assert claims == [], _shown(claims)


# (language, text, words): with a charge, the accusation stays a claim, occasion and all
CHARGED = [
    ("fr", "Le Mali accuse l'Algérie d'avoir abattu un drone après l'incident de Tinzaouatène",
     "d'avoir abattu un drone"),
    ("en", "Kyiv blames Moscow for the strike on Odesa after days of shelling", "for the strike"),
]


@pytest.mark.parametrize(("language", "text", "words"), CHARGED)
def test_accusation_with_a_charge_stays_a_claim(analyse, language, text, words):
    claims = _claims(analyse, language, text)
    assert any(words in c.content for c in claims), _shown(claims)


# (language, text, feeling, demand): "s'est dit « horrifié » et a réclamé une enquête" is two
# statements, the horror (a condemnation) and the demand, not one claim running over both
FEELING_AND_DEMAND = [
    ("fr", "Le secrétaire général de l'ONU s'est dit « horrifié » et a réclamé une enquête indépendante.",
     "horrifié", "une enquête indépendante"),
    ("fr", "Le Haut-Commissaire de l'ONU s'est dit indigné et a exigé la libération des otages.",
     "indigné", "la libération des otages"),
    ("en", "Julien Harneis, the UN humanitarian coordinator in Libya, said he was \"appalled\" and called "
           "for an independent investigation.", "appalled", "independent investigation"),
]


@pytest.mark.parametrize(("language", "text", "feeling", "demand"), FEELING_AND_DEMAND)
def test_feeling_and_demand_are_two_claims(analyse, language, text, feeling, demand):
    claims = _claims(analyse, language, text)
    assert any(c.stance == "condemn" and feeling in c.content and demand not in c.content
               for c in claims), _shown(claims)
    assert any(c.stance == "demand" and demand in c.content and feeling not in c.content
               for c in claims), _shown(claims)


# (language, text, stance, words): a legal category holding a cue word ("criminal mischief",
# "une enquête criminelle") names an offence or a procedure, no verdict: an assertion; the same
# word passing a verdict ("a criminal act") still condemns
LEGAL_TERMS = [
    ("en", "\"We suspect aggravated criminal mischief at this point,\" police spokesman John Carter said.",
     "assert", "criminal mischief"),
    ("en", "The prosecutor said a criminal investigation had been opened into the fire at the depot.",
     "assert", "criminal investigation"),
    ("fr", "Le parquet a indiqué avoir ouvert une enquête criminelle après l'incendie de l'entrepôt.",
     "assert", "enquête criminelle"),
    ("en", "The minister called the arson a criminal act.", "condemn", "criminal act"),
]


@pytest.mark.parametrize(("language", "text", "stance", "words"), LEGAL_TERMS)
def test_legal_category_is_no_verdict(analyse, language, text, stance, words):
    claims = _claims(analyse, language, text)
    assert any(c.stance == stance and words in c.content for c in claims), _shown(claims)


# (language, text, speaker): a body named by a capitalised noun and its complement in lower case
# ("le Centre de médecine d'urgence") is named by the whole phrase, not the one word ("Centre")
NAMED_BY_COMPLEMENT = [
    ("fr", "Le Centre de médecine d'urgence a fait état de douze blessés à Tabriz.",
     "Centre de médecine d'urgence"),
    ("fr", "L'Office de gestion des catastrophes a fait état de six morts dans la province de Sindh.",
     "Office de gestion des catastrophes"),
]


@pytest.mark.parametrize(("language", "text", "speaker"), NAMED_BY_COMPLEMENT)
def test_body_named_by_its_complement(analyse, language, text, speaker):
    claims = _claims(analyse, language, text)
    assert [c.speaker.name for c in claims] == [speaker], _shown(claims)


def _contradictions(analyse, language, text):
    article = analyse(text, language, published="2025-06-14")
    by_id = {c.id: c for c in article.claims}
    return article, [(c.speaker.name, by_id[o].speaker.name) for c in article.claims for o in c.contradicts]


# (language, text): the attacker telling its strike and the struck side its toll (no victim kind
# stated) agree: an act and what it cost are no two versions, and the incident is not disputed
ACT_AND_TOLL = [
    ("fr", "L'armée israélienne a affirmé avoir mené des frappes contre des installations militaires à "
           "Ispahan dans la nuit de vendredi à samedi. Le ministère iranien de la Santé a fait état de 45 "
           "morts dans les frappes israéliennes à Ispahan."),
    ("en", "The Pakistani military said it carried out strikes on militant hideouts in Khost province "
           "overnight on Friday. The Afghan health ministry said 12 people were killed in the Pakistani "
           "strikes in Khost."),
]


@pytest.mark.parametrize(("language", "text"), ACT_AND_TOLL)
def test_act_and_its_toll_do_not_contradict(analyse, language, text):
    article, links = _contradictions(analyse, language, text)
    assert len(article.claims) >= 2 and links == [], (links, _shown(article.claims))
    assert all(e.status != "disputed" for e in article.events), [e.status for e in article.events]


# a toll of civilians against the attacker's strike on military targets is still two versions
def test_civilian_toll_against_military_targets_still_contradicts(analyse):
    _article, links = _contradictions(
        analyse, "en", "The Pakistani military said it carried out strikes on militant hideouts in Khost "
                       "province overnight on Friday. The Afghan health ministry said 12 civilians, "
                       "including women and children, were killed in the Pakistani strikes in Khost.")
    assert links, links
