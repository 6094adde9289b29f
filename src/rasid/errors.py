"""Errors a user can act on.  The CLI prints them as one line, never as a traceback."""


class RasidError(Exception):
    """A problem with the user's input or request; ``exit_code`` is what the CLI returns."""

    exit_code = 2


class NotFound(RasidError):
    exit_code = 3


class InputError(RasidError):
    """One input file (or record) could not be read; names the file and the problem."""

    def __init__(self, origin: str, problem: str):
        super().__init__(f"{origin}: {problem}")
        self.origin = origin
        self.problem = problem


# Characters that would break a one-line message or let input rewrite the terminal: controls
# (newline, ESC), line and paragraph separators, and bidirectional overrides and isolates
# (which reorder what follows them).  Arabic's joiners and direction marks are left alone.
_HIDDEN = {0x2028, 0x2029, *range(0x202A, 0x202F), *range(0x2066, 0x206A)}
_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t", "\\": "\\\\"}


def printable(text: str) -> str:
    """``text`` safe to print on one line: control characters written as escapes, and a
    file name's undecodable bytes (lone surrogates from ``os.fsdecode``) as ``\\xNN``.
    Text that needs no escape is returned as it is; otherwise backslashes are doubled too,
    so an escape read in the output always stands for the character."""
    if not any(_needs_escape(ch) for ch in text):
        return text
    out = []
    for ch in text:
        code = ord(ch)
        if ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif 0xDC80 <= code <= 0xDCFF:  # surrogateescape: the byte that was not UTF-8
            out.append(f"\\x{code - 0xDC00:02x}")
        elif code < 0x20 or 0x7F <= code < 0xA0:
            out.append(f"\\x{code:02x}")
        elif _needs_escape(ch):
            out.append(f"\\u{code:04x}")
        else:
            out.append(ch)
    return "".join(out)


def _needs_escape(ch: str) -> bool:
    code = ord(ch)
    return code < 0x20 or 0x7F <= code < 0xA0 or 0xD800 <= code <= 0xDFFF or code in _HIDDEN
