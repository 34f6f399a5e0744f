#include "widgets/zonespage.h"

#include "core/cache.h"
#include "core/database.h"
#include "core/rometime.h"
#include "widgets/periodpicker.h"
#include "widgets/tableclipboard.h"

#include <QComboBox>
#include <QDateTime>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>
#include <cmath>
#include <exception>
#include <stdexcept>

namespace widgets {

namespace {

QStandardItem* cell(const QString& text, bool numeric)
{
    auto* item = new QStandardItem(text);
    item->setEditable(false);
    if (numeric) {
        item->setData(int(Qt::AlignRight | Qt::AlignVCenter), Qt::TextAlignmentRole);
    }
    return item;
}

// Over capacity or out of range: a red that reads on the palette in use, light or dark.
QColor alarmColour(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < 128 ? QColor(0xff, 0x7b, 0x72) : QColor(0xc6, 0x28, 0x28);
}

QString dash()
{
    return QStringLiteral("–");
}

QDoubleSpinBox* spinBox(const QString& name, const QString& accessible, double low, double high, int decimals,
                        const QString& suffix, QWidget* parent)
{
    auto* box = new QDoubleSpinBox(parent);
    box->setObjectName(name);
    box->setAccessibleName(accessible);
    box->setRange(low, high);
    box->setDecimals(decimals);
    box->setSingleStep(decimals > 0 ? 0.5 : 10.0);
    box->setSuffix(suffix);
    return box;
}

} // namespace

ZoneFigures ZonesPage::queryFigures(const QString& dataDir, std::int64_t siteId, const core::Period& period)
{
    ZoneFigures figures;
    figures.siteId = siteId;
    figures.period = period;
    try {
        core::Database db = core::Cache::openReader(dataDir);
        figures.zones = core::DashboardQueries(db).zones(siteId, period);
        const core::ZoneClimate climate(db);
        figures.latest = climate.latestHours(siteId);
        figures.lux = climate.luxAverages(siteId, period);
        for (const core::ZoneSummary& zone : std::as_const(figures.zones)) {
            if (const auto t = climate.thresholds(zone.zoneId)) {
                figures.thresholds.insert(zone.zoneId, *t);
            }
        }
    } catch (const core::DatabaseError& e) {
        figures.error = tr("The zones could not be read from the cache: %1").arg(e.message());
    } catch (const std::exception& e) {
        figures.error = tr("The zones could not be read from the cache: %1").arg(QString::fromUtf8(e.what()));
    }
    return figures;
}

ZoneSeries ZonesPage::querySeries(const QString& dataDir, std::int64_t zoneId, const core::Period& period)
{
    ZoneSeries series;
    series.zoneId = zoneId;
    series.period = period;
    series.hourly = period.days() <= HourlyDays;
    try {
        core::Database db = core::Cache::openReader(dataDir);
        const core::ZoneClimate climate(db);
        const auto value = [](const std::optional<double>& v) { return v.value_or(core::kNoReading); };
        if (series.hourly) {
            for (const core::ZoneReading& r : climate.hourly(zoneId, period)) {
                series.readings.append({ r.hourUtc, value(r.temperature), value(r.humidity) });
            }
        } else {
            for (const core::ZoneDayFigures& d : climate.daily(zoneId, period)) {
                // A day at its local noon, so a DST change never moves it to the next day.
                series.readings.append(
                    { core::RomeTime::utcOf(d.day, 12), value(d.temperatureAvg), value(d.humidityAvg) });
            }
        }
    } catch (const core::DatabaseError& e) {
        series.error = tr("The zone's readings could not be read from the cache: %1").arg(e.message());
    } catch (const std::exception& e) {
        series.error = tr("The zone's readings could not be read from the cache: %1").arg(QString::fromUtf8(e.what()));
    }
    return series;
}

QString ZonesPage::saveThresholds(const QString& dataDir, std::int64_t zoneId, const core::ZoneThresholds& thresholds)
{
    try {
        // A plain writer connection: the cache was checked and migrated when the window
        // opened it, and must never be moved aside under the screens reading it.
        core::Database db = core::Database::open(core::Cache::pathIn(dataDir), core::Database::Mode::ReadWrite);
        if (!core::ZoneClimate(db).setThresholds(zoneId, thresholds)) {
            return tr("The zone is no longer in the cache.");
        }
        return QString();
    } catch (const std::invalid_argument& e) {
        return QString::fromUtf8(e.what());
    } catch (const core::DatabaseError& e) {
        return tr("The thresholds could not be saved: %1").arg(e.message());
    } catch (const std::exception& e) {
        return tr("The thresholds could not be saved: %1").arg(QString::fromUtf8(e.what()));
    }
}

ZonesPage::ZonesPage(QWidget* parent)
    : QWidget(parent)
    , m_site(new QComboBox(this))
    , m_period(new PeriodPicker(this))
    , m_breadcrumb(new QLabel(this))
    , m_status(new QLabel(this))
    , m_model(new QStandardItemModel(0, ColumnCount, this))
    , m_table(new QTableView(this))
    , m_chart(new ZoneClimateChart(this))
    , m_editor(new QGroupBox(this))
    , m_tempMin(spinBox(QStringLiteral("temperatureMin"), tr("Lowest temperature"), -20, 50, 1, tr(" °C"), this))
    , m_tempMax(spinBox(QStringLiteral("temperatureMax"), tr("Highest temperature"), -20, 50, 1, tr(" °C"), this))
    , m_rhMin(spinBox(QStringLiteral("humidityMin"), tr("Lowest relative humidity"), 0, 100, 1, tr(" %"), this))
    , m_rhMax(spinBox(QStringLiteral("humidityMax"), tr("Highest relative humidity"), 0, 100, 1, tr(" %"), this))
    , m_luxMax(spinBox(QStringLiteral("luxMax"), tr("Most light"), 1, 10000, 0, tr(" lux"), this))
    , m_save(new QPushButton(tr("&Save thresholds"), this))
    , m_defaults(new QPushButton(tr("Museum &defaults"), this))
    , m_editorStatus(new QLabel(this))
{
    setObjectName(QStringLiteral("zonesPage"));
    m_site->setObjectName(QStringLiteral("zonesSiteCombo"));
    m_site->setAccessibleName(tr("Site"));
    m_site->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_site->setMinimumContentsLength(30);
    m_breadcrumb->setObjectName(QStringLiteral("zonesBreadcrumb"));
    m_breadcrumb->setTextFormat(Qt::RichText);
    m_breadcrumb->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_breadcrumb->setAccessibleName(tr("Where you are"));
    m_status->setObjectName(QStringLiteral("zonesStatus"));
    m_status->setWordWrap(true);
    m_status->hide();

    auto* title = new QLabel(tr("Zones & climate"), this);
    title->setObjectName(QStringLiteral("pageTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_model->setHorizontalHeaderLabels({ tr("Zone"), tr("Capacity"), tr("Now"), tr("Peak"), tr("Peak %"), tr("Temp."),
                                         tr("RH"), tr("Light"), tr("Hours"), tr("Temp. out"), tr("RH out"),
                                         tr("Light out"), tr("Out of range"), tr("In range"), tr("Thresholds") });
    m_model->horizontalHeaderItem(PeakShareColumn)->setToolTip(tr("The peak against the zone's capacity"));
    m_model->horizontalHeaderItem(TemperatureColumn)->setToolTip(tr("Average temperature over the period"));
    m_model->horizontalHeaderItem(HumidityColumn)->setToolTip(tr("Average relative humidity over the period"));
    m_model->horizontalHeaderItem(LightColumn)->setToolTip(tr("Average light over the period"));
    m_model->horizontalHeaderItem(HoursColumn)->setToolTip(tr("Hours with readings in the period"));
    m_model->horizontalHeaderItem(TemperatureOutColumn)->setToolTip(tr("Hours too hot or too cold"));
    m_model->horizontalHeaderItem(HumidityOutColumn)->setToolTip(tr("Hours too dry or too damp"));
    m_model->horizontalHeaderItem(LightOutColumn)->setToolTip(tr("Hours with too much light"));
    m_model->horizontalHeaderItem(NowColumn)->setToolTip(tr("People present in the latest hour in the cache"));
    m_model->horizontalHeaderItem(PeakColumn)->setToolTip(tr("Most people present at once in the period"));
    m_model->horizontalHeaderItem(HoursOutColumn)
        ->setToolTip(tr("Hours with any reading out of the zone's conservation thresholds"));
    m_table->setObjectName(QStringLiteral("zonesTable"));
    m_table->setAccessibleName(tr("Zones of the site"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    TableClipboard::install(m_table);

    m_chart->setObjectName(QStringLiteral("zoneClimateChart"));
    m_chart->setMinimumHeight(240);

    m_editor->setObjectName(QStringLiteral("thresholdsEditor"));
    m_editor->setAccessibleName(tr("Conservation thresholds"));
    m_save->setObjectName(QStringLiteral("saveThresholds"));
    m_defaults->setObjectName(QStringLiteral("defaultThresholds"));
    m_defaults->setToolTip(tr("18–25 °C, 40–65 % relative humidity, at most 200 lux"));
    m_editorStatus->setObjectName(QStringLiteral("thresholdsStatus"));
    m_editorStatus->setWordWrap(true);
    auto* form = new QFormLayout;
    const auto range = [this](QDoubleSpinBox* low, QDoubleSpinBox* high) {
        auto* row = new QHBoxLayout;
        row->addWidget(low);
        row->addWidget(new QLabel(tr("to"), this));
        row->addWidget(high);
        row->addStretch();
        return row;
    };
    auto* tempLabel = new QLabel(tr("T&emperature:"), this);
    tempLabel->setBuddy(m_tempMin);
    auto* rhLabel = new QLabel(tr("Relative &humidity:"), this);
    rhLabel->setBuddy(m_rhMin);
    auto* luxLabel = new QLabel(tr("&Light at most:"), this);
    luxLabel->setBuddy(m_luxMax);
    form->addRow(tempLabel, range(m_tempMin, m_tempMax));
    form->addRow(rhLabel, range(m_rhMin, m_rhMax));
    form->addRow(luxLabel, m_luxMax);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_defaults);
    buttons->addStretch();
    auto* editorLayout = new QVBoxLayout(m_editor);
    editorLayout->addLayout(form);
    editorLayout->addLayout(buttons);
    editorLayout->addWidget(m_editorStatus);
    editorLayout->addStretch();
    m_editor->setEnabled(false);

    auto* siteLabel = new QLabel(tr("&Site:"), this);
    siteLabel->setBuddy(m_site);
    auto* filters = new QHBoxLayout;
    filters->setSpacing(8);
    filters->addWidget(siteLabel);
    filters->addWidget(m_site);
    filters->addSpacing(16);
    filters->addWidget(m_period);
    filters->addStretch();

    auto* lower = new QWidget(this);
    auto* lowerLayout = new QHBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_chart, 3);
    lowerLayout->addWidget(m_editor, 1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(title);
    layout->addLayout(filters);
    layout->addWidget(m_breadcrumb);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);

    setTabOrder(m_site, m_period);
    setTabOrder(m_period, m_table);
    setTabOrder(m_table, m_chart);
    setTabOrder(m_chart, m_tempMin);
    setTabOrder(m_tempMin, m_tempMax);
    setTabOrder(m_tempMax, m_rhMin);
    setTabOrder(m_rhMin, m_rhMax);
    setTabOrder(m_rhMax, m_luxMax);
    setTabOrder(m_luxMax, m_save);
    setTabOrder(m_save, m_defaults);

    connect(m_site, &QComboBox::currentIndexChanged, this, [this] {
        m_zoneId = 0;
        refresh();
    });
    connect(m_period, &PeriodPicker::periodChanged, this, &ZonesPage::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ZonesPage::zoneChosen);
    connect(m_breadcrumb, &QLabel::linkActivated, this,
            [this](const QString& link) { emit regionRequested(link.section(QLatin1Char(':'), 1).toLongLong()); });
    connect(m_save, &QPushButton::clicked, this, &ZonesPage::saveEditedThresholds);
    connect(m_defaults, &QPushButton::clicked, this, [this] {
        core::ZoneThresholds defaults;
        setEditedThresholds(defaults);
        m_editorStatus->setText(tr("Museum defaults filled in: save to apply them."));
    });
}

void ZonesPage::setCache(const QString& dataDir, const QList<core::Site>& sites, const QDate& firstDay,
                         const QDate& lastDay)
{
    m_dataDir = dataDir;
    m_sites = sites;
    {
        const QSignalBlocker blockSite(m_site);
        const QSignalBlocker blockPeriod(m_period);
        const qint64 previous = m_site->currentData().toLongLong();
        m_site->clear();
        for (const core::Site& site : sites) {
            m_site->addItem(tr("%1, %2", "site name, region").arg(site.name, site.regionName),
                            QVariant::fromValue<qint64>(site.id));
        }
        const int keep = m_site->findData(QVariant::fromValue<qint64>(previous));
        m_site->setCurrentIndex(keep >= 0 ? keep : 0);
        m_period->setDataRange(firstDay, lastDay);
        m_period->selectPreset(ReportingPeriod::Preset::Last7Days);
    }
    refresh();
}

void ZonesPage::showSite(std::int64_t siteId, const QDate& from, const QDate& to)
{
    {
        const QSignalBlocker blockSite(m_site);
        const QSignalBlocker blockPeriod(m_period);
        const int index = m_site->findData(QVariant::fromValue<qint64>(siteId));
        if (index >= 0) {
            m_site->setCurrentIndex(index);
        }
        if (from.isValid() && to.isValid()) {
            m_period->selectRange(from, to);
        }
    }
    m_zoneId = 0;
    refresh();
}

void ZonesPage::selectSite(std::int64_t siteId)
{
    const int index = m_site->findData(QVariant::fromValue<qint64>(siteId));
    if (index >= 0) {
        m_site->setCurrentIndex(index);
    }
}

void ZonesPage::selectPeriod(ReportingPeriod::Preset preset)
{
    m_period->selectPreset(preset);
}

void ZonesPage::selectRange(const QDate& from, const QDate& to)
{
    m_period->selectRange(from, to);
}

void ZonesPage::selectZone(std::int64_t zoneId)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->item(row, ZoneColumn)->data(ZoneIdRole).toLongLong() == zoneId) {
            m_table->setCurrentIndex(m_model->index(row, ZoneColumn));
            m_table->selectRow(row);
            return;
        }
    }
}

