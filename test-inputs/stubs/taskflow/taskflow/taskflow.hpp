// Stub mirroring taskflow/taskflow.hpp
// (github.com/taskflow/taskflow, tag v4.1.0 = 45366fe5bc4f2f8ec9aa590b40c504e296886865).
// Minimal declarations for static analysis tests; not the real implementation.
#pragma once

#include "core/executor.hpp"
#include "core/runtime.hpp"
#include "core/task_group.hpp"

#define TF_VERSION 400100
#define TF_MAJOR_VERSION TF_VERSION/100000
#define TF_MINOR_VERSION TF_VERSION/100%1000
#define TF_PATCH_VERSION TF_VERSION%100

namespace tf {
constexpr const char* version() { return "4.1.0"; }
}  // namespace tf
