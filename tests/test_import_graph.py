"""The package's imports run one way and form no cycle, lazy imports included.

Layers, lowest first (a module may import its own layer and those below it):

0. ``extensions``, ``logs``, ``config_integration``
1. ``config`` (it routes the tasks), ``models``, ``scoring``, ``db``, ``tasks``
2. ``services``
3. the app's edges: ``auth``, ``callers``, ``errors``, ``ratelimits``, ``security``, ``i18n``,
   ``health``, ``metrics``, ``cli``
4. the blueprints ``api``, ``dashboard``, ``embed`` (none imports another)
5. the factory, ``moderation/__init__.py``

``scoring`` imports nothing else from the project, so the model code runs without Flask.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "moderation"

LAYERS = {
    "config_integration": 0, "extensions": 0, "logs": 0,
    "config": 1, "models": 1, "scoring": 1, "db": 1, "tasks": 1,
    "services": 2,
    "auth": 3, "callers": 3, "errors": 3, "ratelimits": 3, "security": 3, "i18n": 3, "health": 3,
    "metrics": 3, "cli": 3,
    "api": 4, "dashboard": 4, "embed": 4,
    "": 5,
}  # fmt: skip
BLUEPRINTS = {"api", "dashboard", "embed"}


def module_names() -> dict[str, Path]:
    names = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        names[".".join(parts)] = path
    return names


def imports_of(name: str, source: str, *, is_package: bool, known: set[str]) -> set[str]:
    """Project modules ``name`` imports anywhere in its body (functions too)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        targets: list[str] = []
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = name if is_package else name.rpartition(".")[0]
                for _ in range(node.level - 1):
                    anchor = anchor.rpartition(".")[0]
                base = f"{anchor}.{base}" if base else anchor
            targets = [f"{base}.{alias.name}" for alias in node.names] + [base]
        for target in targets:
            while target and target not in known:
                target = target.rpartition(".")[0]
            # Importing a module runs its packages' __init__ first: those are edges too,
            # except the packages the importer itself lives in.
            while target:
                if target != name and not name.startswith(target + "."):
                    found.add(target)
                target = target.rpartition(".")[0]
    return found


def graph() -> dict[str, set[str]]:
    names = module_names()
    return {
        name: imports_of(
            name,
            path.read_text(encoding="utf-8"),
            is_package=path.name == "__init__.py",
            known=set(names),
        )
        for name, path in names.items()
    }


def area(module: str) -> str:
    """``moderation.services.desk.queue`` -> ``services``; the factory -> ``""``."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for other in edges[node]:
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in edges:
        if node not in index:
            visit(node)
    return found


def test_every_module_has_a_layer() -> None:
    assert sorted({area(m) for m in module_names()} - set(LAYERS)) == []


def test_no_import_cycles() -> None:
    assert cycles(graph()) == []


def test_imports_never_point_up_a_layer() -> None:
    upward = [
        f"{module} -> {target}"
        for module, targets in graph().items()
        for target in targets
        if LAYERS[area(target)] > LAYERS[area(module)]
    ]
    assert upward == []


def test_blueprints_do_not_import_each_other() -> None:
    crossing = [
        f"{module} -> {target}"
        for module, targets in graph().items()
        for target in targets
        if area(module) in BLUEPRINTS and area(target) in BLUEPRINTS - {area(module)}
    ]
    assert crossing == []


def test_scoring_imports_nothing_else_from_the_project() -> None:
    leaving = [
        f"{module} -> {target}"
        for module, targets in graph().items()
        if area(module) == "scoring"
        for target in targets
        if area(target) != "scoring"
    ]
    assert leaving == []


@pytest.mark.parametrize(
    ("source", "problem"),
    [
        ("from moderation.api import auth\n", "upward"),
        ("def later():\n    from moderation.services.desk import queue\n", "cycle"),
    ],
)
def test_the_checks_catch_what_they_guard_against(source: str, problem: str) -> None:
    """A new upward or lazy cyclic import in a service is found."""
    edges = graph()
    module = "moderation.services.desk.filters"
    known = set(module_names())
    edges[module] |= imports_of(module, source, is_package=False, known=known)
    if problem == "upward":
        assert any(LAYERS[area(t)] > LAYERS[area(module)] for t in edges[module])
    else:
        assert cycles(edges) != []
