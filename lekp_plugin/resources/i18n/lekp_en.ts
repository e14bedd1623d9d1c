<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl">
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
      <source>LEKP-opslag openen</source>
      <translation>Open LEKP store</translation>
    </message>
    <message>
      <source>{0} fouten, {1} waarschuwingen, {2} info</source>
      <translation>{0} errors, {1} warnings, {2} info</translation>
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
    <message>
      <source>Synchroniseren met het centrale register komt in een volgende versie.</source>
      <translation>Syncing with the central registry comes in a later version.</translation>
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
      <source>Python-pakketten ontbreken; het LEKP-paneel toont hoe je ze installeert.</source>
      <translation>Python packages are missing; the LEKP panel shows how to install them.</translation>
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
