"""Extraction stages. Each is a module with ``run(article: Article) -> Article``; the order lives
in ``newsevents.pipeline.DEFAULT_STAGES``. A stage reads what earlier stages added to the article
and adds its own part; it never changes what an earlier stage produced, except ``link``, whose job
is to connect claims to events and set statuses."""
