"""GDELT 2.0 event exports in and out of the event store.

`read_gdelt` parses the tab-separated 61-column events export (plain, .zip or .gz; column
list from the GDELT 2.0 Event Database codebook). `import_gdelt` keeps the events with at
least one actor in the region and a different country on the other side, maps CAMEO event
codes to PLOVER with the bundled table (data/cameo_plover.csv, from the PLOVER repository's
CAMEO2PLOVER-2021) and CAMEO country codes to pack ids (KSV -> XKX), and stores them with
origin 'gdelt' and the source URL as evidence. A malformed line is skipped and counted; a
file that cannot be read is reported and the other files go on.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import pyarrow as pa

from ..errors import InputError
from ..store import Store
from .common import PLOVER, bound, id_list, refresh_cache
from .series import dyad_series
from .validate import spearman

COLUMNS = [
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "FractionDate",
    *[
        f"Actor{n}{f}"
        for n in (1, 2)
        for f in (
            "Code",
            "Name",
            "CountryCode",
            "KnownGroupCode",
            "EthnicCode",
            "Religion1Code",
            "Religion2Code",
            "Type1Code",
            "Type2Code",
            "Type3Code",
        )
    ],
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    *[
        f"{g}Geo_{f}"
        for g in ("Actor1", "Actor2", "Action")
        for f in (
            "Type",
            "FullName",
            "CountryCode",
            "ADM1Code",
            "ADM2Code",
            "Lat",
            "Long",
            "FeatureID",
        )
    ],
    "DATEADDED",
    "SOURCEURL",
]
assert len(COLUMNS) == 61
COL = {c: i for i, c in enumerate(COLUMNS)}

# CAMEO country codes that differ from the pack's ids (spec/actors.yaml), and CAMEO known-group
# codes of the organisations the pack treats as polities.
COUNTRY_MAP = {"KSV": "XKX", "ROM": "ROU", "YUG": "SRB", "SCG": "SRB"}
GROUP_MAP = {"NAT": "NATO", "EEC": "EU", "UNO": "UN"}


@cache
def cameo_table() -> dict[str, tuple[str, str | None, list[str]]]:
    """CAMEO code -> (PLOVER type, mode, contexts), from the bundled table."""
    text = (resources.files("balkanscope") / "data" / "cameo_plover.csv").read_text(
        encoding="utf-8"
    )
    lines = [ln for ln in text.splitlines() if ln and not ln.startswith("#")]
    out = {}
    for row in csv.DictReader(lines):
        out[row["cameo"]] = (
            row["type"],
            row["mode"] or None,
            [c for c in row["context"].split(";") if c],
        )
    return out


def cameo_to_plover(code: str) -> tuple[str, str | None, list[str]] | None:
    """Longest listed prefix of a CAMEO event code; None for codes with no PLOVER type (01x)."""
    table = cameo_table()
    for n in range(len(code), 1, -1):
        if code[:n] in table:
            return table[code[:n]]
    return None


def actor_polity(country: str, group: str) -> str | None:
    if country:
        return COUNTRY_MAP.get(country, country)
    return GROUP_MAP.get(group)


def _open_lines(path: Path) -> Iterator[str]:
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as z:
            for name in z.namelist():
                with z.open(name) as f:
                    yield from io.TextIOWrapper(f, encoding="utf-8", errors="replace")
        return
    with open(path, "rb") as raw:
        magic = raw.read(2)
    opener = gzip.open if magic == b"\x1f\x8b" else open
    with opener(path, "rt", encoding="utf-8", errors="replace") as f:
        yield from f


def read_gdelt(path: str | Path) -> Iterator[tuple[int, list[str] | str]]:
    """(line number, 61 fields) per record, or (line number, reason) for a malformed line."""
    path = Path(path)
    if not path.is_file():
        raise InputError(
            "file not found", file=str(path), hint="give the path of a GDELT 2.0 events export"
        )
    try:
        for n, line in enumerate(_open_lines(path), 1):
            line = line.rstrip("\r\n")
            if not line:
                continue
            fields = line.split("\t")
            if len(fields) != 61:
                yield (
                    n,
                    f"expected 61 tab-separated columns (GDELT 2.0 events export), got {len(fields)}",
                )
            else:
                yield n, fields
    except (OSError, zipfile.BadZipFile, EOFError, gzip.BadGzipFile) as e:
        raise InputError(
            f"cannot read GDELT file: {e}",
            file=str(path),
            hint="check the file is a GDELT 2.0 export",
        ) from None


def _iso_day(s: str) -> str | None:
    return f"{s[:4]}-{s[4:6]}-{s[6:8]}" if len(s) >= 8 and s[:8].isdigit() else None


def _int(s: str, default: int = 1) -> int:
    try:
        return max(int(s), default)
    except ValueError:
        return default


def to_event(f: list[str], region: set[str]) -> tuple[dict, dict] | str:
    """(event row, mention row) for one record, or the reason it is not kept."""
    a = actor_polity(f[COL["Actor1CountryCode"]], f[COL["Actor1KnownGroupCode"]])
    b = actor_polity(f[COL["Actor2CountryCode"]], f[COL["Actor2KnownGroupCode"]])
    if not a or not b or a == b or not ({a, b} & region):
        return "outside the region or not dyadic"
    mapped = cameo_to_plover(f[COL["EventCode"]])
    if mapped is None:
        return "CAMEO code without a PLOVER type"
    day = _iso_day(f[COL["SQLDATE"]])
    if day is None:
        return "bad SQLDATE"
    typ, mode, context = mapped
    quad, score = PLOVER[typ]
    gid = f"gdelt:{f[COL['GLOBALEVENTID']]}"
    added = _iso_day(f[COL["DATEADDED"]]) or day
    names = f"{f[COL['Actor1Name']] or a} -> {f[COL['Actor2Name']] or b}"
    coding = {  # what the event says, restated by its one mention
        "type": typ,
        "actor": f[COL["Actor1Code"]] or a,
        "recipient": f[COL["Actor2Code"]] or b,
        "actor_polity": a,
        "recipient_polity": b,
        "date": day,
        "modality": "asserted",
        "mode": mode,
        "context": json.dumps(context),
        "confidence": None,
    }
    event = {
        "event_id": gid,
        **coding,
        "quad": quad,
        "score": score,
        "n_mentions": _int(f[COL["NumMentions"]]),
        "n_documents": _int(f[COL["NumSources"]]),
        "first_report": added,
        "last_report": added,
        "origin": "gdelt",
    }
    mention = {
        "mention_id": gid,
        "event_id": gid,
        **coding,
        "doc_id": "gdelt",
        "sent_idx": None,
        "start_char": 0,
        "end_char": 0,
        "text": bound(
            f"GDELT {f[COL['GLOBALEVENTID']]}: {names}, CAMEO {f[COL['EventCode']]}", 300
        ),
        "trigger": f"CAMEO:{f[COL['EventCode']]}",
        "url": f[COL["SOURCEURL"]] or None,
    }
    return event, mention


@dataclass
class FileReport:
    file: str
    rows: int = 0
    kept: int = 0
    skipped: dict[str, int] = field(default_factory=dict)
    error: str | None = None
    first_bad_line: int | None = None

    def as_row(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "rows": self.rows,
            "kept": self.kept,
            "skipped": sum(self.skipped.values()),
            "reasons": dict(self.skipped),
            "error": self.error,
            "first_bad_line": self.first_bad_line,
        }


def _insert(con, table: str, key: str, rows: list[dict]) -> None:
    """Replace-or-insert a batch through Arrow (executemany is slow on DuckDB)."""
    if not rows:
        return
    t = pa.Table.from_pylist(rows)
    con.register("_gdelt_batch", t)
    cols = ", ".join(t.column_names)
    con.execute(f"DELETE FROM {table} WHERE {key} IN (SELECT {key} FROM _gdelt_batch)")
    con.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM _gdelt_batch")
    con.unregister("_gdelt_batch")


def import_gdelt(store: Store, paths: Sequence[str | Path], cfg: dict) -> list[FileReport]:
    """Import each file in one transaction; re-importing a file replaces its events."""
    region = {c.split(".")[0] for c in id_list(cfg.get("countries"))}
    reports = []
    for path in paths:
        rep = FileReport(str(path))
        events, mentions = {}, {}
        try:
            for n, rec in read_gdelt(path):
                rep.rows += 1
                if isinstance(rec, str):
                    rep.skipped["malformed line"] = rep.skipped.get("malformed line", 0) + 1
                    rep.first_bad_line = rep.first_bad_line or n
                    continue
                got = to_event(rec, region)
                if isinstance(got, str):
                    rep.skipped[got] = rep.skipped.get(got, 0) + 1
                    continue
                events[got[0]["event_id"]], mentions[got[1]["mention_id"]] = got
        except InputError as e:
            rep.error = str(e)
            reports.append(rep)
            continue
        with store.write() as con:
            _insert(con, "events", "event_id", list(events.values()))
            _insert(con, "event_mentions", "mention_id", list(mentions.values()))
        rep.kept = len(events)
        reports.append(rep)
    if any(r.kept for r in reports):
        with store.write() as con:
            refresh_cache(con)
    return reports


def compare_gdelt(
    con,
    a: str,
    b: str,
    period: str = "month",
    directed: bool = False,
    start: str | None = None,
    end: str | None = None,
) -> dict[str, Any]:
    """Text-coded and GDELT series of one dyad side by side, with their rank correlation."""
    text = {
        r["period"]: r
        for r in dyad_series(
            con, a, b, period=period, directed=directed, origins=("text",), start=start, end=end
        )
    }
    gd = {
        r["period"]: r
        for r in dyad_series(
            con, a, b, period=period, directed=directed, origins=("gdelt",), start=start, end=end
        )
    }
    rows = []
    for p in sorted(set(text) | set(gd)):
        t, g = text.get(p, {}), gd.get(p, {})
        rows.append(
            {
                "period": p,
                "text_events": t.get("events", 0),
                "gdelt_events": g.get("events", 0),
                "text_score_mean": t.get("score_mean"),
                "gdelt_score_mean": g.get("score_mean"),
                "text_conflict": t.get("conflict", 0.0),
                "gdelt_conflict": g.get("conflict", 0.0),
            }
        )
    rho = spearman([r["text_events"] for r in rows], [r["gdelt_events"] for r in rows])
    return {
        "a": a,
        "b": b,
        "period": period,
        "spearman_events": None if rho is None else round(rho, 3),
        "rows": rows,
    }
