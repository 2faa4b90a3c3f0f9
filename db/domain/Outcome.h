#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace bd {

/** An expected failure: a stable code for programs, a message for people, detail for logs. */
struct Error
{
    QString code;        ///< stable, machine-readable, e.g. "db.newer-schema"
    QString userMessage; ///< translated, complete sentence saying what failed and what to do
    QString detail;      ///< technical detail (driver text, SQL); may be empty
};

/** The value of an operation that can fail in an expected way, or the Error that says why. */
template <typename T> class [[nodiscard]] Outcome
{
public:
    Outcome(T value) : m_state(std::move(value)) {}     // NOLINT(google-explicit-constructor)
    Outcome(Error error) : m_state(std::move(error)) {} // NOLINT(google-explicit-constructor)

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

/** Outcome of an operation that returns nothing when it succeeds. */
template <> class [[nodiscard]] Outcome<void>
{
public:
    Outcome() = default;
    Outcome(Error error) : m_error(std::move(error)) {} // NOLINT(google-explicit-constructor)

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Outcome<void>;

} // namespace bd
