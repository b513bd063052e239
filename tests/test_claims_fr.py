"""Attribution in French: parametrized constructions (written from the language's patterns),
including the traps: a quote inside a quote, a speaker after the quote, "selon" before a rule or a
place, a negated denial, an unbalanced quote mark."""

from __future__ import annotations

import pytest
from helpers import check_attribution, check_speaker, check_stances, one_claim, speaker_is

# (text, speaker alias, stance, keyword in content, direct quote)
ATTRIBUTIONS = [
    # reported speech, verb before the content
    (
        "Le ministre Jean Dupont a déclaré que les frappes avaient visé des zones résidentielles.",
        "Dupont",
        "assert",
        "zones résidentielles",
        False,
    ),
    (
        "La porte-parole Sophie Marchand a précisé que deux convois humanitaires étaient bloqués "
        "à la frontière.",
        "Marchand",
        "assert",
        "convois",
        False,
    ),
    # speaker after the quote, time word in between
    (
        "« Nous ne laisserons pas ces attaques impunies », a déclaré mardi le porte-parole Marc Lefèvre.",
        "Lefèvre",
        "assert",
        "impunies",
        True,
    ),
    # speaker before the quote, colon; the quoted words negate an act -> denial
    (
        "Le président Paul Martin a affirmé : « Nos forces n'ont jamais frappé de civils dans "
        "cette région. »",
        "Martin",
        "deny",
        "frappé",
        True,
    ),
    # "selon X" and "d'après X" with a person
    (
        "Selon le porte-parole de l'armée Luc Bernard, trois missiles ont été tirés sur la ville "
        "pendant la nuit.",
        "Bernard",
        "assert",
        "missiles",
        False,
    ),
    (
        "Trois dépôts de carburant ont été détruits, d'après le gouverneur Alain Fournier.",
        "Fournier",
        "assert",
        "dépôts",
        False,
    ),
    # stance from the verb
    (
        "Le porte-parole Michel Caron a démenti toute implication de l'armée dans l'attaque du dépôt.",
        "Caron",
        "deny",
        "implication",
        False,
    ),
    (
        "La ministre Claire Dubois a exigé une enquête indépendante sur le bombardement de l'hôpital.",
        "Dubois",
        "demand",
        "enquête",
        False,
    ),
    (
        "Le président Henri Moreau a condamné une attaque contre des civils qui attendaient un bus.",
        "Moreau",
        "condemn",
        "attaque",
        False,
    ),
    (
        "Le député Paul Girard a demandé des explications sur les chiffres publiés par l'armée.",
        "Girard",
        "demand",
        "explications",
        False,
    ),
    # stance from the claimed words
    (
        "Le ministre Louis Perrin a reconnu qu'il avait été mal informé sur le nombre de victimes.",
        "Perrin",
        "retract",
        "victimes",
        False,
    ),
    (
        "Le diplomate Éric Vidal a souligné que ces bombardements étaient inacceptables pour son pays.",
        "Vidal",
        "condemn",
        "inacceptables",
        False,
    ),
    (
        "Le maire Hugo Lambert a indiqué que ces explosions soulèvent des questions sur la sécurité du port.",
        "Lambert",
        "question",
        "sécurité",
        False,
    ),
    (
        "Le général Denis Roche a assuré que ses troupes n'avaient pas utilisé d'armes chimiques.",
        "Roche",
        "deny",
        "chimiques",
        False,
    ),
    # "qualifier X de Y": calling accusations lies denies them (the news-dev annotation convention:
    # "qualifié d'absurdes les accusations" is a denial)
    (
        "Le ministre Gilles Mercier a qualifié les accusations de l'opposition de mensongères et absurdes.",
        "Mercier",
        "deny",
        "accusations",
        False,
    ),
]


@pytest.mark.parametrize(("text", "speaker", "stance", "keyword", "quote"), ATTRIBUTIONS)
def test_attribution(analyse, text, speaker, stance, keyword, quote):
    check_attribution(analyse(text), speaker, stance, keyword, quote)


