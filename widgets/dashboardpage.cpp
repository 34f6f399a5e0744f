#include "widgets/dashboardpage.h"

#include "core/cache.h"
#include "core/database.h"
#include "widgets/charts/trendchart.h"
#include "widgets/kpitile.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <exception>

namespace widgets {

namespace {
QLabel* fieldLabel(const QString& text, QWidget* buddy, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}
} // namespace

// Runs on a worker thread: a Database is not thread-safe, so the connection is
// opened here, used here and closed here.
DashboardFigures DashboardPage::queryFigures(const QString& dataDir, const QList<std::int64_t>& siteIds,
                                             const QDate& from, const QDate& to)
{
    DashboardFigures figures;
    figures.siteIds = siteIds;
    figures.from = from;
    figures.to = to;
    try {
        core::Database db = core::Cache::openReader(dataDir);
        const core::SalesQueries queries(db);
        figures.totals = queries.totals(siteIds, from, to);
        figures.lastYear = queries.totals(siteIds, from.addDays(-364), to.addDays(-364));
        figures.series = queries.dailySeries(siteIds, from, to);
    } catch (const core::DatabaseError& e) {
        figures.error = tr("The figures could not be read from the cache: %1").arg(e.message());
    } catch (const std::exception& e) {
        figures.error = tr("The figures could not be read from the cache: %1").arg(QString::fromUtf8(e.what()));
    }
    return figures;
}

DashboardPage::DashboardPage(QWidget* parent)
    : QWidget(parent)
    , m_site(new QComboBox(this))
    , m_period(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_dataPeriod(new QLabel(this))
    , m_status(new QLabel(this))
    , m_visitors(new KpiTile(tr("Visitors"), QStringLiteral("visitorsValue"), this))
    , m_revenue(new KpiTile(tr("Revenue"), QStringLiteral("revenueValue"), this))
    , m_perVisitor(new KpiTile(tr("Revenue per paying visitor"), QStringLiteral("revenuePerVisitorValue"), this))
    , m_tickets(new KpiTile(tr("Tickets"), QStringLiteral("ticketsValue"), this))
    , m_trend(new TrendChart(this))
    , m_refreshTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("dashboardPage"));
    m_site->setObjectName(QStringLiteral("siteCombo"));
    m_site->setAccessibleName(tr("Site"));
    m_site->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_period->setObjectName(QStringLiteral("periodCombo"));
    m_period->setAccessibleName(tr("Period"));
    for (const auto preset : ReportingPeriod::presets()) {
        m_period->addItem(ReportingPeriod::name(preset), static_cast<int>(preset));
    }
    // The locale's short date, but never a two-digit year: periods span years.
    QString dateFormat = QLocale().dateFormat(QLocale::ShortFormat);
    if (!dateFormat.contains(QLatin1String("yyyy"))) {
        dateFormat.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    }
    for (QDateEdit* edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(dateFormat);
    }
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_from->setAccessibleName(tr("First day"));
    m_to->setObjectName(QStringLiteral("toDate"));
    m_to->setAccessibleName(tr("Last day"));
    m_dataPeriod->setObjectName(QStringLiteral("dataPeriod"));
    m_dataPeriod->setForegroundRole(QPalette::PlaceholderText);
    m_status->setObjectName(QStringLiteral("dashboardStatus"));
    m_status->setWordWrap(true);
    m_status->hide();
    m_trend->setObjectName(QStringLiteral("visitorTrend"));
    m_trend->setTitle(tr("Daily visitors"));
    m_trend->setMinimumHeight(280);

