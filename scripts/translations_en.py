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
    "severity, message, ander_id, laag, bron_fid, parameters) en desgewenst een HTML- en CSV-rapport. "
    "Een overlapping of dubbele registratie geeft een rij bij elk van beide objecten, met het andere "
    "object in ander_id. Fouten blokkeren de synchronisatie.":
        "Checks the improvements in the chosen layers against every LEKP rule: required fields, valid "
        "geometry and geometry type, location in Flanders and in the municipality, area and quantity, dates, "
        "overlaps and duplicate registrations. Writes a table of findings (feature_id, code, severity, "
        "message, ander_id, laag, bron_fid, parameters) and, if wanted, an HTML and a CSV report. An overlap "
        "or duplicate registration gives a row on each of the two features, with the other feature in "
        "ander_id. Errors block synchronisation.",
}
EN.update({
    # lekp:validate output: every finding written (issue 7)
    "Bevindingen geschreven: {0}": "Findings written: {0}",
    "(zonder id)": "(without id)",
    "laag {0}": "layer {0}",
    "Bevinding {0} van object {1} ({2}rij {3} van {4}) werd door de uitvoer geweigerd; de tabel met "
    "bevindingen is onvolledig. Kies een ander uitvoerformaat of -bestand. Melding van de uitvoer: {5}":
        "Finding {0} of feature {1} ({2}row {3} of {4}) was refused by the output; the findings table is "
        "incomplete. Choose another output format or file. The output said: {5}",
    "De bevindingen konden niet volledig naar de uitvoer geschreven worden: {0}":
        "The findings could not all be written to the output: {0}",
})
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
# sync tab and conflict dialog (issue 10, QGIS side)
EN.update({
    "LEKP-synchronisatie": "LEKP synchronisation",
    "De synchronisatie liep mis door een onverwachte fout ({0}). Er ging niets verloren: de wijzigingen "
    "blijven klaarstaan. Details staan in het logboek (LEKP).":
        "The synchronisation failed with an unexpected error ({0}). Nothing is lost: the changes stay "
        "queued. Details are in the log (LEKP).",
    "Open eerst een opslag.": "Open a store first.",
    "Synchroniseren kan niet: de Python-module '{0}' ontbreekt in deze QGIS-installatie.":
        "Cannot synchronise: the Python module '{0}' is missing from this QGIS installation.",
    "niets: alle opgeslagen wijzigingen zijn verstuurd": "nothing: every saved change has been sent",
    "{0} nieuw, {1} gewijzigd, {2} verwijderd": "{0} new, {1} changed, {2} deleted",
    "{0} open": "{0} open",
    "geen": "none",
    "nog nooit": "never",
    "Geen objecten tegengehouden.": "No features held back.",
    "{0} object(en) met fouten worden niet verstuurd tot ze hersteld zijn (zie ook het tabblad Validatie):":
        "{0} feature(s) with errors are not sent until they are fixed (see also the Validation tab):",
    "Object {0} staat niet in een geopende laag van de opslag.":
        "Feature {0} is not in an open layer of the store.",
    "Open eerst een opslag (knop Opslag openen…).": "Open a store first (button Open store…).",
    "Vul het adres (URL) van het register in.": "Fill in the address (URL) of the registry.",
    "Het adres van het register moet met https:// (of http://) beginnen: '{0}'.":
        "The address of the registry must start with https:// (or http://): '{0}'.",
    "Laag '{0}' heeft niet-opgeslagen wijzigingen: sla ze op of maak ze ongedaan en synchroniseer dan opnieuw.":
        "Layer '{0}' has unsaved edits: save or discard them, then synchronise again.",
    "Verbinden met het register…": "Connecting to the registry…",
    "Bezig met synchroniseren…": "Synchronising…",
    "Annuleren… (het lopende verzoek wordt nog afgewerkt)": "Cancelling… (the running request is finished first)",
    "Synchronisatie geannuleerd: wat nog niet verstuurd was, blijft klaarstaan voor de volgende keer.":
        "Synchronisation cancelled: whatever was not sent yet stays queued for the next time.",
    "Register": "Registry",
    "URL": "URL",
    "https://register.voorbeeld.be": "https://registry.example.be",
    "Adres van het LEKP-register (OGC API – Features)": "Address of the LEKP registry (OGC API – Features)",
    "Authenticatie": "Authentication",
    "Methode 'Basic' met het token van het register als wachtwoord.":
        "Method 'Basic' with the registry's token as password.",
    "Toestand van de opslag": "State of the store",
    "Te versturen": "To send",
    "Conflicten": "Conflicts",
    "Oplossen…": "Resolve…",
    "Vergelijk uw versie met die van het register en kies per conflict":
        "Compare your version with the registry's and choose for each conflict",
    "Laatste synchronisatie": "Last synchronisation",
    "Klik om het object te selecteren en erheen te zoomen": "Click to select the feature and zoom to it",
    "Synchroniseren": "Synchronise",
    "Opgeslagen wijzigingen naar het register sturen en de wijzigingen van het register ophalen":
        "Send saved changes to the registry and fetch the registry's changes",
    "Annuleren": "Cancel",
    "Vernieuwen": "Refresh",
    "De toestand van de opslag opnieuw lezen": "Read the state of the store again",
    "(leeg)": "(empty)",
    "ja": "yes",
    "nee": "no",
    "(geen geometrie)": "(no geometry)",
    "vlak, {0} m²": "polygon, {0} m²",
    "lijn, {0} m": "line, {0} m",
    "{0} punt(en)": "{0} point(s)",
    "Op de kaart: <span style='color:#e66101'>■ mijn versie</span> · <span style='color:#2c7bb6'>▭ versie in "
    "het register</span> (gestippeld). Verschillende velden staan vet.":
        "On the map: <span style='color:#e66101'>■ my version</span> · <span style='color:#2c7bb6'>▭ the "
        "registry's version</span> (dashed). Fields that differ are in bold.",
    "U hebt dit object verwijderd, maar in het register werd het intussen gewijzigd.":
        "You deleted this feature, but it was changed in the registry in the meantime.",
    "U hebt dit object gewijzigd, maar in het register werd het intussen verwijderd.":
        "You changed this feature, but it was deleted in the registry in the meantime.",
    "Dit object werd zowel hier als in het register gewijzigd sinds de laatste synchronisatie. Er werd niets "
    "overschreven: kies welke versie blijft.":
        "This feature was changed both here and in the registry since the last synchronisation. Nothing was "
        "overwritten: choose which version stays.",
    "Geen open conflicten.": "No open conflicts.",
    "Geometrie": "Geometry",
    "mijn versie": "my version",
    "register": "registry",
    "(verwijderd)": "(deleted)",
    "LEKP-conflicten oplossen": "Resolve LEKP conflicts",
    "Open conflicten": "Open conflicts",
    "Veld": "Field",
    "Mijn versie": "My version",
    "Versie in het register": "Version in the registry",
    "Samenvoegen: behoud": "Merge: keep",
    "Mijn versie behouden": "Keep my version",
    "Uw versie wordt bij de volgende synchronisatie opnieuw verstuurd en vervangt die van het register":
        "Your version is sent again at the next synchronisation and replaces the registry's",
    "Versie van het register overnemen": "Take the registry's version",
    "Uw wijziging vervalt; de opslag krijgt de versie van het register":
        "Your change is dropped; the store gets the registry's version",
    "Samenvoegen": "Merge",
    "Behoud per veld de waarde die u in de laatste kolom koos; het resultaat wordt bij de volgende "
    "synchronisatie verstuurd":
        "Keeps for each field the value chosen in the last column; the result is sent at the next "
        "synchronisation",
    "Sluiten": "Close",
    ", {0} m verschoven": ", moved {0} m",
    "niets, behalve de {0} tegengehouden object(en) hieronder": "nothing, except the {0} held-back feature(s) below",
    "Object": "Feature",
    "Klik om het object te selecteren, erheen te zoomen en de fouten te lezen":
        "Click to select the feature, zoom to it and read its errors",
    "Bij samenvoegen behouden": "Keep when merging",
})

