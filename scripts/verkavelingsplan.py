"""Generate a verkavelingsplan DXF in Lambert 72 the way an architect's CAD exports it.

Used by the import tests, ``scripts/demo_import.py`` and ``scripts/bench_import.py``.
The plan lies in Diepenbeek (NIS 71011) unless another origin is given:

* ``BOMEN``: tree block INSERTs (block ``BOOM`` with a ``SOORT`` attribute) and one
  MINSERT array of 2 × 3 trees;
* ``HAAG``: open hedge polylines (one with a bulge, i.e. an arc);
* ``GROEN``: green hatches, one of them under 10 m²; ``GAZON``: a closed polyline;
* ``BUFFER``: a rainwater buffer block with a ``VOLUME`` attribute (m³);
* ``KADASTER``, ``TEKST``, ``MAATLIJN``: parcels, labels and dimension lines.

Run as a script to write one: ``python scripts/verkavelingsplan.py plan.dxf``.
"""

from __future__ import annotations

import math
import random
import sys

#: A point well inside Diepenbeek, EPSG:31370.
DIEPENBEEK = (223_600.0, 178_400.0)

#: What the default profile should find in :func:`make_plan`'s plan.
EXPECTED = {
    "boom": {"objecten": 18, "hoeveelheid": 18.0},
    "haag": {"objecten": 3, "hoeveelheid": 20.0 + 15.0 + math.pi * 5.0},
    "natuurgroenperk": {"objecten": 5, "hoeveelheid": 5.0, "fouten": 1},
    "hemelwater_buffer": {"objecten": 1, "hoeveelheid": 25.0},
}
IGNORED = {"KADASTER": 4, "TEKST": 3, "MAATLIJN": 2}


def _blocks(doc) -> None:
    boom = doc.blocks.new("BOOM")
    boom.add_circle((0, 0), 2.0)
    boom.add_attdef("SOORT", (0, 0), dxfattribs={"height": 0.5})
    buf = doc.blocks.new("BUFFER")
    buf.add_lwpolyline([(-2, -1), (2, -1), (2, 1), (-2, 1)], close=True)
    buf.add_attdef("VOLUME", (0, 0), dxfattribs={"height": 0.5})


