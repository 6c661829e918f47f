"""`kg extract`: a public JSON contract, validated against its JSON Schema."""

from __future__ import annotations

import json

import jsonschema
import pytest

from kg.contract import schema, to_json, validate
from kg.errors import ValidationError
from kg.ingest import extract

from .conftest import CORPUS


@pytest.fixture(scope="module")
def extracted(nlp):
    return [to_json(x) for x in extract([CORPUS / "dev"])]


def test_every_dev_article_yields_contract_valid_json(extracted):
    assert len(extracted) >= 40
    validator = jsonschema.Draft202012Validator(schema())
    for obj in extracted:
        errors = list(validator.iter_errors(obj))
        assert errors == [], (obj["document"]["path"], errors[0].message if errors else "")
        validate(obj)


def test_names_offsets_and_quotes_are_consistent(extracted):
    for obj in extracted:
        body = _body(obj["document"]["path"])
        names = {e["name"] for e in obj["entities"]}
        for e in obj["entities"]:
            for m in e["mentions"]:
                assert body[m["start"]:m["end"]] == m["text"]
        for c in obj["claims"] + obj["predictions"]:
            assert body[c["start"]:c["end"]] == c["quote"]
        for c in obj["claims"]:
            assert c["subject"] in names
            assert c["object"] is None or c["object"] in names


def test_a_claims_benchmark_is_a_benchmark_of_the_article(extracted):
    """The SHACL shapes require kg:benchmark to point at a kg:Benchmark: an organization that runs a
    leaderboard (LMArena) must never be filed as the test itself."""
    for obj in extracted:
        types = {e["name"]: e["type"] for e in obj["entities"]}
        for c in obj["claims"]:
            assert c["benchmark"] is None or types.get(c["benchmark"]) == "Benchmark", \
                (obj["document"]["path"], c["quote"], c["benchmark"], types.get(c["benchmark"]))


def test_values_are_plain_numbers_in_base_units(extracted):
    money = [c for obj in extracted for c in obj["claims"] if c["unit"] == "USD" and c["type"] == "financial"]
    assert money and all(isinstance(c["value"], (int, float, list)) for c in money)
    assert any(isinstance(c["value"], int) and c["value"] >= 1_000_000_000 for c in money)


def test_ids_are_deterministic(nlp):
    path = CORPUS / "dev" / "d01-openai-gpt5-launch.md"
    first = to_json(next(iter(extract([path]))))
    second = to_json(next(iter(extract([path]))))
    assert first == second
    assert first["document"]["id"].startswith("https://w3id.org/aikg/id/article/")


def test_validate_names_the_broken_place():
    with pytest.raises(ValidationError, match="claims/0/subject: 'Nobody' is not an entity name"):
        validate({"document": {"id": "https://x.y/a", "path": "a", "title": None, "date": None, "source": None},
                  "entities": [], "predictions": [],
                  "claims": [{"id": "https://x.y/c", "type": "launch", "subject": "Nobody", "object": None, "value": None,
                              "unit": None, "benchmark": None, "quote": "q", "start": 0, "end": 1, "confidence": 0.5}]})


def test_cli_prints_one_object_per_line_or_an_array(cli, tmp_path, nlp):
    (tmp_path / "a.md").write_text("---\ntitle: A\ndate: 2025-01-02\n---\nOpenAI released GPT-5.", encoding="utf-8")
    (tmp_path / "b.md").write_text("Nvidia shares fell 3% on Monday.", encoding="utf-8")
    result = cli("extract", tmp_path)
    lines = result.stdout.strip().splitlines()
    assert result.exit_code == 0 and len(lines) == 2
    objs = [json.loads(line) for line in lines]
    for obj in objs:
        validate(obj)
    assert objs[0]["claims"][0]["type"] == "launch"
    result = cli("extract", "--format", "json", tmp_path / "b.md")
    [obj] = json.loads(result.stdout)
    assert obj["claims"][0]["value"] == -3


def test_cli_reports_a_bad_file_and_goes_on(cli, tmp_path, nlp):
    (tmp_path / "good.md").write_text("OpenAI released GPT-5.", encoding="utf-8")
    (tmp_path / "bad.md").write_text("---\ndate: soon\n---\nbody", encoding="utf-8")
    result = cli("extract", tmp_path / "bad.md", tmp_path / "good.md")
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [
        f"Error: {tmp_path / 'bad.md'}: date 'soon' is not a date (use YYYY-MM-DD)"]
    assert len(result.stdout.strip().splitlines()) == 1


def _body(path):
    from kg.corpus import read_file
    from pathlib import Path

    return next(read_file(Path(path))).text
