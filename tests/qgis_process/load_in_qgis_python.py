"""Run by Debian's /usr/bin/python3 (QGIS's Python, not the venv) from the tests.

Starts QGIS on a given profile folder, loads ``lekp_plugin`` from that
profile's plugin folder through ``qgis.utils`` as QGIS does, and prints one
JSON object: where the plugin and shapely came from, the LEKP log messages,
whether the provider is there, and (when shapely >= 2 is found) the result of
running core code that needs it.
"""

import json
import os
import sys

profile_root = sys.argv[1]
os.environ["QT_QPA_PLATFORM"] = "offscreen"

from qgis.core import QgsApplication  # noqa: E402

# QGIS desktop resolves <root>/profiles/default through its profile manager;
# QgsApplication takes the profile folder itself.
app = QgsApplication([], False, os.path.join(profile_root, "profiles", "default"))
app.initQgis()
messages = []
QgsApplication.messageLog().messageReceived.connect(lambda m, tag, level: messages.append([tag, m]))

import qgis.utils  # noqa: E402

# What QGIS's Python start-up (QgsPythonUtilsImpl::init) does: the profile's
# python and python/plugins folders go in front of sys.path.
home_python = os.path.join(QgsApplication.qgisSettingsDirPath(), "python")
plugins_dir = os.path.join(home_python, "plugins")
sys.path[:0] = [home_python, plugins_dir]
qgis.utils.plugin_paths = [plugins_dir]
qgis.utils.updateAvailablePlugins()
out = {"settings_dir": QgsApplication.qgisSettingsDirPath(),
       "available": "lekp_plugin" in qgis.utils.available_plugins}
out["loaded"] = qgis.utils.loadPlugin("lekp_plugin")
out["started"] = qgis.utils.startPlugin("lekp_plugin")
import lekp_plugin  # noqa: E402

out["plugin_file"] = lekp_plugin.__file__
out["provider"] = QgsApplication.processingRegistry().providerById("lekp") is not None
try:
    import shapely

    out["shapely"] = [shapely.__version__, shapely.__file__]
except ImportError:
    out["shapely"] = None
if out["shapely"] and int(out["shapely"][0].split(".")[0]) >= 2:
    # core code that needs shapely 2, run where the plugin really runs
    from shapely import Polygon, is_valid_reason

    out["core_check"] = is_valid_reason(Polygon([(0, 0), (10, 10), (10, 0), (0, 10)]))
app.processEvents()
out["messages"] = [m for m in messages if m[0] in ("LEKP", "Python error", "Python warning")]
out["unloaded"] = qgis.utils.unloadPlugin("lekp_plugin")
print("RESULT " + json.dumps(out))
app.exitQgis()
