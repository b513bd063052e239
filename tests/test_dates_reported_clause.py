"""A day told at the head of a reported clause ("Le communiqué précise que le lundi les assaillants
avaient ouvert le feu ...") dates the reported act, not the statement, also when the French tagger
reads the clause's participle as an adjective ("ouvert" ADJ), so the climb from the date to a
reporting verb must stop at the reported clause's head (events_dates._statement_cue)."""
import pytest

CASES = [
    # (text, published, the earlier act's day); the tagger reads "ouvert" as ADJ in both
    ("Selon le porte-parole, trois soldats ont été blessés ce mercredi par un tir de mortier contre "
     "leur base de Kidal. Le communiqué rapporte que le mardi les soldats maliens avaient volontairement "
     "ouvert le feu sur les caméras de surveillance du poste frontière de Tessalit.",
     "2025-03-12", "2025-03-11"),
    ("Deux civils ont été tués ce mercredi dans un bombardement à Bunia, selon l'ONU. La mission "
     "rapporte que le lundi les rebelles avaient volontairement ouvert le feu sur les fenêtres de "
     "l'hôpital de Djugu.", "2025-03-12", "2025-03-10"),
]


@pytest.mark.parametrize("text,published,earlier", CASES)
def test_day_heading_a_reported_clause_dates_its_act(analyse, text, published, earlier):
    article = analyse(text, "fr", published)
    days = sorted(e.date.start.isoformat() for e in article.events if e.date is not None)
    # two incidents: the day's news and the earlier one the statement recalls, each on its day
    assert days == sorted([published, earlier]), [(e.type, e.date) for e in article.events]
