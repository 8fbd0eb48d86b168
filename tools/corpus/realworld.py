#!/usr/bin/env python3
"""txscope over real code: Debian source packages and library headers.

    realworld.py --txscope BIN [--work DIR] [--projects a,b] [--no-projects]
                 [--no-headers] [--no-fetch] [--no-rules] [-j N] [--timeout S]

1. Fetches each project of corpus/projects.py with `apt-get source`, using
   a deb-src list of its own under WORK/apt (the system's apt configuration
   is not touched); when a file of the source package is missing on the
   mirror, only the upstream tarball (`--tar-only`) is fetched and unpacked.
2. Makes a compilation database per project (CMake, else corpus/compdb.py)
   and one for the header corpus (corpus/headers.py).
3. Runs txscope on every translation unit in its own process, with a
   per-unit timeout, two at a time, in two passes (SPEC §6: the first
   gathers every unit's summaries, the second checks each unit with all of
   them, taking from the cache what cannot have changed): a unit is "compile error" when txscope
   reports it could not be analysed (exit 3), "crash" when txscope dies
   (a signal, an exit status outside 0-3, or a crash report on stderr),
   "hang" when it outlives the timeout.
   Both checks run (txscope-task-outlives-transaction and
   txscope-concurrent-transaction-use); findings are counted per check.
4. Prints a table, writes WORK/summary.json and, per project,
   WORK/results/NAME/findings.txt (file:line:col: message, with notes) and
   findings.json, units.json (every unit's outcome) and stderr of the units
   that crashed or hung.

A project with a rule pack of its own, corpus/rules/NAME.yaml (its
transaction wrappers, as a user would describe them, SPEC section 5), is
analysed with it: txscope gets it through each check's option RuleFiles
in --config, and the summary records it ("rule_file"). --no-rules leaves the
packs out (built-in packs only).
"""
import argparse
import concurrent.futures
import glob
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import compdb  # noqa: E402
import headers  # noqa: E402
from projects import PROJECTS  # noqa: E402

REPO = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
MIRROR = os.environ.get("TXSCOPE_DEBIAN_MIRROR", "http://deb.debian.org/debian")
SUITE = os.environ.get("TXSCOPE_DEBIAN_SUITE", "bookworm")
CRASH_SIGNS = ("PLEASE submit a bug report", "Stack dump:", "Segmentation fault",
               "Assertion `", "terminate called", "LLVM ERROR", "UNREACHABLE executed")
RULES_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "rules")
CHECKS = ("txscope-task-outlives-transaction", "txscope-concurrent-transaction-use")


def config(rule_file=None):
    """The --config YAML: only txscope's checks run, whatever .clang-tidy files
    the projects ship, with \\p rule_file (absolute) as each one's RuleFiles."""
    text = "{Checks: '-*,%s'" % ",".join(CHECKS)
    if rule_file:
        quoted = "'" + rule_file.replace("'", "''") + "'"
        text += ", CheckOptions: [%s]" % ", ".join(
            "{key: %s.RuleFiles, value: %s}" % (check, quoted) for check in CHECKS)
    return text + "}"


def rule_file_of(name):
    """corpus/rules/NAME.yaml when the project has a rule pack, else None."""
    path = os.path.join(RULES_DIR, name + ".yaml")
    return path if os.path.isfile(path) else None


def log(message):
    print("realworld: " + message, file=sys.stderr, flush=True)


