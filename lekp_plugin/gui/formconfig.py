"""Attribute-form configuration of the store layers, derived from the core schema.

Widgets (value maps with Dutch labels, dd/mm/jjjj dates, read-only system
fields) and field constraints, so the form shows LEKP problems while the user
types.  Constraints are *soft*: the form warns but never refuses to save —
offline work in progress is kept; errors block sync, not editing.
"""

from __future__ import annotations

from qgis.core import (
    QgsDefaultValue,
    QgsEditorWidgetSetup,
    QgsFieldConstraints,
    QgsVectorLayer,
)

from ..core.catalogue import PACT_START, PARAMETERS
from ..core.schema import FIELDS, FieldType

#: Every new feature gets its UUID the moment it is drawn (SPEC §3); the
#: store's trigger covers tools that insert without one.
ID_DEFAULT = "uuid('WithoutBraces')"

_CHOICE_LABELS = {
    "aard": {"aanleg": ("Aanleg", "Construction"), "verwijdering": ("Verwijdering", "Removal")},
    "status": {"gepland": ("Gepland", "Planned"), "uitgevoerd": ("Uitgevoerd", "Completed")},
    "domein": {"publiek": ("Publiek domein", "Public domain"), "privaat": ("Privaat domein", "Private domain")},
    "bron": {"manueel": ("Manueel", "Manual"), "import": ("Import", "Import"), "veld": ("Veld", "Field")},
}


def _choices(name: str, lang: str) -> dict[str, str]:
    """Label → value, as QGIS's ValueMap widget wants it."""
    if name == "categorie":
        return {p.label(lang): p.code for p in PARAMETERS.values()}
    return {(nl if lang == "nl" else en): value for value, (nl, en) in _CHOICE_LABELS[name].items()}


def _quoted_list(values) -> str:
    return ", ".join(f"'{v}'" for v in values)


def constraints(lang: str = "nl") -> dict[str, tuple[str, str]]:
    """Field → (expression, description) of the soft expression constraints."""
    nl = lang == "nl"
    out = {
        "hoeveelheid": ('"hoeveelheid" > 0',
                        "Hoeveelheid moet groter dan 0 zijn (LEKP-Q001)" if nl
                        else "Quantity must be greater than 0 (LEKP-Q001)"),
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
            out[f.name] = (f'"{f.name}" IS NULL OR "{f.name}" IN ({_quoted_list(f.choices)})',
                           ("Onbekende waarde (LEKP-F002)" if nl else "Unknown value (LEKP-F002)"))
    return out


def configure(layer: QgsVectorLayer, lang: str = "nl") -> None:
    """Widgets, defaults and constraints for one store layer."""
    fields = layer.fields()
    exprs = constraints(lang)
    for f in FIELDS:
        idx = fields.indexOf(f.name)
        if idx < 0:
            continue
        layer.setFieldAlias(idx, f.label(lang))
        if f.name == "id":
            layer.setDefaultValueDefinition(idx, QgsDefaultValue(ID_DEFAULT, False))
        if f.system or f.name == "id":
            layer.setEditorWidgetSetup(idx, QgsEditorWidgetSetup("TextEdit", {}))
            form = layer.editFormConfig()
            form.setReadOnly(idx, True)
            layer.setEditFormConfig(form)
            continue
        if f.choices:
            layer.setEditorWidgetSetup(idx, QgsEditorWidgetSetup(
                "ValueMap", {"map": _choices(f.name, lang)}))
        elif f.type is FieldType.DATE:
            layer.setEditorWidgetSetup(idx, QgsEditorWidgetSetup("DateTime", {
                "display_format": "dd/MM/yyyy", "field_format": "yyyy-MM-dd", "calendar_popup": True,
                "allow_null": True}))
        elif f.type is FieldType.BOOLEAN:
            layer.setEditorWidgetSetup(idx, QgsEditorWidgetSetup("CheckBox", {}))
        if f.required:
            layer.setFieldConstraint(idx, QgsFieldConstraints.Constraint.ConstraintNotNull,
                                     QgsFieldConstraints.ConstraintStrength.ConstraintStrengthSoft)
        if f.name in exprs:
            expression, description = exprs[f.name]
            layer.setConstraintExpression(idx, expression, description)
            layer.setFieldConstraint(idx, QgsFieldConstraints.Constraint.ConstraintExpression,
                                     QgsFieldConstraints.ConstraintStrength.ConstraintStrengthSoft)
