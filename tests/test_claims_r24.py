"""Round 24 (status of incidents): an incident every sentence of which is a source's account is
``alleged``; one the article also states in its own voice stays ``reported``. Sentences written
for these tests, in stories of their own."""

import pytest

# (language, text, the status every incident of the text must have)
TOLD_BY_SOURCES = [
    # the whole account is the source's: a reporting verb holding the trigger, "attribuée à", "aurait"
    ("fr", "Cinq civils ont été tués mardi dans une frappe de drone attribuée aux forces russes contre "
           "un marché de Kherson, ont rapporté les autorités locales. Un entrepôt aurait également été "
           "touché par l'explosion.", "alleged"),
    ("fr", "Selon l'armée malienne, des jihadistes ont attaqué lundi un poste militaire près de Tessit. "
           "Un affrontement a rapidement éclaté avec les soldats, et trois militaires ont été tués, a "
           "précisé l'état-major.", "alleged"),
    ("en", "An air strike on a weapons convoy near Deir ez-Zor killed six fighters on Tuesday, "
           "according to a war monitor.", "alleged"),
    ("en", "Four people were reportedly killed on Sunday when a drone struck a fuel depot in Sumy, "
           "regional officials said. The governor's office has given no further comment on the attack.",
     "alleged"),
    ("en", "According to the Malian army, jihadists attacked a military post near Tessit on Monday. "
           "Three soldiers were killed in the clash that followed, the general staff said.", "alleged"),
    ("en", "A drone strike, presumed to have been carried out by the rebels, hit a market near El Fasher "
           "on Monday, killing nine people.", "alleged"),
    # the accused denies, declines comment or admits: still only the accusers' account
    ("en", "A drone strike killed four people at a wedding in Kordofan on Saturday, the Sudanese army "
           "said, blaming the Rapid Support Forces. The RSF denied any involvement in the attack.",
     "alleged"),
    ("en", "Several people were reportedly killed after a weapons depot near Hama was destroyed in an "
           "airstrike that Syrian state media have blamed on Israel. Israel has not commented on the attack, "
           "but two Israeli officials told the Washington Post that Israel was behind the strike. "
           "\"We do not comment on foreign reports,\" an Israeli military spokesperson said.", "alleged"),
    # the article states it, a source adds who did it: reported
    ("fr", "Une frappe de drone a tué cinq civils mardi sur un marché de Kherson. Selon les autorités "
           "locales, l'attaque a été menée par les forces russes.", "reported"),
    ("en", "A drone struck a fuel depot in Sumy on Sunday, killing four people. According to regional "
           "officials, the drone was launched from Russian territory.", "reported"),
]


@pytest.mark.parametrize(("language", "text", "status"), TOLD_BY_SOURCES)
def test_status_follows_who_tells_the_incident(analyse, language, text, status):
    events = [e for e in analyse(text, language, published="2025-05-07").events
              if e.type not in ("diplomatic_protest", "demand")]
    assert events, "no incident found"
    assert [e.status for e in events] == [status] * len(events), [(e.type, e.status) for e in events]


# (language, text, words of the answer's claim, its stance): reports called a provocation, denied
# or dismissed are denied; an act called a provocation, or an accusation called unacceptable, is not
ANSWERS = [
    ("fr", "Une frappe de drone a tué cinq civils mardi sur un marché de Kherson. Selon les autorités "
           "locales, l'attaque a été menée par les forces russes. Moscou a qualifié de « provocations » "
           "ces informations.", "provocations", "deny"),
    ("fr", "Un obus est tombé samedi sur une école de Goma, tuant deux enfants. L'armée congolaise a "
           "accusé les rebelles d'avoir tiré l'obus. Les rebelles ont démenti ces informations.",
     "informations", "deny"),
    ("en", "A drone strike killed five civilians on a market in Kherson on Tuesday. Local officials said "
           "the attack was carried out by Russian forces. Moscow described the reports as a provocation.",
     "provocation", "deny"),
    ("en", "A rocket hit a market in Kherson on Monday, killing three people. Ukrainian officials blamed "
           "Russian forces for the attack. Moscow dismissed the reports as fabrications.", "fabrications",
     "deny"),
    ("fr", "Une frappe de drone a tué cinq civils mardi sur un marché de Kherson. Kiev a qualifié la "
           "frappe de provocation.", "provocation", "assert"),
]


@pytest.mark.parametrize(("language", "text", "words", "stance"), ANSWERS)
def test_reports_called_false_are_denied(analyse, language, text, words, stance):
    claims = [c for c in analyse(text, language, published="2025-05-07").claims if words in c.content]
    assert [c.stance for c in claims] == [stance], [(c.content, c.stance) for c in claims]


# (language, text, status): a denial of what the article itself tells disputes it; a denial of an
# incident told only in the denial denies it
DENIALS = [
    ("fr", "Un drone est tombé lundi sur le toit d'une école à Ungheni, sans faire de victime. "
           "L'ambassadeur de Russie a évoqué une « mise en scène », le drone ayant été retrouvé intact sur "
           "le toit de l'école.", "disputed"),
    ("fr", "La Russie a démenti mardi avoir frappé un hôpital de Kharkiv, qualifiant ces accusations de "
           "« mensonges ».", "denied"),
]


@pytest.mark.parametrize(("language", "text", "status"), DENIALS)
def test_denial_of_the_articles_own_facts_disputes_them(analyse, language, text, status):
    events = analyse(text, language, published="2025-05-07").events
    assert [e.status for e in events] == [status], [(e.type, e.status) for e in events]
