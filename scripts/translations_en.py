"""English for the Dutch UI strings, applied with ``python3 scripts/i18n.py apply``.

Kept as a plain mapping (Dutch → English) so a translator edits one file;
``scripts/i18n.py apply`` writes it into ``resources/i18n/lekp_en.ts``.
"""

EN = {
    # dock and plugin
    "Geen opslag geopend.": "No store open.",
    "LEKP-opslag openen": "Open LEKP store",
    "LEKP-registratie": "LEKP registration",
    "Opslag": "Store",
    "Nieuwe opslag…": "New store…",
    "Opslag openen…": "Open store…",
    "Validatie": "Validation",
    "De controle van de LEKP-regels komt in een volgende versie.": "Checking the LEKP rules comes in a later version.",
    "Voortgang": "Progress",
    "De voortgang tegenover de doelen van 2030 komt in een volgende versie.":
        "Progress against the 2030 targets comes in a later version.",
    "Synchronisatie": "Synchronisation",
    "Synchroniseren met het centrale register komt in een volgende versie.":
        "Syncing with the central registry comes in a later version.",
    "LEKP-paneel": "LEKP panel",
    "Nieuwe LEKP-opslag…": "New LEKP store…",
    "Python-pakketten ontbreken; het LEKP-paneel toont hoe je ze installeert.":
        "Python packages are missing; the LEKP panel shows how to install them.",
    # lekp:createstore
    "NIS-code van de gemeente (2025)": "NIS code of the municipality (2025)",
    "Gemeentegrenzen (bestand)": "Municipal boundaries (file)",
    "Veld met de NIS-code (leeg: automatisch)": "Field holding the NIS code (empty: automatic)",
    "Bestaande opslag met verbeteringen overschrijven": "Overwrite an existing store that holds improvements",
    "LEKP-opslag": "LEKP store",
    "Gemeente": "Municipality",
    "Aantal lagen": "Number of layers",
    "De grenslaag moet uit een bestand komen (shapefile, GeoPackage, GeoJSON).":
        "The boundary layer must come from a file (shapefile, GeoPackage, GeoJSON).",
    "Grens uit {0}": "Boundary from {0}",
    "Nieuwe LEKP-opslag (GeoPackage)": "New LEKP store (GeoPackage)",
    "Maakt een GeoPackage voor één gemeente met een vlakken-, lijnen- en puntenlaag voor verbeteringen "
    "(velden volgens het LEKP-schema, UUID-id, ruimtelijke indexen) en, als een grensbestand gegeven is, "
    "de grens van de gemeente. Gebruik de NIS-code van 2025; bij een grensbestand van vóór de fusies "
    "worden de gefuseerde gemeenten samengevoegd.":
        "Creates a GeoPackage for one municipality with a polygon, a line and a point layer for improvements "
        "(fields of the LEKP schema, UUID id, spatial indexes) and, when a boundary file is given, the "
        "municipality's boundary. Use the 2025 NIS code; with a boundary file from before the mergers the "
        "merged municipalities are united.",
    # lekp:validate
    "Lagen met verbeteringen": "Layers with improvements",
    "Gemeentegrens": "Municipal boundary",
    "Referentielagen (overlappingen en dubbels)": "Reference layers (overlaps and duplicates)",
    "Peildatum (JJJJ-MM-DD, leeg: vandaag)": "Reference date (YYYY-MM-DD, empty: today)",
    "Bevindingen": "Findings",
    "HTML-rapport": "HTML report",
    "CSV-rapport": "CSV report",
    "Aantal per code (JSON)": "Count per code (JSON)",
    "Gecontroleerde objecten": "Features checked",
    "Fouten": "Errors",
    "Waarschuwingen": "Warnings",
    "Info": "Info",
    "Kies minstens één laag met verbeteringen.": "Choose at least one layer with improvements.",
    "Peildatum '{0}' is geen datum van de vorm JJJJ-MM-DD.": "Reference date '{0}' is not a date of the form YYYY-MM-DD.",
    "Lezen: {0} ({1} objecten)": "Reading: {0} ({1} features)",
    "Controleren: {0} objecten": "Checking: {0} features",
    "Verbeteringen valideren (LEKP-regels)": "Validate improvements (LEKP rules)",
    "Controleert de verbeteringen in de gekozen lagen op alle LEKP-regels: verplichte velden, geldige "
    "geometrie en geometrietype, ligging in Vlaanderen en in de gemeente, oppervlakte en hoeveelheid, "
    "datums, overlappingen en dubbele registraties. Schrijft een tabel met bevindingen (feature_id, code, "
    "severity, message) en desgewenst een HTML- en CSV-rapport. Fouten blokkeren de synchronisatie.":
        "Checks the improvements in the chosen layers against every LEKP rule: required fields, valid "
        "geometry and geometry type, location in Flanders and in the municipality, area and quantity, dates, "
        "overlaps and duplicate registrations. Writes a table of findings (feature_id, code, severity, "
        "message) and, if wanted, an HTML and a CSV report. Errors block synchronisation.",
}
EN.update({
    # live validation in the dock
    "Nog niet gevalideerd.": "Not validated yet.",
    "Code": "Code",
    "Melding": "Message",
    "Laag": "Layer",
    "Alles valideren": "Validate all",
    "Herstel geometrie": "Repair geometry",
    "Vervangt de ongeldige geometrie door de herstelde (ongedaan te maken)":
        "Replaces the invalid geometry by the repaired one (can be undone)",
    "{0} fouten, {1} waarschuwingen, {2} info": "{0} errors, {1} warnings, {2} info",
    "De geometrie kon niet vervangen worden: is de laag bewerkbaar?":
        "The geometry could not be replaced: is the layer editable?",
})
