"""Look and form of the store layers, derived from the core schema and catalogue.

Two kinds of configuration live here:

* **Portable** (:func:`configure` and :func:`apply_style`):
  what is written into the GeoPackage's ``layer_styles`` (the QML files in
  ``resources/styles`` are made from it by ``scripts/make_styles.py``) and so
  travels to QGIS without the plugin and to QField: a renderer per categorie
  with a Dutch legend, labels at large scales, the attribute form in tabs
  "Wat / Wanneer / Bron / Systeem" with value maps (categorie offers only the
  categories allowed on the layer's geometry), dd/mm/jjjj dates, read-only
  system fields and *soft* constraints (the form warns, never refuses to save:
  errors block sync, not editing).
  Each categorie in the form's choice names the unit of ``hoeveelheid``
  ("Natuurgroenperk (stuks van ≥ 10 m²)", "Ontharding (m²)").
* **Plugin only**: :mod:`.formhooks` adds the unit, the proposed quantity and
  the live findings to every form of a store layer while the plugin runs;
  nothing of it is stored.
"""

from __future__ import annotations

from qgis.core import (
    QgsAttributeEditorContainer,
    QgsAttributeEditorField,
    QgsCategorizedSymbolRenderer,
    QgsDefaultValue,
    QgsEditFormConfig,
    QgsEditorWidgetSetup,
    QgsFieldConstraints,
    QgsPalLayerSettings,
    QgsRendererCategory,
    QgsSymbol,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor

from ..core.catalogue import PACT_START, PARAMETERS, SINGLE_OF_MULTI, UNITS
from ..core.schema import FIELDS, GEOMETRY_FAMILIES, FieldType

#: Every new feature gets its UUID the moment it is drawn (SPEC §3); the
#: store's trigger covers tools that insert without one.
ID_DEFAULT = "uuid('WithoutBraces')"

#: Bumped whenever the stored default styles change: stores with an older
#: style are upgraded when opened (see :func:`lekp_plugin.store.geopackage.write_styles`).
STYLE_VERSION = 4

_CHOICE_LABELS = {
    "aard": {"aanleg": ("Aanleg", "Construction"), "verwijdering": ("Verwijdering", "Removal")},
    "status": {"gepland": ("Gepland", "Planned"), "uitgevoerd": ("Uitgevoerd", "Completed")},
    "domein": {"publiek": ("Publiek domein", "Public domain"), "privaat": ("Privaat domein", "Private domain")},
    "bron": {"manueel": ("Manueel", "Manual"), "import": ("Import", "Import"), "veld": ("Veld", "Field")},
}

#: One colour per categorie (greens for vergroening, blues for water).
COLOURS = {
    "boom": "#1b7837", "haag": "#5aae61", "geveltuin": "#c2a5cf", "natuurgroenperk": "#a6dba0",
    "ontharding": "#e08214", "hemelwater_hergebruik": "#2166ac", "hemelwater_buffer": "#4393c3",
    "hemelwater_infiltratie": "#92c5de",
}

#: What ``hoeveelheid`` means per categorie, in the words of the form (Dutch, English).
MEANING = {
    "boom": ("aantal bomen", "number of trees"),
    "haag": ("lengte van de haag", "length of the hedge"),
    "geveltuin": ("lengte van de geveltuin(en) langs de gevel", "length of the facade garden(s)"),
    "natuurgroenperk": ("aantal perken van ≥ 10 m²", "number of plots of ≥ 10 m²"),
    "ontharding": ("onthard oppervlak (mag kleiner zijn dan het vlak)",
                   "de-paved area (may be smaller than the polygon)"),
    "hemelwater_hergebruik": ("opvangvolume in m³ (niet in liter)", "capacity in m³ (not litres)"),
    "hemelwater_buffer": ("buffervolume in m³ (niet in liter)", "buffer volume in m³ (not litres)"),
    "hemelwater_infiltratie": ("infiltratievolume in m³ (niet in liter)",
                               "infiltration volume in m³ (not litres)"),
}

#: Form tabs: (Dutch, English, fields).  System fields go last, folded into their own tab.
TABS = (
    ("Wat", "What", ("categorie", "aard", "hoeveelheid", "projectnaam", "domein", "opgelegd",
                     "gegroepeerd", "toelichting")),
    ("Wanneer", "When", ("status", "geplande_datum", "uitvoeringsdatum")),
    ("Bron", "Source", ("bron", "bron_bestand", "bron_sha256", "bron_sleutel")),
)
SYSTEM_TAB = ("Systeem", "System")
#: Shown read-only on the system tab.
SYSTEM_FIELDS = ("fid", "id", "gemeente_nis", "aangemaakt_op", "aangemaakt_door", "gewijzigd_op",
                 "gewijzigd_door", "versie")
#: Set by an import: read-only in the form too.
READ_ONLY = {"bron_bestand", "bron_sha256", "bron_sleutel"}


def family_key(layer: QgsVectorLayer) -> str | None:
    """``vlak``/``lijn``/``punt`` for a store layer (by its table name), else None."""
    source = layer.source()
    for fam in GEOMETRY_FAMILIES:
        if source.endswith(f"layername={fam.layer_name}") or f"layername={fam.layer_name}|" in source:
            return fam.key
    return None


def allowed_categories(family: str | None) -> list[str]:
    """Categories a feature drawn on the family's layer may have (SPEC §2 geometry column)."""
    if family is None:
        return list(PARAMETERS)
    fam = next(f for f in GEOMETRY_FAMILIES if f.key == family)
    out = []
    for code, param in PARAMETERS.items():
        types = set(param.geometry_types) | {SINGLE_OF_MULTI.get(t, t) for t in param.geometry_types}
        if types & {SINGLE_OF_MULTI.get(t, t) for t in fam.member_types}:
            out.append(code)
    return out


def unit_label(categorie: str, lang: str = "nl") -> str:
    unit = UNITS[PARAMETERS[categorie].unit]
    return unit.label_nl if lang == "nl" else unit.label_en


def quantity_text(categorie: str | None, lang: str = "nl") -> str:
    """"Hoeveelheid in m²: onthard oppervlak …" for the form, or a hint to choose a category."""
    if categorie not in PARAMETERS:
        return ("Kies eerst een categorie: die bepaalt de eenheid van de hoeveelheid." if lang == "nl"
                else "Choose a category first: it decides the unit of the quantity.")
    nl, en = MEANING[categorie]
    if lang == "nl":
        return f"Hoeveelheid in {unit_label(categorie, lang)}: {nl}"
    return f"Quantity in {unit_label(categorie, lang)}: {en}"


#: The unit as the categorie's choice names it, where the unit alone says too little (Dutch, English).
_CHOICE_UNITS = {"natuurgroenperk": ("stuks van ≥ 10 m²", "pieces of ≥ 10 m²")}


def choice_label(categorie: str, lang: str = "nl") -> str:
    """The categorie as the form offers it, with the unit of hoeveelheid: "Natuurgroenperk (stuks van ≥ 10 m²)".

    Stored in the form's value map, so QGIS without the plugin and QField show
    the unit too.  (A data-defined label on hoeveelheid would follow the
    categorie, but QGIS 3.22 crashes when a layer's fields are refreshed while
    a form with such a label is open.)
    """
    nl, en = _CHOICE_UNITS.get(categorie, (unit_label(categorie, "nl"), unit_label(categorie, "en")))
    return f"{PARAMETERS[categorie].label(lang)} ({nl if lang == 'nl' else en})"


def _choices(name: str, lang: str, family: str | None = None) -> dict[str, str]:
    """Label → value, as QGIS's ValueMap widget wants it."""
    if name == "categorie":
        return {choice_label(c, lang): c for c in allowed_categories(family)}
    return {(nl if lang == "nl" else en): value for value, (nl, en) in _CHOICE_LABELS[name].items()}


def _quoted_list(values) -> str:
    return ", ".join(f"'{v}'" for v in values)


def constraints(lang: str = "nl", family: str | None = None) -> dict[str, tuple[str, str]]:
    """Field → (expression, description) of the soft expression constraints."""
    nl = lang == "nl"
    out = {
        "hoeveelheid": ('"hoeveelheid" > 0',
                        "Hoeveelheid moet groter dan 0 zijn, in de eenheid van de categorie "
                        "(stuks, m, m², m³) (LEKP-Q001)" if nl
                        else "Quantity must be greater than 0, in the category's unit "
                        "(pieces, m, m², m³) (LEKP-Q001)"),
        "uitvoeringsdatum": (
            f"(\"status\" IS NULL OR \"status\" <> 'uitgevoerd' OR \"uitvoeringsdatum\" IS NOT NULL) "
            f"AND (\"uitvoeringsdatum\" IS NULL OR (\"uitvoeringsdatum\" >= to_date('{PACT_START}') "
            f"AND \"uitvoeringsdatum\" <= now()))",
            "Verplicht bij 'uitgevoerd'; tussen 01/01/2021 en vandaag (LEKP-D001/D002/D003)" if nl
            else "Required when 'completed'; between 01/01/2021 and today (LEKP-D001/D002/D003)"),
        "projectnaam": ('length("projectnaam") <= 200',
                        "Hoogstens 200 tekens" if nl else "At most 200 characters"),
    }
    for f in FIELDS:
        if f.choices:
            values = allowed_categories(family) if f.name == "categorie" else f.choices
            out[f.name] = (f'"{f.name}" IS NULL OR "{f.name}" IN ({_quoted_list(values)})',
                           ("Onbekende of hier niet toegelaten waarde (LEKP-F002/G003)" if nl
                            else "Unknown value or not allowed here (LEKP-F002/G003)"))
    return out


def _tabs(layer: QgsVectorLayer, lang: str) -> QgsEditFormConfig:
    form = layer.editFormConfig()
    form.setLayout(QgsEditFormConfig.EditorLayout.TabLayout)
    form.clearTabs()
    fields = layer.fields()
    root = form.invisibleRootContainer()
    for nl, en, names in (*TABS, (*SYSTEM_TAB, SYSTEM_FIELDS)):
        tab = QgsAttributeEditorContainer(nl if lang == "nl" else en, root)
        tab.setIsGroupBox(False)
        tab.setColumnCount(1)
        for name in names:
            idx = fields.indexOf(name)
            if idx >= 0:
                tab.addChildElement(QgsAttributeEditorField(name, idx, tab))
        form.addTab(tab)
    return form


def configure(layer: QgsVectorLayer, lang: str = "nl") -> None:
    """Widgets, defaults, constraints and the tabbed form for one store layer.
    """
    family = family_key(layer)
    fields = layer.fields()
    exprs = constraints(lang, family)
    form = _tabs(layer, lang)
    for f in FIELDS:
        idx = fields.indexOf(f.name)
        if idx < 0:
            continue
        layer.setFieldAlias(idx, f.label(lang))
        if f.name == "id":
            layer.setDefaultValueDefinition(idx, QgsDefaultValue(ID_DEFAULT, False))
        if f.system or f.name in SYSTEM_FIELDS or f.name in READ_ONLY:
            setup = {"IsMultiline": False} if f.type is not FieldType.DATETIME else {
                "display_format": "dd/MM/yyyy HH:mm", "field_format": "yyyy-MM-ddTHH:mm:ss",
                "allow_null": True}
            layer.setEditorWidgetSetup(idx, QgsEditorWidgetSetup(
                "DateTime" if f.type is FieldType.DATETIME else "TextEdit", setup))
            form.setReadOnly(idx, True)
            continue
        if f.choices:
            layer.setEditorWidgetSetup(idx, QgsEditorWidgetSetup(
                "ValueMap", {"map": _choices(f.name, lang, family)}))
        elif f.type is FieldType.DATE:
            layer.setEditorWidgetSetup(idx, QgsEditorWidgetSetup("DateTime", {
                "display_format": "dd/MM/yyyy", "field_format": "yyyy-MM-dd", "calendar_popup": True,
                "allow_null": True}))
        elif f.type is FieldType.BOOLEAN:
            layer.setEditorWidgetSetup(idx, QgsEditorWidgetSetup("CheckBox", {}))
        elif f.type is FieldType.TEXT:
            layer.setEditorWidgetSetup(idx, QgsEditorWidgetSetup("TextEdit", {"IsMultiline": True}))
        if f.required:
            layer.setFieldConstraint(idx, QgsFieldConstraints.Constraint.ConstraintNotNull,
                                     QgsFieldConstraints.ConstraintStrength.ConstraintStrengthSoft)
        if f.name in exprs:
            expression, description = exprs[f.name]
            layer.setConstraintExpression(idx, expression, description)
            layer.setFieldConstraint(idx, QgsFieldConstraints.Constraint.ConstraintExpression,
                                     QgsFieldConstraints.ConstraintStrength.ConstraintStrengthSoft)
    fid = fields.indexOf("fid")
    if fid >= 0:
        layer.setFieldAlias(fid, "Rij (fid)" if lang == "nl" else "Row (fid)")
        form.setReadOnly(fid, True)
    quantity = fields.indexOf("hoeveelheid")
    if quantity >= 0:  # the unit is named with the categorie the user picks (choice_label)
        layer.setFieldAlias(quantity, "Hoeveelheid (eenheid: zie categorie)" if lang == "nl"
                            else "Quantity (unit: see category)")
        form.setLabelOnTop(quantity, True)  # the long label above its box: the form keeps its width
    # No Python init code in the form: it would travel in saved projects and styles and
    # stop QGIS without the plugin with a "function not found" box.  The plugin's
    # additions reach the form through formhooks' watcher instead.
    form.setInitCodeSource(QgsEditFormConfig.PythonInitCodeSource.CodeSourceNone)
    form.setInitFunction("")
    layer.setEditFormConfig(form)


def renderer(family: str | None, lang: str = "nl") -> QgsCategorizedSymbolRenderer:
    """One symbol per allowed categorie, legend in the layer's language."""
    geometry = {"vlak": 2, "lijn": 1, "punt": 0}.get(family or "vlak", 2)
    cats = []
    for code in allowed_categories(family):
        colour = QColor(COLOURS[code])
        symbol = QgsSymbol.defaultSymbol(_geometry_type(geometry))
        symbol.setColor(colour)
        if geometry == 2:
            fill = QColor(colour)
            fill.setAlpha(140)
            symbol.setColor(fill)
            symbol.symbolLayer(0).setStrokeColor(colour.darker(140))
            symbol.symbolLayer(0).setStrokeWidth(0.5)
        elif geometry == 1:
            symbol.setWidth(0.9)
        else:
            symbol.setSize(3.0)
            symbol.symbolLayer(0).setStrokeColor(colour.darker(160))
        cats.append(QgsRendererCategory(code, symbol, PARAMETERS[code].label(lang)))
    other = QgsSymbol.defaultSymbol(_geometry_type(geometry))
    other.setColor(QColor("#888888"))
    cats.append(QgsRendererCategory(None, other, "Andere of geen categorie" if lang == "nl"
                                    else "Other or no category"))
    return QgsCategorizedSymbolRenderer("categorie", cats)


def _geometry_type(dim: int):
    from ..compat import geometry_type

    return geometry_type({0: "Point", 1: "Line", 2: "Polygon"}[dim])


def labeling(lang: str = "nl") -> QgsVectorLayerSimpleLabeling:
    """Category and quantity with its unit, from 1:2500 inwards (not a cluttered overview)."""
    settings = QgsPalLayerSettings()
    # QGIS expressions know only the searched CASE (CASE WHEN … THEN …)
    cases = " ".join(f"WHEN \"categorie\" = '{c}' THEN '{unit_label(c, lang)}'" for c in PARAMETERS)
    names = " ".join(f"WHEN \"categorie\" = '{c}' THEN '{PARAMETERS[c].label(lang)}'" for c in PARAMETERS)
    settings.fieldName = (f"CASE {names} ELSE coalesce(\"categorie\", '') END || ' ' || "
                          f"coalesce(format_number(\"hoeveelheid\", if(\"hoeveelheid\" = floor(\"hoeveelheid\"), 0, 1)) || ' ' || "
                          f"CASE {cases} ELSE '' END, '')")
    settings.isExpression = True
    settings.scaleVisibility = True
    settings.minimumScale = 2500  # QGIS: the most zoomed-out scale denominator shown
    settings.maximumScale = 1
    fmt = settings.format()
    fmt.setSize(8)
    buffer = fmt.buffer()
    buffer.setEnabled(True)
    buffer.setSize(0.8)
    fmt.setBuffer(buffer)
    settings.setFormat(fmt)
    return QgsVectorLayerSimpleLabeling(settings)


def apply_style(layer: QgsVectorLayer, lang: str = "nl") -> None:
    """Renderer, labels and form: the whole look of a store layer."""
    family = family_key(layer)
    configure(layer, lang)
    layer.setRenderer(renderer(family, lang))
    layer.setLabeling(labeling(lang))
    layer.setLabelsEnabled(True)
