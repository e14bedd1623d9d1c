"""Sync survives faults of the network, the server and the client: nothing lost, nothing twice.

Each test runs the real registry as a process on 127.0.0.1 behind the fault
proxy, breaks one thing, lets sync (or the officer pressing "Synchroniseren"
again) recover, and then compares the store's three layers with the
registry's items of the gemeente by id, attributes and geometry.
"""

from __future__ import annotations

import json
import signal
import threading
import time

import pytest

from .conftest import (
    ShortTimeouts,
    add_hedge,
    add_ontharding,
    add_trees,
    assert_in_sync,
    colleague_creates,
    delete_feature,
    pending_total,
    read_store,
    sync,
    sync_process,
    sync_until_done,
    update_feature,
)

pytestmark = pytest.mark.timeout(300)

BATCH = "/collections/verbeteringen/batch"


def _batches(proxy) -> list:
    return proxy.requests("POST", BATCH)


# ---- the plain case, as the reference for the faults ----------------------------------------------

def test_gdal_written_features_arrive_and_a_second_sync_sends_nothing(registry, proxy, store):
    ids = add_trees(store, 30) + add_trees(store, 5, start=30, with_id=False)
    ids += [add_hedge(store), add_ontharding(store)]
    result = sync(store, proxy.url)
    assert result.pushed == len(ids) and not result.cancelled
    assert assert_in_sync(store, registry) == len(ids)
    assert pending_total(store) == 0

    proxy.reset_log()
    again = sync(store, proxy.url)
    assert again.pushed == 0 and again.pulled == 0
    assert len(proxy.requests()) <= 2, proxy.requests()
    assert again.requests <= 2

    # edits and a delete, written by GDAL, travel too
    update_feature(store, ids[0], toelichting="Gewijzigd met GDAL", hoeveelheid=1.0)
    delete_feature(store, ids[1])
    result = sync(store, proxy.url)
    assert result.pushed == 2
    assert assert_in_sync(store, registry) == len(ids) - 1


# ---- the server ----------------------------------------------------------------------------------

@pytest.mark.parametrize("kill_after", [0.0, 0.15], ids=["on-arrival", "mid-transaction"])
def test_server_killed_mid_push_and_restarted(registry, proxy, store, kill_after):
    ids = add_trees(store, 2500)
    restarted = threading.Event()

    def kill_and_restart(req):
        time.sleep(kill_after)
        registry.kill9()

        def restart():
            time.sleep(1.0)
            registry.start()
            restarted.set()

        threading.Thread(target=restart, daemon=True).start()

    proxy.add_fault("hook", callback=kill_and_restart, method="POST", path_contains=BATCH, skip=1)
    try:
        sync(store, proxy.url)
    except Exception as exc:  # a SyncError is an acceptable answer while the server is down
        from lekp_plugin.sync import SyncError

        assert isinstance(exc, SyncError), repr(exc)
        assert "Traceback" not in exc.message and exc.message
    assert restarted.wait(60), "registry did not restart"
    sync_until_done(store, proxy.url)
    assert registry.starts == 2
    assert assert_in_sync(store, registry) == len(ids)
    assert pending_total(store) == 0


@pytest.mark.parametrize("kind", ["create", "replace", "delete"])
def test_connection_cut_after_the_server_committed(registry, proxy, store, kind):
    ids = add_trees(store, 20)
    if kind != "create":
        sync(store, proxy.url)
        if kind == "replace":
            for fid in ids[:10]:
                update_feature(store, fid, toelichting="na knip")
        else:
            for fid in ids[:10]:
                delete_feature(store, fid)
    proxy.reset_log()
    proxy.add_fault("cut_response", method="POST", path_contains=BATCH)
    sync_until_done(store, proxy.url)
    outcomes = [e[2] for e in _batches(proxy)]
    assert outcomes[0] == "cut_response 200", outcomes  # the server did commit the first one
    assert len(outcomes) >= 2  # and sync sent it again
    assert assert_in_sync(store, registry) == (10 if kind == "delete" else 20)
    assert pending_total(store) == 0
    if kind == "replace":
        assert all(registry.get(fid).json()["properties"]["versie"] == 2 for fid in ids[:10]), \
            "a replayed replace must not make a second version"


def test_connection_cut_while_sending_the_request(registry, proxy, store):
    add_trees(store, 50)
    proxy.add_fault("cut_request", nbytes=2000, method="POST", path_contains=BATCH)
    sync_until_done(store, proxy.url)
    assert assert_in_sync(store, registry) == 50