# "selon" before a rule, a norm, a place, a relative pronoun: no source, no claim
NOT_SOURCES = [
    "Selon la loi, les civils doivent être protégés en toutes circonstances.",
    "Selon les normes internationales, une ambassade reste inviolable en temps de guerre.",
    "Selon la région, les températures varient fortement pendant l'hiver.",
    "Il est parvenu à la conclusion selon laquelle la route était trop dangereuse.",
    "Les convois circulent selon un calendrier fixé par les autorités locales.",
]


@pytest.mark.parametrize("text", NOT_SOURCES)
def test_selon_without_source(analyse, text):
    assert analyse(text).claims == []


def test_negated_denial_is_no_denial(analyse):
    art = analyse("Le porte-parole Marc Petit n'a pas démenti les informations sur la présence de soldats.")
    assert all(c.stance != "deny" for c in art.claims)


def test_quote_inside_quote_is_one_claim(analyse):
    art = analyse(
        "« Quand le général m'a dit « nous tirerons demain », j'ai compris que la guerre "
        "reprenait », a raconté l'officier Pierre Roux."
    )
    assert len(art.claims) == 1
    claim = art.claims[0]
    assert speaker_is(claim, "Roux")
    assert "tirerons demain" in claim.content and "guerre reprenait" in claim.content


def test_unbalanced_quote_keeps_speaker(analyse):
    art = analyse(
        "Le général Paul Henri a déclaré : « Nous tiendrons la ville coûte que coûte.\n"
        "La bataille continue au nord."
    )
    claim = one_claim(art, "tiendrons")
    assert speaker_is(claim, "Henri") and claim.direct_quote
    assert "bataille" not in claim.content


def test_impersonal_statement_goes_to_the_host(analyse):
    art = analyse(
        "Le ministère des Affaires étrangères a convoqué l'ambassadeur. Au cours de la réunion, "
        "il a été souligné que ces frappes étaient inacceptables."
    )
    claim = one_claim(art, "inacceptables")
    assert claim.stance == "condemn"
    assert speaker_is(claim, "ministère") or speaker_is(claim, "ministry")


def test_impersonal_plain_fact_is_not_a_claim(analyse):
    art = analyse(
        "Le ministère de l'Intérieur a reçu les familles. Il a été noté que la réunion "
        "avait duré plus de deux heures."
    )
    assert not any("deux heures" in c.content for c in art.claims)


def test_relay_keeps_original_speaker(analyse):
    art = analyse(
        "L'agence Interfax, citant le porte-parole Marc Durand, a rapporté que les négociations "
        "avaient échoué dans la soirée."
    )
    claim = one_claim(art, "négociations")
    assert speaker_is(claim, "Durand")
    assert claim.relay is not None and "Interfax" in claim.relay.name


def test_surname_resolves_to_full_name(analyse):
    art = analyse(
        "Le président Antoine Garnier a visité le front nord lundi. Garnier a affirmé que "
        "l'armée tiendrait toutes ses positions."
    )
    claim = one_claim(art, "positions")
    assert "Antoine" in claim.speaker.name


def test_infinitive_and_participle_are_not_claims(analyse):
    art = analyse("Commentant la situation, le colonel a quitté la salle sans indiquer la date du retrait.")
    assert art.claims == []


def test_one_claim_per_speaker_per_sentence(analyse):
    art = analyse(
        "Le ministre Jean Dupont a souligné que ces attaques étaient inacceptables et il a "
        "demandé une enquête sur les tirs."
    )
    assert len(art.claims) == 1
    assert art.claims[0].stance == "condemn"


