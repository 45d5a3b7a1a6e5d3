"""The fence around typer's and click's private parts (par_cli/cli/typer_private.py): every name it
uses exists and behaves as it assumes, on the typer pyproject.toml allows. When a new release
breaks one, these fail naming the module, not somewhere deep in a usage error."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import typer

from par_cli.cli import typer_private
from par_cli.cli.app import make_app
from par_cli.texts.labels import Labels

ROOT = Path(__file__).resolve().parent.parent


def fence(holds: bool, assumption: str) -> None:
    assert holds, (
        f"{typer_private.MODULE} assumes {assumption}, which typer {typer.__version__} breaks: "
        "adapt that module (and only it), or keep typer to the range in pyproject.toml"
    )


def _version(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split(".")[:3] if part.isdigit())


def test_the_installed_typer_is_in_the_tested_range() -> None:
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    found = re.search(r'"typer>=([\d.]+),<([\d.]+)"', pyproject)
    assert found, "pyproject.toml bounds typer on both sides: its private parts change between releases"
    low, high = _version(found[1]), _version(found[2])
    fence(low <= _version(typer.__version__) < high, f"a typer in [{found[1]}, {found[2]})")


def _usage_error(*argv: str) -> Any:
    """The error click raises for ``argv`` in par's own app, as run_app sees it."""
    command = typer.main.get_command(make_app(Labels("en")))
    typer_private.share_option(command, "lang")
    try:
        command.main(args=list(argv), prog_name="par", standalone_mode=False)
    except typer_private.UsageError as error:
        return error
    raise AssertionError(f"no usage error for {argv}")


def test_click_exceptions_are_where_and_what_the_module_expects() -> None:
    for name in ("UsageError", "NoArgsIsHelpError", "NoSuchOption", "BadOptionUsage", "MissingParameter"):
        cls = getattr(typer_private, name)
        fence(issubclass(cls, typer_private.UsageError), f"typer._click.exceptions.{name} is a UsageError")
    fence(
        issubclass(typer_private.MissingParameter, typer_private.BadParameter),
        "MissingParameter is a BadParameter (it is matched first)",
    )


def test_the_errors_carry_what_the_module_reads() -> None:
    option = _usage_error("gaps", "--frmat", "json")
    fence(isinstance(option, typer_private.NoSuchOption), "an unknown option raises NoSuchOption")
    fence(option.option_name == "--frmat", "NoSuchOption.option_name")
    fence(list(option.possibilities or ())[:1] == ["--format"], "NoSuchOption.possibilities, closest first")
    fence(option.ctx is not None and option.ctx.command_path == "par gaps", "UsageError.ctx.command_path")
    needs = _usage_error("gaps", "--format")
    fence(isinstance(needs, typer_private.BadOptionUsage), "a missing value raises BadOptionUsage")
    fence(needs.option_name == "--format", "BadOptionUsage.option_name")
    missing = _usage_error("rollover")
    fence(
        isinstance(missing, typer_private.MissingParameter)
        and missing.param is not None
        and missing.param.param_type_name == "option"
        and "--input" in missing.param.opts,
        "MissingParameter.param with param_type_name and opts",
    )


@pytest.mark.parametrize(
    ("argv", "read", "expected"),
    [
        (["gaps", "one", "two"], typer_private.extra_argument, "one two"),
        (["gapz"], typer_private.no_such_command, "gapz"),
        (["it's"], typer_private.no_such_command, "it's"),  # click's repr then uses double quotes
        (["--criteria", "x.yaml"], typer_private.missing_command, True),
    ],
)
def test_the_english_messages_are_read_back(argv: list[str], read: Any, expected: object) -> None:
    error = _usage_error(*argv)
    fence(read(error.message) == expected, f"click words {read.__name__} as {error.message!r}")


def test_the_help_words_reach_every_place_they_are_written() -> None:
    words = {
        "Options": "OPTS-WORD",
        "Usage: ": "USE-WORD ",
        "[OPTIONS]": "[OPTS-METAVAR]",
        "Show this message and exit.": "HELP-WORD",
    }
    command = typer.main.get_command(make_app(Labels("en")))  # sets the English words: replaced below
    try:
        typer_private.help_words(words)
        with typer.Context(command, info_name="par") as ctx:
            text = command.get_help(ctx)
    finally:
        make_app(Labels("en"))
    for english, shown in words.items():
        fence(shown.strip() in text, f"typer's help writes {english!r} through the hooks it sets")


def test_the_completion_classes_can_be_registered() -> None:
    typer_private.init_completion()  # raises if typer._completion_classes.completion_init is gone


def test_the_fence_fails_naming_the_module(monkeypatch: pytest.MonkeyPatch) -> None:
    """A release that rewords a message breaks a check above, loudly."""
    monkeypatch.setattr(typer_private, "_EXTRA", re.compile("Unexpected extra arguments: (.*)"))
    with pytest.raises(AssertionError, match=re.escape(typer_private.MODULE)):
        test_the_english_messages_are_read_back(["gaps", "one"], typer_private.extra_argument, "one")


def test_no_other_module_touches_the_private_parts() -> None:
    private = re.compile(r"typer\._click|typer\._completion|typer\.core\._\b|\bclick\.")
    offenders = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "par_cli").rglob("*.py")
        if path.name != "typer_private.py" and private.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []
