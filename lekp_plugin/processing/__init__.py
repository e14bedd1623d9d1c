"""The Processing provider ``lekp`` and its algorithms (thin: parse, call, report)."""
