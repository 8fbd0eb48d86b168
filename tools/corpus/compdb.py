"""Compilation databases for the real-code corpus.

- from_cmake(): configure the project with CMake (CMAKE_EXPORT_COMPILE_COMMANDS)
  and keep the entries of the selected files;
- generic(): a best-effort database when the build cannot be configured here:
  every selected source file with -I for every project directory holding
  headers (and its parents up to the root; -iquote for a directory with a
  header named like a standard one, such as util/math.h), the pkg-config flags of the
  libraries it uses, the project's -D flags, and a "shim" include directory
  that holds an empty stand-in for each header the project includes that
  exists nowhere (generated headers: config.h, *_export.h, ui_*.h, moc files,
  logging-category headers). A stand-in keeps clang from stopping at a fatal
  "file not found"; what it leaves undeclared is an ordinary compile error,
  and txscope still analyses the functions that parsed (SPEC §7).
"""
import fnmatch
import glob
import json
import os
import re
import shlex
import shutil
import subprocess

SOURCE_EXT = (".cpp", ".cc", ".cxx", ".c++")
HEADER_EXT = (".h", ".hh", ".hpp", ".hxx", ".h++", ".inl", ".ipp", ".tcc")
INCLUDE_RE = re.compile(r'^\s*#\s*include\s*[<"]([^>"]+)[>"]', re.M)
EXPORT_RE = re.compile(r"\b([A-Z][A-Z0-9_]*_(?:EXPORT|NO_EXPORT|DEPRECATED|DEPRECATED_EXPORT|"
                       r"DEPRECATED_NO_EXPORT|TESTS_EXPORT))\b")
COMPILER = "/usr/bin/clang++"


def selected_sources(root, project):
    """The source files of \\p project under \\p root, sorted, as absolute paths."""
    found = []
    dirs = project.get("dirs") or [""]
    for rel in dirs:
        base = os.path.join(root, rel)
        for dirpath, dirnames, filenames in os.walk(base):
            dirnames.sort()
            for name in filenames:
                if name.endswith(SOURCE_EXT):
                    found.append(os.path.join(dirpath, name))
    for pattern in project.get("files", []):
        for dirpath, _, filenames in os.walk(os.path.join(root, os.path.dirname(pattern))):
            for name in fnmatch.filter(filenames, os.path.basename(pattern)):
                found.append(os.path.join(dirpath, name))
            break
    excluded = project.get("exclude", [])
    return sorted({os.path.abspath(f) for f in found
                   if not any(x in os.path.relpath(f, root) for x in excluded)})


def pkgconfig_flags(modules):
    """-I/-D flags of the pkg-config modules that exist."""
    flags = []
    for module in modules:
        done = subprocess.run(["pkg-config", "--cflags", module], stdout=subprocess.PIPE,
                              stderr=subprocess.DEVNULL, text=True)
        if done.returncode == 0:
            for flag in shlex.split(done.stdout):
                if flag not in flags:
                    flags.append(flag)
    return flags


def system_include_dirs(flags):
    dirs = ["/usr/include", "/usr/include/x86_64-linux-gnu", "/usr/local/include"]
    cxx = "/usr/include/c++"
    if os.path.isdir(cxx):
        dirs += [os.path.join(cxx, v) for v in os.listdir(cxx)]
        dirs += [os.path.join("/usr/include/x86_64-linux-gnu/c++", v) for v in os.listdir(cxx)]
    dirs += glob.glob("/usr/lib/gcc/*/*/include") + glob.glob("/usr/lib/llvm-*/lib/clang/*/include")
    dirs += [f[2:] for f in flags if f.startswith("-I")]
    return [d for d in dirs if os.path.isdir(d)]


def header_dirs(root):
    """Every directory of the tree holding headers, plus its parents up to
    \\p root (for includes like "storage/datastore.h"); shallow ones first."""
    dirs = set()
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if not d.startswith(".") and d != "debian"]
        if any(n.endswith(HEADER_EXT) or "." not in n and n[:1].isupper() for n in filenames):
            d = dirpath
            while True:
                dirs.add(d)
                if os.path.samefile(d, root):
                    break
                d = os.path.dirname(d)
    return sorted(dirs, key=lambda d: (d.count(os.sep), d))


def standard_header_names():
    """Names of the C and C++ standard library headers (math.h, memory, ...)."""
    names = set()
    dirs = ["/usr/include", "/usr/include/x86_64-linux-gnu"] + glob.glob("/usr/include/c++/*")
    # The compilers' own (stddef.h, stdarg.h, ...).
    dirs += glob.glob("/usr/lib/gcc/*/*/include") + glob.glob("/usr/lib/llvm-*/lib/clang/*/include")
    for d in dirs:
        names.update(n for n in os.listdir(d) if os.path.isfile(os.path.join(d, n)))
    return names


def shadows(directory, names):
    """True when \\p directory holds a header named like a standard one (a
    project's "math.h" or "memory"): -I would let it replace the standard
    header for everything, so such a directory is searched for "..."
    includes only (-iquote)."""
    try:
        return any(n in names for n in os.listdir(directory))
    except OSError:
        return False


