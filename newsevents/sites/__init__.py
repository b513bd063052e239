"""Protected sites and proximity alerts (issue 16): a watchlist of places and the incidents near them.

A user registers the places they care about (embassies, hospitals, plants: ``newsevents sites
add|import``); every incident of the register is matched against them when it is merged at
ingest, and when a site is added, and the matches are stored as alerts (``newsevents alerts``,
``/api/alerts``). Why stored rather than computed on read: the register changes one document at
a time, and an alert must follow its incident (a new article about an old strike may name the
embassy it hit) without a reader re-matching millions of incidents.

- ``geometry``: haversine distances, the uncertainty each location precision carries, and the
  spatial index (a KD-tree on unit vectors: exact at the antimeridian and the poles).
- ``model``: the Site record and its validation.
- ``matching``: when an incident is near a site (by its location, or by the text naming the site
  as a target or as the reference of a stated offset), through the party normalisation.
- ``importing``: sites from CSV and GeoJSON files, every bad row reported.

The database side (tables, migration, refresh at ingest) is newsevents/store/sites.py.
"""
