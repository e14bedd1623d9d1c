"""pytest-qgis tier: a QGIS application in this process, the mock iface completed.

pytest-qgis's ``QgisInterface`` stand-in lacks a few calls the plugin makes on
the real one (vector menu, dock removal); they are added here as recorders so
tests can check that ``unload`` removes everything ``initGui`` added.
"""

from __future__ import annotations

import pytest


class _Recorder:
    def __init__(self):
        self.menu: list = []
        self.docks: list = []


@pytest.fixture()
def iface(qgis_iface, qgis_processing, monkeypatch):
    rec = _Recorder()
    monkeypatch.setattr(qgis_iface, "addPluginToVectorMenu",
                        lambda name, action: rec.menu.append(action), raising=False)
    monkeypatch.setattr(qgis_iface, "removePluginVectorMenu",
                        lambda name, action: rec.menu.remove(action), raising=False)
    original_add = qgis_iface.addDockWidget
    monkeypatch.setattr(qgis_iface, "addDockWidget",
                        lambda area, dock: (rec.docks.append(dock), original_add(area, dock)))
    monkeypatch.setattr(qgis_iface, "removeDockWidget", lambda dock: rec.docks.remove(dock),
                        raising=False)
    qgis_iface.recorder = rec
    return qgis_iface


def failure_message(alg_id: str, params: dict) -> str | None:
    """Run an algorithm expected to fail; return its message (None if it did not fail).

    QGIS 3.22 keeps the traceback of an exception raised in processAlgorithm
    until the process ends, and with it every caller's frame: a layer held in
    one is then destroyed after QGIS has shut down and the process segfaults
    on exit.  So callers pass only strings and numbers, and this frame drops
    everything but the message before it returns.
    """
    from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingException, QgsProcessingFeedback

    alg = QgsApplication.processingRegistry().createAlgorithmById(alg_id)
    context = QgsProcessingContext()
    feedback = QgsProcessingFeedback()
    message = None
    ok, check = alg.checkParameterValues(params, context)
    if not ok:
        message = check
    else:
        try:
            alg.run(params, context, feedback, {}, False)
        except QgsProcessingException as exc:
            message = str(exc)
    del alg, context, feedback, params
    return message


#: The one master password of QGIS's authentication database in a test session:
#: the database lives as long as the session, and a second password would not open it.
AUTH_MASTER = "lekp-test-master"


@pytest.fixture()
def auth_manager(qgis_app):
    """QGIS's authentication manager, unlocked with :data:`AUTH_MASTER`."""
    from qgis.core import QgsApplication

    manager = QgsApplication.authManager()
    if manager.isDisabled():
        pytest.skip("QGIS's authentication system is disabled here (no QCA)")
    assert manager.setMasterPassword(AUTH_MASTER, True)
    return manager



def settle_earlier_tests() -> None:
    """Let what earlier tests left to QGIS's event loop happen now, before a stall is measured.

    Docks, layers and their Python wrappers that earlier tests handed to
    ``deleteLater`` are freed in the next event-loop turn: in a long test run
    that took 0.4 s on the main thread (seen as a 0.6 s "stall" of the next
    test's probe, which the same test alone never shows).  A measurement of
    our own work starts after it.
    """
    import gc

    from qgis.PyQt.QtCore import QCoreApplication, QEvent

    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()
    gc.collect()


class EventLoopProbe:
    """A 10 ms QTimer noting the gaps between its ticks: how long QGIS's event loop stood still.

    ``start()`` before the work, ``stop()`` after it; ``worst`` is the longest gap in seconds.
    """

    def __init__(self, interval_ms: int = 10) -> None:
        import time

        from qgis.PyQt.QtCore import QTimer

        self._clock = time.perf_counter
        self.gaps: list[float] = []
        self._last = self._clock()
        self._timer = QTimer()
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = self._clock()
        self.gaps.append(now - self._last)
        self._last = now

    def start(self) -> None:
        self._timer.start()
        self._last = self._clock()

    def stop(self) -> None:
        self._timer.stop()
        self._tick()

    @property
    def worst(self) -> float:
        return max(self.gaps)


@pytest.fixture()
def store(tmp_path, boundaries_2025):
    """An empty Diepenbeek store (with its boundary) made by ``create_store``; some modules make their own."""
    from lekp_plugin.store import create_store

    path = tmp_path / "diepenbeek.gpkg"
    create_store(str(path), "71011", str(boundaries_2025))
    return path
