"""The plugin's core does not know MkDocs: only its adapter modules import it,
so a later move of generator rewrites three modules, not the checks and
features (CONTRIBUTING.md, "Generator")."""

import ast

from tooling.project import ROOT

PACKAGE = ROOT / "study_notes"
# The event table, the settings' types, and MkDocs' objects into the site model.
ADAPTER = {"plugin.py", "config.py", "mkdocs_site.py"}


def imports_mkdocs(path) -> bool:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import) and any(a.name.split(".")[0] == "mkdocs" for a in node.names):
            return True
        if (
            isinstance(node, ast.ImportFrom)
            and (node.module or "").split(".")[0] == "mkdocs"
            and not node.level
        ):
            return True
    return False


def test_only_the_plugins_adapter_modules_import_mkdocs():
    modules = sorted(PACKAGE.rglob("*.py"))
    assert len(modules) > len(ADAPTER), f"{PACKAGE} holds no core modules"
    importing = {path.relative_to(PACKAGE).as_posix() for path in modules if imports_mkdocs(path)}
    assert importing == ADAPTER, (
        f"modules outside the adapter import MkDocs: {sorted(importing - ADAPTER)}; "
        "take plain values from plugin.py instead"
    )
