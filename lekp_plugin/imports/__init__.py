"""Bulk import of verkavelingsplannen (DXF, shapefile, ...).

Not built yet: see ROADMAP item 3.
"""