# lekp:sync (issue 10, sync engine)
EN.update({
    "LEKP-opslag (GeoPackage)": "LEKP store (GeoPackage)",
    "URL van het register": "Registry URL",
    "Authenticatieconfiguratie (token)": "Authentication configuration (token)",
    "Conflictbeleid": "Conflict policy",
    "Verzonden": "Sent",
    "Opgehaald": "Fetched",
    "Tegengehouden": "Held back",
    "HTTP-verzoeken": "HTTP requests",
    "Resultaat": "Result",
    "De opslag {0} bestaat niet.": "The store {0} does not exist.",
    "{0} is geen LEKP-opslag.": "{0} is not an LEKP store.",
    "Onbekend conflictbeleid '{0}' (kies stop, keep_mine of take_theirs).":
        "Unknown conflict policy '{0}' (choose stop, keep_mine or take_theirs).",
    "Token uit de omgevingsvariabele {0}.": "Token from the environment variable {0}.",
    "Tegengehouden {0} ({1}): {2}": "Held back {0} ({1}): {2}",
    "{0} conflict(en) wachten op een keuze (LEKP-paneel, tab Synchronisatie).":
        "{0} conflict(s) wait for a choice (LEKP panel, Synchronisation tab).",
    "Synchroniseren met het register": "Synchronise with the registry",
    "Verstuurt de lokale wijzigingen van de opslag naar het LEKP-register en haalt de wijzigingen van "
    "het register op. Objecten met fouten worden tegengehouden. Conflictbeleid: 'stop' laat conflicten "
    "staan voor een persoon (standaard), 'keep_mine' houdt de lokale versie, 'take_theirs' neemt de "
    "versie van het register. Het token komt uit de authenticatieconfiguratie (Basic: het token als "
    "wachtwoord) of, zonder configuratie, uit de omgevingsvariabele LEKP_REGISTRY_TOKEN.":
        "Sends the store's local changes to the LEKP registry and fetches the registry's changes. "
        "Features with errors are held back. Conflict policy: 'stop' leaves conflicts for a person "
        "(default), 'keep_mine' keeps the local version, 'take_theirs' takes the registry's version. "
        "The token comes from the authentication configuration (Basic: the token as password) or, "
        "without a configuration, from the environment variable LEKP_REGISTRY_TOKEN.",
})

