#pragma once

#include <QString>

#include <boost/json.hpp>

#include <cstdint>
#include <optional>
#include <string_view>

// The small JSON helpers every route of the hub and every client of its protocol
// uses to read a body field by field (Boost.JSON), one copy for all of them.
namespace cruscotto::sync::jsonfields {

namespace json = boost::json;

// The body as a JSON object; nullopt when it is not JSON or not an object.
inline std::optional<json::object> parseObject(std::string_view body)
{
    boost::system::error_code ec;
    json::value value = json::parse(body, ec);
    if (ec || !value.is_object()) {
        return std::nullopt;
    }
    return std::move(value.as_object());
}

// A whole number that fits in 64 bits signed; nullopt for anything else (absent,
// fractional, text, too large).
inline std::optional<std::int64_t> integerOf(const json::value* value)
{
    if (!value) {
        return std::nullopt;
    }
    if (value->is_int64()) {
        return value->as_int64();
    }
    if (value->is_uint64() && value->as_uint64() <= std::uint64_t(INT64_MAX)) {
        return static_cast<std::int64_t>(value->as_uint64());
    }
    return std::nullopt;
}

inline std::optional<std::int64_t> integerOf(const json::value& value)
{
    return integerOf(&value);
}

inline std::optional<std::int64_t> integerField(const json::object& row, const char* name)
{
    return integerOf(row.if_contains(name));
}

inline std::optional<std::int64_t> integerOf(const json::object& row, const char* name)
{
    return integerField(row, name);
}

// The field when it is a string; nullptr otherwise.
inline const json::string* stringField(const json::object& row, const char* name)
{
    const json::value* value = row.if_contains(name);
    return value ? value->if_string() : nullptr;
}

inline QString qs(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

inline json::string jsonText(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    return json::string(json::string_view(utf8.constData(), std::size_t(utf8.size())));
}

} // namespace cruscotto::sync::jsonfields
