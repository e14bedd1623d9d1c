"""The plugin's version, read from ``metadata.txt`` (the single source of truth)."""

from __future__ import annotations

import configparser
import functools
import os

METADATA = os.path.join(os.path.dirname(__file__), "metadata.txt")


@functools.lru_cache(maxsize=1)
def metadata() -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(METADATA, encoding="utf-8")
    return dict(parser["general"])


def version() -> str:
    return metadata()["version"]