std::int64_t ZonesPage::selectedSite() const
{
    return m_site->currentData().toLongLong();
}

core::Period ZonesPage::selectedPeriod() const
{
    return m_period->period();
}

bool ZonesPage::isUpToDate() const
{
    return m_generation > 0 && m_shownGeneration == m_generation && !m_pending;
}

void ZonesPage::refresh()
{
    if (m_dataDir.isEmpty() || selectedSite() == 0) {
        return;
    }
    ++m_generation;
    if (!m_pending) {
        m_pending = true;
        QTimer::singleShot(0, this, &ZonesPage::startRefresh);
    }
}

void ZonesPage::startRefresh()
{
    m_pending = false;
    const quint64 generation = m_generation;
    auto* watcher = new QFutureWatcher<ZoneFigures>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_generation) {
            showFigures(watcher->result());
        }
    });
    watcher->setFuture(QtConcurrent::run(&ZonesPage::queryFigures, m_dataDir, selectedSite(), selectedPeriod()));
}

void ZonesPage::showFigures(const ZoneFigures& figures)
{
    m_shown = figures;
    m_shownGeneration = m_generation;
    if (!figures.error.isEmpty()) {
        m_status->setText(figures.error);
        m_status->show();
    } else if (figures.zones.isEmpty()) {
        m_status->setText(tr("This site has no zones with sensors in the cache."));
        m_status->show();
    } else {
        m_status->hide();
    }
    const QLocale locale;
    const QColor alarm = alarmColour(m_table->palette());
    const std::int64_t keepZone = m_zoneId;
    {
        const QSignalBlocker block(m_table->selectionModel());
        m_model->removeRows(0, m_model->rowCount());
        for (const core::ZoneSummary& z : figures.zones) {
            const auto latest = figures.latest.constFind(z.zoneId);
            const core::ZoneThresholds limits = figures.thresholds.value(z.zoneId);
            QList<QStandardItem*> row;
            QStandardItem* name = cell(z.indoor ? z.name : tr("%1 (outdoor)").arg(z.name), false);
            name->setData(QVariant::fromValue<qint64>(z.zoneId), ZoneIdRole);
            name->setToolTip(z.code);
            row << name;
            row << cell(z.capacity > 0 ? locale.toString(z.capacity) : dash(), true);
            QStandardItem* now = cell(dash(), true);
            if (latest != figures.latest.constEnd()) {
                now->setText(locale.toString(qRound64(latest->occupancyAvg)));
                const QDateTime hour = QDateTime::fromSecsSinceEpoch(latest->hourUtc, QTimeZone("Europe/Rome"));
                now->setToolTip(
                    tr("Average in the hour from %1; at most %2")
                        .arg(locale.toString(hour, QLocale::ShortFormat), locale.toString(latest->occupancyMax)));
                if (z.capacity > 0 && latest->occupancyMax > z.capacity) {
                    now->setForeground(alarm);
                }
            }
            row << now;
            row << cell(z.hours > 0 ? locale.toString(z.peakOccupancy) : dash(), true);
            QStandardItem* share = cell(dash(), true);
            if (z.capacity > 0 && z.hours > 0) {
                share->setText(tr("%1 %", "percentage")
                                   .arg(locale.toString(double(z.peakOccupancy) * 100.0 / double(z.capacity), 'f', 0)));
                if (z.peakOccupancy > z.capacity) {
                    share->setForeground(alarm);
                }
            }
            row << share;
            row << cell(z.temperatureAvg ? tr("%1 °C").arg(locale.toString(*z.temperatureAvg, 'f', 1)) : dash(), true);
            row << cell(z.humidityAvg ? tr("%1 %", "percentage").arg(locale.toString(*z.humidityAvg, 'f', 1)) : dash(),
                        true);
            row << cell(figures.lux.contains(z.zoneId)
                            ? tr("%1 lux").arg(locale.toString(figures.lux.value(z.zoneId), 'f', 0))
                            : dash(),
                        true);
            row << cell(locale.toString(z.hours), true);
            const bool counted = z.indoor && z.hours > 0;
            row << cell(counted ? locale.toString(z.hoursTemperatureOut) : dash(), true);
            row << cell(counted ? locale.toString(z.hoursHumidityOut) : dash(), true);
            row << cell(counted ? locale.toString(z.hoursLuxOut) : dash(), true);
            QStandardItem* out = cell(counted ? locale.toString(z.hoursOut) : dash(), true);
            if (counted && z.hoursOut > 0) {
                out->setForeground(alarm);
            }
            row << out;
            // Rounded down: one hour out of range never reads as 100 %.
            row << cell(
                counted ? tr("%1 %", "percentage")
                              .arg(locale.toString(
                                  std::floor(double(z.hours - z.hoursOut) * 1000.0 / double(z.hours)) / 10.0, 'f', 1))
                        : dash(),
                true);
            row << cell(z.indoor ? tr("%1–%2 °C · %3–%4 % · ≤ %5 lux")
                                       .arg(locale.toString(limits.temperatureMin, 'f', 1),
                                            locale.toString(limits.temperatureMax, 'f', 1),
                                            locale.toString(limits.humidityMin, 'f', 0),
                                            locale.toString(limits.humidityMax, 'f', 0),
                                            locale.toString(limits.luxMax, 'f', 0))
                                 : tr("none (outdoor)"),
                        false);
            m_model->appendRow(row);
        }
    }
    // "Now" is the latest hour the cache has, which a cache synced yesterday puts in the past.
    std::int64_t latestHour = 0;
    for (const core::ZoneReading& r : figures.latest) {
        latestHour = std::max(latestHour, r.hourUtc);
    }
    m_model->horizontalHeaderItem(NowColumn)->setToolTip(
        latestHour > 0 ? tr("People present in the hour from %1, the latest in the cache")
                             .arg(locale.toString(QDateTime::fromSecsSinceEpoch(latestHour, QTimeZone("Europe/Rome")),
                                                  QLocale::ShortFormat))
                       : tr("People present in the latest hour in the cache"));
    m_table->resizeColumnsToContents();
    updateBreadcrumb();
    emit refreshed();
    // Keep the zone the user was looking at; else the first one.
    if (m_model->rowCount() > 0) {
        bool found = false;
        for (int row = 0; row < m_model->rowCount() && !found; ++row) {
            found = m_model->item(row, ZoneColumn)->data(ZoneIdRole).toLongLong() == keepZone;
        }
        const std::int64_t zone = found ? keepZone : m_model->item(0, ZoneColumn)->data(ZoneIdRole).toLongLong();
        {
            const QSignalBlocker block(m_table->selectionModel());
            selectZone(zone);
        }
        if (zone != keepZone) {
            m_editorStatus->clear();
        }
        m_zoneId = zone;
        updateBreadcrumb();
        updateEditor();
        loadSeries();
    } else {
        m_zoneId = 0;
        m_chart->clear(tr("No zone to show"));
        updateEditor();
    }
}

