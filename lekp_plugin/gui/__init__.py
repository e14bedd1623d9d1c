"""Widgets: the LEKP dock and what it shows."""