def test_date_of_the_statement(analyse):
    art = analyse(
        "Le ministre Jean Dupont a déclaré mardi que les frappes avaient visé des zones résidentielles."
    )
    if not art.of_kind("time"):
        pytest.skip("the when stage finds no time mention yet")
    claim = one_claim(art, "résidentielles")
    assert claim.date is not None and claim.date.start.weekday() == 1


# speakers named by a title only, by a capital, by an inverted pronoun after a quote
MORE_SPEAKERS = [
    (
        "Le gouverneur a indiqué sur Telegram que deux personnes avaient été tuées dans la nuit.",
        "gouverneur",
        "assert",
    ),
    ("Moscou dément avoir frappé des immeubles résidentiels dans la banlieue de la ville.", "Mosc", "deny"),
    (
        "La ministre Anne Dubois a visité le site. « C'est un crime de guerre contre des civils », "
        "a-t-elle dénoncé devant la presse.",
        "Dubois",
        "condemn",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "stance"), MORE_SPEAKERS)
def test_more_speakers(analyse, text, speaker, stance):
    art = analyse(text)
    assert art.claims, text
    claim = art.claims[-1]
    assert speaker_is(claim, speaker) or (speaker == "Mosc" and claim.speaker.country == "RU"), claim.speaker
    assert claim.stance == stance


def test_a_thing_is_no_speaker(analyse):
    art = analyse("La hausse des prix a confirmé que la croissance ralentissait depuis plusieurs mois.")
    assert art.claims == []


def test_appositive_name_after_a_source(analyse):
    art = analyse(
        "Selon le maire de la ville, Jean Morel, les secours ont évacué trois cents habitants du quartier."
    )
    claim = one_claim(art, "secours")
    assert speaker_is(claim, "Morel")
    assert not claim.content.startswith("Jean")


def test_second_quote_inherits_date_of_first(analyse):
    art = analyse(
        "Le gouverneur Alain Fournier a déclaré lundi que trois drones avaient frappé le port. "
        "« Nous réparons les grues et le terminal rouvrira bientôt », a ajouté Fournier."
    )
    first = one_claim(art, "drones")
    second = one_claim(art, "grues")
    assert first.date is not None and first.date.start.weekday() == 0
    assert second.date is not None and second.date.start == first.date.start


def test_later_statement_does_not_inherit_date(analyse):
    art = analyse(
        "Le gouverneur Alain Fournier a déclaré lundi que trois drones avaient frappé le port. "
        "Plus tard, Fournier a affirmé que le terminal rouvrirait dans une semaine."
    )
    second = one_claim(art, "terminal")
    assert second.date is None


def test_bare_title_with_another_complement_is_someone_else(analyse):
    art = analyse(
        "Le ministre de la Défense Jean Dupont a visité la base. Le ministre de l'Intérieur a "
        "affirmé que les routes resteraient fermées tout l'hiver."
    )
    claim = one_claim(art, "routes")
    assert not speaker_is(claim, "Dupont"), claim.speaker


def test_feminine_pronoun_continues_an_institution(analyse):
    art = analyse(
        "L'armée a affirmé lundi que cinq drones avaient été abattus. Elle a ajouté que des "
        "débris avaient endommagé deux maisons."
    )
    claim = one_claim(art, "débris")
    assert claim.speaker.kind == "military", claim.speaker


def test_contrasting_clause_is_a_second_speaker(analyse):
    art = analyse(
        "Le gouvernement a accusé les rebelles d'avoir bombardé le marché central, tandis que le "
        "chef rebelle Marc Olivier a démenti toute implication."
    )
    accusation = one_claim(art, "marché")
    denial = one_claim(art, "implication")
    assert "implication" not in accusation.content
    assert speaker_is(denial, "Olivier") and denial.stance == "deny"


def test_short_quote_with_reporting_clause_is_a_claim(analyse):
    art = analyse(
        "La ministre Anne Berger a visité le quartier sinistré. « L'État paiera tout », "
        "a-t-elle ajouté."
    )
    claim = one_claim(art, "paiera")
    assert speaker_is(claim, "Berger") and claim.direct_quote


