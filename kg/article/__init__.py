"""The per-article stage: everything about one parsed article that needs no other article —
people, countries, organisations, quotes, coreference, dates — and the relations' extractors
run over it (``kg.article.process``)."""
