#include "core/money.h"

#include <QRegularExpression>

#include <cstdlib>
#include <stdexcept>

namespace core {

namespace {
// Products of cents and weights can pass 2^63 before the division brings them back.
__extension__ using Int128 = __int128;
} // namespace

Money Money::operator+(Money other) const
{
    std::int64_t result = 0;
    if (__builtin_add_overflow(m_cents, other.m_cents, &result)) {
        throw std::overflow_error("money addition overflows");
    }
    return Money(result);
}

Money Money::operator-(Money other) const
{
    std::int64_t result = 0;
    if (__builtin_sub_overflow(m_cents, other.m_cents, &result)) {
        throw std::overflow_error("money subtraction overflows");
    }
    return Money(result);
}

Money Money::operator*(std::int64_t factor) const
{
    std::int64_t result = 0;
    if (__builtin_mul_overflow(m_cents, factor, &result)) {
        throw std::overflow_error("money multiplication overflows");
    }
    return Money(result);
}

Money Money::dividedBy(std::int64_t count) const
{
    if (count == 0) {
        return Money();
    }
    const std::int64_t quotient = m_cents / count;
    const std::int64_t remainder = m_cents % count;
    // Half away from zero: compare twice the remainder with the divisor.
    if (std::llabs(remainder) * 2 >= std::llabs(count)) {
        return Money(quotient + (((m_cents < 0) != (count < 0)) ? -1 : 1));
    }
    return Money(quotient);
}

QList<Money> Money::allocate(const QList<std::int64_t>& weights) const
{
    QList<Money> parts;
    std::int64_t total = 0;
    for (const auto w : weights) {
        if (w < 0) {
            throw std::invalid_argument("allocation weights must not be negative");
        }
        total += w;
    }
    if (weights.isEmpty()) {
        return parts;
    }
    if (total == 0) {
        throw std::invalid_argument("allocation weights must not all be zero");
    }
    std::int64_t given = 0;
    QList<Int128> remainders;
    for (const auto w : weights) {
        const Int128 exact = static_cast<Int128>(m_cents) * w;
        const auto share = static_cast<std::int64_t>(exact / total);
        parts.append(Money(share));
        remainders.append(exact % total);
        given += share;
    }
    std::int64_t left = m_cents - given;
    const int step = left >= 0 ? 1 : -1;
    while (left != 0) {
        // Give one cent to the part with the largest remainder (in the direction of the sign).
        qsizetype best = 0;
        for (qsizetype i = 1; i < remainders.size(); ++i) {
            if (remainders[i] * step > remainders[best] * step) {
                best = i;
            }
        }
        parts[best] = Money(parts[best].m_cents + step);
        remainders[best] = 0;
        left -= step;
    }
    return parts;
}

QString Money::toString(const QLocale& locale) const
{
    const std::int64_t absolute = m_cents < 0 ? -m_cents : m_cents;
    QLocale grouping = locale;
    grouping.setNumberOptions(QLocale::DefaultNumberOptions);
    const QString number = grouping.toString(static_cast<qlonglong>(absolute / 100)) + locale.decimalPoint()
        + QStringLiteral("%1").arg(absolute % 100, 2, 10, QLatin1Char('0'));
    // Let the locale place the symbol and sign, with our exact digits.
    const QString templ = locale.toCurrencyString(m_cents < 0 ? -1.0 : 1.0, QStringLiteral("€"), 0);
    const QString one = locale.toString(1);
    QString result = templ;
    result.replace(result.indexOf(one), one.size(), number);
    return result;
}

QString Money::toPlainString() const
{
    const std::int64_t absolute = m_cents < 0 ? -m_cents : m_cents;
    return QStringLiteral("%1%2.%3")
        .arg(m_cents < 0 ? QStringLiteral("-") : QString())
        .arg(absolute / 100)
        .arg(absolute % 100, 2, 10, QLatin1Char('0'));
}

std::optional<Money> Money::parse(const QString& text, const QLocale& locale)
{
    QString s = text.trimmed();
    s.remove(QStringLiteral("€"));
    s.remove(QStringLiteral("EUR"), Qt::CaseInsensitive);
    s.remove(QChar(0x00A0));
    s.remove(QChar(0x202F));
    s = s.trimmed();
    bool negative = false;
    if (s.startsWith(QLatin1Char('-')) || s.startsWith(locale.negativeSign())) {
        negative = true;
        s = s.mid(1).trimmed();
    }
    const QString group = locale.groupSeparator();
    const QString point = locale.decimalPoint();
    const qsizetype pointAt = s.lastIndexOf(point);
    QString whole = pointAt >= 0 ? s.left(pointAt) : s;
    const QString fraction = pointAt >= 0 ? s.mid(pointAt + point.size()) : QString();
    if (!group.isEmpty() && whole.contains(group)) {
        // Grouping must be well formed: 1.234.567, not 12.34.
        const QStringList groups = whole.split(group);
        for (qsizetype i = 0; i < groups.size(); ++i) {
            const auto& g = groups[i];
            if ((i == 0 && (g.isEmpty() || g.size() > 3)) || (i > 0 && g.size() != 3)) {
                return std::nullopt;
            }
        }
        whole = groups.join(QString());
    }
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    if (whole.isEmpty() || !digits.match(whole).hasMatch() || whole.size() > 16) {
        return std::nullopt;
    }
    if (pointAt >= 0 && (fraction.isEmpty() || fraction.size() > 2 || !digits.match(fraction).hasMatch())) {
        return std::nullopt;
    }
    std::int64_t cents = whole.toLongLong() * 100;
    if (!fraction.isEmpty()) {
        cents += fraction.size() == 1 ? fraction.toLongLong() * 10 : fraction.toLongLong();
    }
    return Money(negative ? -cents : cents);
}

} // namespace core
