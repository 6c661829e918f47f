"""Graph analytics over the entities view: central entities, communities, who beats whom.

The ranking of models from comparison claims is a Bradley-Terry model fitted with Hunter's
MM algorithm (2004): each comparison is a game, "matches" is half a win for each side, and
every model also plays one drawn game against a virtual average model, a small prior that
keeps unbeaten or winless models finite. Strength is reported on a log scale (0 = average).
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple

import networkx as nx

from .store import Table

TYPE_COLOURS = {"Company": "#1f77b4", "Organization": "#9467bd", "AIModel": "#d62728", "Benchmark": "#2ca02c",
                "Person": "#ff7f0e", "Product": "#8c564b"}


def weighted_digraph(graph: nx.MultiDiGraph) -> nx.DiGraph:
    """Parallel edges summed into one weighted edge."""
    simple = nx.DiGraph()
    simple.add_nodes_from(graph.nodes(data=True))
    for u, v, data in graph.edges(data=True):
        weight = data.get("weight", 1) or 1
        if simple.has_edge(u, v):
            simple[u][v]["weight"] += weight
        else:
            simple.add_edge(u, v, weight=weight)
    return simple


def centrality(graph: nx.MultiDiGraph, top: int = 20) -> Table:
    """Entities ranked by PageRank (weighted by supporting claims), with degree and mentions."""
    simple = weighted_digraph(graph)
    if simple.number_of_nodes() == 0:
        return Table(["entity", "type", "pagerank", "degree", "mentions"])
    rank = nx.pagerank(simple, weight="weight")
    rows = sorted(((d.get("label"), d.get("type"), round(rank[n], 5), graph.degree(n), d.get("mentions", 0))
                   for n, d in graph.nodes(data=True)), key=lambda r: (-r[2], -r[3], str(r[0])))
    return Table(["entity", "type", "pagerank", "degree", "mentions"], rows[:top])


def communities(graph: nx.MultiDiGraph, top_members: int = 8, seed: int = 42) -> Table:
    """Louvain communities of the undirected weighted graph, largest first."""
    simple = weighted_digraph(graph).to_undirected()
    simple.remove_nodes_from([n for n in list(simple) if simple.degree(n) == 0])
    if simple.number_of_edges() == 0:
        return Table(["community", "size", "types", "members"])
    found = nx.community.louvain_communities(simple, weight="weight", seed=seed)
    rows = []
    for i, members in enumerate(sorted(found, key=lambda c: (-len(c), sorted(c)[0])), start=1):
        ranked = sorted(members, key=lambda n: (-simple.degree(n, weight="weight"), graph.nodes[n].get("label", n)))
        types = Counter(graph.nodes[n].get("type") for n in members)
        rows.append((i, len(members), ", ".join(f"{t} {c}" for t, c in types.most_common(3)),
                     ", ".join(str(graph.nodes[n].get("label", n)) for n in ranked[:top_members])))
    return Table(["community", "size", "types", "members"], rows)


@dataclass
class Record:
    wins: float = 0.0
    losses: float = 0.0
    ties: int = 0
    benchmarks: Counter = field(default_factory=Counter)


RANKED_TYPES = ("AIModel", "Product")


def comparison_games(graph: nx.MultiDiGraph, benchmark: Optional[str] = None,
                     types: Tuple[str, ...] = RANKED_TYPES) -> List[Tuple[str, str, bool, str]]:
    """(ahead, behind, tie, benchmark) for every comparison claim behind the entities view
    between two entities of the same ranked type (models with models, chips with chips)."""
    games = []
    for u, v, data in graph.edges(data=True):
        if data.get("label") not in ("outperforms", "matches"):
            continue
        kind = graph.nodes[u].get("type")
        if kind not in types or graph.nodes[v].get("type") != kind:
            continue
        bench = data.get("benchmark") or ""
        if benchmark and bench.casefold() != benchmark.casefold():
            continue
        for _ in range(int(data.get("weight", 1) or 1)):
            games.append((u, v, data["label"] == "matches", bench))
    return games


def bradley_terry(games: List[Tuple[str, str, bool, str]], iterations: int = 2000,
                  tolerance: float = 1e-10) -> Dict[str, float]:
    """Log-strengths from (winner, loser, tie, _) games; 0 is the virtual average model.

    >>> s = bradley_terry([("a", "b", False, ""), ("a", "b", False, ""), ("b", "c", False, "")])
    >>> s["a"] > s["b"] > s["c"]
    True
    """
    players = sorted({p for g in games for p in g[:2]})
    if not players:
        return {}
    wins: Dict[str, float] = defaultdict(float)
    pairs: Dict[Tuple[str, str], float] = defaultdict(float)
    for a, b, tie, _ in games:
        if tie:
            wins[a] += 0.5
            wins[b] += 0.5
        else:
            wins[a] += 1.0
        pairs[tuple(sorted((a, b)))] += 1.0
    strength = {p: 1.0 for p in players}
    for _ in range(iterations):
        new = {}
        for p in players:
            denominator = 1.0 / (strength[p] + 1.0)  # the drawn game against the average model
            for (a, b), n in pairs.items():
                if p in (a, b):
                    other = b if p == a else a
                    denominator += n / (strength[p] + strength[other])
            new[p] = (wins[p] + 0.5) / denominator
        scale = math.exp(sum(math.log(v) for v in new.values()) / len(new))
        new = {p: v / scale for p, v in new.items()}
        change = max(abs(math.log(new[p]) - math.log(strength[p])) for p in players)
        strength = new
        if change < tolerance:
            break
    return {p: math.log(v) for p, v in strength.items()}


def strength_errors(games: List[Tuple[str, str, bool, str]], strength: Dict[str, float]) -> Dict[str, float]:
    """Standard error of each log-strength, from the Fisher information of its games (and of the
    prior's drawn game against the average model): a model with two games has a wide one.

    >>> s = bradley_terry([("a", "b", False, "")] * 8 + [("c", "b", False, "")])
    >>> e = strength_errors([("a", "b", False, "")] * 8 + [("c", "b", False, "")], s)
    >>> e["a"] < e["c"]
    True
    """
    pi = {p: math.exp(v) for p, v in strength.items()}
    info = {p: pi[p] / (pi[p] + 1.0) ** 2 for p in pi}  # the prior's game against the average model
    for a, b, _, _ in games:
        share = pi[a] * pi[b] / (pi[a] + pi[b]) ** 2
        info[a] += share
        info[b] += share
    return {p: 1.0 / math.sqrt(v) for p, v in info.items()}


def who_beats_whom(graph: nx.MultiDiGraph, benchmark: Optional[str] = None,
                   types: Tuple[str, ...] = RANKED_TYPES) -> Table:
    """Wins, losses and ties per model (and per product) from comparison claims, ranked by
    Bradley-Terry strength; companies and people compared in prose are left out."""
    games = comparison_games(graph, benchmark, types)
    records: Dict[str, Record] = defaultdict(Record)
    for a, b, tie, bench in games:
        for p in (a, b):
            if bench:
                records[p].benchmarks[bench] += 1
        if tie:
            records[a].ties += 1
            records[b].ties += 1
        else:
            records[a].wins += 1
            records[b].losses += 1
    strength = bradley_terry(games)
    errors = strength_errors(games, strength)
    # ranked by a cautious strength, one standard error below the estimate: two lucky wins do not
    # outrank a long record (the estimate and its error are both shown)
    low = {p: strength[p] - errors[p] for p in strength}
    ranked = sorted(strength, key=lambda p: (-low[p], -records[p].wins, graph.nodes[p].get("label", p)))
    rows = []
    for i, p in enumerate(ranked, start=1):
        r = records[p]
        rows.append((i, graph.nodes[p].get("label", p), graph.nodes[p].get("type"), int(r.wins), int(r.losses), r.ties,
                     round(strength[p], 3), round(errors[p], 3), ", ".join(b for b, _ in r.benchmarks.most_common(3))))
    return Table(["rank", "entity", "type", "wins", "losses", "ties", "bt_strength", "bt_error", "benchmarks"], rows)


# -- the picture -----------------------------------------------------------------------------------
def plot(graph: nx.MultiDiGraph, path: str, top: int = 40, title: str = "kg: the AI industry as its news tells it") -> None:
    """Draw the most central entities: colour by type, size by PageRank, labels kept apart."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D

    simple = weighted_digraph(graph)
    simple.remove_edges_from(nx.selfloop_edges(simple))
    if simple.number_of_edges() == 0:
        raise ValueError("nothing to draw: the graph has no edges")
    rank = nx.pagerank(simple, weight="weight")
    # the most central entities that hang together: the largest connected part of the top ones
    candidates = simple.subgraph(sorted(rank, key=lambda n: -rank[n])[:top * 3]).to_undirected()
    largest = max(nx.connected_components(candidates), key=len)
    keep = sorted(largest, key=lambda n: -rank[n])[:top]
    sub = simple.subgraph(keep).copy()
    layout_graph = sub.to_undirected()
    if not nx.is_connected(layout_graph):
        layout_graph = layout_graph.subgraph(max(nx.connected_components(layout_graph), key=len)).copy()
        sub = sub.subgraph(layout_graph.nodes).copy()
    start = nx.kamada_kawai_layout(layout_graph) if len(layout_graph) > 2 else None
    pos = nx.spring_layout(layout_graph, pos=start, seed=42, k=2.2 / math.sqrt(max(len(sub), 1)), iterations=60,
                           weight=None)
    fig, ax = plt.subplots(figsize=(16, 11), dpi=120)
    ax.set_title(title, fontsize=16, pad=14)
    highest = max(rank[n] for n in keep)
    sizes = [300 + 2700 * rank[n] / highest for n in sub]
    colours = [TYPE_COLOURS.get(graph.nodes[n].get("type"), "#7f7f7f") for n in sub]
    widths = [0.6 + 0.6 * math.log1p(d["weight"]) for _, _, d in sub.edges(data=True)]
    nx.draw_networkx_edges(sub, pos, ax=ax, width=widths, edge_color="#9a9a9a", alpha=0.55, arrows=True,
                           arrowsize=9, connectionstyle="arc3,rad=0.06", node_size=sizes)
    nx.draw_networkx_nodes(sub, pos, ax=ax, node_size=sizes, node_color=colours, edgecolors="white", linewidths=1.2)
    texts = {}
    for n in sub:
        x, y = pos[n]
        texts[n] = ax.text(x, y, graph.nodes[n].get("label", n), fontsize=10, ha="center", va="center", zorder=5,
                           bbox=dict(boxstyle="round,pad=0.2", fc="white", ec="none", alpha=0.8))
    _separate_labels(fig, ax, texts, pos)
    present = sorted({graph.nodes[n].get("type") for n in sub if graph.nodes[n].get("type") in TYPE_COLOURS})
    handles = [Line2D([0], [0], marker="o", color="w", markerfacecolor=TYPE_COLOURS[t], markersize=12, label=t)
               for t in present]
    ax.legend(handles=handles, loc="lower left", frameon=True, fontsize=11, title="entity type")
    ax.text(0.99, 0.01, f"top {len(sub)} of {graph.number_of_nodes()} entities by PageRank; size = PageRank, "
                        "edge width = supporting claims", transform=ax.transAxes, ha="right", fontsize=9, color="#555")
    ax.set_axis_off()
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)


