"""The Qt-free core of LEKP-registratie.

Plain Python on shapely and pyproj: the catalogue, the feature schema,
targets, the 2025 merger map and (later) validation rules, the sync planner
and the import mapping.  It never imports ``qgis`` or ``PyQt`` (a ruff rule
and a test enforce this), so the registry server and scripts use it too.
"""
