"""The roles extractor on passages written for these tests (not from the seeds)."""

from __future__ import annotations

import pytest

CASES = [
    ("Norway is ready to send troops to Moldova as part of a peacekeeping mission.",
     {("Norway", "Guarantor")}),
    ("Sweden and Finland said they would deploy peacekeepers to Georgia after a ceasefire.",
     {("Sweden", "Guarantor"), ("Finland", "Guarantor")}),
    ("Austria and Ireland oppose Moldova's membership in NATO.",
     {("Austria", "Opponent"), ("Ireland", "Opponent")}),
    ("Moldova must receive firm security guarantees before any talks.",
     {("Moldova", "Recipient")}),
    ("The allies discussed security guarantees for Moldova.", {("Moldova", "Recipient")}),
    ("The deployment of foreign troops would be unacceptable for Belarus, officials said.",
     {("Belarus", "Opponent")}),
    ("Oslo has offered to contribute troops to a reassurance force.", {("Norway", "Guarantor")}),
    ("Spain would not send its own soldiers to the mission.", set()),
    ("Hungary is against Moldova's membership in NATO.", {("Hungary", "Opponent")}),
    ("Portugal will take part in the reassurance force for Moldova.", {("Portugal", "Guarantor")}),
    ("Norway's economy grew by two percent last year.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_extract_roles_cases(extract, text, expected):
    assert extract(text)["roles"] == expected
