"""The QGIS side of the field package: basemap, ``.qgz`` project, field list PDF, folder and zip.

:func:`build_package` writes everything into a hidden folder beside the
target and renames it into place only when complete (the zip likewise), so a
failure — a full disk included — leaves nothing half-written.

The project refers to its files by relative paths, takes the store layers'
styles and forms as QGIS loads them from the GeoPackage's ``layer_styles``
(the forms of the schema are applied when the store has none, so the value
maps, dd/mm/jjjj dates and the UUID default travel in the project either way),
and needs no plugin to open.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import zipfile
from dataclasses import dataclass, field

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFillSymbol,
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemMap,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsPrintLayout,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsRasterLayer,
    QgsRectangle,
    QgsReferencedRectangle,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QColor, QFont

from .. import compat
from ..compat import set_label_format
from ..core.catalogue import PARAMETERS
from ..core.schema import BOUNDARY_LAYER, GEOMETRY_FAMILIES
from ..report.layout import _fit
from ..store import migrations
from .package import (
    AREA_LAYER,
    OfflineError,
    PackageStore,
    _is_disk_full,
    default_max_zoom,
    estimate_basemap,
    make_package_store,
)

BASEMAP_FILE = "achtergrond.mbtiles"
FIELD_LIST_FILE = "veldlijst.pdf"


@dataclass
class PackageResult:
    folder: str
    gpkg: str
    project: str
    store: PackageStore
    basemap: str | None = None
    basemap_tiles: int = 0
    basemap_estimate: int = 0
    field_list: str | None = None
    planned: int = 0
    zip: str | None = None
    files: list[str] = field(default_factory=list)


def render_basemap(layers: list, extent: tuple[float, float, float, float], zoom_min: int, zoom_max: int,
                   path: str, feedback: QgsProcessingFeedback | None = None) -> None:
    """MBTiles of ``layers`` (top first) over ``extent`` (EPSG:31370) at the zoom levels given."""
    alg = compat.tiles_algorithm()
    if alg is None:
        raise OfflineError("write_failed", path=path, reason="QGIS heeft geen XYZ-tegelalgoritme")
    project = QgsProject()
    # QGIS 3.22's Python algorithm reads the extent in the project's CRS, whatever CRS it is given in
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:31370"))
    for layer in layers:
        project.addMapLayer(layer.clone())
    context = QgsProcessingContext()
    context.setProject(project)
    rect = QgsReferencedRectangle(QgsRectangle(*extent), QgsCoordinateReferenceSystem("EPSG:31370"))
    params = {"EXTENT": rect, "ZOOM_MIN": zoom_min, "ZOOM_MAX": zoom_max, "DPI": 96, "TILE_FORMAT": 1,
              "QUALITY": 75, "METATILESIZE": 8, "BACKGROUND_COLOR": QColor(255, 255, 255, 255),
              "OUTPUT_FILE": path}
    feedback = feedback or QgsProcessingFeedback()
    alg.initAlgorithm({})
    try:
        results, ok = alg.run(params, context, feedback, {}, False)
    except QgsProcessingException as exc:
        message = str(exc)
        del exc  # QGIS 3.22's Python algorithm keeps its frames on the traceback
        if _is_disk_full(RuntimeError(message)):
            raise OfflineError("disk_full", path=os.path.dirname(path)) from None
        raise OfflineError("write_failed", path=path, reason=message.strip().splitlines()[-1]) from None
    if not ok or not os.path.exists(path):
        raise OfflineError("write_failed", path=path, reason="de achtergrondkaart kon niet getekend worden")


def basemap_layer(path: str, name: str) -> QgsRasterLayer:
    """The MBTiles basemap as a raster layer, without GDAL writing statistics files anywhere.

    Opening a raster, QGIS computes band statistics for its renderer's
    min/max; GDAL reads them from the MBTiles' coarsest overview and keeps them
    in a PAM file named after that overview's description, which the MBTiles
    driver leaves relative (``" - zoom_level=12"``): ``" - zoom_level=12.aux.xml"``
    appeared in the current directory when the dataset was closed. PAM is
    switched off for this thread while the layer is made; the datasets opened
    meanwhile keep it off until they close. The renderer does not change.
    """
    from osgeo import gdal

    old = gdal.GetThreadLocalConfigOption("GDAL_PAM_ENABLED", None)
    gdal.SetThreadLocalConfigOption("GDAL_PAM_ENABLED", "NO")
    try:
        return QgsRasterLayer(path, name, "gdal")
    finally:
        gdal.SetThreadLocalConfigOption("GDAL_PAM_ENABLED", old)


def _store_layer(gpkg: str, name: str, label: str) -> QgsVectorLayer:
    return QgsVectorLayer(f"{gpkg}|layername={name}", label, "ogr")


def _has_forms(layer: QgsVectorLayer) -> bool:
    idx = layer.fields().indexOf("categorie")
    return idx >= 0 and layer.editorWidgetSetup(idx).type() == "ValueMap"


def _store_transformation(project: QgsProject, source, target) -> None:
    from qgis.core import QgsDatumTransform

    operations = [op for op in QgsDatumTransform.operations(source, target) if op.isAvailable]
    if not operations:
        return
    context = project.transformContext()
    context.addCoordinateOperation(source, target, operations[0].proj, True)
    project.setTransformContext(context)


def write_project(folder: str, gpkg: str, basemap: str | None, title: str, extent, lang: str = "nl") -> str:
    """The package's ``.qgz`` (relative paths) beside ``gpkg``; returns its path."""
    from ..gui import formconfig

    path = os.path.join(folder, os.path.splitext(os.path.basename(gpkg))[0] + ".qgz")
    project = QgsProject()
    project.setFileName(path)
    project.setTitle(title)
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:31370"))
    root = project.layerTreeRoot()
    keep = []
    nl = lang == "nl"
    for fam in reversed(GEOMETRY_FAMILIES):  # points on top
        layer = _store_layer(gpkg, fam.layer_name, fam.label_nl if nl else fam.label_en)
        if not _has_forms(layer):
            formconfig.configure(layer, lang)  # the store has no forms in layer_styles yet
        keep.append(layer)
    reference = _store_layer(gpkg, migrations.REFERENCE_LAYER,
                             "Register (referentie, alleen lezen)" if nl else "Registry (reference, read only)")
    reference.setReadOnly(True)
    keep.append(reference)
    for name, label, colour in ((AREA_LAYER, "Pakketgebied" if nl else "Package area", "200,60,0,255"),
                                (BOUNDARY_LAYER, "Gemeentegrens" if nl else "Municipal boundary", "40,40,40,255")):
        layer = _store_layer(gpkg, name, label)
        if layer.isValid():
            layer.renderer().setSymbol(QgsFillSymbol.createSimple({
                "color": "0,0,0,0", "outline_color": colour, "outline_width": "0.6", "outline_style": "dash"}))
            keep.append(layer)
    if basemap:
        keep.append(basemap_layer(basemap, "Achtergrondkaart" if nl else "Basemap"))
    for layer in keep:
        project.addMapLayer(layer, False)
        root.addLayer(layer)
    if basemap:
        # the basemap is in Web Mercator: choose the transformation now, or QGIS asks on opening
        _store_transformation(project, QgsCoordinateReferenceSystem("EPSG:3857"), project.crs())
    project.viewSettings().setDefaultViewExtent(QgsReferencedRectangle(QgsRectangle(*extent), project.crs()))
    project.writeEntryBool("Paths", "/Absolute", False)
    if not project.write():
        raise OfflineError("write_failed", path=folder, reason=project.error() or "project")
    return path


