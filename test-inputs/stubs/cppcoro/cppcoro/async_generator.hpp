// Mirrors include/cppcoro/async_generator.hpp of lewissbaker/cppcoro at
// 391215262bd40d68ac6534810164131f5f9eb148 (C++20 <coroutine> in place of
// <experimental/coroutine>; andreasbuhr/cppcoro b8e41b99 has the same API).
// Own minimal stub: the public shape (async_generator<T>, its promise_type,
// begin() returning an awaitable that yields the iterator, an iterator whose
// ++ is awaitable) with trivial bodies; no upstream code.
// async_generator<T> is lazy: `co_await gen.begin()` runs its body to the
// first co_yield, `co_await ++it` to the next.
#pragma once

#include <coroutine>
#include <exception>
#include <iterator>
#include <memory>
#include <type_traits>
#include <utility>

namespace cppcoro
{
	template<typename T>
	class async_generator;

	namespace detail
	{
		template<typename T>
		class async_generator_iterator;
		class async_generator_yield_operation;
		class async_generator_advance_operation;

		class async_generator_promise_base
		{
		public:
			async_generator_promise_base() noexcept : m_exception(nullptr) {}

			async_generator_promise_base(const async_generator_promise_base& other) = delete;
			async_generator_promise_base& operator=(const async_generator_promise_base& other) = delete;

			std::suspend_always initial_suspend() const noexcept { return {}; }

			async_generator_yield_operation final_suspend() noexcept;

			void unhandled_exception() noexcept { m_exception = std::current_exception(); }

			void return_void() noexcept {}

		protected:
			async_generator_yield_operation internal_yield_value() noexcept;

		private:
			std::exception_ptr m_exception;
		};

		class async_generator_yield_operation final
		{
		public:
			bool await_ready() const noexcept { return false; }
			void await_suspend(std::coroutine_handle<>) noexcept {}
			void await_resume() noexcept {}
		};

		inline async_generator_yield_operation async_generator_promise_base::final_suspend() noexcept { return {}; }
		inline async_generator_yield_operation async_generator_promise_base::internal_yield_value() noexcept { return {}; }

		template<typename T>
		class async_generator_promise final : public async_generator_promise_base
		{
			using value_type = std::remove_reference_t<T>;

		public:
			async_generator_promise() noexcept = default;

			async_generator<T> get_return_object() noexcept;

			async_generator_yield_operation yield_value(value_type& value) noexcept
			{
				m_currentValue = std::addressof(value);
				return internal_yield_value();
			}

			async_generator_yield_operation yield_value(value_type&& value) noexcept
			{
				return yield_value(value);
			}

			T& value() const noexcept { return *m_currentValue; }

		private:
			value_type* m_currentValue = nullptr;
		};

		template<typename T>
		class async_generator_increment_operation final
		{
		public:
			explicit async_generator_increment_operation(async_generator_iterator<T>& iterator) noexcept : m_iterator(iterator) {}
			bool await_ready() const noexcept { return false; }
			void await_suspend(std::coroutine_handle<>) noexcept {}
			async_generator_iterator<T>& await_resume() { return m_iterator; }

		private:
			async_generator_iterator<T>& m_iterator;
		};

		template<typename T>
		class async_generator_iterator final
		{
			using promise_type = async_generator_promise<T>;
			using handle_type = std::coroutine_handle<promise_type>;

		public:
			using iterator_category = std::input_iterator_tag;
			using difference_type = std::ptrdiff_t;
			using value_type = std::remove_reference_t<T>;
			using reference = std::add_lvalue_reference_t<T>;
			using pointer = std::add_pointer_t<value_type>;

			explicit async_generator_iterator(std::nullptr_t) noexcept : m_coroutine(nullptr) {}

			explicit async_generator_iterator(handle_type coroutine) noexcept : m_coroutine(coroutine) {}

			async_generator_increment_operation<T> operator++() noexcept
			{
				return async_generator_increment_operation<T>{ *this };
			}

			reference operator*() const noexcept { return m_coroutine.promise().value(); }

			bool operator==(const async_generator_iterator& other) const noexcept { return m_coroutine == other.m_coroutine; }

			bool operator!=(const async_generator_iterator& other) const noexcept { return !(*this == other); }

		private:
			handle_type m_coroutine;
		};

		template<typename T>
		class async_generator_begin_operation final
		{
			using promise_type = async_generator_promise<T>;
			using handle_type = std::coroutine_handle<promise_type>;

		public:
			async_generator_begin_operation(std::nullptr_t) noexcept : m_coroutine(nullptr) {}

			async_generator_begin_operation(handle_type producerCoroutine) noexcept : m_coroutine(producerCoroutine) {}

			bool await_ready() const noexcept { return !m_coroutine; }
			void await_suspend(std::coroutine_handle<>) noexcept {}
			async_generator_iterator<T> await_resume() { return async_generator_iterator<T>{ m_coroutine }; }

		private:
			handle_type m_coroutine;
		};
	}

	template<typename T>
	class [[nodiscard]] async_generator
	{
	public:
		using promise_type = detail::async_generator_promise<T>;
		using iterator = detail::async_generator_iterator<T>;

		async_generator() noexcept : m_coroutine(nullptr) {}

		explicit async_generator(promise_type& promise) noexcept
			: m_coroutine(std::coroutine_handle<promise_type>::from_promise(promise))
		{}

		async_generator(async_generator&& other) noexcept : m_coroutine(other.m_coroutine) { other.m_coroutine = nullptr; }

		~async_generator()
		{
			if (m_coroutine)
				m_coroutine.destroy();
		}

		async_generator& operator=(async_generator&& other) noexcept
		{
			async_generator temp(std::move(other));
			swap(temp);
			return *this;
		}

		async_generator(const async_generator&) = delete;
		async_generator& operator=(const async_generator&) = delete;

		auto begin() noexcept
		{
			if (!m_coroutine)
				return detail::async_generator_begin_operation<T>{ nullptr };
			return detail::async_generator_begin_operation<T>{ m_coroutine };
		}

		auto end() noexcept { return iterator{ nullptr }; }

		void swap(async_generator& other) noexcept
		{
			using std::swap;
			swap(m_coroutine, other.m_coroutine);
		}

	private:
		std::coroutine_handle<promise_type> m_coroutine;
	};

	template<typename T>
	void swap(async_generator<T>& a, async_generator<T>& b) noexcept { a.swap(b); }

	namespace detail
	{
		template<typename T>
		async_generator<T> async_generator_promise<T>::get_return_object() noexcept
		{
			return async_generator<T>{ *this };
		}
	}
}
