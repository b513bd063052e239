"""Round 24, second part (claims and statuses): quotes told by a firm, by a name placed after a
complement, by a speaker described by a relative clause; "ce que ceux-ci démentent" answering an
accusation; a summons or protest note not disputed by the other side's version of the incident it
protests. Sentences written for these tests, in stories of their own."""

import pytest

# (language, text, words opening the quote, words of its speaker's name)
QUOTED = [
    # a firm or operator speaking of its own site, the channel after the verb
    ("fr", "Une frappe de missile a endommagé mercredi un dépôt pétrolier près d'Odessa. « Deux réservoirs "
           "ont pris feu après l'impact », a indiqué l'exploitant dans un message publié sur Telegram, sans "
           "faire état de blessés.", "Deux réservoirs", "exploitant"),
    ("fr", "Un drone a touché jeudi une sous-station électrique près de Kharkiv. « Les équipes de secours "
           "sont intervenues rapidement sur le site », a précisé la compagnie dans un communiqué.",
     "Les équipes", "compagnie"),
    ("en", "A missile hit a power substation near Dnipro on Thursday. \"Two transformers caught fire after "
           "the impact and crews are working to restore power,\" the utility said in a statement posted on "
           "Facebook.", "Two transformers", "utility"),
    # the named speaker after a channel complement ("a affirmé dans un communiqué X, porte-parole")
    ("fr", "Des soldats maliens et des rebelles se sont affrontés jeudi près de Kidal. « Nos positions ont "
           "été attaquées à l'aube par des hommes armés », a affirmé dans un communiqué Souleymane Dembélé, "
           "porte-parole de l'armée malienne.", "Nos positions", "Souleymane Dembélé"),
    # a speaker described by a relative clause before the reporting verb
    ("en", "An air strike hit a fuel market in Nyala on Friday, killing at least seven people. \"The planes "
           "came twice and the second strike hit the people who were helping the wounded,\" a trader who "
           "asked not to be identified told Reuters by phone.", "The planes", "trader"),
    ("en", "Gunmen attacked a village near Bunia on Sunday, killing five farmers. \"They came at night and "
           "set the houses on fire before anyone could flee,\" a nurse who did not want to be named said.",
     "They came", "nurse"),
    ("fr", "Une frappe aérienne a touché vendredi un marché de Nyala, tuant au moins sept personnes. « Les "
           "avions sont passés deux fois et la seconde frappe a touché ceux qui aidaient les blessés », a "
           "raconté un commerçant qui a requis l'anonymat.", "Les avions", "commerçant"),
]


@pytest.mark.parametrize(("language", "text", "opening", "speaker"), QUOTED)
def test_quote_keeps_its_speaker(analyse, language, text, opening, speaker):
    claims = [c for c in analyse(text, language, published="2025-05-07").claims if opening in c.content]
    assert claims, "quote lost"
    assert speaker.lower() in claims[0].speaker.name.lower(), claims[0].speaker


# (language, text, who denies): "ce que ceux-ci démentent" is the accused's denial of the accusation
ANSWERED = [
    ("fr", "Un obus a frappé lundi un hôpital de Goma, tuant deux patients. L'armée accuse les rebelles "
           "d'avoir bombardé délibérément l'hôpital, ce que ceux-ci démentent.", "rebel"),
    ("fr", "Des drones ont frappé dimanche une centrale électrique du nord du Soudan. Le gouvernement accuse "
           "les paramilitaires de viser délibérément les infrastructures civiles, ce que ceux-ci démentent.",
     "paramilitaire"),
]


@pytest.mark.parametrize(("language", "text", "denier"), ANSWERED)
def test_demonstrative_answer_is_the_accused_denial(analyse, language, text, denier):
    claims = analyse(text, language, published="2025-05-07").claims
    denials = [c for c in claims if c.stance == "deny"]
    assert denials, [(c.speaker.name, c.stance, c.content) for c in claims]
    assert denier in denials[0].speaker.name.lower()
    accusers = [c for c in claims if c.stance != "deny"]
    assert accusers and denier not in accusers[0].speaker.name.lower()


# (language, text): a summons or protest note told as done; the other side denies or tells another
# version of the incident protested, never that the note was sent: the act stays reported
DECLARED = [
    ("en", "Poland's foreign ministry summoned the Belarusian charge d'affaires on Monday to protest "
           "against a border incident in which a Polish soldier was wounded, a ministry statement said. "
           "Belarus denied that its guards had fired across the border."),
    ("fr", "Le ministère philippin des Affaires étrangères a indiqué avoir adressé une note de protestation "
           "à l'ambassade de Chine après la collision de lundi près du récif de Scarborough. Selon Manille, "
           "un navire chinois a percuté un bateau de ravitaillement philippin. Pékin a démenti, affirmant "
           "que le navire philippin avait délibérément heurté son bâtiment."),
]


