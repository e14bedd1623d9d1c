"""The Voortgang tab's count and the dock's "Alles valideren" both check the whole store: never at once.

Two such runs side by side starve QGIS's main thread of Python's GIL (the
event loop stalled for more than 0.5 s on a 100,000-feature store). Opening a
store starts the validation; the count waits for it to finish, then runs.
"""

from __future__ import annotations

from .test_progress_panel import dock, settle, store  # noqa: F401 (fixtures)


def test_the_count_waits_for_a_running_validation_then_runs(dock, store):  # noqa: F811
    panel, validator = dock.progressPanel, dock.validator
    overlaps: list[tuple[bool, bool]] = []  # (validation running, count running) at each event-loop turn
    assert dock.open_store(store)
    assert validator.validating, "opening a store validates it"
    assert panel.task is None and panel.busy(), "the count waits"
    while validator.validating or panel.busy():
        overlaps.append((validator.task is not None, panel.task is not None))
        settle(0.005)
    assert not [o for o in overlaps if all(o)], "a count ran beside the validation"
    assert panel.gathered is not None and "Diepenbeek" in panel.gemeenteLabel.text()
    # a validation asked for later (the dock's button) makes a count asked for meanwhile wait as well
    dock.start_validate_all()
    panel.refresh()
    assert panel.task is None and panel.busy()
    assert panel.wait(60) and not validator.validating
