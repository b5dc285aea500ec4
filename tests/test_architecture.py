"""The shape of the code (issue 10): stages on floors, no import circle, small modules and functions.

Read from the source with ``ast``: nothing is imported, so a lazy import inside
a function counts like one at the top of a module.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"
PACKAGE = SRC / "kaodian"
MAX_FILE_LINES = 500
MAX_FUNCTION_LINES = 80

# The floors, lowest first: a module imports only from its own floor or below.  The longest
# prefix that names a module gives its floor.
FLOORS: tuple[tuple[str, ...], ...] = (
    # shared by every stage: data model, errors, characters, files, answer checking, the bank file
    ("kaodian.model", "kaodian.errors", "kaodian.chars", "kaodian.numerals", "kaodian.text", "kaodian.fileio",
     "kaodian.kinds", "kaodian.segment", "kaodian.answers", "kaodian.bank", "kaodian.bank_edits", "kaodian.render",
     # the YAML validation with file:line that rules, normalize's layout and the lexicon share
     "kaodian.rules.schema", "kaodian.cache"),
    # reading files: the encodings, then the readers of each format (old Word documents: msdoc; e-books: epub)
    ("kaodian.encoding", "kaodian.ingest", "kaodian.htmlposts", "kaodian.htmlbody", "kaodian.docx_numbering",
     "kaodian.msdoc", "kaodian.epub", "kaodian.slides", "kaodian.reading"),
    ("kaodian.normalize",),
    ("kaodian.rules", "kaodian.lexicon"),
    ("kaodian.questions",),
    ("kaodian.export",),
    ("kaodian.pipeline",),
    # what runs the pipeline: the build, the quizzes, the evaluation, the lexicon's builder
    ("kaodian.build", "kaodian.library", "kaodian.library_merge", "kaodian.selftest", "kaodian.evaluate", "kaodian.lexicon.build", "kaodian.lexicon.harvest"),
    ("kaodian.cli", "kaodian.cli_messages", "kaodian.helpwrap", "kaodian.progress", "kaodian.__main__", "kaodian"),
)


def _modules() -> dict[str, Path]:
    out = {}
    for p in sorted(PACKAGE.rglob("*.py")):
        parts = p.relative_to(SRC).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        out[name] = p
    return out


MODULES = _modules()


def _imports(name: str, path: Path) -> set[str]:
    """The kaodian modules ``name`` imports, wherever in the file the import stands."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = package.split(".")[: len(package.split(".")) - node.level + 1] if node.level else []
            module = ".".join(base + ([node.module] if node.module else []))
            for alias in node.names:
                sub = f"{module}.{alias.name}"
                found.add(sub if sub in MODULES else module)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
    return {m for m in found if m in MODULES and m != name}


GRAPH = {name: _imports(name, path) for name, path in MODULES.items()}


def _floor(name: str) -> int:
    found = [(len(p), i) for i, prefixes in enumerate(FLOORS) for p in prefixes
             if name == p or (p != "kaodian" and name.startswith(p + "."))]
    if not found:
        raise AssertionError(f"{name} stands on no floor: add it to FLOORS in tests/test_architecture.py")
    return max(found)[1]


def test_every_module_stands_on_a_floor():
    for name in MODULES:
        _floor(name)


def test_no_import_runs_up_the_floors():
    up = [f"{a} -> {b}" for a, deps in GRAPH.items() for b in deps if _floor(b) > _floor(a)]
    assert not up, up


def _cycle() -> list[str] | None:
    """One import circle among the modules, or None (depth-first search)."""
    state: dict[str, int] = {}  # 1 on the path, 2 done
    path: list[str] = []

    def visit(m: str) -> list[str] | None:
        state[m] = 1
        path.append(m)
        for d in sorted(GRAPH[m]):
            if state.get(d) == 1:
                return path[path.index(d):] + [d]
            if d not in state and (found := visit(d)):
                return found
        path.pop()
        state[m] = 2
        return None

    for m in sorted(GRAPH):
        if m not in state and (found := visit(m)):
            return found
    return None


def test_no_import_circle():
    cycle = _cycle()
    assert cycle is None, " -> ".join(cycle)


def test_the_circle_check_finds_a_circle(monkeypatch):
    monkeypatch.setitem(GRAPH, "kaodian.model", GRAPH["kaodian.model"] | {"kaodian.bank"})
    assert _cycle() is not None


@pytest.mark.parametrize("path", sorted(MODULES.values()), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_source_file_and_its_functions_are_small(path):
    text = path.read_text(encoding="utf-8")
    assert len(text.splitlines()) <= MAX_FILE_LINES
    long = [
        f"{node.name} ({node.end_lineno - node.lineno + 1} lines, line {node.lineno})"
        for node in ast.walk(ast.parse(text))
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.end_lineno - node.lineno + 1 > MAX_FUNCTION_LINES
    ]
    assert not long, long


def test_the_public_api_the_package_advertises_is_there():
    import kaodian

    assert kaodian.__all__
    for name in kaodian.__all__:
        assert getattr(kaodian, name) is not None, name
    with pytest.raises(AttributeError):
        kaodian.no_such_name  # noqa: B018
    lecture = Path(__file__).parent / "data" / "short_party_lecture.txt"
    bank = kaodian.make_bank([str(lecture)], kaodian.settings(kinds="填空")).bank
    assert bank.questions and {q.kind for q in bank.questions} == {"cloze"}


def test_the_error_registry_lists_its_codes_in_order():
    """One registry of coded messages, read by a person looking a code up: each code after the one before."""
    from kaodian.errors import MESSAGES

    codes = list(MESSAGES)
    assert codes == sorted(codes), [b for a, b in zip(codes, codes[1:]) if b < a]
