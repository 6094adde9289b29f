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
