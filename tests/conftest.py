"""Shared fixtures: the real pipeline (loaded once), stores, and a CLI runner."""

from __future__ import annotations

import datetime as dt
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="session")
def nlp():
    """The full kg pipeline on en_core_web_sm (the statistical model the product ships with)."""
    from kg.nlp.pipeline import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def extract_text(nlp):
    """Extract one text (with an article date) into records."""
    from kg.extract import extract_stream
    from kg.records import Article

    def run(text: str, date: str = "2025-09-15", author=None, title=None):
        article = Article(text=text, path="snippet.txt", key=f"test:{hash(text)}",
                          date=dt.date.fromisoformat(date) if date else None, author=author, title=title)
        return next(iter(extract_stream(nlp, [article])))

    return run


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def cli(runner):
    """Invoke ``kg`` in-process; returns the click Result (stdout, stderr apart)."""
    from kg.cli import cli as group

    def invoke(*args, input=None, env=None):
        return runner.invoke(group, [str(a) for a in args], input=input, env=env, catch_exceptions=False)

    return invoke


@pytest.fixture
def store_dir(tmp_path):
    return tmp_path / "store"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory):
    """A real Oxigraph SPARQL 1.1 server on loopback, started for the tests (PyPI package `oxigraph`)."""
    exe = Path(sys.executable).parent / "oxigraph"
    if not exe.exists():
        pytest.skip("the oxigraph server (PyPI package `oxigraph`, installed by `make test`) is not installed")
    port = _free_port()
    location = tmp_path_factory.mktemp("oxigraph-server")
    proc = subprocess.Popen([str(exe), "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}",
                             "--union-default-graph"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 20
    while time.time() < deadline:
        try:
            urllib.request.urlopen(url + "/query?query=ASK%7B%7D", timeout=1).read()
            break
        except OSError:
            if proc.poll() is not None:
                raise RuntimeError(f"oxigraph server exited: {proc.stderr.read().decode()}")
            time.sleep(0.1)
    else:
        proc.kill()
        raise RuntimeError("oxigraph server did not start within 20 s")
    yield url
    proc.terminate()
    proc.wait(timeout=10)
