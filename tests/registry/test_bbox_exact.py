"""The bbox filter keeps exactly the features that intersect the bbox in its own CRS.

A CRS84 box is a curved quadrilateral in Lambert 72, turned by the meridian
convergence; its Lambert envelope is larger.  Features in the envelope's
corners but outside the box must not come back.
"""

from __future__ import annotations

import shapely
from pyproj import Transformer
from shapely.geometry import Point, box

from .conftest import ITEMS, L72, tree

BBOX = (5.4, 50.9, 5.43, 50.93)  # CRS84, near Hasselt


def _to_l72():
    return Transformer.from_crs("OGC:CRS84", "EPSG:31370", always_xy=True)


def _post(client, x: float, y: float, name: str) -> str:
    doc = tree(projectnaam=name)
    doc["geometry"]["coordinates"] = [x, y]
    r = client.post(ITEMS, json=doc, headers=L72)
    assert r.status_code == 201, r.text
    return r.json()["id"]


def test_bbox_in_crs84_leaves_out_the_envelope_corners(registry):
    tr = _to_l72()
    x0, y0, x1, y1 = tr.transform_bounds(*BBOX, densify_pts=21)
    true_box = shapely.Polygon([tr.transform(x, y) for x, y in shapely.get_coordinates(
        shapely.segmentize(box(*BBOX), 0.0005))])
    w = registry.client("herzele")
    cx, cy = tr.transform((BBOX[0] + BBOX[2]) / 2, (BBOX[1] + BBOX[3]) / 2)
    inside = {_post(w, cx, cy, "midden")}
    corners = [(x0 + 3, y0 + 3), (x1 - 3, y0 + 3), (x1 - 3, y1 - 3), (x0 + 3, y1 - 3)]
    outside = set()
    for i, (x, y) in enumerate(corners):
        assert not true_box.contains(Point(x, y))  # the test's own premise
        outside.add(_post(w, x, y, f"hoek {i}"))
    # just inside each edge's midpoint
    for i, (lon, lat) in enumerate([(5.4001, 50.915), (5.4299, 50.915), (5.415, 50.9001), (5.415, 50.9299)]):
        inside.add(_post(w, *tr.transform(lon, lat), f"rand {i}"))

    anon = registry.client(None)
    got = anon.get(ITEMS, params={"bbox": ",".join(map(str, BBOX)), "limit": 100}).json()
    assert {f["id"] for f in got["features"]} == inside
    assert got["numberMatched"] == len(inside)
    for f in got["features"]:
        lon, lat = f["geometry"]["coordinates"]
        assert BBOX[0] <= lon <= BBOX[2] and BBOX[1] <= lat <= BBOX[3]
    # EPSG:4326 takes the box in lat/lon order: the same exact answer
    latlon = f"{BBOX[1]},{BBOX[0]},{BBOX[3]},{BBOX[2]}"
    same = anon.get(ITEMS, params={"bbox": latlon, "bbox-crs": "http://www.opengis.net/def/crs/EPSG/0/4326",
                                   "limit": 100}).json()
    assert {f["id"] for f in same["features"]} == inside
    # paging over the exact result
    page = anon.get(ITEMS, params={"bbox": ",".join(map(str, BBOX)), "limit": 2, "offset": 4}).json()
    assert page["numberMatched"] == len(inside) and len(page["features"]) == 1
    # a Lambert 72 bbox is a rectangle in storage: the envelope itself finds them all
    l72 = anon.get(ITEMS, params={"bbox": f"{x0},{y0},{x1},{y1}", "limit": 100,
                                  "bbox-crs": "http://www.opengis.net/def/crs/EPSG/0/31370"}).json()
    assert {f["id"] for f in l72["features"]} == inside | outside


def test_a_polygon_crossing_the_bbox_edge_is_found(registry):
    tr = _to_l72()
    w = registry.client("herzele")
    x, y = tr.transform(5.4, 50.915)  # on the west edge
    doc = tree(categorie="ontharding", hoeveelheid=100)
    doc["geometry"] = {"type": "Polygon", "coordinates": [[[x - 20, y], [x + 5, y], [x + 5, y + 4],
                                                           [x - 20, y + 4], [x - 20, y]]]}
    r = w.post(ITEMS, json=doc, headers=L72)
    assert r.status_code == 201, r.text
    got = registry.client(None).get(ITEMS, params={"bbox": ",".join(map(str, BBOX))}).json()
    assert [f["id"] for f in got["features"]] == [r.json()["id"]]
