"""Sync with the central registry (outbox, push, pull, conflicts).

Not built yet: see ROADMAP item 4. The registry's protocol it will speak is
the one of ``lekp_registry`` (OGC API – Features with ETags, idempotency keys
and a changes feed).
"""
