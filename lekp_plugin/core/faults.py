"""User-facing problems with a stable code and the same text in Dutch and English.

A subclass names its message table in ``MESSAGES`` (code → (Dutch, English)
templates with ``{name}`` fields); the exception's own text is the Dutch one.
"""

from __future__ import annotations


class UserFault(Exception):
    """A user-facing problem: a code, its parameters, Dutch/English text."""

    #: code → (Dutch template, English template)
    MESSAGES: dict[str, tuple[str, str]] = {}

    def __init__(self, code: str, **params):
        self.code = code
        self.params = params
        super().__init__(self.message("nl"))

    def message(self, lang: str = "nl") -> str:
        nl, en = self.MESSAGES[self.code]
        return (nl if lang == "nl" else en).format(**self.template_params(lang))

    def template_params(self, lang: str) -> dict:
        """The values the templates are filled with (a subclass may translate some)."""
        return self.params
