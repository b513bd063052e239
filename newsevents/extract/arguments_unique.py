"""One party per thing in an incident's actors or targets: the same name once, and a site named
bare beside the same site with its proper name dropped ("airport" beside "Damascus airport",
"power plant" beside "Jiyeh power plant"). Why: the parties stage and the facility nouns
(targets.py) both read a site, one with its owner and one without; the incident listed the site
twice. Read through arguments.dedupe_parties.
"""

from __future__ import annotations

from newsevents.model import Party

# kinds of sites whose bare name a named one of the same kind makes redundant
SITE_KINDS = frozenset({"facility", "military", "diplomatic_mission"})


def dedupe_parties(parties: list[Party]) -> list[Party]:
    seen: set[str] = set()
    out: list[Party] = []
    for p in parties:
        key = p.name.lower()
        if key not in seen:
            seen.add(key)
            out.append(p)
    named = {(p.kind, p.name.lower()) for p in out if p.kind in SITE_KINDS}
    return [p for p in out if p.kind not in SITE_KINDS
            or not any(k == p.kind and n.endswith(" " + p.name.lower()) for k, n in named)]