    auto* title = new QLabel(tr("Dashboard"), this);
    title->setObjectName(QStringLiteral("pageTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);

    auto* header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch();
    header->addWidget(m_dataPeriod);

    auto* filters = new QHBoxLayout;
    filters->setSpacing(8);
    filters->addWidget(fieldLabel(tr("&Site:"), m_site, this));
    filters->addWidget(m_site);
    filters->addSpacing(16);
    filters->addWidget(fieldLabel(tr("&Period:"), m_period, this));
    filters->addWidget(m_period);
    filters->addSpacing(8);
    filters->addWidget(fieldLabel(tr("&From:"), m_from, this));
    filters->addWidget(m_from);
    filters->addWidget(fieldLabel(tr("&To:"), m_to, this));
    filters->addWidget(m_to);
    filters->addStretch();

    auto* tiles = new QHBoxLayout;
    tiles->setSpacing(12);
    for (KpiTile* tile : { m_visitors, m_revenue, m_perVisitor, m_tickets }) {
        tiles->addWidget(tile, 1);
    }

    auto* chartFrame = new QFrame(this);
    chartFrame->setObjectName(QStringLiteral("chartFrame"));
    chartFrame->setFrameShape(QFrame::StyledPanel);
    auto* chartLayout = new QVBoxLayout(chartFrame);
    chartLayout->setContentsMargins(8, 8, 8, 8);
    chartLayout->addWidget(m_trend);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(14);
    layout->addLayout(header);
    layout->addLayout(filters);
    layout->addWidget(m_status);
    layout->addLayout(tiles);
    layout->addWidget(chartFrame, 1);

    setTabOrder(m_site, m_period);
    setTabOrder(m_period, m_from);
    setTabOrder(m_from, m_to);

    // Typing a date changes it once per keystroke: wait for a short pause.
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(120);
    connect(m_refreshTimer, &QTimer::timeout, this, &DashboardPage::startRefresh);
    connect(m_site, &QComboBox::currentIndexChanged, this, &DashboardPage::refresh);
    connect(m_period, &QComboBox::currentIndexChanged, this, &DashboardPage::presetChosen);
    connect(m_from, &QDateEdit::dateChanged, this, &DashboardPage::dateEdited);
    connect(m_to, &QDateEdit::dateChanged, this, &DashboardPage::dateEdited);
}

void DashboardPage::setCache(const QString& dataDir, const QList<core::Site>& sites, const QDate& firstDay,
                             const QDate& lastDay)
{
    m_dataDir = dataDir;
    m_sites = sites;
    m_lastDay = lastDay;
    const QLocale locale;
    m_dataPeriod->setText(tr("Data from %1 to %2")
                              .arg(locale.toString(firstDay, QStringLiteral("d MMMM yyyy")),
                                   locale.toString(lastDay, QStringLiteral("d MMMM yyyy"))));
    {
        const QSignalBlocker blockSite(m_site);
        m_site->clear();
        m_site->addItem(tr("All sites"), QVariant::fromValue<qint64>(0));
        for (const core::Site& site : sites) {
            m_site->addItem(tr("%1, %2", "site name, region").arg(site.name, site.regionName),
                            QVariant::fromValue<qint64>(site.id));
            m_site->setItemData(m_site->count() - 1,
                                tr("%1 · %2 · %3").arg(site.code, core::siteTypeName(site.type), site.regionName),
                                Qt::ToolTipRole);
        }
        m_site->setCurrentIndex(0);
    }
    {
        const QSignalBlocker blockPeriod(m_period);
        selectPeriod(ReportingPeriod::Preset::Last30Days);
    }
    presetChosen();
}

void DashboardPage::selectSite(std::int64_t siteId)
{
    const int index = m_site->findData(QVariant::fromValue<qint64>(siteId));
    if (index >= 0) {
        m_site->setCurrentIndex(index);
    }
}

void DashboardPage::selectPeriod(ReportingPeriod::Preset preset)
{
    m_period->setCurrentIndex(m_period->findData(static_cast<int>(preset)));
}

void DashboardPage::selectCustomRange(const QDate& from, const QDate& to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

QList<std::int64_t> DashboardPage::selectedSiteIds() const
{
    const qint64 chosen = m_site->currentData().toLongLong();
    if (chosen != 0) {
        return { chosen };
    }
    QList<std::int64_t> ids;
    ids.reserve(m_sites.size());
    for (const core::Site& site : m_sites) {
        ids.append(site.id);
    }
    return ids;
}

std::pair<QDate, QDate> DashboardPage::selectedRange() const
{
    return { m_from->date(), m_to->date() };
}

ReportingPeriod::Preset DashboardPage::selectedPreset() const
{
    return static_cast<ReportingPeriod::Preset>(m_period->currentData().toInt());
}

bool DashboardPage::isUpToDate() const
{
    return m_generation > 0 && m_shownGeneration == m_generation && !m_refreshTimer->isActive();
}

void DashboardPage::presetChosen()
{
    const auto preset = selectedPreset();
    if (preset != ReportingPeriod::Preset::Custom && m_lastDay.isValid()) {
        const auto [from, to] = ReportingPeriod::range(preset, m_lastDay);
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_from->setDate(from);
        m_to->setDate(to);
    }
    refresh();
}

void DashboardPage::dateEdited()
{
    // Editing a date makes the period a custom one; a range backwards is put right.
    if (sender() == m_from && m_from->date() > m_to->date()) {
        const QSignalBlocker block(m_to);
        m_to->setDate(m_from->date());
    } else if (sender() == m_to && m_to->date() < m_from->date()) {
        const QSignalBlocker block(m_from);
        m_from->setDate(m_to->date());
    }
    {
        const QSignalBlocker block(m_period);
        m_period->setCurrentIndex(m_period->findData(static_cast<int>(ReportingPeriod::Preset::Custom)));
    }
    refresh();
}

void DashboardPage::refresh()
{
    if (m_dataDir.isEmpty()) {
        return;
    }
    // A new generation now, so that a result already on its way is known to be stale.
    ++m_generation;
    m_refreshTimer->start();
}

void DashboardPage::startRefresh()
{
    const quint64 generation = m_generation;
    const QList<std::int64_t> siteIds = selectedSiteIds();
    const auto [from, to] = selectedRange();
    auto* watcher = new QFutureWatcher<DashboardFigures>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation) {
            return; // the selection changed while this was computed
        }
        showFigures(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(m_query, m_dataDir, siteIds, from, to));
}

void DashboardPage::showFigures(const DashboardFigures& figures)
{
    m_shown = figures;
    m_shownGeneration = m_generation;
    const QLocale locale;
    if (!figures.error.isEmpty()) {
        m_status->setText(figures.error);
        m_status->show();
        for (KpiTile* tile : { m_visitors, m_revenue, m_perVisitor, m_tickets }) {
            tile->setValue(QStringLiteral("–"));
        }
        m_trend->clear();
        emit refreshed();
        return;
    }
    m_status->hide();
    const core::PeriodTotals& t = figures.totals;
    const auto days = static_cast<std::int64_t>(figures.from.daysTo(figures.to) + 1);
    m_visitors->setValue(
        locale.toString(t.visitors),
        tr("%1 paying · %2 free").arg(locale.toString(t.payingVisitors), locale.toString(t.freeVisitors)));
    m_revenue->setValue(t.revenue.toString(locale),
                        tr("%1 a day on average").arg(t.revenue.dividedBy(days).toString(locale)));
    m_perVisitor->setValue(t.revenuePerPayingVisitor().toString(locale),
                           tr("Paying visitors: %1").arg(locale.toString(t.payingVisitors)));
    m_tickets->setValue(locale.toString(t.tickets),
                        tr("%1 a day on average")
                            .arg(locale.toString(static_cast<double>(t.tickets) / static_cast<double>(days), 'f', 0)));

    const auto change = [](std::int64_t now, std::int64_t before) -> std::optional<double> {
        return before > 0 ? std::optional(double(now - before) / double(before)) : std::nullopt;
    };
    const core::PeriodTotals& ly = figures.lastYear;
    m_visitors->setComparison(change(t.visitors, ly.visitors));
    m_revenue->setComparison(change(t.revenue.cents(), ly.revenue.cents()));
    m_perVisitor->setComparison(change(t.revenuePerPayingVisitor().cents(), ly.revenuePerPayingVisitor().cents()));
    m_tickets->setComparison(change(t.tickets, ly.tickets));

    QList<QDate> dates;
    TrendChart::Line visitors{ tr("Visitors"), {} };
    TrendChart::Line paying{ tr("Paying visitors"), {} };
    dates.reserve(figures.series.size());
    for (const core::DailyPoint& point : figures.series) {
        dates.append(point.day);
        visitors.values.append(static_cast<double>(point.visitors));
        paying.values.append(static_cast<double>(point.payingVisitors));
    }
    m_trend->setData(dates, { visitors, paying });
    emit refreshed();
}

} // namespace widgets