class Apt:
    """apt-get with a deb-src list, package lists and cache of its own."""

    def __init__(self, work):
        self.dir = os.path.join(work, "apt")
        for sub in ("lists/partial", "cache/archives/partial"):
            os.makedirs(os.path.join(self.dir, sub), exist_ok=True)
        self.sources = os.path.join(self.dir, "sources.list")
        with open(self.sources, "w") as f:
            f.write("deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] %s %s main\n"
                    % (MIRROR, SUITE))
        self.options = ["-o", "Dir::Etc::SourceList=" + self.sources,
                        "-o", "Dir::Etc::SourceParts=/dev/null",
                        "-o", "Dir::State::Lists=" + os.path.join(self.dir, "lists"),
                        "-o", "Dir::Cache=" + os.path.join(self.dir, "cache"),
                        # The download directory is not the _apt user's.
                        "-o", "APT::Sandbox::User=root"]

    def run(self, argv, cwd=None):
        return subprocess.run(["apt-get"] + self.options + argv, cwd=cwd, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, text=True)

    def update(self):
        done = self.run(["update", "-qq"])
        if done.returncode != 0:
            log("apt-get update failed:\n" + done.stdout)
            sys.exit(2)

    def version(self, package):
        done = subprocess.run(["apt-cache"] + self.options + ["showsrc", package], stdout=subprocess.PIPE,
                              stderr=subprocess.DEVNULL, text=True)
        match = re.search(r"^Version: (\S+)", done.stdout, re.M)
        return match.group(1) if match else None

    def source(self, package, dest):
        """Unpacks \\p package into a directory under \\p dest; returns it, or
        None with the reason logged."""
        os.makedirs(dest, exist_ok=True)
        done = self.run(["source", "-qq", package], cwd=dest)
        if done.returncode != 0:
            # Some mirrors lack the Debian part; the upstream tarball is enough.
            for name in os.listdir(dest):
                if os.path.isdir(os.path.join(dest, name)):
                    shutil.rmtree(os.path.join(dest, name))
            done = self.run(["source", "-qq", "--tar-only", "--download-only", package], cwd=dest)
            tars = sorted(glob.glob(os.path.join(dest, "*.orig.tar.*")))
            tars = [t for t in tars if not t.endswith(".asc")]
            if done.returncode != 0 or not tars:
                log("%s: apt-get source failed:\n%s" % (package, done.stdout.strip()))
                return None
            for tar in tars:
                subprocess.run(["tar", "-xf", tar, "-C", dest], check=True)
        dirs = [os.path.join(dest, d) for d in sorted(os.listdir(dest)) if os.path.isdir(os.path.join(dest, d))]
        if len(dirs) != 1:
            log("%s: expected one unpacked directory, found %s" % (package, dirs))
            return None
        return dirs[0]


def fetch(apt, project, work, refetch):
    """The unpacked source tree of \\p project (fetched unless present)."""
    dest = os.path.join(work, "src", project["name"])
    marker = os.path.join(dest, ".unpacked")
    if os.path.exists(marker) and not refetch:
        with open(marker) as f:
            return f.read().strip()
    if os.path.exists(dest):
        shutil.rmtree(dest)
    root = apt.source(project["name"], dest)
    if root:
        with open(marker, "w") as f:
            f.write(root)
    return root


def database(project, root, out_dir):
    """Writes out_dir/compile_commands.json; returns how it was made."""
    if project.get("method") == "cmake":
        count = compdb.from_cmake(root, project, out_dir, os.path.join(out_dir, "cmake.log"))
        if count:
            return "cmake"
        log("%s: CMake configure failed (see %s), using a generic database"
            % (project["name"], os.path.join(out_dir, "cmake.log")))
    count, shims = compdb.generic(root, project, out_dir)
    return "generic (%d stand-in headers)" % shims


def run_unit(txscope, db_dir, root, source, timeout, scratch, summaries, rule_file=None):
    """Runs txscope on one unit; returns its outcome. summaries: ("write",
    FILE) gathers the unit's summaries into FILE, ("read", FILE) checks it
    with every unit's; the cache under scratch keeps what did not change."""
    stem = re.sub(r"[^A-Za-z0-9]+", "_", os.path.relpath(source, root))[-150:]
    report = os.path.join(scratch, stem + ".json")
    argv = [txscope, "-p", db_dir, "--format", "json", "-o", report, "--keep-going", "-j", "1",
            "--root", root, "--config", config(rule_file), "--cache-dir", os.path.join(scratch, "cache"),
            "--write-summaries" if summaries[0] == "write" else "--summaries", summaries[1], source]
    start = time.monotonic()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            errors="replace", start_new_session=True)
    try:
        _, stderr = proc.communicate(timeout=timeout)
        hung = False
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        _, stderr = proc.communicate()
        hung = True
    outcome = {"file": os.path.relpath(source, root), "seconds": round(time.monotonic() - start, 2),
               "exit": proc.returncode, "findings": [], "errors": []}
    if hung:
        outcome["status"] = "hang"
    elif proc.returncode < 0 or proc.returncode not in (0, 1, 3) or any(s in stderr for s in CRASH_SIGNS):
        outcome["status"] = "crash"
    else:
        try:
            with open(report) as f:
                data = json.load(f)
        except (OSError, ValueError):
            data = None
        if data is None:
            outcome["status"] = "crash"
        else:
            outcome["findings"] = data.get("findings", [])
            outcome["errors"] = [x.get("error", "") for x in data.get("failures", [])]
            outcome["status"] = "compile-error" if outcome["errors"] else "ok"
    if outcome["status"] in ("crash", "hang"):
        outcome["stderr"] = stderr[-20000:]
    return outcome


