"""The store gate (Qt-free): a QGIS save waits for the sync write under way, sync waits while a save runs."""

from __future__ import annotations

import threading
import time

from lekp_plugin.sync.gate import StoreGate, gate_for


def test_one_gate_per_file(tmp_path):
    a = tmp_path / "a.gpkg"
    assert gate_for(str(a)) is gate_for(str(tmp_path / "." / "a.gpkg"))
    assert gate_for(str(a)) is not gate_for(str(tmp_path / "b.gpkg"))


def test_saves_and_writes_take_turns():
    gate = StoreGate()
    events: list[str] = []
    inside = threading.Event()

    def writer(name: str, hold: float) -> None:
        with gate.write():
            events.append(f"{name} begin")
            inside.set()
            time.sleep(hold)
            events.append(f"{name} end")

    # two sync writes at once (two runs on one store): a save waits for both
    w1 = threading.Thread(target=writer, args=("w1", 0.3))
    w2 = threading.Thread(target=writer, args=("w2", 0.15))
    w1.start()
    w2.start()
    inside.wait(5)
    time.sleep(0.05)
    gate.begin_save("laag")
    events.append("save begin")
    w1.join()
    w2.join()
    assert events.index("save begin") > max(events.index("w1 end"), events.index("w2 end"))

    # while the save runs, sync's next write waits until it ended
    inside.clear()
    w3 = threading.Thread(target=writer, args=("w3", 0.0))
    w3.start()
    time.sleep(0.2)
    assert not inside.is_set() and gate.saving
    events.append("save end")
    gate.end_save("laag")
    w3.join(5)
    assert events[-3:] == ["save end", "w3 begin", "w3 end"]
