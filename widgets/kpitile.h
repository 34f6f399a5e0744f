#pragma once

#include <QFrame>

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

private:
    QLabel* m_title;
    QLabel* m_value;
    QLabel* m_detail;
};

} // namespace widgets
