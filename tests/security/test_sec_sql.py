"""No SQL built by string formatting anywhere in src/rasad: every statement is SQLAlchemy
Core or a constant string with bound parameters.

Checked on the syntax tree (not a regex): (1) the first argument of any execute(),
executemany(), executescript(), exec_driver_sql(), text() or op.execute() call must not be an
f-string, a `%` formatting, a `.format()` call or a concatenation with a non-constant; (2) no
f-string / `%` / `.format()` anywhere has SQL in its constant parts (a statement built into a
variable first is caught too).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src" / "rasad"
SQL_CALLS = {"execute", "executemany", "executescript", "exec_driver_sql", "text"}
SQL_WORDS = re.compile(r"\b(SELECT\b.*\bFROM|INSERT\s+INTO|UPDATE\b.*\bSET|DELETE\s+FROM|CREATE\s+(TABLE|INDEX|"
                       r"VIRTUAL|SCHEMA|TRIGGER|EXTENSION)|DROP\s+(TABLE|INDEX|SCHEMA)|ALTER\s+TABLE|PRAGMA\s+\w+\s*=|"
                       r"\bMATCH\b\s*[:?])", re.S | re.I)


def _formatted(node: ast.AST) -> bool:
    """Is this expression a string built by formatting (or concatenation with a non-constant)?"""
    if isinstance(node, ast.JoinedStr):
        return any(isinstance(v, ast.FormattedValue) for v in node.values)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod) and _is_str(node.left):
        return True
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return not (_constant(node.left) and _constant(node.right))
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
        return True
    return False


def _is_str(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str) or isinstance(node, ast.JoinedStr)


def _constant(node: ast.AST) -> bool:
    if isinstance(node, ast.Constant):
        return True
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _constant(node.left) and _constant(node.right)
    return False


def _literal_text(node: ast.AST) -> str:
    if isinstance(node, ast.JoinedStr):
        return " ".join(v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str))
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod) and isinstance(node.left, ast.Constant):
        return str(node.left.value)
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format"
            and isinstance(node.func.value, ast.Constant)):
        return str(node.func.value.value)
    return ""


def _name(func: ast.AST) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def findings(tree: ast.AST, path: str) -> list[str]:
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _name(node.func) in SQL_CALLS and node.args and _formatted(node.args[0]):
            out.append(f"{path}:{node.lineno}: {_name(node.func)}() with a formatted string")
        elif _formatted(node) and SQL_WORDS.search(_literal_text(node)):
            out.append(f"{path}:{node.lineno}: SQL built by string formatting")
    return out


def test_no_sql_built_by_string_formatting_in_src() -> None:
    files = sorted(SRC.rglob("*.py"))
    assert len(files) > 30
    bad: list[str] = []
    for p in files:
        bad += findings(ast.parse(p.read_text(encoding="utf-8"), str(p)), str(p.relative_to(SRC.parent)))
    assert bad == [], "\n".join(bad)


def test_the_checker_catches_each_pattern() -> None:
    """The check itself must fail on formatted SQL (else the test above proves nothing)."""
    cases = [
        'conn.execute(text(f"SELECT * FROM t WHERE a = {x}"))',
        'cur.execute("SELECT * FROM t WHERE a = %s" % x)',
        'cur.execute("DELETE FROM t WHERE a = {}".format(x))',
        'cur.execute("SELECT * FROM t WHERE a = " + x)',
        'q = f"UPDATE events SET n = {n}"\nconn.execute(text(q))',
        'engine.exec_driver_sql(f"PRAGMA user_version = {v}")',
    ]
    for src in cases:
        assert findings(ast.parse(src), "case"), src
    ok = ['conn.execute(text("SELECT rowid FROM t WHERE t MATCH :q"), {"q": q})',
          'conn.execute(select(T).where(T.c.id == x))', 'log(f"selected {n} rows from the file")']
    for src in ok:
        assert not findings(ast.parse(src), "case"), src