void ZonesPage::zoneChosen()
{
    const QModelIndex current = m_table->currentIndex();
    const std::int64_t zoneId
        = current.isValid() ? m_model->item(current.row(), ZoneColumn)->data(ZoneIdRole).toLongLong() : 0;
    if (zoneId == m_zoneId) {
        return;
    }
    m_zoneId = zoneId;
    m_editorStatus->clear();
    updateBreadcrumb();
    updateEditor();
    loadSeries();
}

void ZonesPage::loadSeries()
{
    if (m_zoneId <= 0) {
        return;
    }
    const quint64 generation = ++m_seriesGeneration;
    auto* watcher = new QFutureWatcher<ZoneSeries>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_seriesGeneration) {
            showSeries(watcher->result());
        }
    });
    watcher->setFuture(QtConcurrent::run(&ZonesPage::querySeries, m_dataDir, m_zoneId, m_shown.period));
}

void ZonesPage::showSeries(const ZoneSeries& series)
{
    m_series = series;
    QString zoneName;
    for (const core::ZoneSummary& z : std::as_const(m_shown.zones)) {
        if (z.zoneId == series.zoneId) {
            zoneName = z.name;
        }
    }
    if (!series.error.isEmpty()) {
        m_chart->clear(series.error);
    } else {
        m_chart->setData(series.hourly ? tr("%1, hour by hour").arg(zoneName) : tr("%1, day by day").arg(zoneName),
                         series.readings, m_shown.thresholds.value(series.zoneId));
    }
    emit seriesShown();
}

