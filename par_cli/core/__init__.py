"""The core: models, loading and computation.

It reads plans and scores files (through `par_cli.readers`), checks them, and computes gaps,
workloads, assessments and comparisons. It never words a text, never chooses a language, never
exits and never imports typer or rich: bad input is raised as problems (`problems.py`), which
the edge words in the reader's language.
"""
