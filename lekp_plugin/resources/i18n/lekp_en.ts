<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl">
  <context>
    <name>Basemap</name>
    <message>
      <source>GRB-basiskaart (Digitaal Vlaanderen)</source>
      <translation>GRB base map (Digitaal Vlaanderen)</translation>
    </message>
    <message>
      <source>Orthofoto (Digitaal Vlaanderen)</source>
      <translation>Orthophoto (Digitaal Vlaanderen)</translation>
    </message>
    <message>
      <source>{0} kon niet geladen worden: geen verbinding met geo.api.vlaanderen.be (offline of proxy?).</source>
      <translation>{0} could not be loaded: no connection to geo.api.vlaanderen.be (offline or proxy?).</translation>
    </message>
  </context>
  <context>
    <name>ConflictDialog</name>
    <message>
      <source>(leeg)</source>
      <translation>(empty)</translation>
    </message>
    <message>
      <source>ja</source>
      <translation>yes</translation>
    </message>
    <message>
      <source>nee</source>
      <translation>no</translation>
    </message>
    <message>
      <source>(geen geometrie)</source>
      <translation>(no geometry)</translation>
    </message>
    <message>
      <source>vlak, {0} m²</source>
      <translation>polygon, {0} m²</translation>
    </message>
    <message>
      <source>lijn, {0} m</source>
      <translation>line, {0} m</translation>
    </message>
    <message>
      <source>{0} punt(en)</source>
      <translation>{0} point(s)</translation>
    </message>
    <message>
      <source>Op de kaart: &lt;span style='color:#e66101'&gt;■ mijn versie&lt;/span&gt; · &lt;span style='color:#2c7bb6'&gt;▭ versie in het register&lt;/span&gt; (gestippeld). Verschillende velden staan vet.</source>
      <translation>On the map: &lt;span style='color:#e66101'&gt;■ my version&lt;/span&gt; · &lt;span style='color:#2c7bb6'&gt;▭ the registry's version&lt;/span&gt; (dashed). Fields that differ are in bold.</translation>
    </message>
    <message>
      <source>U hebt dit object verwijderd, maar in het register werd het intussen gewijzigd.</source>
      <translation>You deleted this feature, but it was changed in the registry in the meantime.</translation>
    </message>
    <message>
      <source>U hebt dit object gewijzigd, maar in het register werd het intussen naar gemeente {0} ({1}) verplaatst: het hoort niet meer bij deze opslag.</source>
      <translation>You changed this feature, but meanwhile the registry moved it to municipality {0} ({1}): it no longer belongs to this store.</translation>
    </message>
    <message>
      <source>U hebt dit object gewijzigd, maar in het register werd het intussen verwijderd.</source>
      <translation>You changed this feature, but it was deleted in the registry in the meantime.</translation>
    </message>
    <message>
      <source>Dit object werd zowel hier als in het register gewijzigd sinds de laatste synchronisatie. Er werd niets overschreven: kies welke versie blijft.</source>
      <translation>This feature was changed both here and in the registry since the last synchronisation. Nothing was overwritten: choose which version stays.</translation>
    </message>
    <message>
      <source>Geen open conflicten.</source>
      <translation>No open conflicts.</translation>
    </message>
    <message>
      <source>Geometrie</source>
      <translation>Geometry</translation>
    </message>
    <message>
      <source>, {0} m verschoven</source>
      <translation>, moved {0} m</translation>
    </message>
    <message>
      <source>mijn versie</source>
      <translation>my version</translation>
    </message>
    <message>
      <source>register</source>
      <translation>registry</translation>
    </message>
    <message>
      <source>(verwijderd)</source>
      <translation>(deleted)</translation>
    </message>
    <message>
      <source>LEKP-conflicten oplossen</source>
      <translation>Resolve LEKP conflicts</translation>
    </message>
    <message>
      <source>Open conflicten</source>
      <translation>Open conflicts</translation>
    </message>
    <message>
      <source>Veld</source>
      <translation>Field</translation>
    </message>
    <message>
      <source>Mijn versie</source>
      <translation>My version</translation>
    </message>
    <message>
      <source>Register</source>
      <translation>Registry</translation>
    </message>
    <message>
      <source>Bij samenvoegen behouden</source>
      <translation>Keep when merging</translation>
    </message>
    <message>
      <source>Mijn versie behouden</source>
      <translation>Keep my version</translation>
    </message>
    <message>
      <source>Uw versie wordt bij de volgende synchronisatie opnieuw verstuurd en vervangt die van het register</source>
      <translation>Your version is sent again at the next synchronisation and replaces the registry's</translation>
    </message>
    <message>
      <source>Versie van het register overnemen</source>
      <translation>Take the registry's version</translation>
    </message>
    <message>
      <source>Uw wijziging vervalt; de opslag krijgt de versie van het register</source>
      <translation>Your change is dropped; the store gets the registry's version</translation>
    </message>
    <message>
      <source>Samenvoegen</source>
      <translation>Merge</translation>
    </message>
    <message>
      <source>Behoud per veld de waarde die u in de laatste kolom koos; het resultaat wordt bij de volgende synchronisatie verstuurd</source>
      <translation>Keeps for each field the value chosen in the last column; the result is sent at the next synchronisation</translation>
    </message>
    <message>
      <source>Sluiten</source>
      <translation>Close</translation>
    </message>
  </context>
  <context>
    <name>CreateStoreAlgorithm</name>
    <message>
      <source>NIS-code van de gemeente (2025)</source>
      <translation>NIS code of the municipality (2025)</translation>
    </message>
    <message>
      <source>Gemeentegrenzen (bestand)</source>
      <translation>Municipal boundaries (file)</translation>
    </message>
    <message>
      <source>Veld met de NIS-code (leeg: automatisch)</source>
      <translation>Field holding the NIS code (empty: automatic)</translation>
    </message>
    <message>
      <source>Bestaande opslag met verbeteringen overschrijven</source>
      <translation>Overwrite an existing store that holds improvements</translation>
    </message>
    <message>
      <source>LEKP-opslag</source>
      <translation>LEKP store</translation>
    </message>
    <message>
      <source>Gemeente</source>
      <translation>Municipality</translation>
    </message>
    <message>
      <source>Aantal lagen</source>
      <translation>Number of layers</translation>
    </message>
    <message>
      <source>De grenslaag moet uit een bestand komen (shapefile, GeoPackage, GeoJSON).</source>
      <translation>The boundary layer must come from a file (shapefile, GeoPackage, GeoJSON).</translation>
    </message>
    <message>
      <source>Grens uit {0}</source>
      <translation>Boundary from {0}</translation>
    </message>
    <message>
      <source>Gemeentegrens</source>
      <translation>Municipal boundary</translation>
    </message>
    <message>
      <source>Nieuwe LEKP-opslag (GeoPackage)</source>
      <translation>New LEKP store (GeoPackage)</translation>
    </message>
    <message>
      <source>Opslag</source>
      <translation>Store</translation>
    </message>
    <message>
      <source>Maakt een GeoPackage voor één gemeente met een vlakken-, lijnen- en puntenlaag voor verbeteringen (velden volgens het LEKP-schema, UUID-id, ruimtelijke indexen) en, als een grensbestand gegeven is, de grens van de gemeente. Gebruik de NIS-code van 2025; bij een grensbestand van vóór de fusies worden de gefuseerde gemeenten samengevoegd.</source>
      <translation>Creates a GeoPackage for one municipality with a polygon, a line and a point layer for improvements (fields of the LEKP schema, UUID id, spatial indexes) and, when a boundary file is given, the municipality's boundary. Use the 2025 NIS code; with a boundary file from before the mergers the merged municipalities are united.</translation>
    </message>
  </context>
  <context>
    <name>Digitize</name>
    <message>
      <source>Ik heb een extra boom geplant</source>
      <translation>I planted an extra tree</translation>
    </message>
    <message>
      <source>Ik heb bomen geplant in een zone (aantal ingeven)</source>
      <translation>I planted trees in an area (enter the number)</translation>
    </message>
    <message>
      <source>Ik heb een boom gekapt</source>
      <translation>I felled a tree</translation>
    </message>
    <message>
      <source>Ik heb een haag aangeplant</source>
      <translation>I planted a hedge</translation>
    </message>
    <message>
      <source>Ik heb een haag verwijderd</source>
      <translation>I removed a hedge</translation>
    </message>
    <message>
      <source>Ik heb een geveltuin aangelegd</source>
      <translation>I made a facade garden</translation>
    </message>
    <message>
      <source>Ik heb een natuurgroenperk aangelegd (≥ 10 m²)</source>
      <translation>I made a natural green plot (≥ 10 m²)</translation>
    </message>
    <message>
      <source>Ik heb verharding weggenomen (ontharding)</source>
      <translation>I removed paving (de-paving)</translation>
    </message>
    <message>
      <source>Ik heb een regenwaterput voor hergebruik geplaatst</source>
      <translation>I installed a rainwater tank for reuse</translation>
    </message>
    <message>
      <source>Ik heb hemelwater gebufferd (buffervolume)</source>
      <translation>I buffered rainwater (buffer volume)</translation>
    </message>
    <message>
      <source>Ik heb een infiltratievoorziening aangelegd</source>
      <translation>I built an infiltration facility</translation>
    </message>
    <message>
      <source>Nieuwe verbetering</source>
      <translation>New improvement</translation>
    </message>
    <message>
      <source>Tekent in de laag {0}; categorie {1}</source>
      <translation>Draws in the layer {0}; category {1}</translation>
    </message>
    <message>
      <source>Gegroepeerde invoer over de hele gemeente</source>
      <translation>Grouped entry over the whole municipality</translation>
    </message>
    <message>
      <source>Open eerst een LEKP-opslag (knop 'Opslag openen' of 'Nieuwe opslag').</source>
      <translation>Open an LEKP store first (button 'Open store' or 'New store').</translation>
    </message>
    <message>
      <source>Deze opslag heeft geen gemeentegrens; teken de zone zelf en vink 'Gegroepeerde invoer' aan.</source>
      <translation>This store has no municipal boundary; draw the area yourself and tick 'Grouped entry'.</translation>
    </message>
    <message>
      <source>Gegroepeerde invoer</source>
      <translation>Grouped entry</translation>
    </message>
    <message>
      <source>Kies wat je gerealiseerd hebt: de juiste laag en het tekengereedschap worden gekozen, het formulier krijgt de categorie.</source>
      <translation>Choose what you realised: the right layer and drawing tool are chosen, the form gets the category.</translation>
    </message>
    <message>
      <source>Basiskaart</source>
      <translation>Basemap</translation>
    </message>
    <message>
      <source>Voegt GRB en orthofoto van Digitaal Vlaanderen toe en zet snappen aan op de LEKP-lagen en de gemeentegrens.</source>
      <translation>Adds GRB and the orthophoto of Digitaal Vlaanderen and turns on snapping to the LEKP layers and the municipal boundary.</translation>
    </message>
    <message>
      <source>{0} basislagen toegevoegd; snappen aan op {1} lagen.</source>
      <translation>{0} base layers added; snapping on for {1} layers.</translation>
    </message>
  </context>
  <context>
    <name>FindingsView</name>
    <message>
      <source>Alle meldingen</source>
      <translation>All findings</translation>
    </message>
    <message>
      <source>Alleen fouten</source>
      <translation>Errors only</translation>
    </message>
    <message>
      <source>Alleen waarschuwingen</source>
      <translation>Warnings only</translation>
    </message>
    <message>
      <source>Alleen info</source>
      <translation>Info only</translation>
    </message>
    <message>
      <source>Toon</source>
      <translation>Show</translation>
    </message>
    <message>
      <source>{0} fout</source>
      <translation>{0} error</translation>
    </message>
    <message>
      <source>{0} fouten</source>
      <translation>{0} errors</translation>
    </message>
    <message>
      <source>{0} waarschuwing</source>
      <translation>{0} warning</translation>
    </message>
    <message>
      <source>{0} waarschuwingen</source>
      <translation>{0} warnings</translation>
    </message>
    <message>
      <source>{0} info</source>
      <translation>{0} info</translation>
    </message>
    <message>
      <source>nieuw, niet bewaard</source>
      <translation>new, not saved</translation>
    </message>
  </context>
  <context>
    <name>ImportPlanAlgorithm</name>
    <message>
      <source>Plan (DXF, shapefile, GeoPackage, GeoJSON, GML of CSV)</source>
      <translation>Plan (DXF, shapefile, GeoPackage, GeoJSON, GML or CSV)</translation>
    </message>
    <message>
      <source>LEKP-opslag (GeoPackage)</source>
      <translation>LEKP store (GeoPackage)</translation>
    </message>
    <message>
      <source>Importprofiel (naam of JSON-bestand; leeg: Vlaamse CAD-lagen)</source>
      <translation>Import profile (name or JSON file; empty: Flemish CAD layers)</translation>
    </message>
    <message>
      <source>Coördinatenstelsel van het plan (leeg: uit het bestand, anders Lambert 72)</source>
      <translation>Coordinate reference system of the plan (empty: from the file, else Lambert 72)</translation>
    </message>
    <message>
      <source>Zijn de maatregelen opgelegd door de verkavelingsvergunning?</source>
      <translation>Are the measures imposed by the subdivision permit?</translation>
    </message>
    <message>
      <source>Projectnaam (leeg: uit het profiel of de bestandsnaam)</source>
      <translation>Project name (empty: from the profile or the file name)</translation>
    </message>
    <message>
      <source>Alleen tonen wat de import zou doen (niets schrijven)</source>
      <translation>Only show what the import would do (write nothing)</translation>
    </message>
    <message>
      <source>Laag in het bestand (leeg: alle lagen)</source>
      <translation>Layer in the file (empty: all layers)</translation>
    </message>
    <message>
      <source>Peildatum voor de validatie (JJJJ-MM-DD, leeg: vandaag)</source>
      <translation>Reference date for validation (YYYY-MM-DD, empty: today)</translation>
    </message>
    <message>
      <source>Nieuw</source>
      <translation>New</translation>
    </message>
    <message>
      <source>Bijgewerkt</source>
      <translation>Updated</translation>
    </message>
    <message>
      <source>Ongewijzigd</source>
      <translation>Unchanged</translation>
    </message>
    <message>
      <source>Geweigerd (fouten)</source>
      <translation>Refused (errors)</translation>
    </message>
    <message>
      <source>Genegeerd</source>
      <translation>Ignored</translation>
    </message>
    <message>
      <source>Overzicht</source>
      <translation>Summary</translation>
    </message>
    <message>
      <source>Het plan {0} bestaat niet.</source>
      <translation>The plan {0} does not exist.</translation>
    </message>
    <message>
      <source>De opslag {0} bestaat niet.</source>
      <translation>The store {0} does not exist.</translation>
    </message>
    <message>
      <source>{0} is geen LEKP-opslag.</source>
      <translation>{0} is not an LEKP store.</translation>
    </message>
    <message>
      <source>OPGELEGD moet 'ja' of 'nee' zijn.</source>
      <translation>OPGELEGD must be 'ja' (yes) or 'nee' (no).</translation>
    </message>
    <message>
      <source>De peildatum {0} is geen datum (JJJJ-MM-DD).</source>
      <translation>The reference date {0} is not a date (YYYY-MM-DD).</translation>
    </message>
    <message>
      <source>Plan lezen…</source>
      <translation>Reading the plan…</translation>
    </message>
    <message>
      <source>Profiel toepassen…</source>
      <translation>Applying the profile…</translation>
    </message>
    <message>
      <source>Vergelijken met de opslag…</source>
      <translation>Comparing with the store…</translation>
    </message>
    <message>
      <source>Valideren…</source>
      <translation>Validating…</translation>
    </message>
    <message>
      <source>Proefrun: er is niets geschreven.</source>
      <translation>Dry run: nothing was written.</translation>
    </message>
    <message>
      <source>Geschreven: {0} nieuw, {1} bijgewerkt.</source>
      <translation>Written: {0} new, {1} updated.</translation>
    </message>
    <message>
      <source>Verkavelingsplan importeren</source>
      <translation>Import subdivision plan</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Import</translation>
    </message>
    <message>
      <source>Importeert de bomen, hagen, groenperken, ontharding en hemelwatervoorzieningen van een verkavelingsplan (DXF, shapefile, GeoPackage, GeoJSON, GML of CSV) in de LEKP-opslag. Een importprofiel bepaalt welke lagen, blokken of attributen welke categorie worden; zonder profiel herkent de standaard gangbare Vlaamse CAD-lagen (BOMEN, HAAG, GROEN, BUFFER …) en negeert de rest. Een DXF heeft geen coördinatenstelsel: Lambert 72 wordt aangenomen, tenzij u een ander opgeeft. Alles wordt eerst gevalideerd; alleen geldige objecten worden in één transactie geschreven. Hetzelfde plan opnieuw importeren maakt geen dubbels: gewijzigde objecten worden bijgewerkt. Opgelegd: 'ja' als de maatregelen van het plan opgelegd zijn door de verkavelingsvergunning (ze tellen dan niet mee); hemelwatervoorzieningen zijn altijd opgelegd (hemelwaterverordening). Met DRY_RUN wordt alleen getoond wat de import zou doen.</source>
      <translation>Imports the trees, hedges, green plots, de-paving and rainwater facilities of a subdivision plan (DXF, shapefile, GeoPackage, GeoJSON, GML or CSV) into the LEKP store. An import profile decides which layers, blocks or attributes become which category; without a profile the default recognises common Flemish CAD layers (BOMEN, HAAG, GROEN, BUFFER …) and ignores the rest. A DXF has no coordinate reference system: Lambert 72 is assumed unless you state another. Everything is validated first; only valid features are written, in one transaction. Importing the same plan again makes no duplicates: changed features are updated. Imposed: 'ja' (yes) when the plan's measures are imposed by the subdivision permit (they do not count then); rainwater facilities are always imposed (rainwater regulation). With DRY_RUN only what the import would do is shown.</translation>
    </message>
  </context>
  <context>
    <name>ImportWizard</name>
    <message>
      <source>Uit het bestand, anders Lambert 72 (EPSG:31370)</source>
      <translation>From the file, else Lambert 72 (EPSG:31370)</translation>
    </message>
    <message>
      <source>Belgische Lambert 72 (EPSG:31370)</source>
      <translation>Belgian Lambert 72 (EPSG:31370)</translation>
    </message>
    <message>
      <source>Belgische Lambert 2008 (EPSG:3812)</source>
      <translation>Belgian Lambert 2008 (EPSG:3812)</translation>
    </message>
    <message>
      <source>WGS 84 (EPSG:4326)</source>
      <translation>WGS 84 (EPSG:4326)</translation>
    </message>
    <message>
      <source>Ander stelsel…</source>
      <translation>Other system…</translation>
    </message>
    <message>
      <source>Categorie</source>
      <translation>Category</translation>
    </message>
    <message>
      <source>Objecten</source>
      <translation>Features</translation>
    </message>
    <message>
      <source>Hoeveelheid</source>
      <translation>Quantity</translation>
    </message>
    <message>
      <source>Telt voor het pact</source>
      <translation>Counts for the pact</translation>
    </message>
    <message>
      <source>Opgelegd</source>
      <translation>Imposed</translation>
    </message>
    <message>
      <source>Met fouten</source>
      <translation>With errors</translation>
    </message>
    <message>
      <source>Object (bron)</source>
      <translation>Feature (source)</translation>
    </message>
    <message>
      <source>Laag</source>
      <translation>Layer</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <source>Melding</source>
      <translation>Message</translation>
    </message>
    <message>
      <source>&lt; Vorige</source>
      <translation>&lt; Back</translation>
    </message>
    <message>
      <source>Volgende &gt;</source>
      <translation>Next &gt;</translation>
    </message>
    <message>
      <source>Toepassen</source>
      <translation>Commit</translation>
    </message>
    <message>
      <source>Importeren</source>
      <translation>Import</translation>
    </message>
    <message>
      <source>Annuleren</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>Help</translation>
    </message>
    <message>
      <source>Plan kiezen</source>
      <translation>Choose plan</translation>
    </message>
    <message>
      <source>Plannen (*.dxf *.DXF *.shp *.zip *.gpkg *.geojson *.json *.gml *.csv)</source>
      <translation>Plans (*.dxf *.DXF *.shp *.zip *.gpkg *.geojson *.json *.gml *.csv)</translation>
    </message>
    <message>
      <source>LEKP-opslag kiezen</source>
      <translation>Choose LEKP store</translation>
    </message>
    <message>
      <source>Importprofiel laden</source>
      <translation>Load import profile</translation>
    </message>
    <message>
      <source>Importprofielen (*.json)</source>
      <translation>Import profiles (*.json)</translation>
    </message>
    <message>
      <source>Importprofiel exporteren</source>
      <translation>Export import profile</translation>
    </message>
    <message>
      <source>Kies een bestaand planbestand.</source>
      <translation>Choose an existing plan file.</translation>
    </message>
    <message>
      <source>Kies een bestaande LEKP-opslag (GeoPackage).</source>
      <translation>Choose an existing LEKP store (GeoPackage).</translation>
    </message>
    <message>
      <source>Het plan wordt gelezen en gevalideerd…</source>
      <translation>Reading and validating the plan…</translation>
    </message>
    <message>
      <source>Verkavelingsplan lezen</source>
      <translation>Reading subdivision plan</translation>
    </message>
    <message>
      <source>Onverwachte fout: {0}</source>
      <translation>Unexpected error: {0}</translation>
    </message>
    <message>
      <source>{0}: {1} objecten gelezen, coördinatenstelsel {2}.</source>
      <translation>{0}: {1} features read, coordinate reference system {2}.</translation>
    </message>
    <message>
      <source>Te schrijven: {0} nieuw, {1} bijwerken; {2} ongewijzigd, {3} geweigerd (fouten).</source>
      <translation>To write: {0} new, {1} updates; {2} unchanged, {3} refused (errors).</translation>
    </message>
    <message>
      <source>Dit bestand werd al geïmporteerd: alleen wijzigingen worden geschreven, geen dubbels.</source>
      <translation>This file was imported before: only changes are written, no duplicates.</translation>
    </message>
    <message>
      <source>Niet geïmporteerd per laag: {0}.</source>
      <translation>Not imported per layer: {0}.</translation>
    </message>
    <message>
      <source>Niet ingelezen (zonder geometrie): {0}.</source>
      <translation>Not read (no geometry): {0}.</translation>
    </message>
    <message>
      <source>Bevindingen ({0})</source>
      <translation>Findings ({0})</translation>
    </message>
    <message>
      <source>Voorbeeld import: {0}</source>
      <translation>Import preview: {0}</translation>
    </message>
    <message>
      <source>De objecten worden geschreven…</source>
      <translation>Writing the features…</translation>
    </message>
    <message>
      <source>Verkavelingsplan importeren</source>
      <translation>Import subdivision plan</translation>
    </message>
    <message>
      <source>{0}: {1} nieuw, {2} bijgewerkt, {3} ongewijzigd, {4} geweigerd.</source>
      <translation>{0}: {1} new, {2} updated, {3} unchanged, {4} refused.</translation>
    </message>
    <message>
      <source>Plan geïmporteerd</source>
      <translation>Plan imported</translation>
    </message>
    <message>
      <source>Plan en opslag</source>
      <translation>Plan and store</translation>
    </message>
    <message>
      <source>Kies het plan (DXF, shapefile, GeoPackage, GeoJSON, GML of CSV), de opslag en het importprofiel.</source>
      <translation>Choose the plan (DXF, shapefile, GeoPackage, GeoJSON, GML or CSV), the store and the import profile.</translation>
    </message>
    <message>
      <source>Plan</source>
      <translation>Plan</translation>
    </message>
    <message>
      <source>…</source>
      <translation>…</translation>
    </message>
    <message>
      <source>LEKP-opslag</source>
      <translation>LEKP store</translation>
    </message>
    <message>
      <source>Importprofiel</source>
      <translation>Import profile</translation>
    </message>
    <message>
      <source>Profiel laden…</source>
      <translation>Load profile…</translation>
    </message>
    <message>
      <source>Een gedeeld profiel (JSON) toevoegen aan uw QGIS-profiel</source>
      <translation>Add a shared profile (JSON) to your QGIS profile</translation>
    </message>
    <message>
      <source>Exporteren…</source>
      <translation>Export…</translation>
    </message>
    <message>
      <source>Het gekozen profiel als JSON bewaren, om te delen met andere gemeenten</source>
      <translation>Save the chosen profile as JSON, to share with other municipalities</translation>
    </message>
    <message>
      <source>Coördinatenstelsel</source>
      <translation>Coordinate reference system</translation>
    </message>
    <message>
      <source>Projectnaam</source>
      <translation>Project name</translation>
    </message>
    <message>
      <source>leeg: uit het profiel of de bestandsnaam</source>
      <translation>empty: from the profile or the file name</translation>
    </message>
    <message>
      <source>Zijn de maatregelen van dit plan opgelegd door de verkavelingsvergunning?</source>
      <translation>Are the measures of this plan imposed by the subdivision permit?</translation>
    </message>
    <message>
      <source>Nee: ze tellen mee voor het pact</source>
      <translation>No: they count for the pact</translation>
    </message>
    <message>
      <source>Ja: geregistreerd, maar ze tellen niet mee</source>
      <translation>Yes: registered, but they do not count</translation>
    </message>
    <message>
      <source>Hemelwatervoorzieningen zijn altijd opgelegd (hemelwaterverordening). De reden komt in de toelichting.</source>
      <translation>Rainwater facilities are always imposed (rainwater regulation). The reason goes into the explanation.</translation>
    </message>
    <message>
      <source>Voorbeeld</source>
      <translation>Preview</translation>
    </message>
    <message>
      <source>Wat wordt geïmporteerd, wat telt voor het pact, en de bevindingen. Alleen geldige objecten worden geschreven.</source>
      <translation>What is imported, what counts for the pact, and the findings. Only valid features are written.</translation>
    </message>
    <message>
      <source>Bevindingen</source>
      <translation>Findings</translation>
    </message>
    <message>
      <source>Toon de objecten van het plan op de kaart</source>
      <translation>Show the plan's features on the map</translation>
    </message>
  </context>
  <context>
    <name>LekpAlgorithm</name>
    <message>
      <source>Opslag</source>
      <translation>Store</translation>
    </message>
  </context>
  <context>
    <name>LekpDock</name>
    <message>
      <source>Geen opslag geopend.</source>
      <translation>No store open.</translation>
    </message>
    <message>
      <source>Veldpakket…</source>
      <translation>Field package…</translation>
    </message>
    <message>
      <source>Pakket samenvoegen…</source>
      <translation>Merge package…</translation>
    </message>
    <message>
      <source>LEKP-opslag openen</source>
      <translation>Open LEKP store</translation>
    </message>
    <message>
      <source>{0} fouten, {1} waarschuwingen, {2} info</source>
      <translation>{0} errors, {1} warnings, {2} info</translation>
    </message>
    <message>
      <source>(de eerste {0} in de lijst)</source>
      <translation>(the first {0} listed)</translation>
    </message>
    <message>
      <source>De geometrie kon niet vervangen worden: is de laag bewerkbaar?</source>
      <translation>The geometry could not be replaced: is the layer editable?</translation>
    </message>
    <message>
      <source>LEKP-registratie</source>
      <translation>LEKP registration</translation>
    </message>
    <message>
      <source>Opslag</source>
      <translation>Store</translation>
    </message>
    <message>
      <source>Nieuwe opslag…</source>
      <translation>New store…</translation>
    </message>
    <message>
      <source>Opslag openen…</source>
      <translation>Open store…</translation>
    </message>
    <message>
      <source>Validatie</source>
      <translation>Validation</translation>
    </message>
    <message>
      <source>Nog niet gevalideerd.</source>
      <translation>Not validated yet.</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <source>Melding</source>
      <translation>Message</translation>
    </message>
    <message>
      <source>Alles valideren</source>
      <translation>Validate all</translation>
    </message>
    <message>
      <source>Vervangt de ongeldige geometrie door de herstelde (ongedaan te maken)</source>
      <translation>Replaces the invalid geometry by the repaired one (can be undone)</translation>
    </message>
    <message>
      <source>Herstel geometrie</source>
      <translation>Repair geometry</translation>
    </message>
    <message>
      <source>Voortgang</source>
      <translation>Progress</translation>
    </message>
    <message>
      <source>De voortgang tegenover de doelen van 2030 komt in een volgende versie.</source>
      <translation>Progress against the 2030 targets comes in a later version.</translation>
    </message>
    <message>
      <source>Synchronisatie</source>
      <translation>Synchronisation</translation>
    </message>
  </context>
  <context>
    <name>LekpPlugin</name>
    <message>
      <source>LEKP-paneel</source>
      <translation>LEKP panel</translation>
    </message>
    <message>
      <source>Nieuwe LEKP-opslag…</source>
      <translation>New LEKP store…</translation>
    </message>
    <message>
      <source>Verkavelingsplan importeren…</source>
      <translation>Import subdivision plan…</translation>
    </message>
    <message>
      <source>Nieuwe verbetering</source>
      <translation>New improvement</translation>
    </message>
    <message>
      <source>Basiskaart en snappen</source>
      <translation>Basemap and snapping</translation>
    </message>
    <message>
      <source>Toont of verbergt het LEKP-paneel: opslag, validatie, synchronisatie en voortgang.</source>
      <translation>Shows or hides the LEKP panel: store, validation, sync and progress.</translation>
    </message>
    <message>
      <source>Maakt een nieuwe opslag voor een gemeente, met haar grens, en opent ze.</source>
      <translation>Creates a new store for a municipality, with its boundary, and opens it.</translation>
    </message>
    <message>
      <source>Leest een verkavelingsplan in de open opslag: DXF, shapefile, …</source>
      <translation>Reads a subdivision plan into the open store: DXF, shapefile, …</translation>
    </message>
    <message>
      <source>Registreer een verbetering: kies wat je gerealiseerd hebt en teken het op de kaart.</source>
      <translation>Register an improvement: choose what you realised and draw it on the map.</translation>
    </message>
    <message>
      <source>Voegt GRB en orthofoto van Digitaal Vlaanderen toe en zet snappen aan op de LEKP-lagen.</source>
      <translation>Adds GRB and the orthophoto of Digitaal Vlaanderen and turns on snapping to the LEKP layers.</translation>
    </message>
    <message>
      <source>Python-pakketten ontbreken; het LEKP-paneel toont hoe je ze installeert.</source>
      <translation>Python packages are missing; the LEKP panel shows how to install them.</translation>
    </message>
  </context>
  <context>
    <name>LiveValidator</name>
    <message>
      <source>LEKP: alles valideren</source>
      <translation>LEKP: validate everything</translation>
    </message>
    <message>
      <source>LEKP-bevindingen ({0})</source>
      <translation>LEKP findings ({0})</translation>
    </message>
    <message>
      <source>vlakken</source>
      <translation>polygons</translation>
    </message>
    <message>
      <source>lijnen</source>
      <translation>lines</translation>
    </message>
    <message>
      <source>punten</source>
      <translation>points</translation>
    </message>
    <message>
      <source>fout</source>
      <translation>error</translation>
    </message>
    <message>
      <source>waarschuwing</source>
      <translation>warning</translation>
    </message>
  </context>
  <context>
    <name>MergePackageAlgorithm</name>
    <message>
      <source>Veldpakket (map, zip of .gpkg)</source>
      <translation>Field package (folder, zip or .gpkg)</translation>
    </message>
    <message>
      <source>LEKP-opslag op kantoor (GeoPackage)</source>
      <translation>LEKP store at the office (GeoPackage)</translation>
    </message>
    <message>
      <source>Nieuw</source>
      <translation>New</translation>
    </message>
    <message>
      <source>Gewijzigd</source>
      <translation>Changed</translation>
    </message>
    <message>
      <source>Verwijderd</source>
      <translation>Deleted</translation>
    </message>
    <message>
      <source>Conflicten</source>
      <translation>Conflicts</translation>
    </message>
    <message>
      <source>Resultaat</source>
      <translation>Result</translation>
    </message>
    <message>
      <source>Het veldpakket {0} bestaat niet.</source>
      <translation>The field package {0} does not exist.</translation>
    </message>
    <message>
      <source>{0} is geen LEKP-opslag.</source>
      <translation>{0} is not an LEKP store.</translation>
    </message>
    <message>
      <source>Samengevoegd: {0} nieuw, {1} gewijzigd, {2} verwijderd, {3} conflict(en).</source>
      <translation>Merged: {0} new, {1} changed, {2} deleted, {3} conflict(s).</translation>
    </message>
    <message>
      <source>{0} conflict(en) wachten op een keuze (LEKP-paneel, tab Synchronisatie).</source>
      <translation>{0} conflict(s) wait for a choice (LEKP panel, Synchronisation tab).</translation>
    </message>
    <message>
      <source>Veldpakket samenvoegen</source>
      <translation>Merge field package</translation>
    </message>
    <message>
      <source>Veldwerk</source>
      <translation>Field work</translation>
    </message>
    <message>
      <source>Voegt de wijzigingen van een veldpakket (map, zip of de .gpkg ervan) samen met de opslag op kantoor: nieuwe, gewijzigde en verwijderde verbeteringen worden lokale wijzigingen van de opslag en gaan bij de volgende synchronisatie naar het register. Een verbetering die ook op kantoor gewijzigd werd, wordt een conflict (tab Synchronisatie), nooit stil overschreven. Een pakket dat nog open was (wijzigingen alleen in het -wal-bestand) zonder dat bestand wordt geweigerd; een pakket wordt één keer samengevoegd.</source>
      <translation>Merges the edits of a field package (folder, zip or its .gpkg) into the office store: new, changed and deleted improvements become local edits of the store and go to the registry at the next sync. An improvement also changed at the office becomes a conflict (Sync tab), never silently overwritten. A package that was still open (edits only in its -wal file) without that file is refused; a package is merged once.</translation>
    </message>
  </context>
  <context>
    <name>NewStore</name>
    <message>
      <source>Nieuwe LEKP-opslag</source>
      <translation>New LEKP store</translation>
    </message>
    <message>
      <source>Typ de naam van de gemeente</source>
      <translation>Type the municipality's name</translation>
    </message>
    <message>
      <source>Gemeente</source>
      <translation>Municipality</translation>
    </message>
    <message>
      <source>Opslag bewaren als</source>
      <translation>Save store as</translation>
    </message>
    <message>
      <source>Bewaren als</source>
      <translation>Save as</translation>
    </message>
    <message>
      <source>Uit het register ({0})</source>
      <translation>From the registry ({0})</translation>
    </message>
    <message>
      <source>Uit de grenzendienst van de Vlaamse overheid (VRBG, internet)</source>
      <translation>From the Flemish government's boundary service (VRBG, internet)</translation>
    </message>
    <message>
      <source>Uit een bestand</source>
      <translation>From a file</translation>
    </message>
    <message>
      <source>Geen grens (later toe te voegen)</source>
      <translation>No boundary (to add later)</translation>
    </message>
    <message>
      <source>Gemeentegrens</source>
      <translation>Municipal boundary</translation>
    </message>
    <message>
      <source>Vectorbestanden (*.shp *.gpkg *.geojson *.json *.gml)</source>
      <translation>Vector files (*.shp *.gpkg *.geojson *.json *.gml)</translation>
    </message>
    <message>
      <source>Grensbestand</source>
      <translation>Boundary file</translation>
    </message>
    <message>
      <source>Kies een gemeente uit de lijst (typ een deel van de naam).</source>
      <translation>Choose a municipality from the list (type part of its name).</translation>
    </message>
    <message>
      <source>Kies waar de opslag bewaard wordt.</source>
      <translation>Choose where the store is saved.</translation>
    </message>
    <message>
      <source>Kies het grensbestand.</source>
      <translation>Choose the boundary file.</translation>
    </message>
  </context>
  <context>
    <name>OfflinePackageAlgorithm</name>
    <message>
      <source>LEKP-opslag (GeoPackage)</source>
      <translation>LEKP store (GeoPackage)</translation>
    </message>
    <message>
      <source>Gebied (polygoonlaag; leeg: de hele gemeente)</source>
      <translation>Area (polygon layer; empty: the whole municipality)</translation>
    </message>
    <message>
      <source>Gebied (kaartbeeld; leeg: de hele gemeente)</source>
      <translation>Area (map extent; empty: the whole municipality)</translation>
    </message>
    <message>
      <source>Lagen voor de achtergrondkaart (leeg: geen achtergrondkaart)</source>
      <translation>Layers for the basemap (empty: no basemap)</translation>
    </message>
    <message>
      <source>Kleinste zoomniveau</source>
      <translation>Minimum zoom level</translation>
    </message>
    <message>
      <source>Grootste zoomniveau (-1: automatisch, straatniveau binnen 200 MB)</source>
      <translation>Maximum zoom level (-1: automatic, street level within 200 MB)</translation>
    </message>
    <message>
      <source>Ook een zip maken</source>
      <translation>Also make a zip</translation>
    </message>
    <message>
      <source>Veldlijst (PDF)</source>
      <translation>Field list (PDF)</translation>
    </message>
    <message>
      <source>Pakketmap</source>
      <translation>Package folder</translation>
    </message>
    <message>
      <source>Project</source>
      <translation>Project</translation>
    </message>
    <message>
      <source>Opslag van het pakket</source>
      <translation>Package store</translation>
    </message>
    <message>
      <source>Zip</source>
      <translation>Zip</translation>
    </message>
    <message>
      <source>Verbeteringen in het pakket</source>
      <translation>Improvements in the package</translation>
    </message>
    <message>
      <source>Geschatte grootte achtergrondkaart (MB)</source>
      <translation>Estimated basemap size (MB)</translation>
    </message>
    <message>
      <source>{0} is geen LEKP-opslag.</source>
      <translation>{0} is not an LEKP store.</translation>
    </message>
    <message>
      <source>Pakket {0}: {1} verbeteringen, {2} gepland (veldlijst).</source>
      <translation>Package {0}: {1} improvements, {2} planned (field list).</translation>
    </message>
    <message>
      <source>Veldpakket maken (offline)</source>
      <translation>Make field package (offline)</translation>
    </message>
    <message>
      <source>Veldwerk</source>
      <translation>Field work</translation>
    </message>
    <message>
      <source>Schrijft een map (en desgewenst een zip) om zonder netwerk op het terrein te werken, in QGIS of QField, zonder de plugin: de opslag met alleen de verbeteringen van het gebied (de hele gemeente, een kaartbeeld of een polygoonlaag), de gemeentegrens, de referentielaag van het register, een project (.qgz) met relatieve paden, stijlen en formulieren, een achtergrondkaart (MBTiles) getekend uit de gekozen lagen op de gekozen zoomniveaus (de geschatte grootte wordt vooraf getoond) en een veldlijst (PDF) van de geplande verbeteringen. Terug op kantoor: synchroniseer de opslag van het pakket rechtstreeks, of voeg het pakket samen met 'Veldpakket samenvoegen'.</source>
      <translation>Writes a folder (and optionally a zip) for working in the field without a network, in QGIS or QField, without the plugin: the store with only the improvements of the area (the whole municipality, a map extent or a polygon layer), the municipal boundary, the registry's reference layer, a project (.qgz) with relative paths, styles and forms, a basemap (MBTiles) rendered from the chosen layers at the chosen zoom levels (the estimated size is shown first) and a field list (PDF) of the planned improvements. Back at the office: sync the package's store directly, or merge the package with 'Merge field package'.</translation>
    </message>
  </context>
  <context>
    <name>ProgressPanel</name>
    <message>
      <source>gepland</source>
      <translation>planned</translation>
    </message>
    <message>
      <source>opgelegd</source>
      <translation>imposed</translation>
    </message>
    <message>
      <source>buiten periode</source>
      <translation>outside the period</translation>
    </message>
    <message>
      <source>fouten</source>
      <translation>errors</translation>
    </message>
    <message>
      <source>LEKP-voortgang berekenen</source>
      <translation>Computing LEKP progress</translation>
    </message>
    <message>
      <source>De voortgang kon niet gelezen worden: {0}</source>
      <translation>The progress could not be read: {0}</translation>
    </message>
    <message>
      <source>{0} inwoners (referentiejaar {1}; {2})</source>
      <translation>{0} inhabitants (reference year {1}; {2})</translation>
    </message>
    <message>
      <source>Inwoners onbekend: doelen onbekend</source>
      <translation>Population unknown: targets unknown</translation>
    </message>
    <message>
      <source>{0} verbetering, {1} met fouten; toestand {2}</source>
      <translation>{0} improvement, {1} with errors; as of {2}</translation>
    </message>
    <message>
      <source>{0} verbeteringen, {1} met fouten; toestand {2}</source>
      <translation>{0} improvements, {1} with errors; as of {2}</translation>
    </message>
    <message>
      <source>Toelichting: {0}</source>
      <translation>Explanation: {0}</translation>
    </message>
    <message>
      <source>De grafiek kon niet getekend worden.</source>
      <translation>The chart could not be drawn.</translation>
    </message>
    <message>
      <source>niet bewaard</source>
      <translation>not saved</translation>
    </message>
    <message>
      <source>De toelichting kon niet bewaard worden: {0}</source>
      <translation>The explanation could not be saved: {0}</translation>
    </message>
    <message>
      <source>bewaard</source>
      <translation>saved</translation>
    </message>
    <message>
      <source>Aantal inwoners van de gemeente (0: de referentiegegevens van de plugin gebruiken):</source>
      <translation>Number of inhabitants of the municipality (0: use the plugin's reference data):</translation>
    </message>
    <message>
      <source>manueel ingegeven</source>
      <translation>entered by hand</translation>
    </message>
    <message>
      <source>Geen opslag geopend.</source>
      <translation>No store open.</translation>
    </message>
    <message>
      <source>Rapport maken</source>
      <translation>Make report</translation>
    </message>
    <message>
      <source>Het LEKP-voortgangsrapport (PDF, CSV, PactPortaal) van deze opslag</source>
      <translation>The LEKP progress report (PDF, CSV, PactPortaal) of this store</translation>
    </message>
    <message>
      <source>Inwoners…</source>
      <translation>Inhabitants…</translation>
    </message>
    <message>
      <source>Een eigen aantal inwoners voor deze gemeente, bewaard in de opslag (0: terug naar de referentiegegevens)</source>
      <translation>A population of your own for this municipality, kept in the store (0: back to the reference data)</translation>
    </message>
    <message>
      <source>Vernieuwen</source>
      <translation>Refresh</translation>
    </message>
    <message>
      <source>Klik op een doelstelling: de verbeteringen die meetellen worden geselecteerd.</source>
      <translation>Click an objective: the improvements that count are selected.</translation>
    </message>
    <message>
      <source>Cumulatief 2021–2030 tegenover het doel</source>
      <translation>Cumulative 2021–2030 against the target</translation>
    </message>
    <message>
      <source>Toelichting</source>
      <translation>Explanation</translation>
    </message>
    <message>
      <source>De uitleg van de gemeente bij deze doelstelling, zoals in het rapport van het PactPortaal.</source>
      <translation>The municipality's explanation for this objective, as in the PactPortaal's report.</translation>
    </message>
    <message>
      <source>Toelichting bewaren</source>
      <translation>Save explanation</translation>
    </message>
  </context>
  <context>
    <name>ProgressReportAlgorithm</name>
    <message>
      <source>LEKP-opslag (GeoPackage)</source>
      <translation>LEKP store (GeoPackage)</translation>
    </message>
    <message>
      <source>Rapport (PDF)</source>
      <translation>Report (PDF)</translation>
    </message>
    <message>
      <source>Voortgangstabel (CSV)</source>
      <translation>Progress table (CSV)</translation>
    </message>
    <message>
      <source>Overdracht PactPortaal (CSV)</source>
      <translation>PactPortaal hand-over (CSV)</translation>
    </message>
    <message>
      <source>Taal van het rapport</source>
      <translation>Report language</translation>
    </message>
    <message>
      <source>Peildatum (JJJJ-MM-DD, leeg: vandaag)</source>
      <translation>Reference date (YYYY-MM-DD, empty: today)</translation>
    </message>
    <message>
      <source>Bevolkingsbestand van Statbel (CSV of XLSX, leeg: referentiegegevens)</source>
      <translation>Statbel population file (CSV or XLSX, empty: reference data)</translation>
    </message>
    <message>
      <source>Inwoners uit het register (URL, leeg: niet)</source>
      <translation>Population from the registry (URL, empty: no)</translation>
    </message>
    <message>
      <source>Aantal inwoners (leeg: uit de opslag of de referentiegegevens)</source>
      <translation>Number of inhabitants (empty: from the store or the reference data)</translation>
    </message>
    <message>
      <source>Verbeteringen</source>
      <translation>Improvements</translation>
    </message>
    <message>
      <source>Verbeteringen met fouten</source>
      <translation>Improvements with errors</translation>
    </message>
    <message>
      <source>Voortgang (JSON)</source>
      <translation>Progress (JSON)</translation>
    </message>
    <message>
      <source>Taal '{0}' is onbekend; kies nl of en.</source>
      <translation>Language '{0}' is unknown; choose nl or en.</translation>
    </message>
    <message>
      <source>De opslag {0} bestaat niet.</source>
      <translation>The store {0} does not exist.</translation>
    </message>
    <message>
      <source>{0} is geen LEKP-opslag.</source>
      <translation>{0} is not an LEKP store.</translation>
    </message>
    <message>
      <source>Peildatum '{0}' is geen datum van de vorm JJJJ-MM-DD.</source>
      <translation>Reference date '{0}' is not a date of the form YYYY-MM-DD.</translation>
    </message>
    <message>
      <source>Het rapport moet een .pdf-bestand zijn: {0}</source>
      <translation>The report must be a .pdf file: {0}</translation>
    </message>
    <message>
      <source>'{0}' is geen URL van een register (http:// of https://).</source>
      <translation>'{0}' is not a registry URL (http:// or https://).</translation>
    </message>
    <message>
      <source>Het bevolkingsbestand {0} bestaat niet.</source>
      <translation>The population file {0} does not exist.</translation>
    </message>
    <message>
      <source>Opslag lezen en valideren: {0}</source>
      <translation>Reading and validating the store: {0}</translation>
    </message>
    <message>
      <source>Het rapport kon niet geschreven worden naar {0}: {1}</source>
      <translation>The report could not be written to {0}: {1}</translation>
    </message>
    <message>
      <source>Rapport geschreven: {0}</source>
      <translation>Report written: {0}</translation>
    </message>
    <message>
      <source>{0} kon niet geschreven worden: {1}</source>
      <translation>{0} could not be written: {1}</translation>
    </message>
    <message>
      <source>Voortgangsrapport LEKP (PDF, CSV, PactPortaal)</source>
      <translation>LEKP progress report (PDF, CSV, PactPortaal)</translation>
    </message>
    <message>
      <source>Rapportering</source>
      <translation>Reporting</translation>
    </message>
    <message>
      <source>Maakt het voortgangsrapport van de gemeente tegenover de doelen van 2030: een PDF met een kaart van de verbeteringen per categorie, de voortgangstabel, de cumulatieve grafiek 2021–2030, de toelichting per doelstelling en de bronnen; desgewenst de tabel als CSV en een overdrachtsbestand in de vorm van de parametertabel van het PactPortaal (per doelstelling en parameter: gerealiseerd, gepland, opgelegd, toelichting). Alleen uitgevoerde verbeteringen tussen 01/01/2021 en 31/12/2030 tellen; verwijderingen tellen negatief; opgelegde, geplande, die buiten de periode en die met fouten staan apart. Het aantal inwoners komt uit de opslag (manueel ingegeven), een gekozen bevolkingsbestand van Statbel (CSV of XLSX) of de referentiegegevens van de plugin.</source>
      <translation>Makes the municipality's progress report towards the 2030 targets: a PDF with a map of the improvements per category, the progress table, the cumulative chart 2021–2030, the explanation per objective and the sources; optionally the table as CSV and a hand-over file in the layout of the PactPortaal's parameter table (per objective and parameter: realised, planned, imposed, explanation). Only completed improvements between 01/01/2021 and 31/12/2030 count; removals count negative; imposed, planned, those outside the period and those with errors are shown apart. The number of inhabitants comes from the store (entered by hand), a chosen Statbel population file (CSV or XLSX) or the plugin's reference data.</translation>
    </message>
  </context>
  <context>
    <name>SyncAlgorithm</name>
    <message>
      <source>LEKP-opslag (GeoPackage)</source>
      <translation>LEKP store (GeoPackage)</translation>
    </message>
    <message>
      <source>URL van het register</source>
      <translation>Registry URL</translation>
    </message>
    <message>
      <source>Authenticatieconfiguratie (token)</source>
      <translation>Authentication configuration (token)</translation>
    </message>
    <message>
      <source>Conflictbeleid</source>
      <translation>Conflict policy</translation>
    </message>
    <message>
      <source>Verzonden</source>
      <translation>Sent</translation>
    </message>
    <message>
      <source>Opgehaald</source>
      <translation>Fetched</translation>
    </message>
    <message>
      <source>Open conflicten</source>
      <translation>Open conflicts</translation>
    </message>
    <message>
      <source>Tegengehouden</source>
      <translation>Held back</translation>
    </message>
    <message>
      <source>HTTP-verzoeken</source>
      <translation>HTTP requests</translation>
    </message>
    <message>
      <source>Resultaat</source>
      <translation>Result</translation>
    </message>
    <message>
      <source>De opslag {0} bestaat niet.</source>
      <translation>The store {0} does not exist.</translation>
    </message>
    <message>
      <source>{0} is geen LEKP-opslag.</source>
      <translation>{0} is not an LEKP store.</translation>
    </message>
    <message>
      <source>Onbekend conflictbeleid '{0}' (kies stop, keep_mine of take_theirs).</source>
      <translation>Unknown conflict policy '{0}' (choose stop, keep_mine or take_theirs).</translation>
    </message>
    <message>
      <source>Token uit de omgevingsvariabele {0}.</source>
      <translation>Token from the environment variable {0}.</translation>
    </message>
    <message>
      <source>Tegengehouden {0} ({1}): {2}</source>
      <translation>Held back {0} ({1}): {2}</translation>
    </message>
    <message>
      <source>{0} conflict(en) wachten op een keuze (LEKP-paneel, tab Synchronisatie).</source>
      <translation>{0} conflict(s) wait for a choice (LEKP panel, Synchronisation tab).</translation>
    </message>
    <message>
      <source>Synchroniseren met het register</source>
      <translation>Synchronise with the registry</translation>
    </message>
    <message>
      <source>Synchronisatie</source>
      <translation>Synchronisation</translation>
    </message>
    <message>
      <source>Verstuurt de lokale wijzigingen van de opslag naar het LEKP-register en haalt de wijzigingen van het register op. Objecten met fouten worden tegengehouden. Conflictbeleid: 'stop' laat conflicten staan voor een persoon (standaard), 'keep_mine' houdt de lokale versie, 'take_theirs' neemt de versie van het register. Het token komt uit de authenticatieconfiguratie (Basic: het token als wachtwoord) of, zonder configuratie, uit de omgevingsvariabele LEKP_REGISTRY_TOKEN.</source>
      <translation>Sends the store's local changes to the LEKP registry and fetches the registry's changes. Features with errors are held back. Conflict policy: 'stop' leaves conflicts for a person (default), 'keep_mine' keeps the local version, 'take_theirs' takes the registry's version. The token comes from the authentication configuration (Basic: the token as password) or, without a configuration, from the environment variable LEKP_REGISTRY_TOKEN.</translation>
    </message>
  </context>
  <context>
    <name>SyncPanel</name>
    <message>
      <source>LEKP-synchronisatie</source>
      <translation>LEKP synchronisation</translation>
    </message>
    <message>
      <source>De synchronisatie liep mis door een onverwachte fout ({0}). Er ging niets verloren: de wijzigingen blijven klaarstaan. Details staan in het logboek (LEKP).</source>
      <translation>The synchronisation failed with an unexpected error ({0}). Nothing is lost: the changes stay queued. Details are in the log (LEKP).</translation>
    </message>
    <message>
      <source>Open eerst een opslag.</source>
      <translation>Open a store first.</translation>
    </message>
    <message>
      <source>Synchroniseren kan niet: de Python-module '{0}' ontbreekt in deze QGIS-installatie.</source>
      <translation>Cannot synchronise: the Python module '{0}' is missing from this QGIS installation.</translation>
    </message>
    <message>
      <source>niets, behalve de {0} tegengehouden object(en) hieronder</source>
      <translation>nothing, except the {0} held-back feature(s) below</translation>
    </message>
    <message>
      <source>niets: alle opgeslagen wijzigingen zijn verstuurd</source>
      <translation>nothing: every saved change has been sent</translation>
    </message>
    <message>
      <source>{0} nieuw, {1} gewijzigd, {2} verwijderd</source>
      <translation>{0} new, {1} changed, {2} deleted</translation>
    </message>
    <message>
      <source>Te versturen</source>
      <translation>To send</translation>
    </message>
    <message>
      <source>Conflicten</source>
      <translation>Conflicts</translation>
    </message>
    <message>
      <source>{0} open</source>
      <translation>{0} open</translation>
    </message>
    <message>
      <source>geen</source>
      <translation>none</translation>
    </message>
    <message>
      <source>nog nooit</source>
      <translation>never</translation>
    </message>
    <message>
      <source>Laatste synchronisatie</source>
      <translation>Last synchronisation</translation>
    </message>
    <message>
      <source>Geen objecten tegengehouden.</source>
      <translation>No features held back.</translation>
    </message>
    <message>
      <source>{0} object(en) met fouten worden niet verstuurd tot ze hersteld zijn (zie ook het tabblad Validatie):</source>
      <translation>{0} feature(s) with errors are not sent until they are fixed (see also the Validation tab):</translation>
    </message>
    <message>
      <source>Object {0} staat niet in een geopende laag van de opslag.</source>
      <translation>Feature {0} is not in an open layer of the store.</translation>
    </message>
    <message>
      <source>Open eerst een opslag (knop Opslag openen…).</source>
      <translation>Open a store first (button Open store…).</translation>
    </message>
    <message>
      <source>Vul het adres (URL) van het register in.</source>
      <translation>Fill in the address (URL) of the registry.</translation>
    </message>
    <message>
      <source>Het adres van het register moet met https:// (of http://) beginnen: '{0}'.</source>
      <translation>The address of the registry must start with https:// (or http://): '{0}'.</translation>
    </message>
    <message>
      <source>Laag '{0}' heeft niet-opgeslagen wijzigingen: sla ze op of maak ze ongedaan en synchroniseer dan opnieuw.</source>
      <translation>Layer '{0}' has unsaved edits: save or discard them, then synchronise again.</translation>
    </message>
    <message>
      <source>Verbinden met het register…</source>
      <translation>Connecting to the registry…</translation>
    </message>
    <message>
      <source>Bezig met synchroniseren…</source>
      <translation>Synchronising…</translation>
    </message>
    <message>
      <source>Annuleren… (het lopende verzoek wordt nog afgewerkt)</source>
      <translation>Cancelling… (the running request is finished first)</translation>
    </message>
    <message>
      <source>Synchronisatie geannuleerd: wat nog niet verstuurd was, blijft klaarstaan voor de volgende keer.</source>
      <translation>Synchronisation cancelled: whatever was not sent yet stays queued for the next time.</translation>
    </message>
    <message>
      <source>Register</source>
      <translation>Registry</translation>
    </message>
    <message>
      <source>URL</source>
      <translation>URL</translation>
    </message>
    <message>
      <source>https://register.voorbeeld.be</source>
      <translation>https://registry.example.be</translation>
    </message>
    <message>
      <source>Adres van het LEKP-register (OGC API – Features)</source>
      <translation>Address of the LEKP registry (OGC API – Features)</translation>
    </message>
    <message>
      <source>Authenticatie</source>
      <translation>Authentication</translation>
    </message>
    <message>
      <source>Methode 'Basic' met het token van het register als wachtwoord.</source>
      <translation>Method 'Basic' with the registry's token as password.</translation>
    </message>
    <message>
      <source>Synchroniseren</source>
      <translation>Synchronise</translation>
    </message>
    <message>
      <source>Opgeslagen wijzigingen naar het register sturen en de wijzigingen van het register ophalen</source>
      <translation>Send saved changes to the registry and fetch the registry's changes</translation>
    </message>
    <message>
      <source>Annuleren</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Vernieuwen</source>
      <translation>Refresh</translation>
    </message>
    <message>
      <source>De toestand van de opslag opnieuw lezen</source>
      <translation>Read the state of the store again</translation>
    </message>
    <message>
      <source>Toestand van de opslag</source>
      <translation>State of the store</translation>
    </message>
    <message>
      <source>Oplossen…</source>
      <translation>Resolve…</translation>
    </message>
    <message>
      <source>Vergelijk uw versie met die van het register en kies per conflict</source>
      <translation>Compare your version with the registry's and choose for each conflict</translation>
    </message>
    <message>
      <source>Klik om het object te selecteren, erheen te zoomen en de fouten te lezen</source>
      <translation>Click to select the feature, zoom to it and read its errors</translation>
    </message>
    <message>
      <source>Object</source>
      <translation>Feature</translation>
    </message>
    <message>
      <source>Fouten</source>
      <translation>Errors</translation>
    </message>
  </context>
  <context>
    <name>ValidateAlgorithm</name>
    <message>
      <source>Lagen met verbeteringen</source>
      <translation>Layers with improvements</translation>
    </message>
    <message>
      <source>Gemeentegrens</source>
      <translation>Municipal boundary</translation>
    </message>
    <message>
      <source>Referentielagen (overlappingen en dubbels)</source>
      <translation>Reference layers (overlaps and duplicates)</translation>
    </message>
    <message>
      <source>Peildatum (JJJJ-MM-DD, leeg: vandaag)</source>
      <translation>Reference date (YYYY-MM-DD, empty: today)</translation>
    </message>
    <message>
      <source>Bevindingen</source>
      <translation>Findings</translation>
    </message>
    <message>
      <source>HTML-rapport</source>
      <translation>HTML report</translation>
    </message>
    <message>
      <source>CSV-rapport</source>
      <translation>CSV report</translation>
    </message>
    <message>
      <source>Gecontroleerde objecten</source>
      <translation>Features checked</translation>
    </message>
    <message>
      <source>Fouten</source>
      <translation>Errors</translation>
    </message>
    <message>
      <source>Waarschuwingen</source>
      <translation>Warnings</translation>
    </message>
    <message>
      <source>Info</source>
      <translation>Info</translation>
    </message>
    <message>
      <source>Aantal per code (JSON)</source>
      <translation>Count per code (JSON)</translation>
    </message>
    <message>
      <source>Peildatum '{0}' is geen datum van de vorm JJJJ-MM-DD.</source>
      <translation>Reference date '{0}' is not a date of the form YYYY-MM-DD.</translation>
    </message>
    <message>
      <source>De bevindingen konden niet volledig naar de uitvoer geschreven worden: {0}</source>
      <translation>The findings could not all be written to the output: {0}</translation>
    </message>
    <message>
      <source>(zonder id)</source>
      <translation>(without id)</translation>
    </message>
    <message>
      <source>laag {0}</source>
      <translation>layer {0}</translation>
    </message>
    <message>
      <source>Bevinding {0} van object {1} ({2}rij {3} van {4}) werd door de uitvoer geweigerd; de tabel met bevindingen is onvolledig. Kies een ander uitvoerformaat of -bestand. Melding van de uitvoer: {5}</source>
      <translation>Finding {0} of feature {1} ({2}row {3} of {4}) was refused by the output; the findings table is incomplete. Choose another output format or file. The output said: {5}</translation>
    </message>
    <message>
      <source>Kies minstens één laag met verbeteringen.</source>
      <translation>Choose at least one layer with improvements.</translation>
    </message>
    <message>
      <source>Lezen: {0} ({1} objecten)</source>
      <translation>Reading: {0} ({1} features)</translation>
    </message>
    <message>
      <source>Controleren: {0} objecten</source>
      <translation>Checking: {0} features</translation>
    </message>
    <message>
      <source>Bevindingen geschreven: {0}</source>
      <translation>Findings written: {0}</translation>
    </message>
    <message>
      <source>Duur: lezen {0:.3f} s, controleren {1:.3f} s, schrijven {2:.3f} s</source>
      <translation>Duration: reading {0:.3f} s, checking {1:.3f} s, writing {2:.3f} s</translation>
    </message>
    <message>
      <source>Verbeteringen valideren (LEKP-regels)</source>
      <translation>Validate improvements (LEKP rules)</translation>
    </message>
    <message>
      <source>Validatie</source>
      <translation>Validation</translation>
    </message>
    <message>
      <source>Controleert de verbeteringen in de gekozen lagen op alle LEKP-regels: verplichte velden, geldige geometrie en geometrietype, ligging in Vlaanderen en in de gemeente, oppervlakte en hoeveelheid, datums, overlappingen en dubbele registraties. Schrijft een tabel met bevindingen (feature_id, code, severity, message, ander_id, laag, bron_fid, parameters) en desgewenst een HTML- en CSV-rapport. Een overlapping of dubbele registratie geeft een rij bij elk van beide objecten, met het andere object in ander_id. Fouten blokkeren de synchronisatie.</source>
      <translation>Checks the improvements in the chosen layers against every LEKP rule: required fields, valid geometry and geometry type, location in Flanders and in the municipality, area and quantity, dates, overlaps and duplicate registrations. Writes a table of findings (feature_id, code, severity, message, ander_id, laag, bron_fid, parameters) and, if wanted, an HTML and a CSV report. An overlap or duplicate registration gives a row on each of the two features, with the other feature in ander_id. Errors block synchronisation.</translation>
    </message>
  </context>
</TS>
