"""Errors a user can act on: what is wrong, where, and how to fix it, on one line."""

from __future__ import annotations

from typing import NamedTuple


class Where(NamedTuple):
    """A place in an input file; line and column are 1-based, None when unknown."""

    path: str
    line: int | None = None
    column: int | None = None

    def __str__(self) -> str:
        if self.line is None:
            return self.path
        return f"{self.path}:{self.line}:{self.column or 1}"


class Problem(NamedTuple):
    where: Where
    message: str
    hint: str | None = None

    def __str__(self) -> str:
        text = f"{self.where}: {self.message}"
        if self.hint:
            text += f" ({self.hint})"
        return " ".join(text.split())  # always one line


class DataError(Exception):
    """Bad input data: the CLI prints each problem on a line of its own and exits 1."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(str(problems[0]) if problems else "invalid data")
        self.problems = problems

    @classmethod
    def at(cls, where: Where, message: str, hint: str | None = None) -> DataError:
        return cls([Problem(where, message, hint)])


class UsageError(Exception):
    """The command was asked something it cannot answer as asked: exit 2."""

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} ({self.hint})" if self.hint else self.message
