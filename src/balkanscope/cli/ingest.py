"""Ingest commands: ingest, docs, doc, mentions, stats (thin wrappers over balkanscope.ingest)."""

from __future__ import annotations

import typer
from rich.markup import escape
from rich.panel import Panel
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from ..ingest import query
from ..ingest import steps as _steps  # noqa: F401  (registers the `ingest-samples` build step)
from ..ingest.pipeline import IngestStats, ingest
from ..ingest.recognize import Recognizer
from ..pack import configured_pack
from ..store import Store, open_store
from .app import Format, FormatOpt, app, console, emit, emit_json, err_console, settings

_MAX_SHOWN_CHARS = 200_000  # `doc` prints at most this much text to the terminal


def _store() -> Store:
    return Store(settings()["db"])


@app.command("ingest")
def ingest_cmd(
    paths: list[str] = typer.Argument(
        ..., help="Files, directories (recursive), globs; '-' = standard input."
    ),
    workers: int | None = typer.Option(
        None, "--workers", "-w", help="Worker processes (setting `workers`)."
    ),
    batch_size: int | None = typer.Option(
        None, "--batch-size", help="Documents per transaction (setting `batch_size`)."
    ),
    max_file_mb: float | None = typer.Option(
        None, "--max-file-mb", help="Largest file accepted (setting `max_file_mb`)."
    ),
    fmt: Format = FormatOpt,
) -> None:
    """Read documents into the database: metadata, sentences and actor mentions.

    Re-running on the same inputs changes nothing. Exit status 1 if any input failed (all other
    inputs are still ingested).
    """
    cfg = settings(workers=workers, batch_size=batch_size, max_file_mb=max_file_mb)
    pack = configured_pack(cfg)
    store = open_store(cfg["db"])
    recognizer = Recognizer.from_pack(pack)
    with Progress(
        SpinnerColumn(), TextColumn("[bold]ingest[/]"), BarColumn(bar_width=None),
        TextColumn("{task.completed} docs  {task.fields[rate]} docs/s  {task.fields[failed]} failed"),
        TimeElapsedColumn(), console=err_console, transient=True,
    ) as progress:  # fmt: skip
        task = progress.add_task("ingest", total=None, rate="-", failed=0)

        def on_progress(stats: IngestStats) -> None:
            rate = f"{stats.inputs / stats.seconds:.0f}" if stats.seconds else "-"
            progress.update(task, completed=stats.inputs, rate=rate, failed=len(stats.failures))

        def on_failure(f) -> None:
            progress.console.print(
                f"[red]failed:[/] {escape(f.path)}: {escape(f.reason)}",
                highlight=False,
                soft_wrap=True,
            )

        stats = ingest(
            paths, store, recognizer, workers=cfg["workers"], batch_size=cfg["batch_size"],
            max_bytes=int(cfg["max_file_mb"] * 1024 * 1024), progress=on_progress, on_failure=on_failure,
        )  # fmt: skip
    for note in stats.notes:
        err_console.print(f"[yellow]note:[/] {escape(note)}", highlight=False, soft_wrap=True)
    summary = stats.summary()
    if fmt is Format.table:
        err_console.print(
            f"ingested {summary['documents']} documents ({summary['sentences']} sentences, "
            f"{summary['mentions']} mentions, {summary['ambiguous_mentions']} ambiguous); "
            f"skipped {summary['duplicates_skipped']} duplicates; {summary['near_duplicates']} near-duplicates "
            f"linked; {summary['failures']} failed; {summary['docs_per_s'] or 0} docs/s",
            highlight=False,
            soft_wrap=True,
        )
    else:
        emit([summary], fmt)
    if stats.failures:
        raise typer.Exit(1)


