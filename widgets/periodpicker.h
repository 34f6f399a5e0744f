#pragma once

#include "core/dashboardqueries.h"
#include "widgets/reportingperiod.h"

#include <QWidget>

class QComboBox;
class QDateEdit;

namespace widgets {

// A period for the regional, zone and alert screens: the reporting presets
// anchored on the cache's last day, or any range typed in the two dates. Editing
// a date makes the period a custom one; a range typed backwards is put right.
class PeriodPicker : public QWidget
{
    Q_OBJECT

public:
    explicit PeriodPicker(QWidget* parent = nullptr);

    // The days the cache has data for: the presets end on `lastDay`.
    void setDataRange(const QDate& firstDay, const QDate& lastDay);
    void selectPreset(ReportingPeriod::Preset preset);
    void selectRange(const QDate& from, const QDate& to);

    core::Period period() const;
    ReportingPeriod::Preset preset() const;

signals:
    void periodChanged();

private:
    void presetChosen();
    void dateEdited(QDateEdit* edited);

    QDate m_lastDay;
    QComboBox* m_preset;
    QDateEdit* m_from;
    QDateEdit* m_to;
};

} // namespace widgets
