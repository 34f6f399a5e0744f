#include "widgets/dashboardpage.h"

#include "core/cache.h"
#include "core/database.h"
#include "core/rometime.h"
#include "core/visithistory.h"
#include "widgets/breadcrumbbar.h"
#include "widgets/charts/chartexport.h"
#include "widgets/charts/mixchart.h"
#include "widgets/charts/trendchart.h"
#include "widgets/heatmapview.h"
#include "widgets/kpitile.h"
#include "widgets/scopepicker.h"
#include "widgets/visitorprofileview.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTimeZone>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>
#include <QElapsedTimer>
#include <cstdio>

#include <cmath>
#include <exception>
#include <limits>

namespace widgets {

namespace {
QLabel* fieldLabel(const QString& text, QWidget* buddy, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

QLabel* sectionTitle(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

// A framed panel: a title, an "Export" button with the chart's actions, the chart.
QFrame* chartPanel(const QString& title, QWidget* chart, const QList<QAction*>& actions, QWidget* parent)
{
    auto* frame = new QFrame(parent);
    frame->setObjectName(QStringLiteral("chartFrame"));
    frame->setFrameShape(QFrame::StyledPanel);
    auto* header = new QHBoxLayout;
    header->addWidget(sectionTitle(title, frame));
    header->addStretch();
    if (!actions.isEmpty()) {
        auto* button = new QToolButton(frame);
        button->setText(DashboardPage::tr("Export"));
        button->setAccessibleName(DashboardPage::tr("Export %1").arg(title));
        button->setPopupMode(QToolButton::InstantPopup);
        button->setAutoRaise(true);
        auto* menu = new QMenu(button);
        menu->addActions(actions);
        button->setMenu(menu);
        header->addWidget(button);
    }
    auto* layout = new QVBoxLayout(frame);
    layout->setContentsMargins(10, 8, 10, 10);
    layout->setSpacing(6);
    layout->addLayout(header);
    layout->addWidget(chart, 1);
    return frame;
}

std::optional<double> change(std::int64_t now, std::int64_t before)
{
    return before > 0 ? std::optional(double(now - before) / double(before)) : std::nullopt;
}

std::optional<double> occupancyRatio(const core::KpiSet& k)
{
    return k.peakCapacity > 0 ? std::optional(double(k.peakOccupancy) / double(k.peakCapacity)) : std::nullopt;
}

QString percent(double share)
{
    return DashboardPage::tr("%1 %").arg(QLocale().toString(share * 100.0, 'f', 1));
}

QString hourRange(int hour)
{
    return QStringLiteral("%1:00–%2:00").arg(hour, 2, 10, QLatin1Char('0')).arg(hour + 1, 2, 10, QLatin1Char('0'));
}
} // namespace

// Runs on a worker thread: a Database is not thread-safe, so the connection is
// opened here, used here and closed here.
DashboardFigures DashboardPage::queryFigures(const DashboardRequest& request)
{
    DashboardFigures f;
    f.siteIds = request.siteIds;
    f.from = request.period.from;
    f.to = request.period.to;
    f.granularity = request.granularity;
    f.profileK = request.profileK;
    f.dataPeriod = { request.period.from, std::min(request.period.to, request.lastDay) };
    const auto failed = [](const std::exception& e) {
        return tr("The figures could not be read from the cache: %1").arg(QString::fromUtf8(e.what()));
    };
    // The heatmap and the profile read the most rows over a ragged period: they run
    // beside the rest, on another pool thread with a connection of their own. (When
    // the pool is busy, waiting for the result runs them here instead.)
    struct Side
    {
        core::Heatmap heatmap{};
        QList<core::ProfileCell> origin;
        QList<core::ProfileCell> ageBand;
        QList<core::ProfileCell> groupType;
        QString error;
    };
    QFuture<Side> side;
    if (f.dataPeriod.isValid()) {
        side = QtConcurrent::run([request, period = f.dataPeriod, failed] {
            Side s;
            try {
                core::Database db = core::Cache::openReader(request.dataDir);
                const core::DashboardQueries queries(db);
                s.heatmap = queries.heatmap(request.siteIds, period);
                s.origin = queries.profile(request.siteIds, period, QStringLiteral("origin"), request.profileK);
                s.ageBand = queries.profile(request.siteIds, period, QStringLiteral("age_band"), request.profileK);
                s.groupType = queries.profile(request.siteIds, period, QStringLiteral("group_type"), request.profileK);
            } catch (const std::exception& e) {
                s.error = failed(e);
            }
            return s;
        });
    }
    try {
        core::Database db = core::Cache::openReader(request.dataDir);
        const core::DashboardQueries queries(db);
        if (f.dataPeriod.isValid()) {
            f.kpis = queries.kpis(request.siteIds, f.dataPeriod);
            f.kpisLastYear = queries.kpis(request.siteIds, f.dataPeriod.lastYearAligned());
            f.channels = queries.channelMix(request.siteIds, f.dataPeriod);
            f.categories = queries.categoryMix(request.siteIds, f.dataPeriod);
        }
        f.totals = f.kpis.sales;
        f.lastYear = f.kpisLastYear.sales;
        // The trend covers the whole period, days after the data included: that is where the forecast goes.
        f.trend = queries.trend(request.siteIds, request.period, request.granularity);
        f.trendLastYear = queries.trend(request.siteIds, request.period.lastYearAligned(), request.granularity);

        if (request.forecastCalendar && request.siteIds.size() == 1 && request.period.to > request.lastDay) {
            const QDate first = std::max(request.period.from, request.lastDay.addDays(1));
            const QDate last = std::min(request.period.to, request.lastDay.addDays(core::VisitorForecast::MaxDays));
            if (first <= last) {
                try {
                    core::VisitorForecast model(*request.forecastCalendar);
                    model.fit(core::VisitHistory(db).series(request.siteIds.first()), request.lastDay.addDays(1));
                    f.forecast = model.forecast(static_cast<int>(first.daysTo(last) + 1), first);
                } catch (const core::InsufficientHistory& e) {
                    f.forecastNote = tr("No forecast: %1").arg(QString::fromUtf8(e.what()));
                }
            }
        }

        // How old the figures are: the last sync with the hub, else the end of the last day with data.
        core::Statement meta = db.prepare("SELECT key, value FROM meta WHERE key IN ('last_sync_utc', 'data_until')");
        std::optional<qint64> lastSync;
        QDate dataUntil = request.lastDay;
        while (meta.step()) {
            if (meta.text(0) == QLatin1String("last_sync_utc")) {
                bool ok = false;
                const qint64 seconds = meta.text(1).toLongLong(&ok);
                if (ok) {
                    lastSync = seconds;
                }
            } else {
                const QDate until = QDate::fromString(meta.text(1), Qt::ISODate);
                if (until.isValid() && (!dataUntil.isValid() || until > dataUntil)) {
                    dataUntil = until;
                }
            }
        }
        if (lastSync) {
            f.dataAsOfUtc = QDateTime::fromSecsSinceEpoch(*lastSync, Qt::UTC);
        } else if (dataUntil.isValid()) {
            f.dataAsOfUtc = QDateTime::fromSecsSinceEpoch(core::RomeTime::startOfDay(dataUntil.addDays(1)), Qt::UTC);
        }
    } catch (const std::exception& e) {
        f.error = failed(e);
    }
    if (side.isValid()) {
        Side s = side.result();
        f.heatmap = s.heatmap;
        f.origin = std::move(s.origin);
        f.ageBand = std::move(s.ageBand);
        f.groupType = std::move(s.groupType);
        if (f.error.isEmpty()) {
            f.error = s.error;
        }
    }
    return f;
}

DashboardPage::DashboardPage(QWidget* parent)
    : QWidget(parent)
    , m_scope(new ScopePicker(this))
    , m_period(new QComboBox(this))
    , m_year(new QSpinBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_dataPeriod(new QLabel(this))
    , m_banner(new QFrame(this))
    , m_bannerText(new QLabel(m_banner))
    , m_status(new QLabel(this))
    , m_breadcrumb(new BreadcrumbBar(this))
    , m_visitors(new KpiTile(tr("Visitors"), QStringLiteral("visitorsValue"), this))
    , m_revenue(new KpiTile(tr("Revenue"), QStringLiteral("revenueValue"), this))
    , m_perVisitor(new KpiTile(tr("Revenue per paying visitor"), QStringLiteral("revenuePerVisitorValue"), this))
    , m_tickets(new KpiTile(tr("Tickets"), QStringLiteral("ticketsValue"), this))
    , m_onlineShare(new KpiTile(tr("Sold online"), QStringLiteral("onlineShareValue"), this))
    , m_occupancy(new KpiTile(tr("Peak occupancy"), QStringLiteral("peakOccupancyValue"), this))
    , m_climate(new KpiTile(tr("Climate in range"), QStringLiteral("climateValue"), this))
    , m_trend(new TrendChart(this))
    , m_trendNote(new QLabel(this))
    , m_channels(new MixChart(this))
    , m_categories(new MixChart(this))
    , m_heatmap(new HeatmapView(this))
    , m_profile(new VisitorProfileView(this))
    , m_refreshTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("dashboardPage"));
    m_period->setObjectName(QStringLiteral("periodCombo"));
    m_period->setAccessibleName(tr("Period"));
    for (const auto preset : ReportingPeriod::presets()) {
        m_period->addItem(ReportingPeriod::name(preset), static_cast<int>(preset));
    }
    m_year->setObjectName(QStringLiteral("yearSpin"));
    m_year->setAccessibleName(tr("Year"));
    m_year->setGroupSeparatorShown(false);
    m_year->setEnabled(false);
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

    m_banner->setObjectName(QStringLiteral("staleDataBanner"));
    m_banner->setAccessibleName(tr("Data age"));
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setAutoFillBackground(true);
    m_bannerText->setObjectName(QStringLiteral("staleDataBannerText"));
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(12, 8, 12, 8);
    bannerLayout->addWidget(m_bannerText, 1);
    m_banner->hide();

    m_status->setObjectName(QStringLiteral("dashboardStatus"));
    m_status->setWordWrap(true);
    m_status->hide();
    m_trend->setObjectName(QStringLiteral("visitorTrend"));
    m_trend->setTitle(tr("Visitors"));
    m_trend->setMinimumHeight(300);
    m_trendNote->setObjectName(QStringLiteral("trendNote"));
    m_trendNote->setWordWrap(true);
    m_trendNote->setForegroundRole(QPalette::PlaceholderText);
    m_channels->setObjectName(QStringLiteral("channelMix"));
    m_channels->setTitle(tr("Sales channels"));
    m_channels->setMinimumHeight(200);
    m_categories->setObjectName(QStringLiteral("categoryMix"));
    m_categories->setTitle(tr("Ticket categories"));
    m_categories->setMinimumHeight(220);
    m_heatmap->setObjectName(QStringLiteral("visitorHeatmap"));
    m_heatmap->setAccessibleName(tr("Visitors by weekday and hour"));
    m_profile->setObjectName(QStringLiteral("visitorProfile"));
    m_profile->setMinimumHeight(260);

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

    auto* periodRow = new QHBoxLayout;
    periodRow->setSpacing(8);
    periodRow->addWidget(fieldLabel(tr("&Period:"), m_period, this));
    periodRow->addWidget(m_period);
    periodRow->addWidget(fieldLabel(tr("&Year:"), m_year, this));
    periodRow->addWidget(m_year);
    periodRow->addSpacing(8);
    periodRow->addWidget(fieldLabel(tr("&From:"), m_from, this));
    periodRow->addWidget(m_from);
    periodRow->addWidget(fieldLabel(tr("&To:"), m_to, this));
    periodRow->addWidget(m_to);
    periodRow->addStretch();

    auto* tiles = new QGridLayout;
    tiles->setSpacing(12);
    KpiTile* const order[] = { m_visitors, m_revenue, m_perVisitor, m_tickets, m_onlineShare, m_occupancy, m_climate };
    for (int i = 0; i < 7; ++i) {
        tiles->addWidget(order[i], i / 4, i % 4);
    }
    for (int c = 0; c < 4; ++c) {
        tiles->setColumnStretch(c, 1);
    }

    auto* trendFrame = chartPanel(tr("Trend"), m_trend, [this] {
        QList<QAction*> actions;
        auto* reset = new QAction(tr("Reset zoom"), this);
        connect(reset, &QAction::triggered, m_trend, &TrendChart::resetZoom);
        actions << reset << m_trend->exportActions();
        return actions;
    }(), this);
    static_cast<QVBoxLayout*>(trendFrame->layout())->insertWidget(1, m_breadcrumb);
    trendFrame->layout()->addWidget(m_trendNote);

    auto* mixRow = new QHBoxLayout;
    mixRow->setSpacing(12);
    mixRow->addWidget(chartPanel(tr("Sales channels"), m_channels, m_channels->exportActions(), this), 1);
    mixRow->addWidget(chartPanel(tr("Ticket categories"), m_categories, m_categories->exportActions(), this), 1);

    auto* lowerRow = new QHBoxLayout;
    lowerRow->setSpacing(12);
    lowerRow->addWidget(chartPanel(tr("Visitors by weekday and hour"), m_heatmap, m_heatmap->actions(), this), 3);
    lowerRow->addWidget(chartPanel(tr("Visitor profile"), m_profile, {}, this), 2);

    auto* body = new QWidget;
    body->setObjectName(QStringLiteral("dashboardBody"));
    auto* bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(24, 8, 24, 20);
    bodyLayout->setSpacing(14);
    bodyLayout->addWidget(m_status);
    bodyLayout->addLayout(tiles);
    bodyLayout->addWidget(trendFrame);
    bodyLayout->addLayout(mixRow);
    bodyLayout->addLayout(lowerRow);
    bodyLayout->addStretch();
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("dashboardScroll"));
    scroll->setAccessibleName(tr("Dashboard figures"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(body);

    auto* top = new QVBoxLayout;
    top->setContentsMargins(24, 20, 24, 0);
    top->setSpacing(10);
    top->addLayout(header);
    top->addWidget(m_scope);
    top->addLayout(periodRow);
    top->addWidget(m_banner);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(top);
    layout->addWidget(scroll, 1);

    setTabOrder(m_scope->regionCombo(), m_scope->siteCombo());
    setTabOrder(m_scope->siteCombo(), m_period);
    setTabOrder(m_period, m_year);
    setTabOrder(m_year, m_from);
    setTabOrder(m_from, m_to);

    auto* back = new QAction(tr("Back"), this);
    back->setObjectName(QStringLiteral("drillBackAction"));
    // Alt+Left everywhere, and the platform's own Back key when it is another one.
    QList<QKeySequence> backKeys{ QKeySequence(Qt::ALT | Qt::Key_Left) };
    for (const QKeySequence& key : QKeySequence::keyBindings(QKeySequence::Back)) {
        if (!backKeys.contains(key)) {
            backKeys << key;
        }
    }
    back->setShortcuts(backKeys);
    back->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(back, &QAction::triggered, this, &DashboardPage::drillBack);
    addAction(back);

    m_refreshTimer->setSingleShot(true);
    connect(m_refreshTimer, &QTimer::timeout, this, &DashboardPage::startRefresh);
    connect(m_scope, &ScopePicker::scopeChanged, this, &DashboardPage::selectionChanged);
    connect(m_period, &QComboBox::currentIndexChanged, this, &DashboardPage::presetChosen);
    connect(m_year, &QSpinBox::valueChanged, this, [this] {
        if (selectedPreset() == ReportingPeriod::Preset::Year) {
            presetChosen();
        }
    });
    connect(m_from, &QDateEdit::dateChanged, this, &DashboardPage::dateEdited);
    connect(m_to, &QDateEdit::dateChanged, this, &DashboardPage::dateEdited);
    connect(m_trend, &TrendChart::bucketActivated, this, [this](qsizetype bucket) { drillInto(bucket); });
    connect(m_breadcrumb, &BreadcrumbBar::levelChosen, this, &DashboardPage::drillBackTo);
    updateBreadcrumb();
}

void DashboardPage::setCache(const QString& dataDir, const QList<core::Site>& sites, const QDate& firstDay,
                             const QDate& lastDay)
{
    m_dataDir = dataDir;
    m_sites = sites;
    m_lastDay = lastDay;
    m_drill.clear();
    const QLocale locale;
    m_dataPeriod->setText(tr("Data from %1 to %2")
                              .arg(locale.toString(firstDay, QStringLiteral("d MMMM yyyy")),
                                   locale.toString(lastDay, QStringLiteral("d MMMM yyyy"))));
    {
        const QSignalBlocker blockScope(m_scope);
        m_scope->setSites(sites);
    }
    {
        const QSignalBlocker blockYear(m_year);
        m_year->setRange(firstDay.isValid() ? firstDay.year() : lastDay.year(), lastDay.year());
        m_year->setValue(lastDay.year());
    }
    {
        const QSignalBlocker blockPeriod(m_period);
        selectPeriod(ReportingPeriod::Preset::Last30Days);
    }
    presetChosen();
}

void DashboardPage::selectSite(std::int64_t siteId)
{
    if (siteId == 0) {
        m_scope->selectAll();
    } else {
        m_scope->selectSite(siteId);
    }
}

void DashboardPage::selectRegion(std::int64_t regionId)
{
    m_scope->selectRegion(regionId);
}

void DashboardPage::selectSites(const QList<std::int64_t>& siteIds)
{
    m_scope->selectSites(siteIds);
}

void DashboardPage::selectPeriod(ReportingPeriod::Preset preset)
{
    m_period->setCurrentIndex(m_period->findData(static_cast<int>(preset)));
}

void DashboardPage::selectYear(int year)
{
    {
        const QSignalBlocker block(m_year);
        m_year->setValue(year);
    }
    if (selectedPreset() == ReportingPeriod::Preset::Year) {
        presetChosen();
    } else {
        selectPeriod(ReportingPeriod::Preset::Year);
    }
}

void DashboardPage::selectCustomRange(const QDate& from, const QDate& to)
{
    {
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_from->setDate(std::min(from, to));
        m_to->setDate(std::max(from, to));
    }
    customRangeChosen(0);
}

QList<std::int64_t> DashboardPage::selectedSiteIds() const
{
    return m_scope->siteIds();
}

std::pair<QDate, QDate> DashboardPage::selectedRange() const
{
    return { m_from->date(), m_to->date() };
}

ReportingPeriod::Preset DashboardPage::selectedPreset() const
{
    return static_cast<ReportingPeriod::Preset>(m_period->currentData().toInt());
}

core::Period DashboardPage::shownPeriod() const
{
    return m_drill.isEmpty() ? core::Period{ m_from->date(), m_to->date() } : m_drill.last();
}

bool DashboardPage::isUpToDate() const
{
    return m_generation > 0 && m_shownGeneration == m_generation && !m_refreshTimer->isActive();
}

void DashboardPage::presetChosen()
{
    const auto preset = selectedPreset();
    m_year->setEnabled(preset == ReportingPeriod::Preset::Year);
    if (preset != ReportingPeriod::Preset::Custom && m_lastDay.isValid()) {
        const auto [from, to] = ReportingPeriod::range(preset, m_lastDay, m_year->value());
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_from->setDate(from);
        m_to->setDate(to);
    }
    selectionChanged();
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
    // Typing a date changes it once per keystroke: wait for a short pause.
    customRangeChosen(150);
}

void DashboardPage::customRangeChosen(int delayMs)
{
    {
        const QSignalBlocker block(m_period);
        m_period->setCurrentIndex(m_period->findData(static_cast<int>(ReportingPeriod::Preset::Custom)));
        m_year->setEnabled(false);
    }
    m_drill.clear();
    updateBreadcrumb();
    scheduleRefresh(delayMs);
}

void DashboardPage::selectionChanged()
{
    m_drill.clear();
    updateBreadcrumb();
    scheduleRefresh(0);
}

bool DashboardPage::drillInto(qsizetype bucket)
{
    const DashboardFigures& f = m_shown;
    if (bucket < 0 || bucket >= f.trend.size() || f.granularity == core::Granularity::Hour || !isUpToDate()) {
        return false;
    }
    const core::Period current = shownPeriod();
    const QDate start = f.trend.at(bucket).start;
    QDate end = start;
    if (f.granularity == core::Granularity::Month) {
        end = QDate(start.year(), start.month(), start.daysInMonth());
    } else if (f.granularity == core::Granularity::Week) {
        end = start.addDays(6);
    }
    const core::Period next{ std::max(start, current.from), std::min(end, current.to) };
    if (!next.isValid() || next == current) {
        return false;
    }
    m_drill.append(next);
    updateBreadcrumb();
    scheduleRefresh(0);
    return true;
}

void DashboardPage::drillBackTo(int level)
{
    if (level < 0 || level >= static_cast<int>(m_drill.size()) + 1 || level == static_cast<int>(m_drill.size())) {
        return;
    }
    m_drill.resize(level);
    updateBreadcrumb();
    scheduleRefresh(0);
}

void DashboardPage::drillBack()
{
    if (!m_drill.isEmpty()) {
        drillBackTo(static_cast<int>(m_drill.size()) - 1);
    }
}

QString DashboardPage::periodLabel(const core::Period& period) const
{
    const QLocale locale;
    if (period.from == period.to) {
        return locale.toString(period.from, QStringLiteral("dddd d MMMM yyyy"));
    }
    if (period.from.day() == 1 && period.to == QDate(period.from.year(), period.from.month(), period.from.daysInMonth())) {
        return locale.toString(period.from, QStringLiteral("MMMM yyyy"));
    }
    if (period.from == QDate(period.from.year(), 1, 1) && period.to == QDate(period.from.year(), 12, 31)) {
        return QString::number(period.from.year());
    }
    return tr("%1 – %2").arg(locale.toString(period.from, QStringLiteral("d MMM yyyy")),
                             locale.toString(period.to, QStringLiteral("d MMM yyyy")));
}

void DashboardPage::updateBreadcrumb()
{
    QStringList crumbs;
    crumbs << periodLabel({ m_from->date(), m_to->date() });
    for (const core::Period& p : std::as_const(m_drill)) {
        crumbs << periodLabel(p);
    }
    m_breadcrumb->setCrumbs(crumbs);
}

void DashboardPage::refresh()
{
    scheduleRefresh(0);
}

void DashboardPage::scheduleRefresh(int delayMs)
{
    if (m_dataDir.isEmpty()) {
        return;
    }
    // A new generation now, so that a result already on its way is known to be stale.
    ++m_generation;
    m_refreshTimer->start(delayMs);
}

void DashboardPage::startRefresh()
{
    const quint64 generation = m_generation;
    DashboardRequest request;
    request.dataDir = m_dataDir;
    request.siteIds = selectedSiteIds();
    request.period = shownPeriod();
    request.lastDay = m_lastDay;
    request.granularity = core::granularityFor(request.period);
    if (request.siteIds.size() == 1 && request.granularity == core::Granularity::Day) {
        for (const core::Site& site : std::as_const(m_sites)) {
            if (site.id == request.siteIds.first()) {
                request.forecastCalendar = site.calendar;
            }
        }
    }
    auto* watcher = new QFutureWatcher<DashboardFigures>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation) {
            return; // the selection changed while this was computed
        }
        showFigures(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(m_query, request));
}

void DashboardPage::setHubReachable(bool reachable)
{
    m_hubReachable = reachable;
    updateBanner();
}

QString DashboardPage::staleBannerText() const
{
    return m_banner->isHidden() ? QString() : m_bannerText->text();
}

void DashboardPage::updateBanner()
{
    const QDateTime asOf = m_shown.dataAsOfUtc;
    if (!asOf.isValid() || m_shownGeneration == 0) {
        m_banner->setVisible(!m_hubReachable);
        m_bannerText->setText(tr("The hub cannot be reached: the figures are those of the local copy."));
        return;
    }
    const qint64 age = std::max<qint64>(0, asOf.secsTo(m_clock()));
    if (m_hubReachable && age <= m_staleAfterSeconds) {
        m_banner->hide();
        m_bannerText->clear();
        return;
    }
    const QLocale locale;
    const QString when = locale.toString(asOf.toTimeZone(QTimeZone("Europe/Rome")), QStringLiteral("d MMMM yyyy, HH:mm"));
    const auto hours = static_cast<int>(std::min<qint64>(age / 3600, std::numeric_limits<int>::max()));
    const QString ageText = hours < 48 ? tr("Data as of %1 (%n hour(s) old).", "", hours).arg(when)
                                       : tr("Data as of %1 (%n day(s) old).", "", hours / 24).arg(when);
    m_bannerText->setText(m_hubReachable ? ageText
                                         : tr("The hub cannot be reached: the figures are those of the local copy. %1")
                                               .arg(ageText));
    // A warm notice colour that keeps its contrast in a dark palette too.
    QPalette pal = m_banner->palette();
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    pal.setColor(QPalette::Window, dark ? QColor(0x4a, 0x3b, 0x00) : QColor(0xff, 0xf4, 0xce));
    pal.setColor(QPalette::WindowText, dark ? QColor(0xff, 0xec, 0xb3) : QColor(0x4a, 0x3b, 0x00));
    m_banner->setPalette(pal);
    m_bannerText->setPalette(pal);
    m_banner->show();
}

void DashboardPage::showFigures(const DashboardFigures& figures)
{
    m_shown = figures;
    m_shownGeneration = m_generation;
    updateBanner();
    if (!figures.error.isEmpty()) {
        m_status->setText(figures.error);
        m_status->show();
        for (KpiTile* tile : { m_visitors, m_revenue, m_perVisitor, m_tickets, m_onlineShare, m_occupancy, m_climate }) {
            tile->setValue(QStringLiteral("–"));
            tile->clearComparison();
        }
        m_trend->clear();
        m_trendNote->clear();
        m_channels->setSlices({});
        m_categories->setSlices({});
        m_heatmap->setHeatmap({});
        m_profile->clear();
        emit refreshed();
        return;
    }
    const QString scope = m_scope->description();
    if (!figures.dataPeriod.isValid()) {
        m_status->setText(tr("There are no figures yet for this period: the data ends on %1.")
                              .arg(QLocale().toString(m_lastDay, QLocale::LongFormat)));
        m_status->show();
    } else if (figures.kpis.sales.visitors == 0 && figures.kpis.sales.tickets == 0) {
        m_status->setText(tr("No visitors or sales are recorded for %1 in this period.").arg(scope));
        m_status->show();
    } else {
        m_status->hide();
    }
    showTiles(figures);
    showTrend(figures);
    m_channels->setSlices(figures.channels);
    m_categories->setSlices(figures.categories);
    m_heatmap->setHeatmap(figures.heatmap);
    m_profile->setProfile(figures.origin, figures.ageBand, figures.groupType, figures.profileK);
    emit refreshed();
}

void DashboardPage::showTiles(const DashboardFigures& figures)
{
    const QLocale locale;
    const core::KpiSet& k = figures.kpis;
    const core::KpiSet& ly = figures.kpisLastYear;
    const core::PeriodTotals& t = k.sales;
    const qint64 days = std::max<qint64>(1, figures.dataPeriod.days());
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
    m_onlineShare->setValue(percent(k.onlineShare()),
                            tr("%1 of %2 tickets").arg(locale.toString(k.onlineTickets), locale.toString(t.tickets)));

    m_visitors->setComparison(change(t.visitors, ly.sales.visitors));
    m_revenue->setComparison(change(t.revenue.cents(), ly.sales.revenue.cents()));
    m_perVisitor->setComparison(
        change(t.revenuePerPayingVisitor().cents(), ly.sales.revenuePerPayingVisitor().cents()));
    m_tickets->setComparison(change(t.tickets, ly.sales.tickets));
    m_onlineShare->setPointsComparison(ly.sales.tickets > 0 ? std::optional(k.onlineShare() - ly.onlineShare())
                                                            : std::nullopt);

    if (const auto ratio = occupancyRatio(k)) {
        m_occupancy->setValue(percent(*ratio), tr("%1 of %2 people at once in %3")
                                                   .arg(locale.toString(k.peakOccupancy),
                                                        locale.toString(k.peakCapacity), k.peakZone));
        const auto before = occupancyRatio(ly);
        m_occupancy->setPointsComparison(before ? std::optional(*ratio - *before) : std::nullopt);
    } else {
        m_occupancy->setValue(QStringLiteral("–"), tr("No occupancy readings in this period"));
        m_occupancy->clearComparison();
    }
    if (const auto compliance = k.climateCompliance()) {
        m_climate->setValue(percent(*compliance), tr("%1 of %2 indoor hours within the thresholds")
                                                      .arg(locale.toString(k.climateHoursInRange),
                                                           locale.toString(k.climateHours)));
        const auto before = ly.climateCompliance();
        m_climate->setPointsComparison(before ? std::optional(*compliance - *before) : std::nullopt);
    } else {
        m_climate->setValue(QStringLiteral("–"), tr("No climate readings in this period"));
        m_climate->clearComparison();
    }
}

void DashboardPage::showTrend(const DashboardFigures& figures)
{
    const QLocale locale;
    TrendChart::Data data;
    const bool severalDays = figures.from != figures.to;
    const auto bucketTexts = [&](const core::TrendPoint& p, const core::Period& period, QString* label, QString* title) {
        switch (figures.granularity) {
        case core::Granularity::Hour:
            *label = severalDays ? tr("%1 %2").arg(locale.toString(p.start, QStringLiteral("ddd")),
                                                   QStringLiteral("%1:00").arg(p.hour, 2, 10, QLatin1Char('0')))
                                 : QStringLiteral("%1:00").arg(p.hour, 2, 10, QLatin1Char('0'));
            *title = tr("%1, %2").arg(locale.toString(p.start, QLocale::LongFormat), hourRange(p.hour));
            break;
        case core::Granularity::Day:
            *label = locale.toString(p.start, QStringLiteral("d MMM"));
            *title = locale.toString(p.start, QLocale::LongFormat);
            break;
        case core::Granularity::Week: {
            const QDate first = std::max(p.start, period.from);
            const QDate last = std::min(p.start.addDays(6), period.to);
            *label = locale.toString(first, QStringLiteral("d MMM"));
            *title = tr("Week of %1 to %2").arg(locale.toString(first, QStringLiteral("d MMMM yyyy")),
                                                 locale.toString(last, QStringLiteral("d MMMM yyyy")));
            break;
        }
        case core::Granularity::Month:
            *label = locale.toString(p.start, QStringLiteral("MMM yyyy"));
            *title = locale.toString(p.start, QStringLiteral("MMMM yyyy"));
            break;
        }
    };
    const core::Period period{ figures.from, figures.to };
    const core::Period before = period.lastYearAligned();
    data.lines.append({ tr("Visitors"), {} });
    for (const core::TrendPoint& p : figures.trend) {
        QString label;
        QString title;
        bucketTexts(p, period, &label, &title);
        data.days << p.start;
        data.labels << label;
        data.titles << title;
        // Only buckets that start on a day with data: the rest is the future (or the forecast).
        if (p.start <= m_lastDay) {
            data.lines.first().values << double(p.visitors);
        }
    }
    data.lastYear.name = tr("Same period last year");
    for (qsizetype i = 0; i < figures.trendLastYear.size() && i < data.days.size(); ++i) {
        const core::TrendPoint& p = figures.trendLastYear.at(i);
        QString label;
        QString title;
        bucketTexts(p, before, &label, &title);
        data.lastYear.values << double(p.visitors);
        data.lastYearTitles << title;
    }
    if (!figures.forecast.isEmpty() && figures.granularity == core::Granularity::Day) {
        data.forecastFrom = data.days.indexOf(figures.forecast.first().day);
        for (const core::DayForecast& f : figures.forecast) {
            data.forecast << f.visitors;
            data.forecastLow << f.low;
            data.forecastHigh << f.high;
        }
    }
    const QString unit = [&] {
        switch (figures.granularity) {
        case core::Granularity::Hour:
            return tr("Visitors by hour");
        case core::Granularity::Day:
            return tr("Visitors by day");
        case core::Granularity::Week:
            return tr("Visitors by week");
        case core::Granularity::Month:
            break;
        }
        return tr("Visitors by month");
    }();
    m_trend->setTitle(tr("%1 — %2").arg(unit, m_scope->description()));
    m_trend->setData(data);
    QStringList notes;
    if (figures.granularity != core::Granularity::Hour) {
        notes << tr("Click a point (or press Enter on it) to see it in detail; drag or use the wheel to zoom.");
    }
    if (!figures.forecast.isEmpty()) {
        notes << tr("Dashed: the forecast for the days after the data, with its 80 % band.");
    } else if (!figures.forecastNote.isEmpty()) {
        notes << figures.forecastNote;
    }
    m_trendNote->setText(notes.join(QLatin1Char(' ')));
}

} // namespace widgets
