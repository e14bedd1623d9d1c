"""voortgang_from_sums: the voortgang dict from pre-summed contributions (the registry's aggregates)."""

from __future__ import annotations

from collections import defaultdict

from lekp_plugin.core import progress as P

from .test_progress_voortgang import FEATURES


def test_sums_of_contributions_give_the_same_voortgang():
    features = FEATURES + [{**f, "id": f"{f['id']}-2", "properties": {**f["properties"], "id": f"{f['id']}-2"}}
                           for f in FEATURES]
    counted, skipped = P.classify(features, "41027", {"g", "g-2"})
    summed: dict[tuple, list] = defaultdict(lambda: [0.0, 0])
    for c in counted:
        key = (c.parameter, c.bucket, c.year)
        summed[key][0] += c.quantity
        summed[key][1] += 1
    rows = [(*key, qty, n) for key, (qty, n) in summed.items()]
    assert len(rows) < len(counted)  # really pre-summed
    from_sums = P.voortgang_from_sums(rows, "41027", 18_407, naam="Herzele", skipped=skipped)
    direct = P.voortgang(features, "41027", 18_407, naam="Herzele", error_ids={"g", "g-2"})
    assert from_sums == direct
    assert from_sums["aantal_verbeteringen"] == len(counted)


def test_unknown_parameters_and_buckets_are_ignored():
    v = P.voortgang_from_sums([("boom", "gerealiseerd", 2022, 5.0, 5), ("wolk", "gerealiseerd", 2022, 9.0, 1),
                               ("boom", "verzonnen", None, 3.0, 1)], "41027", 100)
    bomen = v["doelstellingen"][0]
    assert bomen["gerealiseerd"] == 5 and bomen["aantal"]["gerealiseerd"] == 5
    assert bomen["reeks"]["gerealiseerd"][:3] == [0.0, 5.0, 5.0]
    assert v["aantal_verbeteringen"] == 5
