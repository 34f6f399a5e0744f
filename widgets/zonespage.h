#pragma once

#include "core/dashboardqueries.h"
#include "core/site.h"
#include "core/zoneclimate.h"
#include "widgets/charts/zoneclimatechart.h"
#include "widgets/reportingperiod.h"

#include <QHash>
#include <QList>
#include <QWidget>

#include <cstdint>

class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace widgets {

class PeriodPicker;

// The zones of one site over a period, computed on a worker thread.
struct ZoneFigures
{
    std::int64_t siteId = 0;
    core::Period period;
    QList<core::ZoneSummary> zones;
    QHash<std::int64_t, core::ZoneReading> latest; // by zone id: the latest hour in the cache
    QHash<std::int64_t, double> lux; // by zone id: average light over the period
    QHash<std::int64_t, core::ZoneThresholds> thresholds; // by zone id
    QString error;
};

// One zone's readings for the chart: hourly up to two weeks, else daily averages.
struct ZoneSeries
{
    std::int64_t zoneId = 0;
    core::Period period;
    bool hourly = true;
    QList<ZoneClimateChart::Reading> readings;
    QString error;
};

// Zones & climate: per zone of a site, people present now (the latest hour in the
// cache) and at the peak of the period against capacity, and the climate
// (temperature, relative humidity, light) against the zone's conservation thresholds
// with the hours out of range. The chosen zone's readings are charted, and its
// thresholds can be changed: the hours out of range are then counted again.
class ZonesPage : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        ZoneColumn,
        CapacityColumn,
        NowColumn,
        PeakColumn,
        PeakShareColumn,
        TemperatureColumn,
        HumidityColumn,
        LightColumn,
        HoursColumn,
        TemperatureOutColumn,
        HumidityOutColumn,
        LightOutColumn,
        HoursOutColumn,
        InRangeColumn,
        ThresholdsColumn,
        ColumnCount
    };
    static constexpr int ZoneIdRole = Qt::UserRole + 1;
    // Up to this many days the chart shows hours, beyond it days.
    static constexpr int HourlyDays = 14;

    explicit ZonesPage(QWidget* parent = nullptr);

    // Run on worker threads, each with its own connection.
    static ZoneFigures queryFigures(const QString& dataDir, std::int64_t siteId, const core::Period& period);
    static ZoneSeries querySeries(const QString& dataDir, std::int64_t zoneId, const core::Period& period);
    // Opens the writer connection; returns an empty string, or why the thresholds were not saved.
    static QString saveThresholds(const QString& dataDir, std::int64_t zoneId, const core::ZoneThresholds& thresholds);

    void setCache(const QString& dataDir, const QList<core::Site>& sites, const QDate& firstDay, const QDate& lastDay);
    // The drill-down from the regional page: one site over a period.
    void showSite(std::int64_t siteId, const QDate& from, const QDate& to);
    void selectSite(std::int64_t siteId);
    void selectPeriod(ReportingPeriod::Preset preset);
    void selectRange(const QDate& from, const QDate& to);
    void selectZone(std::int64_t zoneId);

    std::int64_t selectedSite() const;
    std::int64_t selectedZone() const { return m_zoneId; }
    core::Period selectedPeriod() const;
    bool isUpToDate() const;
    const ZoneFigures& shownFigures() const { return m_shown; }
    const ZoneSeries& shownSeries() const { return m_series; }
    QTableView* zoneView() const { return m_table; }
    ZoneClimateChart* chart() const { return m_chart; }

    // The thresholds editor, for the keyboard as for tests.
    void setEditedThresholds(const core::ZoneThresholds& thresholds);
    core::ZoneThresholds editedThresholds() const;

signals:
    void refreshed();
    void seriesShown();
    // After a save: ok, and the message shown under the editor.
    void thresholdsSaved(bool ok, const QString& message);
    // The breadcrumb's way back to the regional ranking (0: every region).
    void regionRequested(std::int64_t regionId);

public slots:
    void refresh();
    void saveEditedThresholds();

private:
    void startRefresh();
    void showFigures(const ZoneFigures& figures);
    void zoneChosen();
    void loadSeries();
    void showSeries(const ZoneSeries& series);
    void updateBreadcrumb();
    void updateEditor();

    QString m_dataDir;
    QList<core::Site> m_sites;
    quint64 m_generation = 0;
    quint64 m_shownGeneration = 0;
    quint64 m_seriesGeneration = 0;
    bool m_pending = false;
    bool m_saving = false;
    std::int64_t m_zoneId = 0;
    ZoneFigures m_shown;
    ZoneSeries m_series;

    QComboBox* m_site;
    PeriodPicker* m_period;
    QLabel* m_breadcrumb;
    QLabel* m_status;
    QStandardItemModel* m_model;
    QTableView* m_table;
    ZoneClimateChart* m_chart;
    QGroupBox* m_editor;
    QDoubleSpinBox* m_tempMin;
    QDoubleSpinBox* m_tempMax;
    QDoubleSpinBox* m_rhMin;
    QDoubleSpinBox* m_rhMax;
    QDoubleSpinBox* m_luxMax;
    QPushButton* m_save;
    QPushButton* m_defaults;
    QLabel* m_editorStatus;
};

} // namespace widgets
