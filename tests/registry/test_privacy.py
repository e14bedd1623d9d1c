"""Private-domain registrations: other readers get no personal fields and a generalized location.

Anonymous readers (``public_read``) and users of other gemeenten see a
``domein = privaat`` feature as the centroid rounded to 100 m, without
``projectnaam``, ``toelichting``, ``aangemaakt_door``, ``gewijzigd_door`` or the
source file; the gemeente's own users and beheerders see it whole.  Filters
(bbox, projectnaam) cannot be used to find the hidden outline or names.
"""

from __future__ import annotations

from .conftest import ITEMS, L72, tree

FEED = "/collections/verbeteringen/changes"
L72_URI = "http://www.opengis.net/def/crs/EPSG/0/31370"
HIDDEN = {"projectnaam", "toelichting", "aangemaakt_door", "gewijzigd_door", "bron_bestand", "bron_sha256",
          "bron_sleutel"}
#: A 20 m x 20 m private garden in Herzele; its centroid (116920, 173420) rounds to (116900, 173400).
GARDEN = [[116910.0, 173410.0], [116930.0, 173410.0], [116930.0, 173430.0], [116910.0, 173430.0],
          [116910.0, 173410.0]]


def _garden(**props) -> dict:
    doc = tree(categorie="ontharding", hoeveelheid=300, domein="privaat",
               projectnaam="Premie ontharding Kerkstraat 12", toelichting="Tuin van familie Peeters",
               bron="import", bron_bestand="peeters_kerkstraat12.dxf", bron_sha256="ab" * 32,
               bron_sleutel="peeters_kerkstraat12.dxf:1F3", **props)
    doc["geometry"] = {"type": "Polygon", "coordinates": [GARDEN]}
    return doc


def _setup(registry) -> tuple[str, str]:
    w = registry.client("herzele")
    r = w.post(ITEMS, json=_garden(), headers=L72)
    assert r.status_code == 201, r.text
    street = tree(projectnaam="Straatbomen Markt", toelichting="publiek")
    street["geometry"]["coordinates"] = [117500.0, 173800.0]
    s = w.post(ITEMS, json=street, headers=L72)
    assert s.status_code == 201, s.text
    return r.json()["id"], s.json()["id"]


def _generalized(feature: dict) -> None:
    assert feature["geometry"] == {"type": "Point", "coordinates": [116900.0, 173400.0]}
    props = feature["properties"]
    assert not HIDDEN & set(props), props
    assert props["domein"] == "privaat" and props["categorie"] == "ontharding"
    assert props["hoeveelheid"] == 300 and props["gemeente_nis"] == "41027"
    assert "Peeters" not in str(feature) and "Kerkstraat" not in str(feature)


def _whole(feature: dict) -> None:
    assert feature["geometry"]["type"] == "Polygon"
    assert feature["properties"]["toelichting"] == "Tuin van familie Peeters"
    assert feature["properties"]["aangemaakt_door"] == "key:herzele"


def test_anonymous_and_other_gemeenten_get_the_generalized_view(registry):
    garden, street = _setup(registry)
    for who in (None, "gent"):
        c = registry.client(who)
        items = c.get(ITEMS, params={"crs": L72_URI})
        assert "authorization" in items.headers["vary"].lower()
        by_id = {f["id"]: f for f in items.json()["features"]}
        _generalized(by_id[garden])
        assert by_id[street]["properties"]["toelichting"] == "publiek"  # public domain: whole
        one = c.get(f"{ITEMS}/{garden}", params={"crs": L72_URI})
        assert "authorization" in one.headers["vary"].lower()
        _generalized(one.json())
        feed = {e["id"]: e for e in c.get(FEED, params={"crs": L72_URI}).json()["changes"]}
        _generalized(feed[garden]["feature"])
        gemeente_feed = c.get(FEED, params={"crs": L72_URI, "gemeente_nis": "41027"}).json()["changes"]
        _generalized({e["id"]: e for e in gemeente_feed}[garden]["feature"])
        # CRS84 too: a point, not the outline
        assert c.get(f"{ITEMS}/{garden}").json()["geometry"]["type"] == "Point"


def test_own_gemeente_and_beheerder_see_it_whole(registry):
    garden, _ = _setup(registry)
    for who in ("herzele-lezer", "herzele", "vlaanderen"):
        c = registry.client(who)
        _whole(c.get(f"{ITEMS}/{garden}", params={"crs": L72_URI}).json())
        _whole({f["id"]: f for f in c.get(ITEMS).json()["features"]}[garden])
        _whole({e["id"]: e for e in c.get(FEED).json()["changes"]}[garden]["feature"])


def test_filters_do_not_reveal_the_hidden_outline_or_names(registry):
    garden, _ = _setup(registry)
    crs = {"bbox-crs": L72_URI}
    over_outline = "116905,173405,116935,173435"  # covers the garden, not its generalized point
    over_point = "116890,173390,116902,173402"  # the generalized point only
    anon, lezer = registry.client(None), registry.client("herzele-lezer")
    assert anon.get(ITEMS, params={"bbox": over_outline, **crs}).json()["numberMatched"] == 0
    assert [f["id"] for f in anon.get(ITEMS, params={"bbox": over_point, **crs}).json()["features"]] == [garden]
    assert [f["id"] for f in lezer.get(ITEMS, params={"bbox": over_outline, **crs}).json()["features"]] == [garden]
    assert lezer.get(ITEMS, params={"bbox": over_point, **crs}).json()["numberMatched"] == 0
    name = {"projectnaam": "Premie ontharding Kerkstraat 12"}
    assert anon.get(ITEMS, params=name).json()["numberMatched"] == 0
    assert registry.client("gent").get(ITEMS, params=name).json()["numberMatched"] == 0
    assert [f["id"] for f in lezer.get(ITEMS, params=name).json()["features"]] == [garden]
