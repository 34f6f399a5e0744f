#pragma once

#include "core/money.h"

#include <QDate>
#include <QList>
#include <QString>

#include <cstdint>
#include <variant>

namespace core {

// One value of a report table, typed so each writer can write it as what it is:
// a number as a number, a date as a date, an amount of euro in a money format.
using ReportCell = std::variant<std::monostate, QString, std::int64_t, double, Money, QDate>;
using ReportRow = QList<ReportCell>;

} // namespace core
