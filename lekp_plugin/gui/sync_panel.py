"""The dock's Synchronisatie tab: registry, authentication, what waits to be sent, and the sync task.

The sync itself is the Qt-free engine of :mod:`lekp_plugin.sync`; this panel
gathers its inputs on the main thread (URL, the token from QGIS's
authentication manager, a session with QGIS's proxy), runs it in a
:class:`SyncTask` (a ``QgsTask``, with progress and cancel) and shows the
outcome as one Dutch sentence. A failed or cancelled sync leaves the outbox
as it was: the engine only removes an outbox row once the registry answered.

A sync is refused while a store layer holds unsaved edits: sync reads the
GeoPackage, so edits still in QGIS's edit buffer would not be sent, and
pulled changes could clash with them when they are saved. Saved edits are all
that sync ever sends.
"""

from __future__ import annotations

import datetime as _dt
import html
import logging
import traceback

from qgis.core import QgsApplication, QgsProject, QgsTask
from qgis.PyQt.QtCore import Qt, QTimer, pyqtSignal
from qgis.PyQt.QtWidgets import QApplication, QSizePolicy, QStyle, QTreeWidgetItem, QWidget

from .. import i18n, settings
from ..core.schema import GEOMETRY_FAMILIES
from ..i18n import tr
from .ui import load_ui

LOGGER = logging.getLogger(__name__)
FORM_CLASS, _ = load_ui("sync_panel")
STORE_LAYERS = tuple(f.layer_name for f in GEOMETRY_FAMILIES)


def _layer_name_of(layer) -> str | None:
    """The store layer name of a QGIS layer on a GeoPackage (``…|layername=x``)."""
    source = layer.source() if hasattr(layer, "source") else ""
    if "|layername=" not in source:
        return None
    return source.split("|layername=", 1)[1].split("|", 1)[0]


def _same_file(source: str, path: str) -> bool:
    import os

    try:
        return os.path.samefile(source.split("|", 1)[0], path)
    except OSError:
        return False


def store_layers(path: str, project: QgsProject | None = None) -> list:
    """The project's layers that show a store layer of the GeoPackage ``path``."""
    project = project or QgsProject.instance()
    found = []
    for layer in project.mapLayers().values():
        name = _layer_name_of(layer)
        if name in STORE_LAYERS and _same_file(layer.source(), path):
            found.append(layer)
    return found


def format_datetime(value: str | None) -> str:
    """An ISO datetime as ``dd/mm/jjjj uu:mm`` (local time), or the text as it is."""
    if not value:
        return ""
    try:
        moment = _dt.datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return str(value)
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.strftime("%d/%m/%Y %H:%M")


def error_text(exc: BaseException, lang: str) -> str:
    """One line for the user from a SyncError / AuthConfigError (message or message_en)."""
    if lang == "en" and getattr(exc, "message_en", None):
        return exc.message_en
    return getattr(exc, "message", None) or str(exc)


class SyncTask(QgsTask):
    """``run_sync`` in QGIS's task manager; the outcome is read in ``finished`` (main thread)."""

    progressText = pyqtSignal(str)

    def __init__(self, store_path: str, url: str, token: str | None, session, lang: str) -> None:
        super().__init__(tr("SyncPanel", "LEKP-synchronisatie"), QgsTask.Flag.CanCancel)
        self.store_path = store_path
        self.url = url
        self._token = token
        self.session = session
        self.lang = lang
        self.result = None
        self.error: str | None = None
        self.done_callback = None

    def _progress(self, percent: float, text: str = "") -> None:
        self.setProgress(max(0.0, min(100.0, float(percent))))
        if text:
            self.progressText.emit(text)

    def run(self) -> bool:
        from ..sync import SyncError, run_sync

        try:
            self.result = run_sync(self.store_path, self.url, self._token, session=self.session,
                                   progress=self._progress, is_cancelled=self.isCanceled,
                                   log=LOGGER.info)
            return True
        except SyncError as exc:
            self.error = error_text(exc, self.lang)
        except Exception as exc:  # the user gets one sentence; the details go to the log
            LOGGER.error("sync failed unexpectedly: %s", "".join(
                traceback.format_exception(type(exc), exc, exc.__traceback__)))
            self.error = tr("SyncPanel", "De synchronisatie liep mis door een onverwachte fout "
                                         "({0}). Er ging niets verloren: de wijzigingen blijven "
                                         "klaarstaan. Details staan in het logboek (LEKP)."
                            ).format(type(exc).__name__)
        finally:
            self._close()
        return False

    def _close(self) -> None:
        """Forget the token and close the session (its pooled connections)."""
        self._token = None
        if self.session is not None:
            self.session.close()
            self.session = None

    def finished(self, ok: bool) -> None:
        self._close()  # also when QGIS never ran the task (cancelled before it started)
        if self.done_callback is not None:
            self.done_callback(self, ok)


