"""``numberMatched`` is exact whenever it is given, and given up to ``max_counted`` matches.

Above the bound it is left out (OGC API Features Part 1 makes it optional):
an exact count of a large match costs every first page a pass over all of it.
Paging by the ``next`` links must work the same with and without it.
"""

from __future__ import annotations

from .conftest import INSIDE, ITEMS, L72, tree

L72_URI = "http://www.opengis.net/def/crs/EPSG/0/31370"


def _post(client, nis: str, dx: float) -> str:
    doc = tree(nis, projectnaam=f"teller {dx:.0f}")
    x, y = INSIDE[nis]
    doc["geometry"]["coordinates"] = [x + dx, y]
    r = client.post(ITEMS, json=doc, headers=L72)
    assert r.status_code == 201, r.text
    return r.json()["id"]


def _walk(client, **params) -> tuple[list[str], list]:
    """Every id by following the next links from the first page; numberMatched of each page."""
    url, ids, counts = ITEMS, [], []
    page = client.get(url, params=params).json()
    while True:
        assert page["numberReturned"] == len(page["features"])
        ids += [f["id"] for f in page["features"]]
        counts.append(page.get("numberMatched"))
        nxt = [link["href"] for link in page["links"] if link["rel"] == "next"]
        if not nxt:
            return ids, counts
        assert len(counts) < 20
        page = client.get(nxt[0]).json()


def _bbox(nis: str, first: int, last: int) -> dict:
    """A Lambert 72 bbox around the posted points ``first`` to ``last`` of ``nis``."""
    x, y = INSIDE[nis]
    return {"bbox": f"{x + 10 * first - 3},{y - 3},{x + 10 * last + 3},{y + 3}", "bbox-crs": L72_URI}


def test_number_matched_exact_up_to_the_bound_and_left_out_above(registry_factory):
    reg = registry_factory(max_counted=5)
    herzele, gent = reg.client("herzele"), reg.client("gent")
    ours = [_post(herzele, "41027", 10 * i) for i in range(8)]
    theirs = [_post(gent, "44021", 10 * i) for i in range(2)]
    anon = reg.client(None)

    # 10 match, more than 5: left out on every page, and the next links still walk them all once
    ids, counts = _walk(anon, limit=3)
    assert sorted(ids) == sorted(ours + theirs) and len(ids) == len(set(ids))
    assert counts == [None] * 4
    # few enough: exact
    assert anon.get(ITEMS, params={"gemeente_nis": "44021"}).json()["numberMatched"] == 2
    # bbox: exact up to the bound (5 is still counted), on the first page and on offset pages
    for last, n in ((3, 4), (4, 5)):
        ids, counts = _walk(anon, limit=3, **_bbox("41027", 0, last))
        assert ids == sorted(ours[:n]) and counts[0] == n
        assert counts[1:] == [None]  # the cursor page
        page = anon.get(ITEMS, params={"limit": 3, "offset": 3, **_bbox("41027", 0, last)}).json()
        assert page["numberMatched"] == n and len(page["features"]) == n - 3
        assert not [link for link in page["links"] if link["rel"] == "next"]
        past = anon.get(ITEMS, params={"limit": 3, "offset": 9, **_bbox("41027", 0, last)}).json()
        assert past["numberMatched"] == n and past["features"] == []
    # bbox above the bound: left out, and paging still finds exactly the matches
    ids, counts = _walk(anon, limit=3, **_bbox("41027", 1, 7))
    assert ids == sorted(ours[1:]) and counts == [None] * 3
    # offset pages above the bound know whether there is a next page without the count
    page = anon.get(ITEMS, params={"limit": 3, "offset": 6}).json()
    assert "numberMatched" not in page and len(page["features"]) == 3
    assert [link for link in page["links"] if link["rel"] == "next"]
    page = anon.get(ITEMS, params={"limit": 3, "offset": 9}).json()
    assert "numberMatched" not in page and len(page["features"]) == 1
    assert not [link for link in page["links"] if link["rel"] == "next"]
    assert {link["rel"] for link in page["links"]} >= {"self", "prev"}


def test_bbox_first_page_counts_every_match(registry):
    """The first page of a bbox query counts all matches, not only the page (one pass in PostGIS)."""
    w = registry.client("herzele")
    ours = [_post(w, "41027", 10 * i) for i in range(7)]
    _post(w, "41027", 200)  # outside the box
    anon = registry.client(None)
    page = anon.get(ITEMS, params={"limit": 2, **_bbox("41027", 0, 6)}).json()
    assert page["numberMatched"] == 7 and [f["id"] for f in page["features"]] == sorted(ours)[:2]
    ids, _ = _walk(anon, limit=2, **_bbox("41027", 0, 6))
    assert ids == sorted(ours)
    # a private reader's view (generalized points of others' private features) is counted the same way
    gent = registry.client("gent")
    page = gent.get(ITEMS, params={"limit": 2, **_bbox("41027", 0, 6)}).json()
    assert page["numberMatched"] == 7
