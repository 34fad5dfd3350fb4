"""Gazetteers shipped with newskg: every country, and the organisations we can name."""
