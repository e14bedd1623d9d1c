"""The one exception of sync: a bad situation with a Dutch and an English one-line message."""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

_MESSAGES: dict[str, tuple[str, str]] = {
    "url_invalid": ("'{url}' is geen geldige register-URL; verwacht wordt bv. https://register.example/ "
                    "(http of https).",
                    "'{url}' is not a valid registry URL; expected e.g. https://register.example/ "
                    "(http or https)."),
    "unknown_host": ("De server '{host}' van register-URL {url} is onbekend; controleer de URL.",
                     "The server '{host}' of registry URL {url} is unknown; check the URL."),
    "unreachable": ("Het register op {url} is niet bereikbaar ({reason}); controleer de URL en de "
                    "netwerkverbinding of probeer later opnieuw. Er is niets verloren: de wijzigingen "
                    "blijven klaarstaan.",
                    "The registry at {url} cannot be reached ({reason}); check the URL and the network "
                    "connection or try again later. Nothing is lost: the changes stay queued."),
    "timeout": ("Het register op {url} antwoordt niet op tijd; probeer later opnieuw. Er is niets "
                "verloren: de wijzigingen blijven klaarstaan.",
                "The registry at {url} does not answer in time; try again later. Nothing is lost: "
                "the changes stay queued."),
    "tls": ("De beveiligde verbinding met {url} is mislukt (certificaat niet geldig of niet vertrouwd).",
            "The secure connection to {url} failed (certificate invalid or not trusted)."),
    "unauthorized": ("Het register op {url} weigert de toegang (401): het token ontbreekt, is ongeldig "
                     "of ingetrokken. Controleer de authenticatieconfiguratie (of LEKP_REGISTRY_TOKEN).",
                     "The registry at {url} refuses access (401): the token is missing, invalid or "
                     "revoked. Check the authentication configuration (or LEKP_REGISTRY_TOKEN)."),
    "forbidden": ("Het register op {url} weigert deze schrijfopdracht (403): {detail}",
                  "The registry at {url} refuses this write (403): {detail}"),
    "other_gemeente": ("Deze opslag is van gemeente {nis}, maar het token mag niet voor die gemeente "
                       "schrijven (403 van {url}); gebruik het token van gemeente {nis}.",
                       "This store belongs to municipality {nis}, but the token may not write for it "
                       "(403 from {url}); use the token of municipality {nis}."),
    "not_ogc": ("{url} is geen OGC API Features-register: {reason}.",
                "{url} is not an OGC API Features registry: {reason}."),
    "server_error": ("Het register op {url} gaf een fout ({status}) bij {what}; probeer later opnieuw. "
                     "De wijzigingen blijven klaarstaan.",
                     "The registry at {url} returned an error ({status}) for {what}; try again later. "
                     "The changes stay queued."),
    "bad_answer": ("Het register op {url} gaf een onverwacht antwoord ({status}) bij {what}: {detail}",
                   "The registry at {url} gave an unexpected answer ({status}) for {what}: {detail}"),
    "not_store": ("{path} is geen LEKP-opslag (tabel lekp_meta ontbreekt).",
                  "{path} is not an LEKP store (table lekp_meta missing)."),
    "store_missing": ("De opslag {path} bestaat niet.", "The store {path} does not exist."),
    "wal_missing": ("De opslag {path} is gekopieerd terwijl ze nog open was: de laatste wijzigingen staan "
                    "in {wal}, dat ontbreekt ({frames} pagina's). Kopieer ook dat bestand mee (of sluit "
                    "het project op het toestel en kopieer opnieuw); zonder gaan die wijzigingen verloren, "
                    "dus de opslag wordt niet gesynchroniseerd.",
                    "The store {path} was copied while it was still open: its last edits are in {wal}, "
                    "which is missing ({frames} pages). Copy that file too (or close the project on the "
                    "device and copy again); without it those edits would be lost, so the store is not "
                    "synced."),
    "store_locked": ("De opslag {path} blijft vergrendeld door een ander programma; sla de bewerkingen "
                     "daar op en probeer opnieuw.",
                     "The store {path} stays locked by another program; save the edits there and try "
                     "again."),
    "policy": ("Onbekend conflictbeleid '{policy}' (kies stop, keep_mine of take_theirs).",
               "Unknown conflict policy '{policy}' (choose stop, keep_mine or take_theirs)."),
    "conflict_unknown": ("Conflict {conflict_id} bestaat niet of is al opgelost.",
                         "Conflict {conflict_id} does not exist or is already resolved."),
    "conflict_choice": ("Onbekende keuze '{choice}' voor conflict {conflict_id} (kies mine, theirs of merge).",
                        "Unknown choice '{choice}' for conflict {conflict_id} (choose mine, theirs or merge)."),
    "conflict_merge": ("Voor 'samenvoegen' van conflict {conflict_id} is een samengevoegd object nodig.",
                       "Merging conflict {conflict_id} needs a merged feature."),
}


def safe_url(url: str) -> str:
    """A URL fit for messages, logs and the store: no user info, no query, no fragment."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "?"
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    return urlunsplit((parts.scheme, host, parts.path, "", ""))


class SyncError(Exception):
    """A bad situation: wrong URL, registry down, 401, 403, not an OGC API, a store problem.

    ``message`` is Dutch, ``message_en`` English; both are one line, say what
    and where, and never contain a token.
    """

    def __init__(self, code: str, **params) -> None:
        self.code = code
        self.params = params
        nl, en = _MESSAGES[code]
        self.message = nl.format(**params)
        self.message_en = en.format(**params)
        super().__init__(self.message)

    def text(self, lang: str = "nl") -> str:
        return self.message if lang == "nl" else self.message_en
