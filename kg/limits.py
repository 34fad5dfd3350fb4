"""Size limits of a build, in one light module (the CLI reads them without loading spaCy)."""

MAX_CHARS = 2_000_000  # an article longer than this is left out with a warning
CHUNK_CHARS = 100_000  # an article longer than this is parsed in pieces (bounded memory)
PAGE_FACTS = 10_000  # a bigger build's page shows the facts of its most connected entities
