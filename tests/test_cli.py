"""The command line: --help teaches, data on stdout, one `Error:` line on stderr."""

from __future__ import annotations

import re

import pytest

from kg.cli import cli as group

COMMANDS = ["ingest", "extract", "query", "queries", "stats", "validate", "eval"]


def test_top_level_help_lists_commands_and_a_start(cli):
    result = cli("--help")
    assert result.exit_code == 0
    for name in COMMANDS:
        assert f"  {name} " in result.stdout
    assert "kg ingest corpus/" in result.stdout


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_has_a_summary_and_an_example(cli, name):
    result = cli(name, "--help")
    assert result.exit_code == 0
    assert "Example:" in result.stdout and f"kg {name}" in result.stdout
    assert group.commands[name].get_short_help_str()


def test_queries_lists_named_queries(cli):
    result = cli("queries")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].split()[:3] == ["name", "title", "params"]
    assert any(line.startswith("claims-about ") and "entity" in line for line in lines)


def test_query_without_a_store_is_a_clear_error(cli, tmp_path):
    result = cli("query", "--store", tmp_path / "none", "benchmark-scores")
    assert result.exit_code == 1
    assert result.stderr.strip() == f"Error: {tmp_path / 'none'}: no store here yet (run `kg ingest` first, or pass --store)"


def test_malformed_sparql_is_one_line_with_position(cli, tmp_path):
    from kg.store import OxigraphStore

    OxigraphStore(tmp_path / "s").close()
    result = cli("query", "--store", tmp_path / "s", "SELECT ?x WHERE { ?x ?p }")
    assert result.exit_code == 1
    assert result.stderr.strip() == ("Error: query: syntax error at line 1, column 26: "
                                     "expected one of LATERAL, SERVICE, [_]")


def test_query_from_file_reports_the_file(cli, tmp_path):
    from kg.store import OxigraphStore

    OxigraphStore(tmp_path / "s").close()
    (tmp_path / "q.rq").write_text("SELECT * WHERE {\n  ?s ?p\n}\n", encoding="utf-8")
    result = cli("query", "--store", tmp_path / "s", "-f", tmp_path / "q.rq")
    assert result.exit_code == 1
    assert re.fullmatch(rf"Error: {re.escape(str(tmp_path / 'q.rq'))}: syntax error at line \d+, column \d+: .+\n",
                        result.stderr)


def test_bad_param_syntax(cli, tmp_path):
    from kg.store import OxigraphStore

    OxigraphStore(tmp_path / "s").close()
    result = cli("query", "--store", tmp_path / "s", "claims-about", "--param", "entity")
    assert result.exit_code == 1 and "expected NAME=VALUE" in result.stderr


def test_stats_and_query_formats_on_an_ingested_store(cli, tmp_path, nlp):
    (tmp_path / "a.md").write_text("---\ntitle: A\ndate: 2025-01-27\nurl: https://e.x/a\n---\n"
                                   "Nvidia shares fell 17% on Monday.", encoding="utf-8")
    assert cli("ingest", "-q", "--store", tmp_path / "s", tmp_path / "a.md").exit_code == 0
    stats = cli("stats", "--store", tmp_path / "s")
    assert "kg:MarketClaim" in stats.stdout and "kg:Article" in stats.stdout
    csv = cli("query", "--store", tmp_path / "s", "market-moves", "--format", "csv")
    assert csv.stdout.splitlines()[1].startswith("Nvidia,stock_move,-17,%")
    sparql_json = cli("query", "--store", tmp_path / "s", "market-moves", "--format", "sparql-json")
    assert '"head"' in sparql_json.stdout and '"bindings"' in sparql_json.stdout


def test_python_dash_m_kg_runs_the_same_cli():
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-m", "kg", "--version"], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "kg, version 0.1.0"
