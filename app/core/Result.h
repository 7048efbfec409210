// Errors as values at library boundaries: a Result<T> holds a T or an Error whose message a user
// can act on (what, where, what was expected). Nothing under app/ shows a dialog.
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace psv {

struct Error
{
    QString message; // translated, complete sentence(s): what is wrong, where, what was expected
    QString where; // optional location: a field name, file:line, JSON pointer, id
    int code = 1; // exit status for psvctl: 1 refused input, 2 usage, 3 environment/IO

    QString text() const { return where.isEmpty() ? message : where + QStringLiteral(": ") + message; }
};

template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_v(std::move(value)) { }
    Result(Error error) : m_v(std::move(error)) { }

    bool ok() const { return std::holds_alternative<T>(m_v); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<T>(m_v); }
    T &value() & { return std::get<T>(m_v); }
    T &&value() && { return std::get<T>(std::move(m_v)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }
    const Error &error() const { return std::get<Error>(m_v); }

private:
    std::variant<T, Error> m_v;
};

template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) { }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

inline Error makeError(QString message, QString where = {}, int code = 1)
{
    return Error {std::move(message), std::move(where), code};
}

} // namespace psv
