"""Entity resolution: people, countries and the names that tie mentions to them."""
