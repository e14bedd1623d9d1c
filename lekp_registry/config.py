"""Registry configuration: where the data lives and who may do what."""

from __future__ import annotations

from dataclasses import dataclass, field

from .auth import AuthConfig


@dataclass
class RegistryConfig:
    #: An SQLite file path or a ``postgresql://`` DSN.
    db: str
    auth: AuthConfig = field(default_factory=AuthConfig)
    #: Largest accepted request body; larger ones get 413 before they are read whole.
    max_body_bytes: int = 10 * 1024 * 1024
    #: ``numberMatched`` is given when at most this many features match (it is optional in
    #: OGC API Features; an exact count of more would cost every first page a pass over them).
    max_counted: int = 10000
    #: Most features one items page or one changes page returns.
    max_limit: int = 10000
    #: Most operations in one batch.
    max_batch: int = 1000
    #: Public base URL for links (``None``: taken from the request).
    base_url: str | None = None
    #: Validate writes with the core rules (422 with findings on errors).
    validate: bool = True
    #: Threads that run batches (validation and the store transaction) at once; None: 2 on
    #: SQLite, 8 on PostGIS.  Python runs one thread at a time: on SQLite more would only take
    #: turns with the one holding the file's write lock; on PostGIS some wait for the database.
    write_threads: int | None = None
    #: Single writes waiting at once; they go to the store in groups (``Writer.write``).
    single_write_threads: int = 64
