"""Reading news files into :class:`~kg.records.Article` records.

Formats, chosen by file suffix:

* ``.txt``, ``.md`` — optional YAML front matter (``title``, ``date``, ``url`` or ``source``,
  ``publisher``, ``author``) between ``---`` lines, then the body. Markdown markup is blanked
  out with spaces of the same length, so offsets into the text are offsets into the file's
  body as written.
* ``.html``, ``.htm`` — main text and metadata pulled out by trafilatura.
* ``.jsonl`` — one article per line: ``text`` plus the same metadata keys (and ``id``).
* ``-`` — standard input, in any of the formats above (detected from its first character).

A problem with one file (or one JSONL line) is reported as an :class:`~kg.errors.InputError`
*value* in the stream, so the caller can report it and go on with the other files.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import re
import sys
from pathlib import Path
from typing import IO, Iterable, Iterator, Optional, Union

import yaml

from .errors import InputError
from .records import Article

log = logging.getLogger("kg")

FORMATS = {".txt": "text", ".md": "markdown", ".markdown": "markdown",
           ".html": "html", ".htm": "html", ".jsonl": "jsonl"}
STDIN = "-"

Item = Union[Article, InputError]

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S | re.M)
_URL = re.compile(r"^https?://\S+$", re.I)


def iter_files(paths: Iterable[Union[str, Path]]) -> Iterator[Union[Path, InputError]]:
    """Expand files and folders (recursively, sorted, hidden entries skipped).

    A folder contributes only files with a supported suffix; a file named explicitly must
    have one. ``-`` is passed through for standard input.
    """
    for raw in paths:
        path = Path(raw)
        if str(raw) == STDIN:
            yield path
        elif path.is_dir():
            for child in sorted(path.rglob("*")):
                rel = child.relative_to(path).parts
                if child.is_file() and child.suffix.lower() in FORMATS and not any(p.startswith(".") for p in rel):
                    yield child
        elif path.is_file():
            if path.suffix.lower() in FORMATS:
                yield path
            else:
                yield InputError(str(raw), f"unsupported file type {path.suffix or '(none)'!r} "
                                 f"(expected one of {', '.join(sorted(FORMATS))})")
        else:
            yield InputError(str(raw), "no such file or folder")


def iter_articles(paths: Iterable[Union[str, Path]], stdin: Optional[IO[str]] = None) -> Iterator[Item]:
    """Read every article under ``paths``; problems come out as :class:`InputError` items."""
    for item in iter_files(paths):
        if isinstance(item, InputError):
            yield item
        elif str(item) == STDIN:
            yield from read_stdin(stdin or sys.stdin)
        else:
            yield from read_file(item)


def read_file(path: Path) -> Iterator[Item]:
    """Articles in one file (several for JSONL)."""
    shown = str(path)
    try:
        text = _decode(path.read_bytes(), shown)
    except InputError as err:
        yield err
        return
    except OSError as err:
        yield InputError(shown, f"cannot read: {err.strerror or err}")
        return
    fmt = FORMATS[path.suffix.lower()]
    default_key = "file:" + path.resolve().as_posix()
    yield from _parse(text, fmt, shown, default_key)


def read_stdin(stream: IO[str]) -> Iterator[Item]:
    text = stream.read()
    head = text.lstrip()[:1]
    fmt = "jsonl" if head == "{" else "html" if head == "<" else "markdown"
    yield from _parse(text, fmt, "<stdin>", None)


def _parse(text: str, fmt: str, shown: str, default_key: Optional[str]) -> Iterator[Item]:
    try:
        if fmt == "jsonl":
            yield from _read_jsonl(text, shown, default_key)
        elif fmt == "html":
            yield _read_html(text, shown, default_key)
        else:
            yield _read_text(text, shown, default_key, markdown=(fmt == "markdown"))
    except InputError as err:
        yield err


def _decode(data: bytes, shown: str) -> str:
    if b"\x00" in data[:8192]:
        raise InputError(shown, "binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(shown, f"not UTF-8 text (invalid byte at position {err.start})") from None


def split_front_matter(text: str, shown: str) -> tuple[dict, str]:
    """Split YAML front matter from the body.

    >>> split_front_matter("---\\ntitle: Hi\\n---\\nBody.", "a.md")
    ({'title': 'Hi'}, 'Body.')
    >>> split_front_matter("No front matter.", "a.md")
    ({}, 'No front matter.')
    """
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    try:
        meta = yaml.safe_load(match.group(1))
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark is not None else ""
        problem = getattr(err, "problem", None) or str(err).splitlines()[0]
        raise InputError(shown, f"front matter is not valid YAML{where}: {problem}") from None
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise InputError(shown, "front matter must be a mapping of keys to values")
    return meta, text[match.end():]


def _read_text(text: str, shown: str, default_key: Optional[str], markdown: bool) -> Article:
    meta, body = split_front_matter(text, shown)
    if markdown:
        heading = re.match(r"\s*#\s+(.+)", body)
        if heading and not meta.get("title"):
            meta = {**meta, "title": heading.group(1).strip()}
        body = blank_markdown(body)
    return make_article(meta, body, shown, default_key, "markdown" if markdown else "text")


def _read_html(text: str, shown: str, default_key: Optional[str]) -> Article:
    import trafilatura  # imported here: it costs ~0.3 s and only HTML needs it

    doc = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False,
                                      include_tables=True, deduplicate=False)
    body = (doc.text if doc is not None else "") or ""
    # trafilatura separates blocks with one newline; a blank line keeps paragraphs apart
    # as sentence boundaries for the pipeline. The rows of a table (which trafilatura writes as
    # Markdown pipe rows) stay together, one per line, so that the table is read as one.
    lines = [line.rstrip() for line in body.strip().split("\n") if line.strip()]
    body = "".join(line + ("\n" if line.startswith("|") and nxt.startswith("|") else "\n\n")
                   for line, nxt in zip(lines, lines[1:] + [""])).rstrip("\n")
    meta = {
        "title": doc.title if doc is not None else None,
        "date": doc.date if doc is not None else None,
        "url": doc.url if doc is not None else None,
        "publisher": doc.sitename if doc is not None else None,
        "author": doc.author if doc is not None else None,
    }
    return make_article(meta, body, shown, default_key, "html")


def _read_jsonl(text: str, shown: str, default_key: Optional[str]) -> Iterator[Item]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            try:
                record = json.loads(line)
            except json.JSONDecodeError as err:
                raise InputError(shown, f"line {number}: invalid JSON ({err.msg} at column {err.colno})") from None
            if not isinstance(record, dict):
                raise InputError(shown, f"line {number}: expected a JSON object")
            body = record.get("text")
            if not isinstance(body, str):
                raise InputError(shown, f"line {number}: missing 'text' string")
            key = record.get("id")
            line_key = f"id:{key}" if key else (f"{default_key}#{number}" if default_key else None)
            yield make_article(record, body, f"{shown}:{number}", line_key, "jsonl", error_path=shown,
                               error_prefix=f"line {number}: ")
        except InputError as err:
            yield err


def make_article(meta: dict, body: str, shown: str, default_key: Optional[str], fmt: str,
                 error_path: Optional[str] = None, error_prefix: str = "") -> Article:
    """Validate metadata and build the :class:`Article`."""
    where = error_path or shown
    if not body.strip():
        raise InputError(where, f"{error_prefix}no article text")
    url = _text_field(meta, "url", where, error_prefix)
    source = _text_field(meta, "source", where, error_prefix)
    publisher = _text_field(meta, "publisher", where, error_prefix)
    if source and not url and _URL.match(source):
        url = source
    elif source and not publisher and not _URL.match(source):
        publisher = source
    date = parse_date(meta.get("date"), where, error_prefix)
    if date is None:
        log.warning("%s: no date; claims and predictions from it will carry no date", shown)
    key = url or default_key or "text:" + hashlib.sha256(body.encode("utf-8")).hexdigest()
    return Article(text=body, path=shown, key=key, title=_text_field(meta, "title", where, error_prefix),
                   date=date, url=url, publisher=publisher,
                   author=_text_field(meta, "author", where, error_prefix), format=fmt)


def _text_field(meta: dict, name: str, where: str, prefix: str) -> Optional[str]:
    value = meta.get(name)
    if value is None or value == "":
        return None
    if isinstance(value, list) and name == "author":
        value = ", ".join(str(v) for v in value)
    if not isinstance(value, (str, int, float)):
        raise InputError(where, f"{prefix}{name} must be text, not {type(value).__name__}")
    return str(value).strip() or None


def parse_date(value: object, where: str = "<input>", prefix: str = "") -> Optional[dt.date]:
    """Read an article date from front matter or metadata.

    >>> parse_date("2025-09-15"), parse_date("15 September 2025"), parse_date(None)
    (datetime.date(2025, 9, 15), datetime.date(2025, 9, 15), None)
    >>> parse_date("soon")
    Traceback (most recent call last):
    kg.errors.InputError: <input>: date 'soon' is not a date (use YYYY-MM-DD)
    """
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        pass
    from dateutil import parser as dateparser

    try:
        parsed = dateparser.parse(text, default=dt.datetime(1, 1, 1))
    except (ValueError, OverflowError, TypeError):
        parsed = None
    if parsed is None or parsed.year == 1:
        raise InputError(where, f"{prefix}date {text!r} is not a date (use YYYY-MM-DD)")
    return parsed.date()


_MD_RULES = [
    # images and HTML tags carry no prose
    (re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)"), lambda m: " " * len(m.group())),
    (re.compile(r"</?[A-Za-z][^>\n]*>"), lambda m: " " * len(m.group())),
    # [text](url) -> " text " + blanks
    (re.compile(r"\[([^\]\n]+)\]\([^)\n]*\)"),
     lambda m: " " + m.group(1) + " " * (len(m.group()) - len(m.group(1)) - 1)),
    # heading, quote and list markers at the start of a line
    (re.compile(r"^[ \t]*(?:#{1,6}|>|[-*+]|\d{1,3}[.)])[ \t]+", re.M), lambda m: " " * len(m.group())),
    # emphasis and code markers around text
    (re.compile(r"(\*\*|__|`+)(?=\S)(.+?)(?<=\S)\1"),
     lambda m: " " * len(m.group(1)) + m.group(2) + " " * len(m.group(1))),
    (re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])"), lambda m: " " + m.group(1) + " "),
    (re.compile(r"^[ \t]*(?:[-*_][ \t]*){3,}$", re.M), lambda m: " " * len(m.group())),
]


def blank_markdown(body: str) -> str:
    """Replace Markdown markup with spaces, keeping every character offset.

    >>> blank_markdown("## Results\\n**GPT-5** beat [o3](https://x.y/o3).")
    '   Results\\n  GPT-5   beat  o3                 .'
    """
    for pattern, replace in _MD_RULES:
        body = pattern.sub(replace, body)
    return body
