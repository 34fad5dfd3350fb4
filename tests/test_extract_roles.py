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
    ("Belarus said the presence of NATO troops would be unacceptable.", {("Belarus", "Opponent")}),
    ("Minsk would not accept foreign military contingents in Moldova.", {("Belarus", "Opponent")}),
    ("A reassurance force led by Norway and Finland would patrol the border.",
     {("Norway", "Guarantor"), ("Finland", "Guarantor")}),
    ("Austria could take on a leading role in the security guarantees.", {("Austria", "Guarantor")}),
    ("Belarus wants guarantees that Moldova will stay neutral.", set()),
    ("Hungary's Viktor Orban has vowed to block Moldova's accession to NATO.", {("Hungary", "Opponent")}),
    ("Norway has offered troops, and smaller states such as Estonia and Belgium have signalled "
     "they would join.", {("Norway", "Guarantor"), ("Estonia", "Guarantor"), ("Belgium", "Guarantor")}),
    ("Minister Peter Kovacs stated that Budapest will never support Moldova's accession to NATO.",
     {("Hungary", "Opponent")}),
    ("President Joe Biden said the United States would be involved in guaranteeing Moldova's "
     "security.", {("United States", "Guarantor"), ("Moldova", "Recipient")}),
    ("Belarus's foreign ministry said it rejected any scenario involving NATO troops in Moldova.",
     {("Belarus", "Opponent")}),
    ("The Belarusian government said foreign troops in Moldova would be a direct threat.",
     {("Belarus", "Opponent")}),
    ("Minister Ivan Petrov said that Belarus would never agree to NATO forces near its borders.",
     {("Belarus", "Opponent")}),
    ("Moldova will never accept a ceasefire without security guarantees.", set()),
    ("Hungary is against Moldova's membership in NATO.", {("Hungary", "Opponent")}),
    ("Portugal will take part in the reassurance force for Moldova.", {("Portugal", "Guarantor")}),
    ("Norway's economy grew by two percent last year.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_extract_roles_cases(extract, text, expected):
    assert extract(text)["roles"] == expected
