"""The least any tool on this stack does: a typer command that validates a one-field pydantic
model read from a tiny YAML string and prints a one-row rich table. `par` is measured against it."""

from __future__ import annotations

import typer
import yaml
from pydantic import BaseModel
from rich.console import Console
from rich.table import Table

app = typer.Typer(add_completion=False)


class Row(BaseModel):
    score: float


@app.command()
def main() -> None:
    row = Row.model_validate(yaml.load("score: 1.5", Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)))
    table = Table("score")
    table.add_row(str(row.score))
    Console().print(table)


if __name__ == "__main__":
    app()
