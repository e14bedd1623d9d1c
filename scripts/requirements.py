#!/usr/bin/env python3
"""Print the pinned requirements of pyproject.toml, one per line.

    python3 scripts/requirements.py            # runtime dependencies
    python3 scripts/requirements.py dev registry   # plus optional groups

pyproject.toml is the single list of Python dependencies; setup.sh feeds
this output to pip.
"""

import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def requirements(groups: list[str]) -> list[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    reqs = list(project.get("dependencies", []))
    optional = project.get("optional-dependencies", {})
    for group in groups:
        if group == "all":
            for items in optional.values():
                reqs += items
        else:
            reqs += optional[group]
    return list(dict.fromkeys(reqs))


if __name__ == "__main__":
    print("\n".join(requirements(sys.argv[1:])))
