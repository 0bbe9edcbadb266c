#!/usr/bin/env python3
"""Whole-process benchmark of the nbsummary CLI: what a user waits for when they run it once.

Generates the issue's model (Conv2D / BatchNormalization / Activation blocks on 16x16x8 inputs) at several sizes,
runs the CLI as a fresh process several times per size and format, and prints the minimum and median wall time,
the CPU time, the marginal cost per layer ((t(n) - t(5)) / (n - 5), from the minima) and the peak resident memory
(from wait4's rusage, so it is the child's own peak). Sizes up to 10,000 are written one model.add per line; larger
ones use a for loop (the reader refuses sources over 2,000,000 characters).

    tests/NotebookSummary.Benchmarks/cold-process.py                 # publishes the CLI, then measures
    tests/NotebookSummary.Benchmarks/cold-process.py --cli PATH      # measures a CLI you built (an apphost or a .dll)

Wall times depend on how busy the machine is: run it on a quiet machine and say how quiet it was (uptime).
"""
import argparse, os, statistics, struct, subprocess, sys, tempfile, time

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
    # `dotnet publish` precompiles the code for this machine's runtime (ReadyToRun); checked below, because an MSBuild
    # condition evaluated before the runtime identifier is known once turned it off without a sound.
    subprocess.run(["dotnet", "publish", os.path.join(root, "src", "NotebookSummary.Cli"), "-c", "Release", "-o", out,
                    "--use-current-runtime", "--self-contained", "false", "--nologo", "-v", "quiet"], check=True)
    for dll in ("nbsummary.dll", "NotebookSummary.dll"):
        if not is_ready_to_run(os.path.join(out, dll)):
            sys.exit(f"{dll} was published without ReadyToRun code: the start-up figures would be the JIT's")
    return [os.path.join(out, "nbsummary")]


def is_ready_to_run(path: str) -> bool:
    """True when the assembly's CLI header points at a ReadyToRun (managed native) header."""
    with open(path, "rb") as f:
        image = f.read()
    pe = struct.unpack_from("<I", image, 0x3C)[0]
    sections = struct.unpack_from("<H", image, pe + 6)[0]
    optional_size = struct.unpack_from("<H", image, pe + 20)[0]
    optional = pe + 24
    data_directories = optional + (96 if struct.unpack_from("<H", image, optional)[0] == 0x10B else 112)
    cli_rva = struct.unpack_from("<I", image, data_directories + 14 * 8)[0]

    def offset(rva: int) -> int:
        table = optional + optional_size
        for i in range(sections):
            virtual_size, virtual_address, _, raw_pointer = struct.unpack_from("<IIII", image, table + i * 40 + 8)
            if virtual_address <= rva < virtual_address + virtual_size:
                return rva - virtual_address + raw_pointer
        raise ValueError(f"RVA {rva:#x} is in no section of {path}")

    native_header_size = struct.unpack_from("<I", image, offset(cli_rva) + 64 + 4)[0]
    return native_header_size > 0


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
        for fmt in args.formats.split(","):
            base = None
            for n in sizes:
                out = ["-o", os.path.join(work, "out")] if fmt in ("html", "svg") else []
                runs = [run_once(cli + [files[n], "--format", fmt] + out) for _ in range(args.runs)]
                wall_min = min(r[0] for r in runs)
                wall_median = statistics.median(r[0] for r in runs)
                cpu_min = min(r[1] for r in runs)
                memory = max(r[2] for r in runs)
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
