// Stub-only helper (not a real Taskflow header): tf::TaskGroup and tf::Runtime
// declare the same spawning members (async, silent_async, dependent_async,
// silent_dependent_async, each with and without task parameters); in the
// stubs their bodies only produce the real return types.
// Minimal declarations for static analysis tests; not the real implementation.
#pragma once

#include <utility>

#include "async_task.hpp"
#include "graph.hpp"

#define TF_STUB_SPAWNING_MEMBERS \
  template <typename F> \
  auto async(F&& f) { (void)f; return Executor::_stub_async_result<F>(); } \
  template <typename P, typename F> \
  auto async(P&& params, F&& f) { (void)params; (void)f; return Executor::_stub_async_result<F>(); } \
  template <typename F> \
  void silent_async(F&& f) { (void)f; } \
  template <typename P, typename F> \
  void silent_async(P&& params, F&& f) { (void)params; (void)f; } \
  template <typename F, typename... Tasks> \
    requires (std::same_as<std::decay_t<Tasks>, AsyncTask> && ...) \
  auto dependent_async(F&& func, Tasks&&... tasks) { (void)func; ((void)tasks, ...); return Executor::_stub_dependent_async_result<F>(); } \
  template <TaskParamsLike P, typename F, typename... Tasks> \
    requires (std::same_as<std::decay_t<Tasks>, AsyncTask> && ...) \
  auto dependent_async(P&& params, F&& func, Tasks&&... tasks) { (void)params; (void)func; ((void)tasks, ...); return Executor::_stub_dependent_async_result<F>(); } \
  template <typename F, typename I> \
    requires (!std::same_as<std::decay_t<I>, AsyncTask>) \
  auto dependent_async(F&& func, I first, I last) { (void)func; (void)first; (void)last; return Executor::_stub_dependent_async_result<F>(); } \
  template <TaskParamsLike P, typename F, typename I> \
    requires (!std::same_as<std::decay_t<I>, AsyncTask>) \
  auto dependent_async(P&& params, F&& func, I first, I last) { (void)params; (void)func; (void)first; (void)last; return Executor::_stub_dependent_async_result<F>(); } \
  template <typename F, typename... Tasks> \
    requires (std::same_as<std::decay_t<Tasks>, AsyncTask> && ...) \
  tf::AsyncTask silent_dependent_async(F&& func, Tasks&&... tasks) { (void)func; ((void)tasks, ...); return {}; } \
  template <TaskParamsLike P, typename F, typename... Tasks> \
    requires (std::same_as<std::decay_t<Tasks>, AsyncTask> && ...) \
  tf::AsyncTask silent_dependent_async(P&& params, F&& func, Tasks&&... tasks) { (void)params; (void)func; ((void)tasks, ...); return {}; } \
  template <typename F, typename I> \
    requires (!std::same_as<std::decay_t<I>, AsyncTask>) \
  tf::AsyncTask silent_dependent_async(F&& func, I first, I last) { (void)func; (void)first; (void)last; return {}; } \
  template <TaskParamsLike P, typename F, typename I> \
    requires (!std::same_as<std::decay_t<I>, AsyncTask>) \
  tf::AsyncTask silent_dependent_async(P&& params, F&& func, I first, I last) { (void)params; (void)func; (void)first; (void)last; return {}; }
