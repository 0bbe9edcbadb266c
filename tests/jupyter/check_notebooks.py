#!/usr/bin/env python3
"""Checks notebooks executed by real Jupyter (run-notebooks): no cell failed except those that fail on purpose,
the first code cell loaded the package, and the cells show what their text promises. Expected values are Keras's:
the conformance cases' Keras 3 prints (tests/NotebookSummary.Tests/TestData/conformance) and the seeds' arithmetic."""
import datetime
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
CONFORMANCE = ROOT / "tests" / "NotebookSummary.Tests" / "TestData" / "conformance"


def keras3_print(case, model_name="sequential"):
    text = (CONFORMANCE / case / "keras3_summary.txt").read_text(encoding="utf-8")
    return text.replace('Model: "sequential"', f'Model: "{model_name}"', 1)


# Per notebook: (a marker in a code cell's source, what its text/plain output must be or contain).
EQUALS, CONTAINS = "equals", "contains"
PROMISES = {
    "01-getting-started.ipynb": [
        # Keras's "Simple MNIST convnet" as Keras 3 prints it (case 0033).
        ("var model = new Sequential", EQUALS, keras3_print("0033")),
        # conv2d_1: (3·3·32 + 1)·64 = 18,496 parameters (case 0033).
        ("summary.Rows[2]", CONTAINS, "(3·3·32 + 1)·64 = 18,496"),
        ("model.View(SummaryFormat.Json)", CONTAINS, '"total_params": 34826'),
    ],
    "02-parameter-formulas.ipynb": [
        ("var basic = new Sequential", CONTAINS, "(4 + 1)·7 = 35"),              # seed 001 §1
        ("var lstm = new Sequential", CONTAINS, "4·((13 + 17)·17 + 17) = 2,108"),  # seed 002's LSTM
        ("var conv1d = new Sequential", CONTAINS, "(5·103 + 1)·13 = 6,708"),     # seed 002: 13 * (5*103 + 1)
    ],
    "03-keras-cells.ipynb": [
        # Seed 001 In [2], Keras 3 syntax: case 0005.
        ("model = Sequential() # 顺序模型", EQUALS, keras3_print("0005")),
        ("assert(22 * 22 * 19 == 9197)", CONTAINS, "warning: assertion fails: 22 * 22 * 19 == 9197"),
    ],
    "04-drawing.ipynb": [
        ("vgg16.View(SummaryFormat.Text)", EQUALS, keras3_print("0026", "vgg16")),
        ("alexnet", CONTAINS, "37,752,832"),  # dense: (9216 + 1)·4096 (case 0020)
    ],
}

# Cells that fail on purpose: (notebook, marker) → what the error must say, line and caret as the user counts.
FAILS_ON_PURPOSE = {
    ("03-keras-cells.ipynb", 'layers.Conv2d(32, kernel_size=(3, 3), activation="relu"),'): [
        "unknown layer 'Conv2d'", "did you mean 'Conv2D'?",
        ' 7 |     layers.Conv2d(32, kernel_size=(3, 3), activation="relu"),',  # line 1 is #!summary
    ],
}


def texts(cell, mime="text/plain"):
    out = []
    for o in cell.get("outputs", []):
        if o["output_type"] in ("display_data", "execute_result") and mime in o["data"]:
            value = o["data"][mime]
            out.append("".join(value) if isinstance(value, list) else value)
        elif o["output_type"] == "stream" and mime == "text/plain":
            out.append("".join(o["text"]))
    return out


def errors(cell):
    return [f'{o.get("ename", "")}: {o.get("evalue", "")}' for o in cell.get("outputs", []) if o["output_type"] == "error"]


def check(path):
    problems = []
    cells = [c for c in json.loads(path.read_text(encoding="utf-8"))["cells"] if c["cell_type"] == "code"]
    source = ["".join(c["source"]) for c in cells]

    def find(marker):
        # A cell that is the marker itself, else the first that contains it.
        found = [c for c, s in zip(cells, source) if s.strip() == marker] or [c for c, s in zip(cells, source) if marker in s]
        if not found:
            problems.append(f"no code cell contains {marker!r}")
        return found[0] if found else None

    if not any(t.startswith("NotebookSummary ") and " loaded: " in t for t in texts(cells[0])):
        problems.append(f"the first code cell did not load the package: {texts(cells[0]) + errors(cells[0])}")

    on_purpose = {id(find(m)): needed for (nb, m), needed in FAILS_ON_PURPOSE.items() if nb == path.name}
    for cell, src in zip(cells, source):
        failure = errors(cell) + [t for t in texts(cell) if "error CS" in t]
        needed = on_purpose.get(id(cell))
        if needed is None and failure:
            problems.append(f"cell {src.splitlines()[0]!r} failed: {failure}")
        elif needed is not None:
            message = "\n".join(errors(cell))
            problems += [f"cell {src.splitlines()[0]!r} should fail with {n!r}, got {message!r}" for n in needed if n not in message]

    for marker, how, expected in PROMISES.get(path.name, []):
        cell = find(marker)
        if cell is None:
            continue
        shown = texts(cell)
        ok = expected in shown if how == EQUALS else any(expected in t for t in shown)
        if not ok:
            problems.append(f"cell with {marker!r} does not show what it promises ({how} {expected[:80]!r}); shows {[t[:200] for t in shown]}")
    return problems


def seconds(cell):
    """How long the kernel took to run the cell, from nbclient's timing metadata (None without it)."""
    timing = cell.get("metadata", {}).get("execution", {})
    start, end = timing.get("iopub.execute_input"), timing.get("shell.execute_reply")
    if not start or not end:
        return None
    parse = lambda t: datetime.datetime.fromisoformat(t.replace("Z", "+00:00"))
    return (parse(end) - parse(start)).total_seconds()


def timings(path):
    """What a user waits for in a fresh kernel: the load cell, then the first cell of each kind. Reported, not checked:
    a shared machine is 2-5x slower when busy (the figures are for docs/benchmarks.md)."""
    cells = [c for c in json.loads(path.read_text(encoding="utf-8"))["cells"] if c["cell_type"] == "code"]
    firsts = [("load", cells[0])]
    summary = next((c for c in cells if "".join(c["source"]).startswith("#!summary")), None)
    if summary is not None:
        firsts.append(("first #!summary cell", summary))
    csharp = next((c for c in cells[1:] if not "".join(c["source"]).startswith("#!")), None)
    if csharp is not None:
        firsts.append(("first C# cell", csharp))
    shown = [f"{what} {seconds(cell):.3f} s" for what, cell in firsts if seconds(cell) is not None]
    return ", ".join(shown) if shown else "no timing recorded"


def main(folder):
    executed = sorted(pathlib.Path(folder).glob("*.ipynb"))
    expected = sorted(p.name for p in (ROOT / "notebooks").glob("*.ipynb"))
    failed = sorted(set(expected) - {p.name for p in executed})
    for name in failed:
        print(f"jupyter: {name} was not executed")
    for path in executed:
        problems = check(path)
        for p in problems:
            print(f"jupyter: {path.name}: {p}")
        print(f"jupyter: {path.name}: {'ok' if not problems else f'{len(problems)} problem(s)'} ({timings(path)})")
        failed += [path.name] if problems else []
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
