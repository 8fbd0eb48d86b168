// Stub mirroring include/exec/static_thread_pool.hpp (+ numa_policy from
// include/exec/detail/numa.hpp)
// (github.com/NVIDIA/stdexec, main @ e92245d53dfc37f9bc2a7ef0cc44d570bb7b3386).
// Real layout: `namespace experimental::execution { ... }` plus
// `namespace exec = experimental::execution;`.
// Minimal declarations for static analysis tests; no threads are created.
#pragma once

#include <cstddef>
#include <cstdint>
#include <thread>

#include "../stdexec/execution.hpp"

namespace experimental::execution {

struct bwos_params {
  std::size_t numBlocks{32};
  std::size_t blockSize{8};
};

// Real: `struct numa_policy final : STDEXEC::__any::__any<exec::_numa::_ipolicy>`.
struct numa_policy final {};
inline numa_policy get_numa_policy() noexcept { return {}; }

namespace _pool_ {
  class _static_thread_pool {
   public:
    _static_thread_pool() : _static_thread_pool(std::thread::hardware_concurrency()) {}
    explicit _static_thread_pool(std::uint32_t threadCount,
                                 bwos_params params = {},
                                 numa_policy numa = get_numa_policy())
      : thread_count_(threadCount), params_(params) {
      (void)numa;
    }
    ~_static_thread_pool() = default;

    struct scheduler {
      auto schedule() const noexcept
        -> stdexec::__stub::__sender<stdexec::schedule_t, stdexec::__stub::__schedule_sigs> {
        return {};
      }
      bool operator==(scheduler const&) const noexcept = default;

     private:
      friend class _static_thread_pool;
      explicit scheduler(_static_thread_pool& pool) noexcept : pool_(&pool) {}
      _static_thread_pool* pool_;
    };

    auto get_scheduler() noexcept -> scheduler { return scheduler{*this}; }
    auto get_scheduler_on_thread(std::size_t threadIndex) noexcept -> scheduler {
      (void)threadIndex;
      return scheduler{*this};
    }
    void request_stop() noexcept {}
    [[nodiscard]] auto available_parallelism() const noexcept -> std::uint32_t { return thread_count_; }
    [[nodiscard]] auto params() const noexcept -> bwos_params { return params_; }

   private:
    std::uint32_t thread_count_;
    bwos_params params_;
  };
}  // namespace _pool_

struct static_thread_pool : private _pool_::_static_thread_pool {
  static_thread_pool() = default;

  explicit static_thread_pool(std::uint32_t thread_count,
                              bwos_params params = {},
                              numa_policy numa = get_numa_policy())
    : _pool_::_static_thread_pool(thread_count, params, numa) {}

  using _pool_::_static_thread_pool::scheduler;
  using _pool_::_static_thread_pool::get_scheduler;
  using _pool_::_static_thread_pool::get_scheduler_on_thread;
  using _pool_::_static_thread_pool::request_stop;
  using _pool_::_static_thread_pool::available_parallelism;
  using _pool_::_static_thread_pool::params;
};

}  // namespace experimental::execution

namespace exec = experimental::execution;