def all_files(root):
    paths = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for name in filenames:
            paths.append(os.path.relpath(os.path.join(dirpath, name), root))
    return paths


def write_shims(root, sources, include_dirs, shim_dir):
    """Writes a stand-in for every header that the tree includes and that no
    include directory (nor the tree, at any depth) has; returns their names."""
    tree = all_files(root)
    suffixes = set()
    for rel in tree:
        parts = rel.split(os.sep)
        for i in range(len(parts)):
            suffixes.add("/".join(parts[i:]))
    export_macros = set()
    wanted = set()
    scanned = set(sources)
    for rel in tree:
        if rel.endswith(HEADER_EXT):
            scanned.add(os.path.join(root, rel))
    for path in sorted(scanned):
        try:
            with open(path, errors="replace") as f:
                text = f.read()
        except OSError:
            continue
        wanted.update(INCLUDE_RE.findall(text))
        export_macros.update(EXPORT_RE.findall(text))
    missing = []
    for name in sorted(wanted):
        if name in suffixes or os.path.isabs(name):
            continue
        if any(os.path.exists(os.path.join(d, name)) for d in include_dirs):
            continue
        missing.append(name)
    macros = "".join("#ifndef %s\n#define %s\n#endif\n" % (m, m) for m in sorted(export_macros))
    for name in missing:
        path = os.path.join(shim_dir, name)
        if os.path.normpath(path).startswith(os.path.normpath(shim_dir) + os.sep):
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w") as f:
                f.write("// txscope realworld: stand-in for a header this build would generate\n")
                f.write("#pragma once\n")
                if "export" in os.path.basename(name).lower():
                    f.write(macros)
    return missing


def generic(root, project, out_dir):
    """Writes \\p out_dir/compile_commands.json for \\p project; returns the
    number of entries and of stand-in headers."""
    os.makedirs(out_dir, exist_ok=True)
    sources = selected_sources(root, project)
    flags = pkgconfig_flags(project.get("pkgconfig", []))
    if project.get("kf5"):
        # KDE Frameworks ship no pkg-config files: every module's directory.
        for d in sorted(glob.glob("/usr/include/KF5/*/")) + ["/usr/include/KF5"]:
            flags.append("-I" + d.rstrip("/"))
    shim_dir = os.path.join(out_dir, "shim")
    os.makedirs(shim_dir, exist_ok=True)
    includes = [os.path.join(root, r) for r in project.get("includes_rel", [])] + header_dirs(root)
    missing = write_shims(root, sources, includes + system_include_dirs(flags) + project.get("includes", []),
                          shim_dir)
    base = [COMPILER, "-std=" + project.get("std", "c++17"), "-fPIC", "-ferror-limit=0"]
    base += project.get("defines", [])
    system_names = standard_header_names()
    base += [("-iquote" if shadows(d, system_names) else "-I") + d for d in includes]
    base += flags + ["-I" + d for d in project.get("includes", [])]
    base += ["-I" + shim_dir]
    entries = [{"directory": os.path.dirname(src), "file": src,
                "arguments": base + ["-c", src, "-o", "/dev/null"]} for src in sources]
    with open(os.path.join(out_dir, "compile_commands.json"), "w") as f:
        json.dump(entries, f, indent=1)
    return len(entries), len(missing)


def from_cmake(root, project, out_dir, log):
    """Configures \\p project with CMake into \\p out_dir/cmake and writes
    \\p out_dir/compile_commands.json with the selected files' entries;
    returns the entry count, or None when the configure step failed."""
    build = os.path.join(out_dir, "cmake")
    # A fresh build directory: CMake keeps the compilers (and a failed
    # configure's results) of an earlier run in it.
    if os.path.exists(build):
        shutil.rmtree(build)
    os.makedirs(build, exist_ok=True)
    argv = ["cmake", "-S", root, "-B", build, "-G", "Ninja", "-DCMAKE_EXPORT_COMPILE_COMMANDS=ON",
            "-DCMAKE_BUILD_TYPE=Release", "-DCMAKE_CXX_COMPILER=" + COMPILER] + project.get("cmake", [])
    with open(log, "w") as f:
        done = subprocess.run(argv, stdout=f, stderr=subprocess.STDOUT)
    db = os.path.join(build, "compile_commands.json")
    if done.returncode != 0 or not os.path.exists(db):
        return None
    # Generated sources and headers that the build would make first.
    with open(log, "a") as f:
        targets = subprocess.run(["ninja", "-C", build, "-t", "targets", "all"], stdout=subprocess.PIPE,
                                 stderr=f, text=True).stdout
        generated = [line.split(":")[0] for line in targets.splitlines()
                     if line.split(":")[0].endswith(HEADER_EXT + SOURCE_EXT)]
        if generated:
            subprocess.run(["ninja", "-C", build] + generated, stdout=f, stderr=subprocess.STDOUT)
    wanted = set(selected_sources(root, project))
    with open(db) as f:
        entries = [e for e in json.load(f)
                   if os.path.abspath(os.path.join(e["directory"], e["file"])) in wanted]
    with open(os.path.join(out_dir, "compile_commands.json"), "w") as f:
        json.dump(entries, f, indent=1)
    return len(entries)
