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

from collections import Counter
from dataclasses import dataclass, field

#: Sub-entities that belong to the entity before them (not counted on their own).
SUB_ENTITIES = frozenset({"VERTEX", "SEQEND", "ATTRIB"})
_STRUCTURE = frozenset({"SECTION", "ENDSEC", "EOF"})


def ezdxf_available() -> bool:
    try:
        import ezdxf  # noqa: F401
    except ImportError:
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