@app.command("docs")
def docs_cmd(
    lang: str | None = typer.Option(
        None, "--lang", help="Only documents in this language (e.g. sr, hr, ru)."
    ),
    limit: int | None = typer.Option(None, "--limit", "-n", help="At most this many rows."),
    fmt: Format = FormatOpt,
) -> None:
    """One row per document: id, path, title, date, language, script, counts."""
    rows = query.list_documents(_store(), lang, limit)
    emit(rows, fmt, ["id", "path", "title", "date", "lang", "script", "sentences", "mentions", "duplicate_of"],
         title="documents")  # fmt: skip


def _highlighted(text: str, mentions: list[dict]) -> Text:
    shown = text[:_MAX_SHOWN_CHARS]
    out = Text(shown)
    for m in mentions:
        if m["end"] <= len(shown):
            style = "bold yellow" if m["ambiguous"] else "bold cyan"
            out.stylize(style, m["start"], m["end"])
    if len(text) > len(shown):
        out.append(f"\n[... {len(text) - len(shown)} more characters]", style="dim")
    return out


@app.command("doc")
def doc_cmd(
    doc_id: str = typer.Argument(..., help="Document id (or a unique prefix)."),
    fmt: Format = FormatOpt,
) -> None:
    """Metadata and text of one document, with actor mentions highlighted."""
    doc = query.document_detail(_store(), doc_id)
    if fmt is Format.json:
        emit_json(doc)
        return
    if fmt is Format.csv:
        emit([{k: v for k, v in doc.items() if k not in ("text", "mentions")}], fmt)
        return
    meta = Table.grid(padding=(0, 2))
    for key in ("doc_id", "path", "title", "url", "outlet", "published", "date_source", "lang", "lang_confidence",
                "lang_alternatives", "script", "n_sentences", "n_mentions", "duplicate_of", "sources"):  # fmt: skip
        if doc.get(key) not in (None, "", [], {}):
            meta.add_row(Text(key, style="bold"), Text(str(doc[key])))
    console.print(Panel(meta, title=f"document {doc['doc_id']}", expand=False))
    console.print(_highlighted(doc["text"], doc["mentions"]))
    table = Table(title="mentions (cyan: resolved, yellow: ambiguous)")
    for col in ("start", "end", "surface", "actor_id", "polity", "match_kind", "candidates"):
        table.add_column(col, overflow="fold")
    for m in doc["mentions"]:
        table.add_row(*(escape(str(m[c] if m[c] is not None else "")) for c in
                        ("start", "end", "surface", "actor_id", "polity", "match_kind")),
                      ", ".join(m["candidates"]))  # fmt: skip
    console.print(table)


@app.command("mentions")
def mentions_cmd(
    actor: str | None = typer.Option(None, "--actor", help="Only this actor id."),
    polity: str | None = typer.Option(
        None, "--polity", help="Only mentions resolved to this polity."
    ),
    doc: str | None = typer.Option(None, "--doc", help="Only this document (id or unique prefix)."),
    ambiguous: bool | None = typer.Option(
        None, "--ambiguous/--resolved", help="Only ambiguous / resolved mentions."
    ),
    limit: int | None = typer.Option(None, "--limit", "-n", help="At most this many rows."),
    fmt: Format = FormatOpt,
) -> None:
    """Actor mentions: document, span, surface text, actor, polity, how it matched."""
    store = _store()
    doc_id = query.resolve_doc_id(store, doc) if doc else None
    rows = query.list_mentions(store, actor, polity, doc_id, ambiguous, limit)
    emit(rows, fmt, ["doc_id", "start", "end", "surface", "alias", "actor_id", "polity", "match_kind", "ambiguous",
                     "candidates"], title="mentions")  # fmt: skip


@app.command("stats")
def stats_cmd(fmt: Format = FormatOpt) -> None:
    """Row counts per table."""
    counts = query.table_counts(_store())
    if fmt is Format.json:
        emit_json(counts)
    else:
        emit([{"table": k, "rows": v} for k, v in counts.items()], fmt, title="rows per table")
