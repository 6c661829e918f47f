"""Reading news files: formats, metadata, and one clear error per bad file."""

from __future__ import annotations

import datetime as dt
import io
import json
import logging

import pytest

from kg.corpus import blank_markdown, iter_articles, iter_files, read_stdin
from kg.errors import InputError
from kg.records import Article

MD = """---
title: "Mistral raises €600 million"
date: 2024-06-11
url: https://example.com/ledger/mistral
publisher: The Inference Ledger
author: Jonah Whitcombe
---
## Funding

Mistral AI raised **€600 million** in a round led by [General Catalyst](https://example.com/gc).
"""

HTML = """<html><head><title>Ignored | Site</title>
<meta property="og:title" content="OpenAI ships GPT-5">
<meta name="author" content="Jane Roe">
<meta property="article:published_time" content="2025-08-07T10:00:00Z">
<link rel="canonical" href="https://example.com/news/gpt-5">
<meta property="og:site_name" content="The Ledger"></head>
<body><nav>Home | About | Login</nav><article><h1>OpenAI ships GPT-5</h1>
<p>OpenAI released GPT-5 on Thursday. It scored 74.9% on SWE-bench Verified, the company said,
which puts it ahead of every model the lab had shipped before.</p>
<p>Shares of Microsoft, OpenAI's largest backer, rose 1% in early trading on the news.</p>
</article><footer>Copyright 2025 The Ledger</footer></body></html>"""


def read(tmp_path, name, content):
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return list(iter_articles([path]))


def test_markdown_front_matter_and_offsets_into_the_body(tmp_path):
    [article] = read(tmp_path, "a.md", MD)
    assert article.title == "Mistral raises €600 million"
    assert article.date == dt.date(2024, 6, 11)
    assert article.url == "https://example.com/ledger/mistral"
    assert article.publisher == "The Inference Ledger" and article.author == "Jonah Whitcombe"
    assert article.key == article.url
    body = MD.split("---\n", 2)[2]
    assert len(article.text) == len(body)  # markup blanked, never removed
    start = article.text.index("€600 million")
    assert body[start:start + 12] == "€600 million"
    assert "**" not in article.text and "](" not in article.text


def test_blank_markdown_keeps_every_offset():
    text = "# Title\n- item with `code` and *emphasis*\n> quoted [link](http://x.y)"
    blanked = blank_markdown(text)
    assert len(blanked) == len(text)
    assert blanked.split() == ["Title", "item", "with", "code", "and", "emphasis", "quoted", "link"]


def test_text_file_with_front_matter(tmp_path):
    [article] = read(tmp_path, "a.txt", "---\ntitle: Wire\ndate: 2025-01-02\nsource: Reuters\n---\nNvidia rose.")
    assert (article.title, article.publisher, article.url, article.format) == ("Wire", "Reuters", None, "text")
    assert article.key.startswith("file:")


def test_html_main_text_and_metadata_by_trafilatura(tmp_path):
    [article] = read(tmp_path, "a.html", HTML)
    assert article.title == "OpenAI ships GPT-5"
    assert article.date == dt.date(2025, 8, 7)
    assert article.url == "https://example.com/news/gpt-5"
    assert article.author == "Jane Roe" and article.publisher == "The Ledger"
    assert "74.9% on SWE-bench Verified" in article.text
    assert "Login" not in article.text and "Copyright" not in article.text
    assert "\n\n" in article.text  # paragraphs stay apart


def test_an_html_table_becomes_one_block_of_pipe_rows(tmp_path):
    html = ("<html><head><title>Scores</title></head><body><article><h1>Scores</h1><p>Sorrel Labs released Ember-5, "
            "its new reasoning model, on Tuesday, with a table of results for the model and its rivals.</p><table>"
            "<tr><th>Model</th><th>GPQA Diamond</th></tr><tr><td>Ember-5</td><td>81.0%</td></tr>"
            "<tr><td>GPT-5</td><td>85.7%</td></tr></table><p>Both labs say the figures come from their own "
            "harnesses, which nobody outside has checked yet.</p></article></body></html>")
    [article] = read(tmp_path, "a.html", html)
    assert "| Model | GPQA Diamond |\n|---|---|\n| Ember-5 | 81.0% |\n| GPT-5 | 85.7% |\n\nBoth" in article.text


