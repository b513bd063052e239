"""Round 26 (claims): speakers, stances and statuses read wrong on articles written for this round.
Sentences written for these tests, in stories of their own."""

import pytest

# (language, text, words of the claim, a name the speaker must not bear): "the army said" after an
# armed group whose name holds "Army" ("National Liberation Army") or after a ministry is the
# state's army, neither the group nor the ministry
BARE_ARMY = [
    ("en", "A car bomb exploded outside a police station in Saravena on Thursday, wounding five officers, "
           "the defence ministry said. The minister blamed the National Liberation Army (ELN) for the "
           "blast. The army said two suspects had been arrested.", "suspects", ("ELN", "Ministry")),
    ("en", "Gunmen ambushed a convoy near Kitchanga on Monday, killing four soldiers, the interior "
           "ministry said. Officials blamed the Congolese Revolutionary Army. The army said it had "
           "retaken the road.", "retaken", ("Revolutionary", "Ministry")),
    ("fr", "Une voiture piégée a explosé jeudi devant un commissariat de Saravena, blessant cinq policiers, "
           "a indiqué le ministère de la Défense. Le ministre a accusé l'Armée de libération nationale "
           "(ELN). L'armée a indiqué que deux suspects avaient été arrêtés.", "suspects",
     ("ELN", "Ministry", "Armée de libération")),
]


@pytest.mark.parametrize(("language", "text", "words", "wrong"), BARE_ARMY)
def test_bare_army_is_no_group_nor_ministry(analyse, language, text, words, wrong):
    claims = [c for c in analyse(text, language, published="2025-05-07").claims if words in c.content]
    assert claims, [(c.speaker.name, c.content) for c in analyse(text, language).claims]
    name = claims[0].speaker.name
    assert not any(w.lower() in name.lower() for w in wrong), name


# (text, the accused the headline names): "X accused of Y", a headline's passive without its
# auxiliary, names the accused; the accused is no speaker of the accusation
HEADLINE_PASSIVES = [
    ("Sudan's RSF accused of drone attack on Port Sudan airport\n\nDrones struck the international airport "
     "of Port Sudan on Tuesday, setting off fires, the Sudanese army said.", "Rapid Support"),
    ("Hamas accused of rocket attack on Ashkelon school\n\nA rocket hit a school in Ashkelon on Monday, "
     "wounding two guards, police said.", "Hamas"),
    ("Wagner fighters accused of killing villagers near Gao\n\nAt least twelve villagers were shot dead near "
     "Gao on Friday, a local official said.", "Wagner"),
]


@pytest.mark.parametrize(("text", "accused"), HEADLINE_PASSIVES)
def test_headline_passive_names_no_speaker(analyse, text, accused):
    claims = analyse(text, "en", published="2025-05-07").claims
    assert claims, "the body's claim is kept"
    assert not [c for c in claims if accused.lower() in c.speaker.name.lower()], \
        [(c.speaker.name, c.content) for c in claims]


# the active headline keeps its speaker: "X accuses Y of ..." and a full passive with its agent
HEADLINE_ACTIVES = [
    ("Sudan army accuses RSF of drone attack on Port Sudan airport\n\nDrones struck the airport of Port "
     "Sudan on Tuesday, the army said.", "Sudan"),
    ("Israel accused Hamas of firing rockets at Ashkelon\n\nRockets hit Ashkelon on Monday, police said.",
     "Israel"),
]


@pytest.mark.parametrize(("text", "speaker"), HEADLINE_ACTIVES)
def test_headline_active_keeps_speaker(analyse, text, speaker):
    claims = analyse(text, "en", published="2025-05-07").claims
    assert [c for c in claims if speaker.lower() in c.speaker.name.lower()], \
        [(c.speaker.name, c.content) for c in claims]


# (language, text, words of the claim, the speaker's country): a compound military body with its
# demonym after it ("l'état-major interarmées sud-coréen", the adjective parsed as the verb's) is
# of the demonym's country, also when the other side's body is named later
DEMONYM_AFTER_BODY = [
    ("fr", "La Corée du Nord a tiré mercredi deux missiles balistiques vers la mer, a indiqué l'état-major "
           "interarmées sud-coréen.", "missiles", "KR"),
    ("fr", "SÉOUL, 12 février (AFP) - Pyongyang a tiré deux missiles de croisière jeudi au large de "
           "Wonsan, a indiqué l'état-major interarmées sud-coréen. L'agence officielle KCNA a affirmé que "
           "l'état-major nord-coréen avait supervisé l'essai.", "Wonsan", "KR"),
    ("fr", "Des roquettes ont visé une base près de Kirkouk dimanche, a annoncé le commandement "
           "opérationnel irakien.", "roquettes", "IQ"),
]


