"""A small read-only dashboard and JSON API over the same figures as the CLI and the report.

`create_app(cfg)` returns a FastAPI app; each request opens the database read-only for its
duration (a build can write between requests). Routes: `/` (the HTML report), `/api/alignment`,
`/api/influence`, `/api/explain/{country}/{power}`, `/api/series/{a}/{b}`, `/api/alerts`.
Invalid input (unknown id, bad date or period) comes back as 400 with the message.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi import FastAPI, HTTPException, Query
from fastapi.responses import HTMLResponse

from ..errors import BalkanscopeError
from ..measure.alerts import tension_alerts
from ..measure.alignment import alignment
from ..measure.common import check_date, check_ids, id_list, origins_for, resolve_at
from ..measure.influence import explain
from ..measure.series import dyad_series
from ..measure.uncertainty import influence_table, simulate
from ..report import render_html, report_data
from ..store import Store


def create_app(cfg: dict[str, Any]) -> FastAPI:
    app = FastAPI(
        title="Balkanscope",
        description="Influence, alignment and event series with their evidence.",
    )
    origins = origins_for(cfg)

    def read(fn: Callable[[Any], Any]) -> Any:
        try:
            with Store(cfg["db"]).read() as con:
                return fn(con)
        except BalkanscopeError as e:
            raise HTTPException(status_code=400, detail=str(e)) from None

    def ids(con, value: str | None) -> list[str] | None:
        return check_ids(con, cfg, id_list(value)) or None

    @app.get("/", response_class=HTMLResponse)
    def index(country: str | None = None, since: str | None = None) -> str:
        def data(con):
            ids(con, country)  # unknown ids are a 400, not an empty page
            return report_data(con, cfg, country, check_date(since, "since"))

        return render_html(read(data))

    @app.get("/api/alignment")
    def api_alignment(at: str | None = None, country: str | None = None) -> dict:
        rows = read(
            lambda con: alignment(
                con, cfg, resolve_at(con, at, origins), ids(con, country), origins
            )
        )
        return {
            r["country"]: {k: r[k] for k in ("score", "low", "high", "west", "east", "tur", "gulf")}
            for r in rows
        }

    @app.get("/api/influence")
    def api_influence(
        at: str | None = None,
        country: str | None = None,
        power: str | None = None,
        runs: int | None = Query(None, ge=0, le=5000),
    ) -> list[dict]:
        return read(
            lambda con: influence_table(
                simulate(
                    con,
                    cfg,
                    resolve_at(con, at, origins),
                    ids(con, country),
                    ids(con, power),
                    origins,
                    runs=runs,
                )
            )
        )

    @app.get("/api/explain/{country}/{power}")
    def api_explain(country: str, power: str, at: str | None = None) -> dict:
        return read(
            lambda con: explain(
                con,
                cfg,
                *check_ids(con, cfg, [country, power]),
                resolve_at(con, at, origins),
                origins,
            )
        )

    @app.get("/api/series/{a}/{b}")
    def api_series(
        a: str,
        b: str,
        period: str = "month",
        directed: bool = False,
        since: str | None = None,
        until: str | None = None,
    ) -> list[dict]:
        return read(
            lambda con: dyad_series(
                con,
                *check_ids(con, cfg, [a, b]),
                period=period,
                directed=directed,
                origins=origins,
                start=check_date(since, "since"),
                end=check_date(until, "until"),
            )
        )

    @app.get("/api/alerts")
    def api_alerts(at: str | None = None) -> list[dict]:
        return read(
            lambda con: tension_alerts(
                con, cfg, resolve_at(con, at, origins) if at else None, origins
            )
        )

    return app
