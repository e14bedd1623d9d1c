"""What the import tells the officer: codes, parameters, Dutch and English text.

The readers, the mapping and the pipeline raise :class:`ImportFault` with a
code and parameters only; the text is rendered here (Dutch first), so the
wizard and ``lekp:importplan`` show the same message.
"""

from __future__ import annotations

from ..core.faults import UserFault

_MESSAGES: dict[str, tuple[str, str]] = {
    "not_found": ("Bestand {path} bestaat niet.", "File {path} does not exist."),
    "open_failed": ("{path} kan niet gelezen worden: {reason}",
                    "{path} cannot be read: {reason}"),
    "unknown_format": ("{path} is geen bestand dat de import kent (DXF, shapefile, GeoPackage, "
                       "GeoJSON, GML of CSV).",
                       "{path} is not a file the import knows (DXF, shapefile, GeoPackage, "
                       "GeoJSON, GML or CSV)."),
    "no_layer": ("{path} heeft geen laag '{layer}' (lagen: {layers}).",
                 "{path} has no layer '{layer}' (layers: {layers})."),
    "empty": ("{path} bevat geen objecten.", "{path} holds no features."),
    "nested_collection": ("{path}: geen objecten: een FeatureCollection genest in een "
                          "FeatureCollection (de objecten zitten één niveau te diep).",
                          "{path}: no features: a FeatureCollection nested inside a "
                          "FeatureCollection (the features are one level too deep)."),
    "json_parse": ("{path} is geen geldige JSON: {reason} op regel {line}, kolom {column}.",
                   "{path} is not valid JSON: {reason} at line {line}, column {column}."),
    "json_no_geometry": ("{path} is JSON maar geen GeoJSON: er zijn geen objecten met geometrie.",
                         "{path} is JSON but not GeoJSON: there are no features with geometry."),
    "csv_no_geometry": ("{path}: geen geometrie gevonden; verwacht een kolom met WKT (wkt, geom, "
                        "geometrie) of x/y-kolommen (x, y of lon, lat). Kolommen: {columns}.",
                        "{path}: no geometry found; expected a WKT column (wkt, geom, geometrie) "
                        "or x/y columns (x, y or lon, lat). Columns: {columns}."),
    "ezdxf_missing": ("DXF-import heeft de Python-module ezdxf nodig en die ontbreekt; zonder "
                      "ezdxf kan niet nagegaan worden of alle CAD-objecten gelezen zijn, dus wordt "
                      "niets geïmporteerd. Installeer ezdxf (bijvoorbeeld: {command}) en probeer "
                      "opnieuw.",
                      "DXF import needs the Python module ezdxf, which is missing; without ezdxf "
                      "it cannot be checked that every CAD entity was read, so nothing is "
                      "imported. Install ezdxf (for example: {command}) and try again."),
    "dxf_unread": ("{path}: {missing} kon(den) niet gelezen worden (ook niet na herstel met "
                   "ezdxf); er is niets geïmporteerd om geen onvolledig plan te registreren.",
                   "{path}: {missing} could not be read (not even after recovery with ezdxf); "
                   "nothing was imported, so as not to register an incomplete plan."),
    "dxf_broken": ("{path} is een beschadigd DXF-bestand dat niet hersteld kan worden: {reason}",
                   "{path} is a damaged DXF file that cannot be recovered: {reason}"),
    "g004_geodata": ("LEKP-G004: {path} is met een GEODATA-object geplaatst in {crs}; dat is "
                     "geen Belgisch stelsel (Lambert 72 of Lambert 2008), dus de tekening ligt "
                     "niet in Vlaanderen. Er is niets geïmporteerd, ook niet met een opgegeven "
                     "coördinatenstelsel: het GEODATA-object zegt waar de tekening ligt.",
                     "LEKP-G004: {path} is placed by a GEODATA object in {crs}; that is not a "
                     "Belgian system (Lambert 72 or Lambert 2008), so the drawing does not lie in "
                     "Flanders. Nothing was imported, not even with a stated coordinate reference "
                     "system: the GEODATA object says where the drawing lies."),
    "g004": ("LEKP-G004: de coördinaten van {path} (x {xmin} – {xmax}, y {ymin} – {ymax}) "
             "kunnen geen Belgische Lambert 72 (EPSG:31370) in Vlaanderen zijn{hint}. Er is niets "
             "geïmporteerd; geef het coördinatenstelsel van het bestand op als het niet Lambert 72 "
             "is.",
             "LEKP-G004: the coordinates of {path} (x {xmin} – {xmax}, y {ymin} – {ymax}) cannot "
             "be Belgian Lambert 72 (EPSG:31370) in Flanders{hint}. Nothing was imported; state the "
             "file's coordinate reference system if it is not Lambert 72."),
    "g004_after": ("LEKP-G004: na omzetting van {crs} naar Lambert 72 liggen de coördinaten van "
                   "{path} (x {xmin} – {xmax}, y {ymin} – {ymax}) niet in Vlaanderen; klopt het "
                   "opgegeven coördinatenstelsel? Er is niets geïmporteerd.",
                   "LEKP-G004: after conversion from {crs} to Lambert 72 the coordinates of {path} "
                   "(x {xmin} – {xmax}, y {ymin} – {ymax}) do not lie in Flanders; is the stated "
                   "coordinate reference system right? Nothing was imported."),
    "crs_unknown": ("Onbekend coördinatenstelsel '{crs}' (verwacht bijvoorbeeld EPSG:31370).",
                    "Unknown coordinate reference system '{crs}' (expected e.g. EPSG:31370)."),
    "nothing_mapped": ("Geen verbeteringen herkend in {path}: het profiel '{profile}' herkent geen "
                       "van de {count} objecten (lagen: {layers}).",
                       "No improvements recognised in {path}: profile '{profile}' recognises none "
                       "of the {count} features (layers: {layers})."),
    "profile_invalid": ("Importprofiel {path} is ongeldig: {reason}",
                        "Import profile {path} is invalid: {reason}"),
    "profile_not_found": ("Importprofiel '{name}' bestaat niet (bekend: {known}).",
                          "Import profile '{name}' does not exist (known: {known})."),
    "store": ("{reason}", "{reason}"),
    "write_failed": ("Schrijven naar {path} mislukt: {reason}. De opslag is ongewijzigd.",
                     "Writing to {path} failed: {reason}. The store is unchanged."),
}