@pytest.mark.parametrize(("language", "text", "words", "country"), DEMONYM_AFTER_BODY)
def test_demonym_after_military_body(analyse, language, text, words, country):
    claims = [c for c in analyse(text, language, published="2025-05-07").claims if words in c.content]
    assert claims, [(c.speaker.name, c.content) for c in analyse(text, language).claims]
    assert claims[0].speaker.country == country, claims[0].speaker


# (language, text, words of the side's retelling): a side's account of its own act at the place of
# the one strike the article tells with nobody as its doer is about that strike
RETOLD_OWN_ACTS = [
    ("fr", "Une frappe de missile a touché mardi une usine de Dnipro, tuant trois ouvriers, selon les "
           "autorités locales. Le ministère russe de la Défense a affirmé avoir frappé une entreprise du "
           "complexe militaro-industriel à Dnipro.", "entreprise"),
    ("fr", "Un drone s'est abattu dans la nuit sur un entrepôt de Kherson, blessant un gardien, a indiqué "
           "l'administration régionale. L'armée russe a affirmé avoir détruit un dépôt de munitions à "
           "Kherson.", "dépôt de munitions"),
]


@pytest.mark.parametrize(("language", "text", "words"), RETOLD_OWN_ACTS)
def test_retold_own_act_is_about_the_strike(analyse, language, text, words):
    article = analyse(text, language, published="2025-05-07")
    retold = [c for c in article.claims if words in c.content]
    assert retold and article.events, [(c.speaker.name, c.content) for c in article.claims]
    violent = [e.id for e in article.events if e.type != "other"]
    assert retold[0].about and set(retold[0].about) <= set(violent), (retold[0].about, article.events)


def test_retold_act_elsewhere_stays_apart(analyse):
    text = ("Une frappe de missile a touché mardi une usine de Dnipro, tuant trois ouvriers, selon les "
            "autorités locales. Le ministère russe de la Défense a affirmé avoir frappé une entreprise "
            "militaire à Kharkiv.")
    retold = [c for c in analyse(text, "fr", published="2025-05-07").claims if "Kharkiv" in c.content]
    assert retold, "the retelling is a claim"
    assert not retold[0].about, retold[0].about  # an act told at another place: no strike of this page


# (language, text): an incident only an unchecked video or footage shows, its source said unchecked
# before it in its sentence, is alleged (the article passes it on, it does not vouch for it)
UNVERIFIED_FOOTAGE = [
    ("fr", "Une vidéo diffusée sur les réseaux sociaux, dont l'authenticité ne pouvait pas être vérifiée, "
           "montre une frappe de drone sur un dépôt de carburant à Belgorod. Le maire n'a pas commenté."),
    ("en", "Footage posted on social media, which Reuters could not independently verify, showed a drone "
           "strike on a fuel depot in Belgorod on Monday."),
    ("en", "An unverified video shows a drone strike on a fuel depot in Belgorod on Monday."),
]


@pytest.mark.parametrize(("language", "text"), UNVERIFIED_FOOTAGE)
def test_unverified_footage_is_alleged(analyse, language, text):
    events = analyse(text, language, published="2025-05-07").events
    assert events and all(e.status == "alleged" for e in events), [(e.type, e.status) for e in events]


# the check of a later sentence, or of the footage after the incident, leaves the report in the
# article's voice
VERIFIED_BEFORE = [
    ("en", "A drone strike hit a fuel depot in Belgorod on Monday, wounding two workers. Reuters could not "
           "verify the footage."),
    ("fr", "Une frappe de drone a touché un dépôt de carburant à Belgorod lundi, blessant deux employés. La "
           "vidéo n'a pas pu être vérifiée."),
]


@pytest.mark.parametrize(("language", "text"), VERIFIED_BEFORE)
def test_later_check_keeps_report(analyse, language, text):
    events = analyse(text, language, published="2025-05-07").events
    assert events and events[0].status == "reported", [(e.type, e.status) for e in events]