class SyncPanel(QWidget, FORM_CLASS):
    """The Synchronisatie tab (inside the LEKP dock)."""

    #: Emitted after a sync or a resolved conflict changed the store layers.
    storeChanged = pyqtSignal()

    def __init__(self, parent=None, iface=None) -> None:
        super().__init__(parent)
        self.setupUi(self)
        self.iface = iface
        self.store_path = ""
        self.task: SyncTask | None = None
        self.status = None
        self.held_rows: list = []
        from qgis.gui import QgsAuthConfigSelect

        self.authSelect = QgsAuthConfigSelect(self)
        self.authSelect.setObjectName("authSelect")
        # the widget grows vertically by default and would push the rest of the tab down
        self.authSelect.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self.authLayout.addWidget(self.authSelect)
        self.urlEdit.setText(settings.REGISTRY_URL.value())
        self.authSelect.setConfigId(settings.REGISTRY_AUTHCFG.value())
        self.progressBar.setVisible(False)
        self.heldBackTree.setVisible(False)
        self.syncButton.clicked.connect(self.start_sync)
        self.cancelButton.clicked.connect(self.cancel_sync)
        self.refreshButton.clicked.connect(self.refresh)
        self.conflictsButton.clicked.connect(self.open_conflicts)
        self.heldBackTree.itemClicked.connect(lambda item, _col: self.zoom_to_held(item))
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(200)
        self._refresh_timer.timeout.connect(self.refresh)
        self._watched: list = []
        self._fresh_store = False
        self.conflict_dialog = None
        self.refresh()

    # -- store -----------------------------------------------------------------
    def set_store(self, path: str, layers=()) -> None:
        self.store_path = path
        self._fresh_store = True
        for layer in layers:
            if _layer_name_of(layer) in STORE_LAYERS:
                # saved edits change what waits to be sent
                layer.afterCommitChanges.connect(self._refresh_timer.start)
                self._watched.append(layer)
        self.refresh()

    def set_message(self, text: str, level: str = "info") -> None:
        colours = {"error": "#842029", "warning": "#664d03", "ok": "#0f5132", "info": ""}
        colour = colours.get(level, "")
        self.messageLabel.setStyleSheet(f"QLabel {{ color: {colour}; }}" if colour else "")
        self.messageLabel.setText(text)

    def refresh(self) -> None:
        """Read the store's sync state and show it."""
        enabled = bool(self.store_path)
        self.statusGroup.setEnabled(enabled)
        if not enabled:
            self.pendingLabel.setText(tr("SyncPanel", "Open eerst een opslag."))
            self.conflictsLabel.setText("")
            self.lastSyncLabel.setText("")
            self.heldBackLabel.setText("")
            self.heldBackTree.setVisible(False)
            self.conflictsButton.setEnabled(False)
            return
        try:
            from ..sync import SyncError, sync_status
        except ImportError as exc:  # a partial install: say so instead of failing the dock
            LOGGER.warning("sync engine unavailable: %s", exc)
            self.set_message(tr("SyncPanel", "Synchroniseren kan niet: de Python-module '{0}' ontbreekt "
                                             "in deze QGIS-installatie.").format(exc.name or exc), "error")
            return
        try:
            status = sync_status(self.store_path)
        except SyncError as exc:
            self.set_message(error_text(exc, i18n.language()), "error")
            return
        self.show_status(status)

    @staticmethod
    def _line(label, title: str, value: str, colour: str = "") -> None:
        style = f" style='color:{colour}'" if colour else ""
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setText(f"<b>{html.escape(title)}:</b> <span{style}>{html.escape(value)}</span>")

    def show_status(self, status) -> None:
        self.status = status
        pending = status.pending or {}
        n_create, n_replace, n_delete = (int(pending.get(k, 0)) for k in ("create", "replace", "delete"))
        if n_create + n_replace + n_delete == 0 and status.held_back:
            text = tr("SyncPanel", "niets, behalve de {0} tegengehouden object(en) hieronder").format(
                len(status.held_back))
        elif n_create + n_replace + n_delete == 0:
            text = tr("SyncPanel", "niets: alle opgeslagen wijzigingen zijn verstuurd")
        else:
            text = tr("SyncPanel", "{0} nieuw, {1} gewijzigd, {2} verwijderd").format(n_create, n_replace, n_delete)
        self._line(self.pendingLabel, tr("SyncPanel", "Te versturen"), text)
        if status.conflicts:
            self._line(self.conflictsLabel, tr("SyncPanel", "Conflicten"),
                       tr("SyncPanel", "{0} open").format(status.conflicts), "#842029")
        else:
            self._line(self.conflictsLabel, tr("SyncPanel", "Conflicten"), tr("SyncPanel", "geen"))
        self.conflictsButton.setEnabled(bool(status.conflicts))
        if status.last_sync:
            text = format_datetime(status.last_sync)
            if status.last_result:
                text += f" — {status.last_result}"
        else:
            text = tr("SyncPanel", "nog nooit")
        self._line(self.lastSyncLabel, tr("SyncPanel", "Laatste synchronisatie"), text)
        if status.registry_url and (self._fresh_store or not self.urlEdit.text().strip()):
            # the URL this store last synced with beats the one of another store
            self.urlEdit.setText(status.registry_url)
        self._fresh_store = False
        self._show_held_back(status.held_back or [])

    def _show_held_back(self, held: list) -> None:
        self.held_rows = list(held)
        tree = self.heldBackTree
        tree.clear()
        self.heldBackTree.setVisible(bool(held))
        if not held:
            self.heldBackLabel.setText(tr("SyncPanel", "Geen objecten tegengehouden."))
            return
        self.heldBackLabel.setText(tr(
            "SyncPanel", "{0} object(en) met fouten worden niet verstuurd tot ze hersteld zijn "
                         "(zie ook het tabblad Validatie):").format(len(held)))
        labels = {f.layer_name: (f.label_nl if i18n.language() == "nl" else f.label_en)
                  for f in GEOMETRY_FAMILIES}
        names = self._project_names({row.id for row in held})
        icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
        for n, row in enumerate(held):
            errors = [f for f in row.findings if f.get("severity", "error") == "error"] or row.findings
            codes = ", ".join(dict.fromkeys(f.get("code", "") for f in errors))
            item = QTreeWidgetItem([names.get(row.id) or row.id[:8], codes])
            item.setIcon(0, icon)
            item.setToolTip(0, f"{labels.get(row.laag, row.laag)} · {row.id}")
            item.setToolTip(1, self._held_text(row))
            item.setData(0, Qt.ItemDataRole.UserRole, n)
            tree.addTopLevelItem(item)
        tree.resizeColumnToContents(0)

    @staticmethod
    def _held_text(row) -> str:
        errors = [f for f in row.findings if f.get("severity", "error") == "error"] or row.findings
        key = "message_en" if i18n.language() == "en" else "message"
        return "\n".join(f"{f.get('code', '')}: {f.get(key) or f.get('message', '')}" for f in errors)

    def _project_names(self, ids: set[str]) -> dict[str, str]:
        """projectnaam of the given feature ids, read from the open store layers."""
        from qgis.core import QgsFeatureRequest

        if not ids or not self.store_path:
            return {}
        quoted = ",".join("'" + i.replace("'", "''") + "'" for i in ids)
        request = QgsFeatureRequest().setFilterExpression(f'"id" IN ({quoted})')
        request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
        names = {}
        for layer in store_layers(self.store_path):
            for feature in layer.getFeatures(request):
                names[feature["id"]] = feature["projectnaam"] or ""
        return names

    def zoom_to_held(self, item) -> bool:
        """Select the held-back feature of ``item`` and zoom the map to it."""
        n = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        if n is None or n >= len(self.held_rows):
            return False
        row = self.held_rows[n]
        self.set_message(f"{item.text(0)}\n{self._held_text(row)}", "error")
        for layer in store_layers(self.store_path):
            if _layer_name_of(layer) != row.laag:
                continue
            idx = layer.fields().indexOf("id")
            fids = [f.id() for f in layer.getFeatures() if idx >= 0 and f.attribute(idx) == row.id]
            if not fids:
                continue
            layer.selectByIds(fids)
            if self.iface is not None:
                self.iface.setActiveLayer(layer)
                canvas = self.iface.mapCanvas()
                canvas.zoomToFeatureIds(layer, fids)
                canvas.flashFeatureIds(layer, fids)
            return True
        self.set_message(tr("SyncPanel", "Object {0} staat niet in een geopende laag van de opslag.")
                         .format(row.id), "warning")
        return False

    # -- sync ------------------------------------------------------------------
    def unsaved_layers(self) -> list:
        return [layer for layer in store_layers(self.store_path)
                if layer.isEditable() and layer.isModified()]

    def start_sync(self) -> bool:
        """Check the inputs, then run the sync as a task. False (with a message) when refused."""
        from ..sync.qgis_adapter import (
            AuthConfigError,
            guard_store_saves,
            session_with_qgis_proxy,
            token_from_authcfg,
        )

        lang = i18n.language()
        if self.task is not None:
            return False
        if not self.store_path:
            self.set_message(tr("SyncPanel", "Open eerst een opslag (knop Opslag openen…)."), "error")
            return False
        url = self.urlEdit.text().strip()
        if not url:
            self.set_message(tr("SyncPanel", "Vul het adres (URL) van het register in."), "error")
            self.urlEdit.setFocus()
            return False
        if not url.lower().startswith(("http://", "https://")):
            self.set_message(tr("SyncPanel", "Het adres van het register moet met https:// (of http://) "
                                             "beginnen: '{0}'.").format(url), "error")
            self.urlEdit.setFocus()
            return False
        unsaved = self.unsaved_layers()
        if unsaved:
            self.set_message(tr("SyncPanel", "Laag '{0}' heeft niet-opgeslagen wijzigingen: sla ze op "
                                             "of maak ze ongedaan en synchroniseer dan opnieuw.")
                             .format(unsaved[0].name()), "error")
            return False
        authcfg = self.authSelect.configId()
        try:
            token = token_from_authcfg(authcfg)
            session = session_with_qgis_proxy()
        except AuthConfigError as exc:
            self.set_message(error_text(exc, lang), "error")
            return False
        settings.REGISTRY_URL.set_value(url)
        settings.REGISTRY_AUTHCFG.set_value(authcfg or "")
        self.task = SyncTask(self.store_path, url, token, session, lang)
        del token
        self.task.done_callback = self._finished
        # the user's saves of the store's layers during the sync take turns with its writes
        self.save_guard = guard_store_saves(self.store_path)
        self.task.progressChanged.connect(lambda p: self.progressBar.setValue(int(p)))
        self.task.progressText.connect(lambda text: self.progressBar.setFormat(f"{text} (%p%)"))
        self.progressBar.setFormat(tr("SyncPanel", "Verbinden met het register…"))
        self.progressBar.setValue(0)
        self.progressBar.setVisible(True)
        self.syncButton.setEnabled(False)
        self.cancelButton.setEnabled(True)
        self.set_message(tr("SyncPanel", "Bezig met synchroniseren…"))
        QgsApplication.taskManager().addTask(self.task)
        return True

    def cancel_sync(self) -> None:
        if self.task is not None:
            # message first: a task that did not start yet finishes inside cancel()
            self.cancelButton.setEnabled(False)
            self.set_message(tr("SyncPanel", "Annuleren… (het lopende verzoek wordt nog afgewerkt)"))
            self.task.cancel()

    def _end_save_guard(self) -> None:
        if getattr(self, "save_guard", None) is not None:
            self.save_guard.close()
            self.save_guard = None

    def _finished(self, task: SyncTask, ok: bool) -> None:
        self.task = None
        self._end_save_guard()
        self.syncButton.setEnabled(True)
        self.cancelButton.setEnabled(False)
        self.progressBar.setVisible(False)
        result = task.result
        if ok and result is not None:
            if result.cancelled:
                self.set_message(tr("SyncPanel", "Synchronisatie geannuleerd: wat nog niet verstuurd "
                                                 "was, blijft klaarstaan voor de volgende keer."), "warning")
            else:
                lines = [result.message, *result.warnings]
                level = "warning" if (result.conflicts or result.held_back or result.warnings) else "ok"
                self.set_message("\n".join(line for line in lines if line), level)
            if result.pulled or result.conflicts or result.pushed:
                # pushed features may get their registry version written back: show it too
                self.reload_layers(revalidate=bool(result.pulled or result.conflicts))
        elif task.error:
            self.set_message(task.error, "error")
        else:
            # cancelled before run() started, or QGIS ended the task
            self.set_message(tr("SyncPanel", "Synchronisatie geannuleerd: wat nog niet verstuurd was, "
                                             "blijft klaarstaan voor de volgende keer."), "warning")
        if self.conflict_dialog is not None:
            self.conflict_dialog.load()  # the sync may have added or settled conflicts
        self.refresh()

    def is_running(self) -> bool:
        return self.task is not None

    def reload_layers(self, revalidate: bool = True) -> None:
        """Show what sync wrote into the GeoPackage; layers with unsaved edits only repaint.

        ``storeChanged`` (the dock re-validates on it) only when features may have changed.
        """
        for layer in store_layers(self.store_path):
            if not (layer.isEditable() and layer.isModified()):
                layer.reload()
            layer.triggerRepaint()
        if revalidate:
            self.storeChanged.emit()

    # -- conflicts -------------------------------------------------------------
    def open_conflicts(self):
        """The conflict dialog, not modal: the map stays usable to look at both geometries."""
        from .conflict_dialog import ConflictDialog

        if self.conflict_dialog is not None:
            self.conflict_dialog.raise_()
            self.conflict_dialog.activateWindow()
            return self.conflict_dialog
        dialog = ConflictDialog(self.store_path, self.iface, self)
        dialog.resolved.connect(self.reload_layers)
        dialog.resolved.connect(self.refresh)
        dialog.finished.connect(self._conflicts_closed)
        self.conflict_dialog = dialog
        dialog.show()
        return dialog

    def _conflicts_closed(self, _result=None) -> None:
        if self.conflict_dialog is not None:
            self.conflict_dialog.deleteLater()
        self.conflict_dialog = None
        self.refresh()

    def cleanup(self) -> None:
        if self.conflict_dialog is not None:
            self.conflict_dialog.reject()
        if self.task is not None:
            self.task.done_callback = None
            self.task.cancel()
        self._end_save_guard()
        for layer in self._watched:
            try:
                layer.afterCommitChanges.disconnect(self._refresh_timer.start)
            except (TypeError, RuntimeError):
                pass
        self._watched = []
