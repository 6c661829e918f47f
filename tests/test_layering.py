"""Data flows one way: corpus -> nlp -> extract -> rdf -> store -> {query, graph, tracking}.

A module may import only modules of its own stage or an earlier one; the store-facing modules
never import spaCy. Orchestrators (the public API, the CLI, ingest, evaluate) sit on top.
"""

from __future__ import annotations

import ast
from pathlib import Path

import kg

PACKAGE = Path(kg.__file__).parent
STAGES = {
    "kg.errors": 0, "kg.records": 0, "kg.iris": 0,
    "kg.corpus": 1,
    "kg.nlp": 2,
    "kg.extract": 3, "kg.contract": 3,
    "kg.rdf": 4,
    "kg.store": 5,
    "kg.query": 6, "kg.graphstats": 6, "kg.validation": 6, "kg.graph": 6, "kg.tracking": 6, "kg.analysis": 7, "kg.report": 7,
    "kg.ingest": 9, "kg.evaluate": 9, "kg.cli": 10, "kg": 10, "kg.__main__": 10,
}
STORE_FACING = ("kg.rdf", "kg.store", "kg.query", "kg.graphstats", "kg.validation", "kg.graph", "kg.analysis", "kg.tracking", "kg.report")


def stage(module: str) -> int:
    parts = module.split(".")
    for n in range(len(parts), 0, -1):
        key = ".".join(parts[:n])
        if key in STAGES:
            return STAGES[key]
    raise AssertionError(f"{module} has no stage: add it to STAGES")


def modules():
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE.parent).with_suffix("")
        name = ".".join(rel.parts)
        name = name[: -len(".__init__")] if name.endswith(".__init__") else name
        yield name, path


def imports(name: str, path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
                if node.module is None:
                    for alias in node.names:
                        yield f"{target}.{alias.name}"
                else:
                    yield target
            else:
                yield node.module


def test_no_backward_imports():
    problems = []
    for name, path in modules():
        for target in imports(name, path):
            if target == "kg" or target.startswith("kg."):
                if stage(target) > stage(name):
                    problems.append(f"{name} (stage {stage(name)}) imports {target} (stage {stage(target)})")
    assert problems == []


def test_store_facing_modules_never_import_spacy():
    problems = [f"{name} imports {target}" for name, path in modules() if name.startswith(STORE_FACING)
                for target in imports(name, path) if target.split(".")[0] == "spacy" or target.startswith("kg.nlp")]
    assert problems == []
