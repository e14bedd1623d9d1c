"""Sync's writes and QGIS's saves of one store take turns (no Qt here).

SQLite in WAL mode refuses a write with ``SQLITE_BUSY_SNAPSHOT`` ("database
is locked", without waiting on the busy timeout) when the writer's read
snapshot is older than the last commit. QGIS's OGR provider saves an edited
layer in a deferred transaction that first *reads* the feature and then
writes it: when sync commits a page of pulled changes in between, the save is
refused. The engine's own writes cannot hit this (``BEGIN IMMEDIATE`` takes
the write lock before reading).

So the engine runs each write transaction under the store's gate, and the
QGIS side (:func:`lekp_plugin.sync.qgis_adapter.guard_store_saves`) marks a
save from ``beforeCommitChanges`` to its end: a save waits for the sync
transaction under way (a page, well under a second), and sync waits while a
save runs. Nothing is lost either way: the save keeps its edit buffer and
sync writes the page after the save.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

#: A save that never says it ended (QGIS crashed half-way, a failing save without a signal)
#: holds sync back this long at most.
SAVE_TIMEOUT_S = 60.0
#: A save waits this long at most for the sync transaction under way.
WRITE_TIMEOUT_S = 30.0


class StoreGate:
    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._saves: dict[object, float] = {}  # token → start (monotonic)
        self._writing = 0  # sync write transactions under way (two runs on one store: two)

    def begin_save(self, token: object) -> None:
        """A save of ``token`` (a layer) starts: wait for the sync write under way."""
        with self._cond:
            self._cond.wait_for(lambda: self._writing == 0, timeout=WRITE_TIMEOUT_S)
            self._saves[token] = time.monotonic()

    def end_save(self, token: object) -> None:
        with self._cond:
            if self._saves.pop(token, None) is not None:
                self._cond.notify_all()

    @property
    def saving(self) -> bool:
        with self._cond:
            return bool(self._saves)

    def _saving_now(self) -> bool:
        now = time.monotonic()
        for token, start in list(self._saves.items()):
            if now - start > SAVE_TIMEOUT_S:
                del self._saves[token]
        return bool(self._saves)

    @contextmanager
    def write(self) -> Iterator[None]:
        """Around one sync write transaction: not while a save runs."""
        with self._cond:
            while self._saving_now():
                self._cond.wait(timeout=0.5)
            self._writing += 1
        try:
            yield
        finally:
            with self._cond:
                self._writing -= 1
                self._cond.notify_all()


_GATES: dict[str, StoreGate] = {}
_LOCK = threading.Lock()


def _key(path: str) -> str:
    return os.path.normcase(os.path.realpath(path))


def gate_for(path: str) -> StoreGate:
    """The gate of the store at ``path`` (one per file in this process)."""
    with _LOCK:
        return _GATES.setdefault(_key(path), StoreGate())
