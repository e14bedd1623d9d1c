"""Validation reports: counts per code, CSV and a self-contained HTML page.

Qt-free, so ``lekp:validate``, scripts and the registry can all write them.
A report row is a finding plus where it was found: ``laag`` (the layer's
name within its source, e.g. ``verbeteringen_vlak``) and ``bron_fid`` (the
feature's fid in that layer).  :data:`FIELDS` is the one column list of the
findings table and the CSV report: SPEC §5's ``feature_id``, ``code``,
``severity``, ``message``, then ``ander_id`` (the other feature of an overlap
or duplicate), ``laag``, ``bron_fid`` and ``parameters`` (JSON).  The source
fid is not called ``fid``: GeoPackage and other OGR outputs take a ``fid``
field as their primary key, and a second finding on the same feature would
be refused.
"""

from __future__ import annotations

import csv
import datetime as _dt
import html
import io
import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .findings import CODES, Finding, Severity
from .messages import pair_texts as messages_pair_texts
from .messages import render

FIELDS = ("feature_id", "code", "severity", "message", "ander_id", "laag", "bron_fid", "parameters")
CSV_FIELDS = FIELDS


@dataclass(frozen=True)
class Row:
    finding: Finding
    laag: str = ""
    bron_fid: int | None = None

    def values(self, lang: str) -> tuple:
        """The row in :data:`FIELDS` order; absent values are None."""
        f = self.finding
        return (f.feature_id, f.code, f.severity.value, f.message(lang), f.ander_id, self.laag or None,
                self.bron_fid, json.dumps(f.params, ensure_ascii=False))


def counts_per_code(findings: Iterable[Finding]) -> dict[str, int]:
    """``{code: count}`` in SPEC order (codes that did not fire are left out)."""
    counter = Counter(f.code for f in findings)
    return {code: counter[code] for code in CODES if counter[code]}


def counts_per_severity(findings: Iterable[Finding]) -> dict[str, int]:
    counter = Counter(f.severity.value for f in findings)
    return {s.value: counter[s.value] for s in Severity}


def sort_rows(rows: Iterable[Row]) -> list[Row]:
    """Most severe first, then by code and layer, stable within."""
    return sorted(rows, key=lambda r: (r.finding.severity.rank, r.finding.code, r.laag))


_ENCODE = json.JSONEncoder(ensure_ascii=False).encode  # json.dumps(..., ensure_ascii=False), built once
_STR = json.encoder.encode_basestring  # how that encoder writes a str (C when available)
_SEVERITY_RANK = {"error": 0, "warning": 1, "info": 2}
_O001_KEYS = ("other_id", "other_source", "overlap", "unit", "iou")
_O002_KEYS = ("other_id", "other_source", "iou")


def _around(text: str | None, js_after: str) -> tuple[str, str, str] | None:
    """(text before other_id, text after it, JSON after it) from a pair text made with other "\0"."""
    if text is None or text.count("\0") != 1:
        return None
    before, after = text.split("\0")
    return before, after, js_after


def table_rows(findings: Iterable[Finding], lang: str = "nl", laag: Sequence[str] = (),
               bron_fid: Sequence[int | None] = ()) -> list[list]:
    """The findings table: one list per finding in :data:`FIELDS` order, sorted as :func:`sort_rows`.

    ``laag`` and ``bron_fid`` give, per position in the validated batch
    (``Finding.index``), the layer name and source fid; a finding without
    an index in range gets neither.  The same values as
    ``[row.values(lang) for row in sort_rows(rows)]`` (see
    tests/core/test_validation_table.py) without a :class:`Row` or a
    ``render`` call per finding: overlaps and duplicates (tens of thousands
    in a whole territory) are written straight from their templates, every
    other message is rendered once per distinct code and parameters.
    """
    pair_text = messages_pair_texts(lang)
    encode, quote = _ENCODE, _STR
    rank = _SEVERITY_RANK
    n = min(len(laag), len(bron_fid))
    texts: dict[tuple[str, str], str] = {}
    pairs: dict[tuple, tuple[str, str, str] | None] = {}
    nobody = "een andere verbetering" if lang != "en" else "another improvement"
    # rows per (severity, code, layer) in finding order: concatenated in sort_rows's order below,
    # they are what its stable sort gives, without a sort key per row
    buckets: dict[tuple[str, str, str], list[list]] = {}
    for f in findings:
        code, p, sev = f.code, f.params, f.severity._value_
        i = f.index
        if i is None or i >= n:
            where, fid = "", None
        else:
            where, fid = laag[i], bron_fid[i]
        if code == "LEKP-O001" or code == "LEKP-O002":
            other = p.get("other_id")
            ander = None if other is None else str(other)
            text = js = around = None
            keys = tuple(p)
            if code == "LEKP-O001" and keys == _O001_KEYS:
                other, source, overlap, unit, iou = p.values()
                if (type(source) is str and type(unit) is str and type(overlap) is float
                        and overlap - overlap == 0.0 and type(iou) is float and iou - iou == 0.0
                        and (other is None or type(other) is str)):
                    # both findings of a pair share all but other_id: their text and JSON around
                    # it are made once
                    around = pairs.get((code, source, overlap, unit, iou))
                    if around is None:
                        around = pairs[(code, source, overlap, unit, iou)] = _around(
                            pair_text(code, "\0", overlap, unit),
                            f', "other_source": {quote(source)}, "overlap": {overlap!r}, "unit": '
                            f'{quote(unit)}, "iou": {iou!r}}}')
            elif code == "LEKP-O002" and keys == _O002_KEYS:
                other, source, iou = p.values()
                if (type(source) is str and type(iou) is float and iou - iou == 0.0
                        and (other is None or type(other) is str)):
                    around = pairs.get((code, source, iou))
                    if around is None:
                        around = pairs[(code, source, iou)] = _around(
                            pair_text(code, "\0", iou, None),
                            f', "other_source": {quote(source)}, "iou": {iou!r}}}')
            if around is not None:
                before, after, js_after = around
                text = before + (other or nobody) + after
                js = '{"other_id": ' + ("null" if other is None else quote(other)) + js_after
            if js is None:
                js = encode(p)
            if text is None:
                text = render(code, p, lang)
        else:
            ander = None
            js = encode(p)
            text = texts.get((code, js))
            if text is None:
                text = texts[(code, js)] = render(code, p, lang)
        row = [f.feature_id, code, sev, text, ander, where or None, fid, js]
        bucket = buckets.get((sev, code, where))
        if bucket is None:
            buckets[(sev, code, where)] = [row]
        else:
            bucket.append(row)
    out: list[list] = []
    for key in sorted(buckets, key=lambda k: (rank[k[0]], k[1], k[2])):
        out.extend(buckets[key])
    return out


