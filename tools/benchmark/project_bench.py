#!/usr/bin/env python3
"""txscope's cross-unit benchmark: the txscope command over a generated
project with and without summaries across translation units, side by side
with run-clang-tidy and the plugin (tools/bench --project).

    project_bench.py --build BUILD_DIR --llvm N [--units U] [--jobs J]
                     [--shards S] [--repeat R] [--json FILE] [--keep]

Over a service layer of U translation units (default 200; project.py), each
round runs, one after the other, every command with -j J (default 2):
  (a) txscope --no-summaries      each unit alone, no cache (the old behaviour)
  (b) txscope, cold               summaries across units, the cache directory
                                  (<build>/.txscope) removed first
  (c) txscope, warm               the same again over the unchanged tree
  (d) run-clang-tidy-N -j J -load PLUGIN -checks=-*,txscope-*
  (e) sharded, docs/ci.md's two stages: S runs of txscope --shard I/S
      --write-summaries, then txscope merge-summaries, then S runs with
      --summaries (each shard a job of its own: its own cache directory,
      empty at stage 1 and kept for stage 2)
and records each command's wall time, CPU time (user + sys of the process
and every child it waited for), peak RSS of its largest process (wait4,
as GNU time reports) and of its whole process tree (sampled every 0.2 s),
and the 1-minute load average before and after. Prints a table with the
ratios b/a, c/a, a/d and b/d (medians over the rounds; goals of issue 14:
b/a <= 1.15, c/a <= 0.2, txscope -j J no slower than run-clang-tidy), the
planted bugs each run found (project.py's expected.json) and whether the
findings agree: (e)'s union and (c) must equal (b), and (a) must equal (d)
— a difference is printed as MISMATCH and makes the exit status 1. Timings
are never checked. Writes a JSON summary (default:
BUILD_DIR/bench-project-summary.json).
"""
import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import project  # noqa: E402

GOALS = {"b/a": 1.15, "c/a": 0.2, "a/d": 1.0, "b/d": 1.0}
PAGE_KIB = os.sysconf("SC_PAGE_SIZE") // 1024
WARNING_RE = re.compile(r"^(.+?):(\d+):(\d+): warning: (.*) \[(txscope-[\w-]+)\]$")
ANSI_RE = re.compile(r"\x1b\[[0-9;]*m")
# txscope --verbose: "N unit(s) analysed, M from the cache, K analysed again ..."
COUNTS_RE = re.compile(r"(\d+) unit\(s\) analysed, (\d+) from the cache, (\d+) analysed again")


def load1():
    return os.getloadavg()[0]


def tree_rss_kib(root):
    """The summed RSS (KiB) of \\p root and every process below it."""
    children = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open("/proc/%s/stat" % entry) as f:
                ppid = int(f.read().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(entry))
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        try:
            with open("/proc/%d/statm" % pid) as f:
                total += int(f.read().split()[1]) * PAGE_KIB
        except (OSError, IndexError, ValueError):
            pass
        stack.extend(children.get(pid, []))
    return total


class Measured:
    """One command's run: wall and CPU seconds, peak RSS, load, output."""

    def __init__(self, label, argv, cwd, work):
        self.label = label
        self.argv = argv
        base = os.path.join(work, re.sub(r"[^\w.-]+", "_", label))
        self.stdout_path, self.stderr_path = base + ".out", base + ".err"
        self.load_before = load1()
        peak = [0]
        with open(self.stdout_path, "w") as out, open(self.stderr_path, "w") as err:
            start = time.perf_counter()
            proc = subprocess.Popen(argv, cwd=cwd, stdout=out, stderr=err)
            done = threading.Event()

            def sample():
                while not done.wait(0.2):
                    peak[0] = max(peak[0], tree_rss_kib(proc.pid))

            sampler = threading.Thread(target=sample, daemon=True)
            sampler.start()
            _, status, usage = os.wait4(proc.pid, 0)
            self.wall = time.perf_counter() - start
            done.set()
            sampler.join()
            proc.returncode = os.waitstatus_to_exitcode(status)
        self.status = proc.returncode
        self.cpu = usage.ru_utime + usage.ru_stime
        self.max_rss_kib = usage.ru_maxrss
        self.tree_rss_kib = max(peak[0], self.max_rss_kib)
        self.load_after = load1()
        m = COUNTS_RE.search(self.text("stderr"))
        self.counts = tuple(int(x) for x in m.groups()) if m else None

    def text(self, which="stdout"):
        with open(self.stdout_path if which == "stdout" else self.stderr_path, errors="replace") as f:
            return f.read()

    def fail_unless(self, ok_statuses):
        if self.status not in ok_statuses:
            sys.exit("failed (%d): %s\n%s" % (self.status, " ".join(self.argv), self.text("stderr")[-3000:]))

    def as_json(self):
        return {"argv": self.argv, "status": self.status, "wall": self.wall, "cpu": self.cpu,
                "max_rss_kib": self.max_rss_kib, "tree_rss_kib": self.tree_rss_kib,
                "load_before": self.load_before, "load_after": self.load_after,
                "parsed_cached_again": self.counts}


