//===- Loader.cpp - txscope.so: the plugin for whichever clang-tidy loads it ===//
//
// A clang-tidy plugin must come from the LLVM major version of the clang-tidy
// that loads it; a plugin built for another version dies on an undefined
// (mangled) symbol, after clang-tidy has already listed its checks. This
// library has no LLVM dependency. When clang-tidy loads it (--load), it finds
// the LLVM major version of the process and loads txscope-N.so from its own
// directory, or prints one line naming the version to build and exits 1.
//
// Libc only: it must load into any clang-tidy.
//
//===----------------------------------------------------------------------===//
#include <dirent.h>
#include <dlfcn.h>
#include <link.h>
#include <unistd.h>
#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <climits>

namespace {

// Parses the decimal number at the start of \p S; 0 when there is none.
int leadingNumber(const char *S) {
  if (*S < '0' || *S > '9')
    return 0;
  return std::atoi(S);
}

/// The LLVM major version a shared library file name belongs to:
/// libLLVM-14.so.1, libLLVM.so.22.1, libclang-cpp.so.14; 0 for others.
int versionOfLibraryName(const char *Path) {
  const char *Base = std::strrchr(Path, '/');
  Base = Base ? Base + 1 : Path;
  static const char *const Prefixes[] = {"libLLVM-", "libLLVM.so.", "libclang-cpp.so."};
  for (const char *Prefix : Prefixes)
    if (std::strncmp(Base, Prefix, std::strlen(Prefix)) == 0)
      return leadingNumber(Base + std::strlen(Prefix));
  return 0;
}

int firstLoadedLLVM(struct dl_phdr_info *Info, size_t, void *Result) {
  int V = Info->dlpi_name ? versionOfLibraryName(Info->dlpi_name) : 0;
  if (V)
    *static_cast<int *>(Result) = V;
  return V; // non-zero stops the walk
}

/// The LLVM major version of this process: LLVM-C's LLVMGetVersion (LLVM 16
/// and later, when its symbols are visible), else the first libLLVM or
/// libclang-cpp loaded, else the program's path (/usr/lib/llvm-N/...). 0 when
/// the process shows no LLVM.
int hostLLVMVersion() {
  using GetVersion = void (*)(unsigned *, unsigned *, unsigned *);
  if (auto *Get = reinterpret_cast<GetVersion>(dlsym(RTLD_DEFAULT, "LLVMGetVersion"))) {
    unsigned Major = 0, Minor = 0, Patch = 0;
    Get(&Major, &Minor, &Patch);
    if (Major)
      return static_cast<int>(Major);
  }
  int V = 0;
  dl_iterate_phdr(firstLoadedLLVM, &V);
  if (V)
    return V;
  char Exe[4096];
  ssize_t N = readlink("/proc/self/exe", Exe, sizeof(Exe) - 1);
  if (N <= 0)
    return 0;
  Exe[N] = '\0';
  const char *Dir = std::strstr(Exe, "/llvm-");
  return Dir ? leadingNumber(Dir + 6) : 0;
}

/// One line on stderr, written at once.
void say(const char *Format, ...) {
  char Line[8192];
  va_list Args;
  va_start(Args, Format);
  int N = std::vsnprintf(Line, sizeof(Line) - 1, Format, Args);
  va_end(Args);
  if (N < 0)
    return;
  if (N > static_cast<int>(sizeof(Line)) - 2)
    N = sizeof(Line) - 2;
  Line[N] = '\n';
  ssize_t Ignored = write(STDERR_FILENO, Line, N + 1);
  (void)Ignored;
}

/// The versions of the txscope-N.so files in \p Dir, as "14, 22" (sorted).
void builtVersions(const char *Dir, char *Out, size_t Size) {
  bool Have[1000] = {};
  if (DIR *D = opendir(Dir)) {
    while (struct dirent *E = readdir(D)) {
      int V = 0, Used = 0;
      if (std::sscanf(E->d_name, "txscope-%d.so%n", &V, &Used) == 1 && E->d_name[Used] == '\0' &&
          V > 0 && V < 1000)
        Have[V] = true;
    }
    closedir(D);
  }
  Out[0] = '\0';
  for (int V = 1; V < 1000; ++V)
    if (Have[V])
      std::snprintf(Out + std::strlen(Out), Size - std::strlen(Out), "%s%d", Out[0] ? ", " : "", V);
  if (!Out[0])
    std::snprintf(Out, Size, "none");
}

__attribute__((constructor)) void loadPluginForHost() {
  Dl_info Self;
  if (!dladdr(reinterpret_cast<void *>(&loadPluginForHost), &Self) || !Self.dli_fname) {
    say("txscope: cannot find the directory of the txscope plugin loader");
    _exit(1);
  }
  // The directory of the file itself, not of a symlink to it.
  char Dir[PATH_MAX];
  if (!realpath(Self.dli_fname, Dir))
    std::snprintf(Dir, sizeof(Dir), "%s", Self.dli_fname);
  char *Slash = std::strrchr(Dir, '/');
  if (Slash)
    *Slash = '\0';
  else
    std::snprintf(Dir, sizeof(Dir), ".");

  char Built[512];
  builtVersions(Dir, Built, sizeof(Built));
  int Host = hostLLVMVersion();
  if (!Host) {
    // Not a clang-tidy (or one showing no LLVM): say so, leave the program be.
    say("txscope: cannot tell the LLVM version of this program; load %s/txscope-N.so "
        "for clang-tidy-N directly (built here: %s)", Dir, Built);
    return;
  }
  char Plugin[PATH_MAX + 32];
  std::snprintf(Plugin, sizeof(Plugin), "%s/txscope-%d.so", Dir, Host);
  if (access(Plugin, F_OK) != 0) {
    say("txscope: this clang-tidy is LLVM %d; build the plugin for it with "
        "`cmake -DTXSCOPE_LLVM_VERSION=%d` (built here: %s)", Host, Host, Built);
    _exit(1);
  }
  // RTLD_NOW: a plugin that does not fit this clang-tidy fails here, with a
  // message, rather than at its first call.
  if (!dlopen(Plugin, RTLD_NOW | RTLD_GLOBAL)) {
    say("txscope: cannot load %s into this LLVM %d clang-tidy: %s", Plugin, Host, dlerror());
    _exit(1);
  }
}

} // namespace
