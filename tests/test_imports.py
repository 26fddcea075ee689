"""No import cycles between the modules of the apps, not even inside functions: a lower module
never imports a higher one back (models below selectors, services and views; home below members
below events below surveys below participation below evaluation)."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APPS = (
    "home",
    "members",
    "events",
    "surveys",
    "participation",
    "evaluation",
    "funding",
    "config",
)
# From the bottom up: an app imports only the apps before it (config wires them all together).
LAYERS = ("home", "members", "events", "surveys", "participation", "evaluation", "funding")


def _modules() -> dict[str, tuple[Path, bool]]:
    modules = {}
    for app in APPS:
        for path in (ROOT / app).rglob("*.py"):
            parts = list(path.relative_to(ROOT).with_suffix("").parts)
            if "migrations" in parts:
                continue
            is_package = parts[-1] == "__init__"
            modules[".".join(parts[:-1] if is_package else parts)] = (path, is_package)
    return modules


def _import_graph() -> dict[str, set[str]]:
    modules = _modules()
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, (path, is_package) in modules.items():
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    parts = name.split(".") if is_package else name.split(".")[:-1]
                    parts = parts[: len(parts) - (node.level - 1)]
                    base = ".".join(parts + ([node.module] if node.module else []))
                targets = [
                    f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else base
                    for alias in node.names
                ]
            else:
                continue
            for target in targets:
                while target not in modules and "." in target:
                    target = target.rsplit(".", 1)[0]
                if target in modules and target != name:
                    graph[name].add(target)
    return graph


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(module: str) -> list[str] | None:
        state[module] = 1
        path.append(module)
        for target in sorted(graph[module]):
            if state.get(target) == 1:
                return path[path.index(target) :] + [target]
            if target not in state and (found := visit(target)):
                return found
        path.pop()
        state[module] = 2
        return None

    for module in sorted(graph):
        if module not in state and (found := visit(module)):
            return found
    return None


def test_no_module_imports_itself_back():
    cycle = _cycle(_import_graph())
    assert cycle is None, " → ".join(cycle)


def test_the_check_finds_a_cycle():
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]


def _app_imports(graph: dict[str, set[str]]) -> set[tuple[str, str]]:
    return {
        (module.split(".")[0], target.split(".")[0])
        for module, targets in graph.items()
        for target in targets
        if module.split(".")[0] != target.split(".")[0]
    }


def test_apps_import_only_the_apps_below_them():
    upward = sorted(
        f"{app} imports {other}"
        for app, other in _app_imports(_import_graph())
        if app in LAYERS and other in LAYERS and LAYERS.index(other) > LAYERS.index(app)
    )
    assert upward == []


def test_the_check_finds_an_upward_import():
    graph = {"members.views": {"evaluation.models"}, "evaluation.models": set()}
    assert _app_imports(graph) == {("members", "evaluation")}
