"""`par evidence check|bundle|init`: the files handed in as evidence, checked, bundled to upload,
and the folders offices file them in."""

import os
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from par_cli.cli.common import (
    check_inputs_once,
    criteria_option,
    criteria_path,
    emit,
    find_office,
    force_option,
    format_option,
    plan_inputs,
    reporting,
)
from par_cli.cli.failures import EXIT_DATA, OutputFailure, Usage, say
from par_cli.core.problems import Code, os_reason
from par_cli.texts.labels import Labels

if TYPE_CHECKING:
    from par_cli.core.actuals import Actuals
    from par_cli.core.claims import Claim
    from par_cli.core.collect import Collector
    from par_cli.core.evidence import Inventory
    from par_cli.core.plan import Plan


def evidence_dir_option(tr: Labels) -> Any:
    return typer.Option(
        "--evidence-dir", help=tr("help.evidence.dir"), show_default=False, metavar=tr("metavar.folder")
    )


def require_option(tr: Labels) -> Any:
    return typer.Option("--require-files", help=tr("help.evidence.require"))


def inputs_required(tr: Labels) -> Any:
    return typer.Option("--input", "-i", help=tr("help.evidence.input"), metavar=tr("metavar.file"))


def checked_dir(path: Path | None) -> str | None:
    """--evidence-dir, which must be a folder."""
    if path is None:
        return None
    if not path.is_dir():
        raise Usage(Code.EVIDENCE_DIR, str(path))
    return str(path)


def register(app: typer.Typer, tr: Labels) -> None:
    evidence = typer.Typer(
        name="evidence", help=tr("help.evidence"), no_args_is_help=True, rich_markup_mode=None
    )
    app.add_typer(evidence, name="evidence", help=tr("help.evidence"))

    @evidence.command("check", help=tr("help.evidence.check"))
    def check(
        ctx: typer.Context,
        inputs: Annotated[list[Path], inputs_required(tr)],
        evidence_dir: Annotated[Path | None, evidence_dir_option(tr)] = None,
        require: Annotated[bool, require_option(tr)] = False,
        against: Annotated[
            Path | None,
            typer.Option("--against", help=tr("help.evidence.against"), metavar=tr("metavar.file")),
        ] = None,
        criteria: Annotated[Path | None, criteria_option(tr)] = None,
        format_name: Annotated[str, format_option(tr)] = "table",
        output: Annotated[Path | None, output_path(tr)] = None,
        force: Annotated[bool, force_option(tr)] = False,
    ) -> None:
        from par_cli.core.evidence import assign_names, changes_since, take_inventory
        from par_cli.views.evidence import check_report

        with reporting(tr, format_name, output):
            plan, actuals, root = _load(ctx, criteria, inputs, evidence_dir)
            ignore = tuple(str(p) for p in (*inputs, *([output] if output else [])))
            inventory = take_inventory(plan, actuals, root, required=require, ignore=ignore)
            assign_names(plan, inventory, _index_names(tr))
            changes = None
            if against is not None:
                from par_cli.readers.bundles import bundle_files

                changes = changes_since(bundle_files(str(against)), inventory)
            report = check_report(
                plan, inventory, actuals.paths, tr, changes, str(against) if against else None
            )
            emit(
                report, format_name, output, force, plan_inputs(plan, inputs, [against] if against else None)
            )
        _say_problems(inventory, tr)
        if inventory.failed:
            raise typer.Exit(EXIT_DATA)

    @evidence.command("bundle", help=tr("help.evidence.bundle"))
    def bundle(
        ctx: typer.Context,
        inputs: Annotated[list[Path], inputs_required(tr)],
        output: Annotated[
            Path, typer.Option("--output", "-o", help=tr("help.evidence.output"), metavar=tr("metavar.file"))
        ],
        evidence_dir: Annotated[Path | None, evidence_dir_option(tr)] = None,
        require: Annotated[bool, require_option(tr)] = False,
        criteria: Annotated[Path | None, criteria_option(tr)] = None,
        format_name: Annotated[str, format_option(tr)] = "table",
        force: Annotated[bool, force_option(tr)] = False,
    ) -> None:
        from par_cli.cli.output import check_target

        with reporting(tr, format_name):
            check_target(output, force, [str(p) for p in inputs])
            plan, actuals, root = _load(ctx, criteria, inputs, evidence_dir)
            from par_cli.core.evidence import take_inventory

            ignore = tuple(str(p) for p in (*inputs, output))
            inventory = take_inventory(plan, actuals, root, required=require, digests=False, ignore=ignore)
            if inventory.failed:
                _say_problems(inventory, tr)
                raise typer.Exit(EXIT_DATA)
            report = _write_bundle(plan, inventory, output, force, plan_inputs(plan, inputs), tr)
            emit(report, format_name)
        _say_problems(inventory, tr)

    @evidence.command("init", help=tr("help.evidence.init"))
    def init(
        ctx: typer.Context,
        folder: Annotated[
            Path, typer.Option("--dir", help=tr("help.evidence.init.dir"), metavar=tr("metavar.folder"))
        ],
        unit: Annotated[
            str | None, typer.Option("--unit", help=tr("help.evidence.init.unit"), metavar=tr("metavar.unit"))
        ] = None,
        criteria: Annotated[Path | None, criteria_option(tr)] = None,
        format_name: Annotated[str, format_option(tr)] = "table",
    ) -> None:
        from par_cli.core.plan import load_plan
        from par_cli.views.evidence import init_report

        with reporting(tr, format_name):
            plan = load_plan(criteria_path(ctx, criteria))
            office = find_office(plan, unit).id if unit is not None else None
            if folder.exists() and not folder.is_dir():
                raise Usage(Code.EVIDENCE_DIR, str(folder))
            made = _make_folders(plan, office, folder)
            emit(init_report(str(folder), made, tr), format_name)


