"""Measure benchmarks on synthetic data built here.

Targets (issue 5): all indices for 7 countries x 6 powers x 120 monthly periods over 1 million
events < 5 s; one dyad series over 10 million events < 300 ms; report generation < 3 s.
"""

from __future__ import annotations

import json
import statistics
import tempfile
import time
from pathlib import Path

import numpy as np

from balkanscope.measure.alignment import alignment_values
from balkanscope.measure.common import PLOVER, id_list, refresh_cache
from balkanscope.measure.influence import influence_panel, period_ends
from balkanscope.measure.series import dyad_series
from balkanscope.report import render_html, report_data
from balkanscope.settings import load_config
from balkanscope.store import open_store

COUNTRIES = ["SRB", "XKX", "BIH", "BIH.RS", "MNE", "MKD", "ALB"]
POWERS = ["USA", "EU", "NATO", "RUS", "CHN", "TUR"]
OTHERS = ["HRV", "GRC", "HUN", "DEU", "FRA", "ITA", "AUT", "BGR", "ROU", "UKR"]


def fill(store, n_events: int) -> float:
    """n_events over 2015-2024 among the region, the powers and neighbours, plus ties and polls;
    then the measure cache is built. Returns the seconds the cache took."""
    ids = COUNTRIES + POWERS + OTHERS
    types = list(PLOVER)
    id_arr = "[" + ", ".join(f"'{i}'" for i in ids) + "]"
    ty_arr = "[" + ", ".join(f"'{t}'" for t in types) + "]"
    quad_arr = "[" + ", ".join(f"'{PLOVER[t][0]}'" for t in types) + "]"
    with store.write() as con:
        con.execute(f"""
            INSERT INTO events (event_id, type, quad, score, actor_polity, recipient_polity, date, modality,
                                n_mentions, origin)
            SELECT 'e' || i, {ty_arr}[t + 1], {quad_arr}[t + 1], NULL, {id_arr}[a + 1],
                   {id_arr}[(a + 1 + b) % {len(ids)} + 1],
                   strftime(DATE '2015-01-01' + CAST(d AS INTEGER), '%Y-%m-%d'),
                   CASE WHEN i % 20 = 0 THEN 'future' ELSE 'asserted' END,
                   1 + (i % 7), CASE WHEN i % 5 = 0 THEN 'gdelt' ELSE 'text' END
            FROM (SELECT i, CAST(hash(i) % {len(types)} AS BIGINT) AS t, CAST(hash(i * 7 + 1) % {len(ids)} AS BIGINT) AS a,
                         CAST(hash(i * 13 + 5) % {len(ids) - 1} AS BIGINT) AS b, CAST(hash(i * 31 + 3) % 3652 AS BIGINT) AS d
                  FROM range({n_events}) r(i))""")
        rng = np.random.default_rng(0)
        kinds = [
            "membership",
            "candidacy",
            "energy_dependence",
            "investment",
            "loan",
            "agreement",
            "base",
            "sanction",
            "arms_transfer",
            "strategic_partnership",
        ]
        ties = []
        for k in range(120):
            c, p, kind = COUNTRIES[k % 7], POWERS[(k // 7) % 6], kinds[k % len(kinds)]
            srcs = [
                {"source": "s1", "value": float(rng.integers(10, 90))},
                {"source": "s2", "value": float(rng.integers(10, 90))},
            ]
            ties.append(
                (
                    f"t{k}",
                    kind,
                    c,
                    p,
                    f"{2010 + k % 14}-0{1 + k % 9}",
                    None,
                    srcs[0]["value"],
                    "%" if kind == "energy_dependence" else "EUR m",
                    json.dumps(srcs),
                )
            )
        con.executemany(
            "INSERT INTO ties (tie_id, kind, actor, partner, start_date, end_date, value, unit, sources) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            ties,
        )
        polls = [
            (
                f"poll_{c.lower()}_{p.lower()}_favourable",
                c,
                f"{p} favourable",
                "%",
                f"{y}-06",
                float(rng.integers(5, 80)),
                "bench",
            )
            for c in COUNTRIES
            for p in POWERS
            for y in range(2015, 2025)
        ]
        con.executemany(
            "INSERT INTO indicators (series_id, polity, name, unit, date, value, source) VALUES (?, ?, ?, ?, ?, ?, ?)",
            polls,
        )
    t0 = time.perf_counter()
    with store.write() as con:  # what the `measure-cache` build step does after coding
        refresh_cache(con)
    return time.perf_counter() - t0


def timed(fn, repeat: int = 3) -> tuple[float, object]:
    times, out = [], None
    for _ in range(repeat):
        t0 = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t0)
    return min(times), out


def built(db: Path, n: int, label: str, result: dict):
    """A store at `db` holding n events; records its cache build time as cache_build_<label>_s."""
    store = open_store(db)
    t0 = time.perf_counter()
    key = f"cache_build_{label}_s"
    result[key] = round(fill(store, n), 2)
    print(
        f"built {label} events in {time.perf_counter() - t0:.1f} s (cache {result[key]} s)",
        flush=True,
    )
    return store


def main() -> dict:
    result: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "m1.duckdb"
        store = built(db, 1_000_000, "1M", result)
        cfg = load_config(None, {"db": str(db)})
        dates = period_ends("2015-01-01", "2024-12-31")
        assert len(dates) == 120

        def all_indices():
            with store.read() as con:
                inp, x, s = influence_panel(con, cfg, dates, COUNTRIES, POWERS)
            scores = s.reshape(len(dates), len(COUNTRIES), len(POWERS))
            return alignment_values(scores, POWERS, id_list(cfg["west"]), id_list(cfg["east"]))

        secs, align = timed(all_indices)
        result["indices_7x6x120_1M_s"] = round(secs, 3)
        result["indices_target_s"] = 5.0
        print(
            f"indices 7x6x120 over 1M events: {secs:.3f} s (alignment shape {np.shape(align)})",
            flush=True,
        )

        def report():
            with store.read() as con:
                data = report_data(con, cfg)
            return render_html(data)

        secs, html = timed(report, repeat=2)
        result["report_1M_s"] = round(secs, 3)
        result["report_target_s"] = 3.0
        result["report_mb"] = round(len(html) / 1e6, 2)
        print(f"report over 1M events: {secs:.3f} s ({result['report_mb']} MB)", flush=True)

        store10 = built(Path(tmp) / "m10.duckdb", 10_000_000, "10M", result)
        with store10.read() as con:
            dyad_series(con, "SRB", "RUS")  # warm the file cache
            runs = [
                timed(lambda: dyad_series(con, "SRB", "RUS", period="month"), 1)[0]
                for _ in range(5)
            ]
            n = sum(r["events"] for r in dyad_series(con, "SRB", "RUS"))
        result["dyad_series_10M_ms"] = round(1000 * statistics.median(runs), 1)
        result["dyad_series_target_ms"] = 300
        result["dyad_series_events"] = n
        print(
            f"one dyad series over 10M events: {result['dyad_series_10M_ms']} ms ({n} events)",
            flush=True,
        )
    return result


if __name__ == "__main__":
    print(json.dumps(main(), indent=2))