def make_plan(path: str, origin: tuple[float, float] = DIEPENBEEK, *, moved_tree: bool = False,
              extra_trees: int = 0, version: str = "R2013") -> str:
    """Write the plan to ``path``; ``moved_tree`` shifts one tree by 3 m (a revised plan)."""
    import ezdxf

    x0, y0 = origin
    doc = ezdxf.new(version)
    _blocks(doc)
    msp = doc.modelspace()
    soorten = ["Tilia cordata", "Acer campestre", "Quercus robur", "Carpinus betulus"]
    for i in range(12):
        x, y = x0 + 10 + 8 * (i % 6), y0 + 60 + 8 * (i // 6)
        if moved_tree and i == 0:
            x += 3.0
        ins = msp.add_blockref("BOOM", (x, y), dxfattribs={"layer": "BOMEN", "color": 3})
        ins.add_auto_attribs({"SOORT": soorten[i % 4]})
    arr = msp.add_blockref("BOOM", (x0 + 70, y0 + 60), dxfattribs={"layer": "BOMEN"})
    arr.grid(size=(2, 3), spacing=(7.0, 7.0))  # 2 rows × 3 columns: a MINSERT of 6 trees
    # hedges: 20 m, 15 m and a half circle of radius 5 m (a bulge)
    msp.add_lwpolyline([(x0, y0), (x0 + 20, y0)], dxfattribs={"layer": "HAAG"})
    msp.add_lwpolyline([(x0, y0 + 5), (x0, y0 + 20)], dxfattribs={"layer": "HAAG"})
    msp.add_lwpolyline([(x0 + 30, y0, 0, 0, 1.0), (x0 + 40, y0, 0, 0, 0)], format="xyseb",
                       dxfattribs={"layer": "HAAG"})
    # green: three 10 × 5 hatches, one 3 × 2 hatch (6 m²), one closed 20 × 10 lawn polyline
    for i, (w, h) in enumerate([(10, 5), (10, 5), (10, 5), (3, 2)]):
        bx, by = x0 + 60 + 15 * i, y0 + 10
        hatch = msp.add_hatch(color=3, dxfattribs={"layer": "GROEN"})
        hatch.paths.add_polyline_path([(bx, by), (bx + w, by), (bx + w, by + h), (bx, by + h)],
                                      is_closed=True)
    msp.add_lwpolyline([(x0 + 10, y0 + 30), (x0 + 30, y0 + 30), (x0 + 30, y0 + 40), (x0 + 10, y0 + 40)],
                       close=True, dxfattribs={"layer": "GAZON"})
    buf = msp.add_blockref("BUFFER", (x0 + 50, y0 + 45), dxfattribs={"layer": "BUFFER"})
    buf.add_auto_attribs({"VOLUME": "25"})
    # what a plan also holds and the import must ignore
    for i in range(4):
        bx = x0 + 25 * i
        msp.add_lwpolyline([(bx, y0 - 5), (bx + 25, y0 - 5), (bx + 25, y0 + 95), (bx, y0 + 95)],
                           close=True, dxfattribs={"layer": "KADASTER"})
    for i, text in enumerate(["Lot 1", "Lot 2", "Verkaveling Diepenbeek"]):
        msp.add_text(text, dxfattribs={"layer": "TEKST", "insert": (x0 + 5 + 25 * i, y0 + 90)})
    msp.add_line((x0, y0 - 8), (x0 + 100, y0 - 8), dxfattribs={"layer": "MAATLIJN"})
    msp.add_line((x0 - 3, y0), (x0 - 3, y0 + 95), dxfattribs={"layer": "MAATLIJN"})
    # added last, as CAD does: the entities above keep their handles
    for i in range(extra_trees):
        x, y = x0 + 10 + 6 * (i % 40), y0 + 200 + 6 * (i // 40)
        msp.add_blockref("BOOM", (x, y), dxfattribs={"layer": "BOMEN"}).add_auto_attribs({"SOORT": "Tilia"})
    doc.saveas(path)
    return path


def make_large_plan(path: str, entities: int = 50_000, origin: tuple[float, float] = DIEPENBEEK,
                    seed: int = 12) -> dict[str, int]:
    """A plan of ``entities`` entities for the benchmark: trees, hedges, green hatches,
    buffers, cadastral parcels and texts in the mix of a large subdivision.  Returns counts."""
    import ezdxf

    rnd = random.Random(seed)
    doc = ezdxf.new("R2013")
    _blocks(doc)
    msp = doc.modelspace()
    x0, y0 = origin[0] - 1500, origin[1] - 1500
    counts = {"BOMEN": 0, "HAAG": 0, "GROEN": 0, "BUFFER": 0, "KADASTER": 0, "TEKST": 0}
    mix = [("BOMEN", 0.40), ("HAAG", 0.20), ("GROEN", 0.20), ("BUFFER", 0.02), ("KADASTER", 0.10),
           ("TEKST", 0.08)]
    cells = 173  # a 173 × 173 grid of 17 m cells: no two features share a cell
    order = list(range(cells * cells))
    rnd.shuffle(order)
    k = 0
    for layer, share in mix:
        n = int(round(entities * share)) if layer != "TEKST" else entities - sum(counts.values())
        for _ in range(n):
            cell = order[k % len(order)]
            k += 1
            x = x0 + 17 * (cell % cells) + rnd.random() * 3
            y = y0 + 17 * (cell // cells) + rnd.random() * 3
            if layer == "BOMEN":
                msp.add_blockref("BOOM", (x, y), dxfattribs={"layer": layer}).add_auto_attribs(
                    {"SOORT": "Tilia cordata"})
            elif layer == "HAAG":
                msp.add_lwpolyline([(x, y), (x + 6 + rnd.random() * 6, y), (x + 12, y + 4)],
                                   dxfattribs={"layer": layer})
            elif layer == "GROEN":
                w, h = 10 + rnd.random() * 4, 4 + rnd.random() * 4
                hatch = msp.add_hatch(dxfattribs={"layer": layer})
                hatch.paths.add_polyline_path([(x, y), (x + w, y), (x + w, y + h), (x, y + h)],
                                              is_closed=True)
            elif layer == "BUFFER":
                msp.add_blockref("BUFFER", (x, y), dxfattribs={"layer": layer}).add_auto_attribs(
                    {"VOLUME": str(5 + rnd.randint(0, 20))})
            elif layer == "KADASTER":
                msp.add_lwpolyline([(x, y), (x + 15, y), (x + 15, y + 15), (x, y + 15)], close=True,
                                   dxfattribs={"layer": layer})
            else:
                msp.add_text(f"Lot {k}", dxfattribs={"layer": layer, "insert": (x, y)})
            counts[layer] += 1
    doc.saveas(path)
    return counts


if __name__ == "__main__":
    make_plan(sys.argv[1] if len(sys.argv) > 1 else "verkavelingsplan.dxf")