def test_short_scare_quote_is_no_claim(analyse):
    art = analyse("Les habitants appellent ce quartier la « zone grise » depuis le début de la guerre.")
    assert art.claims == []


def test_apposition_without_determiner_after_a_source(analyse):
    art = analyse(
        "D'après le témoignage de Mme Lucie Marchal, membre du syndicat des chauffeurs, plusieurs "
        "camions ont été abandonnés sur la route faute de carburant."
    )
    claim = one_claim(art, "camions")
    assert speaker_is(claim, "Marchal")
    assert "syndicat" not in claim.content


# a stance verb with a short object is a claim (the stance is the point); an assertion is not
SHORT_STANCES = [
    ("Le président Henri Moreau a condamné l'attaque.", "condemn"),
    ("Le Kremlin a démenti ces informations.", "deny"),
    ("Le ministre a parlé de cette grève.", None),
]


@pytest.mark.parametrize(("text", "stance"), SHORT_STANCES)
def test_short_objects(analyse, text, stance):
    check_stances(analyse(text), stance)


# announcing one's own investigation is an assertion; asking another for one is a demand
INVESTIGATIONS = [
    ("L'armée a annoncé mardi qu'elle allait mener une enquête sur l'incident.", "assert"),
    ("Le procureur a indiqué mardi qu'il ouvrirait une enquête sur les tirs.", "assert"),
    ("La ministre a exigé mardi une enquête indépendante sur les tirs.", "demand"),
]


@pytest.mark.parametrize(("text", "stance"), INVESTIGATIONS)
def test_own_investigation_is_no_demand(analyse, text, stance):
    check_stances(analyse(text), stance)


# a speaker named in an earlier sentence or clause: a continued quote, a pronoun, a bare title
SPEAKER_FROM_CONTEXT = [
    pytest.param(
        "« Les frappes ont touché un hôpital », a dit le maire Jean Valjean. "
        "« Nous avons besoin d'aide médicale immédiatement. »",
        "aide médicale",
        "Valjean",
        id="quote_continues_previous_speaker",
    ),
    pytest.param(
        "Le ministre Jacques Lambert a annoncé que les pourparlers étaient suspendus. "
        "Il a ajouté que les discussions reprendraient la semaine prochaine.",
        "reprendraient",
        "Lambert",
        id="pronoun_refers_to_previous_speaker",
    ),
    pytest.param(
        "Le président français Emmanuel Macron a rencontré les familles des victimes dans "
        "l'après-midi. Le soir, le président français a déclaré que l'attaque ne resterait pas "
        "sans réponse.",
        "sans réponse",
        "Macron",
        id="title_only_links_back_to_named_person",
    ),
    pytest.param(
        "Le ministre Jacques Lambert a affirmé que les pourparlers avec l'ambassadeur Pierre Novak "
        "étaient suspendus. Il a ajouté que les discussions reprendraient la semaine prochaine.",
        "reprendraient",
        "Lambert",
        id="pronoun_prefers_previous_speaker_over_last_person_named",
    ),
    pytest.param(
        "La ministre Claire Dubois a reçu le général Paul Roux au ministère. "
        "Elle a précisé que l'évacuation de la ville commencerait dès demain matin.",
        "évacuation",
        "Dubois",
        id="pronoun_without_earlier_claim_takes_previous_subject",
    ),
    pytest.param(
        "Le ministre de la Défense Jean Dupont a visité la base. Le ministre a affirmé que les "
        "troupes resteraient sur place tout l'hiver.",
        "troupes",
        "Dupont",
        id="bare_title_links_back_to_the_titled_person",
    ),
]


@pytest.mark.parametrize(("text", "keyword", "speaker"), SPEAKER_FROM_CONTEXT)
def test_speaker_from_context(analyse, text, keyword, speaker):
    check_speaker(analyse(text), keyword, speaker)