#: Hints appended to LEKP-G004 for recognisable other systems.
_HINTS: dict[str, tuple[str, str]] = {
    "degrees": (": dit lijken graden (WGS 84, EPSG:4326)", ": these look like degrees (WGS 84, EPSG:4326)"),
    "gauss_kruger": (": dit lijken Gauss-Krüger-coördinaten met zoneprefix (bv. EPSG:31467)",
                     ": these look like zone-prefixed Gauss-Krüger coordinates (e.g. EPSG:31467)"),
    "lambert2008": (": dit lijkt Lambert 2008 (EPSG:3812)", ": this looks like Lambert 2008 (EPSG:3812)"),
    "british_grid": (": dit lijkt het British National Grid (EPSG:27700)",
                     ": this looks like the British National Grid (EPSG:27700)"),
    "local": (": dit lijken lokale tekeningcoördinaten zonder georeferentie (of graden)",
              ": these look like local drawing coordinates without georeferencing (or degrees)"),
    "": ("", ""),
}


class ImportFault(UserFault):
    """A user-facing import problem: a code, its parameters, Dutch/English text."""

    MESSAGES = _MESSAGES

    def template_params(self, lang: str) -> dict:
        params = dict(self.params)
        if self.code == "g004":
            hint = _HINTS.get(params.get("hint", ""), ("", ""))
            params["hint"] = hint[0] if lang == "nl" else hint[1]
        return params


def fmt(value: float) -> str:
    """A coordinate for a message: rounded, no exponent."""
    return f"{value:.0f}" if abs(value) >= 1000 else f"{value:.2f}"
