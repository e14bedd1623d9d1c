"""The import wizard's own buttons (Back/Next/Finish/Cancel) speak the plugin's language, also when Qt's
own translations (qtbase_nl.qm) are not loaded, as in a QGIS whose Qt lacks them."""

from __future__ import annotations

import pytest


@pytest.fixture()
def make_wizard(qgis_iface, qgis_new_project):
    from lekp_plugin.gui.import_wizard import ImportWizard

    made = []

    def make():
        made.append(ImportWizard(None, iface=qgis_iface))
        return made[-1]

    yield make
    for w in made:
        w._remove_preview()
        w.deleteLater()


def _texts(wizard) -> dict[str, str]:
    b = wizard.WizardButton
    return {name: wizard.button(getattr(b, name)).text()
            for name in ("BackButton", "NextButton", "FinishButton", "CancelButton")}


def test_wizard_buttons_are_dutch(make_wizard):
    wizard = make_wizard()
    assert _texts(wizard) == {"BackButton": "< Vorige", "NextButton": "Volgende >",
                              "FinishButton": "Importeren", "CancelButton": "Annuleren"}


def test_wizard_buttons_are_english_with_the_english_plugin(make_wizard):
    from lekp_plugin import i18n, settings

    settings.LANGUAGE.set_value("en")
    translator = i18n.install_translator()
    try:
        assert translator is not None, "lekp_en.qm missing: scripts/i18n.py compile"
        assert _texts(make_wizard()) == {"BackButton": "< Back", "NextButton": "Next >",
                                         "FinishButton": "Import", "CancelButton": "Cancel"}
    finally:
        i18n.remove_translator(translator)
        settings.LANGUAGE.set_value("")