def test_jsonl_one_article_per_line_and_bad_lines_reported(tmp_path):
    lines = [json.dumps({"text": "Anthropic released Claude.", "title": "One", "date": "2025-05-22", "url": "https://e.x/1"}),
             "{not json",
             json.dumps({"title": "no text"}),
             "",
             json.dumps({"text": "Meta released Llama.", "id": "a-2"})]
    items = read(tmp_path, "feed.jsonl", "\n".join(lines))
    articles = [i for i in items if isinstance(i, Article)]
    errors = [i for i in items if isinstance(i, InputError)]
    assert [a.title for a in articles] == ["One", None]
    assert articles[1].key == "id:a-2"
    assert [str(e) for e in errors] == [
        f"{tmp_path / 'feed.jsonl'}: line 2: invalid JSON (Expecting property name enclosed in double quotes at column 2)",
        f"{tmp_path / 'feed.jsonl'}: line 3: missing 'text' string"]


def test_stdin_detects_the_format():
    [article] = list(read_stdin(io.StringIO(MD)))
    assert article.path == "<stdin>" and article.title.startswith("Mistral")
    [a, b] = list(read_stdin(io.StringIO('{"text": "x y"}\n{"text": "z"}\n')))
    assert (a.text, b.text) == ("x y", "z")


def test_missing_date_still_ingests_with_a_warning(tmp_path, caplog):
    with caplog.at_level(logging.WARNING, logger="kg"):
        [article] = read(tmp_path, "nodate.md", "---\ntitle: Undated\n---\nSome text about OpenAI.")
    assert article.date is None
    assert "nodate.md: no date" in caplog.text


@pytest.mark.parametrize("name, content, problem", [
    ("bad.md", "---\ntitle: [unclosed\n---\nbody", "front matter is not valid YAML at line 3"),
    ("bad-date.md", "---\ndate: someday\n---\nbody", "date 'someday' is not a date (use YYYY-MM-DD)"),
    ("list.md", "---\n- a\n- b\n---\nbody", "front matter must be a mapping of keys to values"),
    ("empty.md", "---\ntitle: x\n---\n   \n", "no article text"),
    ("latin1.txt", "caf\xe9 OpenAI".encode("latin-1"), "not UTF-8 text (invalid byte at position 3)"),
    ("binary.txt", b"\x00\x01\x02OpenAI", "binary file, not text"),
    ("empty.html", "<html><body></body></html>", "no article text"),
])
def test_bad_files_give_one_error_naming_file_and_problem(tmp_path, name, content, problem):
    [error] = read(tmp_path, name, content)
    assert isinstance(error, InputError)
    assert str(error).startswith(str(tmp_path / name) + ": ")
    assert problem in error.problem
    assert "\n" not in str(error)


def test_folders_are_read_recursively_in_order_and_other_files_skipped(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.md").write_text("two", encoding="utf-8")
    (tmp_path / "1.txt").write_text("one", encoding="utf-8")
    (tmp_path / "notes.gold.json").write_text("{}", encoding="utf-8")
    (tmp_path / ".hidden.md").write_text("hidden", encoding="utf-8")
    assert [p.name for p in iter_files([tmp_path])] == ["1.txt", "2.md"]


def test_named_files_must_exist_and_have_a_supported_type(tmp_path):
    (tmp_path / "report.pdf").write_bytes(b"%PDF")
    items = list(iter_files([tmp_path / "missing.md", tmp_path / "report.pdf"]))
    assert [str(i) for i in items] == [
        f"{tmp_path / 'missing.md'}: no such file or folder",
        f"{tmp_path / 'report.pdf'}: unsupported file type '.pdf' (expected one of .htm, .html, .jsonl, .markdown, .md, .txt)"]
