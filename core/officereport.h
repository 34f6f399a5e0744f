#pragma once

#include "core/report.h"
#include "core/ticketoffice.h"

#include <QCoreApplication>

namespace core {

class Database;
class Ledger;

// Report 5: a ticket office's figures from this device's ledger: each day's totals
// (TicketOffice::dayTotals, what `cruscotto-cli office-report` prints for a day),
// the period's sales by product, category and payment, and the Z report of every
// cash session closed in the period (TicketOffice::zReport). The ledger is read,
// never written.
class OfficeReport
{
    Q_DECLARE_TR_FUNCTIONS(OfficeReport)

public:
    static constexpr int MaxDays = 366;

    static void fill(Database& cache, const ReportRequest& request, Report& report);

    // The same tables from an open ledger (the device's site is the scope).
    static QList<ReportTable> tables(Ledger& ledger, const Site& site, const Period& period);
    // The Z reports of the cash sessions closed in the period (Rome days), oldest first.
    static QList<SessionReport> closedSessions(Ledger& ledger, const Site& site, const Period& period);
};

} // namespace core
