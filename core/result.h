// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace habmesos {

// What kind of failure an error is, for callers that act on it: the CLI's exit status, a retry, a
// cancellation that is not worth a message box. The message says the rest.
enum class ErrorKind
{
    Invalid, // bad input: a malformed file, option or value (the default)
    NotFound, // a package, dependency, key or file that is not there
    Unverified, // a signature that does not verify, or a key that is missing or wrong
    Unsafe, // refused for safety: a member escaping the tree, a device node, a name agents cannot take
    Io, // reading or writing failed: permissions, a full disk, a vanished file
    Network, // a server unreachable, refusing, timing out or answering nonsense
    Cancelled, // the operator (or a deadline of ours) stopped it
};

// A failure: its kind and a message a person can act on.
struct Error
{
    ErrorKind kind = ErrorKind::Invalid;
    QString message;

    static Error cancelled(); // "cancelled", translated
};

// A value or an Error. Errors name the file or field they concern; callers pass them on unchanged
// (`return other.errorInfo();` keeps the kind) or prefix context. (std::expected is C++23; the
// project is C++20.) [[nodiscard]]: a failure that nobody looks at is a failure lost.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    { }
    Result(Error error)
        : m_state(std::move(error))
    { }
    static Result failure(QString message, ErrorKind kind = ErrorKind::Invalid)
    {
        return Result(Error { kind, std::move(message) });
    }
    static Result failure(ErrorKind kind, QString message) { return Result(Error { kind, std::move(message) }); }
    static Result cancelled() { return Result(Error::cancelled()); }

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<T>(m_state); }
    T& value() & { return std::get<T>(m_state); }
    T&& value() && { return std::get<T>(std::move(m_state)); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }
    const T& operator*() const& { return value(); }

    QString error() const { return ok() ? QString() : std::get<Error>(m_state).message; }
    // Only for a failure.
    ErrorKind errorKind() const { return ok() ? ErrorKind::Invalid : std::get<Error>(m_state).kind; }
    bool isCancelled() const { return !ok() && errorKind() == ErrorKind::Cancelled; }
    Error errorInfo() const { return ok() ? Error {} : std::get<Error>(m_state); }
    // The same failure with context in front of its message, its kind kept.
    Error errorWithContext(const QString& prefix) const
    {
        Error e = errorInfo();
        e.message.prepend(prefix);
        return e;
    }

private:
    std::variant<T, Error> m_state;
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
