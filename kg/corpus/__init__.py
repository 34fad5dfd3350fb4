"""The corpus-wide stage: what needs every article — one entity per person, country and
organisation across articles and spellings, stable identities, meeting events."""