def output_path(tr: Labels) -> Any:
    return typer.Option(
        "--output", "-o", help=tr("help.output"), show_default=False, metavar=tr("metavar.file")
    )


def _load(
    ctx: typer.Context, criteria: Path | None, inputs: list[Path], evidence_dir: Path | None
) -> "tuple[Plan, Actuals, str | None]":
    from par_cli.core.actuals import load_actuals
    from par_cli.core.evidence import file_check
    from par_cli.core.plan import load_plan

    check_inputs_once(inputs)
    root = checked_dir(evidence_dir)
    plan = load_plan(criteria_path(ctx, criteria))
    files = file_check(root)

    def when_refused(claims: "list[Claim]", problems: "Collector") -> None:
        """Scores files with problems are refused before any inventory: the files' own problems
        are said with theirs, in one run (a bad date never hides a missing file)."""
        if problems:
            files(claims, problems)

    return plan, load_actuals(plan, inputs, when_refused), root


def _index_names(tr: Labels) -> tuple[str, str]:
    from par_cli.core.bundle_names import safe_name

    stem = tr("evidence.index.file")
    return safe_name(f"{stem}.html"), safe_name(f"{stem}.xlsx")


def _say_problems(inventory: "Inventory", tr: Labels) -> None:
    """Each problem on stderr, errors and notes alike ("note:" never fails the command)."""
    from par_cli.texts.messages import line, more_line

    for problem in inventory.problems:
        say(line(problem, tr))
    if inventory.more:
        say(more_line(inventory.more, tr))


def _write_bundle(
    plan: "Plan", inventory: "Inventory", output: Path, force: bool, inputs: list[str], tr: Labels
) -> Any:
    """The bundle, streamed to a temporary file put in place once whole; what it holds."""
    from par_cli.cli.streamed import streamed_file
    from par_cli.core.collect import Collector
    from par_cli.core.evidence import assign_names
    from par_cli.render import index_xlsx, render
    from par_cli.render.bundle_zip import Entry, Unreadable, file_digest, stable_zip, write_bundle
    from par_cli.views.evidence import bundle_report, index_report

    html_name, xlsx_name = _index_names(tr)
    folders = assign_names(plan, inventory, (html_name, xlsx_name))
    inventory.rows.sort(key=lambda row: (plan.position[row.criterion], row.name.casefold(), row.name))
    entries = [Entry(row.name, row.found.path) for row in inventory.rows]

    def index(read: dict[str, tuple[int, str]]) -> list[tuple[str, bytes]]:
        for row in inventory.rows:
            size, row.sha256 = read[row.name]
            row.found = row.found._replace(size=size)
        html = render(index_report(plan, inventory, tr, links=True), "html")
        xlsx = index_xlsx.render(index_report(plan, inventory, tr, links=False))
        assert isinstance(html, str)
        return [(html_name, html.encode("utf-8")), (xlsx_name, stable_zip(xlsx))]

    try:
        with streamed_file(output, force, inputs) as stream:
            write_bundle(stream, list(folders.values()), entries, index)
            stream.flush()
            size = stream.tell()
            sha256 = file_digest(stream)
    except Unreadable as failure:
        problems = Collector()
        row = next(r for r in inventory.rows if r.found.path == failure.path)
        claim = row.claims[0]
        folder = inventory.root or claim.base or "."
        params: dict[str, Any] = {
            "id": row.criterion,
            "file": claim.entry.file,
            "folder": folder,
            "reason": os_reason(failure.error),
        }
        problems.add(Code.EVIDENCE_UNREADABLE, claim.at, **params)
        raise problems.error() from None
    return bundle_report(str(output), inventory, len(folders), size, sha256, tr)


def _make_folders(plan: "Plan", office: str | None, root: Path) -> list[tuple[str, str, bool]]:
    """A folder for each criterion the unit (or the office: those it scores or contributes to)
    hands documents in for, named as the bundle names it; those already there kept as they are,
    a Mac's decomposed names included. Survey criteria have none: the unit hands nothing in."""
    from par_cli.core.bundle_names import criterion_folder, unique_names
    from par_cli.core.round import Round
    from par_cli.readers.evidence_files import names_in

    if office is None:
        nodes = [node for node in plan.criteria() if node.scored_by != "survey"]
    else:
        form = Round.of(plan).form(office)
        nodes = [node for node, role in form if role != "oversees" and node.scored_by != "survey"]
    names = unique_names([(criterion_folder(node.id, node.name), node.id) for node in nodes])
    try:
        root.mkdir(parents=True, exist_ok=True)
        there = names_in(str(root))
        made: list[tuple[str, str, bool]] = []
        for node, name in zip(nodes, names, strict=True):
            new = name not in there
            if new:
                os.mkdir(root / name)
            made.append((node.id, name, new))
    except OSError as error:
        raise OutputFailure(Code.CANNOT_WRITE, str(root), reason=os_reason(error)) from None
    return made
