"""``lekp:sync``: push the store's outbox to the registry and pull its changes (headless too)."""

from __future__ import annotations

import os

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterAuthConfig,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
)

from ...compat import set_optional
from ..base import LekpAlgorithm

TOKEN_ENV = "LEKP_REGISTRY_TOKEN"
POLICIES = ("stop", "keep_mine", "take_theirs")


class SyncAlgorithm(LekpAlgorithm):
    NAME = "sync"
    DISPLAY = "Synchroniseren met het register"
    GROUP = "Synchronisatie"
    HELP = ("Verstuurt de lokale wijzigingen van de opslag naar het LEKP-register en haalt de "
            "wijzigingen van het register op. Objecten met fouten worden tegengehouden. "
            "Conflictbeleid: 'stop' laat conflicten staan voor een persoon (standaard), "
            "'keep_mine' houdt de lokale versie, 'take_theirs' neemt de versie van het register. "
            "Het token komt uit de authenticatieconfiguratie (Basic: het token als wachtwoord) "
            "of, zonder configuratie, uit de omgevingsvariabele LEKP_REGISTRY_TOKEN.")

    STORE = "STORE"
    REGISTRY_URL = "REGISTRY_URL"
    AUTHCFG = "AUTHCFG"
    POLICY = "POLICY"
    PUSHED, PULLED, CONFLICTS, HELD_BACK, REQUESTS, MESSAGE = (
        "PUSHED", "PULLED", "CONFLICTS", "HELD_BACK", "REQUESTS", "MESSAGE")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFile(
            self.STORE, self.tr("LEKP-opslag (GeoPackage)"), extension="gpkg"))
        self.addParameter(QgsProcessingParameterString(
            self.REGISTRY_URL, self.tr("URL van het register")))
        self.addParameter(set_optional(QgsProcessingParameterAuthConfig(
            self.AUTHCFG, self.tr("Authenticatieconfiguratie (token)"))))
        policy = QgsProcessingParameterEnum(self.POLICY, self.tr("Conflictbeleid"), list(POLICIES),
                                            defaultValue="stop")
        policy.setUsesStaticStrings(True)
        self.addParameter(policy)
        for name, label in ((self.PUSHED, self.tr("Verzonden")), (self.PULLED, self.tr("Opgehaald")),
                            (self.CONFLICTS, self.tr("Open conflicten")),
                            (self.HELD_BACK, self.tr("Tegengehouden")),
                            (self.REQUESTS, self.tr("HTTP-verzoeken"))):
            self.addOutput(QgsProcessingOutputNumber(name, label))
        self.addOutput(QgsProcessingOutputString(self.MESSAGE, self.tr("Resultaat")))

    def _policy(self, parameters, context) -> str:
        value = parameters.get(self.POLICY, "stop")
        if isinstance(value, int) or (isinstance(value, str) and value.isdigit()):
            index = int(value)
            return POLICIES[index] if 0 <= index < len(POLICIES) else str(value)
        return self.parameterAsString(parameters, self.POLICY, context) or "stop"

    def checkParameterValues(self, parameters, context):  # QGIS API
        """A missing store, a malformed URL or an unknown policy is refused before the run."""
        ok, message = super().checkParameterValues(parameters, context)
        if not ok:
            return ok, message
        from ...store.geopackage import is_store
        from ...sync.engine import normalize_base
        from ...sync.errors import SyncError

        store = self.parameterAsFile(parameters, self.STORE, context)
        if not store or not os.path.exists(store):
            return False, self.tr("De opslag {0} bestaat niet.").format(store)
        if not is_store(store):
            return False, self.tr("{0} is geen LEKP-opslag.").format(store)
        try:
            normalize_base(self.parameterAsString(parameters, self.REGISTRY_URL, context))
        except SyncError as exc:
            return False, exc.text(self.lang())
        policy = self._policy(parameters, context)
        if policy not in POLICIES:
            return False, self.tr("Onbekend conflictbeleid '{0}' (kies stop, keep_mine of take_theirs).").format(
                policy)
        return True, ""

    def prepareAlgorithm(self, parameters, context, feedback):  # QGIS API, on the main thread
        """Saves in QGIS of the store's layers take turns with the sync's writes (as from the dock).

        QGIS calls this on the main thread before the run's thread starts; the
        guard hooks the layers' save signals there and is closed when the sync
        has ended (in :meth:`process`, or :meth:`postProcessAlgorithm` after a
        failure before it).
        """
        from ...sync.qgis_adapter import guard_store_saves

        self._close_guard()
        store = self.parameterAsFile(parameters, self.STORE, context)
        if store and os.path.isfile(store):
            self._save_guard = guard_store_saves(store, context.project())
        return True

    def postProcessAlgorithm(self, context, feedback):  # QGIS API, on the main thread
        self._close_guard()
        return {}

    def _close_guard(self) -> None:
        guard, self._save_guard = getattr(self, "_save_guard", None), None
        if guard is not None:
            guard.close()

    def process(self, parameters, context, feedback):
        try:
            return self._sync(parameters, context, feedback)
        finally:
            self._close_guard()  # the sync's writes are over: saves no longer wait for them

    def _sync(self, parameters, context, feedback):
        from ...sync import SyncError, run_sync
        from ...sync.qgis_adapter import AuthConfigError, session_with_qgis_proxy, token_from_authcfg

        store = self.parameterAsFile(parameters, self.STORE, context)
        url = self.parameterAsString(parameters, self.REGISTRY_URL, context)
        authcfg = self.parameterAsString(parameters, self.AUTHCFG, context)
        policy = self._policy(parameters, context)
        lang = self.lang()
        try:
            token = token_from_authcfg(authcfg) if authcfg else None
            session = session_with_qgis_proxy()
        except AuthConfigError as exc:
            raise QgsProcessingException(exc.message if lang == "nl" else exc.message_en) from None
        if not authcfg:
            token = os.environ.get(TOKEN_ENV) or None
            if token:
                feedback.pushInfo(self.tr("Token uit de omgevingsvariabele {0}.").format(TOKEN_ENV))

        def progress(percent: float, text: str) -> None:
            feedback.setProgress(percent)
            feedback.setProgressText(text)

        try:
            result = run_sync(store, url, token, policy=policy, session=session, progress=progress,
                              is_cancelled=feedback.isCanceled, log=feedback.pushInfo)
        except SyncError as exc:
            raise QgsProcessingException(exc.text(lang)) from None
        finally:
            session.close()
        for warning in result.warnings:
            feedback.reportError(warning, False)
        for held in result.held_back_features[:50]:
            texts = "; ".join(f"{f.get('code')}: {f.get('message')}" for f in held.findings)
            feedback.pushInfo(self.tr("Tegengehouden {0} ({1}): {2}").format(held.id, held.laag, texts))
        if result.conflicts:
            feedback.reportError(self.tr("{0} conflict(en) wachten op een keuze (LEKP-paneel, tab "
                                         "Synchronisatie).").format(result.conflicts), False)
        return {self.PUSHED: result.pushed, self.PULLED: result.pulled, self.CONFLICTS: result.conflicts,
                self.HELD_BACK: result.held_back, self.REQUESTS: result.requests,
                self.MESSAGE: result.message if lang == "nl" else result.message_en}
