"""Reading articles (the input edge): files and folders in, ``Article`` records out.

    from kg.read import read_articles, read_text
"""

from kg.read.files import SUFFIXES, check_paths, count_articles, read_articles
from kg.read.furniture import FURNITURE
from kg.read.text import body_digest, normalise_date, parse_front_matter, read_text, sanitise

__all__ = ["FURNITURE", "SUFFIXES", "body_digest", "check_paths", "count_articles", "normalise_date", "parse_front_matter",
           "read_articles", "read_text", "sanitise"]
