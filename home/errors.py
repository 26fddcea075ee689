"""The one base of the domain errors that services raise (pretix's `OrderError` is the model).

A service refuses with a short code that callers branch on (`error.code == "consent"`) and a
message for the person who tried, in their language, from the subclass's `MESSAGES`:

    class RegistrationError(DomainError):
        MESSAGES = {"closed": _("Registration for this event has closed."), ...}

    raise RegistrationError("closed")
"""

from collections.abc import Mapping

from django.utils.functional import Promise


class DomainError(Exception):
    """Why a service cannot do what it was asked; `code` is one of the keys of `MESSAGES`."""

    MESSAGES: Mapping[str, str | Promise] = {}

    def __init__(self, code: str):
        super().__init__(code)
        self.code = code

    @property
    def message(self) -> str:
        """The message for `code`, translated into the active language."""
        return str(self.MESSAGES[self.code])
