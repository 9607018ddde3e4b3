"""Apps import downward only: the layers below, and no cycle between apps, counting both
Python imports and the models' relations. A module that reaches up breaks the test."""

import ast
from pathlib import Path

from django.apps import apps
from django.contrib.auth import get_user_model

KINERJA = Path(__file__).resolve().parents[2]
# Lowest first. An app may use the apps before it, never the ones after it.
LAPISAN = [
    "core",
    "organisations",
    "accounts",
    "budgets",
    "planning",
    "agreements",
    "measurement",
    "reporting",
    "evaluation",
    "periksa",
    "documents",
    "lke",
    "exporting",
    "demo",
    "front",
    "dashboards",
]


def _imports() -> set[tuple[str, str, str]]:
    """(app, imported app, where) for every `kinerja.<app>` import outside tests/migrations."""
    edges = set()
    for app in LAPISAN:
        for path in (KINERJA / app).rglob("*.py"):
            parts = path.relative_to(KINERJA / app).parts
            if "tests" in parts or "migrations" in parts:
                continue
            for node in ast.walk(ast.parse(path.read_text())):
                names = []
                if isinstance(node, ast.ImportFrom) and node.module:
                    names = [node.module]
                elif isinstance(node, ast.Import):
                    names = [alias.name for alias in node.names]
                for name in names:
                    pieces = name.split(".")
                    if pieces[0] == "kinerja" and len(pieces) > 1 and pieces[1] != app:
                        edges.add((app, pieces[1], f"{app}/{'/'.join(parts)}"))
    return edges


def _relations() -> set[tuple[str, str, str]]:
    # A relation to the configured user model (settings.AUTH_USER_MODEL, as the audit log's
    # actor) is Django's swappable dependency, not a dependency on the accounts app's code.
    user_model = get_user_model()
    edges = set()
    for model in apps.get_models():
        if not model.__module__.startswith("kinerja."):
            continue
        app = model.__module__.split(".")[1]
        for field in model._meta.get_fields():
            related = getattr(field, "related_model", None)
            if field.is_relation and field.concrete and related not in (None, user_model):
                target = related.__module__.split(".")
                if target[0] == "kinerja" and target[1] != app:
                    edges.add((app, target[1], f"{model.__name__}.{field.name}"))
    return edges


def test_every_app_is_in_a_layer():
    found = {path.parent.name for path in KINERJA.glob("*/apps.py")}
    assert found == set(LAPISAN)


def test_apps_depend_only_on_the_layers_below_them():
    # Every edge pointing down the layer order also rules out any cycle between apps.
    upward = sorted(
        (source, target, where)
        for source, target, where in _imports() | _relations()
        if LAPISAN.index(target) > LAPISAN.index(source)
    )
    assert upward == []