# Progress report and dock progress tab (issue 13)
EN.update({
    "Rapport (PDF)": "Report (PDF)",
    "Voortgangstabel (CSV)": "Progress table (CSV)",
    "Overdracht PactPortaal (CSV)": "PactPortaal hand-over (CSV)",
    "Taal van het rapport": "Report language",
    "Bevolkingsbestand van Statbel (CSV of XLSX, leeg: referentiegegevens)":
        "Statbel population file (CSV or XLSX, empty: reference data)",
    "Aantal inwoners (leeg: uit de opslag of de referentiegegevens)":
        "Number of inhabitants (empty: from the store or the reference data)",
    "Verbeteringen": "Improvements",
    "Verbeteringen met fouten": "Improvements with errors",
    "Voortgang (JSON)": "Progress (JSON)",
    "Taal '{0}' is onbekend; kies nl of en.": "Language '{0}' is unknown; choose nl or en.",
    "Het rapport moet een .pdf-bestand zijn: {0}": "The report must be a .pdf file: {0}",
    "Het bevolkingsbestand {0} bestaat niet.": "The population file {0} does not exist.",
    "Opslag lezen en valideren: {0}": "Reading and validating the store: {0}",
    "Het rapport kon niet geschreven worden naar {0}: {1}": "The report could not be written to {0}: {1}",
    "Rapport geschreven: {0}": "Report written: {0}",
    "{0} kon niet geschreven worden: {1}": "{0} could not be written: {1}",
    "Voortgangsrapport LEKP (PDF, CSV, PactPortaal)": "LEKP progress report (PDF, CSV, PactPortaal)",
    "Rapportering": "Reporting",
    "Maakt het voortgangsrapport van de gemeente tegenover de doelen van 2030: een PDF met een "
    "kaart van de verbeteringen per categorie, de voortgangstabel, de cumulatieve grafiek "
    "2021–2030, de toelichting per doelstelling en de bronnen; desgewenst de tabel als CSV en "
    "een overdrachtsbestand in de vorm van de parametertabel van het PactPortaal (per "
    "doelstelling en parameter: gerealiseerd, gepland, opgelegd, toelichting). Alleen uitgevoerde "
    "verbeteringen tussen 01/01/2021 en 31/12/2030 tellen; verwijderingen tellen negatief; "
    "opgelegde, geplande, die buiten de periode en die met fouten staan apart. Het aantal "
    "inwoners komt uit de opslag (manueel ingegeven), een gekozen bevolkingsbestand van Statbel "
    "(CSV of XLSX) of de referentiegegevens van de plugin.":
        "Makes the municipality's progress report towards the 2030 targets: a PDF with a map of the "
        "improvements per category, the progress table, the cumulative chart 2021–2030, the "
        "explanation per objective and the sources; optionally the table as CSV and a hand-over file "
        "in the layout of the PactPortaal's parameter table (per objective and parameter: realised, "
        "planned, imposed, explanation). Only completed improvements between 01/01/2021 and "
        "31/12/2030 count; removals count negative; imposed, planned, those outside the period and "
        "those with errors are shown apart. The number of inhabitants comes from the store (entered "
        "by hand), a chosen Statbel population file (CSV or XLSX) or the plugin's reference data.",
})

