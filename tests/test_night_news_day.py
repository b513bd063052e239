"""An attack told by a bare verb on the night before publication ("attacked Kyiv overnight", a
two-day night range) is the news the strike told after it completes ("ballistic missiles hit the
city centre, killing four"): one incident, as with a single day (drafts._news_day)."""


def test_overnight_bare_attack_joins_the_strike_told_after_it(analyse):
    text = ("KYIV (Reuters) - Russian forces attacked Kyiv overnight, officials said.\n\n"
            "The attack began with a wave of drones, before ballistic missiles hit the city centre, "
            "killing four people.")
    events = analyse(text, "en", "2025-06-01").events
    assert [(e.type, e.fatalities, e.location.name if e.location else None) for e in events] == [
        ("missile_strike", 4, "Kyiv")]
