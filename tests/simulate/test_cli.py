"""End to end: the real CLI entry point (`main`, as the console script calls it) and one subprocess."""

import json
import subprocess
import sys

import pytest

from balkanscope.cli import main

from .conftest import EC, TWO


def cli(capsys, *args) -> tuple[int, str, str]:
    """Run `balkanscope ARGS` in-process; returns (exit code, stdout, stderr)."""
    with pytest.raises(SystemExit) as e:
        main([*map(str, args)])
    out = capsys.readouterr()
    return e.value.code or 0, out.out, out.err


def test_eum_json_and_table(write, capsys):
    p = write(EC)
    code, out, err = cli(capsys, "eum", p, "--rounds", "3", "--format", "json")
    assert code == 0, err
    res = json.loads(out)
    assert [x["round"] for x in res["rounds"]] == [0, 1, 2, 3] and res["stopped_by"] == "rounds"
    assert res["rounds"][0]["median"] == 7.0 and res["rounds"][1]["risk"]["Denmark"] == 2.0
    assert set(res["rounds"][1]["offers"][0]) == {"actor", "from", "kind", "position"}
    code, out, _ = cli(capsys, "eum", p, "--stop", "converged", "--rounds", "40")
    assert code == 0 and "Denmark" in out and "median" in out


def test_eum_mc_json(write, capsys):
    p = write(EC.replace("position: 7, salience: 0.4", "position: [6, 8], salience: 0.4"))
    args = ("eum-mc", p, "--runs", "60", "--seed", "9", "--workers", "1", "--format", "json")
    a, b = cli(capsys, *args), cli(capsys, *args)
    assert a[0] == 0, a[2]
    assert a[1] == b[1] and json.loads(a[1])["actors"]["Belgium"]["sd"] > 0


def test_cib_json_with_fix_succession_robustness_and_write(write, tmp_path, capsys):
    p = write(TWO)
    code, out, err = cli(capsys, "cib", p, "--fix", "A=A2", "--succession", "A1,B2", "--robustness", "20",
                         "--write", tmp_path / "m.csv", "--format", "json")  # fmt: skip
    assert code == 0, err
    res = json.loads(out)
    assert res["scenarios"] == [
        {
            "variants": {"A": "A2", "B": "B2"},
            "inconsistency": 0,
            "total_impact": 2,
            "new": False,
            "robustness": 1.0,
        }
    ]
    assert res["evaluated"] == 2 and res["method"] == "exhaustive" and res["fixed"] == {"A": "A2"}
    assert res["baseline_scenarios"] == 2
    assert res["succession"]["end"] == "consistent"
    code, out, err = cli(
        capsys, "cib", tmp_path / "m.csv", "-k", "2", "--method", "search", "--format", "json"
    )
    assert code == 0, err
    assert json.loads(out)["method"] == "search" and len(json.loads(out)["scenarios"]) == 3
    code, out, _ = cli(capsys, "cib", p, "--succession", "A1,B2")
    assert code == 0 and "global succession: ends in cycle" in out


def test_bundled_pack_commands(capsys):
    code, out, err = cli(capsys, "scenarios", "--format", "json")
    assert code == 0, err
    assert {"wb2030", "serbia_sanctions", "kosovo_serbia", "bih_nato"} <= {
        m["id"] for m in json.loads(out)
    }
    code, out, _ = cli(capsys, "cib", "wb2030", "--format", "json")
    assert code == 0 and json.loads(out)["scenarios"]
    code, out, _ = cli(capsys, "eum", "kosovo_serbia", "--format", "json")
    assert code == 0 and len(json.loads(out)["rounds"]) == 11
    code, out, _ = cli(capsys, "eum", "kosovo_serbia", "--set", "Russia.position=80", "-f", "json")
    res = json.loads(out)
    assert code == 0 and res["rounds"][0]["positions"]["Russia"] == 80 and res["overrides"]
    code, out, _ = cli(capsys, "cib", "wb2030", "--fix", "US=US_DEAL")
    assert code == 0 and "31 without the intervention" in " ".join(out.split())


def test_errors_are_one_line_with_location(write, capsys):
    p = write("issue: x\nactors:\n  - {name: A, capability: 1, position: 0, salience: 2}\n"
              "  - {name: B, capability: 1, position: 1, salience: 1}\n")  # fmt: skip
    code, _, err = cli(capsys, "eum", p)
    assert code == 1 and "Traceback" not in err
    assert f"{p}:3" in err and "actors[0].salience" in err and "fix:" in err
    code, _, err = cli(capsys, "cib", write(TWO), "--fix", "A=A9")
    assert code == 1 and "unknown variant 'A9'" in err
    code, _, err = cli(capsys, "cib", "no_such_matrix")
    assert code == 1 and "unknown cib scenario" in err


def test_console_script_in_a_subprocess(write, tmp_path):
    p = write(TWO)
    r = subprocess.run([sys.executable, "-m", "balkanscope", "cib", str(p), "--format", "json"],
                       capture_output=True, text=True, cwd=tmp_path)  # fmt: skip
    assert r.returncode == 0, r.stderr
    assert [s["total_impact"] for s in json.loads(r.stdout)["scenarios"]] == [3, 2]
    r = subprocess.run([sys.executable, "-m", "balkanscope", "cib", str(p), "-k", "-1"],
                       capture_output=True, text=True, cwd=tmp_path)  # fmt: skip
    assert (
        r.returncode == 1
        and "max inconsistency must be >= 0" in r.stderr
        and "Traceback" not in r.stderr
    )
