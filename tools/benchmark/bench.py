#!/usr/bin/env python3
"""txscope's benchmark: what its checks cost beyond parsing, side by side.

    bench.py --build BUILD_DIR --llvm N [--repeat R] [--quick] [--json FILE]

1. Heavy units over real Debian headers: wall time of clang++ -fsyntax-only
   (the limit), clang-tidy with a no-op check (the baseline), with txscope, and with
   bugprone-use-after-move (the closest peer, also a CFG analysis); ratios
   against the baseline, and each check's own time (--enable-check-profile):
   txscope's two checks, task-outlives-transaction and
   concurrent-transaction-use, each in its own column, and the peer's.
2. Scaling: one function with N task starts in N/8 transactions, N doubling
   from 64 to 8192: each txscope check's own time per N and t(2N)/t(N), as
   CPU time (the least of nine runs or more, the sizes taking turns) and as
   median wall time.
3. One function of 10,000 statements: each check's own time.
4. Peak memory (max RSS) of clang-tidy with and without the check on the
   largest heavy unit and on the largest (one-function) scaling input.
Prints a table and writes a JSON summary.
"""
import argparse
import glob
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import inputs  # noqa: E402

# txscope's checks: clang-tidy profiles each one on its own.
CHECKS = ("txscope-task-outlives-transaction", "txscope-concurrent-transaction-use")
SHORT = {"txscope-task-outlives-transaction": "outlives", "txscope-concurrent-transaction-use": "concurrent"}
PEER = "bugprone-use-after-move"
# clang-tidy refuses to run with no check at all; this one only watches
# #include directives, so the baseline is parsing plus clang-tidy's own work.
BASELINE = "llvmlibc-restrict-system-libc-headers"