# Plan import: lekp:importplan and the import wizard (issue 12)
EN.update({
    "Plan (DXF, shapefile, GeoPackage, GeoJSON, GML of CSV)": "Plan (DXF, shapefile, GeoPackage, GeoJSON, GML or CSV)",
    "Importprofiel (naam of JSON-bestand; leeg: Vlaamse CAD-lagen)":
        "Import profile (name or JSON file; empty: Flemish CAD layers)",
    "Coördinatenstelsel van het plan (leeg: uit het bestand, anders Lambert 72)":
        "Coordinate reference system of the plan (empty: from the file, else Lambert 72)",
    "Zijn de maatregelen opgelegd door de verkavelingsvergunning?":
        "Are the measures imposed by the subdivision permit?",
    "Projectnaam (leeg: uit het profiel of de bestandsnaam)": "Project name (empty: from the profile or the file name)",
    "Alleen tonen wat de import zou doen (niets schrijven)": "Only show what the import would do (write nothing)",
    "Laag in het bestand (leeg: alle lagen)": "Layer in the file (empty: all layers)",
    "Peildatum voor de validatie (JJJJ-MM-DD, leeg: vandaag)": "Reference date for validation (YYYY-MM-DD, empty: today)",
    "Nieuw": "New",
    "Bijgewerkt": "Updated",
    "Ongewijzigd": "Unchanged",
    "Geweigerd (fouten)": "Refused (errors)",
    "Genegeerd": "Ignored",
    "Overzicht": "Summary",
    "Het plan {0} bestaat niet.": "The plan {0} does not exist.",
    "OPGELEGD moet 'ja' of 'nee' zijn.": "OPGELEGD must be 'ja' (yes) or 'nee' (no).",
    "De peildatum {0} is geen datum (JJJJ-MM-DD).": "The reference date {0} is not a date (YYYY-MM-DD).",
    "Plan lezen…": "Reading the plan…",
    "Profiel toepassen…": "Applying the profile…",
    "Vergelijken met de opslag…": "Comparing with the store…",
    "Valideren…": "Validating…",
    "Proefrun: er is niets geschreven.": "Dry run: nothing was written.",
    "Geschreven: {0} nieuw, {1} bijgewerkt.": "Written: {0} new, {1} updated.",
    "Verkavelingsplan importeren": "Import subdivision plan",
    "Import": "Import",
    "Importeert de bomen, hagen, groenperken, ontharding en hemelwatervoorzieningen van een "
    "verkavelingsplan (DXF, shapefile, GeoPackage, GeoJSON, GML of CSV) in de LEKP-opslag. "
    "Een importprofiel bepaalt welke lagen, blokken of attributen welke categorie worden; "
    "zonder profiel herkent de standaard gangbare Vlaamse CAD-lagen (BOMEN, HAAG, GROEN, "
    "BUFFER …) en negeert de rest. Een DXF heeft geen coördinatenstelsel: Lambert 72 wordt "
    "aangenomen, tenzij u een ander opgeeft. Alles wordt eerst gevalideerd; alleen geldige "
    "objecten worden in één transactie geschreven. Hetzelfde plan opnieuw importeren maakt "
    "geen dubbels: gewijzigde objecten worden bijgewerkt. Opgelegd: 'ja' als de maatregelen "
    "van het plan opgelegd zijn door de verkavelingsvergunning (ze tellen dan niet mee); "
    "hemelwatervoorzieningen zijn altijd opgelegd (hemelwaterverordening). "
    "Met DRY_RUN wordt alleen getoond wat de import zou doen.":
        "Imports the trees, hedges, green plots, de-paving and rainwater facilities of a subdivision "
        "plan (DXF, shapefile, GeoPackage, GeoJSON, GML or CSV) into the LEKP store. An import "
        "profile decides which layers, blocks or attributes become which category; without a "
        "profile the default recognises common Flemish CAD layers (BOMEN, HAAG, GROEN, BUFFER …) "
        "and ignores the rest. A DXF has no coordinate reference system: Lambert 72 is assumed "
        "unless you state another. Everything is validated first; only valid features are written, "
        "in one transaction. Importing the same plan again makes no duplicates: changed features "
        "are updated. Imposed: 'ja' (yes) when the plan's measures are imposed by the subdivision "
        "permit (they do not count then); rainwater facilities are always imposed (rainwater "
        "regulation). With DRY_RUN only what the import would do is shown.",
    'Verkavelingsplan importeren…': 'Import subdivision plan…',
    'Uit het bestand, anders Lambert 72 (EPSG:31370)': 'From the file, else Lambert 72 (EPSG:31370)',
    'Belgische Lambert 72 (EPSG:31370)': 'Belgian Lambert 72 (EPSG:31370)',
    'Belgische Lambert 2008 (EPSG:3812)': 'Belgian Lambert 2008 (EPSG:3812)',
    'WGS 84 (EPSG:4326)': 'WGS 84 (EPSG:4326)',
    'Ander stelsel…': 'Other system…',
    'Categorie': 'Category',
    'Objecten': 'Features',
    'Hoeveelheid': 'Quantity',
    'Telt voor het pact': 'Counts for the pact',
    'Opgelegd': 'Imposed',
    'Met fouten': 'With errors',
    'Object (bron)': 'Feature (source)',
    'Plan kiezen': 'Choose plan',
    'Plannen (*.dxf *.DXF *.shp *.zip *.gpkg *.geojson *.json *.gml *.csv)': 'Plans (*.dxf *.DXF *.shp *.zip *.gpkg *.geojson *.json *.gml *.csv)',
    'LEKP-opslag kiezen': 'Choose LEKP store',
    'Importprofiel laden': 'Load import profile',
    'Importprofielen (*.json)': 'Import profiles (*.json)',
    'Importprofiel exporteren': 'Export import profile',
    'Kies een bestaand planbestand.': 'Choose an existing plan file.',
    'Kies een bestaande LEKP-opslag (GeoPackage).': 'Choose an existing LEKP store (GeoPackage).',
    '{0}: {1} objecten gelezen, coördinatenstelsel {2}.': '{0}: {1} features read, coordinate reference system {2}.',
    'Te schrijven: {0} nieuw, {1} bijwerken; {2} ongewijzigd, {3} geweigerd (fouten).': 'To write: {0} new, {1} updates; {2} unchanged, {3} refused (errors).',
    'Dit bestand werd al geïmporteerd: alleen wijzigingen worden geschreven, geen dubbels.': 'This file was imported before: only changes are written, no duplicates.',
    'Niet geïmporteerd per laag: {0}.': 'Not imported per layer: {0}.',
    'Niet ingelezen (zonder geometrie): {0}.': 'Not read (no geometry): {0}.',
    'Bevindingen ({0})': 'Findings ({0})',
    'Voorbeeld import: {0}': 'Import preview: {0}',
    '{0}: {1} nieuw, {2} bijgewerkt, {3} ongewijzigd, {4} geweigerd.': '{0}: {1} new, {2} updated, {3} unchanged, {4} refused.',
    'Plan geïmporteerd': 'Plan imported',
    'Plan en opslag': 'Plan and store',
    'Kies het plan (DXF, shapefile, GeoPackage, GeoJSON, GML of CSV), de opslag en het importprofiel.': 'Choose the plan (DXF, shapefile, GeoPackage, GeoJSON, GML or CSV), the store and the import profile.',
    'Plan': 'Plan',
    '…': '…',
    'Importprofiel': 'Import profile',
    'Profiel laden…': 'Load profile…',
    'Een gedeeld profiel (JSON) toevoegen aan uw QGIS-profiel': 'Add a shared profile (JSON) to your QGIS profile',
    'Exporteren…': 'Export…',
    'Het gekozen profiel als JSON bewaren, om te delen met andere gemeenten': 'Save the chosen profile as JSON, to share with other municipalities',
    'Coördinatenstelsel': 'Coordinate reference system',
    'Projectnaam': 'Project name',
    'leeg: uit het profiel of de bestandsnaam': 'empty: from the profile or the file name',
    'Zijn de maatregelen van dit plan opgelegd door de verkavelingsvergunning?': 'Are the measures of this plan imposed by the subdivision permit?',
    'Nee: ze tellen mee voor het pact': 'No: they count for the pact',
    'Ja: geregistreerd, maar ze tellen niet mee': 'Yes: registered, but they do not count',
    'Hemelwatervoorzieningen zijn altijd opgelegd (hemelwaterverordening). De reden komt in de toelichting.': 'Rainwater facilities are always imposed (rainwater regulation). The reason goes into the explanation.',
    'Voorbeeld': 'Preview',
    'Wat wordt geïmporteerd, wat telt voor het pact, en de bevindingen. Alleen geldige objecten worden geschreven.': 'What is imported, what counts for the pact, and the findings. Only valid features are written.',
    'Toon de objecten van het plan op de kaart': "Show the plan's features on the map",
    "Het plan wordt gelezen en gevalideerd…": "Reading and validating the plan…",
    "Verkavelingsplan lezen": "Reading subdivision plan",
    "Onverwachte fout: {0}": "Unexpected error: {0}",
    "De objecten worden geschreven…": "Writing the features…",
})

