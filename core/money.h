#pragma once

#include <QList>
#include <QLocale>
#include <QString>

#include <compare>
#include <cstdint>
#include <optional>

namespace core {

// An amount of euro, held as integer cents: never a floating-point sum.
// Arithmetic that would overflow throws std::overflow_error rather than wrap.
class Money
{
public:
    constexpr Money() = default;
    static constexpr Money fromCents(std::int64_t cents) { return Money(cents); }
    // Parses "12", "12.5", "1.234,56", "€ 1.234,56", "-3,20" in the given locale's
    // separators (C locale: "1234.56"). At most two decimals; nullopt on anything else.
    static std::optional<Money> parse(const QString& text, const QLocale& locale = QLocale::c());

    constexpr std::int64_t cents() const { return m_cents; }
    constexpr bool isZero() const { return m_cents == 0; }

    Money operator+(Money other) const;
    Money operator-(Money other) const;
    Money operator*(std::int64_t factor) const;
    Money& operator+=(Money other) { return *this = *this + other; }
    Money& operator-=(Money other) { return *this = *this - other; }
    constexpr auto operator<=>(const Money&) const = default;

    // Splits the amount into parts proportional to the weights; the parts add up to
    // exactly this amount (leftover cents go to the largest remainders, earliest first).
    QList<Money> allocate(const QList<std::int64_t>& weights) const;
    // Average per unit, rounded half away from zero; zero when count is zero.
    Money dividedBy(std::int64_t count) const;

    // "1.234,56 €" in Italian, "€1,234.56" in English: the locale's own currency format.
    QString toString(const QLocale& locale = QLocale()) const;
    // Plain decimal for files and the wire: "1234.56", "-0.05".
    QString toPlainString() const;

private:
    constexpr explicit Money(std::int64_t cents)
        : m_cents(cents)
    { }
    std::int64_t m_cents = 0;
};

} // namespace core