class Group:
    """Several commands counted as one (the sharded run)."""

    def __init__(self, runs, critical):
        self.runs = runs
        self.wall = sum(r.wall for r in runs)
        self.critical = critical
        self.cpu = sum(r.cpu for r in runs)
        self.max_rss_kib = max(r.max_rss_kib for r in runs)
        self.tree_rss_kib = max(r.tree_rss_kib for r in runs)
        self.load_before = runs[0].load_before
        self.load_after = runs[-1].load_after
        counted = [r.counts for r in runs if r.counts]
        self.counts = tuple(sum(c[i] for c in counted) for i in range(3)) if counted else None

    def as_json(self):
        return {"wall": self.wall, "critical_path": self.critical, "cpu": self.cpu,
                "parsed_cached_again": self.counts,
                "max_rss_kib": self.max_rss_kib, "tree_rss_kib": self.tree_rss_kib,
                "runs": [r.as_json() for r in self.runs]}


class ProjectBench:
    def __init__(self, args):
        self.args = args
        built = os.path.join(args.build, "bin", "txscope")
        versioned = os.path.join(args.build, "lib", "txscope-%s.so" % args.llvm)
        plugin = versioned if os.path.exists(versioned) else os.path.join(args.build, "lib", "txscope.so")
        self.tidy = "/usr/lib/llvm-%s/bin/clang-tidy" % args.llvm
        self.runner = "/usr/bin/run-clang-tidy-%s" % args.llvm
        for path in (built, plugin, self.tidy, self.runner):
            if not os.path.exists(path):
                sys.exit("missing: %s" % path)
        self.work = tempfile.mkdtemp(prefix="txscope-project-bench-")
        # Copies, so that a rebuild during the long run changes nothing.
        os.makedirs(os.path.join(self.work, "bin"))
        self.txscope = shutil.copy2(built, os.path.join(self.work, "bin", "txscope"))
        self.plugin = shutil.copy2(plugin, os.path.join(self.work, "bin", os.path.basename(plugin)))
        self.built = (built, plugin)
        self.root = os.path.join(self.work, "project")
        self.db = os.path.join(self.root, "build")
        self.cache = os.path.join(self.db, ".txscope")
        self.logs = os.path.join(self.work, "logs")
        os.makedirs(self.logs)
        usage = subprocess.run([self.txscope, "--help"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                               text=True).stdout
        lacking = [flag for flag in ("--no-summaries", "--write-summaries", "--summaries", "--cache-dir")
                   if flag not in usage]
        if lacking:
            sys.exit("%s has no %s: this benchmark needs the command with summaries across units"
                     % (self.txscope, ", ".join(lacking)))
        runner_help = subprocess.run([self.runner, "-h"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                     text=True).stdout
        if "-load" not in runner_help:
            sys.exit("%s has no -load (LLVM 15 or later needed)" % self.runner)
        self.runner_quiet = ["-quiet"] + (["-hide-progress"] if "-hide-progress" in runner_help else [])

    def txscope_argv(self, output, *extra):
        return [self.txscope, "-p", self.db, "-j", str(self.args.jobs), "--root", self.root, "--format", "json",
                "-o", output, "--quiet", "--verbose"] + list(extra)

    def run(self, label, argv, ok=(0, 1), writes=None):
        """Runs \\p argv; fails unless its status is in \\p ok and it wrote
        \\p writes (txscope exits 1 with findings, and so does a crash)."""
        if writes and os.path.exists(writes):
            os.remove(writes)
        measured = Measured(label, argv, self.root, self.logs)
        if writes and not os.path.exists(writes):
            measured.fail_unless(())
        measured.fail_unless(ok)
        return measured

    def txscope_run(self, label, output, *extra):
        return self.run(label, self.txscope_argv(output, *extra), writes=output)

    def drop_cache(self):
        shutil.rmtree(self.cache, ignore_errors=True)

    def round(self, r):
        """One round of every command: {key: Measured or Group}, {key: findings}."""
        out = lambda name: os.path.join(self.logs, "r%d-%s.json" % (r, name))  # noqa: E731
        runs, findings = {}, {}
        self.drop_cache()
        runs["a"] = self.txscope_run("r%d-a-no-summaries" % r, out("a"), "--no-summaries")
        findings["a"] = json_findings(out("a"))
        self.drop_cache()
        runs["b"] = self.txscope_run("r%d-b-cold" % r, out("b"))
        findings["b"] = json_findings(out("b"))
        cached = os.path.isdir(self.cache) and any(os.scandir(self.cache))
        runs["c"] = self.txscope_run("r%d-c-warm" % r, out("c"))
        findings["c"] = json_findings(out("c"))
        runs["d"] = self.run("r%d-d-run-clang-tidy" % r, [
            self.runner, "-clang-tidy-binary", self.tidy, "-load", self.plugin, "-checks=-*,txscope-*",
            "-p", self.db, "-j", str(self.args.jobs)] + self.runner_quiet, ok=(0,))
        findings["d"] = text_findings(runs["d"].text(), self.root)

        shards, n = [], self.args.shards
        summaries = [os.path.join(self.logs, "r%d-summaries-%d.json" % (r, i)) for i in range(1, n + 1)]
        merged = os.path.join(self.logs, "r%d-summaries-all.json" % r)
        # docs/ci.md's two stages: each shard a job of its own, starting with
        # no cache and keeping its cache from stage 1 to stage 2.
        caches = [os.path.join(self.logs, "r%d-cache-%d" % (r, i)) for i in range(1, n + 1)]
        for i in range(1, n + 1):
            shutil.rmtree(caches[i - 1], ignore_errors=True)
            shards.append(self.txscope_run("r%d-e-write-%d" % (r, i), out("e-write-%d" % i), "--shard",
                                           "%d/%d" % (i, n), "--cache-dir", caches[i - 1],
                                           "--write-summaries", summaries[i - 1]))
        merge = self.run("r%d-e-merge" % r, [self.txscope, "merge-summaries"] + summaries + ["-o", merged],
                         ok=(0,), writes=merged)
        union = set()
        for i in range(1, n + 1):
            shards.append(self.txscope_run("r%d-e-read-%d" % (r, i), out("e-read-%d" % i), "--shard",
                                           "%d/%d" % (i, n), "--cache-dir", caches[i - 1], "--summaries", merged))
            union |= json_findings(out("e-read-%d" % i))
            shutil.rmtree(caches[i - 1], ignore_errors=True)
        critical = max(s.wall for s in shards[:n]) + merge.wall + max(s.wall for s in shards[n:])
        runs["e"] = Group(shards[:n] + [merge] + shards[n:], critical)
        findings["e"] = union
        self.drop_cache()
        return runs, findings, cached


def json_findings(path):
    """{(file, line, column, check, message)} of a txscope JSON report."""
    with open(path) as f:
        report = json.load(f)
    if report.get("failures") or report.get("configurationErrors"):
        sys.exit("%s: %s" % (path, json.dumps({k: report[k] for k in ("failures", "configurationErrors")})))
    return {(f["file"], f["line"], f["column"], f["check"], f["message"]) for f in report["findings"]}


def text_findings(text, root):
    """The same from clang-tidy's text output (paths made relative to \\p root)."""
    found = set()
    for line in ANSI_RE.sub("", text).splitlines():
        m = WARNING_RE.match(line)
        if m:
            path = os.path.relpath(m.group(1), root) if os.path.isabs(m.group(1)) else m.group(1)
            found.add((path, int(m.group(2)), int(m.group(3)), m.group(5), m.group(4)))
    return found


def planted(expected, found):
    """Per bug kind: how many of its planted bugs \\p found has a warning in;
    and the warnings in clean functions or outside any function listed."""
    per_kind = {}
    for bug in expected["bugs"]:
        hit = any(f[0] == bug["file"] and bug["first"] <= f[1] <= bug["last"] for f in found)
        kind = per_kind.setdefault(bug["kind"], {"planted": 0, "found": 0, "cross_unit": bug["cross_unit"]})
        kind["planted"] += 1
        kind["found"] += hit
    stray = sorted(f for f in found if not any(f[0] == b["file"] and b["first"] <= f[1] <= b["last"]
                                                for b in expected["bugs"]))
    return per_kind, stray


def median(values):
    return statistics.median(values) if values else None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--build", required=True)
    parser.add_argument("--llvm", required=True)
    parser.add_argument("--units", type=int, default=200)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--shards", type=int, default=3)
    parser.add_argument("--repeat", type=int, default=1, help="rounds (each runs every command once)")
    parser.add_argument("--json", default=None)
    parser.add_argument("--keep", action="store_true", help="keep the generated project and the logs")
    args = parser.parse_args()
    b = ProjectBench(args)
    expected = project.generate(b.root, args.units)
    j = args.jobs
    labels = {"a": "(a) txscope -j%d --no-summaries" % j,
              "b": "(b) txscope -j%d, cold cache" % j,
              "c": "(c) txscope -j%d, warm cache" % j,
              "d": "(d) run-clang-tidy-%s -j %d, plugin" % (args.llvm, j),
              "e": "(e) %d+%d shards + merge, sum" % (args.shards, args.shards)}
    print("== Summaries across units: %d generated units (%d planted bugs, %d only across units), "
          "LLVM %s, -j %d, %d core(s), load %.2f ==" % (
              args.units, len(expected["bugs"]), sum(x["cross_unit"] for x in expected["bugs"]), args.llvm, j,
              os.cpu_count(), load1()))
    print("project: %s\ncommand: %s\nplugin: %s (copies of both: %s)" % (b.root, b.built[0], b.built[1], b.work))
    tree = source_tree()
    print("source tree: %s; binaries built %s" % (tree, time.strftime(
        "%Y-%m-%d %H:%M:%S", time.localtime(os.path.getmtime(b.built[0])))))
    summary = {"llvm": args.llvm, "machine": machine(), "source_tree": tree, "units": args.units, "jobs": j,
               "shards": args.shards, "rounds": []}
    mismatches, all_runs, last_findings, stderr_notes = [], [], None, {}
    for r in range(1, args.repeat + 1):
        runs, findings, cached = b.round(r)
        all_runs.append(runs)
        last_findings = findings
        if not cached:
            print("!!! no cache under %s after the cold run: (c) is not a warm run" % b.cache)
        for key in ("b", "c"):
            stderr_notes[key] = runs[key].text("stderr").strip().splitlines()
        for x, y, why in (("e", "b", "the sharded run's union"), ("c", "b", "the warm run"),
                          ("a", "d", "txscope --no-summaries and run-clang-tidy")):
            if findings[x] != findings[y]:
                only_x, only_y = sorted(findings[x] - findings[y]), sorted(findings[y] - findings[x])
                mismatches.append({"round": r, "runs": x + "/" + y, "only_" + x: only_x, "only_" + y: only_y})
                print("\n" + "!" * 72)
                print("!!! MISMATCH (round %d): %s (%s) and (%s) differ: %d finding(s) only in (%s), "
                      "%d only in (%s)" % (r, why, x, y, len(only_x), x, len(only_y), y))
                for f in (only_x[:10] + only_y[:10]):
                    print("!!!   %s %s:%d:%d %s [%s]" % ("+" if f in findings[x] else "-", f[0], f[1], f[2],
                                                        f[4], f[3]))
                print("!" * 72 + "\n")
        summary["rounds"].append({k: v.as_json() for k, v in runs.items()})

    def med(key, attr):
        return median([getattr(runs[key], attr) for runs in all_runs])

    print("\n%-36s %9s %9s %11s %12s %9s %17s %14s" % (
        "run (median of %d)" % args.repeat, "wall s", "CPU s", "max RSS MiB", "tree RSS MiB", "findings",
        "units new/cache/again", "load before/after"))
    for key in "abcde":
        counts = all_runs[-1][key].counts
        print("%-36s %9.2f %9.2f %11.0f %12.0f %9d %17s %7.2f/%.2f" % (
            labels[key], med(key, "wall"), med(key, "cpu"), med(key, "max_rss_kib") / 1024,
            med(key, "tree_rss_kib") / 1024, len(last_findings[key]), "/".join(map(str, counts)) if counts else "-",
            all_runs[-1][key].load_before, all_runs[-1][key].load_after))
    print("%-36s %9.2f" % ("(e) critical path (max+merge+max)", median([runs["e"].critical for runs in all_runs])))
    print("    (max RSS: the largest process, as GNU time; tree RSS: the whole process tree, sampled;\n"
          "     units: parsed, taken from the cache, analysed again for later summaries (--verbose), last round)")

    print("\n%-6s %8s %8s %10s %10s  %s" % ("ratio", "wall", "CPU", "max RSS", "tree RSS", "goal (wall)"))
    ratios = {}
    for name in ("b/a", "c/a", "a/d", "b/d", "e/a"):
        x, y = name.split("/")
        ratios[name] = {attr: median([getattr(runs[x], attr) / getattr(runs[y], attr) for runs in all_runs])
                        for attr in ("wall", "cpu", "max_rss_kib", "tree_rss_kib")}
        goal = GOALS.get(name)
        verdict = ("<= %.2f: %s" % (goal, "met" if ratios[name]["wall"] <= goal else "NOT MET")) if goal else ""
        print("%-6s %8.3f %8.3f %10.3f %10.3f  %s" % (name, ratios[name]["wall"], ratios[name]["cpu"],
                                                    ratios[name]["max_rss_kib"], ratios[name]["tree_rss_kib"],
                                                    verdict))
    summary["ratios"] = ratios

    print("\nPlanted bugs found (a warning inside the function), last round:")
    kinds = [bug["kind"] for bug in expected["bugs"]]
    kinds = sorted(set(kinds), key=kinds.index)
    print("%-18s %6s %8s %s" % ("kind", "across", "planted", " ".join("%5s" % k for k in "abcde")))
    found = {key: planted(expected, last_findings[key]) for key in "abcde"}
    for kind in kinds:
        row = found["a"][0][kind]
        print("%-18s %6s %8d %s" % (kind, "yes" if row["cross_unit"] else "no", row["planted"],
                                    " ".join("%5d" % found[k][0][kind]["found"] for k in "abcde")))
    print("%-18s %6s %8s %s" % ("outside the bugs", "", "", " ".join("%5d" % len(found[k][1]) for k in "abcde")))
    for key in "abcde":
        for f in found[key][1][:5]:
            print("  (%s) outside any planted bug: %s:%d:%d %s [%s]" % (key, f[0], f[1], f[2], f[4], f[3]))
    summary["planted"] = {k: {"per_kind": v[0], "outside": [list(f) for f in v[1]]} for k, v in found.items()}

    print("\nWhat the command said on stderr (--verbose), last round:")
    for key in ("b", "c"):
        lines = stderr_notes.get(key, [])
        print("  (%s)%s" % (key, " (nothing)" if not lines else ""))
        for line in lines[:12]:
            print("      " + line)
        if len(lines) > 12:
            print("      ... %d more line(s)" % (len(lines) - 12))

    for run in all_runs[-1]["e"].runs:
        print("  %-18s %6.1f s  %s" % (run.label.split("-e-", 1)[1], run.wall, " ".join(
            run.text("stderr").strip().splitlines()[:2]) or "(nothing)"))

    summary["mismatches"] = mismatches
    out = args.json or os.path.join(args.build, "bench-project-summary.json")
    with open(out, "w") as f:
        json.dump(summary, f, indent=2)
    print("\nJSON summary: " + out)
    if args.keep:
        print("kept: %s" % b.work)
    else:
        shutil.rmtree(b.work, ignore_errors=True)
    if mismatches:
        print("MISMATCH: the findings differ (see above)")
        sys.exit(1)


def source_tree():
    """The commit of this checkout, and whether it has uncommitted changes."""
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    try:
        commit = subprocess.run(["git", "-C", root, "rev-parse", "--short", "HEAD"], stdout=subprocess.PIPE,
                                stderr=subprocess.DEVNULL, text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", root, "status", "--porcelain", "--untracked-files=no"],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return commit + (" + uncommitted changes" if dirty else "")


def machine():
    cpu = "unknown"
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next(line.split(":", 1)[1].strip() for line in f if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    return {"cpu": cpu, "cores": os.cpu_count()}


if __name__ == "__main__":
    main()
