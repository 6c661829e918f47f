"""Scores and prices given in Markdown tables (and the pipe rows HTML tables become)."""

from __future__ import annotations

from kg.nlp.tables import Cell, cell_figure, find_tables

TABLE = """Prices and scores, as published by the makers:

| Model | Maker | Input ($/M tokens) | Context window (tokens) | SWE-bench Verified | GPQA Diamond |
|---|---|---|---|---|---|
| GPT-5 | OpenAI | $1.25 | 400,000 | 74.9% | 85.7% |
| Claude Sonnet 4.5 | Anthropic | $3.00 | 200,000 | 77.2 | 83.4% |

Both labs say the figures come from their own harnesses.
"""


def test_find_tables_gives_header_rows_and_offsets():
    [table] = find_tables(TABLE)
    assert [c.text for c in table.header][:2] == ["Model", "Maker"]
    cells, start, end = table.rows[1]
    assert TABLE[start:end] == "| Claude Sonnet 4.5 | Anthropic | $3.00 | 200,000 | 77.2 | 83.4% |"
    assert [TABLE[c.start:c.end] for c in cells] == [c.text for c in cells]
    assert find_tables("| a | b |\nno separator\n| 1 | 2 |") == []


def test_cell_figures():
    assert cell_figure(Cell("74.9%", 0, 5)) == (74.9, "%", None)
    assert cell_figure(Cell("$1.25", 0, 5)) == (1.25, None, "USD")
    assert cell_figure(Cell("1,048,576", 0, 9)) == (1048576.0, None, None)
    assert cell_figure(Cell("GPT-5", 0, 5)) is None
    assert cell_figure(Cell("n/a", 0, 3)) is None


def test_scores_and_prices_from_a_table(extract_text):
    ex = extract_text(TABLE)
    got = {(c.kind.value, c.subject, c.value, c.benchmark) for c in ex.claims}
    assert {("benchmark_score", "GPT-5", 74.9, "SWE-bench Verified"), ("benchmark_score", "GPT-5", 85.7, "GPQA Diamond"),
            ("benchmark_score", "Claude Sonnet 4.5", 77.2, "SWE-bench Verified"),
            ("financial", "GPT-5", 1.25, None), ("financial", "Claude Sonnet 4.5", 3.0, None)} <= got
    # the context window is no score, and the row's claims quote the row
    assert not any(c.value in (400000, 200000) for c in ex.claims)
    [row] = {c.quote for c in ex.claims if c.subject == "GPT-5" and c.value == 74.9}
    assert row.startswith("| GPT-5 | OpenAI")


def test_a_table_on_its_side_and_a_header_named_by_its_first_word(extract_text):
    ex = extract_text("Sorrel Labs released Ember-5, its new reasoning model. On the Crosswind Arena leaderboard, "
                      "Ember-5 now leads.\n\n"
                      "| Benchmark | Ember-5 | Gemini 2.5 Pro |\n|---|---|---|\n| GPQA Diamond | 81.0 | 86.4 |\n\n"
                      "| Model | Crosswind Elo |\n|---|---|\n| Ember-5 | 1462 |\n")
    got = {(c.subject, c.value, c.benchmark, c.unit) for c in ex.claims if c.kind.value == "benchmark_score"}
    assert {("Ember-5", 81.0, "GPQA Diamond", None), ("Gemini 2.5 Pro", 86.4, "GPQA Diamond", None),
            ("Ember-5", 1462.0, "Crosswind Arena", "Elo")} <= got
    assert not any(e.name == "Crosswind Elo" for e in ex.entities)
    assert len(got) == 3  # nothing else read from the rows