def to_csv(rows: Sequence[Row], lang: str = "nl") -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_FIELDS)
    for row in rows:
        writer.writerow("" if v is None else v for v in row.values(lang))
    return out.getvalue()


_TEXT = {
    "nl": {"title": "LEKP-validatierapport", "made": "Gemaakt op", "features": "Gecontroleerde objecten",
           "summary": "Overzicht per code", "code": "Code", "what": "Betekenis", "severity": "Ernst",
           "count": "Aantal", "findings": "Bevindingen", "feature": "Object", "message": "Melding",
           "layer": "Laag", "other": "Ander object", "none": "Geen bevindingen: alles voldoet aan de LEKP-regels.",
           "error": "fout", "warning": "waarschuwing", "info": "info"},
    "en": {"title": "LEKP validation report", "made": "Made on", "features": "Features checked",
           "summary": "Summary per code", "code": "Code", "what": "Meaning", "severity": "Severity",
           "count": "Count", "findings": "Findings", "feature": "Feature", "message": "Message",
           "layer": "Layer", "other": "Other feature", "none": "No findings: everything meets the LEKP rules.",
           "error": "error", "warning": "warning", "info": "info"},
}
_COLOURS = {"error": "#b00020", "warning": "#b26a00", "info": "#1565c0"}


def to_html(rows: Sequence[Row], features_checked: int, lang: str = "nl",
            title_suffix: str = "", now: _dt.datetime | None = None) -> str:
    t = _TEXT["nl" if lang != "en" else "en"]
    e = html.escape
    now = now or _dt.datetime.now()
    findings = [r.finding for r in rows]
    counts = counts_per_code(findings)
    parts = [
        "<!DOCTYPE html>", f'<html lang="{lang}"><head><meta charset="utf-8">',
        f"<title>{e(t['title'])}{e(title_suffix)}</title>",
        "<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
        "td,th{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top}"
        "th{background:#eef5ee}.sev{font-weight:bold}</style></head><body>",
        f"<h1>{e(t['title'])}{e(title_suffix)}</h1>",
        f"<p>{e(t['made'])}: {e(now.strftime('%d/%m/%Y %H:%M'))} · {e(t['features'])}: {features_checked}</p>",
        f"<h2>{e(t['summary'])}</h2>",
    ]
    if not rows:
        parts.append(f"<p>{e(t['none'])}</p>")
    else:
        parts.append(f"<table><tr><th>{e(t['code'])}</th><th>{e(t['what'])}</th>"
                     f"<th>{e(t['severity'])}</th><th>{e(t['count'])}</th></tr>")
        for code, n in counts.items():
            # LEKP-G005 can be an error or a warning: show what occurred
            seen = sorted({f.severity for f in findings if f.code == code}, key=lambda s: s.rank)
            sev_html = " / ".join(f'<span class="sev" style="color:{_COLOURS[s.value]}">{e(t[s.value])}</span>'
                                  for s in seen)
            parts.append(f"<tr><td>{e(code)}</td><td>{e(CODES[code].title(lang))}</td>"
                         f"<td>{sev_html}</td><td>{n}</td></tr>")
        parts.append("</table>")
        parts.append(f"<h2>{e(t['findings'])}</h2>")
        parts.append(f"<table><tr><th>{e(t['severity'])}</th><th>{e(t['code'])}</th>"
                     f"<th>{e(t['message'])}</th><th>{e(t['feature'])}</th><th>{e(t['other'])}</th>"
                     f"<th>{e(t['layer'])}</th></tr>")
        for row in rows:
            f = row.finding
            sev = f.severity.value
            parts.append(f'<tr><td class="sev" style="color:{_COLOURS[sev]}">{e(t[sev])}</td>'
                         f"<td>{e(f.code)}</td><td>{e(f.message(lang))}</td>"
                         f"<td>{e(f.feature_id or ('fid ' + str(row.bron_fid) if row.bron_fid is not None else ''))}"
                         f"</td><td>{e(f.ander_id or '')}</td><td>{e(row.laag)}</td></tr>")
        parts.append("</table>")
    parts.append("</body></html>")
    return "\n".join(parts)