@pytest.mark.parametrize("status", [500, 502, 503])
def test_server_errors_are_retried_within_one_sync(registry, proxy, store, status):
    add_trees(store, 40)
    proxy.add_fault("status", status=status, times=2, method="POST", path_contains=BATCH)
    result = sync(store, proxy.url)
    assert result.pushed == 40
    outcomes = [e[2] for e in _batches(proxy)]
    assert outcomes[:2] == [f"status {status}"] * 2 and outcomes[2] == 200, outcomes
    assert assert_in_sync(store, registry) == 40


def test_429_waits_for_retry_after(registry, proxy, store):
    add_trees(store, 40)
    proxy.add_fault("status", status=429, headers={"Retry-After": "2"}, method="POST", path_contains=BATCH)
    result = sync(store, proxy.url)
    assert result.pushed == 40
    batches = _batches(proxy)
    assert batches[0][2] == "status 429" and batches[1][2] == 200
    assert batches[1][3] - batches[0][3] >= 1.9, "the retry came before Retry-After had passed"
    assert assert_in_sync(store, registry) == 40


def test_a_persistent_server_error_fails_cleanly_and_keeps_the_outbox(registry, proxy, store):
    from lekp_plugin.sync import SyncError

    add_trees(store, 10)
    proxy.add_fault("status", status=500, times=1000, method="POST", path_contains=BATCH)
    t0 = time.monotonic()
    with pytest.raises(SyncError) as info:
        sync(store, proxy.url)
    assert time.monotonic() - t0 < 120, "retries must give up in bounded time"
    assert info.value.message and "\n" not in info.value.message
    assert pending_total(store) == 10
    proxy.clear_faults()
    sync(store, proxy.url)
    assert assert_in_sync(store, registry) == 10


def test_timeout_after_commit_is_retried_with_the_same_keys(registry, proxy, store):
    add_trees(store, 30)
    proxy.add_fault("delay", seconds=6, method="POST", path_contains=BATCH)
    with ShortTimeouts(2.0) as session:
        sync_until_done(store, proxy.url, session=session)
    # the held answer is logged when the proxy lets it go (after the retry was answered)
    _wait_for(lambda: len(_batches(proxy)) >= 2, 15, "the delayed batch answer")
    assert assert_in_sync(store, registry) == 30
    # the retried batch was answered from the idempotency records, not stored again
    assert all(f["properties"]["versie"] == 1 for f in registry.items())


# ---- the client ----------------------------------------------------------------------------------

def _wait_for(predicate, seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.02)
    raise AssertionError(f"timed out waiting for {what}")


@pytest.mark.parametrize("moment", [None, 0.0, 0.05], ids=["request-in-flight", "answer+0ms", "answer+50ms"])
def test_client_killed_mid_push_and_run_again(registry, proxy, store, moment):
    """Killed while its second batch is at the server, or while it records that batch's answer."""
    ids = add_trees(store, 2500)
    holder: dict = {}

    def kill_client(req):
        if moment is None:
            holder["proc"].kill9()
            return

        def later():
            _wait_for(lambda: len(_batches(proxy)) >= 2, 60, "the second batch answer")
            time.sleep(moment)
            holder["proc"].kill9()

        threading.Thread(target=later, daemon=True).start()

    proxy.add_fault("hook", callback=kill_client, method="POST", path_contains=BATCH, skip=1)
    if moment is not None:
        # the third batch's answer is held back, so the kill lands while the client still pushes
        # however fast the registry is (it now answers 500 features within the 50 ms)
        proxy.add_fault("delay", method="POST", path_contains=BATCH, skip=1, seconds=3.0)
    proc = holder["proc"] = sync_process(store, proxy.url)
    proc.wait(timeout=120)
    assert proc.returncode == -signal.SIGKILL, proc.output()[-2000:]
    assert 0 < pending_total(store)
    sync(store, proxy.url)
    assert assert_in_sync(store, registry) == len(ids)
    assert pending_total(store) == 0


@pytest.mark.parametrize("after", [0.05, 0.3, 1.0])
def test_client_killed_while_writing_pulled_changes_and_run_again(registry, proxy, store, after):
    colleague_creates(registry, 3000)
    add_trees(store, 20)  # local work that must arrive too
    holder: dict = {}

    def kill_soon(req):
        def later():
            _wait_for(lambda: any("/changes" in e[1] and e[2] == 200 for e in proxy.requests()), 60,
                      "the first changes page")
            time.sleep(after)
            holder["proc"].kill9()

        threading.Thread(target=later, daemon=True).start()

    proxy.add_fault("hook", callback=kill_soon, method="GET", path_contains="/changes")
    proc = holder["proc"] = sync_process(store, proxy.url)
    proc.wait(timeout=120)
    sync(store, proxy.url)
    assert assert_in_sync(store, registry) == 3020
    assert pending_total(store) == 0
    # pulled features are not local edits: nothing to send back
    proxy.reset_log()
    assert sync(store, proxy.url).pushed == 0