# Validation at whole-territory scale: phase times, findings map layers, "Alles valideren" task (issue 15)
EN.update({
    "Duur: lezen {0:.3f} s, controleren {1:.3f} s, schrijven {2:.3f} s":
        "Duration: reading {0:.3f} s, checking {1:.3f} s, writing {2:.3f} s",
    "LEKP: alles valideren": "LEKP: validate everything",
    "LEKP-bevindingen ({0})": "LEKP findings ({0})",
    "vlakken": "polygons",
    "lijnen": "lines",
    "punten": "points",
    "fout": "error",
    "waarschuwing": "warning",
    "(de eerste {0} in de lijst)": "(the first {0} listed)",
})
EN.update({  # the dock's Voortgang tab (issue 13)
    "gepland": "planned",
    "opgelegd": "imposed",
    "buiten periode": "outside the period",
    "fouten": "errors",
    "doel onbekend": "target unknown",
    "De voortgang kon niet gelezen worden: {0}": "The progress could not be read: {0}",
    "{0} inwoners (referentiejaar {1}; {2})": "{0} inhabitants (reference year {1}; {2})",
    "Inwoners onbekend: doelen onbekend": "Population unknown: targets unknown",
    "{0} verbeteringen, {1} met fouten; toestand {2}": "{0} improvements, {1} with errors; as of {2}",
    "Toelichting: {0}": "Explanation: {0}",
    "De grafiek kon niet getekend worden.": "The chart could not be drawn.",
    "niet bewaard": "not saved",
    "De toelichting kon niet bewaard worden: {0}": "The explanation could not be saved: {0}",
    "bewaard": "saved",
    "Aantal inwoners van de gemeente (0: de referentiegegevens van de plugin gebruiken):":
        "Number of inhabitants of the municipality (0: use the plugin's reference data):",
    "manueel ingegeven": "entered by hand",
    "Rapport maken": "Make report",
    "Het LEKP-voortgangsrapport (PDF, CSV, PactPortaal) van deze opslag":
        "The LEKP progress report (PDF, CSV, PactPortaal) of this store",
    "Inwoners…": "Inhabitants…",
    "Een eigen aantal inwoners voor deze gemeente, bewaard in de opslag (0: terug naar de referentiegegevens)":
        "A population of your own for this municipality, kept in the store (0: back to the reference data)",
    "Klik op een doelstelling: de verbeteringen die meetellen worden geselecteerd.":
        "Click an objective: the improvements that count are selected.",
    "Cumulatief 2021–2030 tegenover het doel": "Cumulative 2021–2030 against the target",
    "Toelichting": "Explanation",
    "De uitleg van de gemeente bij deze doelstelling, zoals in het rapport van het PactPortaal.":
        "The municipality's explanation for this objective, as in the PactPortaal's report.",
    "Toelichting bewaren": "Save explanation",
})
EN.update({  # lekp:progressreport, population from the registry (issue 13)
    "Inwoners uit het register (URL, leeg: niet)": "Population from the registry (URL, empty: no)",
    "'{0}' is geen URL van een register (http:// of https://).": "'{0}' is not a registry URL (http:// or https://).",
    "LEKP-voortgang berekenen": "Computing LEKP progress",
    "{0} verbetering, {1} met fouten; toestand {2}": "{0} improvement, {1} with errors; as of {2}",
    # offline field package: lekp:offlinepackage, lekp:mergepackage, the dock buttons (issue 14)
    "Veldpakket…": "Field package…",
    "Pakket samenvoegen…": "Merge package…",
    "Veldwerk": "Field work",
    "Veldpakket maken (offline)": "Make field package (offline)",
    "Schrijft een map (en desgewenst een zip) om zonder netwerk op het terrein te werken, in QGIS of "
    "QField, zonder de plugin: de opslag met alleen de verbeteringen van het gebied (de hele gemeente, "
    "een kaartbeeld of een polygoonlaag), de gemeentegrens, de referentielaag van het register, een "
    "project (.qgz) met relatieve paden, stijlen en formulieren, een achtergrondkaart (MBTiles) "
    "getekend uit de gekozen lagen op de gekozen zoomniveaus (de geschatte grootte wordt vooraf "
    "getoond) en een veldlijst (PDF) van de geplande verbeteringen. Terug op kantoor: synchroniseer "
    "de opslag van het pakket rechtstreeks, of voeg het pakket samen met 'Veldpakket samenvoegen'.":
        "Writes a folder (and optionally a zip) for working in the field without a network, in QGIS or "
        "QField, without the plugin: the store with only the improvements of the area (the whole "
        "municipality, a map extent or a polygon layer), the municipal boundary, the registry's reference "
        "layer, a project (.qgz) with relative paths, styles and forms, a basemap (MBTiles) rendered from "
        "the chosen layers at the chosen zoom levels (the estimated size is shown first) and a field list "
        "(PDF) of the planned improvements. Back at the office: sync the package's store directly, or "
        "merge the package with 'Merge field package'.",
    "Gebied (polygoonlaag; leeg: de hele gemeente)": "Area (polygon layer; empty: the whole municipality)",
    "Gebied (kaartbeeld; leeg: de hele gemeente)": "Area (map extent; empty: the whole municipality)",
    "Lagen voor de achtergrondkaart (leeg: geen achtergrondkaart)": "Layers for the basemap (empty: no basemap)",
    "Kleinste zoomniveau": "Minimum zoom level",
    "Grootste zoomniveau (-1: automatisch, straatniveau binnen 200 MB)":
        "Maximum zoom level (-1: automatic, street level within 200 MB)",
    "Ook een zip maken": "Also make a zip",
    "Veldlijst (PDF)": "Field list (PDF)",
    "Pakketmap": "Package folder",
    "Project": "Project",
    "Opslag van het pakket": "Package store",
    "Zip": "Zip",
    "Verbeteringen in het pakket": "Improvements in the package",
    "Geschatte grootte achtergrondkaart (MB)": "Estimated basemap size (MB)",
    "Pakket {0}: {1} verbeteringen, {2} gepland (veldlijst).":
        "Package {0}: {1} improvements, {2} planned (field list).",
    "Veldpakket samenvoegen": "Merge field package",
    "Voegt de wijzigingen van een veldpakket (map, zip of de .gpkg ervan) samen met de opslag op "
    "kantoor: nieuwe, gewijzigde en verwijderde verbeteringen worden lokale wijzigingen van de "
    "opslag en gaan bij de volgende synchronisatie naar het register. Een verbetering die ook op "
    "kantoor gewijzigd werd, wordt een conflict (tab Synchronisatie), nooit stil overschreven. "
    "Een pakket dat nog open was (wijzigingen alleen in het -wal-bestand) zonder dat bestand wordt "
    "geweigerd; een pakket wordt één keer samengevoegd.":
        "Merges the edits of a field package (folder, zip or its .gpkg) into the office store: new, changed "
        "and deleted improvements become local edits of the store and go to the registry at the next sync. "
        "An improvement also changed at the office becomes a conflict (Sync tab), never silently "
        "overwritten. A package that was still open (edits only in its -wal file) without that file is "
        "refused; a package is merged once.",
    "Veldpakket (map, zip of .gpkg)": "Field package (folder, zip or .gpkg)",
    "LEKP-opslag op kantoor (GeoPackage)": "LEKP store at the office (GeoPackage)",
    "Gewijzigd": "Changed",
    "Verwijderd": "Deleted",
    "Het veldpakket {0} bestaat niet.": "The field package {0} does not exist.",
    "Samengevoegd: {0} nieuw, {1} gewijzigd, {2} verwijderd, {3} conflict(en).":
        "Merged: {0} new, {1} changed, {2} deleted, {3} conflict(s).",
})
EN.update({  # digitizing: Nieuwe verbetering, Nieuwe opslag, Basiskaart, toolbar (issue 11)
    "Nieuwe verbetering": "New improvement",
    "Basiskaart": "Basemap",
    "Basiskaart en snappen": "Basemap and snapping",
    "Ik heb een extra boom geplant": "I planted an extra tree",
    "Ik heb bomen geplant in een zone (aantal ingeven)": "I planted trees in an area (enter the number)",
    "Ik heb een boom gekapt": "I felled a tree",
    "Ik heb een haag aangeplant": "I planted a hedge",
    "Ik heb een haag verwijderd": "I removed a hedge",
    "Ik heb een geveltuin aangelegd": "I made a facade garden",
    "Ik heb een natuurgroenperk aangelegd (≥ 10 m²)": "I made a natural green plot (≥ 10 m²)",
    "Ik heb verharding weggenomen (ontharding)": "I removed paving (de-paving)",
    "Ik heb een regenwaterput voor hergebruik geplaatst": "I installed a rainwater tank for reuse",
    "Ik heb hemelwater gebufferd (buffervolume)": "I buffered rainwater (buffer volume)",
    "Ik heb een infiltratievoorziening aangelegd": "I built an infiltration facility",
    "Tekent in de laag {0}; categorie {1}": "Draws in the layer {0}; category {1}",
    "Gegroepeerde invoer over de hele gemeente": "Grouped entry over the whole municipality",
    "Gegroepeerde invoer": "Grouped entry",
    "Open eerst een LEKP-opslag (knop 'Opslag openen' of 'Nieuwe opslag').":
        "Open an LEKP store first (button 'Open store' or 'New store').",
    "Deze opslag heeft geen gemeentegrens; teken de zone zelf en vink 'Gegroepeerde invoer' aan.":
        "This store has no municipal boundary; draw the area yourself and tick 'Grouped entry'.",
    "Kies wat je gerealiseerd hebt: de juiste laag en het tekengereedschap worden gekozen, "
    "het formulier krijgt de categorie.":
        "Choose what you realised: the right layer and drawing tool are chosen, the form gets the category.",
    "Voegt GRB en orthofoto van Digitaal Vlaanderen toe en zet snappen aan op de LEKP-lagen en de gemeentegrens.":
        "Adds GRB and the orthophoto of Digitaal Vlaanderen and turns on snapping to the LEKP layers and "
        "the municipal boundary.",
    "{0} basislagen toegevoegd; snappen aan op {1} lagen.": "{0} base layers added; snapping on for {1} layers.",
    "GRB-basiskaart (Digitaal Vlaanderen)": "GRB base map (Digitaal Vlaanderen)",
    "Orthofoto (Digitaal Vlaanderen)": "Orthophoto (Digitaal Vlaanderen)",
    "{0} kon niet geladen worden: geen verbinding met geo.api.vlaanderen.be (offline of proxy?).":
        "{0} could not be loaded: no connection to geo.api.vlaanderen.be (offline or proxy?).",
    "Toont of verbergt het LEKP-paneel: opslag, validatie, synchronisatie en voortgang.":
        "Shows or hides the LEKP panel: store, validation, sync and progress.",
    "Maakt een nieuwe opslag voor een gemeente, met haar grens, en opent ze.":
        "Creates a new store for a municipality, with its boundary, and opens it.",
    "Leest een verkavelingsplan in de open opslag: DXF, shapefile, …":
        "Reads a subdivision plan into the open store: DXF, shapefile, …",
    "Registreer een verbetering: kies wat je gerealiseerd hebt en teken het op de kaart.":
        "Register an improvement: choose what you realised and draw it on the map.",
    "Voegt GRB en orthofoto van Digitaal Vlaanderen toe en zet snappen aan op de LEKP-lagen.":
        "Adds GRB and the orthophoto of Digitaal Vlaanderen and turns on snapping to the LEKP layers.",
    "Nieuwe LEKP-opslag": "New LEKP store",
    "Typ de naam van de gemeente": "Type the municipality's name",
    "Gemeente": "Municipality",
    "Opslag bewaren als": "Save store as",
    "Bewaren als": "Save as",
    "Uit het register ({0})": "From the registry ({0})",
    "Uit de grenzendienst van de Vlaamse overheid (VRBG, internet)":
        "From the Flemish government's boundary service (VRBG, internet)",
    "Uit een bestand": "From a file",
    "Geen grens (later toe te voegen)": "No boundary (to add later)",
    "Vectorbestanden (*.shp *.gpkg *.geojson *.json *.gml)": "Vector files (*.shp *.gpkg *.geojson *.json *.gml)",
    "Grensbestand": "Boundary file",
    "Kies een gemeente uit de lijst (typ een deel van de naam).":
        "Choose a municipality from the list (type part of its name).",
    "Kies waar de opslag bewaard wordt.": "Choose where the store is saved.",
    "Kies het grensbestand.": "Choose the boundary file.",
})
EN.update({  # the dock's findings list: severity filter (issue 11)
    "Alle meldingen": "All findings",
    "Alleen fouten": "Errors only",
    "Alleen waarschuwingen": "Warnings only",
    "Alleen info": "Info only",
    "Toon": "Show",
})
EN.update({  # the dock's findings list: one row per feature (issue 11)
    "{0} fout": "{0} error",
    "{0} fouten": "{0} errors",
    "{0} waarschuwing": "{0} warning",
    "{0} waarschuwingen": "{0} warnings",
    "{0} info": "{0} info",
    "nieuw, niet bewaard": "new, not saved",
})
EN.update({  # import wizard buttons and sync polish (polish of issues 10/12/13/14)
    "< Vorige": "< Back",
    "Volgende >": "Next >",
    "Toepassen": "Commit",
    "Importeren": "Import",
    "Help": "Help",
    "U hebt dit object gewijzigd, maar in het register werd het intussen naar gemeente {0} ({1}) "
    "verplaatst: het hoort niet meer bij deze opslag.":
        "You changed this feature, but meanwhile the registry moved it to municipality {0} ({1}): "
        "it no longer belongs to this store.",
})
