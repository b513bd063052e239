"""Round 30 (claims): a denial of "these accusations" answers the act alleged of the denier, not a
nearer incident whose doer is not named; one act framed two opposite ways by two sources ("rescued"
/ "kidnapped", "self-defence" / "unprovoked attack") is a contradiction. Sentences written for these
tests, in stories of our own."""

import pytest


def _article(analyse, language, text):
    return analyse(text, language, published="2025-05-08")


def _shown(article):
    return [(c.speaker.name, c.speaker.country, c.stance, c.content, c.about, c.contradicts)
            for c in article.claims] + [(e.id, e.type, e.status, e.location and e.location.name,
                                         [p.name for p in e.actors]) for e in article.events]


# (language, text, letters of the place name of the incident accused ("Pūnch"), the denier's words):
# the denial of "the accusations" is about the act an accuser laid on the denier's side, though
# another incident, whose doer nobody names, is told between them
ACCUSATIONS_DENIED = [
    ("fr", "L'armée indienne a accusé mercredi le Pakistan d'avoir bombardé un temple à Poonch, tuant "
           "trois fidèles. Le même jour, des tirs d'artillerie ont touché une école à Uri, selon la police "
           "locale. Le gouvernement pakistanais a rejeté ces accusations.", "nch", "ces accusations"),
    ("fr", "Le gouvernement soudanais a accusé lundi les Forces de soutien rapide d'avoir bombardé un "
           "hôpital à El Obeid, tuant six patients. Mardi, un obus est tombé sur un marché de Kadugli, selon "
           "des habitants. Les Forces de soutien rapide ont démenti ces accusations.", "Obeid",
     "ces accusations"),
    ("en", "India's army accused Pakistan on Wednesday of shelling a temple in Poonch, killing three "
           "worshippers. On the same day, artillery fire hit a school in Uri, local police said. Pakistan's "
           "government rejected the accusations.", "nch", "the accusations"),
]


@pytest.mark.parametrize(("language", "text", "place", "denied"), ACCUSATIONS_DENIED)
def test_denial_of_accusations_answers_the_act_alleged_of_the_denier(analyse, language, text, place, denied):
    article = _article(analyse, language, text)
    denial = next(c for c in article.claims if c.stance == "deny" and c.content.startswith(denied))
    events = {e.id: e for e in article.events}
    assert denial.about, _shown(article)
    assert all(events[e].location is not None and place in events[e].location.name
               for e in denial.about), _shown(article)


# (language, text, words of one claim, words of the other): one act told with opposite words by two
# sources, one of them of no country ("the operator", "une ONG"), contradict
OPPOSITE_FRAMES = [
    ("en", "Yemen's Houthis said on Thursday they had rescued several crew members of the bulk carrier. "
           "The ship's operator said the crew had been kidnapped by the Houthis.", "rescued", "kidnapped"),
    ("en", "Moscow said the children had been evacuated from the front line for their safety. A Ukrainian "
           "rights group said the children had been deported to Russia.", "evacuated", "deported"),
    ("fr", "Les rebelles ont affirmé jeudi avoir secouru l'équipage du cargo. L'armateur a indiqué que "
           "l'équipage avait été enlevé par les rebelles.", "secouru", "enlevé"),
    ("fr", "Moscou a affirmé que les enfants avaient été évacués de la ligne de front. Une ONG "
           "ukrainienne a indiqué que les enfants avaient été déportés en Russie.", "évacués", "déportés"),
]


@pytest.mark.parametrize(("language", "text", "one", "other"), OPPOSITE_FRAMES)
def test_one_act_framed_two_opposite_ways_contradicts(analyse, language, text, one, other):
    article = _article(analyse, language, text)
    a = next(c for c in article.claims if one in c.content)
    b = next(c for c in article.claims if other in c.content)
    assert b.id in a.contradicts and a.id in b.contradicts, _shown(article)


# (language, text): the same words without the opposite frame, or one source telling both, or the
# frames about two different things, contradict nothing
NO_OPPOSITE_FRAMES = [
    ("en", "Yemen's Houthis said on Thursday they had rescued several crew members of the bulk carrier. "
           "The ship's operator said the crew had been taken to a hospital in Hodeidah.", ),
    ("en", "The ship's operator said the crew had been kidnapped by the Houthis. Rescuers said they "
           "had not rescued anyone from the burning tanker.", ),
    ("fr", "Les rebelles ont affirmé jeudi avoir secouru l'équipage du cargo. L'armateur a indiqué que "
           "trois journalistes avaient été enlevés à Sanaa la semaine dernière.", ),
]