@pytest.mark.parametrize(("language", "text"), DECLARED)
def test_declared_act_is_not_disputed_by_the_other_version(analyse, language, text):
    events = analyse(text, language, published="2025-05-07").events
    acts = [e for e in events if e.type == "diplomatic_protest"]
    assert acts, "no summons found"
    assert all(e.status == "reported" for e in acts), [e.status for e in acts]


# (language, text, words of the claim, its speaker): a general role noun ("le diplomate", "the
# diplomat") resumes the person introduced before by a title of that kind
ROLE_RESUMED = [
    ("fr", "Le ministère nigérien des Affaires étrangères a convoqué mardi l'ambassadeur d'Algérie à Niamey, "
           "Mehdi Bakhti, après la destruction d'un drone près de la frontière.\n\nDimanche, le diplomate "
           "avait affirmé à la télévision que l'appareil avait violé l'espace aérien algérien.",
     "espace aérien", "Mehdi Bakhti"),
    ("en", "Iraq's foreign ministry summoned Turkey's ambassador in Baghdad, Ali Riza Guney, on Tuesday "
           "over a drone strike near Sulaimaniyah.\n\nOn Monday, the diplomat had written on X that the "
           "strike targeted \"terrorist positions\" and not civilians.",
     "terrorist positions", "Ali Riza Guney"),
]


@pytest.mark.parametrize(("language", "text", "words", "speaker"), ROLE_RESUMED)
def test_role_noun_resumes_the_titled_person(analyse, language, text, words, speaker):
    claims = [c for c in analyse(text, language, published="2025-05-07").claims if words in c.content]
    assert claims, "claim lost"
    assert claims[0].speaker.name == speaker, claims[0].speaker


def test_threat_contradicts_no_account(analyse):
    """A promised response ("Riyadh's response would be harsh") names the other side but tells no
    version of the strike: it is linked to no account."""
    text = ("Several guards were reportedly killed after part of the Saudi consulate in Aden was destroyed "
            "in a drone strike that Saudi and Yemeni media have blamed on Iran.\n\nAmong those reported "
            "killed is Colonel Fahd al-Otaibi, a senior officer in charge of the consulate's security, "
            "Saudi state media said. Saudi Arabia's ambassador to Yemen warned that Riyadh's response would "
            "be \"harsh.\"")
    claims = analyse(text, "en", published="2025-05-07").claims
    threats = [c for c in claims if "response" in c.content]
    assert threats and not threats[0].contradicts, [(c.speaker.name, c.contradicts) for c in claims]


# (language, text, words of the claim, whether they promise a response)
PROMISES = [
    ("fr", "L'ambassadeur d'Arabie saoudite au Yémen a averti que la riposte de Riyad serait sévère.",
     "riposte", True),
    ("en", "Houthi spokesman Yahya Saree said the aggression would not go unanswered.", "unanswered", True),
    ("fr", "L'armée a affirmé que la frappe était une riposte aux tirs de roquettes de la veille.",
     "riposte", False),
    ("en", "The army said the strike was a response to rocket fire from the village.", "response", False),
]


@pytest.mark.parametrize(("language", "text", "words", "threat"), PROMISES)
def test_threat_words_set_ahead(analyse, language, text, words, threat):
    from newsevents.extract.claim_threats import threatens
    from newsevents.extract.stance import lexicon

    article = analyse(text, language, published="2025-05-07")
    claims = [c for c in article.claims if words in c.content]
    assert claims
    assert threatens(lexicon(language), article, claims[0]) is threat


# (language, text, words of the quote, its speaker): "he" after a paragraph whose new subject is a
# person (with a verb that reports nothing: vowed, warned, pledged) is that person, not the
# speaker of the paragraph before
NEW_SUBJECT = [
    ("en", "An air strike hit a school in Khan Younis on Monday, killing six people, according to the civil "
           "defence agency.\n\n\"Schools must never be a target,\" UN relief chief Tom Fletcher said on "
           "X.\n\n"
           "Hamas spokesman Hazem Qassem pledged revenge. \"This crime will be answered,\" he said in a "
           "statement.", "This crime", "Hazem Qassem"),
    ("en", "Drones struck a fuel depot near Kursk on Sunday, regional officials said.\n\n\"The fire has been "
           "contained,\" governor Alexander Khinshtein wrote on Telegram.\n\nUkrainian commander Robert "
           "Brovdi warned of more strikes. \"Every depot that feeds the front is a target,\" he told "
           "reporters.", "Every depot", "Robert Brovdi"),
]


@pytest.mark.parametrize(("language", "text", "words", "speaker"), NEW_SUBJECT)
def test_pronoun_follows_the_new_subject(analyse, language, text, words, speaker):
    claims = [c for c in analyse(text, language, published="2025-05-07").claims if words in c.content]
    assert claims, "quote lost"
    assert claims[0].speaker.name == speaker, claims[0].speaker
