"""``lekp:sync`` in QGIS's Processing (pytest-qgis): parameters checked before the run, a run in process."""

from __future__ import annotations

from ..plugin.conftest import failure_message
from .conftest import HERZELE, gdal_add


def test_bad_parameters_are_refused_before_the_run(provider, make_store, tmp_path):
    store = make_store()
    missing = str(tmp_path / "weg.gpkg")
    assert "bestaat niet" in failure_message("lekp:sync", {"STORE": missing, "REGISTRY_URL": "http://x"})
    other = tmp_path / "ander.gpkg"
    other.write_text("geen opslag")
    assert "geen LEKP-opslag" in failure_message("lekp:sync", {"STORE": str(other), "REGISTRY_URL": "http://x"})
    assert "geen geldige register-URL" in failure_message("lekp:sync", {"STORE": store, "REGISTRY_URL": "ftp:/x"})
    # an unknown policy: QGIS's own enum check refuses it first
    assert "POLICY" in failure_message("lekp:sync", {"STORE": store, "REGISTRY_URL": "http://x", "POLICY": "altijd"})


def test_sync_runs_in_processing_with_the_token_from_the_environment(provider, make_store, registry,
                                                                     monkeypatch):
    from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback

    store = make_store()
    gdal_add(store, 3)
    monkeypatch.setenv("LEKP_REGISTRY_TOKEN", HERZELE)
    alg = QgsApplication.processingRegistry().createAlgorithmById("lekp:sync")
    context, feedback = QgsProcessingContext(), QgsProcessingFeedback()
    params = {"STORE": store, "REGISTRY_URL": registry.url, "POLICY": "take_theirs"}
    ok, message = alg.checkParameterValues(params, context)
    assert ok, message
    results, ok = alg.run(params, context, feedback)
    assert ok
    assert results["PUSHED"] == 3 and results["CONFLICTS"] == 0 and results["REQUESTS"] <= 3
    assert len(registry.features()) == 3
