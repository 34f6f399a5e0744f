#pragma once

#include "core/dashboardqueries.h"

#include <QList>
#include <QWidget>

class QLabel;
class QStandardItemModel;
class QTableView;

namespace widgets {

// The visitor profile of a scope and period: origin, age band and group type, one
// row per group. A cell under k visitors is never a number: it reads "< k" (and
// the group's secondary suppression keeps the total from giving it away). Ctrl+C
// and the context menu copy the table as TSV and HTML.
class VisitorProfileView : public QWidget
{
    Q_OBJECT

public:
    explicit VisitorProfileView(QWidget* parent = nullptr);

    // `k` is the threshold the cells were suppressed with.
    void setProfile(const QList<core::ProfileCell>& origin, const QList<core::ProfileCell>& ageBand,
                    const QList<core::ProfileCell>& groupType, int k);
    void clear();

    QTableView* table() const { return m_table; }
    const QStandardItemModel* model() const { return m_model; }

    // A bucket code as the user reads it ("IT:other" -> "Italy, other regions", "65+" -> "65 and over").
    static QString bucketName(const QString& dimension, const QString& bucket);
    static QString dimensionName(const QString& dimension);

private:
    void addRows(const QString& dimension, const QList<core::ProfileCell>& cells, int k);

    QTableView* m_table;
    QStandardItemModel* m_model;
    QLabel* m_note;
};

} // namespace widgets
