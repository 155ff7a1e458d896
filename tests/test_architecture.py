"""The import graph: arrows point upstream only (ingest ← index ← bot ← eval), and no module
imports another in a circle. Imports inside functions count too: a lazy import is still a
dependency, and a cycle hidden in a function is one refactor away from an ImportError."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("ingest", "index", "bot", "eval")
LAYER = {name: i for i, name in enumerate(PACKAGES)}  # a package may import only lower layers and itself


def modules() -> dict[str, Path]:
    found = {}
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            parts = path.relative_to(ROOT).with_suffix("").parts
            found[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return found


def imports_of(path: Path, name: str, known: set[str]) -> set[str]:
    """Project modules `path` imports, anywhere in the file, resolved to the module imported."""
    out = set()
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(package.split(".")[: len(package.split(".")) - node.level + 1] + ([base] if base else []))
            targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in known else base for a in node.names]
        else:
            continue
        out.update(t for t in targets if t.split(".")[0] in LAYER and t in known)
    out.discard(name)
    return out


@pytest.fixture(scope="module")
def graph() -> dict[str, set[str]]:
    found = modules()
    return {name: imports_of(path, name, set(found)) for name, path in found.items()}


def test_no_product_module_imports_eval(graph: dict[str, set[str]]) -> None:
    offenders = {m: sorted(t for t in targets if t.split(".")[0] == "eval")
                 for m, targets in graph.items() if m.split(".")[0] != "eval"}
    assert not {m: t for m, t in offenders.items() if t}, "the product must run without the eval extra"


def test_imports_point_upstream(graph: dict[str, set[str]]) -> None:
    wrong = sorted((m, t) for m, targets in graph.items() for t in targets
                   if LAYER[t.split(".")[0]] > LAYER[m.split(".")[0]])
    assert not wrong, f"a package imports one downstream of it: {wrong}"


def test_no_import_cycle(graph: dict[str, set[str]]) -> None:
    cycles = strongly_connected(graph)
    assert not cycles, f"modules that import each other in a circle: {cycles}"


def test_the_cycle_finder_finds_a_cycle() -> None:
    """The check above can fail: a made graph with a circle is reported."""
    assert strongly_connected({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def strongly_connected(graph: dict[str, set[str]]) -> list[list[str]]:
    """Tarjan's algorithm: the components of more than one module (each a cycle), sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    out: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                out.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return sorted(out)
