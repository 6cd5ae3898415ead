"""The house's layer rule: `generator/` is grouped by stage, and a stage imports only
the stages below it, never one above, and no module imports another in a circle.

Every import counts, wherever it is written: at the top of a module, inside a
function (the lazy imports that keep `check` quick) or under TYPE_CHECKING.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Mapping
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "generator"

# Bottom to top. A module may import from its own stage and from those before it.
LAYERS = (
    "core",  # periods, rules, the document model, errors: pure
    "read",  # a report folder's files: definitions, data, sheets, style, template, commentary
    "content",  # facts, placeholders, notes, chart specifications, assembly
    "charts",  # one builder per chart kind (matplotlib) -> PNG bytes
    "look",  # every presentation decision, resolved once
    "writers",  # the editions: docx/, pdf/, html, xlsx, ods, and their registry
    "editors",  # check and its claims rules, drafts, init
    "run",  # the pipeline and what schedules it: build, build --all, preview, pool, pages
    "",  # the package's top: the command (cli) and the Python API (api)
)


def module_name(path: Path, package: Path = PACKAGE) -> str:
    parts = list(path.relative_to(package.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules(package: Path = PACKAGE) -> dict[str, Path]:
    return {module_name(p, package): p for p in sorted(package.rglob("*.py"))}


def imports_of(path: Path, name: str, known: Iterable[str]) -> set[str]:
    """The package's own modules that `path` (module `name`) imports, anywhere in it."""
    known = set(known)
    is_package = path.name == "__init__.py"
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = name.split(".")
                anchor = anchor[: len(anchor) - node.level + (1 if is_package else 0)]
                base = ".".join([*anchor, base] if base else anchor)
            # `from a.b import c` imports the module a.b.c where there is one, else a.b
            targets = [
                f"{base}.{alias.name}" if f"{base}.{alias.name}" in known else base
                for alias in node.names
            ]
        else:
            continue
        for target in targets:
            while target and target not in known:
                target = target.rpartition(".")[0]
            if target and target != name and target.startswith(PACKAGE.name):
                found.add(target)
    return found


def import_graph(package: Path = PACKAGE) -> dict[str, set[str]]:
    found = modules(package)
    return {name: imports_of(path, name, found) for name, path in found.items()}


def layer(module: str) -> int:
    parts = module.split(".")
    stage = parts[1] if len(parts) > 2 or (len(parts) == 2 and parts[1] in LAYERS) else ""
    return LAYERS.index(stage) if stage in LAYERS else LAYERS.index("")


def upward_imports(graph: Mapping[str, set[str]]) -> list[str]:
    """Each import that runs from a stage up to a stage above it."""
    return [
        f"{source} (stage {LAYERS[layer(source)] or 'top'}) imports {target} "
        f"(stage {LAYERS[layer(target)] or 'top'}, above it)"
        for source, targets in sorted(graph.items())
        for target in sorted(targets)
        if layer(target) > layer(source)
    ]


def circles(graph: Mapping[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_every_module_sits_in_a_declared_stage() -> None:
    strays = [
        name
        for name in modules()
        if name.count(".") >= 1
        and name.split(".")[1] not in LAYERS
        and (PACKAGE / name.split(".")[1]).is_dir()
    ]
    assert strays == [], f"folders under generator/ that are no declared stage: {strays}"


def test_no_import_runs_up_a_stage() -> None:
    assert upward_imports(import_graph()) == []


def test_no_module_imports_another_in_a_circle() -> None:
    assert circles(import_graph()) == []


def test_the_graph_sees_imports_inside_functions() -> None:
    """A build's count of the check's findings imports the checker inside a function
    (only where a commentary is to be checked): the reader must see it, or a lazy
    import could run up a stage unseen."""
    graph = import_graph()
    assert "generator.editors.check" in graph["generator.run.counted"]
    assert "generator.read.wide" in graph["generator.read.data"]


@pytest.mark.parametrize(
    ("graph", "expected"),
    [
        # a pure rule that reaches up into the pipeline
        (
            {"generator.core.rules": {"generator.run.build"}, "generator.run.build": set()},
            ["generator.core.rules (stage core) imports generator.run.build (stage run, above it)"],
        ),
        # a writer asking the checker
        (
            {"generator.writers.html": {"generator.editors.check"}},
            [
                "generator.writers.html (stage writers) imports generator.editors.check "
                "(stage editors, above it)"
            ],
        ),
        # the command may import anything
        ({"generator.cli": {"generator.run.build", "generator.core.errors"}}, []),
        # downward and sideways are allowed
        ({"generator.read.data": {"generator.read.sheets", "generator.core.periods"}}, []),
    ],
)
def test_an_upward_import_is_reported(graph: dict[str, set[str]], expected: list[str]) -> None:
    assert upward_imports(graph) == expected


def test_a_circle_is_reported_with_its_members() -> None:
    graph = {
        "generator.read.data": {"generator.read.wide"},
        "generator.read.wide": {"generator.read.sheets", "generator.read.data"},
        "generator.read.sheets": set(),
    }
    assert circles(graph) == [["generator.read.data", "generator.read.wide"]]


def test_a_deliberate_upward_import_in_a_real_module_is_caught(tmp_path: Path) -> None:
    """The rule read from files, as the suite reads generator/: a copy of two stages
    where the pure core imports the pipeline inside a function."""
    package = tmp_path / "generator"
    for folder in ("core", "run"):
        (package / folder).mkdir(parents=True)
        (package / folder / "__init__.py").write_text("")
    (package / "__init__.py").write_text("")
    (package / "run" / "build.py").write_text("from generator.core import rules\n")
    (package / "core" / "rules.py").write_text(
        "def rag():\n    from generator.run.build import build\n    return build\n"
    )
    graph = import_graph(package)
    assert upward_imports(graph) == [
        "generator.core.rules (stage core) imports generator.run.build (stage run, above it)"
    ]
    assert circles(graph) == [["generator.core.rules", "generator.run.build"]]
