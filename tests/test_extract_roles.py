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
    ("Moldova will never accept a ceasefire without security guarantees.", {("Moldova", "Recipient")}),
    ("Hungary is against Moldova's membership in NATO.", {("Hungary", "Opponent")}),
    ("Portugal will take part in the reassurance force for Moldova.", {("Portugal", "Guarantor")}),
    ("Norway's economy grew by two percent last year.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_extract_roles_cases(extract, text, expected):
    assert extract(text)["roles"] == expected


# construction ids that cut across the rules: how a country is named, coordination, and the
# passages that must give no role (or none of a kind)
CROSS_CUTTING = ("-by-person", "-metonymy", "-coordination")


def test_roles_construction_ids_name_declared_rules():
    """A roles construction case is named after the rule that reads it (so ``kg explain`` and
    the calibration name what fired), or is a cross-cutting or negative case."""
    import importlib.util
    from pathlib import Path

    from kg.relations.roles import RULES

    path = Path(__file__).parent / "construction" / "cases_roles.py"
    spec = importlib.util.spec_from_file_location("_cases_roles_ids", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    declared = {r.id for r in RULES}
    for c in module.CASES:
        name = c.values[0]
        if name.startswith(("roles/none-", "roles/negated")) or name.endswith(CROSS_CUTTING):
            continue
        assert name in declared, f"{name} is neither a declared rule nor a cross-cutting case"
