"""What every spreadsheet export shares: keeping cell text from being run as a formula."""

FORMULA_STARTS = "=+-@\t\r"


def spreadsheet_safe(value: str) -> str:
    """`value` as a cell text that spreadsheet programs show instead of running.

    Excel, LibreOffice and Google Sheets treat a cell that starts with = + - or @ (and, in some
    versions, a tab or carriage return before one) as a formula, also when it comes from a CSV
    file. A formula such as `=HYPERLINK(...)` or a DDE call in a name or an answer text that
    anyone could type would then run on the computer of whoever opens the export ("formula
    injection" or "CSV injection"). A leading apostrophe makes it plain text; every other value
    comes back unchanged. Apply it to text written by people, not to numbers.
    """
    if value and value[0] in FORMULA_STARTS:
        return "'" + value
    return value
