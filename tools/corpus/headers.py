"""The header corpus of tools/realworld: every public header of the libraries
txscope models that Debian ships, and every stub header of test-inputs/stubs,
each included alone from its own generated translation unit.

The library directories are reached through symbolic links in an include
directory given with -I (inc/pqxx -> /usr/include/pqxx, ...), so clang treats
the headers as the project's own, not as system headers: the check then walks
every inline function and template of the libraries, which it skips in system
headers. Each unit is `#include <name>` and nothing else.
"""
import glob
import json
import os
import re

QT5 = "/usr/include/x86_64-linux-gnu/qt5"

# group name, symlink name under inc/ -> target, header globs (relative to
# the target's parent as seen through inc/), extra flags.
LIBRARIES = [
    ("libpqxx", {"pqxx": "/usr/include/pqxx"},
     # The extension-less public headers (pqxx/connection, pqxx/pqxx, ...).
     lambda: [h for h in glob.glob("/usr/include/pqxx/*") if os.path.isfile(h) and "." not in os.path.basename(h)],
     ["-std=c++17"]),
    ("SQLiteCpp", {"SQLiteCpp": "/usr/include/SQLiteCpp"},
     lambda: glob.glob("/usr/include/SQLiteCpp/*.h"), ["-std=c++17"]),
    ("SOCI", {"soci": "/usr/include/soci"},
     lambda: glob.glob("/usr/include/soci/**/*.h", recursive=True),
     ["-std=c++17", "-I/usr/include/postgresql", "-I/usr/include/mysql", "-I/usr/include/firebird"]),
    ("QtSql", {"qt5": QT5},
     lambda: [h for h in glob.glob(QT5 + "/QtSql/*") if os.path.isfile(h)],
     ["-std=c++17", "-fPIC", "-I{inc}/qt5", "-I{inc}/qt5/QtCore", "-I{inc}/qt5/QtSql"]),
    ("QtConcurrent", {"qt5": QT5},
     lambda: [h for h in glob.glob(QT5 + "/QtConcurrent/*") if os.path.isfile(h)],
     ["-std=c++17", "-fPIC", "-I{inc}/qt5", "-I{inc}/qt5/QtCore", "-I{inc}/qt5/QtConcurrent"]),
    ("oneTBB", {"oneapi": "/usr/include/oneapi", "tbb": "/usr/include/tbb"},
     lambda: glob.glob("/usr/include/oneapi/tbb/*.h"), ["-std=c++17"]),
    ("Boost.Asio", {"boost": "/usr/include/boost"},
     lambda: glob.glob("/usr/include/boost/asio/*.hpp"), ["-std=c++20"]),
    ("Asio", {"asio": "/usr/include/asio", "asio.hpp": "/usr/include/asio.hpp"},
     lambda: glob.glob("/usr/include/asio/*.hpp"), ["-std=c++20"]),
    ("Boost.Thread", {"boost": "/usr/include/boost"},
     lambda: glob.glob("/usr/include/boost/thread/*.hpp") + ["/usr/include/boost/thread.hpp"],
     ["-std=c++17"]),
]


def include_name(header, link_targets):
    """The name to #include a library header by, through the inc/ links."""
    for link, target in link_targets.items():
        if header == target:
            return link
        if header.startswith(target + "/"):
            name = link + header[len(target):]
            # Qt: <QtSql/QSqlDatabase> is found through qt5/, reached as -I inc/qt5.
            return name[len("qt5/"):] if link == "qt5" else name
    raise ValueError(header)


def stub_units(repo):
    """(group, include name, flags) for every stub header of test-inputs/stubs."""
    stubs = os.path.join(repo, "test-inputs", "stubs")
    units = []
    for lib in sorted(os.listdir(stubs)):
        base = os.path.join(stubs, lib)
        if not os.path.isdir(base):
            continue
        for dirpath, _, filenames in sorted(os.walk(base)):
            for name in sorted(filenames):
                if name.endswith((".h", ".hpp", ".hxx")):
                    rel = os.path.relpath(os.path.join(dirpath, name), base)
                    # The stubs are made for the case files' standard (coroutines).
                    units.append(("stubs/" + lib, rel, ["-std=c++20", "-I" + base]))
    return units


def generate(repo, out_dir):
    """Writes one unit per header, compile_commands.json and units.json (each
    unit's library and header) into \\p out_dir; returns {group: unit count}."""
    inc = os.path.join(out_dir, "inc")
    units_dir = os.path.join(out_dir, "units")
    os.makedirs(inc, exist_ok=True)
    os.makedirs(units_dir, exist_ok=True)
    units = []
    for group, links, headers, flags in LIBRARIES:
        present = {k: v for k, v in links.items() if os.path.exists(v)}
        if not present:
            continue
        for link, target in present.items():
            path = os.path.join(inc, link)
            if not os.path.islink(path):
                os.symlink(target, path)
        resolved = [f.replace("{inc}", inc) for f in flags] + ["-I" + inc]
        for header in sorted(set(headers())):
            units.append((group, include_name(header, present), resolved))
    units += stub_units(repo)
    entries, counts, groups = [], {}, {}
    for group, name, flags in units:
        stem = re.sub(r"[^A-Za-z0-9]+", "_", group + "__" + name).strip("_")
        path = os.path.join(units_dir, stem + ".cpp")
        with open(path, "w") as f:
            f.write("#include <%s>\n" % name)
        entries.append({"directory": units_dir, "file": path,
                        "arguments": ["/usr/bin/clang++"] + flags + ["-c", path, "-o", "/dev/null"]})
        groups[path] = {"group": group, "header": name}
        counts[group] = counts.get(group, 0) + 1
    with open(os.path.join(out_dir, "compile_commands.json"), "w") as f:
        json.dump(entries, f, indent=1)
    # (compile_commands.json takes no keys of its own.)
    with open(os.path.join(out_dir, "units.json"), "w") as f:
        json.dump(groups, f, indent=1)
    return counts