def test_subprocess_sync_reports_json(registry, proxy, store):
    """The helper used above works when nothing is killed (guards the kill tests' meaning)."""
    add_trees(store, 5)
    proc = sync_process(store, proxy.url)
    assert proc.wait(timeout=120) == 0, proc.output()[-2000:]
    last = json.loads(proc.output().strip().splitlines()[-1])
    assert last == {"done": True, "pushed": 5, "pulled": 0, "conflicts": 0}
    assert len(read_store(store)) == 5


def test_cancel_mid_push_leaves_the_outbox_for_the_next_sync(registry, proxy, store):
    ids = add_trees(store, 2500)
    cancel = threading.Event()
    proxy.add_fault("hook", callback=lambda req: cancel.set(), method="POST", path_contains=BATCH)
    result = sync(store, proxy.url, is_cancelled=cancel.is_set)
    assert result.cancelled
    assert len(_batches(proxy)) < 3, "sync went on after it was cancelled"
    # what the server stored is known or will be re-sent with its keys; nothing else was lost
    assert 0 < pending_total(store) <= 2500
    proxy.clear_faults()
    sync(store, proxy.url)
    assert assert_in_sync(store, registry) == len(ids)
    assert pending_total(store) == 0


def test_held_back_features_are_never_sent_and_go_once_fixed(registry, proxy, store):
    from lekp_plugin.sync import sync_status

    good = add_trees(store, 10)
    bad = add_trees(store, 2, start=10, hoeveelheid=0.0)  # LEKP-Q001: an error, held back
    proxy.add_fault("status", status=503, method="POST", path_contains=BATCH)
    result = sync(store, proxy.url)
    assert result.pushed == 10 and result.held_back == 2
    assert {h.id for h in sync_status(store).held_back} == set(bad)
    sent = {f["id"] for f in registry.items()}
    assert sent == set(good), "a feature with an error finding reached the registry"
    for fid in bad:
        update_feature(store, fid, hoeveelheid=1.0)
    result = sync(store, proxy.url)
    assert result.pushed == 2 and result.held_back == 0
    assert assert_in_sync(store, registry) == 12
    assert pending_total(store) == 0


def test_server_killed_mid_pull_and_restarted(registry, proxy, store):
    theirs = colleague_creates(registry, 3000)
    mine = add_trees(store, 20)
    restarted = threading.Event()

    def kill_and_restart(req):
        registry.kill9()

        def restart():
            time.sleep(1.0)
            registry.start()
            restarted.set()

        threading.Thread(target=restart, daemon=True).start()

    proxy.add_fault("hook", callback=kill_and_restart, method="GET", path_contains="/changes", skip=1)
    try:
        sync(store, proxy.url)
    except Exception as exc:
        from lekp_plugin.sync import SyncError

        assert isinstance(exc, SyncError), repr(exc)
    assert restarted.wait(60), "registry did not restart"
    sync_until_done(store, proxy.url)
    assert set(theirs) | set(mine) == set(read_store(store))
    assert assert_in_sync(store, registry) == 3020
    assert pending_total(store) == 0


def test_timeouts_while_pulling_are_retried(registry, proxy, store):
    colleague_creates(registry, 1500)
    proxy.add_fault("delay", seconds=5, times=2, method="GET", path_contains="/changes")
    with ShortTimeouts(2.0) as session:
        sync_until_done(store, proxy.url, session=session)
    assert assert_in_sync(store, registry) == 1500


@pytest.mark.parametrize("kind", ["create", "replace"])
def test_an_edit_made_while_its_feature_is_being_sent_is_not_lost(registry, proxy, store, kind):
    ids = add_trees(store, 20)
    if kind == "replace":
        sync(store, proxy.url)
        for fid in ids:
            update_feature(store, fid, toelichting="eerste wijziging")

    def edit_during_send(req):
        update_feature(store, ids[3], toelichting="gewijzigd terwijl verzonden")
        delete_feature(store, ids[4])

    proxy.add_fault("hook", callback=edit_during_send, method="POST", path_contains=BATCH)
    sync(store, proxy.url)
    sync(store, proxy.url)
    assert assert_in_sync(store, registry) == 19
    assert registry.get(ids[3]).json()["properties"]["toelichting"] == "gewijzigd terwijl verzonden"
    assert registry.get(ids[4]).status_code == 404
    assert pending_total(store) == 0