void ZonesPage::updateBreadcrumb()
{
    const core::Site* site = nullptr;
    for (const core::Site& s : std::as_const(m_sites)) {
        if (s.id == selectedSite()) {
            site = &s;
        }
    }
    if (site == nullptr) {
        m_breadcrumb->clear();
        return;
    }
    QString zoneName;
    for (const core::ZoneSummary& z : std::as_const(m_shown.zones)) {
        if (z.zoneId == m_zoneId) {
            zoneName = z.name;
        }
    }
    QString text = tr("<a href=\"region:0\">All regions</a> › <a href=\"region:%1\">%2</a> › %3", "breadcrumb")
                       .arg(site->regionId)
                       .arg(site->regionName.toHtmlEscaped(), site->name.toHtmlEscaped());
    if (!zoneName.isEmpty()) {
        text = tr("%1 › %2", "breadcrumb").arg(text, zoneName.toHtmlEscaped());
    }
    m_breadcrumb->setText(text);
}

void ZonesPage::updateEditor()
{
    const auto limits = m_shown.thresholds.constFind(m_zoneId);
    QString zoneName;
    for (const core::ZoneSummary& z : std::as_const(m_shown.zones)) {
        if (z.zoneId == m_zoneId) {
            zoneName = z.name;
        }
    }
    if (limits == m_shown.thresholds.constEnd()) {
        m_editor->setTitle(tr("Conservation thresholds"));
        m_editor->setEnabled(false);
        return;
    }
    m_editor->setTitle(tr("Conservation thresholds: %1").arg(zoneName));
    setEditedThresholds(*limits);
    m_editor->setEnabled(limits->indoor && !m_saving);
    if (!limits->indoor) {
        m_editorStatus->setText(tr("An outdoor zone has no conservation thresholds."));
    }
}

