"""The LEKP progress report: the store's figures (``storedata``), the chart (``chart``), the PDF layout (``layout``)."""
