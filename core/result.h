// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace habmesos {

// A value or a message a person can act on. Errors name the file or field they concern; callers
// pass them on unchanged or prefix context. (std::expected is C++23; the project is C++20.)
template <typename T> class Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    { }
    static Result failure(QString message) { return Result(Failure { std::move(message) }); }

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<T>(m_state); }
    T& value() & { return std::get<T>(m_state); }
    T&& value() && { return std::get<T>(std::move(m_state)); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }
    const T& operator*() const& { return value(); }

    QString error() const { return ok() ? QString() : std::get<Failure>(m_state).message; }

private:
    struct Failure
    {
        QString message;
    };
    explicit Result(Failure f)
        : m_state(std::move(f))
    { }
    std::variant<T, Failure> m_state;
};

// For operations that yield nothing but may fail.
struct Done
{
};
using Status = Result<Done>;
inline Status success()
{
    return Done {};
}

} // namespace habmesos
