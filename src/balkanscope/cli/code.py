"""Event-coding commands: extract, evaluate, events, event."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path

import typer
from rich.markup import escape

from ..code import store as code_store
from ..code.evaluate import evaluate, read_jsonl
from ..code.extract import extract_paths
from ..errors import InputError
from ..pack.loader import extra_pack_names
from ..store import open_store
from .app import FormatOpt, app, console, emit, emit_json, err_console, settings


class ExtractFormat(StrEnum):
    jsonl = "jsonl"
    json = "json"
    table = "table"


@app.command()
def extract(
    paths: list[str] = typer.Argument(
        ..., help="Files, directories or globs ('-' = standard input)."
    ),
    fmt: ExtractFormat = typer.Option(ExtractFormat.jsonl, "--format", "-f", help="Output format."),
    workers: int | None = typer.Option(
        None, "--workers", "-w", help="Worker processes (default: setting `workers`)."
    ),
) -> None:
    """Code events from files without a database: one JSON object per event mention."""
    cfg = settings()
    n_workers = workers if workers is not None else cfg["workers"]
    extra = tuple(extra_pack_names(cfg))
    failed = 0
    rows: list[dict] = []
    out = sys.stdout
    for doc, events in extract_paths(
        paths, workers=n_workers, pack=cfg["pack"], extra=extra, max_bytes=int(cfg["max_file_mb"] * 1024 * 1024),
        as_json=fmt is ExtractFormat.jsonl, min_confidence=cfg["min_confidence"],
    ):  # fmt: skip
        if not hasattr(doc, "text"):
            failed += 1
            err_console.print(
                f"[red]failed:[/] {escape(doc.path)}: {escape(doc.reason)}",
                highlight=False,
                soft_wrap=True,
            )
            continue
        if fmt is ExtractFormat.jsonl:
            out.writelines(line + "\n" for line in events)
        else:
            rows.extend(events)
    if fmt is ExtractFormat.json:
        emit_json(rows)
    elif fmt is ExtractFormat.table:
        cols = [
            "doc",
            "type",
            "actor_polity",
            "recipient_polity",
            "modality",
            "date",
            "confidence",
            "text",
        ]
        emit(rows, "table", cols)
    out.flush()
    if failed:
        raise typer.Exit(1)


def _detect_lang_of(path: str) -> str | None:
    from ..ingest.metadata import detect_language

    try:
        return detect_language(Path(path).read_text(encoding="utf-8", errors="replace")[:5000])[0]
    except OSError:
        return None


@app.command("evaluate")
def evaluate_cmd(
    pred: str = typer.Argument(..., help="Predicted mentions (JSONL, as written by `extract`)."),
    gold: str = typer.Argument(..., help="Gold mentions (JSONL, spec/events.md)."),
    fmt: str = typer.Option("table", "--format", "-f", help="table or json."),
    docs_dir: str | None = typer.Option(
        None, "--docs", help="Folder of the documents, to detect languages."
    ),
) -> None:
    """Precision, recall and F1 of PRED against GOLD (exact type, quad, per type and language)."""
    p_rows, g_rows = read_jsonl(pred), read_jsonl(gold)

    def detect(doc: str) -> str | None:
        for cand in (Path(doc), Path(docs_dir or ".") / doc, Path(gold).parent / doc):
            if cand.is_file():
                return _detect_lang_of(str(cand))
        return None

    res = evaluate(p_rows, g_rows, detect)
    if fmt == "json":
        emit_json(res)
        return
    if fmt != "table":
        raise InputError(f"unknown format '{fmt}'", field="--format", hint="table or json")
    head = [
        {"scope": "overall (exact type)", **res["overall"]},
        {"scope": "quad class", **res["quad"]},
    ]
    cols = ["scope", "tp", "pred", "gold", "precision", "recall", "f1"]
    emit(head, "table", cols, title="Event extraction")
    emit(
        [{"type": t, **v} for t, v in res["per_type"].items()],
        "table",
        ["type", *cols[1:]],
        title="Per type",
    )
    emit(
        [{"lang": t, **v} for t, v in res["per_lang"].items()],
        "table",
        ["lang", *cols[1:], "quad_f1"],
        title="Per language",
    )
    emit(
        res["confusion"],
        "table",
        ["gold", "pred", "n"],
        title="Type confusion (gold -> predicted, '-' = missed)",
    )


@app.command("events")
def events_cmd(
    actor: str | None = typer.Option(None, "--actor", help="Actor id or polity."),
    recipient: str | None = typer.Option(None, "--recipient", help="Recipient id or polity."),
    polity: str | None = typer.Option(None, "--polity", help="Either side's polity."),
    type_: str | None = typer.Option(None, "--type", help="PLOVER type, e.g. ACCUSE."),
    since: str | None = typer.Option(None, "--since", help="ISO date (inclusive)."),
    until: str | None = typer.Option(None, "--until", help="ISO date (inclusive)."),
    modality: str | None = typer.Option(
        "asserted", "--modality", help="asserted (default), future, hypothetical, negated, all."
    ),
    limit: int = typer.Option(100, "--limit", help="Most rows shown."),
    fmt=FormatOpt,
) -> None:
    """Deduplicated events in the database (one row per event, with its report counts)."""
    store = open_store(settings()["db"])
    rows = code_store.list_events(
        store, actor=actor, recipient=recipient, polity=polity, type_=type_, since=since, until=until,
        modality=None if modality == "all" else modality, limit=limit,
    )  # fmt: skip
    cols = ["event_id", "type", "actor_polity", "recipient_polity", "date", "modality", "n_mentions",
            "n_documents", "confidence", "first_report", "evidence"]  # fmt: skip
    if fmt.value == "table":
        cols = [
            "event_id",
            "type",
            "actor_polity",
            "recipient_polity",
            "date",
            "n_mentions",
            "evidence",
        ]
        rows = [
            {**r, "evidence": r["evidence"][:100] + ("…" if len(r["evidence"]) > 100 else "")}
            for r in rows
        ]
    emit(rows, fmt, cols if fmt.value == "table" else None, title="Events")


@app.command("event")
def event_cmd(
    event_id: str = typer.Argument(..., help="Event id (see `balkanscope events`)."), fmt=FormatOpt
) -> None:
    """One event with every piece of evidence (sentence, document, source) and its claims."""
    store = open_store(settings()["db"])
    ev = code_store.get_event(store, event_id)
    if fmt.value == "json":
        emit_json(ev)
        return
    head = {k: v for k, v in ev.items() if k not in ("evidence", "claims")}
    console.print(
        escape(json.dumps(head, ensure_ascii=False, default=str)), highlight=False, soft_wrap=True
    )
    emit(
        ev["evidence"],
        fmt,
        ["doc_id", "start_char", "end_char", "trigger", "date", "source", "text"],
        title="Evidence",
    )
    if ev["claims"]:
        emit(ev["claims"], fmt, ["speaker", "speaker_polity", "quote"], title="Claims")
