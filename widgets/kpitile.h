#pragma once

#include <QFrame>

#include <optional>

class QLabel;

namespace widgets {

// One key figure on the dashboard: a caption, the figure in large type and a
// line of detail under it.
class KpiTile : public QFrame
{
    Q_OBJECT

public:
    // `name` becomes the object name of the figure's label (e.g. "visitorsValue"),
    // and "<name>Detail" that of the detail line, so tests and tools find them.
    KpiTile(const QString& title, const QString& name, QWidget* parent = nullptr);

    void setValue(const QString& value, const QString& detail = QString());
    QString value() const;
    QString detail() const;
    // A third line comparing with the same period last year; `change` is the
    // relative change (0.081 = +8.1 %), nullopt when last year had nothing to compare.
    void setComparison(std::optional<double> change);
    // The same for a share or a rate (online share, occupancy, compliance): the
    // change in percentage points (0.023 = +2.3 points).
    void setPointsComparison(std::optional<double> change);
    // No comparison at all (an error, nothing loaded).
    void clearComparison();
    QString comparison() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void colourComparison();

    int m_direction = 0; // of the comparison shown: +1 up, -1 down, 0 none
    QLabel* m_title;
    QLabel* m_value;
    QLabel* m_detail;
    QLabel* m_comparison;
};

} // namespace widgets
