"""One error hierarchy for everything a user can get wrong.

The CLI turns every :class:`KgError` into a single ``Error: ...`` line on stderr and a
non-zero exit code (see :func:`kg.cli.main`); library users catch the class they care about.
"""

from __future__ import annotations


class KgError(Exception):
    """Base class: a problem the user can fix, reported without a traceback."""

    exit_code = 1


class InputError(KgError):
    """A file (or a line of one) that cannot be read as an article.

    >>> str(InputError("news/a.md", "front matter: date 'soon' is not a date"))
    "news/a.md: front matter: date 'soon' is not a date"
    """

    def __init__(self, path: str, problem: str):
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


class PipelineError(KgError):
    """The spaCy pipeline cannot be loaded or configured."""


class StoreError(KgError):
    """The graph store cannot be opened, read or written."""


class QueryError(KgError):
    """A SPARQL query that is malformed or refers to an unknown named query."""


class NotFoundError(KgError):
    """An identifier (prediction, article, entity) that matches nothing, or more than one thing."""


class ValidationError(KgError):
    """Data that breaks a contract (JSON Schema, SHACL shapes, gold annotation format)."""