# -- the field list --------------------------------------------------------------------------

def _date(iso) -> str:
    text = iso.toString("yyyy-MM-dd") if hasattr(iso, "toString") else str(iso or "")
    return f"{text[8:10]}/{text[5:7]}/{text[0:4]}" if len(text) >= 10 else ""


def _label(layout, text: str, x: float, y: float, w: float, h: float, size: float, page: int,
           bold: bool = False) -> None:
    item = QgsLayoutItemLabel(layout)
    item.setText(text)
    font = QFont("DejaVu Sans")
    font.setPointSizeF(size)
    font.setBold(bold)
    set_label_format(item, font, QColor("#000000"))
    layout.addLayoutItem(item)
    item.attemptMove(QgsLayoutPoint(x, y), page=page)
    item.attemptResize(QgsLayoutSize(w, h))


def write_field_list(gpkg: str, path: str, title: str, basemap: str | None = None, lang: str = "nl") -> int:
    """A PDF listing the planned features of the package, each with a small map; returns how many."""
    nl = lang == "nl"
    project = QgsProject()
    layers = []
    planned = []
    for fam in GEOMETRY_FAMILIES:
        layer = _store_layer(gpkg, fam.layer_name, fam.label_nl)
        project.addMapLayer(layer)
        layers.append(layer)
        for f in layer.getFeatures("\"status\" = 'gepland'"):
            planned.append(f)
    boundary = _store_layer(gpkg, BOUNDARY_LAYER, "grens")
    if boundary.isValid():
        project.addMapLayer(boundary)
        layers.append(boundary)
    if basemap:
        raster = basemap_layer(basemap, "achtergrond")
        if raster.isValid():
            project.addMapLayer(raster)
            layers.append(raster)
    planned.sort(key=lambda f: (str(f["projectnaam"] or ""), str(f["categorie"] or ""), str(f["id"])))
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    from qgis.core import QgsLayoutItemPage

    layout.pageCollection().page(0).setPageSize("A4", QgsLayoutItemPage.Orientation.Portrait)
    per_page, row_h, top = 5, 52.0, 28.0
    pages = max(1, (len(planned) + per_page - 1) // per_page)
    for _ in range(pages - 1):
        page = QgsLayoutItemPage(layout)
        page.setPageSize("A4", QgsLayoutItemPage.Orientation.Portrait)
        layout.pageCollection().addPage(page)
    for p in range(pages):
        _label(layout, title, 12, 10, 186, 8, 13, p, bold=True)
        _label(layout, (f"Geplande verbeteringen — blad {p + 1}/{pages}. Vink af en vul de uitvoeringsdatum in."
                        if nl else f"Planned improvements — sheet {p + 1}/{pages}. Tick and fill in the date."),
               12, 19, 186, 6, 8.5, p)
    if not planned:
        _label(layout, "Geen geplande verbeteringen in dit gebied." if nl else "No planned improvements in this area.",
               12, top, 186, 8, 10, 0)
    for i, f in enumerate(planned):
        p, row = divmod(i, per_page)
        y = top + row * row_h
        geom = f.geometry()
        box = geom.boundingBox()
        box.grow(max(25.0, 0.15 * max(box.width(), box.height())))
        item = QgsLayoutItemMap(layout)
        layout.addLayoutItem(item)
        item.attemptMove(QgsLayoutPoint(12, y), page=p)
        item.attemptResize(QgsLayoutSize(70, row_h - 6))
        item.setLayers(layers)
        item.setKeepLayerSet(True)
        item.setCrs(QgsCoordinateReferenceSystem("EPSG:31370"))
        item.setExtent(_fit(box, 70 / (row_h - 6)))
        item.setFrameEnabled(True)
        cat = PARAMETERS.get(str(f["categorie"]))
        quantity = f["hoeveelheid"]
        if isinstance(quantity, float):
            quantity = f"{quantity:g}".replace(".", ",") if nl else f"{quantity:g}"
        unit = cat.unit if cat is not None and hasattr(cat, "unit") else ""
        centre = geom.centroid().asPoint()
        text = "\n".join([
            f"{f['projectnaam'] or ''}",
            f"{cat.label(lang) if cat else f['categorie']} — {quantity or '?'} {unit}",
            (f"Gepland: {_date(f['geplande_datum'])}" if nl else f"Planned: {_date(f['geplande_datum'])}"),
            f"X {centre.x():.0f}  Y {centre.y():.0f} (Lambert 72)",
            f"id {str(f['id'])[:8]}",
            "",
            "☐ uitgevoerd op ___/___/______" if nl else "☐ completed on ___/___/______",
            "Opmerking:" if nl else "Remark:",
        ])
        _label(layout, text, 86, y, 112, row_h - 6, 8.5, p)
    exporter = QgsLayoutExporter(layout)
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.dpi = 150
    result = exporter.exportToPdf(path, settings)
    if result != QgsLayoutExporter.ExportResult.Success:
        raise OfflineError("write_failed", path=path, reason=f"PDF ({int(result)})")
    return len(planned)


# -- the whole package -------------------------------------------------------------------------

def _safe(text: str) -> str:
    return "".join(c if c.isalnum() or c in "-_" else "_" for c in text.lower()).strip("_") or "pakket"


def build_package(store: str, folder: str, area_wkb: bytes | None = None, basemap_layers: list | None = None,
                  zoom_min: int = 12, zoom_max: int | None = None, make_zip: bool = False,
                  field_list: bool = True, lang: str = "nl", feedback: QgsProcessingFeedback | None = None
                  ) -> PackageResult:
    """Write the field package folder (and zip) for ``store``; raises :class:`OfflineError`."""
    feedback = feedback or QgsProcessingFeedback()
    folder = os.path.abspath(folder)
    if os.path.exists(folder) and (not os.path.isdir(folder) or os.listdir(folder)):
        raise OfflineError("exists", path=folder)
    zip_path = folder + ".zip" if make_zip else None
    if zip_path and os.path.exists(zip_path):
        raise OfflineError("exists", path=zip_path)
    parent = os.path.dirname(folder)
    os.makedirs(parent, exist_ok=True)
    tmp = tempfile.mkdtemp(prefix=".lekp-pakket-", dir=parent)
    tmp_zip = None
    try:
        from ..store.geopackage import describe_store

        info = describe_store(store)
        name = _safe(f"lekp_{info.gemeente_naam or info.gemeente_nis}")
        gpkg = os.path.join(tmp, name + ".gpkg")
        feedback.setProgressText("Opslag voor het gebied" if lang == "nl" else "Store for the area")
        pkg = make_package_store(store, gpkg, area_wkb)
        feedback.setProgress(20)
        result = PackageResult(folder, os.path.join(folder, name + ".gpkg"), "", pkg)
        basemap = None
        if basemap_layers:
            zmax = zoom_max if zoom_max is not None and zoom_max >= zoom_min else default_max_zoom(pkg.extent, zoom_min)
            tiles, size = estimate_basemap(pkg.extent, zoom_min, zmax)
            result.basemap_tiles, result.basemap_estimate = tiles, size
            feedback.pushInfo((f"Achtergrondkaart: zoom {zoom_min}–{zmax}, {tiles} tegels, geschat "
                               f"{size / 1e6:.1f} MB.") if lang == "nl" else
                              f"Basemap: zoom {zoom_min}–{zmax}, {tiles} tiles, estimated {size / 1e6:.1f} MB.")
            if size > shutil.disk_usage(tmp).free:
                raise OfflineError("disk_full", path=parent)
            basemap = os.path.join(tmp, BASEMAP_FILE)
            feedback.setProgressText("Achtergrondkaart" if lang == "nl" else "Basemap")
            render_basemap(basemap_layers, pkg.extent, zoom_min, zmax, basemap, feedback)
        feedback.setProgress(70)
        title = (f"LEKP-veldpakket {info.gemeente_naam or info.gemeente_nis}" if lang == "nl"
                 else f"LEKP field package {info.gemeente_naam or info.gemeente_nis}")
        feedback.setProgressText("Project" if lang == "nl" else "Project")
        write_project(tmp, gpkg, basemap, title, pkg.extent, lang)
        if field_list:
            feedback.setProgressText("Veldlijst" if lang == "nl" else "Field list")
            result.planned = write_field_list(gpkg, os.path.join(tmp, FIELD_LIST_FILE), title, basemap, lang)
        feedback.setProgress(90)
        for n in os.listdir(tmp):
            if n.endswith(".aux.xml"):  # raster statistics GDAL kept while QGIS read the basemap
                os.unlink(os.path.join(tmp, n))
        files = sorted(os.listdir(tmp))
        if zip_path:
            feedback.setProgressText("Zip")
            fd, tmp_zip = tempfile.mkstemp(prefix=".lekp-pakket-", suffix=".zip", dir=parent)
            os.close(fd)
            with zipfile.ZipFile(tmp_zip, "w", zipfile.ZIP_DEFLATED) as zf:
                for n in files:
                    zf.write(os.path.join(tmp, n), os.path.join(os.path.basename(folder), n))
        os.chmod(tmp, 0o755)  # mkdtemp made it private; the package is meant to be copied
        for n in files:
            os.chmod(os.path.join(tmp, n), 0o644)
        if os.path.isdir(folder):
            os.rmdir(folder)  # empty (checked above)
        os.replace(tmp, folder)
        tmp = None
        if tmp_zip:
            os.replace(tmp_zip, zip_path)
            tmp_zip = None
            result.zip = zip_path
        result.project = os.path.join(folder, name + ".qgz")
        pkg.path = result.gpkg
        result.basemap = os.path.join(folder, BASEMAP_FILE) if basemap else None
        result.field_list = os.path.join(folder, FIELD_LIST_FILE) if field_list else None
        result.files = files
        feedback.setProgress(100)
        return result
    except OfflineError:
        raise
    except (OSError, RuntimeError) as exc:
        if _is_disk_full(exc):
            raise OfflineError("disk_full", path=parent) from None
        raise OfflineError("write_failed", path=parent, reason=str(exc).strip() or type(exc).__name__) from None
    finally:
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)
        if tmp_zip is not None and os.path.exists(tmp_zip):
            os.unlink(tmp_zip)