# (language, text, words of the account, words of the denial): in an article with no publication
# date the incident may have no day (so no incident), yet the accused's denial answers the account
UNDATED_DENIALS = [
    ("fr", "Des tirs d'artillerie ont frappé le village frontalier de Tiltepe, faisant deux blessés, a "
           "affirmé le ministère azerbaïdjanais de la Défense. Erevan a démenti ces informations.",
     "Tiltepe", "ces informations"),
    ("fr", "Un drone a frappé un hôpital à Kherson, tuant deux patients, selon les autorités ukrainiennes. "
           "Moscou a nié toute implication.", "hôpital", "implication"),
    ("en", "Artillery fire hit the border village of Tiltepe, wounding two people, Azerbaijan's defence "
           "ministry said. Yerevan denied the claim.", "Tiltepe", "the claim"),
]


@pytest.mark.parametrize(("language", "text", "told", "denied"), UNDATED_DENIALS)
def test_undated_denial_answers_account(analyse, language, text, told, denied):
    claims = analyse(text, language, published=None).claims
    account = [c for c in claims if told in c.content and c.stance == "assert"]
    denial = [c for c in claims if denied in c.content and c.stance == "deny"]
    assert account and denial, [(c.speaker.name, c.stance, c.content) for c in claims]
    assert denial[0].id in account[0].contradicts and account[0].id in denial[0].contradicts


# (language, text, words of the account, words of the doubt, linked): a third party doubting one
# side's version ("douter de la version de Bakou", "doubted the Azerbaijani account") contradicts
# that side's account, and only that side's
DOUBTS = [
    ("fr", "Des tirs d'artillerie ont frappé la ville frontalière de Tovuz lundi, faisant deux blessés, a "
           "affirmé le ministère azerbaïdjanais de la Défense. Un responsable de l'ONU a dit douter de la "
           "version de Bakou.", "Tovuz", "douter", True),
    ("en", "Artillery fire hit the border town of Tovuz on Monday, wounding two people, Azerbaijan's defence "
           "ministry said. A UN official said he doubted the Azerbaijani account.", "Tovuz", "doubted", True),
    ("en", "A drone hit a hospital in Kherson on Monday, killing two patients, Ukrainian officials said. A "
           "European diplomat said she doubted the Russian version of events.", "Kherson", "doubted", False),
    ("fr", "Un drone a frappé un hôpital à Kherson lundi, tuant deux patients, selon les autorités "
           "ukrainiennes. Un diplomate européen a dit douter de la version russe.", "Kherson", "douter",
     False),
]


@pytest.mark.parametrize(("language", "text", "told", "doubt", "linked"), DOUBTS)
def test_doubt_of_one_side(analyse, language, text, told, doubt, linked):
    claims = analyse(text, language, published="2025-05-07").claims
    account = [c for c in claims if told in c.content]
    doubting = [c for c in claims if doubt in c.content]
    assert account and doubting, [(c.speaker.name, c.stance, c.content) for c in claims]
    assert (doubting[0].id in account[0].contradicts) is linked, (account[0], doubting[0])


# (language, text, the accused's name, words of the reply): "X a accusé Y, qui a démenti ...": the
# relative clause is Y's own denial, not words of X's accusation
RELATIVE_REPLIES = [
    ("fr", "Une voiture piégée a explosé samedi près d'un marché d'Azaz, tuant huit personnes. Les "
           "autorités ont accusé les FDS, qui ont démenti toute implication.", "Syrian Democratic Forces",
     "implication"),
    ("fr", "Une voiture piégée a explosé samedi près d'un marché d'Azaz, tuant huit personnes. Les "
           "autorités syriennes ont attribué l'attentat aux Forces démocratiques syriennes (FDS), qui ont "
           "nié toute responsabilité.", "Syrian Democratic Forces", "responsabilité"),
    ("en", "A bomb killed five people at a bus station in Jos on Monday. Police blamed the rebels, who "
           "denied any role.", "rebels", "role"),
]


@pytest.mark.parametrize(("language", "text", "accused", "reply"), RELATIVE_REPLIES)
def test_relative_reply_is_the_accused_denial(analyse, language, text, accused, reply):
    claims = analyse(text, language, published="2025-05-07").claims
    denial = [c for c in claims if reply in c.content and c.stance == "deny"]
    seen = [(c.speaker.name, c.stance, c.content) for c in claims]
    assert denial and denial[0].speaker.name == accused, seen
    accusation = [c for c in claims if c is not denial[0] and c.speaker.name != accused]
    assert accusation and all(reply not in c.content and c.stance != "deny" for c in accusation), accusation
