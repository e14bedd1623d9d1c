"""LEKP-registratie QGIS plugin.

``classFactory`` imports lazily: importing this package touches neither QGIS
nor shapely, so ``python -m lekp_plugin.deps`` and the core work anywhere, and
QGIS only pays for the plugin when it loads it.
"""


def classFactory(iface):
    # Make a dependencies folder in the QGIS profile visible before anything
    # imports shapely (see deps.py).
    from . import deps

    deps.add_dependencies_dir()
    from .plugin import LekpPlugin

    return LekpPlugin(iface)
