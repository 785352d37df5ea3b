"""The foundation commands end to end: a real process, a real DuckDB file, the mini pack."""

import json
import os
import subprocess
import sys

import pytest

from tests.minipack import TIES_YAML, write_pack


def run(args, tmp_path, pack_dir, check=True):
    env = {
        **os.environ,
        "BALKANSCOPE_PACK": str(pack_dir),
        "BALKANSCOPE_DB": str(tmp_path / "t.duckdb"),
        "COLUMNS": "200",
    }
    p = subprocess.run(
        [sys.executable, "-m", "balkanscope", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
    )
    if check:
        assert p.returncode == 0, p.stderr
    return p


@pytest.fixture
def pack_dir(tmp_path):
    return write_pack(tmp_path / "pack")


def test_init_briefing_export_import(tmp_path, pack_dir):
    run(["init"], tmp_path, pack_dir)
    data = json.loads(
        run(["briefing", "--at", "2020-01-01", "--format", "json"], tmp_path, pack_dir).stdout
    )
    srb = data["countries"]["SRB"]["powers"]["RUS"]
    assert [r["kind"] for r in srb] == ["energy_supply"]
    assert srb[0]["sources"] == ["https://example.org/s1", "https://example.org/other"]
    alb = data["countries"]["ALB"]["status"]
    assert [r["partner"] for r in alb] == ["North Atlantic Treaty Organization"]
    table = run(["briefing", "--at", "2020-01-01"], tmp_path, pack_dir).stdout
    assert "Albania (ALB)" in table and "https://example.org/s1" in table
    for fmt in ("parquet", "csv", "jsonl"):
        run(["export", str(tmp_path / fmt), "--format", fmt], tmp_path, pack_dir)
        run(
            ["--db", str(tmp_path / f"{fmt}.duckdb"), "import", str(tmp_path / fmt)],
            tmp_path,
            pack_dir,
        )
        again = run(
            [
                "--db",
                str(tmp_path / f"{fmt}.duckdb"),
                "briefing",
                "--at",
                "2020-01-01",
                "-f",
                "json",
            ],
            tmp_path,
            pack_dir,
        )
        assert json.loads(again.stdout) == data


def test_actors_actor_ties(tmp_path, pack_dir):
    actors = json.loads(run(["actors", "--format", "json"], tmp_path, pack_dir).stdout)
    assert isinstance(actors, list) and {a["id"] for a in actors} >= {"SRB", "vucic"}
    found = json.loads(
        run(["actors", "--search", "Вучић", "-f", "json"], tmp_path, pack_dir).stdout
    )
    assert [a["id"] for a in found] == ["vucic"]  # search is script-insensitive
    found = json.loads(
        run(["actors", "--search", "vucic", "-f", "json"], tmp_path, pack_dir).stdout
    )
    assert [a["id"] for a in found] == ["vucic"]
    persons = run(
        ["actors", "--kind", "person", "-f", "csv"], tmp_path, pack_dir
    ).stdout.splitlines()
    assert persons[0].startswith("id,kind,polity") and len(persons) == 2
    prof = json.loads(run(["actor", "SRB", "-f", "json"], tmp_path, pack_dir).stdout)
    assert [t["id"] for t in prof["ties"]] == ["rus-srb-gas"]
    table = run(["actor", "vucic"], tmp_path, pack_dir).stdout
    assert "President" in table and "2017-05-31" in table
    ties = json.loads(
        run(
            ["ties", "--kind", "membership", "--at", "2008", "-f", "json"], tmp_path, pack_dir
        ).stdout
    )
    assert ties == []
    ties = json.loads(run(["ties", "--actor", "NATO", "-f", "json"], tmp_path, pack_dir).stdout)
    assert {t["id"] for t in ties} == {"alb-nato", "hrv-nato"}


def test_geo_commands(tmp_path, pack_dir):
    d = json.loads(
        run(["geo", "distance", "Beograd", "RUS", "-f", "json"], tmp_path, pack_dir).stdout
    )
    assert d["from"] == "Belgrade" and 1690 < d["km"] < 1730
    c = json.loads(
        run(
            ["geo", "circle", "Belgrade", "--radius-km", "500", "--members", "NATO", "-f", "json"],
            tmp_path,
            pack_dir,
        ).stdout
    )
    assert set(c) >= {"center", "radius_km", "inside", "outside"}
    assert {r["name"] for r in c["inside"]} == {"Tirana", "Zagreb"} and all(
        set(r) >= {"name", "km"} for r in c["inside"]
    )


@pytest.mark.parametrize(
    "args, message",
    [
        (["actor", "SRBB"], "unknown actor 'SRBB' (fix: did you mean SRB"),
        (["geo", "circle", "Belgrade"], "exactly one of --radius-km and --through"),
        (["geo", "distance", "Atlantis", "SRB"], "unknown place 'Atlantis'"),
        (["ties", "--at", "yesterday"], "'yesterday' is not a date"),
        (["import", "nowhere"], "not an export directory"),
        (["briefing"], "database not found"),
    ],
)
def test_user_errors_are_one_line_without_traceback(tmp_path, pack_dir, args, message):
    p = run(args, tmp_path, pack_dir, check=False)
    assert p.returncode == 1
    assert message in " ".join(p.stderr.split())
    assert "Traceback" not in p.stderr


def test_pack_check_reports_every_problem_and_exits_1(tmp_path, pack_dir):
    assert "all sourced" in run(["pack", "check"], tmp_path, pack_dir).stdout
    write_pack(pack_dir, {"ties/t.yaml": TIES_YAML.replace("partner: NATO", "partner: NAT0")})
    p = run(["pack", "check"], tmp_path, pack_dir, check=False)
    assert p.returncode == 1
    assert p.stderr.count("unknown actor 'NAT0'") == 2 and "t.yaml:" in p.stderr
    bad_config = tmp_path / "balkanscope.toml"
    bad_config.write_text("workerz = 3\n")
    p = run(["settings"], tmp_path, pack_dir, check=False)
    assert p.returncode == 1 and "field 'workerz'" in p.stderr and "workers" in p.stderr


def test_table_cells_are_not_rich_markup(capsys):
    from balkanscope.cli.app import emit

    emit([{"quote": "he said [/bold] and [red]no[/red]"}], "table")
    assert "[/bold] and [red]no[/red]" in capsys.readouterr().out


def test_init_twice_is_idempotent(tmp_path, pack_dir):
    run(["init"], tmp_path, pack_dir)
    first = run(["init"], tmp_path, pack_dir).stderr
    assert run(["init"], tmp_path, pack_dir).stderr == first
    assert "1 sources, 6 actors" in " ".join(first.split())