def analyse(txscope, name, db_dir, root, results_dir, jobs, timeout, rule_file=None):
    """Runs every unit of db_dir's database; returns the outcomes."""
    with open(os.path.join(db_dir, "compile_commands.json")) as f:
        files = sorted({os.path.abspath(os.path.join(e["directory"], e["file"])) for e in json.load(f)})
    scratch = os.path.join(results_dir, "reports")
    if os.path.exists(scratch):
        shutil.rmtree(scratch)
    os.makedirs(scratch)
    # Two passes, as the two-stage CI recipe of docs/ci.md: each unit's
    # summaries, merged; then each unit checked with all of them (a unit
    # whose result cannot change comes from the cache, unparsed).
    parts = {f: os.path.join(scratch, "part-%d.json" % i) for i, f in enumerate(files)}
    gathered = run_all(name + " 1/2", files, lambda f: run_unit(
        txscope, db_dir, root, f, timeout, scratch, ("write", parts[f]), rule_file), jobs)
    merged = os.path.join(scratch, "summaries.json")
    written = [parts[f] for f in files if os.path.exists(parts[f])]
    subprocess.run([txscope, "merge-summaries"] + written + ["-o", merged], check=True)
    checked = run_all(name + " 2/2", files, lambda f: run_unit(
        txscope, db_dir, root, f, timeout, scratch, ("read", merged), rule_file), jobs)
    # A unit that crashed or hung while gathering says so, whatever followed.
    failed = {o["file"]: o for o in gathered if o["status"] in ("crash", "hang")}
    return sorted((failed.get(o["file"], o) for o in checked), key=lambda o: o["file"])


def run_all(name, files, run, jobs):
    """run(file) for every file, jobs at a time; returns the outcomes."""
    outcomes = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        futures = [pool.submit(run, f) for f in files]
        for i, future in enumerate(concurrent.futures.as_completed(futures), 1):
            outcome = future.result()
            outcomes.append(outcome)
            if outcome["status"] in ("crash", "hang"):
                log("%s: %s on %s" % (name, outcome["status"].upper(), outcome["file"]))
            if sys.stderr.isatty():
                print("\r\033[K[%s %d/%d] %s" % (name, i, len(files), outcome["file"]), end="",
                      file=sys.stderr, flush=True)
    if sys.stderr.isatty():
        print("\r\033[K", end="", file=sys.stderr)
    return outcomes


def write_results(name, outcomes, results_dir):
    """Writes findings.txt/.json, units.json and crash reports; returns the
    deduplicated findings (a header's finding is seen from many units)."""
    findings, seen = [], set()
    for outcome in outcomes:
        for f in outcome["findings"]:
            key = (f.get("check"), f["file"], f["line"], f["column"], f["message"])
            if key not in seen:
                seen.add(key)
                findings.append(dict(f, unit=outcome["file"]))
    findings.sort(key=lambda f: (f["file"], f["line"], f["column"]))
    with open(os.path.join(results_dir, "findings.json"), "w") as f:
        json.dump(findings, f, indent=1)
    with open(os.path.join(results_dir, "findings.txt"), "w") as f:
        for finding in findings:
            f.write("%s:%d:%d: %s [%s]\n" % (finding["file"], finding["line"], finding["column"], finding["message"],
                                              finding.get("check", "?")))
            for note in finding["notes"]:
                f.write("    %s:%d:%d: note: %s\n" % (note["file"], note["line"], note["column"], note["message"]))
    with open(os.path.join(results_dir, "units.json"), "w") as f:
        json.dump([{k: v for k, v in o.items() if k != "findings"} for o in outcomes], f, indent=1)
    for outcome in outcomes:
        if outcome["status"] in ("crash", "hang"):
            stem = re.sub(r"[^A-Za-z0-9]+", "_", outcome["file"])
            path = os.path.join(results_dir, "%s-%s.txt" % (outcome["status"], stem))
            with open(path, "w") as f:
                f.write(outcome.get("stderr", ""))
    return findings


