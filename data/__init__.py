"""The bundled plans, installed as the package `par_cli.data` (see pyproject.toml)."""