class Bench:
    def __init__(self, args):
        self.llvm = args.llvm
        self.plugin = os.path.join(args.build, "lib", "txscope.so")
        self.tidy = "/usr/lib/llvm-%s/bin/clang-tidy" % args.llvm
        self.clang = "/usr/lib/llvm-%s/bin/clang++" % args.llvm
        self.repeat = args.repeat
        self.work = tempfile.mkdtemp(prefix="txscope-bench-")

    def write(self, name, text):
        path = os.path.join(self.work, name + ".cpp")
        with open(path, "w") as f:
            f.write(text)
        return path

    def timed(self, argv):
        """Median wall time of \\p argv over the repeats (seconds)."""
        times = []
        for _ in range(self.repeat):
            start = time.perf_counter()
            done = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            times.append(time.perf_counter() - start)
            if done.returncode not in (0, 1):
                sys.exit("failed (%d): %s\n%s" % (done.returncode, " ".join(argv), done.stderr.decode()[-2000:]))
        return statistics.median(times)

    def tidy_argv(self, checks, path, flags, extra=()):
        argv = [self.tidy, "--quiet", "--checks=" + checks]
        if "txscope" in checks:
            argv.append("--load=" + self.plugin)
        return argv + list(extra) + [path, "--"] + flags

    def profiled(self, checks, names, path, flags, repeat):
        """The own (wall, CPU) seconds of each check in \\p names, from
        --enable-check-profile: one {name: (wall, cpu)} per run."""
        samples = []
        for _ in range(repeat):
            store = tempfile.mkdtemp(dir=self.work)
            subprocess.run(self.tidy_argv(checks, path, flags,
                                          ["--enable-check-profile", "--store-check-profile=" + store]),
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            times = {name: {"wall": 0.0, "user": 0.0, "sys": 0.0} for name in names}
            for result in glob.glob(os.path.join(store, "*.json")):
                with open(result) as f:
                    profile = json.load(f)["profile"]
                for name in names:
                    for kind in times[name]:
                        times[name][kind] += profile.get("time.clang-tidy.%s.%s" % (name, kind), 0.0)
            samples.append({name: (t["wall"], t["user"] + t["sys"]) for name, t in times.items()})
        return samples

    def check_time(self, checks, names, path, flags):
        """Each check's own wall time (median over the repeats, s): {name: s}."""
        runs = self.profiled(checks, names, path, flags, self.repeat)
        return {name: statistics.median(r[name][0] for r in runs) for name in names}

    def scaling_times(self, names, paths, flags):
        """Per input and check, its own CPU time (the least of max(9, repeats)
        runs) and its median wall time: {path: {name: (cpu, wall)}}. The
        inputs take turns, one run each per round, so that a spell of load
        on a shared machine slows every size alike instead of one; and other
        load only ever adds time."""
        runs = {path: [] for path in paths}
        for _ in range(max(9, self.repeat)):
            for path in paths:
                runs[path] += self.profiled("-*,txscope-*", names, path, flags, 1)
        return {path: {name: (min(x[name][1] for x in r), statistics.median(x[name][0] for x in r))
                       for name in names} for path, r in runs.items()}

    def peak_rss(self, argv):
        """Max RSS (KiB) of \\p argv, by GNU time (median over the repeats)."""
        samples = []
        for _ in range(self.repeat):
            done = subprocess.run(["/usr/bin/time", "-f", "%M"] + argv, stdout=subprocess.DEVNULL,
                                  stderr=subprocess.PIPE)
            samples.append(int(done.stderr.decode().strip().splitlines()[-1]))
        return int(statistics.median(samples))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--build", required=True)
    parser.add_argument("--llvm", required=True)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--copies", type=int, default=8, help="copies of each template in a heavy unit")
    parser.add_argument("--max-n", type=int, default=8192)
    parser.add_argument("--json", default=None)
    args = parser.parse_args()
    b = Bench(args)
    summary = {"llvm": args.llvm, "machine": machine(), "heavy": [], "scaling": [], "long_function": {},
               "memory": {}}

    print("== Heavy translation units (median of %d runs; wall seconds) ==" % b.repeat)
    print("%-20s %6s %9s %9s %9s %9s %8s %8s %10s %10s %10s %8s" % (
        "unit", "lines", "syntax", "tidy base", "+txscope", "+peer", "txs/base", "peer/base",
        "outlives s", "concurr. s", "peer s", "txs %"))
    for unit in inputs.HEAVY_UNITS:
        name, flags = unit[0], unit[1]
        text = inputs.heavy_unit(unit, args.copies)
        path = b.write(name, text)
        syntax = b.timed([b.clang, "-fsyntax-only", path] + flags)
        base = b.timed(b.tidy_argv("-*," + BASELINE, path, flags))
        ours = b.timed(b.tidy_argv("-*,txscope-*", path, flags))
        peer = b.timed(b.tidy_argv("-*," + PEER, path, flags))
        each = b.check_time("-*,txscope-*", CHECKS, path, flags)
        own = sum(each.values())
        peer_own = b.check_time("-*," + PEER, [PEER], path, flags)[PEER]
        # txscope_check: both checks together (their share of the run).
        row = {"unit": name, "lines": text.count("\n"), "syntax_only": syntax, "tidy_baseline": base,
               "tidy_txscope": ours, "tidy_peer": peer, "txscope_ratio": ours / base,
               "peer_ratio": peer / base, "txscope_check": own, "txscope_checks": each,
               "peer_check": peer_own, "txscope_check_percent": 100.0 * own / ours}
        summary["heavy"].append(row)
        print("%-20s %6d %9.3f %9.3f %9.3f %9.3f %8.3f %8.3f %10.4f %10.4f %10.4f %7.2f%%" % (
            name, row["lines"], syntax, base, ours, peer, row["txscope_ratio"], row["peer_ratio"],
            each[CHECKS[0]], each[CHECKS[1]], peer_own, row["txscope_check_percent"]))

    print("\n== Scaling: one function, N task starts in N/8 transactions (each check's own time) ==")
    print("%6s %8s %-10s %12s %10s %12s %10s" % ("N", "lines", "check", "CPU s (min)", "t(N)/t(N/2)",
                                               "wall s (med)", "t(N)/t(N/2)"))
    sizes, n = [], 64
    while n <= args.max_n:
        text = inputs.scaling_function(n)
        sizes.append((n, text.count("\n"), b.write("scaling_%d" % n, text)))
        n *= 2
    times = b.scaling_times(CHECKS, [path for _, _, path in sizes], inputs.STD_FLAGS)
    previous, largest = None, None
    for n, lines, path in sizes:
        # check/ratio/...: the first check's, as before the second existed;
        # checks: every check's.
        entry = {"n": n, "checks": {}}
        for name in CHECKS:
            cpu, wall = times[path][name]
            ratio = cpu / previous[name][0] if previous and previous[name][0] else None
            wall_ratio = wall / previous[name][1] if previous and previous[name][1] else None
            entry["checks"][name] = {"check": cpu, "ratio": ratio, "check_wall_median": wall,
                                     "wall_ratio": wall_ratio}
            print("%6d %8d %-10s %12.4f %10s %12.4f %10s" % (
                n, lines, SHORT[name], cpu, "%.2f" % ratio if ratio else "-", wall,
                "%.2f" % wall_ratio if wall_ratio else "-"))
        entry.update(entry["checks"][CHECKS[0]])
        summary["scaling"].append(entry)
        previous, largest = times[path], path

    text = inputs.long_function(10000)
    path = b.write("long_function", text)
    each = b.check_time("-*,txscope-*", CHECKS, path, inputs.STD_FLAGS)
    summary["long_function"] = {"statements": 10000, "check": each[CHECKS[0]], "checks": each}
    print("\n== One function of 10,000 statements: each check's own time: %s ==" % ", ".join(
        "%s %.1f ms" % (SHORT[name], each[name] * 1000) for name in CHECKS))

    # The largest realistic unit, and the largest (synthetic, one-function) input.
    heaviest = max(summary["heavy"], key=lambda r: r["lines"])
    heavy_unit = next(u for u in inputs.HEAVY_UNITS if u[0] == heaviest["unit"])
    for label, path, flags in (("heavy", os.path.join(b.work, heavy_unit[0] + ".cpp"), heavy_unit[1]),
                               ("scaling", largest, inputs.STD_FLAGS)):
        without = b.peak_rss(b.tidy_argv("-*," + BASELINE, path, flags))
        with_check = b.peak_rss(b.tidy_argv("-*,txscope-*", path, flags))
        summary["memory"][label] = {"input": os.path.basename(path), "without_kib": without,
                                    "with_kib": with_check,
                                    "growth_percent": 100.0 * (with_check - without) / without}
        print("%s peak memory on %s: %d KiB without, %d KiB with txscope's checks (%+.1f%%)" % (
            "\n==" if label == "heavy" else "==", os.path.basename(path), without, with_check,
            summary["memory"][label]["growth_percent"]))

    out = args.json or os.path.join(args.build, "bench-summary.json")
    with open(out, "w") as f:
        json.dump(summary, f, indent=2)
    print("\nJSON summary: " + out)


def machine():
    cpu = "unknown"
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next(l.split(":", 1)[1].strip() for l in f if l.startswith("model name"))
    except (OSError, StopIteration):
        pass
    return {"cpu": cpu, "cores": os.cpu_count()}


main()