def summarise(name, version, method, outcomes, findings, seconds):
    def count(status):
        return sum(1 for o in outcomes if o["status"] == status)

    slowest = max(outcomes, key=lambda o: o["seconds"]) if outcomes else None
    return {"project": name, "version": version, "database": method, "units": len(outcomes),
            "compile_errors": count("compile-error"), "crashes": count("crash"), "hangs": count("hang"),
            "findings": len(findings),
            "findings_per_check": {check: sum(1 for f in findings if f.get("check") == check) for check in CHECKS},
            "seconds": round(seconds, 1),
            "slowest_unit": {"file": slowest["file"], "seconds": slowest["seconds"]} if slowest else None,
            "crashed_units": [o["file"] for o in outcomes if o["status"] == "crash"],
            "hung_units": [o["file"] for o in outcomes if o["status"] == "hang"]}


def table(rows):
    def per_check(row, check):
        # "-": a row of an earlier run, from before findings were counted per check.
        counts = row.get("findings_per_check")
        return counts.get(check, 0) if counts is not None else "-"

    def total_of(check):
        return sum(r["findings_per_check"].get(check, 0) for r in rows if r.get("findings_per_check") is not None)

    head = ["project", "version", "rule file", "TUs", "compile-error TUs", "crashes", "hangs", "findings",
            "task-outlives", "concurrent-use", "time (s)"]
    body = [[r["project"], r["version"] or "-", os.path.basename(r.get("rule_file") or "") or "-", r["units"],
             r["compile_errors"], r["crashes"], r["hangs"], r["findings"], per_check(r, CHECKS[0]),
             per_check(r, CHECKS[1]), r["seconds"]] for r in rows]
    total = ["total", "", "", sum(r["units"] for r in rows), sum(r["compile_errors"] for r in rows),
             sum(r["crashes"] for r in rows), sum(r["hangs"] for r in rows), sum(r["findings"] for r in rows),
             total_of(CHECKS[0]), total_of(CHECKS[1]), round(sum(r["seconds"] for r in rows), 1)]
    widths = [max(len(str(x)) for x in col) for col in zip(head, *body, total)]
    lines = ["| " + " | ".join(str(x).ljust(w) for x, w in zip(row, widths)) + " |"
             for row in [head, ["-" * w for w in widths]] + body + [total]]
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--txscope", required=True, help="the txscope binary")
    parser.add_argument("--work", default=os.path.join(REPO, "build", "realworld"))
    parser.add_argument("--projects", help="comma-separated project names (default: all)")
    parser.add_argument("--no-projects", action="store_true", help="only the header corpus")
    parser.add_argument("--no-headers", action="store_true", help="skip the header corpus")
    parser.add_argument("--no-fetch", action="store_true", help="use the sources fetched before")
    parser.add_argument("--refetch", action="store_true", help="fetch the sources again")
    parser.add_argument("--no-rules", action="store_true",
                        help="do not use the projects' rule packs (corpus/rules/NAME.yaml)")
    parser.add_argument("-j", "--jobs", type=int, default=2, help="units analysed at once (default 2)")
    parser.add_argument("--timeout", type=int, default=300, help="seconds per unit before it counts as a hang")
    args = parser.parse_args()

    start = time.monotonic()
    work = os.path.abspath(args.work)
    os.makedirs(work, exist_ok=True)
    # A copy, so that a rebuild of the tree during the run does not swap it.
    txscope = os.path.join(work, "txscope")
    shutil.copy2(args.txscope, txscope)

    selected = PROJECTS
    if args.projects:
        names = args.projects.split(",")
        unknown = set(names) - {p["name"] for p in PROJECTS}
        if unknown:
            log("unknown project(s): %s (known: %s)"
                % (", ".join(sorted(unknown)), ", ".join(p["name"] for p in PROJECTS)))
            sys.exit(2)
        selected = [p for p in PROJECTS if p["name"] in names]
    if args.no_projects:
        selected = []

    rows = []
    apt = Apt(work)
    if selected and not args.no_fetch:
        log("apt-get update (deb-src %s %s, lists in %s)" % (MIRROR, SUITE, apt.dir))
        apt.update()
    for project in selected:
        name = project["name"]
        t0 = time.monotonic()
        version = apt.version(name)
        if not args.no_fetch:
            root = fetch(apt, project, work, args.refetch)
        else:
            marker = os.path.join(work, "src", name, ".unpacked")
            root = open(marker).read().strip() if os.path.exists(marker) else None
        if not root:
            log("%s: no source, skipped" % name)
            rows.append({"project": name, "version": version, "database": "unavailable", "units": 0,
                         "compile_errors": 0, "crashes": 0, "hangs": 0, "findings": 0,
                         "findings_per_check": {check: 0 for check in CHECKS}, "seconds": 0.0,
                         "unavailable": True})
            continue
        db_dir = os.path.join(work, "db", name)
        method = database(project, root, db_dir)
        log("%s %s: database: %s" % (name, version, method))
        results_dir = os.path.join(work, "results", name)
        os.makedirs(results_dir, exist_ok=True)
        rule_file = None if args.no_rules else rule_file_of(name)
        if rule_file:
            log("%s: rule file %s" % (name, os.path.relpath(rule_file, REPO)))
        outcomes = analyse(txscope, name, db_dir, root, results_dir, args.jobs, args.timeout, rule_file)
        findings = write_results(name, outcomes, results_dir)
        row = summarise(name, version, method, outcomes, findings, time.monotonic() - t0)
        row["source"] = root
        # Relative to the repository, so that the summary reads the same on
        # every machine; None when the built-in packs alone were used.
        row["rule_file"] = os.path.relpath(rule_file, REPO) if rule_file else None
        rows.append(row)
        log("%s: %d units, %d compile errors, %d crashes, %d hangs, %d findings (%s), %.0f s"
            % (name, row["units"], row["compile_errors"], row["crashes"], row["hangs"], row["findings"],
               ", ".join("%s %d" % (check, n) for check, n in row["findings_per_check"].items()),
               row["seconds"]))

    if not args.no_headers:
        t0 = time.monotonic()
        hdr_dir = os.path.join(work, "headers")
        if os.path.exists(hdr_dir):
            shutil.rmtree(hdr_dir)
        counts = headers.generate(REPO, hdr_dir)
        log("headers: %d units (%s)" % (sum(counts.values()), ", ".join("%s %d" % kv for kv in counts.items())))
        results_dir = os.path.join(work, "results", "headers")
        os.makedirs(results_dir, exist_ok=True)
        outcomes = analyse(txscope, "headers", hdr_dir, hdr_dir, results_dir, args.jobs, args.timeout)
        with open(os.path.join(hdr_dir, "units.json")) as f:
            groups = json.load(f)
        for outcome in outcomes:
            outcome.update(groups.get(os.path.join(hdr_dir, outcome["file"]), {}))
        findings = write_results("headers", outcomes, results_dir)
        row = summarise("headers", "Debian %s + test-inputs/stubs" % SUITE, "generated", outcomes,
                        findings, time.monotonic() - t0)
        row["groups"] = {}
        for outcome in outcomes:
            g = row["groups"].setdefault(outcome.get("group", "?"),
                                         {"units": 0, "compile_errors": 0, "crashes": 0, "hangs": 0})
            g["units"] += 1
            for status, key in (("compile-error", "compile_errors"), ("crash", "crashes"), ("hang", "hangs")):
                g[key] += outcome["status"] == status
        rows.append(row)

    total = time.monotonic() - start
    # A partial run (--projects, --no-headers, ...) keeps the other rows of
    # the last summary, so the table always covers the whole corpus.
    summary_path = os.path.join(work, "summary.json")
    if os.path.exists(summary_path):
        with open(summary_path) as f:
            earlier = json.load(f).get("projects", [])
        done = {r["project"] for r in rows}
        order = [p["name"] for p in PROJECTS] + ["headers"]
        rows += [dict(r, earlier_run=True) for r in earlier if r["project"] not in done]
        rows.sort(key=lambda r: order.index(r["project"]) if r["project"] in order else len(order))
    summary = {"txscope": args.txscope, "suite": SUITE, "jobs": args.jobs, "timeout": args.timeout,
               "seconds": round(total, 1), "projects": rows}
    with open(summary_path, "w") as f:
        json.dump(summary, f, indent=1)
    print(table(rows))
    print("\nthis run's wall time: %.0f s; summary: %s; findings: %s/results/*/findings.txt"
          % (total, os.path.join(work, "summary.json"), work))
    bad = sum(r["crashes"] + r["hangs"] for r in rows)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