@pytest.mark.parametrize(("language", "text"), NO_OPPOSITE_FRAMES)
def test_no_opposite_frame_no_contradiction(analyse, language, text):
    article = _article(analyse, language, text)
    assert not any(c.contradicts for c in article.claims), _shown(article)


# (language, text, the speaker's country): a French source noun qualified by one demonym of its
# own is of that country, as "a Pakistani official" is in English
DEMONYM_SOURCES = [
    ("fr", "Un responsable pakistanais a démenti ces affirmations mercredi.", "PK"),
    ("fr", "Un haut responsable militaire indien a rejeté ces informations.", "IN"),
    ("fr", "Un haut fonctionnaire vénézuélien a affirmé que les hommes tués étaient des pêcheurs.", "VE"),
]


@pytest.mark.parametrize(("language", "text", "country"), DEMONYM_SOURCES)
def test_source_noun_takes_its_demonym_country(analyse, language, text, country):
    article = _article(analyse, language, text)
    assert [c.speaker.country for c in article.claims] == [country], _shown(article)


# (language, text, stance): the organisers of a rally speak for it, and a verdict calling reports
# "disinformation" or "lies" denies them
SPOKEN = [
    ("en", "Protest organisers denied that the rallies in Tbilisi had been violent.", "deny"),
    ("fr", "Les organisateurs du rassemblement ont affirmé que la marche avait été pacifique.", "assert"),
    ("en", "A senior Indian military official described the claims as disinformation.", "deny"),
    ("en", "The foreign ministry described the reports as lies.", "deny"),
    ("fr", "Un haut responsable de l'armée a qualifié de « désinformation » ces affirmations.", "deny"),
]


@pytest.mark.parametrize(("language", "text", "stance"), SPOKEN)
def test_organisers_and_discrediting_verdicts(analyse, language, text, stance):
    article = _article(analyse, language, text)
    assert [c.stance for c in article.claims] == [stance], _shown(article)


# (language, text, words of one claim, words of the other): the damage told two opposite ways by the
# attacker's side and the struck side ("obliterated" / "only minor damage") contradicts, though
# neither claim names the incident by a place or a weapon
DAMAGE_FRAMES = [
    ("en", "US bombers struck Iran's Natanz nuclear site on Sunday. President Donald Trump said the sites "
           "had been completely obliterated. Iran's atomic energy organisation said the strikes had caused "
           "only minor damage.", "obliterated", "minor damage"),
    ("fr", "Des bombardiers américains ont frappé dimanche le site nucléaire iranien de Natanz. Donald Trump "
           "a assuré que les installations avaient été « totalement anéanties ». L'Organisation iranienne de "
           "l'énergie atomique a affirmé que les dégâts étaient limités.", "anéanties", "limités"),
]


@pytest.mark.parametrize(("language", "text", "one", "other"), DAMAGE_FRAMES)
def test_damage_framed_two_ways_by_two_sides_contradicts(analyse, language, text, one, other):
    article = _article(analyse, language, text)
    a = next(c for c in article.claims if one in c.content)
    b = next(c for c in article.claims if other in c.content)
    assert b.id in a.contradicts and a.id in b.contradicts, _shown(article)


# one side's two voices, or a third party, telling the damage two ways: no two sides
NO_DAMAGE_DISPUTE = [
    "US bombers struck Iran's Natanz nuclear site on Sunday. President Donald Trump said the sites had been "
    "completely obliterated. The Pentagon's press secretary said the strikes had caused only minor damage.",
]


@pytest.mark.parametrize("text", NO_DAMAGE_DISPUTE)
def test_damage_framed_by_one_side_contradicts_nothing(analyse, text):
    article = _article(analyse, "en", text)
    assert not any(c.contradicts for c in article.claims), _shown(article)


# (language, text, speaker, words of the claim): a postposed subject with its title ("a annoncé le
# secrétaire à la Défense X"), which the parser reads as the reporting verb's object, speaks
INVERTED_TITLED = [
    ("fr", "L'armée américaine a frappé mardi une embarcation au large du Venezuela, tuant six personnes, "
           "a annoncé le secrétaire à la Défense Pete Hegseth.", "Pete Hegseth", "embarcation"),
    ("fr", "Les gardes-côtes ont intercepté une vedette au large de Porto Rico, a annoncé le secrétaire à "
           "la Défense Pete Hegseth.", "Pete Hegseth", "vedette"),
]


@pytest.mark.parametrize(("language", "text", "speaker", "words"), INVERTED_TITLED)
def test_inverted_titled_subject_speaks(analyse, language, text, speaker, words):
    article = _article(analyse, language, text)
    said = [(c.speaker.name, words in c.content) for c in article.claims]
    assert said == [(speaker, True)], _shown(article)