void ZonesPage::setEditedThresholds(const core::ZoneThresholds& thresholds)
{
    m_tempMin->setValue(thresholds.temperatureMin);
    m_tempMax->setValue(thresholds.temperatureMax);
    m_rhMin->setValue(thresholds.humidityMin);
    m_rhMax->setValue(thresholds.humidityMax);
    m_luxMax->setValue(thresholds.luxMax);
}

core::ZoneThresholds ZonesPage::editedThresholds() const
{
    core::ZoneThresholds t;
    t.temperatureMin = m_tempMin->value();
    t.temperatureMax = m_tempMax->value();
    t.humidityMin = m_rhMin->value();
    t.humidityMax = m_rhMax->value();
    t.luxMax = m_luxMax->value();
    return t;
}

void ZonesPage::saveEditedThresholds()
{
    if (m_zoneId <= 0 || m_saving) {
        return;
    }
    const core::ZoneThresholds thresholds = editedThresholds();
    const QString problem = core::ZoneClimate::validate(thresholds);
    if (!problem.isEmpty()) {
        m_editorStatus->setText(problem);
        emit thresholdsSaved(false, problem);
        return;
    }
    // Recounting a zone's hours is a write over all its days: on a worker thread.
    m_saving = true;
    m_editor->setEnabled(false);
    m_editorStatus->setText(tr("Saving and counting the hours out of range again…"));
    const std::int64_t zoneId = m_zoneId;
    auto* watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_saving = false;
        const QString error = watcher->result();
        const QString message
            = error.isEmpty() ? tr("Thresholds saved; the hours out of range are counted again.") : error;
        if (error.isEmpty()) {
            refresh(); // the editor is enabled again when the zone is shown
        } else {
            m_editor->setEnabled(true);
        }
        m_editorStatus->setText(message);
        emit thresholdsSaved(error.isEmpty(), message);
    });
    watcher->setFuture(QtConcurrent::run(&ZonesPage::saveThresholds, m_dataDir, zoneId, thresholds));
}

} // namespace widgets
