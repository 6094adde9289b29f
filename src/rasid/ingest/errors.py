"""The one exception readers raise internally; ``read_file`` turns it into an IngestFailure."""


class Unreadable(Exception):
    """A file or record that cannot become an article; ``problem`` is the line a user reads."""

    def __init__(self, problem: str):
        super().__init__(problem)
        self.problem = problem
