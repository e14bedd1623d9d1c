"""A second reader for DXF files: counts the entities GDAL should have returned.

GDAL's DXF driver silently skips what it cannot read (on a damaged file it may
return the texts and drop every line), so the import counts the model- and
paper-space entities per type with ezdxf's tag loader and compares.  The scan
works on the tag stream only (no document model), which keeps it fast enough
for plans of 50,000 entities and tolerant of files ezdxf's document loader
refuses.  It also notes a GEODATA object (a drawing placed in a CRS) and, per
entity handle, the type, layer and colour (group codes 0, 8, 62).

ezdxf is optional: :func:`ezdxf_available` says whether it can be imported;
without it DXF import refuses to run rather than import silently partial.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

#: The ezdxf the import is tested with (pure Python, MIT); it also needs fontTools and pyparsing,
#: which QGIS's Python on Debian has, and numpy, which QGIS's own must provide.
EZDXF_REQUIREMENT = "ezdxf==1.4.5"
INSTALL_COMMAND = (f'python3 -m pip install --no-deps --target "<QGIS-profiel>/python/dependencies" '
                   f'"{EZDXF_REQUIREMENT}" typing_extensions')

#: Sub-entities that belong to the entity before them (not counted on their own).
SUB_ENTITIES = frozenset({"VERTEX", "SEQEND", "ATTRIB"})
_STRUCTURE = frozenset({"SECTION", "ENDSEC", "EOF"})


#: What ``import ezdxf`` needs besides ezdxf itself.
_EZDXF_DEPENDENCIES = ("typing_extensions", "pyparsing", "fontTools", "numpy")


def ezdxf_available() -> bool:
    """Whether ezdxf and its dependencies are installed, found without importing ezdxf.

    Importing ezdxf takes about half a second and a well-formed plan never
    needs it (the quick count decides); the paths that do need it import it
    then, and turn an ImportError into the "install ezdxf" message.
    """
    import importlib.util
    import sys

    for name in ("ezdxf", *_EZDXF_DEPENDENCIES):
        if name in sys.modules:
            if sys.modules[name] is None:  # blocked, as if not installed
                return False
            continue
        try:
            if importlib.util.find_spec(name) is None:
                return False
        except (ImportError, ValueError):
            return False
    return True


def ezdxf_version() -> str:
    try:
        import ezdxf
    except ImportError:
        return ""
    return ezdxf.__version__


@dataclass
class Entity:
    type: str
    handle: str | None = None
    layer: str | None = None
    colour: int | None = None


@dataclass
class DxfScan:
    """What the tag stream of a DXF holds."""

    entities: list[Entity] = field(default_factory=list)
    geodata: bool = False
    binary: bool = False

    def counts(self) -> Counter:
        return Counter(e.type for e in self.entities)

    def by_handle(self) -> dict[str, Entity]:
        return {e.handle: e for e in self.entities if e.handle}


def _tags(path: str):
    from ezdxf.lldxf.tagger import ascii_tags_loader

    with open(path, encoding="cp1252", errors="replace") as stream:
        yield from ascii_tags_loader(stream, skip_comments=True)


def _safe_tags(path: str):
    from ezdxf import recover

    with open(path, "rb") as stream:
        yield from recover.safe_tag_loader(stream)


def scan(path: str) -> DxfScan:
    """Count the entities of the ENTITIES section(s) of ``path`` per type.

    Uses ezdxf's ASCII tag loader (no document model: fast enough for plans
    of 50,000 entities) and falls back to its recovering tag loader when the
    stream is malformed.  Raises ``ImportError`` without ezdxf.
    """
    with open(path, "rb") as f:
        head = f.read(22)
    result = DxfScan()
    if head.startswith(b"AutoCAD Binary DXF"):
        result.binary = True
        _scan_binary(path, result)
        return result
    try:
        _scan_tags(_tags(path), result)
    except (ImportError, ModuleNotFoundError):
        raise
    except Exception:  # a malformed stream: retry with the recovering loader
        result = DxfScan()
        _scan_tags(_safe_tags(path), result)
    return result


# Each pattern starts at the newline before its "0" line (the text gets one in front): a
# pattern that starts with a literal is searched much faster than one anchored with ^ in
# MULTILINE mode.  None consumes the newline after its last line, which starts the next pair.
_SECTION = re.compile(r"\n *0\r?\nSECTION\r?\n *2\r?\n([A-Z_]+)\r?(?=\n)")
_ENDSEC = re.compile(r"\n *0\r?\nENDSEC\r?(?=\n|\Z)")
_ENTITY = re.compile(r"\n *0\r?\n((?=[A-Z0-9_]*[A-Z])[A-Z0-9_]+)\r?(?=\n)")
_GEODATA = re.compile(r"\n *0\r?\nGEODATA\r?(?=\n|\Z)")


def quick_scan(path: str) -> DxfScan:
    """The same count as :func:`scan`, found with regular expressions over the text.

    About five times faster than building ezdxf tags, for the usual case of a
    well-formed file: the import compares it with what GDAL returned and only
    when the two disagree asks ezdxf (:func:`scan`), which then decides.
    Raises ValueError on a binary DXF or when no ENTITIES section is found.
    """
    with open(path, "rb") as f:
        text = "\n" + f.read().decode("cp1252", errors="replace")
    result = DxfScan()
    pos = 0
    found = False
    while (m := _SECTION.search(text, pos)) is not None:
        end_m = _endsec(text, m.end())
        end = end_m.start() if end_m else len(text)
        name = m.group(1)
        if name == "ENTITIES":
            found = True
            _quick_entities(text[m.end():end], result)
        elif name == "OBJECTS" and _GEODATA.search(text, m.end(), end):
            result.geodata = True
        pos = max(end, m.end())
    if not found:
        raise ValueError("no ENTITIES section")
    return result


def _endsec(text: str, pos: int) -> re.Match | None:
    """``_ENDSEC.search(text, pos)``, found faster: each "ENDSEC" line tried in turn.

    The pattern's leading newline occurs on every line, which makes the
    regular-expression search try (and reject) every line of a section.
    """
    i = text.find("\nENDSEC", pos)
    while i >= 0:
        start = text.rfind("\n", pos, i)  # the newline before the "0" line above ENDSEC
        if start >= 0:
            m = _ENDSEC.match(text, start)
            if m is not None:
                return m
        i = text.find("\nENDSEC", i + 1)
    return None


_STOP_CODES = frozenset({"10", "11", "70", "90", "91"})


def _head_pairs(owner: Entity, lines: list[str], start: int) -> bool:
    """Handle, layer and colour from the pairs ``lines[start], lines[start + 1], …``; True at a stop code."""
    for i in range(start, len(lines) - 1, 2):
        code = lines[i].strip()
        if code == "5":
            if owner.handle is None:
                owner.handle = lines[i + 1].strip().upper()
        elif code == "8":
            if owner.layer is None:
                owner.layer = lines[i + 1].strip()
        elif code == "62":
            if owner.colour is None:
                try:
                    owner.colour = int(lines[i + 1].strip())
                except ValueError:
                    pass
        elif code in _STOP_CODES:
            return True  # the entity's own data starts: the common attributes are behind us
    return False


def _quick_entities(section: str, result: DxfScan) -> None:
    parts = _ENTITY.split(section)
    # parts: [before, TYPE, body, TYPE, body, ...]; a body starts with the newline ending its
    # type line and ends before the newline of the next "0" line.  The first 20 pairs of a body
    # are read, in two steps of 10 (most entities reach a stop code within the first 10).
    entities = result.entities
    for k in range(1, len(parts) - 1, 2):
        etype = parts[k]
        if etype in SUB_ENTITIES:
            continue
        entity = Entity(etype)
        entities.append(entity)
        lines = parts[k + 1].split("\n", 21)  # "", then up to 10 pairs, then the rest
        if not _head_pairs(entity, lines, 1) and len(lines) == 22:
            _head_pairs(entity, lines[21].split("\n", 20), 0)  # up to 10 more pairs


def _scan_tags(tags, result: DxfScan) -> None:
    section = None
    expect_name = False
    current: Entity | None = None
    entities = result.entities
    for tag in tags:
        code = tag.code
        if code == 0:
            value = tag.value.strip() if isinstance(tag.value, str) else str(tag.value)
            current = None
            if value == "SECTION":
                expect_name = True
                continue
            if value in ("ENDSEC", "EOF"):
                section = None
                continue
            if section == "ENTITIES" and value not in SUB_ENTITIES:
                current = Entity(value)
                entities.append(current)
            elif section == "OBJECTS" and value == "GEODATA":
                result.geodata = True
            continue
        if expect_name:
            if code == 2:
                section = str(tag.value).strip()
            expect_name = False
            continue
        if current is None:
            continue
        if code == 5 and current.handle is None:
            current.handle = str(tag.value).strip().upper()
        elif code == 8 and current.layer is None:
            current.layer = str(tag.value).strip()
        elif code == 62 and current.colour is None:
            try:
                current.colour = int(str(tag.value).strip())
            except ValueError:
                pass


def _scan_binary(path: str, result: DxfScan) -> None:
    """Binary DXF (rare): the full ezdxf document loader."""
    import ezdxf

    doc = ezdxf.readfile(path)
    for layout in doc.layouts:
        for e in layout:
            colour = e.dxf.get("color")
            result.entities.append(Entity(e.dxftype(), str(e.dxf.get("handle", "") or "").upper() or None,
                                          e.dxf.get("layer"), colour))
    result.geodata = doc.modelspace().get_geodata() is not None


def geodata_crs(path: str) -> tuple[int | None, str]:
    """(EPSG code, description) of the GEODATA object of ``path`` (None when not EPSG)."""
    from ezdxf import recover

    doc, _auditor = recover.readfile(path)
    geodata = doc.modelspace().get_geodata()
    if geodata is None:
        return None, ""
    try:
        epsg, _axis_ordering = geodata.get_crs()
    except Exception as exc:  # an unreadable coordinate-system definition
        return None, str(exc)
    return int(epsg), f"EPSG:{epsg}"


def recover_copy(path: str, target: str) -> int:
    """Write ezdxf's recovered version of ``path`` to ``target``; returns the number of fixes."""
    from ezdxf import recover

    doc, auditor = recover.readfile(path)
    doc.saveas(target)
    return len(auditor.fixes) + len(auditor.errors)
