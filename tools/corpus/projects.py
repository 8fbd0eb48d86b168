"""The real-code corpus of tools/realworld: Debian source packages that use
database transactions and threads or async tasks, and the part of each that
is analysed.

Each project is a dict:
  name      the source package (fetched with `apt-get source NAME`)
  why       what it combines (documentation only)
  dirs      directories (relative to the unpacked source) whose C/C++ files
            are analysed; [] is the whole tree
  files     further single files (globs allowed), analysed too
  exclude   path fragments whose files are skipped (tests of other OSes, ...)
  method    "cmake": configure with CMake and use its compile_commands.json
            (falls back to "generic" when the configure step fails);
            "generic": a best-effort database made by corpus/compdb.py
  cmake     extra CMake arguments for "cmake"
  apt       Debian packages the project's headers need (installed by
            tools/realworld before the run)
  includes  further include directories (absolute; "generic")
  includes_rel  include directories relative to the source tree ("generic")
  pkgconfig pkg-config modules whose --cflags every unit gets ("generic")
  defines   -D flags for every unit ("generic")
  kf5       a KDE project: -I for every /usr/include/KF5 module ("generic")
  std       the -std= value ("generic"; default c++17)
"""

KF5 = ["libkf5i18n-dev", "libkf5coreaddons-dev", "libkf5config-dev", "libkf5widgetsaddons-dev",
       "libkf5configwidgets-dev", "libkf5itemmodels-dev"]
QT5 = ["Qt5Core", "Qt5Sql", "Qt5Concurrent", "Qt5Network", "Qt5Gui", "Qt5Widgets", "Qt5Xml", "Qt5DBus"]

