//===- SanitizerDefaults.cpp - ASan options every fuzz program needs ------===//
//
// Linked into each fuzz program, so that running one by hand on a
// reproducer behaves as under run-fuzzer.sh.
//
// allow_user_poisoning=0: LLVM's BumpPtrAllocator (ASTContext's allocator)
// poisons a fresh slab and unpoisons each allocation when compiled with ASan;
// the inline copies in the uninstrumented libclang-cpp allocate from the same
// slabs without unpoisoning, so our instrumented code would report
// "use-after-poison" when it reads AST nodes clang allocated. Ignoring manual
// poisoning removes those false reports; real heap errors are still caught
// (the slabs themselves come from malloc).
//
//===----------------------------------------------------------------------===//

extern "C" const char *__asan_default_options() {
  return "allow_user_poisoning=0:detect_leaks=1";
}
