"""GEXF export of a large graph: kg's writer against networkx's write_gexf, same graph, same run.

Usage:  .venv/bin/python bench/export.py [--nodes 100000] [--edges 250000] [--repeat 3]

The graph has the shape of the entities view: typed nodes with label/type/mentions/degree/start,
edges with label/weight/benchmark/value/start. Prints the median time of each writer, the ratio
(target: kg no more than 1.5x networkx), and peak Python memory (tracemalloc) of one run of each.
"""

from __future__ import annotations

import argparse
import io
import random
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

import networkx as nx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from kg.graph import write_gexf  # noqa: E402

TYPES = ["Company", "Organization", "AIModel", "Benchmark", "Person", "Product"]
RELATIONS = ["outperforms", "matches", "released", "scored_on", "made_by", "predicts"]


def build(nodes: int, edges: int, seed: int = 7) -> nx.MultiDiGraph:
    rng = random.Random(seed)
    G = nx.MultiDiGraph()
    for i in range(nodes):
        G.add_node(f"https://w3id.org/aikg/id/node/{i}", label=f"Entity {i}", type=rng.choice(TYPES),
                   mentions=rng.randint(1, 50), degree=0, start=f"20{rng.randint(23, 26)}-{rng.randint(1, 12):02d}-01")
    ids = list(G.nodes)
    for _ in range(edges):
        u, v = rng.sample(ids, 2)
        relation = rng.choice(RELATIONS)
        G.add_edge(u, v, key=relation, label=relation, weight=rng.randint(1, 5), benchmark="MMLU",
                   value=round(rng.random() * 100, 1), start=f"2025-{rng.randint(1, 12):02d}-15")
    return G


def measure(fn):
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def peak(fn) -> float:
    tracemalloc.start()
    fn()
    _, high = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return high / 2 ** 20


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=100_000)
    parser.add_argument("--edges", type=int, default=250_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    G = build(args.nodes, args.edges)
    print(f"graph: {G.number_of_nodes():,} nodes, {G.number_of_edges():,} edges")

    def ours():
        write_gexf(G, io.BytesIO(), version="1.3", dynamic=True)

    def theirs():
        nx.write_gexf(G, io.BytesIO(), version="1.2draft")

    times = {"kg write_gexf": [], "networkx write_gexf": []}
    for _ in range(args.repeat):
        times["kg write_gexf"].append(measure(ours))
        times["networkx write_gexf"].append(measure(theirs))
    medians = {k: statistics.median(v) for k, v in times.items()}
    memory = {"kg write_gexf": peak(ours), "networkx write_gexf": peak(theirs)}
    for name in times:
        print(f"{name:20} {medians[name]:6.2f} s median (runs {', '.join(f'{t:.2f}' for t in times[name])}), "
              f"peak {memory[name]:7.1f} MiB")
    print(f"time ratio kg/networkx: {medians['kg write_gexf'] / medians['networkx write_gexf']:.2f} (target <= 1.5)")


if __name__ == "__main__":
    main()
