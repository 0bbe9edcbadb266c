#!/usr/bin/env python3
"""Whole-process benchmark of the nbsummary CLI: what a user waits for when they run it once.

Generates the issue's model (Conv2D / BatchNormalization / Activation blocks on 16x16x8 inputs) at several sizes,
runs the CLI as a fresh process several times per size and format (in rounds, each running every size and format
once, so that a burst of load on a shared machine does not fall on one cell alone), and prints the minimum and median wall time,
the CPU time, the marginal cost per layer ((t(n) - t(5)) / (n - 5), from the minima) and the peak resident memory
(from wait4's rusage, so it is the child's own peak). Sizes up to 10,000 are written one model.add per line; larger
ones use a for loop (the reader refuses sources over 2,000,000 characters).

    tests/NotebookSummary.Benchmarks/cold-process.py                 # publishes the native CLI, then measures
    tests/NotebookSummary.Benchmarks/cold-process.py --cli PATH      # measures a CLI you built (an apphost or a .dll)

Wall times depend on how busy the machine is: run it on a quiet machine and say how quiet it was (uptime).
"""
import argparse, os, statistics, subprocess, sys, tempfile, time

TARGET_MARGINAL_US = 3.0
TARGET_STARTUP_S = 0.120
TARGET_MEMORY_MB = lambda layers: 60 + layers / 1024

BLOCK = ["layers.Conv2D(8, 3, padding='same')", "layers.BatchNormalization()", "layers.Activation('relu')"]


def source(layers: int) -> str:
    head = "import keras\nfrom keras import layers\n\nmodel = keras.Sequential()\nmodel.add(keras.Input(shape=(16, 16, 8)))\n"
    if layers <= 10_000:
        body = "".join(f"model.add({BLOCK[i % 3]})\n" for i in range(layers))
    else:
        full, rest = divmod(layers, 3)
        body = f"for _ in range({full}):\n" + "".join(f"    model.add({b})\n" for b in BLOCK)
        body += "".join(f"model.add({BLOCK[i]})\n" for i in range(rest))
    return head + body + "model.summary()\n"


def publish(root: str, out: str) -> list[str]:
    # `dotnet publish` compiles the CLI ahead of time into a native program (PublishAot in its project); checked below,
    # because a build that quietly fell back to IL would measure the JIT's start-up instead.
    subprocess.run(["dotnet", "publish", os.path.join(root, "src", "NotebookSummary.Cli"), "-c", "Release", "-o", out,
                    "--nologo", "-v", "quiet"], check=True)
    program = os.path.join(out, "nbsummary")
    if os.path.exists(os.path.join(out, "nbsummary.dll")) or not is_native(program):
        sys.exit(f"{program} is not a native program: the figures would be the JIT's")
    return [program]


def is_native(path: str) -> bool:
    """True for an ELF or Mach-O executable (the native CLI), false for a managed apphost next to its .dll."""
    with open(path, "rb") as f:
        magic = f.read(4)
    return magic in (b"\x7fELF", b"\xcf\xfa\xed\xfe")


def run_once(command: list[str]) -> tuple[float, float, float]:
    start = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        sys.exit(f"{' '.join(command)} exited with {code}: {child.stderr.read().decode(errors='replace')}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cli", help="the CLI to measure (an executable, or a .dll run with dotnet)")
    parser.add_argument("--sizes", default="5,1000,10000,100000")
    parser.add_argument("--formats", default="text,keras2,json,html,svg,markdown,ascii")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    root = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
    sizes = [int(s) for s in args.sizes.split(",")]
    if sizes[0] != 5:
        sizes.insert(0, 5)

    with tempfile.TemporaryDirectory() as work:
        if args.cli:
            cli = ["dotnet", args.cli] if args.cli.endswith(".dll") else [args.cli]
        else:
            cli = publish(root, os.path.join(work, "cli"))
        files = {}
        for n in sizes:
            files[n] = os.path.join(work, f"model_{n}.py")
            with open(files[n], "w") as f:
                f.write(source(n))
        print(f"# {' '.join(cli)}; {args.runs} runs per cell; load average {os.getloadavg()[0]:.2f} at start")
        print("| format | layers | wall min | wall median | CPU min | marginal/layer | peak memory | targets |")
        print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
        formats = args.formats.split(",")
        cells = [(fmt, n) for fmt in formats for n in sizes]
        runs = {cell: [] for cell in cells}
        # Round by round, every cell once a round: a burst of load on a shared machine then falls on the start-up
        # runs and the large runs alike, instead of on whichever cell happened to be measured during it.
        for _ in range(args.runs):
            for fmt, n in cells:
                out = ["-o", os.path.join(work, "out")] if fmt in ("html", "svg") else []
                runs[fmt, n].append(run_once(cli + [files[n], "--format", fmt] + out))
        for fmt in formats:
            base = None
            for n in sizes:
                cell = runs[fmt, n]
                wall_min = min(r[0] for r in cell)
                wall_median = statistics.median(r[0] for r in cell)
                cpu_min = min(r[1] for r in cell)
                memory = max(r[2] for r in cell)
                misses = []
                if n == 5:
                    base = wall_min
                    marginal = "—"
                    if wall_min > TARGET_STARTUP_S:
                        misses.append(f"start-up > {TARGET_STARTUP_S * 1000:.0f} ms")
                else:
                    per_layer = (wall_min - base) / (n - 5) * 1e6
                    marginal = f"{per_layer:.1f} µs"
                    if per_layer > TARGET_MARGINAL_US:
                        misses.append(f"> {TARGET_MARGINAL_US:g} µs/layer")
                if memory > TARGET_MEMORY_MB(n):
                    misses.append(f"> {TARGET_MEMORY_MB(n):.0f} MB")
                print(f"| {fmt} | {n:,} | {wall_min:.3f} s | {wall_median:.3f} s | {cpu_min:.3f} s | {marginal} | "
                      f"{memory:.0f} MB | {'; '.join(misses) or 'met'} |", flush=True)
        print(f"# load average {os.getloadavg()[0]:.2f} at the end")


if __name__ == "__main__":
    main()