PROJECTS = [
    {
        "name": "akonadi",
        "why": "KDE PIM storage server: QSqlDatabase transactions (DataStore/Transaction), "
               "QThreadPool notification workers, QThread-based handlers",
        "dirs": ["src/server", "src/private", "src/shared", "src/qsqlite"],
        "method": "generic",
        "apt": ["qtbase5-dev"] + KF5,
        "pkgconfig": QT5,
        "kf5": True,
        "defines": ["-DQT_NO_CAST_FROM_ASCII"],
    },
    {
        "name": "mixxx",
        "why": "DJ software: Qt SQL library database with SqlTransaction/ScopedTransaction "
               "and QtConcurrent imports (iTunes, Traktor, Rhythmbox, Serato, Rekordbox, cover art)",
        "dirs": ["src/library", "src/util/db"],
        "method": "generic",
        "apt": ["qtbase5-dev", "libsqlite3-dev"],
        "pkgconfig": QT5,
        "includes_rel": ["src", "lib"],
    },
    {
        "name": "kmymoney",
        "why": "finance manager: the Qt SQL storage plugin (transactions everywhere) "
               "and the woob plugin's QtConcurrent calls",
        "dirs": ["kmymoney/plugins/sql", "kmymoney/plugins/woob"],
        "method": "generic",
        "apt": ["qtbase5-dev"] + KF5 + ["libalkimia5-dev"],
        "pkgconfig": QT5,
        "includes": ["/usr/include/alkimia/Qt5"],
        "kf5": True,
    },
    {
        "name": "qbittorrent",
        "why": "BitTorrent client: SQLite resume-data storage through QSqlDatabase "
               "transactions on a worker thread, QThreadPool jobs",
        "dirs": ["src/base"],
        "method": "generic",
        "apt": ["qtbase5-dev", "libtorrent-rasterbar-dev", "libboost-dev", "libssl-dev", "zlib1g-dev"],
        "pkgconfig": QT5 + ["libtorrent-rasterbar"],
        "defines": ["-DQBT_VERSION_MAJOR=4", "-DQBT_VERSION_MINOR=5", "-DQBT_VERSION_BUGFIX=2",
                    "-DQBT_VERSION_BUILD=0", "-DQBT_VERSION=\"4.5.2\"", "-DQBT_VERSION_2=\"4.5.2\""],
        "includes_rel": ["src"],
    },
    {
        "name": "pdns",
        "why": "PowerDNS: generic SQL backends (SQLite3, PostgreSQL through libpq) with "
               "startTransaction/commitTransaction, and std::thread / std::async users",
        "dirs": ["modules/gsqlite3backend", "modules/gpgsqlbackend", "pdns/backends/gsql"],
        "files": ["pdns/ssqlite3.cc", "pdns/communicator.cc", "pdns/auth-secondarycommunicator.cc",
                  "pdns/auth-primarycommunicator.cc", "pdns/slavecommunicator.cc",
                  "pdns/mastercommunicator.cc", "pdns/tcpreceiver.cc", "pdns/ixfrdist.cc",
                  "pdns/pdnsutil.cc", "pdns/ueberbackend.cc", "pdns/dnsbackend.cc",
                  "pdns/signingpipe.cc", "pdns/lua-record.cc", "pdns/comfun.cc",
                  "pdns/zone2sql.cc", "pdns/rfc2136handler.cc", "pdns/packethandler.cc"],
        "method": "generic",
        "apt": ["libboost-dev", "libpq-dev", "libsqlite3-dev", "libssl-dev", "liblua5.3-dev"],
        "pkgconfig": ["libpq", "sqlite3", "lua5.3"],
        "includes_rel": ["pdns", "ext", "modules", "ext/json11", "ext/yahttp"],
    },
    {
        "name": "quickfix",
        "why": "FIX engine: PostgreSQL/ODBC/MySQL message stores (transactions through "
               "SQL strings) next to its own thread-per-session model",
        "dirs": ["src/C++"],
        "exclude": ["/test/", "Win", "/python", "/ruby"],
        "method": "generic",
        "apt": ["libpq-dev", "libxml2-dev"],
        "pkgconfig": ["libpq", "libxml-2.0"],
        "defines": ["-DHAVE_POSTGRESQL", "-DHAVE_LIBXML", "-DHAVE_STL", "-DHAVE_SSL=0"],
        "std": "c++11",
    },
    {
        "name": "kdb",
        "why": "KDE database connectivity: PostgreSQL driver on libpq (PQexec), SQLite "
               "driver (sqlite3_exec), KDbTransaction",
        "dirs": ["src"],
        "method": "generic",
        "apt": ["qtbase5-dev", "libpqxx-dev", "libpq-dev", "libsqlite3-dev", "libicu-dev"],
        "pkgconfig": QT5 + ["libpqxx", "libpq", "sqlite3", "icu-uc"],
        "kf5": True,
    },
    {
        "name": "osm2pgsql",
        "why": "OpenStreetMap importer: libpq COPY/BEGIN/COMMIT on several connections "
               "with std::async and std::thread workers",
        "dirs": ["src"],
        "method": "cmake",
        "cmake": ["-DEXTERNAL_LIBOSMIUM=ON", "-DEXTERNAL_PROTOZERO=ON", "-DEXTERNAL_FMT=ON",
                  "-DBUILD_TESTS=OFF", "-DWITH_LUA=ON"],
        "apt": ["libosmium2-dev", "libprotozero-dev", "libboost-dev", "libboost-filesystem-dev",
                "libboost-system-dev", "libpq-dev", "libproj-dev", "liblua5.3-dev",
                "nlohmann-json3-dev", "libfmt-dev", "libbz2-dev", "zlib1g-dev", "libexpat1-dev"],
        "pkgconfig": ["libpq", "lua5.3", "proj"],
    },
    {
        "name": "kstars",
        "why": "desktop planetarium: QSqlDatabase connections kept in members (CatalogsDB::DBManager::m_db "
               "with transaction()/commit() in its methods, one commit in a gsl::finally lambda; "
               "KSUserDB::m_UserDB), and QtConcurrent::run(this, &X::member) loaders started from methods",
        "dirs": ["kstars/catalogsdb", "kstars/auxiliary", "kstars/tools/whatsinteresting"],
        "files": ["kstars/skycomponents/constellationnamescomponent.cpp",
                  "kstars/skycomponents/satellitescomponent.cpp", "kstars/skycomponents/milkyway.cpp",
                  "kstars/skycomponents/supernovaecomponent.cpp", "kstars/dialogs/locationdialog.cpp",
                  "kstars/kstarsdata.cpp", "kstars/kstars.cpp"],
        "method": "generic",
        "apt": ["qtbase5-dev"] + KF5 + ["libkf5kio-dev", "libkf5xmlgui-dev", "libkf5textwidgets-dev",
                                        "libkf5plotting-dev", "libkf5notifications-dev", "libeigen3-dev",
                                        "libcfitsio-dev"],
        "pkgconfig": QT5 + ["eigen3", "cfitsio"],
        "includes_rel": ["kstars", "kstars/auxiliary", "kstars/skycomponents", "kstars/skyobjects",
                         "kstars/time", "kstars/projections"],
        "kf5": True,
    },
    {
        "name": "icinga2",
        "why": "monitoring daemon: the IDO database writers keep their libpq/MySQL connection in a member "
               "(IdoPgsqlConnection::m_Connection), run BEGIN/COMMIT through a Query() method and hand "
               "work to a WorkQueue as [this] lambdas started from methods (boost::thread_group workers)",
        "dirs": ["lib/db_ido", "lib/db_ido_pgsql", "lib/db_ido_mysql"],
        "files": ["lib/base/workqueue.cpp", "lib/base/threadpool.cpp", "lib/pgsql_shim/*.cpp",
                  "lib/mysql_shim/*.cpp"],
        # Generic: its CMake build configures (with -DCMAKE_C_COMPILER=clang,
        # -DICINGA2_UNITY_BUILD=OFF), but generating the classes' *-ti.hpp
        # parts (mkclass) makes ninja build most of lib/base first (254
        # steps): too long for this shared 2-core machine. The generated
        # class bases are therefore stand-ins (compile errors).
        "method": "generic",
        "apt": ["bison", "flex", "libboost-dev", "libboost-context-dev", "libboost-coroutine-dev",
                "libboost-filesystem-dev", "libboost-iostreams-dev", "libboost-program-options-dev",
                "libboost-regex-dev", "libboost-system-dev", "libboost-test-dev", "libboost-thread-dev",
                "libedit-dev", "default-libmysqlclient-dev", "libpq-dev", "libssl-dev"],
        "pkgconfig": ["libpq"],
        "includes_rel": ["lib"],
    },
    {
        "name": "orthanc-postgresql",
        "why": "Orthanc's PostgreSQL index/storage plugins: PostgreSQLTransaction (a wrapper class whose "
               "constructor sends BEGIN on the database it keeps in a member), the database manager's "
               "transactions, the plugin adapters' worker code",
        "dirs": ["Framework", "PostgreSQL"],
        "method": "generic",
        "apt": ["orthanc-dev", "liborthancframework-dev", "libpq-dev", "postgresql-server-dev-15",
                "libjsoncpp-dev", "libboost-dev", "libboost-thread-dev", "uuid-dev", "libgtest-dev"],
        "pkgconfig": ["libpq", "jsoncpp"],
        # catalog/pg_type_d.h (BOOLOID, ...) is a PostgreSQL server header.
        "includes": ["/usr/include/orthanc-framework", "/usr/include/orthanc",
                     "/usr/include/postgresql/15/server"],
        "includes_rel": ["Framework", "PostgreSQL"],
        "defines": ["-DORTHANC_ENABLE_POSTGRESQL=1", "-DORTHANC_ENABLE_MYSQL=0", "-DORTHANC_ENABLE_ODBC=0",
                    "-DORTHANC_ENABLE_SQLITE=0", "-DORTHANC_BUILDING_FRAMEWORK_LIBRARY=0",
                    "-DORTHANC_ENABLE_PLUGINS=1", "-DHAS_ORTHANC_EXCEPTION=1",
                    "-DORTHANC_BUILDING_SERVER_LIBRARY=0", "-DORTHANC_OPTIMAL_VERSION_MAJOR=1",
                    "-DORTHANC_OPTIMAL_VERSION_MINOR=9", "-DORTHANC_OPTIMAL_VERSION_REVISION=2",
                    "-DORTHANC_PLUGIN_VERSION=\"4.0\""],
    },
    {
        "name": "kexi",
        "why": "KDE visual database application on KDb: KDbConnection kept in members of the project and "
               "the migration driver (KexiMigrate::m_destConn...), KDbTransactionGuard and "
               "begin/commitTransaction in methods, the CSV import",
        "dirs": ["src/migration", "src/plugins/importexport/csv"],
        "files": ["src/core/kexiproject.cpp", "src/core/kexiblobbuffer.cpp"],
        "method": "generic",
        "apt": ["qtbase5-dev", "libkdb3-dev"] + KF5,
        "pkgconfig": QT5,
        "includes": ["/usr/include/KDb3"],
        # KexiVersion.h is generated (a stand-in here): its version macros.
        "defines": ["-DKEXI_APP_NAME=\"Kexi\"", "-DKEXI_VERSION_STRING=\"3.2.0\"",
                    "-DKEXI_VERSION_MAJOR=3", "-DKEXI_VERSION_MINOR=2", "-DKEXI_VERSION_RELEASE=0",
                    "-DKEXI_STABLE_VERSION_MAJOR=3", "-DKEXI_STABLE_VERSION_MINOR=2",
                    "-DKEXI_STABLE_VERSION_RELEASE=0"],
        "kf5": True,
    },
]


def apt_packages():
    """Every Debian package the corpus needs, deduplicated."""
    seen = []
    for project in PROJECTS:
        for pkg in project.get("apt", []):
            if pkg not in seen:
                seen.append(pkg)
    return seen


if __name__ == "__main__":
    import sys
    if sys.argv[1:] == ["--apt"]:
        print(" ".join(apt_packages()))
    else:
        for p in PROJECTS:
            print("%-12s %s" % (p["name"], p["why"]))