def _separate_labels(fig, ax, texts: dict, pos: dict, rounds: int = 150) -> None:
    """Push overlapping labels apart (vertically first) until none overlap or rounds run out."""
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    inverse = ax.transData.inverted()
    items = list(texts.items())
    for _ in range(rounds):
        boxes = [t.get_window_extent(renderer).expanded(1.05, 1.15) for _, t in items]
        moved = False
        for i in range(len(items)):
            for j in range(i + 1, len(items)):
                if not boxes[i].overlaps(boxes[j]):
                    continue
                moved = True
                ti, tj = items[i][1], items[j][1]
                overlap_y = min(boxes[i].y1, boxes[j].y1) - max(boxes[i].y0, boxes[j].y0)
                step = overlap_y / 2 + 1
                sign = 1 if boxes[i].y0 + boxes[i].y1 >= boxes[j].y0 + boxes[j].y1 else -1
                for text, direction in ((ti, sign), (tj, -sign)):
                    x, y = ax.transData.transform(text.get_position())
                    text.set_position(inverse.transform((x, y + direction * step)))
                boxes[i] = ti.get_window_extent(renderer).expanded(1.05, 1.15)
                boxes[j] = tj.get_window_extent(renderer).expanded(1.05, 1.15)
        if not moved:
            break
    for node, text in items:  # a thin leader line where a label left its node
        x, y = pos[node]
        tx, ty = text.get_position()
        if abs(ty - y) > 0.02:
            ax.plot([x, tx], [y, ty], color="#bbbbbb", linewidth=0.6, zorder=4)
